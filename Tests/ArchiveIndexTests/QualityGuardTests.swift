import ArchiveBench
import Foundation
import Testing
@testable import ArchiveIndex

/// Guards search quality on the judged queries over the bundled corpus (bench/quality):
/// every category at the target recall@10 (0.95) and above its MRR@10 target, and the
/// overall figures of docs/BENCHMARKS.md less a small margin.
@Suite struct QualityGuardTests {
    @Test func judgedCorpusQueriesStayAboveTheirFloor() throws {
        let dir = try TempDir("QualityGuard")
        let store = try TestArchive(corpusIn: dir).store
        let queries = try JudgedQuery.load(Repo.root.appendingPathComponent("bench/quality/corpus-queries.jsonl"))
        #expect(queries.count >= 130)
        let report = try QualityBenchmark.evaluate(queries, systems: [try KBSystem(store: store)])
        for category in report.categories {
            let c = report.cell(category, "kb")
            #expect(c.recall >= 0.95, "\(category): recall@10 \(c.recall)")
            #expect(c.mrr >= 0.90, "\(category): MRR@10 \(c.mrr)")
        }
        let all = report.overall("kb")
        #expect(all.recall >= 0.98 && all.mrr >= 0.98 && all.ndcg >= 0.94, "overall \(all)")
    }

    @Test func metricsFollowTheirDefinitions() {
        let gains = ["a": 2, "b": 1, "c": 2]
        #expect(Metrics.recall(["x", "a", "b"], gains) == 2.0 / 3.0)
        #expect(Metrics.reciprocalRank(["x", "y", "b"], gains) == 1.0 / 3.0)
        #expect(Metrics.reciprocalRank(["x"], gains) == 0)
        #expect(abs(Metrics.ndcg(["a", "c", "b"], gains) - 1) < 1e-9)
        #expect(Metrics.ndcg(["b", "a", "c"], gains) < 1)
        // Capped recall: 12 relevant, 10 of them in the top 10.
        let many = Dictionary(uniqueKeysWithValues: (0..<12).map { ("d\($0)", 1) })
        #expect(Metrics.recall((0..<10).map { "d\($0)" }, many) == 1)
    }
}
