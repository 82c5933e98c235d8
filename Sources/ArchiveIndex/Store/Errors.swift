import Foundation

/// Errors of the archive layer, each with the context a user needs to act on it.
public enum KBError: Error, CustomStringConvertible, Sendable {
    /// A file that cannot be ingested: the path and the reason.
    case badInput(path: String, reason: String)
    /// A query that cannot be run.
    case badQuery(String)
    /// A store that cannot be opened or is not usable.
    case store(String)
    /// Something missing on the machine (ICU, OpenCC data, pdftotext).
    case environment(String)
    case notFound(String)
    /// A partial serial or name that fits several records.
    case ambiguous(String)
    /// The actor's role does not grant the right the act needs.
    case forbidden(right: Right, role: Role?)
    /// A rule of the workflow refuses the act (approving one's own article, merging two
    /// confirmed customers without saying so).
    case refused(String)
    /// A login that did not succeed (the reason is kept vague on purpose).
    case unauthorized(String)

    public var description: String {
        switch self {
        case let .badInput(path, reason): "\(path): \(reason)"
        case let .badQuery(m): m
        case let .store(m): m
        case let .environment(m): m
        case let .notFound(m): m
        case let .ambiguous(m): m
        case let .forbidden(right, role):
            "\(role.map { "the \($0.rawValue) role" } ?? "this account") lacks the right '\(right.rawValue)' "
                + "(held by: \(Policy.roles(holding: right).map(\.rawValue).joined(separator: ", ")))"
        case let .refused(m): m
        case let .unauthorized(m): m
        }
    }
}
