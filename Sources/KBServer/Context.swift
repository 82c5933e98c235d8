import ArchiveIndex
import Hummingbird
import HummingbirdAuth
import Foundation
import NIOCore

/// What a login session remembers: whose it is, and the token that must come back with every
/// write made with the session's cookie (a page's forms carry it; the API sends it in the
/// `X-KB-CSRF` header).
public struct SessionInfo: Codable, Sendable {
    public let account: Int64
    public let csrf: String
    /// The account's password-change time when the session began: a later change ends it.
    public let since: String
    /// When the session began (seconds since 1970): no session outlives `maxSessionAge`.
    public let started: Double
}

/// What the request log needs to know once the request is done: filled in by authentication,
/// read by the log (the context is a value, so they share this box).
final class RequestNotes: @unchecked Sendable {
    private let lock = NSLock()
    private var _account: String?
    private var _client: String
    init(client: String) { _client = client }
    var account: String? { get { lock.withLock { _account } } set { lock.withLock { _account = newValue } } }
    var client: String { get { lock.withLock { _client } } set { lock.withLock { _client = newValue } } }
}

/// Per request: who is asking (once authenticated), how, and from where.
public struct KBContext: AuthRequestContext, SessionRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Account?
    public let sessions: SessionContext<SessionInfo>
    /// The address of the connection's other end.
    public let peer: String
    /// The client's address as recorded: the peer, or (behind a trusted proxy) the address
    /// the proxy says it serves.
    public var client: String
    /// True when the request authenticated with `Authorization: Bearer`, not a cookie.
    public var bearer = false
    let notes: RequestNotes

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        sessions = .init()
        peer = source.channel.remoteAddress?.ipAddress ?? "unknown"
        client = peer
        notes = RequestNotes(client: peer)
    }

    /// The account as the archive's services know it.
    var actor: Actor? {
        identity.map { Actor(name: $0.name, role: $0.role, via: "\(bearer ? "api" : "web") \(client)") }
    }

    /// The actor, or 401 when nobody is logged in.
    func requireActor() throws -> Actor {
        guard let actor else { throw APIError(.unauthorized, "log in first (POST /api/v1/login) or send Authorization: Bearer TOKEN") }
        return actor
    }

    /// A JSON body up to this size; uploads have their own limit.
    public var maxUploadSize: Int { 1 << 20 }
}
