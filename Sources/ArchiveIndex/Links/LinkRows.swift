import GRDB

/// The links a relink makes for a chunk of documents, written together when the chunk is done:
/// a statement a row (documentCustomer, documentUnit, unitFact) was a fifth of linking's time
/// at 100,000 documents. Rows go in the order they were made (a unit's owner breaks a tie of
/// dates by the later row), then the chunk's corrections by hand, as they went document by
/// document: nothing linking a chunk reads the links of another document of it. Nor may it
/// merge customers (`ArchiveStore.merge` moves the links written so far, not these): a
/// relink's merges come after every chunk (steps 4a to 4d), and the alias a document's name
/// adds in the loop is found by its exact key before any path that merges.
struct LinkRows {
    private var customers: [DatabaseValueConvertible?] = []
    private var units: [DatabaseValueConvertible?] = []
    private var facts: [DatabaseValueConvertible?] = []

    mutating func customer(doc: Int64, _ customer: Int64, how: String) { customers += [doc, customer, how] }
    mutating func unit(doc: Int64, _ unit: Int64, how: String) { units += [doc, unit, how] }
    mutating func fact(unit: Int64, _ name: String, _ value: String, doc: Int64, docDate: String?, how: String) {
        facts += [unit, name, value, doc, docDate, how]
    }

    /// Writes the rows, then applies the corrections by hand of these documents.
    mutating func write(_ db: Database, documents: [Int64]) throws {
        try Self.insert(db, "INSERT OR IGNORE INTO documentCustomer (docId, customerId, how)", columns: 3, customers)
        try Self.insert(db, "INSERT OR IGNORE INTO documentUnit (docId, unitId, how)", columns: 3, units)
        try Self.insert(db, "INSERT INTO unitFact (unitId, fact, value, docId, docDate, how)", columns: 6, facts)
        (customers, units, facts) = ([], [], [])
        // 4. Hand corrections survive every relink.
        for r in try Row.fetchAll(db, sql: """
            SELECT * FROM linkCorrection WHERE docId IN (SELECT value FROM json_each(?)) ORDER BY docId, target, targetId
            """, arguments: [ArchiveStore.idArgument(documents)]) {
            let doc: Int64 = r["docId"], target: String = r["target"], action: String = r["action"], tid: Int64 = r["targetId"]
            let who: String = r["who"], at: String = r["at"]
            let table = target == "customer" ? "documentCustomer" : "documentUnit"
            let column = target == "customer" ? "customerId" : "unitId"
            if action == "remove" {
                try db.execute(sql: "DELETE FROM \(table) WHERE docId = ? AND \(column) = ?", arguments: [doc, tid])
                if target == "unit" {
                    try db.cachedStatement(sql: "DELETE FROM unitFact WHERE docId = ? AND unitId = ?").execute(arguments: [doc, tid])
                }
            } else {
                try db.execute(sql: "INSERT OR REPLACE INTO \(table) (docId, \(column), how) VALUES (?, ?, ?)",
                               arguments: [doc, tid, "by hand (\(who), \(at.prefix(10)))"])
            }
        }
    }

    /// Rows per statement (SQLite binds at most 32,766 values to one).
    static let rowsPerStatement = 200

    /// `values`: the rows' values one after another, `columns` a row.
    private static func insert(_ db: Database, _ head: String, columns: Int, _ values: [DatabaseValueConvertible?]) throws {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        var start = 0
        while start < values.count {
            let end = min(values.count, start + rowsPerStatement * columns)
            let rows = (end - start) / columns
            let sql = head + " VALUES " + Array(repeating: row, count: rows).joined(separator: ", ")
            // The full-sized statement is prepared once; the last, shorter one of a chunk each time.
            let statement = rows == rowsPerStatement ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
            try statement.execute(arguments: StatementArguments(Array(values[start..<end])))
            start = end
        }
    }
}
