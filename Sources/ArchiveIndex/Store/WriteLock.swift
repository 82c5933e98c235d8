import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on the store for whatever writes (one writer at a time, across
/// processes: a `kb ingest` at the shell and the server's writer take turns). Readers never
/// take it.
public final class StoreWriteLock {
    private let fd: Int32

    /// Takes the lock. When another process holds it: calls `waiting` once, then waits for
    /// it at most `wait` seconds (nil: as long as it takes; 0: not at all).
    public init(_ location: StoreLocation, wait: TimeInterval? = nil, waiting: (() -> Void)? = nil) throws {
        try? FileManager.default.createDirectory(at: location.root, withIntermediateDirectories: true)
        let path = location.root.appendingPathComponent("write.lock").path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw KBError.store("cannot create the lock file \(path): \(String(cString: strerror(errno)))") }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        let busy = "another kb process is writing to \(location.root.path)"
        guard wait != 0 else {
            close(fd)
            throw KBError.busy("\(busy); try again when it has finished")
        }
        waiting?()
        let deadline = wait.map { Date().addingTimeInterval($0) }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw KBError.store("cannot lock \(path): \(reason)")
            }
            if let deadline, Date() >= deadline {
                close(fd)
                throw KBError.busy("\(busy) still, after \(Int(wait ?? 0)) s of waiting; try again when it has finished, or wait longer with --wait SECONDS")
            }
            usleep(50_000)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
