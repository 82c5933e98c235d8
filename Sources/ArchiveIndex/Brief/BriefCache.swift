import Foundation
import GRDB

/// What briefs compute from the whole archive, kept between the briefs of a long-running
/// process (the server) until the store changes: each model's repair cases, the names
/// customers are shown by, and the visits each log records. Any commit to the store, by this
/// process or another (`kb ingest` at the shell), empties it if it changed what the archive
/// says (`ContentRevision`). SQLite's `data_version`, read on a connection of the cache's own,
/// says when anything was committed; only then is the content's revision read.
/// Emptied, it fills itself again in the background (`warm`).
public final class BriefCache: @unchecked Sendable {
    private let store: ArchiveStore
    private let path: String
    private var warming = false
    private let lock = NSLock()
    private var watch: DatabaseQueue?
    private var version: Int64?
    private var commits: Int64?
    private var cases: [String: [SameModel.Case]] = [:]
    private var names: [Int: [Int64: String]] = [:]
    private var logs: [String: [BriefBuilder.LoggedEvent]] = [:]
    private var models: [Int: [Int64: String]] = [:]

    public init(store: ArchiveStore) {
        self.store = store
        path = store.location.sqlite.path
    }

    /// Fills the cache for every model on record, on a background thread, one fill at a time:
    /// a server asks for it when it starts, and the cache itself when a change emptied it, so
    /// that the first brief of each model after a change does not wait for its cases.
    public func warm() {
        let idle = lock.withLock {
            defer { warming = true }
            return !warming
        }
        guard idle else { return }
        DispatchQueue.global(qos: .utility).async { [self] in
            defer { lock.withLock { warming = false } }
            guard let models = try? unitModels({ try store.unitModels() }) else { return }
            _ = try? confirmedNames([], store: store)
            for model in Set(models.values).sorted() {
                _ = try? cases(model: model) { try SameModel.cases(model: model, store: store, cache: self) }
            }
        }
    }

    /// The store's version now; the cache is emptied if it changed. Nil when it cannot be
    /// read: then nothing is kept.
    private func observe() -> Int64? {
        var emptied = false
        defer { if emptied { warm() } }
        return lock.withLock {
            do {
                if watch == nil {
                    var config = Configuration()
                    config.readonly = true
                    watch = try DatabaseQueue(path: path, configuration: config)
                }
                let committed = try watch?.inDatabase { try Int64.fetchOne($0, sql: "PRAGMA data_version") }
                if committed == commits, let version { return version }
                let now = try watch?.read { try ContentRevision.current($0) }
                commits = committed
                if now != version {
                    cases = [:]
                    names = [:]
                    logs = [:]
                    models = [:]
                    version = now
                    emptied = true
                }
                return now
            } catch {
                version = nil
                commits = nil
                return nil
            }
        }
    }

    /// The value kept for key in one of the tables, or compute's, kept if the store has not
    /// changed since it was asked for (a value read across a commit is never kept).
    private func remembered<K: Hashable, V>(_ table: ReferenceWritableKeyPath<BriefCache, [K: V]>, _ key: K,
                                            _ compute: () throws -> V) rethrows -> V {
        let seen = observe()
        if seen != nil, let kept = lock.withLock({ self[keyPath: table][key] }) { return kept }
        let value = try compute()
        if let seen { lock.withLock { if version == seen { self[keyPath: table][key] = value } } }
        return value
    }

    func cases(model: String, _ compute: () throws -> [SameModel.Case]) rethrows -> [SameModel.Case] {
        try remembered(\.cases, model, compute)
    }

    /// `ArchiveStore.unitModels`.
    func unitModels(_ compute: () throws -> [Int64: String]) rethrows -> [Int64: String] {
        try remembered(\.models, 0, compute)
    }

    /// Kept by the document's id and revision (bumped whenever its text or links change), so
    /// a document read before a change is never kept for the text after it.
    func loggedEvents(_ d: StoredDocument, _ compute: () throws -> [BriefBuilder.LoggedEvent]) rethrows -> [BriefBuilder.LoggedEvent] {
        try remembered(\.logs, "\(d.id.rawValue)#\(d.revision)", compute)
    }

    /// `ArchiveStore.confirmedNames` of these customers (and of others: every customer's is
    /// read once, as the briefs of a day name most of them).
    func confirmedNames(_ ids: Set<Int64>, store: ArchiveStore) throws -> [Int64: String] {
        let all = try remembered(\.names, 0) { try store.confirmedNames(Set(store.customerIDs())) }
        let missing = ids.filter { all[$0] == nil }
        return missing.isEmpty ? all : all.merging(try store.confirmedNames(missing)) { a, _ in a }
    }
}
