import ArchiveIndex
import ArgumentParser
import Foundation
import KBServer
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the archive to many people at once, each under their own account (JSON API under /api/v1).",
        discussion: """
            Needs an admin account first:  kb user add NAME --role admin
            Stops cleanly on Ctrl-C or SIGTERM. Put nginx in front of it for TLS (see the README).
            """)

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port (0: any free one, printed when listening).") var port = 8080
    @Option(name: .customLong("max-upload"), help: "The largest slip upload, in megabytes.") var maxUpload: Double = 50
    @Option(name: .customLong("idle-minutes"), help: "A session ends after this many minutes without a request.") var idleMinutes = 30
    @Flag(name: .customLong("behind-proxy"), help: "kb is behind a TLS proxy on this machine: Secure cookies, client addresses from X-Forwarded-For.")
    var behindProxy = false
    @Option(name: .customLong("ingest-root"), help: "A folder admins may ingest from through the API (POST /api/v1/ingest).") var ingestRoot: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard maxUpload > 0 else { throw ValidationError("--max-upload must be a positive number of megabytes") }
        guard idleMinutes > 0 else { throw ValidationError("--idle-minutes must be positive") }
    }

    func run() async throws {
        let location = StoreLocation.resolve(storeOptions.store ?? parent.storeOptions.store)
        let store: ArchiveStore
        do {
            store = try ArchiveStore.open(location, create: false)
            for w in store.warnings { Terminal.error("warning: \(w)") }
            try KBServerApp.checkReady(store)
            // What an interrupted command left is done before the first request, not inside it.
            let lock = try StoreWriteLock(location, wait: 300, waiting: { Terminal.error("waiting for another kb writing to \(location.root.path)…") })
            try store.completePendingWork { pending in Terminal.error("completing what an interrupted command left: \(pending.summary)…") }
            withExtendedLifetime(lock) {}
        } catch let e as KBError {
            Terminal.error(e.description)
            throw ExitCode(1)
        }
        var config = ServerConfiguration()
        config.host = host
        config.port = port
        config.maxUpload = Int(maxUpload * 1_048_576)
        config.idleTimeout = .seconds(idleMinutes * 60)
        config.secureCookies = behindProxy
        config.behindProxy = behindProxy
        config.ingestRoot = ingestRoot.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        var logger = Logger(label: "kb")
        logger.logLevel = .info
        let app = try await KBServerApp.make(store: store, configuration: config, logger: logger) { port in
            FileHandle.standardOutput.write(Data("kb serves \(location.root.path) on http://\(host):\(port)/  (Ctrl-C stops it)\n".utf8))
        }
        try await app.runService()
    }
}
