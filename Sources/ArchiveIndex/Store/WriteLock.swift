import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on the store for whatever writes (one writer at a time, across
/// processes: a `kb ingest` at the shell and the server's writer take turns). Readers never
/// take it.
public final class StoreWriteLock {
    private let fd: Int32
    /// Whether this lock closes the file (not when a waiting thread that ran out of time will).
    private var owns = true

    /// Takes the lock. When another process holds it: calls `waiting` once, then waits for
    /// it at most `wait` seconds (nil: as long as it takes; 0: not at all).
    public init(_ location: StoreLocation, wait: TimeInterval? = nil, waiting: (() -> Void)? = nil) throws {
        try? FileManager.default.createDirectory(at: location.root, withIntermediateDirectories: true)
        let path = location.root.appendingPathComponent("write.lock").path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            owns = false
            throw KBError.store("cannot create the lock file \(path): \(String(cString: strerror(errno)))")
        }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        let busy = "another kb process is writing to \(location.root.path)"
        guard wait != 0 else {
            throw KBError.busy("\(busy); try again when it has finished")
        }
        waiting?()
        guard let wait else {
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    throw KBError.store("cannot lock \(path): \(reason)")
                }
            }
            return
        }
        // A blocking flock on a thread of its own: the kernel queues this waiter, so a writer
        // that releases and takes the lock again at once (the server) cannot starve it, as
        // polling could. If the time runs out, that thread releases the lock once it gets it.
        let state = Mutex<(done: Bool, abandoned: Bool)>((false, false))
        let got = DispatchSemaphore(value: 0)
        let fd = self.fd
        Thread.detachNewThread {
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
            let abandoned = state.withLock { s in s.done = true; return s.abandoned }
            if abandoned { flock(fd, LOCK_UN); close(fd) } else { got.signal() }
        }
        if got.wait(timeout: .now() + wait) == .success { return }
        let alreadyDone = state.withLock { s in s.abandoned = !s.done; return s.done }
        if alreadyDone { got.wait(); return }  // it got the lock just now: keep it
        owns = false  // the waiting thread closes the file once it gets the lock
        throw KBError.busy("\(busy) still, after \(Int(wait)) s of waiting; try again when it has finished, or wait longer with --wait SECONDS")
    }

    deinit {
        guard owns else { return }
        flock(fd, LOCK_UN)
        close(fd)
    }
}
