import Foundation
import Testing

/// kb's pages in real headless Chromium: `tests/browser/pages.py` (selenium, installed by
/// `scripts/setup --deps`) against `kb serve` on the bundled archive. Screenshots of every page
/// it visits, and the brief printed to PDF, are kept in `.build/screenshots/`.
@Suite struct BrowserTests {
    @Test func thePagesWorkInARealBrowser() throws {
        let scratch = try Scratch()
        #expect(try KB.run(["ingest", KB.corpus, "--store", scratch.store]).status == 0)
        var accounts: [String] = []
        for (name, role) in [("admin", "admin"), ("engineer", "engineer"), ("supervisor", "supervisor")] {
            let password = "browser-test-\(name)"
            let add = Process()
            add.executableURL = KB.binary
            add.arguments = ["user", "add", name, "--role", role, "--password-stdin", "--store", scratch.store]
            let input = Pipe()
            add.standardInput = input
            add.standardOutput = Pipe()
            try add.run()
            input.fileHandleForWriting.write(Data((password + "\n").utf8))
            try input.fileHandleForWriting.close()
            add.waitUntilExit()
            #expect(add.terminationStatus == 0)
            if name != "admin" { accounts.append("\(name):\(password)") }
        }
        let server = Process()
        server.executableURL = KB.binary
        server.arguments = ["serve", "--port", "0", "--store", scratch.store]
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let port = String(decoding: line, as: UTF8.self).split(separator: ":").last.map { String($0.prefix { $0.isNumber }) } ?? ""
        #expect(!port.isEmpty)

        let shots = KB.root.appendingPathComponent(".build/screenshots")
        try? FileManager.default.removeItem(at: shots)
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let r = try KB.runTool("python3", [KB.root.appendingPathComponent("tests/browser/pages.py").path, "http://127.0.0.1:\(port)", shots.path] + accounts)
        #expect(r.status == 0, "the browser checks failed:\n\(r.err.suffix(3000))\n\(r.out.suffix(1000))")
        let taken = try FileManager.default.contentsOfDirectory(atPath: shots.path).filter { $0.hasSuffix(".png") }
        #expect(taken.count >= 10, "screenshots: \(taken)")
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
