import Foundation
import ArchiveIndex
import GRDB

/// A query with judged documents: gain 2 = exactly what was asked, 1 = partly; unlisted = 0.
/// Document keys are kb's document sources (path below the ingested folder, `#row=N` for
/// ledger rows).
public struct JudgedQuery: Codable, Sendable {
    public let id: String
    public let category: String
    public let query: String
    public let relevant: [String: Int]

    public init(id: String, category: String, query: String, relevant: [String: Int]) {
        self.id = id
        self.category = category
        self.query = query
        self.relevant = relevant
    }

    /// One query per line (JSON Lines); errors name the file and line.
    public static func load(_ url: URL) throws -> [JudgedQuery] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [JudgedQuery] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do { out.append(try JSONDecoder().decode(JudgedQuery.self, from: Data(line.utf8))) } catch {
                throw BenchError("\(url.path):\(n + 1): not a judged query: \(error)")
            }
        }
        return out
    }
}

public struct BenchError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}

/// The three measures at a cut-off of 10.
public enum Metrics {
    /// Relevant documents in the top k, over the relevant ones that could fit (at most k):
    /// a query with 30 relevant documents scores 1 when its top 10 are all relevant.
    public static func recall(_ ranked: [String], _ gains: [String: Int], k: Int = 10) -> Double {
        let relevant = gains.values.filter { $0 > 0 }.count
        guard relevant > 0 else { return 0 }
        let found = ranked.prefix(k).filter { (gains[$0] ?? 0) > 0 }.count
        return Double(found) / Double(min(relevant, k))
    }

    /// 1 / the rank of the first relevant document in the top k, else 0.
    public static func reciprocalRank(_ ranked: [String], _ gains: [String: Int], k: Int = 10) -> Double {
        for (i, d) in ranked.prefix(k).enumerated() where (gains[d] ?? 0) > 0 { return 1 / Double(i + 1) }
        return 0
    }

    /// Normalised discounted cumulative gain with graded gains (2^g − 1) / log2(rank + 1).
    public static func ndcg(_ ranked: [String], _ gains: [String: Int], k: Int = 10) -> Double {
        func dcg(_ g: [Int]) -> Double {
            g.prefix(k).enumerated().reduce(0) { $0 + (pow(2, Double($1.element)) - 1) / log2(Double($1.offset + 2)) }
        }
        let ideal = dcg(gains.values.filter { $0 > 0 }.sorted(by: >))
        guard ideal > 0 else { return 0 }
        return dcg(ranked.prefix(k).map { gains[$0] ?? 0 }) / ideal
    }
}

/// Something that answers a query with a ranked list of document sources.
public protocol SearchSystem {
    var name: String { get }
    func top(_ query: String, k: Int) throws -> [String]
}

/// kb itself, through its public search API.
public final class KBSystem: SearchSystem {
    public let name: String
    let searcher: Searcher
    let crossLanguage: Bool

    /// With `crossLanguage` false, kb searching each language alone (what translation brings).
    public init(store: ArchiveStore, crossLanguage: Bool = true) throws {
        searcher = try Searcher(store: store)
        self.crossLanguage = crossLanguage
        name = crossLanguage ? "kb" : "kb-one-language"
    }

    public func top(_ query: String, k: Int) throws -> [String] {
        var r = SearchRequest(text: query)
        r.limit = k
        r.crossLanguage = crossLanguage
        do { return try searcher.search(r).hits.map(\.source) } catch KBError.badQuery { return [] }
    }
}

/// The peer: SQLite FTS5 with the trigram tokenizer, one row per document, ranked by bm25.
/// The query's white-space separated words are OR'ed, each as a quoted string (trigram
/// matching needs 3 or more characters, so shorter words match nothing).
public final class FTS5System: SearchSystem {
    public let name = "fts5-trigram"
    let db: DatabaseQueue

    public init(path: String) throws {
        db = try DatabaseQueue(path: path)
        try db.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS doc USING fts5(source UNINDEXED, body, tokenize = 'trigram')")
        }
    }

    /// Adds documents in one transaction.
    public func add(_ docs: [(source: String, text: String)]) throws {
        try db.write { db in
            let st = try db.makeStatement(sql: "INSERT INTO doc (source, body) VALUES (?, ?)")
            for d in docs { try st.execute(arguments: [d.source, d.text]) }
        }
    }

    public static func matchExpression(_ query: String) -> String? {
        let words = query.split(whereSeparator: \.isWhitespace).map { String($0) }.filter { $0.count >= 3 }
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ")
    }

    public func top(_ query: String, k: Int) throws -> [String] {
        guard let match = Self.matchExpression(query) else { return [] }
        return try db.read { db in
            try String.fetchAll(db, sql: "SELECT source FROM doc WHERE doc MATCH ? ORDER BY bm25(doc) LIMIT ?", arguments: [match, k])
        }
    }
}

/// Plain Xapian: TermGenerator with CJK n-grams and English stems over the text as written
/// (no folding), Xapian's QueryParser (FLAG_CJK_NGRAM, spelling correction) over the query
/// as typed; the corrected query is run when the first finds nothing. A parse error (Xapian
/// 1.4.22 throws on some mixed queries) counts as no results.
public final class PlainXapianSystem: SearchSystem {
    public let name = "xapian-plain"
    let path: String
    var reader: XapianDatabase?
    var sources: [UInt32: String] = [:]

    public init(path: String) { self.path = path }

    public func build(_ docs: [(source: String, text: String)]) throws {
        let db = try XapianDatabase.openWritable(at: path)
        let indexer = try XapianIndexer()
        var spelling: [String: UInt32] = [:]
        for (i, d) in docs.enumerated() {
            let x = try XapianDocument()
            try x.setData(d.source)
            indexer.start(x)
            try indexer.index(d.text)
            try db.replace(docid: UInt32(i + 1), with: x)
            sources[UInt32(i + 1)] = d.source
            for w in d.text.lowercased().split(whereSeparator: { !($0.isASCII && $0.isLetter) }) where w.count >= 3 {
                spelling[String(w), default: 0] += 1
            }
        }
        for (w, n) in spelling { try db.addSpelling(w, frequency: n) }
        try db.commit()
        reader = try XapianDatabase.openReadOnly(shards: [path])
    }

    public func top(_ query: String, k: Int) throws -> [String] {
        guard let reader else { return [] }
        do {
            let (q, corrected) = try reader.parse(query, spelling: true)
            var mset = try reader.search(q, limit: k)
            if mset.count == 0, let corrected, !corrected.isEmpty {
                mset = try reader.search(try reader.parse(corrected, spelling: false).query, limit: k)
            }
            return (0..<mset.count).compactMap { sources[mset.docid($0)] }
        } catch {
            return []
        }
    }
}

/// Measures per category and system.
public struct QualityReport: Sendable {
    public struct Cell: Sendable { public var recall = 0.0, mrr = 0.0, ndcg = 0.0, queries = 0 }
    public var systems: [String] = []
    public var categories: [String] = []
    /// [category][system]
    public var cells: [String: [String: Cell]] = [:]
    /// Queries where kb missed: id, query, what it returned first.
    public var misses: [(id: String, query: String, recall: Double, rr: Double, first: String)] = []

    public func cell(_ category: String, _ system: String) -> Cell { cells[category]?[system] ?? Cell() }

    /// All categories together, each query counting once.
    public func overall(_ system: String) -> Cell {
        var c = Cell()
        for cat in categories {
            let x = cell(cat, system)
            c.recall += x.recall * Double(x.queries)
            c.mrr += x.mrr * Double(x.queries)
            c.ndcg += x.ndcg * Double(x.queries)
            c.queries += x.queries
        }
        if c.queries > 0 { c.recall /= Double(c.queries); c.mrr /= Double(c.queries); c.ndcg /= Double(c.queries) }
        return c
    }

    public func markdown(title: String) -> String {
        var s = "#### \(title)\n\n| category | n |"
        for sys in systems { s += " \(sys) R@10 | MRR | nDCG |" }
        s += "\n|---|---:|" + String(repeating: "---:|---:|---:|", count: systems.count) + "\n"
        func row(_ name: String, _ cellFor: (String) -> Cell) {
            let n = cellFor(systems[0]).queries
            s += "| \(name) | \(n) |"
            for sys in systems {
                let c = cellFor(sys)
                s += String(format: " %.2f | %.2f | %.2f |", c.recall, c.mrr, c.ndcg)
            }
            s += "\n"
        }
        for cat in categories { row(cat) { cell(cat, $0) } }
        row("**all**") { overall($0) }
        return s
    }
}

public enum QualityBenchmark {
    /// The category order of the issue.
    public static let categoryOrder = ["exact_chinese", "trad_to_simp", "simp_to_trad", "pinyin_full", "pinyin_initials",
                                       "english_exact", "english_typo", "english_stem", "serial_variant", "partial_serial",
                                       "model_variant", "mixed", "customer_fragment", "cross_english_to_chinese", "cross_chinese_to_english",
                                       "pinyin_initials_ime", "pinyin_mixed"]

    public static func evaluate(_ queries: [JudgedQuery], systems: [SearchSystem], k: Int = 10) throws -> QualityReport {
        var report = QualityReport()
        report.systems = systems.map(\.name)
        let present = Set(queries.map(\.category))
        report.categories = categoryOrder.filter(present.contains) + present.subtracting(categoryOrder).sorted()
        for q in queries {
            for sys in systems {
                let ranked = try sys.top(q.query, k: k)
                let r = Metrics.recall(ranked, q.relevant, k: k)
                let rr = Metrics.reciprocalRank(ranked, q.relevant, k: k)
                var c = report.cells[q.category]?[sys.name] ?? QualityReport.Cell()
                c.recall += r
                c.mrr += rr
                c.ndcg += Metrics.ndcg(ranked, q.relevant, k: k)
                c.queries += 1
                report.cells[q.category, default: [:]][sys.name] = c
                if sys.name == "kb", r < 1 || rr < 1 { report.misses.append((q.id, q.query, r, rr, ranked.first ?? "-")) }
            }
        }
        for (cat, bySystem) in report.cells {
            for (sys, c) in bySystem where c.queries > 0 {
                let n = Double(c.queries)
                report.cells[cat]![sys] = .init(recall: c.recall / n, mrr: c.mrr / n, ndcg: c.ndcg / n, queries: c.queries)
            }
        }
        return report
    }

    /// The documents of a kb store as (source, text as decoded), for the peers to index.
    public static func documents(of store: StoreLocation) throws -> [(source: String, text: String)] {
        let db = try DatabaseQueue(path: store.sqlite.path)
        return try db.read { db in
            try Row.fetchAll(db, sql: "SELECT source, originalText FROM document ORDER BY id").map { ($0["source"], $0["originalText"]) }
        }
    }

    /// kb and both peers over one folder of documents, in a work folder; returns the systems.
    public static func systems(for folder: URL, work: URL) throws -> [SearchSystem] {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let location = StoreLocation(root: work.appendingPathComponent("kb"))
        let store = try ArchiveStore.open(location, create: true)
        let report = try Ingestor(store: store).ingest([folder.path])
        if !report.failed.isEmpty {
            throw BenchError("\(report.failed.count) files failed to ingest, first: \(report.failed[0].path): \(report.failed[0].reason)")
        }
        let docs = try documents(of: location)
        let fts = try FTS5System(path: work.appendingPathComponent("fts5.sqlite").path)
        try fts.add(docs)
        let plain = PlainXapianSystem(path: work.appendingPathComponent("xapian-plain").path)
        try plain.build(docs)
        return [try KBSystem(store: store), try KBSystem(store: store, crossLanguage: false), fts, plain]
    }
}
