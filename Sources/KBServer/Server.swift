import ArchiveIndex
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Logging
import NIOCore

public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// The largest slip upload accepted, in bytes.
    public var maxUpload = 50 << 20
    /// A session ends after this long without a request.
    public var idleTimeout: Duration = .seconds(30 * 60)
    /// Cookies marked Secure: set when kb is served over TLS (behind nginx).
    public var secureCookies = false
    /// Trust `X-Forwarded-For` from a proxy on this machine (nginx in front of kb).
    public var behindProxy = false
    public var throttle = LoginThrottle.Settings()
    /// The folder `POST /api/v1/ingest` may read from (nothing outside it); nil: none.
    public var ingestRoot: String?
    /// Seconds a write waits while another process (a kb command) writes, before the answer
    /// is 503 with Retry-After.
    public var lockWait: TimeInterval = 120

    public init() {}
}

/// `kb serve`: the archive as a service for many people at once, each under their own
/// account, over the same library the CLI uses.
public enum KBServerApp {
    /// Refuses to start without an enabled admin account, saying how to make one.
    public static func checkReady(_ store: ArchiveStore) throws {
        guard try Accounts(store: store).hasAdmin() else {
            throw KBError.refused("no admin account yet: create one with  kb user add NAME --role admin  and start kb serve again")
        }
    }

    /// The application: router, middleware and routes over the store.
    public static func make(store: ArchiveStore, configuration: ServerConfiguration, logger: Logger,
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws -> some ApplicationProtocol {
        let pages = try await Pages.load()
        let env = ServerEnvironment(store: store, configuration: configuration)
        let sessions = MemoryPersistDriver()
        let router = Router(context: KBContext.self)
        router.add(middleware: RequestLog())
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorMiddleware(maxUpload: configuration.maxUpload, store: store.location))
        router.add(middleware: SessionMiddleware(
            storage: sessions,
            configuration: .init(sessionCookieParameters: .init(name: "kb_session", path: "/", secure: configuration.secureCookies, sameSite: .strict),
                                 keyPrefix: "kb.", defaultSessionExpiration: configuration.idleTimeout)))
        router.add(middleware: Authentication(env: env))
        for endpoint in Routes.all {
            router.on(RouterPath(endpoint.path), method: endpoint.method) { request, context in
                if let right = endpoint.right {
                    let actor = try context.requireActor()
                    guard actor.may(right) else { throw APIError.from(.forbidden(right: right, role: actor.role)) }
                }
                return try await endpoint.handle(request, context, env)
            }
        }
        pages.register(on: router, env: env)
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "kb"),
            // The session store runs as a service so that expired sessions are swept away.
            services: [sessions],
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }
}

/// One line per request: method, path (never the query, which may hold what was searched),
/// status, time and account. Never a password, token or cookie.
struct RequestLog: RouterMiddleware {
    typealias Context = KBContext

    func handle(_ request: Request, context: KBContext, next: (Request, KBContext) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let ms = (ContinuousClock.now - start).components
        let millis = Double(ms.seconds) * 1000 + Double(ms.attoseconds) / 1e15
        // Authentication notes the account and the client's address in the shared box.
        context.logger.info("\(request.method) \(request.uri.path) \(response.status.code) \(String(format: "%.1f", millis))ms \(context.notes.account ?? "-") \(context.notes.client)")
        return response
    }
}

extension HTTPField.Name {
    static let kbCSRF = HTTPField.Name("X-KB-CSRF")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}

/// Headers every answer carries: no framing, no sniffing, no referrer, a strict content
/// policy, and no caching of what an account was allowed to see.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = KBContext

    func handle(_ request: Request, context: KBContext, next: (Request, KBContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'" }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Who is asking: a bearer token, else the session cookie. A write made with the cookie must
/// carry the session's CSRF token; a session unused for the idle timeout has ended.
struct Authentication: RouterMiddleware {
    typealias Context = KBContext
    let env: ServerEnvironment

    func handle(_ request: Request, context: KBContext, next: (Request, KBContext) async throws -> Response) async throws -> Response {
        var context = context
        if env.configuration.behindProxy, context.peer == "127.0.0.1" || context.peer == "::1",
           let forwarded = request.headers[.xForwardedFor]?.split(separator: ",").last {
            context.client = forwarded.trimmingCharacters(in: .whitespaces)
            context.notes.client = context.client
        }
        if let auth = request.headers[.authorization] {
            guard auth.lowercased().hasPrefix("bearer ") else {
                throw APIError(.unauthorized, "the Authorization header takes a bearer token: Authorization: Bearer TOKEN")
            }
            let token = String(auth.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            guard let account = try await env.read({ store in try Accounts(store: store).authenticate(token: token) }) else {
                throw APIError(.unauthorized, "the token is unknown, revoked, or its account is disabled")
            }
            context.identity = account
            context.bearer = true
        } else if let session = context.sessions.session {
            let account = try await env.read { store in try Accounts(store: store).account(id: session.account) }
            let fresh = Date().timeIntervalSince1970 - session.started < Self.maxSessionAge
            if let account, !account.disabled, account.passwordChangedAt == session.since, fresh {
                context.identity = account
                // Each request keeps the session alive for another idle period.
                _ = context.sessions.updateSession(session, expiresIn: env.configuration.idleTimeout)
                // The API's writes carry the token in a header; a page's forms carry it as a field,
                // which the page's handler checks.
                if request.uri.path.hasPrefix("/api/"), ![.get, .head, .options].contains(request.method),
                   !Self.sameToken(request.headers[.kbCSRF], session.csrf), !Self.csrfExempt.contains(request.uri.path) {
                    throw APIError(.forbidden, "a write with the session cookie needs the session's CSRF token in the X-KB-CSRF header")
                }
            } else {
                context.sessions.clearSession()
            }
        }
        context.notes.account = context.identity?.name
        return try await next(request, context)
    }

    /// Logging in needs no token yet (a login form from another site cannot send JSON).
    static let csrfExempt: Set<String> = ["/api/v1/login"]

    /// No session lasts longer than this, however busy.
    static let maxSessionAge: Double = 12 * 3600

    /// The two tokens are equal, compared in time that does not depend on where they differ.
    static func sameToken(_ given: String?, _ expected: String) -> Bool {
        guard let given else { return false }
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
