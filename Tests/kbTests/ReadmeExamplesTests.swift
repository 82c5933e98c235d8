import Foundation
import Testing

/// Every shell example of README.md, run in order on a fresh archive set up as `scripts/setup`
/// sets it up, from a folder of its own holding `bin/kb` and `corpus/`, as a newcomer would.
///
/// What the README says is what is checked:
/// - every line of a ```sh block runs (the blocks after `<!-- not run by the README test -->`
///   are left out: setup itself, and the benchmarks), and exits 0 unless its comment says
///   `(exits N)`;
/// - `→ "TEXT"` in a comment: the output (standard output and error) contains TEXT;
/// - `→ first #N`: the first hit listed is document #N;
/// - a block whose first line is `$ bin/kb …` is output: every line of it without `…` is in
///   what the command prints;
/// - a block after "save this one as `NAME`" is written to NAME before the examples run;
/// - `bin/kb serve` starts in the background on a free port, which replaces 8080 after it.
@Suite struct ReadmeExamplesTests {
    struct Example {
        let line: Int
        let command: String
        let expectedStatus: Int32
        let contains: [String]
        let firstHit: Int?
    }

    struct OutputSample {
        let line: Int
        let command: String
        let lines: [String]
    }

    struct Readme {
        var examples: [Example] = []
        var samples: [OutputSample] = []
        var files: [String: String] = [:]
    }

    static func parse(_ text: String) -> Readme {
        var readme = Readme()
        let lines = text.components(separatedBy: "\n")
        var i = 0
        var skipNext = false
        var saveAs: String?
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("<!-- not run by the README test") { skipNext = true }
            if let r = line.range(of: "save this one as `") {
                saveAs = String(line[r.upperBound...].prefix { $0 != "`" })
            }
            guard line.hasPrefix("```") else { i += 1; continue }
            let language = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
            var body: [(Int, String)] = []
            i += 1
            while i < lines.count, !lines[i].hasPrefix("```") { body.append((i + 1, lines[i])); i += 1 }
            i += 1
            defer { skipNext = false }
            if let name = saveAs {
                readme.files[name] = body.map(\.1).joined(separator: "\n") + "\n"
                saveAs = nil
                continue
            }
            if skipNext { continue }
            if language == "sh" {
                for (n, l) in body where !l.trimmingCharacters(in: .whitespaces).isEmpty && !l.hasPrefix("#") {
                    readme.examples.append(example(l, line: n))
                }
            } else if let first = body.first, first.1.hasPrefix("$ bin/kb ") {
                readme.samples.append(OutputSample(line: first.0, command: String(first.1.dropFirst(2)),
                                                   lines: body.dropFirst().map(\.1).filter { !$0.contains("…") && !$0.isEmpty }))
            }
        }
        return readme
    }

    /// A README line: the command before its comment, and what the comment promises.
    static func example(_ text: String, line: Int) -> Example {
        var command = text
        var comment = ""
        var quote: Character?
        for (k, ch) in zip(text.indices, text) {
            if let q = quote { if ch == q { quote = nil }; continue }
            if ch == "\"" || ch == "'" { quote = ch; continue }
            if ch == "#", k > text.startIndex, text[text.index(before: k)] == " " {
                command = String(text[..<k]).trimmingCharacters(in: .whitespaces)
                comment = String(text[text.index(after: k)...])
                break
            }
        }
        var contains: [String] = []
        var firstHit: Int?
        if let arrow = comment.range(of: "→ ") {
            let claim = comment[arrow.upperBound...]
            if claim.hasPrefix("\""), let end = claim.dropFirst().firstIndex(of: "\"") {
                contains.append(String(claim[claim.index(after: claim.startIndex)..<end]))
            } else if claim.hasPrefix("first #") {
                firstHit = Int(claim.dropFirst(7).prefix { $0.isNumber })
            }
        }
        var status: Int32 = 0
        if let r = comment.range(of: "(exits ") { status = Int32(comment[r.upperBound...].prefix { $0.isNumber }) ?? 1 }
        return Example(line: line, command: command, expectedStatus: status, contains: contains, firstHit: firstHit)
    }

    /// The lines of `scripts/setup` that run kb: what a fresh archive is made of.
    static func setupCommands() throws -> [String] {
        try String(contentsOf: KB.root.appendingPathComponent("scripts/setup"), encoding: .utf8)
            .components(separatedBy: "\n").filter { $0.hasPrefix("bin/kb ") }
    }

    @Test func readmeParsesIntoExamplesWithClaims() throws {
        let readme = Self.parse(try String(contentsOf: KB.root.appendingPathComponent("README.md"), encoding: .utf8))
        #expect(readme.examples.count >= 50)
        #expect(readme.examples.filter { !$0.contains.isEmpty || $0.firstHit != nil }.count >= 30)
        #expect(readme.files["carbon-brush.md"]?.hasPrefix("---\ntitle:") == true)
        #expect(!readme.samples.isEmpty)
        #expect(!readme.examples.contains { $0.command.hasPrefix("./scripts/") || $0.command.contains("kb-bench") })
        let e = Self.example(#"bin/kb search "a # b" --x   # → "Pinyin read as 离心机" (exits 2)"#, line: 1)
        #expect(e.command == #"bin/kb search "a # b" --x"# && e.contains == ["Pinyin read as 离心机"] && e.expectedStatus == 2)
    }

    @Test func everyReadmeExampleDoesWhatTheReadmeSays() throws {
        let readme = Self.parse(try String(contentsOf: KB.root.appendingPathComponent("README.md"), encoding: .utf8))
        let scratch = try Scratch()
        let work = scratch.url
        let fm = FileManager.default
        try fm.createDirectory(at: work.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: work.appendingPathComponent("bin/kb"), withDestinationURL: KB.binary)
        try fm.createSymbolicLink(at: work.appendingPathComponent("corpus"), withDestinationURL: KB.root.appendingPathComponent("corpus"))
        for (name, text) in readme.files { try text.write(to: work.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        // Accounts ask for a password; on a pipe they read one line.
        try "readme-example-password\n".write(to: work.appendingPathComponent(".password"), atomically: true, encoding: .utf8)

        // One shell runs it all, so `TOKEN=$(…)` carries to the next line, as in a terminal.
        var script = "cd \(quoted(work.path))\nunset KB_STORE\nPORT=8080\n"
        for (n, c) in try Self.setupCommands().enumerated() {
            script += "{ \(c) ; } > setup.\(n).out 2>&1 < /dev/null || { echo \"setup failed: \(c)\"; cat setup.\(n).out; exit 3; }\n"
        }
        enum Step { case example(Example), sample(OutputSample) }
        let steps: [Step] = (readme.examples.map { Step.example($0) } + readme.samples.map { Step.sample($0) }).sorted {
            func line(_ s: Step) -> Int { switch s { case .example(let e): e.line; case .sample(let s): s.line } }
            return line($0) < line($1)
        }
        for (k, step) in steps.enumerated() {
            switch step {
            case .example(let e) where e.command.hasPrefix("bin/kb serve"):
                script += """
                    bin/kb serve --port 0 > serve.out 2> serve.log < /dev/null & SERVER=$!
                    for n in $(seq 300); do grep -q 127.0.0.1 serve.out 2>/dev/null && break; sleep 0.1; done
                    PORT=$(head -1 serve.out | sed -n 's|.*http://127.0.0.1:\\([0-9]*\\)/.*|\\1|p'); echo 0 > \(k).rc; cp serve.out \(k).out

                    """
            case .example(let e):
                let command = e.command.replacingOccurrences(of: "127.0.0.1:8080", with: "127.0.0.1:$PORT")
                script += "{ \(command) ; } > \(k).out 2>&1 < .password; echo $? > \(k).rc\n"
            case .sample(let s):
                script += "{ \(s.command) ; } > \(k).out 2>&1 < /dev/null; echo $? > \(k).rc\n"
            }
        }
        script += "[ -n \"${SERVER:-}\" ] && kill $SERVER; wait\nexit 0\n"
        try script.write(to: work.appendingPathComponent("examples.sh"), atomically: true, encoding: .utf8)

        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = [work.appendingPathComponent("examples.sh").path]
        let out = Pipe()
        bash.standardOutput = out
        bash.standardError = out
        try bash.run()
        let setupOutput = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        bash.waitUntilExit()
        try #require(bash.terminationStatus == 0, "setting up as scripts/setup does failed:\n\(setupOutput)")

        for (k, step) in steps.enumerated() {
            let output = (try? String(contentsOf: work.appendingPathComponent("\(k).out"), encoding: .utf8)) ?? ""
            let status = Int32(((try? String(contentsOf: work.appendingPathComponent("\(k).rc"), encoding: .utf8)) ?? "")
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            let shown = output.count > 1500 ? String(output.prefix(1500)) + "…" : output
            switch step {
            case .example(let e):
                let place = "README.md:\(e.line): \(e.command)"
                #expect(status == e.expectedStatus, "\(place)\nexit status \(status), the README says \(e.expectedStatus)\n\(shown)")
                for text in e.contains {
                    #expect(output.contains(text), "\(place)\nthe README says it prints \"\(text)\"; it printed:\n\(shown)")
                }
                if let first = e.firstHit {
                    let hit = output.components(separatedBy: "\n").first { $0.hasPrefix(" 1. ") }
                    #expect(hit?.hasSuffix("#\(first)") == true, "\(place)\nthe README says the first hit is #\(first); it is: \(hit ?? "none")")
                }
            case .sample(let s):
                #expect(status == 0, "README.md:\(s.line): \(s.command)\nexit status \(status)\n\(shown)")
                let printed = Set(output.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
                for l in s.lines where !printed.contains(l.trimmingCharacters(in: .whitespaces)) {
                    #expect(Bool(false), "README.md:\(s.line): \(s.command)\nthe README shows the line\n\(l)\nwhich it does not print:\n\(shown)")
                }
            }
        }
    }

    private func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
