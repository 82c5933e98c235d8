import Foundation
import GRDB
import HummingbirdBcrypt

/// A person's account on the server.
public struct Account: Sendable, Codable, Equatable {
    public let id: Int64
    public let name: String
    public let role: Role
    public let disabled: Bool
    public let createdAt: String
    /// When the password was last set: a session begun before it has ended.
    public let passwordChangedAt: String
    /// Whether an API token is live for the account (the token itself is never kept).
    public let hasToken: Bool
}

/// Accounts, their bcrypt password hashes and their API tokens (kept as SHA-256 only). Every
/// change is appended to the audit log with who made it and how.
public struct Accounts: Sendable {
    public let store: ArchiveStore

    public init(store: ArchiveStore) { self.store = store }

    /// bcrypt's work factor: about a quarter of a second per hash on one core.
    public static let cost: UInt8 = 12
    /// bcrypt reads at most 72 bytes; a longer password would be silently cut.
    public static let passwordBytes = 10...72
    /// An API token: `kb_` and 43 characters of base64url (256 random bits).
    static let tokenPrefix = "kb_"

    static func registerMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v10-accounts") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    nameKey TEXT NOT NULL UNIQUE,       -- folded: 王芳 = 王芳 , Wang = wang
                    role TEXT NOT NULL,
                    passwordHash TEXT NOT NULL,         -- bcrypt
                    disabled INTEGER NOT NULL DEFAULT 0,
                    createdAt TEXT NOT NULL,
                    passwordChangedAt TEXT NOT NULL
                );
                CREATE TABLE apiToken (
                    id INTEGER PRIMARY KEY,
                    accountId INTEGER NOT NULL REFERENCES account(id),
                    tokenHash TEXT NOT NULL UNIQUE,     -- SHA-256 of the token; the token is shown once
                    createdAt TEXT NOT NULL,
                    revokedAt TEXT
                );
                """)
        }
    }

    // MARK: reading

    public func list() throws -> [Account] {
        try store.db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY id").map { try Self.account($0, db) }
        }
    }

    public func find(_ name: String) throws -> Account? {
        let key = try Self.key(name)
        return try store.db.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE nameKey = ?", arguments: [key]).map { try Self.account($0, db) }
        }
    }

    public func account(id: Int64) throws -> Account? {
        try store.db.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id]).map { try Self.account($0, db) }
        }
    }

    /// Whether any enabled admin exists (the server refuses to start without one).
    public func hasAdmin() throws -> Bool {
        try store.db.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM account WHERE role = 'admin' AND disabled = 0)") ?? false
        }
    }

    /// The enabled account whose password this is, or nil. The same bcrypt work is done for a
    /// name that has no account, so the time taken does not tell which names exist.
    public func authenticate(name: String, password: String) throws -> Account? {
        let key = try Self.key(name)
        let row = try store.db.read { db in try Row.fetchOne(db, sql: "SELECT * FROM account WHERE nameKey = ?", arguments: [key]) }
        let hash: String = row?["passwordHash"] ?? Self.decoyHash
        let matches = Bcrypt.verify(password, hash: hash)
        guard let row, matches else { return nil }
        let account = try store.db.read { db in try Self.account(row, db) }
        return account.disabled ? nil : account
    }

    /// The enabled account an API token belongs to, or nil.
    public func authenticate(token: String) throws -> Account? {
        guard token.hasPrefix(Self.tokenPrefix), token.count < 100 else { return nil }
        let digest = Hashing.sha256Hex(Array(token.utf8))
        return try store.db.read { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT account.* FROM apiToken JOIN account ON account.id = apiToken.accountId
                WHERE apiToken.tokenHash = ? AND apiToken.revokedAt IS NULL AND account.disabled = 0
                """), arguments: [digest]) else { return nil }
            return try Self.account(row, db)
        }
    }

    // MARK: changing (each one audited)

    @discardableResult
    public func add(name: String, role: Role, password: String, by actor: Actor) throws -> Account {
        try actor.require(.manageUsers)
        let name = try Self.checkedName(name)
        try Self.checkPassword(password)
        let key = try Self.key(name)
        let hash = Bcrypt.hash(password, cost: Self.cost)
        let now = ArchiveStore.now()
        let archive = SlipArchive(store: store)
        let head = archive.head()
        return try archive.auditedWrite { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM account WHERE nameKey = ?)", arguments: [key]) == true {
                throw KBError.rule(.init("accountExists", ["name": name], "an account named '\(name)' already exists"))
            }
            try db.execute(sql: """
                INSERT INTO account (name, nameKey, role, passwordHash, createdAt, passwordChangedAt) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [name, key, role.rawValue, hash, now, now])
            let id = db.lastInsertedRowID
            try SlipArchive.audit(db, who: actor.name, action: "account add", slip: nil,
                                  detail: "\(name) as \(role.rawValue); \(actor.via)", result: "ok", head: head)
            return Account(id: id, name: name, role: role, disabled: false, createdAt: now, passwordChangedAt: now, hasToken: false)
        }
    }

    public func setRole(_ name: String, _ role: Role, by actor: Actor) throws {
        try actor.require(.manageUsers)
        try change(name, by: actor, action: "account role", detail: "→ \(role.rawValue)") { db, a in
            if a.role == .admin, role != .admin { try Self.keepOneAdmin(db, besides: a.id) }
            try db.execute(sql: "UPDATE account SET role = ? WHERE id = ?", arguments: [role.rawValue, a.id])
        }
    }

    public func setDisabled(_ name: String, _ disabled: Bool, by actor: Actor) throws {
        try actor.require(.manageUsers)
        try change(name, by: actor, action: disabled ? "account disable" : "account enable", detail: "") { db, a in
            if disabled, a.role == .admin { try Self.keepOneAdmin(db, besides: a.id) }
            try db.execute(sql: "UPDATE account SET disabled = ? WHERE id = ?", arguments: [disabled, a.id])
            if disabled {
                try db.execute(sql: "UPDATE apiToken SET revokedAt = ? WHERE accountId = ? AND revokedAt IS NULL",
                               arguments: [ArchiveStore.now(), a.id])
            }
        }
    }

    /// A new password: by an admin for anyone, or by the account's own holder.
    public func setPassword(_ name: String, _ password: String, by actor: Actor) throws {
        let own = try Self.key(name) == Self.key(actor.name) && actor.role != nil
        if !own { try actor.require(.manageUsers) }
        try Self.checkPassword(password)
        let hash = Bcrypt.hash(password, cost: Self.cost)
        try change(name, by: actor, action: "account password", detail: "") { db, a in
            try db.execute(sql: "UPDATE account SET passwordHash = ?, passwordChangedAt = ? WHERE id = ?",
                           arguments: [hash, ArchiveStore.now(), a.id])
        }
    }

    /// A new API token for the account, returned once; the one it had before stops working.
    public func issueToken(_ name: String, by actor: Actor) throws -> String {
        try actor.require(.manageUsers)
        var bytes = [UInt8](repeating: 0, count: 32)
        var rng = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = rng.next() }
        let token = Self.tokenPrefix + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let digest = Hashing.sha256Hex(Array(token.utf8))
        try change(name, by: actor, action: "token issue", detail: "sha256 \(digest.prefix(12))…") { db, a in
            let now = ArchiveStore.now()
            try db.execute(sql: "UPDATE apiToken SET revokedAt = ? WHERE accountId = ? AND revokedAt IS NULL", arguments: [now, a.id])
            try db.execute(sql: "INSERT INTO apiToken (accountId, tokenHash, createdAt) VALUES (?, ?, ?)", arguments: [a.id, digest, now])
        }
        return token
    }

    public func revokeTokens(_ name: String, by actor: Actor) throws {
        try actor.require(.manageUsers)
        try change(name, by: actor, action: "token revoke", detail: "") { db, a in
            try db.execute(sql: "UPDATE apiToken SET revokedAt = ? WHERE accountId = ? AND revokedAt IS NULL",
                           arguments: [ArchiveStore.now(), a.id])
        }
    }

    /// A login, successful or not, on the audit log with the address it came from.
    public func recordLogin(name: String, address: String, succeeded: Bool, reason: String = "") throws {
        try SlipArchive(store: store).audit(who: String(name.prefix(64)), action: succeeded ? "login" : "login failed", slip: nil,
                                            detail: "from \(address)\(reason.isEmpty ? "" : "; \(reason)")", result: succeeded ? "ok" : "refused")
    }

    private func change(_ name: String, by actor: Actor, action: String, detail: String,
                        _ body: (Database, Account) throws -> Void) throws {
        let key = try Self.key(name)
        let archive = SlipArchive(store: store)
        let head = archive.head()
        try archive.auditedWrite { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE nameKey = ?", arguments: [key]) else {
                throw KBError.notFound("no account named '\(name)' (see kb user list)")
            }
            let a = try Self.account(row, db)
            try body(db, a)
            try SlipArchive.audit(db, who: actor.name, action: action, slip: nil,
                                  detail: [a.name, detail, actor.via].filter { !$0.isEmpty }.joined(separator: "; "), result: "ok", head: head)
        }
    }

    private static func keepOneAdmin(_ db: Database, besides id: Int64) throws {
        let others = try Int.fetchOne(db, sql: "SELECT count(*) FROM account WHERE role = 'admin' AND disabled = 0 AND id != ?", arguments: [id]) ?? 0
        if others == 0 { throw KBError.rule(.init("lastAdmin", [:], "this is the last enabled admin; make another account admin first")) }
    }

    private static func account(_ row: Row, _ db: Database) throws -> Account {
        let roleText: String = row["role"]
        guard let role = Role(rawValue: roleText) else { throw KBError.store("account #\(row["id"] as Int64) has an unknown role '\(roleText)'") }
        let id: Int64 = row["id"]
        let token = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM apiToken WHERE accountId = ? AND revokedAt IS NULL)"),
                                      arguments: [id]) ?? false
        return Account(id: id, name: row["name"], role: role, disabled: row["disabled"], createdAt: row["createdAt"],
                       passwordChangedAt: row["passwordChangedAt"], hasToken: token)
    }

    static func key(_ name: String) throws -> String {
        try Normalizer.nameKey(name).lowercased()
    }

    /// The one form of a name under which its account is found (case, width, script, spaces
    /// and punctuation folded): what login throttling counts by.
    public static func canonicalName(_ name: String) -> String {
        (try? key(name)) ?? name.lowercased()
    }

    /// 1 to 64 characters, letters, digits and . _ - @ or CJK; no spaces or controls.
    static func checkedName(_ raw: String) throws -> String {
        let name = raw.trimmingCharacters(in: .whitespaces)
        guard (1...64).contains(name.count) else { throw KBError.refused("an account name has 1 to 64 characters") }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._-@"))
        guard name.unicodeScalars.allSatisfy(allowed.contains) else {
            throw KBError.refused("an account name has letters, digits and . _ - @ only")
        }
        guard try !key(name).isEmpty else { throw KBError.refused("an account name needs a letter or digit") }
        return name
    }

    static func checkPassword(_ password: String) throws {
        let n = password.utf8.count
        guard n >= passwordBytes.lowerBound else { throw KBError.rule(.init("passwordShort", ["n": "\(passwordBytes.lowerBound)"], missing: true, "a password needs at least \(passwordBytes.lowerBound) characters")) }
        guard n <= passwordBytes.upperBound else { throw KBError.refused("a password has at most \(passwordBytes.upperBound) bytes (bcrypt reads no more)") }
        guard !password.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw KBError.refused("a password cannot hold control characters")
        }
    }

    /// A bcrypt hash of a random password, checked against when a name has no account.
    static let decoyHash = Bcrypt.hash(UUID().uuidString, cost: cost)
}
