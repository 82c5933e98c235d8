import Foundation
import GRDB

/// An act and its line on the audit log are two transactions (the act's own, then the log's).
/// So that a kill between them cannot leave an act nobody is named for, the act's intent is
/// written first; the log line replaces it once the act is done, and an intent still there
/// later (the act was cut off, and may or may not have happened) goes on the log as such, with
/// who began it, when the next command completes pending work.
extension SlipArchive {
    static func registerIntentMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v13-audit-intent") { db in
            try db.execute(sql: """
                CREATE TABLE auditIntent (
                    id INTEGER PRIMARY KEY,
                    who TEXT NOT NULL,
                    action TEXT NOT NULL,
                    slip TEXT,
                    detail TEXT NOT NULL,
                    at TEXT NOT NULL
                );
                """)
        }
    }

    /// Records that `who` begins an act; returns its handle for `complete` or `abandon`.
    func intend(who: String, action: String, slip: String? = nil, detail: String) throws -> Int64 {
        try store.db.write { db in
            try db.execute(sql: "INSERT INTO auditIntent (who, action, slip, detail, at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [who, action, slip, detail, ArchiveStore.now()])
            return db.lastInsertedRowID
        }
    }

    /// The act is done: its line goes on the log, and the intent goes, in one transaction.
    /// With `detail` nil the act changed nothing and leaves no line.
    func complete(_ intent: Int64, who: String, action: String, slip: String? = nil, detail: String?, result: String = "ok") throws {
        let head = self.head()
        try auditedWrite { db in
            if let detail { try Self.audit(db, who: who, action: action, slip: slip, detail: detail, result: result, head: head) }
            try db.execute(sql: "DELETE FROM auditIntent WHERE id = ?", arguments: [intent])
        }
    }

    /// The act failed (its transaction rolled back): nothing to put on the log.
    func abandon(_ intent: Int64) throws {
        try store.db.write { db in try db.execute(sql: "DELETE FROM auditIntent WHERE id = ?", arguments: [intent]) }
    }

    /// Intents left by acts cut off go on the log, each saying it was cut off; returns how many.
    @discardableResult
    func settleIntents() throws -> Int {
        let left = try store.db.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM auditIntent")! }
        guard left > 0 else { return 0 }
        let head = self.head()
        try auditedWrite { db in
            for r in try Row.fetchAll(db, sql: "SELECT * FROM auditIntent ORDER BY id") {
                let began: String = r["at"]
                try Self.audit(db, who: r["who"], action: r["action"], slip: r["slip"], detail: r["detail"],
                               result: "cut off (begun \(began); the act may or may not have completed)", head: head)
            }
            try db.execute(sql: "DELETE FROM auditIntent")
        }
        return left
    }
}
