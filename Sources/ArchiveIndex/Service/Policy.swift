import Foundation

/// What a person does in the department, and so what kb lets them do.
public enum Role: String, Codable, Sendable, CaseIterable {
    case engineer, trainer, supervisor, admin
}

/// One thing kb may let a person do. Every route of the server and every service call that
/// writes names the right it needs; `Policy` is the one table that grants them.
public enum Right: String, Codable, Sendable, CaseIterable {
    /// Search; read documents, units, briefs, customers, articles, training material, slips.
    case read
    /// Archive a signed slip.
    case addSlips
    /// Write a draft article, revise one's own drafts, submit them for review.
    case draftArticles
    /// Propose that a document's link to a customer or unit is wrong or missing.
    case proposeLinks
    /// Edit any article; approve (never one's own), reject and retire articles.
    case reviewArticles
    /// Curated synonyms.
    case editSynonyms
    /// Verify slip originals, export slips, retention periods, legal holds.
    case manageSlips
    /// Read and verify the audit log.
    case readAudit
    /// Merge customers, add aliases, correct links and decide the review queue.
    case correctLinks
    /// Accounts: add, change roles, disable, reset passwords.
    case manageUsers
    /// Ingest files, rebuild and compact the index.
    case maintainIndex
    /// Remove slips past retention.
    case purgeSlips
}

/// The one table of who may do what, for the API, the pages and the CLI's accounts alike.
public enum Policy {
    static let engineer: Set<Right> = [.read, .addSlips, .draftArticles, .proposeLinks]

    public static func rights(of role: Role) -> Set<Right> {
        switch role {
        case .engineer: engineer
        case .trainer: engineer.union([.reviewArticles, .editSynonyms])
        case .supervisor: engineer.union([.manageSlips, .readAudit, .correctLinks])
        case .admin: engineer.union([.manageUsers, .maintainIndex, .purgeSlips])
        }
    }

    /// The roles that hold a right, for messages and the README's table.
    public static func roles(holding right: Right) -> [Role] {
        Role.allCases.filter { rights(of: $0).contains(right) }
    }
}

/// Who acts: an account of the server, or a person at the shell (`--as NAME`, recorded with
/// the OS user that ran the command). Every write names its actor; the audit log keeps it.
public struct Actor: Sendable, Equatable {
    public let name: String
    /// The account's role on the server; nil at the shell, where whoever can write the store's
    /// folder can already do anything to it.
    public let role: Role?
    /// How the act reached kb: `cli, OS user root` or `web 10.1.2.3`.
    public let via: String

    public init(name: String, role: Role?, via: String) {
        self.name = name
        self.role = role
        self.via = via
    }

    /// A person at the shell: `--as NAME`, else the OS user.
    public static func shell(_ given: String?) -> Actor {
        let os = ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
        let name = (given ?? os).trimmingCharacters(in: .whitespaces)
        return Actor(name: name, role: nil, via: "cli, OS user \(os)")
    }

    public func may(_ right: Right) -> Bool {
        guard let role else { return true }
        return Policy.rights(of: role).contains(right)
    }

    /// Throws `KBError.forbidden` naming the missing right unless the actor holds it.
    public func require(_ right: Right) throws {
        guard may(right) else { throw KBError.forbidden(right: right, role: role) }
    }
}
