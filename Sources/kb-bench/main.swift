import ArchiveBench
import ArchiveIndex
import ArgumentParser
import Foundation

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb-bench",
        abstract: "Benchmarks for kb: search quality against peers, and speed at scale.",
        subcommands: [Quality.self])
}

/// The repository root, from this file's place in it (the benchmark runs from a checkout).
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct Quality: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recall@10, MRR@10 and nDCG@10 per category for kb, SQLite FTS5 (trigram) and plain Xapian.")

    @Option(help: "Documents in the generated corpus (0 to skip it).")
    var generated = 3000

    @Option(help: "Seed of the generated corpus.")
    var seed = 1

    @Option(help: "Work folder (kept); default: a new temporary folder, removed at the end.")
    var work: String?

    @Flag(help: "List the queries kb did not answer perfectly.")
    var misses = false

    func run() throws {
        let fm = FileManager.default
        let workURL = work.map { URL(fileURLWithPath: $0) } ?? fm.temporaryDirectory.appendingPathComponent("kb-bench-\(UUID().uuidString)")
        defer { if work == nil { try? fm.removeItem(at: workURL) } }
        var sets: [(title: String, folder: URL, queries: URL)] = [
            ("bundled corpus (corpus/archive)", repoRoot.appendingPathComponent("corpus/archive"),
             repoRoot.appendingPathComponent("bench/quality/corpus-queries.jsonl")),
        ]
        if generated > 0 {
            let out = workURL.appendingPathComponent("generated")
            try Generator.run(docs: generated, seed: seed, queries: true, out: out)
            sets.append(("generated corpus (\(generated) documents, seed \(seed))", out.appendingPathComponent("docs"),
                         out.appendingPathComponent("queries.jsonl")))
        }
        for (i, set) in sets.enumerated() {
            let queries = try JudgedQuery.load(set.queries)
            let started = Date()
            let systems = try QualityBenchmark.systems(for: set.folder, work: workURL.appendingPathComponent("set\(i)"))
            let report = try QualityBenchmark.evaluate(queries, systems: systems)
            print(report.markdown(title: "\(set.title): \(queries.count) queries"))
            print(String(format: "(%.0f s)\n", Date().timeIntervalSince(started)))
            if misses {
                for m in report.misses { print(String(format: "  miss %@  R=%.2f RR=%.2f  %@", m.id, m.recall, m.rr, m.query)) }
                print("")
            }
        }
    }
}

/// Runs the deterministic document generator (tools/scalegen, Python 3).
enum Generator {
    static func run(docs: Int, seed: Int, queries: Bool, out: URL) throws {
        let script = repoRoot.appendingPathComponent("tools/scalegen/scalegen.py").path
        var args = [script, "--docs", String(docs), "--seed", String(seed), "--out", out.path]
        if queries { args.append("--queries") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + args
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchError("the generator failed (python3 \(args.joined(separator: " ")))") }
    }
}
