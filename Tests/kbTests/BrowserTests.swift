import Foundation
import Testing

/// kb's pages in real headless Chromium: `tests/browser/pages.py` (the engineer's, trainer's
/// and supervisor's daily pages) and `tests/browser/curation.py` (customers, link corrections,
/// slip holds and retention, the admin page), with selenium (installed by `scripts/setup
/// --deps`) against `kb serve` on the bundled archive, each on its own store and server.
/// Screenshots of every page they visit, and the brief printed to PDF, are kept in
/// `.build/screenshots/pages` and `.build/screenshots/curation`.
@Suite struct BrowserTests {
    @Test func thePagesWorkInARealBrowser() throws {
        try runScript("pages", accounts: ["engineer", "supervisor", "trainer", "trainer2"], minimumShots: 10)
    }

    @Test func theCurationPagesWorkInARealBrowser() throws {
        try runScript("curation", accounts: ["admin", "supervisor", "engineer"], minimumShots: 12)
    }

    func runScript(_ name: String, accounts names: [String], minimumShots: Int) throws {
        let scratch = try Scratch()
        try CorpusStore.copy(to: scratch.store)
        var accounts: [String] = []
        for (name, role) in [("admin", "admin"), ("engineer", "engineer"), ("supervisor", "supervisor"), ("trainer", "trainer"), ("trainer2", "trainer")] {
            let password = "browser-test-\(name)"
            #expect(try KB.addUser(name, role: role, password: password, store: scratch.store).status == 0)
            if names.contains(name) { accounts.append("\(name):\(password)") }
        }
        let (server, port) = try KB.serve(store: scratch.store)
        defer { server.terminate(); server.waitUntilExit() }
        #expect(port > 0)

        let shots = KB.root.appendingPathComponent(".build/screenshots/\(name)")
        try? FileManager.default.removeItem(at: shots)
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let script = KB.root.appendingPathComponent("tests/browser/\(name).py").path
        let r = try KB.runTool("python3", [script, "http://127.0.0.1:\(port)", shots.path] + accounts)
        #expect(r.status == 0, "the browser checks failed:\n\(r.err.suffix(3000))\n\(r.out.suffix(1000))")
        let taken = try FileManager.default.contentsOfDirectory(atPath: shots.path).filter { $0.hasSuffix(".png") }
        #expect(taken.count >= minimumShots, "screenshots: \(taken)")
    }
}

extension KB {
    /// Runs a tool from PATH and collects its output.
    static func runTool(_ tool: String, _ args: [String]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        nonisolated(unsafe) var errData = Data()
        let t = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        t.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while !t.isFinished { usleep(1000) }
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }
}
