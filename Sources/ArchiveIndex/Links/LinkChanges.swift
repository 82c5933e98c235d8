import GRDB

/// What the index holds of a document's links: its customers (id and name: the `XC` terms
/// and the customer slot) and its units (serial and model: the `XS` and `XM` terms). A relink
/// compares them before and after and marks for indexing only the documents where they
/// changed: adding a customer file relinks every document, and all but a few keep their links,
/// so reindexing them all made adding 1,000 documents to 10,000 cost 16 s of indexing.
enum LinkChanges {
    /// Remembers the links of the targets (every document when `all`), in this transaction.
    static func remember(_ db: Database, targets: [Int64], all: Bool) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.linkedBefore")
        try db.execute(sql: "CREATE TEMP TABLE linkedBefore (docId INTEGER NOT NULL, what TEXT NOT NULL)")
        for scope in scopes(targets, all: all) {
            try db.execute(sql: "INSERT INTO temp.linkedBefore (docId, what) \(signature(scope))")
        }
        // Compared 500 documents at a time: without it, each list would read the whole table.
        if !all { try db.execute(sql: "CREATE INDEX temp.linkedBefore_doc ON linkedBefore (docId)") }
    }

    /// The targets whose links differ from those remembered.
    static func changed(_ db: Database, targets: [Int64], all: Bool) throws -> [Int64] {
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.linkedBefore") }
        var out: [Int64] = []
        for scope in scopes(targets, all: all) {
            let before = "SELECT docId, what FROM temp.linkedBefore" + (scope.map { " WHERE docId IN (\($0))" } ?? "")
            // Each side a subquery of its own: compound operators bind left to right, so
            // `before EXCEPT a UNION ALL b` would be every unit link.
            let after = "SELECT docId, what FROM (\(signature(scope)))"
            out += try Int64.fetchAll(db, sql: """
                SELECT DISTINCT docId FROM (
                    SELECT * FROM (\(after) EXCEPT \(before))
                    UNION ALL
                    SELECT * FROM (\(before) EXCEPT \(after)))
                """)
        }
        return out
    }

    /// Whether a relink is comparing links (between `remember` and `changed`, in its
    /// transaction): then a merge leaves the marking to the comparison.
    static func comparing(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE name = 'linkedBefore')") ?? false
    }

    /// Nil for every document, else the targets' ids 500 to a list.
    private static func scopes(_ targets: [Int64], all: Bool) -> [String?] {
        all ? [nil] : targets.chunked(500).map { $0.map(String.init).joined(separator: ",") }
    }

    private static func signature(_ scope: String?) -> String {
        let customers = scope.map { " WHERE dc.docId IN (\($0))" } ?? ""
        let units = scope.map { " WHERE du.docId IN (\($0))" } ?? ""
        return """
            SELECT dc.docId AS docId, 'c' || c.id || ':' || c.name AS what
            FROM documentCustomer dc JOIN customer c ON c.id = dc.customerId\(customers)
            UNION ALL
            SELECT du.docId, 'u' || u.serial || ':' || ifnull(u.model, '')
            FROM documentUnit du JOIN unit u ON u.id = du.unitId\(units)
            """
    }
}
