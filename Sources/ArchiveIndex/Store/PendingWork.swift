import Foundation
import GRDB

/// What the store derives from its documents (links, the search index, the pinyin lexicon) is
/// recorded as pending in the transaction that changes the documents, and recorded as done in
/// the transaction that does it. A command killed at any moment leaves work pending, never
/// lost; the next command that writes completes it first (`completePendingWork`).
///
/// - `document.needsLink = 1`: the document's links are to be made (every new document, and
///   every changed one); `pendingWork 'relink-all'`: every document's links (a customer file
///   changed, documents were removed); `pendingWork 'customer-file:N'`: the documents a new
///   customer file can concern (`CustomerFileReach`). `relink` clears them in its own transaction.
/// - `document.needsIndex = 1` and `pendingDeletion`: the index is behind (see `IndexMaintenance`);
///   a batch's pinyin lexicon words are added in the transaction that marks it indexed.
/// - `document.revision` counts the times a document was marked for indexing; the index keeps
///   the revision it was given, so `kb check` sees an index entry older than its document.
public struct PendingWork: Sendable, Equatable, Codable {
    public var relinkAll = false
    public var toLink = 0
    /// New customer files whose names and units other documents' links are to be made with.
    public var customerFiles = 0
    public var toIndex = 0
    public var toDelete = 0
    /// Acts begun and cut off before their line on the audit log (see AuditIntent).
    public var actsCutOff = 0

    public var isEmpty: Bool { !relinkAll && toLink == 0 && customerFiles == 0 && toIndex == 0 && toDelete == 0 && actsCutOff == 0 }

    /// In words, for a person: "every document to link, 20000 to index".
    public var summary: String {
        var parts: [String] = []
        if relinkAll { parts.append("every document to link") } else if toLink > 0 { parts.append("\(toLink) document\(toLink == 1 ? "" : "s") to link") }
        if !relinkAll && customerFiles > 0 {
            parts.append("the documents \(customerFiles) new customer file\(customerFiles == 1 ? "" : "s") may concern to link")
        }
        if toIndex > 0 { parts.append("\(toIndex) to index") }
        if toDelete > 0 { parts.append("\(toDelete) to remove from the index") }
        if actsCutOff > 0 { parts.append("\(actsCutOff) act\(actsCutOff == 1 ? "" : "s") cut off to put on the audit log") }
        return parts.joined(separator: ", ")
    }
}

extension ArchiveStore {
    static func registerPendingWorkMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v12-pending-work") { db in
            // Existing documents get needsLink = 1: a store from before this migration may
            // have lost its links to an interrupted ingest, and nothing recorded it.
            try db.execute(sql: """
                ALTER TABLE document ADD COLUMN needsLink INTEGER NOT NULL DEFAULT 1;
                CREATE INDEX document_needsLink ON document(needsLink) WHERE needsLink = 1;
                ALTER TABLE document ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
                CREATE TRIGGER document_revision AFTER UPDATE OF needsIndex ON document WHEN NEW.needsIndex = 1
                BEGIN UPDATE document SET revision = OLD.revision + 1 WHERE id = NEW.id; END;
                CREATE TABLE pendingWork (what TEXT PRIMARY KEY, since TEXT NOT NULL) WITHOUT ROWID;
                """)
        }
    }

    /// Records, inside the caller's transaction, that every document's links are to be made again.
    static func relinkEverythingLater(_ db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO pendingWork (what, since) VALUES ('relink-all', ?)").execute(arguments: [now()])
    }

    /// A slip's document is about to go: the documents about the same units may have taken
    /// their owner from it, so their links are to be made again (not every document's: a
    /// supersede must not cost a relink and reindex of the whole archive).
    static func relinkNeighboursLater(_ db: Database, of docId: Int64) throws {
        try db.execute(sql: """
            UPDATE document SET needsLink = 1 WHERE id != ? AND id IN (
                SELECT b.docId FROM documentUnit a JOIN documentUnit b ON b.unitId = a.unitId WHERE a.docId = ?)
            """, arguments: [docId, docId])
    }

    /// Records, inside relink's transaction, that these documents' links are made.
    static func markLinked(_ db: Database, _ ids: [Int64]?, customerFiles: [Int64] = []) throws {
        try CustomerFileReach.settled(db, ids == nil ? nil : customerFiles)
        guard let ids else {
            try db.execute(sql: "DELETE FROM pendingWork WHERE what = 'relink-all'")
            try db.execute(sql: "UPDATE document SET needsLink = 0 WHERE needsLink = 1")
            return
        }
        for chunk in ids.chunked(500) {
            try db.execute(sql: "UPDATE document SET needsLink = 0 WHERE needsLink = 1 AND id IN (\(chunk.map(String.init).joined(separator: ",")))")
        }
    }

    /// What earlier commands left to do.
    public func pendingWork() throws -> PendingWork {
        try db.read { db in
            PendingWork(
                relinkAll: try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM pendingWork WHERE what = 'relink-all')")!,
                toLink: try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE needsLink = 1")!,
                customerFiles: try CustomerFileReach.pending(db).count,
                toIndex: try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE needsIndex = 1")!,
                toDelete: try Int.fetchOne(db, sql: "SELECT count(*) FROM pendingDeletion")!,
                actsCutOff: try Int.fetchOne(db, sql: "SELECT count(*) FROM auditIntent")!)
        }
    }

    /// Makes the links that are pending: every document's when a relink of all is pending,
    /// else those of the documents marked, of those new customer files may concern, and of
    /// the stored documents that write a serial the marked ones make a unit of.
    public func linkPending() throws {
        let (all, marked, files) = try db.read { db in
            (try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM pendingWork WHERE what = 'relink-all')")!,
             try Int64.fetchAll(db, sql: "SELECT id FROM document WHERE needsLink = 1 ORDER BY id"),
             try CustomerFileReach.pending(db))
        }
        if all { return try relink(nil) }
        // Most of the archive new (a first ingest): all of it, without working out what new
        // customer files concern or which older documents write the new units' serials.
        let documents = try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM document") ?? 0 }
        if !marked.isEmpty, marked.count * 2 >= documents { return try relink(nil) }
        var scope: CustomerFileReach.Scope?
        if !files.isEmpty {
            // Worked out before the relink's transaction: the write lock keeps the documents as they are.
            let started = Date()
            let reach = try db.read { try CustomerFileReach.scope($0, files: files) }
            PhaseClock.note(String(format: "%d new customer files concern %d of %d documents, %d unconfirmed customers (%.2f s)",
                                   files.count, reach.documents.count, documents, reach.unconfirmed.count, Date().timeIntervalSince(started)))
            scope = reach
        }
        let ids = Set(marked).union(scope?.documents ?? []).union(try SerialMentions.documents(newIn: marked, store: self))
        if !ids.isEmpty || scope != nil { try relink(ids.sorted().map { DocumentID($0) }, reach: scope) }
    }

    /// Completes what earlier commands left pending (one killed, or stopped by a full disk):
    /// acts cut off before their audit line, links, then the index and its lexicon (the
    /// catch-up also puts back an index swap cut in two). Run with the write lock held, before
    /// anything else is written. `announce` hears what is pending, when anything is.
    /// With `links` or `index` false those are left to the caller (an ingest makes pending links
    /// and catches the index up once its files are stored; a rebuild redoes both).
    /// With `sweep`, slip originals no slip refers to (a purge cut off) are removed too: a walk
    /// of `archive/`, which a long-running server does once, not at every write.
    @discardableResult
    public func completePendingWork(links: Bool = true, index: Bool = true, sweep: Bool = true,
                                    announce: ((PendingWork) -> Void)? = nil) throws -> PendingWork {
        let pending = try pendingWork()
        if !pending.isEmpty, links || index || pending.actsCutOff > 0 { announce?(pending) }
        let slips = SlipArchive(store: self)
        try slips.settleIntents()
        if sweep { try slips.removeOrphanOriginals() }
        if links { try linkPending() }
        if index { try IndexMaintenance.catchUp(self) }
        return pending
    }
}
