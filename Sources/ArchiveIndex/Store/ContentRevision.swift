import GRDB

/// A number that changes whenever what the archive says changes: a document stored, rewritten
/// or removed, a link, a unit's fact, a customer or an alias, a synonym (since v17: what a
/// search finds changes with it). Bumped by triggers, so no write path can forget it;
/// accounts, sessions, audit entries and index marks leave it alone (a login does not make a
/// server recompute what it derived from the documents).
enum ContentRevision {
    static let tables: [(table: String, update: String?)] = [
        ("document", "kind, title, originalText, foldedText, docDate, source"),
        ("documentCustomer", nil), ("documentUnit", nil), ("unitFact", nil), ("customer", nil), ("customerAlias", nil),
    ]

    static func registerMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v16-content-revision") { db in
            try db.execute(sql: """
                CREATE TABLE contentRevision (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
                INSERT INTO contentRevision (id, n) VALUES (1, 0);
                """)
            for (table, columns) in tables { try addTriggers(db, table: table, columns: columns) }
        }
        m.registerMigration("v17-synonym-revision") { db in
            try addTriggers(db, table: "synonym", columns: nil)
        }
    }

    private static func addTriggers(_ db: Database, table: String, columns: String?) throws {
        for event in ["INSERT", "DELETE", columns.map { "UPDATE OF \($0)" } ?? "UPDATE"] {
            let name = "\(table)_\(event.split(separator: " ").first ?? "")_revision".lowercased()
            try db.execute(sql: """
                CREATE TRIGGER \(name) AFTER \(event) ON \(table)
                BEGIN UPDATE contentRevision SET n = n + 1 WHERE id = 1; END
                """)
        }
    }

    static func current(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT n FROM contentRevision WHERE id = 1")) ?? 0
    }
}
