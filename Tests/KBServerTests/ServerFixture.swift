import ArchiveIndex
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
@testable import KBServer

/// A store of the bundled corpus with one account per role, each with an API token, built
/// once and copied into a folder of each test's own.
enum ServerFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let password = "correct horse battery"

    /// API tokens by account name (each role's name is its account: engineer, trainer, …).
    struct Tokens: Sendable { let byName: [String: String] }

    /// The template store and its tokens, made once, off the test runner's threads (a blocking
    /// static initialiser would hold every other test of the process until it is done).
    private actor Template {
        var made: Task<(URL, Tokens), Error>?
        func get() async throws -> (URL, Tokens) {
            if let made { return try await made.value }
            let task = Task { try await withCheckedThrowingContinuation { c in
                DispatchQueue.global().async { c.resume(with: Result { try ServerFixture.build() }) }
            } }
            made = task
            return try await task.value
        }
    }
    private static let template = Template()

    private static func build() throws -> (URL, Tokens) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-server-template-\(getpid())-\(UUID().uuidString)")
        let store = try ArchiveStore.open(StoreLocation(root: url), create: true)
        _ = try Ingestor(store: store).ingest([root.appendingPathComponent("corpus/archive").path])
        let accounts = Accounts(store: store)
        let shell = Actor.shell("setup")
        var tokens: [String: String] = [:]
        for (name, role) in Role.allCases.map({ ($0.rawValue, $0) }) + [("trainer2", .trainer)] {
            try accounts.add(name: name, role: role, password: password, by: shell)
            tokens[name] = try accounts.issueToken(name, by: shell)
        }
        return (url, Tokens(byName: tokens))
    }

    /// Each role's token, once the template exists (`withServer` makes sure it does).
    nonisolated(unsafe) static var tokens = Tokens(byName: [:])

    /// A copy of the template store in a folder of its own.
    static func store() async throws -> ArchiveStore {
        let (url, made) = try await template.get()
        tokens = made
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("kb-server-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: url, to: copy)
        return try ArchiveStore.open(StoreLocation(root: copy), create: false)
    }

    static func configuration(_ change: (inout ServerConfiguration) -> Void = { _ in }) -> ServerConfiguration {
        var c = ServerConfiguration()
        c.port = 0
        c.throttle.delay = .milliseconds(10)
        c.throttle.maxDelay = .milliseconds(40)
        change(&c)
        return c
    }

    /// Runs body against a live server on a free loopback port, with a client that waits up
    /// to two minutes for an answer: the whole suite runs in one process on two cores, and
    /// tests that block its threads (OCR, ingest) can hold a request up for a while.
    static func withServer(_ configuration: ServerConfiguration = configuration(), store: ArchiveStore? = nil,
                           _ body: @Sendable (LiveClient, ArchiveStore) async throws -> Void) async throws {
        let store = try await { if let store { return store }; return try await Self.store() }()
        var logger = Logger(label: "kb-test")
        logger.logLevel = .warning
        let (ports, portsIn) = AsyncStream<Int>.makeStream()
        let app = try await KBServerApp.make(store: store, configuration: configuration, logger: logger) { portsIn.yield($0) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var next = ports.makeAsyncIterator()
            guard let port = await next.next() else { throw CancellationError() }
            let client = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(120)), eventLoopGroupProvider: .createNew)
            client.connect()
            do {
                try await body(LiveClient(port: port, client: client), store)
            } catch {
                try? await client.shutdown()
                group.cancelAll()
                throw error
            }
            try await client.shutdown()
            group.cancelAll()
        }
        try? FileManager.default.removeItem(at: store.location.root)
    }

    /// A new client of the server on `port`, for tests that send from several at once.
    static func client(_ port: Int) -> TestClient {
        let c = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(120)), eventLoopGroupProvider: .createNew)
        c.connect()
        return c
    }

    static func bearer(_ role: Role) -> HTTPFields { bearer(role.rawValue) }

    static func bearer(_ account: String) -> HTTPFields {
        [.authorization: "Bearer \(tokens.byName[account] ?? "")", .contentType: "application/json"]
    }

    static func json(_ response: Answer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    static func body(_ object: Any) -> ByteBuffer {
        ByteBuffer(bytes: (try? JSONSerialization.data(withJSONObject: object)) ?? Data())
    }

    static func errorMessage(_ response: Answer) -> String {
        ((json(response)["error"] as? [String: Any])?["message"] as? String) ?? ""
    }
}

extension StoreLocation {
    init(root: URL) { self = StoreLocation.resolve(root.path) }
}

/// An answer of the server, as the tests read it.
struct Answer: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer
}

/// One keep-alive connection to a test's server.
struct LiveClient: Sendable {
    let port: Int?
    let client: TestClient

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> Answer {
        let r = try await client.execute(.init(uri, method: method, headers: headers, body: body))
        return Answer(status: r.status, headers: r.headers, body: r.body ?? ByteBuffer())
    }
}
