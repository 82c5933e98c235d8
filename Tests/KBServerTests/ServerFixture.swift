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

    /// Runs body against a live server on a free loopback port.
    static func withServer(_ configuration: ServerConfiguration = configuration(), store: ArchiveStore? = nil,
                           _ body: @Sendable (any TestClientProtocol, ArchiveStore) async throws -> Void) async throws {
        let store = try await { if let store { return store }; return try await Self.store() }()
        var logger = Logger(label: "kb-test")
        logger.logLevel = .warning
        let app = try await KBServerApp.make(store: store, configuration: configuration, logger: logger)
        try await app.test(.live) { client in try await body(client, store) }
        try? FileManager.default.removeItem(at: store.location.root)
    }

    static func bearer(_ role: Role) -> HTTPFields { bearer(role.rawValue) }

    static func bearer(_ account: String) -> HTTPFields {
        [.authorization: "Bearer \(tokens.byName[account] ?? "")", .contentType: "application/json"]
    }

    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    static func body(_ object: Any) -> ByteBuffer {
        ByteBuffer(bytes: (try? JSONSerialization.data(withJSONObject: object)) ?? Data())
    }

    static func errorMessage(_ response: TestResponse) -> String {
        ((json(response)["error"] as? [String: Any])?["message"] as? String) ?? ""
    }
}

extension StoreLocation {
    init(root: URL) { self = StoreLocation.resolve(root.path) }
}
