import Foundation
import GRDB

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
    /// Another process holds the store's write lock, and waiting for it ran out.
    case busy(String)
    /// The disk under the store is full: what could not be written.
    case diskFull(String)
    /// A rule of the archive refuses the act, named so that a page can say it in its reader's
    /// language; the CLI and the API print its English message.
    case rule(Rule)

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
        case let .busy(m): m
        case let .diskFull(m): m
        case let .rule(r): r.message
        }
    }

    /// A rule that refused an act: `code` names it (`ownArticle`, `mergeConfirmed`…), `values`
    /// are what its sentence names, `message` is the sentence in English. `missing`: what the
    /// act lacks is a value the person has to give (a reason), not a state of the archive.
    public struct Rule: Sendable {
        public let code: String
        public let values: [String: String]
        public let message: String
        public let missing: Bool

        public init(_ code: String, _ values: [String: String] = [:], missing: Bool = false, _ message: String) {
            self.code = code; self.values = values; self.message = message; self.missing = missing
        }
    }

    /// An error from below kb (SQLite, Xapian, the file system) as one a person can act on:
    /// a full disk says so, names the store and what to do; others pass through.
    public static func plain(_ error: Error, store: StoreLocation) -> Error {
        let full = "the disk holding \(store.root.path) is full"
        let after = "Nothing stored before was lost: free some space and run the command again (it completes what this one left)."
        switch error {
        case let e as DatabaseError where e.resultCode == .SQLITE_FULL:
            return KBError.diskFull("\(full): SQLite could not write the archive's database. \(after)")
        case let e as DatabaseError where e.resultCode == .SQLITE_IOERR:
            return KBError.store("the archive's database \(store.sqlite.path) could not be read or written (I/O error: \(e.message ?? "no detail")); "
                                 + "run `kb check`, and look at the disk")
        case let e as XapianError where Self.saysDiskFull(e.message):
            // kb's own look before a commit says how much room there is, and how much it needs.
            let room = e.message.hasPrefix(DiskSpace.refusal) ? " (\(e.message.dropFirst(DiskSpace.refusal.count)))" : ""
            return KBError.diskFull("\(full): the search index could not be written\(room). \(after)")
        case let e as KBError:
            if case .store(let m) = e, Self.saysDiskFull(m) { return KBError.diskFull("\(full): \(m). \(after)") }
            return e
        case let e as NSError where (e.domain == NSPOSIXErrorDomain && e.code == Int(ENOSPC))
                                    || (e.domain == NSCocoaErrorDomain && e.code == CocoaError.fileWriteOutOfSpace.rawValue):
            return KBError.diskFull("\(full): \(e.localizedDescription). \(after)")
        default:
            return error
        }
    }

    /// What went wrong in a few words without internals (no path, no SQL), for the audit log.
    public static func kind(of error: Error) -> String {
        switch error {
        case KBError.diskFull: "the disk is full; what was written stays, the rest is pending"
        case KBError.busy: "another writer held the archive"
        case is XapianError: "the search index could not be written; it is pending"
        case KBError.environment: "a tool or data file kb needs is missing"
        default: "an error of the store (details in the log or on the terminal)"
        }
    }

    /// Refusals that come before an act changes anything (rights, rules, what was asked).
    var refusesBeforeChange: Bool {
        switch self {
        case .badQuery, .notFound, .ambiguous, .forbidden, .refused, .rule, .unauthorized, .badInput: true
        case .store, .environment, .busy, .diskFull: false
        }
    }

    static func saysDiskFull(_ message: String) -> Bool {
        message.contains("No space left on device") || message.contains("database or disk is full")
    }
}
