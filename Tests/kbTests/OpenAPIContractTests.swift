import Foundation
import Testing

/// The live server checked against its own OpenAPI document by schemathesis (PyPI, installed by
/// `scripts/setup --deps`): generated requests, valid and invalid, for every route, as three
/// roles. It fails on a 500, a status or content type the document does not list, a response
/// that breaks its schema, invalid data accepted, or a wrong answer to an undeclared method
/// (not on a slow answer: timings are the benchmarks' business).
@Suite struct OpenAPIContractTests {
    /// The schemathesis executable installed beside the python3 on PATH.
    static func schemathesis() throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import sysconfig; print(sysconfig.get_path('scripts'))"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let dir = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return dir + "/schemathesis"
    }

    @Test func theLiveServerKeepsToItsOpenAPIDocument() async throws {
        let tool = try Self.schemathesis()
        #expect(FileManager.default.isExecutableFile(atPath: tool), "schemathesis is missing: run ./scripts/setup --deps")
        let scratch = try Scratch()
        try CorpusStore.copy(to: scratch.store)
        var tokens: [String: String] = [:]
        for role in ["admin", "supervisor", "trainer"] {
            #expect(try KB.addUser(role, role: role, password: "contract-test-password", store: scratch.store).status == 0)
            tokens[role] = try KB.run(["user", "token", role, "--store", scratch.store]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let (server, port) = try KB.serve(store: scratch.store)
        defer { server.terminate(); server.waitUntilExit() }
        #expect(port > 0)

        // One schemathesis run per role, side by side.
        var runs: [(String, Process, Pipe)] = []
        for (role, token) in tokens.sorted(by: { $0.key < $1.key }) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: tool)
            p.arguments = ["run", "http://127.0.0.1:\(port)/api/v1/openapi.json", "--header", "Authorization: Bearer \(token)",
                           // Not timings: the whole suite shares two cores, and speed is measured in the
                           // benchmarks (`--checks all` fails any answer over 10 s; the limit is raised out of the way).
                           "--checks", "all", "--exclude-checks", "positive_data_acceptance", "--max-response-time", "300", "--request-timeout", "300",
                           "--max-examples", "6", "--seed", "1", "--no-color"]
            let o = Pipe()
            p.standardOutput = o
            p.standardError = o
            try p.run()
            runs.append((role, p, o))
        }
        for (role, p, o) in runs {
            let text = String(decoding: o.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "schemathesis as \(role):\n\(text.suffix(4000))")
        }
    }
}
