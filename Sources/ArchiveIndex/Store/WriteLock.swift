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
        // A blocking flock on a thread of its own: the kernel queues this waiter, so a writer
        // that releases and takes the lock again at once (the server) cannot starve it, as
        // polling could. If the time runs out, that thread releases the lock once it gets it.
        // `errno` is the flock's outcome: 0 when it holds the lock.
        let state = Mutex<(errno: Int32?, abandoned: Bool)>((nil, false))
        let got = DispatchSemaphore(value: 0)
        let fd = self.fd
        Thread.detachNewThread {
            var rc: Int32
            repeat { rc = flock(fd, LOCK_EX) } while rc != 0 && errno == EINTR
            let outcome = rc == 0 ? 0 : errno
            let abandoned = state.withLock { s in s.errno = outcome; return s.abandoned }
            if abandoned {
                if outcome == 0 { flock(fd, LOCK_UN) }
                close(fd)
            } else {
                got.signal()
            }
        }
        if got.wait(timeout: wait.map { .now() + $0 } ?? .distantFuture) == .timedOut {
            let finished = state.withLock { s in s.abandoned = s.errno == nil; return s.errno != nil }
            guard finished else {
                owns = false  // the waiting thread closes the file once it gets the lock
                throw KBError.busy("\(busy) still, after \(Int(wait ?? 0)) s of waiting; try again when it has finished, or wait longer with --wait SECONDS")
            }
            got.wait()  // it got its answer just now
        }
        let outcome = state.withLock { $0.errno } ?? 0
        guard outcome == 0 else { throw KBError.store("cannot lock \(path): \(String(cString: strerror(outcome)))") }
    }

    deinit {
        guard owns else { return }
        flock(fd, LOCK_UN)
        close(fd)
    }
}
