import Foundation
import GRDB

/// A search an account keeps under a name, to run again from the search page.
public struct SavedSearch: Sendable, Codable, Equatable {
    public let id: Int64
    public let name: String
    /// The search page's query string (`q=…&kind=…`), as it was when saved.
    public let query: String
    public let savedAt: String
}

/// What each account keeps for itself: the pages' language and its saved searches. These are
/// preferences, not acts on the archive, so they go on no audit log.
extension Accounts {
    public static let maxSavedSearches = 50

    static func registerPreferencesMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v15-account-preferences") { db in
            try db.execute(sql: """
                CREATE TABLE accountPreference (
                    accountId INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
                    language TEXT
                );
                CREATE TABLE savedSearch (
                    id INTEGER PRIMARY KEY,
                    accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    query TEXT NOT NULL,
                    savedAt TEXT NOT NULL,
                    UNIQUE (accountId, name)
                );
                """)
        }
    }

    public func language(of account: Int64) throws -> String? {
        try store.db.read { db in try String.fetchOne(db, sql: "SELECT language FROM accountPreference WHERE accountId = ?", arguments: [account]) }
    }

    public func setLanguage(of account: Int64, _ code: String) throws {
        try store.db.write { db in
            try db.execute(sql: "INSERT INTO accountPreference (accountId, language) VALUES (?, ?) ON CONFLICT(accountId) DO UPDATE SET language = excluded.language",
                           arguments: [account, code])
        }
    }

    public func savedSearches(of account: Int64) throws -> [SavedSearch] {
        try store.db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM savedSearch WHERE accountId = ? ORDER BY name", arguments: [account]).map {
                SavedSearch(id: $0["id"], name: $0["name"], query: $0["query"], savedAt: $0["savedAt"])
            }
        }
    }

    /// Keeps a search under a name (the same name again replaces it).
    @discardableResult
    public func saveSearch(of account: Int64, name: String, query: String) throws -> SavedSearch {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...80).contains(name.count), !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw KBError.rule(.init("searchName", missing: true, "a saved search's name has 1 to 80 characters and no control characters"))
        }
        guard (1...2000).contains(query.utf8.count), !query.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw KBError.badQuery("there is no search to save (or it is over 2,000 bytes)")
        }
        return try store.db.write { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM savedSearch WHERE accountId = ? AND name != ?", arguments: [account, name]) ?? 0
            guard count < Self.maxSavedSearches else {
                throw KBError.rule(.init("tooManySearches", ["n": "\(Self.maxSavedSearches)"], "an account keeps at most \(Self.maxSavedSearches) searches; delete one first"))
            }
            let now = ArchiveStore.now()
            try db.execute(sql: """
                INSERT INTO savedSearch (accountId, name, query, savedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(accountId, name) DO UPDATE SET query = excluded.query, savedAt = excluded.savedAt
                """, arguments: [account, name, query, now])
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM savedSearch WHERE accountId = ? AND name = ?", arguments: [account, name]) ?? 0
            return SavedSearch(id: id, name: name, query: query, savedAt: now)
        }
    }

    /// Deletes one of the account's own saved searches (another's is not found).
    public func deleteSavedSearch(of account: Int64, id: Int64) throws {
        try store.db.write { db in
            try db.execute(sql: "DELETE FROM savedSearch WHERE id = ? AND accountId = ?", arguments: [id, account])
            guard db.changesCount == 1 else { throw KBError.notFound("no saved search #\(id)") }
        }
    }
}
