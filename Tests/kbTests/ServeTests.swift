import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `kb user` and `kb serve` as an admin uses them: the real binary, a real port.
@Suite struct ServeTests {
    let scratch: Scratch

    init() throws {
        scratch = try Scratch()
        try CorpusStore.copy(to: scratch.store)
    }

    /// Runs `kb ARGS` with `input` on standard input.
    func run(_ args: [String], input: String) throws -> KB.Run {
        let p = Process()
        p.executableURL = KB.binary
        p.arguments = args
        let inPipe = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = inPipe
        p.standardOutput = out
        p.standardError = err
        try p.run()
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        try inPipe.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return KB.Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// Starts `kb serve --port 0`; returns the process, the port it printed and its log.
    func serve() throws -> (Process, Int, Pipe) {
        let log = Pipe()
        let (p, port) = try KB.serve(store: scratch.store, log: log)
        return (p, port, log)
    }

    func get(_ port: Int, _ path: String, token: String) async throws -> (Int, Data) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    @Test func serveRefusesToStartWithoutAnAdminAndSaysHowToMakeOne() throws {
        let r = try KB.run(["serve", "--port", "0", "--store", scratch.store])
        #expect(r.status == 1 && r.err.contains("kb user add NAME --role admin"))
    }

    @Test func accountsTokensAndAServerThatStopsCleanly() async throws {
        let add = try run(["user", "add", "wang.fang", "--role", "admin", "--password-stdin", "--store", scratch.store], input: "s3cret-pass-word\n")
        #expect(add.status == 0 && !add.out.contains("s3cret") && !add.err.contains("s3cret"), "\(add.err)")
        let short = try run(["user", "add", "li", "--role", "engineer", "--password-stdin", "--store", scratch.store], input: "short\n")
        #expect(short.status == 1 && short.err.contains("at least 10"))
        let list = try KB.json(["user", "list", "--store", scratch.store])
        let users = list["users"] as? [[String: Any]] ?? []
        #expect(users.count == 1 && users.first?["role"] as? String == "admin" && users.first?["passwordHash"] == nil)
        let tokenRun = try KB.run(["user", "token", "wang.fang", "--store", scratch.store])
        let token = tokenRun.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("kb_") && token.count > 40)

        let (server, port, err) = try serve()
        #expect(port > 0)
        let (status, body) = try await get(port, "/api/v1/stats", token: token)
        let stats = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        #expect(status == 200 && stats?["documents"] != nil)

        // A shell ingest while the server runs waits its turn, and the server sees its documents.
        let extra = scratch.url.appendingPathComponent("extra")
        try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
        try "维修单\n客户：某市第一人民医院检验科\n故障现象：振荡器异响 zyxwvutsrq\n".write(to: extra.appendingPathComponent("新维修单.txt"), atomically: true, encoding: .utf8)
        let ingest = try KB.run(["ingest", extra.path, "--store", scratch.store])
        #expect(ingest.status == 0, "\(ingest.err)")
        let (_, found) = try await get(port, "/api/v1/search?q=zyxwvutsrq", token: token)
        let search = try JSONSerialization.jsonObject(with: found) as? [String: Any]
        #expect(search?["total"] as? Int == 1)

        server.terminate()  // SIGTERM
        server.waitUntilExit()
        #expect(server.terminationStatus == 0)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("GET /api/v1/stats 200") && log.contains("wang.fang"))
        #expect(!log.contains(token) && !log.contains("zyxwvutsrq"), "the log holds no token and no query")

        let revoke = try KB.run(["user", "token", "wang.fang", "--revoke", "--store", scratch.store])
        #expect(revoke.status == 0)
        let audit = try KB.json(["audit", "list", "--store", scratch.store])
        let actions = (audit["entries"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
        #expect(actions.contains("account add") && actions.contains("token issue") && actions.contains("token revoke"))
    }
}
