import Foundation
import ArchiveIndex
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// What one ingest run measured, reported by the child process that ran it.
public struct IngestRun: Codable, Sendable {
    public var seconds: Double
    public var documents: Int
    public var peakRSSKB: Int
}

public enum ScaleBenchmark {
    /// This process's peak resident memory.
    public static func peakRSSKB() -> Int { ProcessUsage.peakMemoryKB() }

    /// kb's whole ingest pipeline over a folder, in this process.
    public static func ingestKB(folder: String, store: String) throws -> IngestRun {
        let started = Date()
        let s = try ArchiveStore.open(StoreLocation(root: URL(fileURLWithPath: store)), create: true)
        let report = try Ingestor(store: s).ingest([folder])
        if !report.failed.isEmpty { throw BenchError("\(report.failed.count) files failed, first: \(report.failed[0].path): \(report.failed[0].reason)") }
        return IngestRun(seconds: Date().timeIntervalSince(started), documents: report.added + report.updated + report.unchanged,
                         peakRSSKB: peakRSSKB())
    }

    /// The peer: the same files, decoded the same way (kb's decoder), into SQLite FTS5 with
    /// the trigram tokenizer, 1000 rows to a transaction.
    public static func ingestFTS5(folder: String, database: String) throws -> IngestRun {
        let started = Date()
        let fts = try FTS5System(path: database)
        var batch: [(source: String, text: String)] = []
        var n = 0
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        guard let e = FileManager.default.enumerator(atPath: base) else { throw BenchError("cannot read \(folder)") }
        for case let rel as String in e {
            guard rel.hasSuffix(".txt") || rel.hasSuffix(".md") else { continue }
            guard let data = FileManager.default.contents(atPath: base + "/" + rel) else { continue }
            let text = (try? TextDecoding.decode([UInt8](data)).text) ?? String(decoding: data, as: UTF8.self)
            batch.append((rel, text))
            n += 1
            if batch.count == 1000 { try fts.add(batch); batch.removeAll(keepingCapacity: true) }
        }
        try fts.add(batch)
        return IngestRun(seconds: Date().timeIntervalSince(started), documents: n, peakRSSKB: peakRSSKB())
    }

    /// Latencies of a system over queries: each query once to warm up, then `rounds` times.
    public static func latencies(_ system: SearchSystem, queries: [String], rounds: Int = 3) throws -> [Double] {
        for q in queries { _ = try system.top(q, k: 10) }
        var out: [Double] = []
        for _ in 0..<rounds {
            for q in queries {
                let t = DispatchTime.now().uptimeNanoseconds
                _ = try system.top(q, k: 10)
                out.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
        }
        return out
    }

    public static func percentile(_ xs: [Double], _ p: Double) -> Double {
        guard !xs.isEmpty else { return .nan }
        let s = xs.sorted()
        return s[min(s.count - 1, Int((p / 100 * Double(s.count - 1)).rounded()))]
    }

    /// The mixed query set: the judged queries' text (Chinese, traditional, pinyin, English
    /// with typos, serials, models, customers) plus, for every fifth, the same with a filter.
    public static func mixedQueries(_ judged: [JudgedQuery]) -> [String] {
        var out = judged.map(\.query)
        let filters = ["kind:repair", "date:2018..2023", "kind:equipment", "date:2020-01..2022-06"]
        for (i, q) in judged.enumerated() where i % 5 == 0 { out.append(q.query + " " + filters[(i / 5) % filters.count]) }
        return out
    }
}
