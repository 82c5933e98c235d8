import ArchiveIndex
import Foundation
import Hummingbird
import NIOPosix

/// One route of the API: what it is, the right it needs, what it takes, and its handler.
/// The router and the OpenAPI document are both made from the one list of these, so the
/// document cannot describe a route that does not exist or miss one that does.
struct Endpoint: Sendable {
    enum Body: Sendable {
        case none
        case json([Param])
        case multipart([Param])
    }

    let method: HTTPRequest.Method
    let path: String
    /// The right the route needs; nil for the few that anyone may call (login, the document).
    let right: Right?
    let summary: String
    var query: [Param] = []
    var body: Body = .none
    /// What a success returns, when not a JSON object: the media types of the bytes.
    var returnsBytes: [String] = []
    let handle: @Sendable (Request, KBContext, ServerEnvironment) async throws -> Response

    /// Path parameters, in the order the path names them.
    var pathParameters: [String] {
        path.split(separator: "/").compactMap { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? String(part.dropFirst().dropLast()) : nil
        }
    }
}

/// What every handler shares: the store, its one writer, the pooled searchers, the accounts
/// and the server's settings.
public final class ServerEnvironment: Sendable {
    public let store: ArchiveStore
    public let configuration: ServerConfiguration
    let writer: ArchiveWriter
    let searchers: SearcherPool
    /// What briefs compute from the whole archive, kept until the store changes.
    let briefs: BriefCache
    let throttle: LoginThrottle
    let ingestJobs = IngestJobs()

    init(store: ArchiveStore, configuration: ServerConfiguration) {
        self.store = store
        self.configuration = configuration
        writer = ArchiveWriter(store: store, lockWait: configuration.lockWait)
        searchers = SearcherPool(store: store)
        briefs = BriefCache(store: store)
        briefs.warm()
        throttle = LoginThrottle(configuration.throttle)
    }

    /// Runs a read on a thread of the pool (SQLite and Xapian block), never on the event loop.
    func read<T: Sendable>(_ body: @escaping @Sendable (ArchiveStore) throws -> T) async throws -> T {
        try await Self.readPool.runIfActive { [store] in try body(store) }
    }

    /// A search on a pooled searcher, on a thread of the search pool; `long` work that also
    /// searches (a brief: many searches and reads) runs on the read threads instead, so that
    /// it does not hold up the searches.
    func search<T: Sendable>(long: Bool = false, _ body: @escaping @Sendable (Searcher) throws -> T) async throws -> T {
        try await (long ? Self.readPool : Self.searchPool).runIfActive { [searchers] in try searchers.with(body) }
    }

    /// Runs a password check (bcrypt) on a thread of its own, so a flood of logins cannot
    /// hold up searches.
    func checkPassword<T: Sendable>(_ body: @escaping @Sendable (ArchiveStore) throws -> T) async throws -> T {
        try await Self.passwordPool.runIfActive { [store] in try body(store) }
    }

    /// Threads for reads (SQLite and Xapian block): more than the cores, so that one slow
    /// brief does not hold up every other reader.
    static let readPool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(8, 2 * ProcessInfo.processInfo.activeProcessorCount))
        pool.start()
        return pool
    }()

    /// Threads for searches: as many as the cores, the rest wait their turn in order. A search
    /// is all CPU (Xapian's matching, snippets, SQLite pages already cached); with more
    /// threads than cores every search in flight shares the cores and a long one is slowed by
    /// all the others: measured with 16 clients on 2 cores, p95 was 1.57× the median on the
    /// 8 read threads and 1.3× on 2 search threads, which served a fifth more requests
    /// (BENCHMARKS, The server under load). Briefs and other reads keep their own threads.
    static let searchPool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(2, ProcessInfo.processInfo.activeProcessorCount))
        pool.start()
        return pool
    }()

    static let passwordPool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        return pool
    }()

    enum LoginOutcome {
        case loggedIn(Account, csrf: String)
        case wrong
        case refused(retryAfterSeconds: Int)
        case malformedName
    }

    /// One login, for the API and the login page alike: the name checked, the throttle asked
    /// (and told), the password checked on its own thread, the attempt audited, and on success
    /// a session begun with a new CSRF token.
    func login(name: String, password: String, context: KBContext) async throws -> LoginOutcome {
        guard (1...64).contains(name.count), !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return .malformedName
        }
        switch await throttle.begin(name: name, address: context.client) {
        case .refuse(let seconds): return .refused(retryAfterSeconds: seconds)
        case .busy: return .refused(retryAfterSeconds: 1)
        case .wait(let d): try? await Task.sleep(for: d)
        case .go: break
        }
        let account: Account?
        do {
            account = try await checkPassword { try Accounts(store: $0).authenticate(name: name, password: password) }
        } catch {
            await throttle.finish(name: name, address: context.client, succeeded: false)
            throw error
        }
        await throttle.finish(name: name, address: context.client, succeeded: account != nil)
        try await write { try Accounts(store: $0.store).recordLogin(name: account?.name ?? name, address: context.client, succeeded: account != nil) }
        guard let account else { return .wrong }
        let csrf = Token.random()
        context.sessions.createSession(SessionInfo(account: account.id, csrf: csrf, since: account.passwordChangedAt,
                                                   started: Date().timeIntervalSince1970), expiresIn: configuration.idleTimeout)
        return .loggedIn(account, csrf: csrf)
    }

    /// Uploads being read at once; more wait their turn.
    let uploads = AsyncGate(2)

    /// Runs a write through the one writer, after every write queued before it.
    func write<T: Sendable>(completing: Bool = true, _ body: @escaping @Sendable (ArchiveService) throws -> T) async throws -> T {
        try await writer.write(completing: completing) { try body(ArchiveService(store: $0)) }
    }
}

/// At most `limit` holders at once; the rest wait, in order.
actor AsyncGate {
    private let limit: Int
    private var holders = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ limit: Int) { self.limit = limit }

    func enter() async {
        if holders < limit { holders += 1; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty { holders -= 1 } else { waiting.removeFirst().resume() }
    }

    func with<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await enter()
        do {
            let value = try await body()
            leave()
            return value
        } catch {
            leave()
            throw error
        }
    }
}
