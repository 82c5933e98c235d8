import Foundation
import GRDB

/// The documents a customer file added to the archive can change the links of. A new file
/// vouches for its customer under every name it gives: a document whose customer field writes
/// one of those names, or a name they may be met by (the same institution by its parts, the
/// same company, half the character pairs, an English name that spells one), may now link to
/// that customer, or to none where several customers now fit; a document about a unit the file
/// lists may take that customer as its owner; and an unconfirmed customer whose names may be it
/// gives way to it with all its documents. Those documents are relinked with the file; the rest
/// of the archive keeps its links. A changed or removed customer file still relinks every
/// document (a name it no longer gives may be any document's).
///
/// Before, every new customer file relinked every document: adding 1,000 documents to a
/// 1,000,000-document archive took 959 s, 948 of them relinking.
enum CustomerFileReach {
    static func registerMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v24-customer-field-index") { db in
            try db.execute(sql: "CREATE INDEX field_customer ON field(value) WHERE name = 'customer'")
        }
    }

    /// Records, in the transaction that stores a new customer file, that its reach is to be linked.
    static func later(_ db: Database, file: Int64) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO pendingWork (what, since) VALUES (?, ?)")
            .execute(arguments: ["customer-file:\(file)", ArchiveStore.now()])
    }

    /// The new customer files whose reach is not linked yet.
    static func pending(_ db: Database) throws -> [Int64] {
        try String.fetchAll(db, sql: "SELECT what FROM pendingWork WHERE what LIKE 'customer-file:%'")
            .compactMap { Int64($0.dropFirst("customer-file:".count)) }.sorted()
    }

    /// Records, inside the relink's transaction, that these files' reach is linked (all, with nil).
    static func settled(_ db: Database, _ files: [Int64]?) throws {
        guard let files else { return try db.execute(sql: "DELETE FROM pendingWork WHERE what LIKE 'customer-file:%'") }
        for f in files { try db.execute(sql: "DELETE FROM pendingWork WHERE what = ?", arguments: ["customer-file:\(f)"]) }
    }

    /// What a relink for new customer files does: relink `documents` (the files included), the
    /// unconfirmed customers `unconfirmed` forgotten first (all their documents are among
    /// them), as a relink of everything forgets every unconfirmed customer.
    struct Scope {
        let files: [Int64]
        let documents: [Int64]
        let unconfirmed: [Int64]
    }

    /// What relinking for these new customer files concerns.
    static func scope(_ db: Database, files: [Int64]) throws -> Scope {
        var names: [String] = [], serials = Set<String>()
        for chunk in files.chunked(500) {
            for r in try Row.fetchAll(db, sql: """
                SELECT name, value, canonical FROM field WHERE docId IN (\(chunk.map(String.init).joined(separator: ",")))
                AND +name IN ('customer', 'alias', 'serial')
                """) {
                let value: String = r["value"]
                switch r["name"] as String {
                case "customer": names += [ArchiveStore.customerName(value)] + [ArchiveStore.otherScriptName(value)].compactMap { $0 }
                case "alias": names += ArchiveStore.splitAliases(value)
                default: if let c = r["canonical"] as String? { serials.insert(c) }
                }
            }
        }
        var docs = Set(files)
        let reach = try Names(names)
        // Documents whose customer fields may mean one of the names.
        let values = try String.fetchAll(db, sql: "SELECT DISTINCT value FROM field WHERE name = 'customer'").filter(reach.mayBeMeantBy)
        for value in values {
            docs.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT docId FROM field WHERE name = 'customer' AND value = ?"), arguments: [value]))
        }
        // Unconfirmed customers any of whose names may be one of them.
        var unconfirmed = Set<Int64>()
        for r in try Row.fetchAll(db, sql: "SELECT a.customerId, a.alias FROM customerAlias a JOIN customer c ON c.id = a.customerId WHERE c.provisional = 1")
        where reach.mayBeMeantBy(r["alias"]) {
            unconfirmed.insert(r["customerId"])
        }
        // Documents about the units the files list: they may take the file's customer as owner,
        // and so may the unconfirmed customers they name (a name the files do not give, such as
        // 科大附一院信息中心, meets the customer by the units it is about).
        for chunk in Array(serials).chunked(500) {
            for r in try Row.fetchAll(db, sql: """
                SELECT du.docId, c.id AS unconfirmed FROM documentUnit du JOIN unit u ON u.id = du.unitId
                LEFT JOIN documentCustomer dc ON dc.docId = du.docId LEFT JOIN customer c ON c.id = dc.customerId AND c.provisional = 1
                WHERE u.serial IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))
                """, arguments: StatementArguments(chunk)) {
                docs.insert(r["docId"])
                if let c = r["unconfirmed"] as Int64? { unconfirmed.insert(c) }
            }
        }
        // All the documents of those unconfirmed customers: they are forgotten, and made again.
        for chunk in Array(unconfirmed).chunked(500) {
            docs.formUnion(try Int64.fetchAll(db, sql: "SELECT docId FROM documentCustomer WHERE customerId IN (\(chunk.map(String.init).joined(separator: ",")))"))
        }
        return Scope(files: files, documents: docs.sorted(), unconfirmed: unconfirmed.sorted())
    }

    /// A customer file's names, and whether a name written elsewhere may mean one of them: what
    /// linking a name starts from (`ArchiveStore.resolveCustomer`), asked of these names alone.
    struct Names {
        let keys: Set<String>
        let matcher: CustomerMatcher
        let romanised: RomanisedNames

        init(_ names: [String]) throws {
            let known = names.enumerated().compactMap { i, n in
                (try? Normalizer.nameKey(n)).flatMap { $0.count >= 2 ? (Int64(i), n, $0) : nil }
            }
            keys = Set(known.map(\.2))
            matcher = CustomerMatcher(known.map { CustomerMatcher.Name(customerId: $0.0, alias: $0.1, key: $0.2, provisional: false) })
            romanised = try RomanisedNames(known.map { (id: $0.0, alias: $0.1, key: $0.2, registered: true) })
        }

        /// Whether a customer field's value (or its name in the other script) may mean one of the names.
        func mayBeMeantBy(_ written: String) -> Bool {
            [ArchiveStore.customerName(written), ArchiveStore.otherScriptName(written)].compactMap { $0 }.contains { name in
                guard let key = try? Normalizer.nameKey(name), key.count >= 2 else { return false }
                return keys.contains(key) || matcher.mayMean(name) || (RomanisedNames.mayBeRomanised(name) && romanised.mayMean(name))
            }
        }
    }
}
