import Dispatch
import Foundation

/// The one writer of a long-running process (the server): writes run one after another, in
/// the order they arrive, on a thread of their own, each holding the store's write lock, so a
/// `kb ingest` at the shell and the server take turns. A write that finds the lock held
/// waits for it (two minutes at most, then the archive is busy); each write first completes
/// what an interrupted one left pending, and afterwards what it left to derive itself.
public final class ArchiveWriter: Sendable {
    public let store: ArchiveStore
    private let queue = DispatchQueue(label: "kb.writer")

    /// Seconds a write waits for another process's write lock.
    let lockWait: TimeInterval
    /// Whether the first write has swept the slip archive (touched on the queue only).
    nonisolated(unsafe) private var swept = false

    public init(store: ArchiveStore, lockWait: TimeInterval = 120) {
        self.store = store
        self.lockWait = lockWait
    }

    /// With `completing` false, pending work is left as it is (a check that must see it).
    /// Completing it is best effort: a failure (a full disk) leaves it pending and does not
    /// stop the write itself (a login must not fail for an index that cannot be written).
    public func write<T: Sendable>(completing: Bool = true, _ body: @escaping @Sendable (ArchiveStore) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { [self] in
                continuation.resume(with: Result {
                    let lock = try StoreWriteLock(store.location, wait: lockWait)
                    defer { withExtendedLifetime(lock) {} }
                    if completing {
                        _ = try? store.completePendingWork(sweep: !swept)
                        swept = true
                    }
                    let result = try body(store)
                    // What the write itself left to derive (a supersede's neighbours to relink).
                    if completing { _ = try? store.completePendingWork(sweep: false) }
                    return result
                })
            }
        }
    }
}

/// Searchers kept open between requests (each holds its Xapian reader and caches). A searcher
/// is handed to one request at a time; one opened before the index last changed (a commit by
/// the server's writer or by `kb ingest` at the shell, or a rebuild swapped in) is dropped, so
/// every request reads the newest revision.
public final class SearcherPool: @unchecked Sendable {
    public let store: ArchiveStore
    private let lock = NSLock()
    private var idle: [(searcher: Searcher, revision: IndexRevision)] = []
    private let keep: Int
    /// What the searchers of the latest revision learn of its vocabulary, shared. (A searcher
    /// opened just as the index moves on reads the next revision with this one's memo, for
    /// one request: it is kept under the revision it was asked for, so it is not used again.)
    private var lexicon: (memo: LexiconMemo, revision: IndexRevision)?

    public init(store: ArchiveStore, keep: Int = 16) {
        self.store = store
        self.keep = keep
    }

    public func with<T>(_ body: (Searcher) throws -> T) throws -> T {
        let now = IndexRevision(store.location)
        let found: Searcher? = lock.withLock {
            while let last = idle.popLast() {
                if last.revision == now { return last.searcher }
            }
            return nil
        }
        let searcher = try found ?? Searcher(store: store, longLived: true, lexicon: lock.withLock {
            if let lexicon, lexicon.revision == now { return lexicon.memo }
            let memo = LexiconMemo()
            lexicon = (memo, now)
            return memo
        })
        let result = try body(searcher)
        lock.withLock {
            if idle.count < keep { idle.append((searcher, now)) }
        }
        return result
    }
}

/// What identifies one revision of the index on disk: the folder (a rebuild swaps in a new
/// one) and its version file, rewritten at every commit.
struct IndexRevision: Equatable {
    let folder: UInt64
    let version: timespec
    let size: Int64

    init(_ location: StoreLocation) {
        var dir = stat(), file = stat()
        _ = stat(location.xapian.path, &dir)
        _ = stat(location.xapian.appendingPathComponent("iamglass").path, &file)
        folder = UInt64(dir.st_ino)
        version = file.st_mtim
        size = Int64(file.st_size)
    }

    static func == (a: Self, b: Self) -> Bool {
        a.folder == b.folder && a.version.tv_sec == b.version.tv_sec && a.version.tv_nsec == b.version.tv_nsec && a.size == b.size
    }
}
