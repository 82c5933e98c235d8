import Foundation
import ArchiveIndex

/// How well kb links documents to customers and dates their visits, against a generator's
/// ground truth (`truth.jsonl` beside `docs/`): tools/scalegen (`customer`, `date`) or
/// tools/othergen (`customer`, `visit_date`).
public enum LinkingBenchmark {
    /// One document's truth, whichever generator wrote it.
    public struct Truth: Sendable {
        public let path: String
        public let kind: String
        public let lang: String
        public let customer: String?
        public let visitDate: String?
        /// Every visit the document records (othergen): a ledger row is right when its date is one of them.
        public var visitDates: Set<String> = []

        /// Repair cards, service reports and complaints: the documents a visit is about.
        public var isService: Bool { ["repair", "service_report", "complaint"].contains(kind) }

        /// The kind kb should give the document, by the generators' names for kinds (nil for a
        /// kind kb has no name for).
        public var kbKind: DocumentKind? {
            switch kind {
            case "repair", "service_report": .repair
            case "complaint": .complaint
            case "equipment_history": .equipment
            case "customer_file": .customer
            case "training": .training
            default: DocumentKind(name: kind)
            }
        }
    }

    public static func loadTruth(_ url: URL) throws -> [Truth] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [Truth] = []
        for (n, line) in text.split(separator: "\n").enumerated() {
            guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let path = o["path"] as? String, let kind = o["kind"] as? String else {
                throw BenchError("\(url.path):\(n + 1): not a truth line")
            }
            // scalegen's `date` is the document's main date: the visit for repairs and complaints.
            let visit = o.keys.contains("visit_date") ? o["visit_date"] as? String
                : (["repair", "complaint"].contains(kind) ? o["date"] as? String : nil)
            var t = Truth(path: path, kind: kind, lang: o["lang"] as? String ?? "?",
                          customer: o["customer"] as? String, visitDate: visit)
            t.visitDates = Set((o["visits"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String })
            out.append(t)
        }
        return out
    }

    /// What kb made of one document.
    public struct Linked: Sendable {
        public let customer: Int64?
        public let date: String?
    }

    public struct Scores: Sendable {
        public var documents = 0
        public var precision = 0.0
        public var recall = 0.0
        public var serviceDocuments = 0
        public var serviceUnlinked = 0
        public var datedVisits = 0
        public var visitDatesRight = 0

        public var unlinkedShare: Double { serviceDocuments == 0 ? 0 : Double(serviceUnlinked) / Double(serviceDocuments) }
        public var dateAccuracy: Double { datedVisits == 0 ? 1 : Double(visitDatesRight) / Double(datedVisits) }
    }

    /// B-cubed precision and recall of the clustering of documents by customer (a document
    /// kb left unlinked is a cluster of its own), over the documents that have a true customer;
    /// the share of service documents without a customer; visit dates right.
    public static func score(_ pairs: [(truth: Truth, linked: Linked)]) -> Scores {
        var s = Scores()
        let withCustomer = pairs.enumerated().filter { $0.element.truth.customer != nil }
        var byTrue: [String: Int] = [:], byPredicted: [Int64: Int] = [:], byBoth: [String: Int] = [:]
        for (_, p) in withCustomer {
            byTrue[p.truth.customer!, default: 0] += 1
            if let c = p.linked.customer {
                byPredicted[c, default: 0] += 1
                byBoth["\(p.truth.customer!)|\(c)", default: 0] += 1
            }
        }
        for (_, p) in withCustomer {
            let t = p.truth.customer!
            let together = p.linked.customer.map { byBoth["\(t)|\($0)"]! } ?? 1
            let cluster = p.linked.customer.map { byPredicted[$0]! } ?? 1
            s.precision += Double(together) / Double(cluster)
            s.recall += Double(together) / Double(byTrue[t]!)
        }
        s.documents = withCustomer.count
        if s.documents > 0 {
            s.precision /= Double(s.documents)
            s.recall /= Double(s.documents)
        }
        for p in pairs where p.truth.isService {
            if p.truth.customer != nil {
                s.serviceDocuments += 1
                if p.linked.customer == nil { s.serviceUnlinked += 1 }
            }
            if let d = p.truth.visitDate {
                s.datedVisits += 1
                if p.linked.date == d { s.visitDatesRight += 1 }
            }
        }
        return s
    }

    public struct Report: Sendable {
        public let overall: Scores
        public let byLanguage: [(lang: String, scores: Scores)]
        /// Documents of the truth kb stored no document for (failed files).
        public let missing: [String]
        /// Whole documents (not a ledger's rows) whose kind kb read as the truth's, of those counted.
        public let kindsRight: Int
        public let kindsCounted: Int
        /// How many documents of each true kind were read as another: (true, kb's, count).
        public let kindsReadOtherwise: [(truth: String, kb: String, count: Int)]
        /// Service documents linked to a customer whose other documents are mostly another
        /// true customer's, and visits dated wrongly: examples for tuning.
        public let examples: [String]

        public func markdown(title: String) -> String {
            func row(_ name: String, _ s: Scores) -> String {
                String(format: "| %@ | %d | %.3f | %.3f | %.1f%% (%d/%d) | %.3f (%d/%d) |", name, s.documents, s.precision, s.recall,
                       s.unlinkedShare * 100, s.serviceUnlinked, s.serviceDocuments, s.dateAccuracy, s.visitDatesRight, s.datedVisits)
            }
            var lines = ["### \(title)", "",
                         "| documents | with a customer | B³ precision | B³ recall | service documents unlinked | visit dates right |",
                         "|---|---|---|---|---|---|", row("all", overall)]
            for (lang, s) in byLanguage { lines.append(row(lang, s)) }
            lines.append(String(format: "\nKinds right: %.3f (%d/%d)", Double(kindsRight) / Double(max(1, kindsCounted)), kindsRight, kindsCounted)
                         + (kindsReadOtherwise.isEmpty ? "" : "; read otherwise: "
                            + kindsReadOtherwise.prefix(8).map { "\($0.truth) as \($0.kb) \($0.count)" }.joined(separator: ", ")))
            if !missing.isEmpty { lines.append("\n\(missing.count) documents of the truth not stored, e.g. \(missing.prefix(3).joined(separator: ", "))") }
            return lines.joined(separator: "\n")
        }
    }

    /// A new store under `work` holding `folder/docs`.
    /// With `later`, the archive grows as a department's does: every `later`-th file (in path
    /// order) is held back, and added by a second ingest once the rest are stored.
    public static func ingest(folder: URL, work: URL, later: Int? = nil) throws -> ArchiveStore {
        let fm = FileManager.default
        let storeURL = work.appendingPathComponent("store")
        try? fm.removeItem(at: storeURL)
        let store = try ArchiveStore.open(StoreLocation(root: storeURL), create: true)
        let docs = folder.appendingPathComponent("docs")
        guard let later, later > 1 else {
            _ = try Ingestor(store: store).ingest([docs.path])
            return store
        }
        // Sources are paths below the folder ingested: the same folder, filled in two steps.
        let growing = work.appendingPathComponent("docs")
        try? fm.removeItem(at: growing)
        let files = (fm.enumerator(atPath: docs.path)?.allObjects as? [String] ?? []).filter { rel in
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: docs.appendingPathComponent(rel).path, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
        func copy(_ rel: String) throws {
            let to = growing.appendingPathComponent(rel)
            try fm.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: docs.appendingPathComponent(rel), to: to)
        }
        for (i, rel) in files.enumerated() where i % later != 0 { try copy(rel) }
        _ = try Ingestor(store: store).ingest([growing.path])
        for (i, rel) in files.enumerated() where i % later == 0 { try copy(rel) }
        _ = try Ingestor(store: store).ingest([growing.path])
        return store
    }

    /// Ingests `folder/docs` into a new store under work (in two steps with `later`, see
    /// `ingest`) and scores it against `folder/truth.jsonl`.
    public static func evaluate(folder: URL, work: URL, later: Int? = nil) throws -> Report {
        let truth = try loadTruth(folder.appendingPathComponent("truth.jsonl"))
        let store = try ingest(folder: folder, work: work, later: later)
        var bySource: [String: StoredDocument] = [:]
        for chunk in try store.allDocumentIDs().chunked(500) {
            for d in try store.documents(Array(chunk)) { bySource[d.source] = d }
        }
        var pairs: [(truth: Truth, linked: Linked)] = []
        var missing: [String] = []
        var examples: [String] = []
        var kindsRight = 0, kindsCounted = 0
        var otherwise: [String: Int] = [:]
        var kindExamples: [String: [String]] = [:]
        // A ledger (CSV) is stored one document per row; its truth is one line for the file:
        // each row takes the file's customer, and its date must be one of the file's visits.
        var rows: [String: [StoredDocument]] = [:]
        for (source, d) in bySource {
            if let hash = source.range(of: "#row=") { rows[String(source[..<hash.lowerBound]), default: []].append(d) }
        }
        for t in truth where bySource[t.path] == nil {
            for d in rows[t.path] ?? [] {
                let dateRight = d.date.map { t.visitDates.contains($0) } ?? false
                pairs.append((Truth(path: d.source, kind: t.kind, lang: t.lang, customer: t.customer,
                                    visitDate: t.isService && !t.visitDates.isEmpty ? (dateRight ? d.date : t.visitDate) : nil),
                              Linked(customer: d.customers.first?.id, date: d.date)))
            }
        }
        for t in truth {
            if bySource[t.path] == nil && rows[t.path] != nil { continue }
            guard let d = bySource[t.path] else { missing.append(t.path); continue }
            let linked = Linked(customer: d.customers.first?.id, date: d.date)
            pairs.append((t, linked))
            if let k = t.kbKind {
                kindsCounted += 1
                if d.kind == k { kindsRight += 1 } else {
                    otherwise["\(t.kind)|\(d.kind.rawValue)", default: 0] += 1
                    kindExamples["\(t.kind) as \(d.kind.rawValue)", default: []].append(t.path)
                }
            }
            if t.isService, let v = t.visitDate, v != d.date, examples.filter({ $0.hasPrefix("date") }).count < 15 {
                examples.append("date \(t.path): true \(v), kb \(d.date ?? "none")")
            }
            if t.isService, t.customer != nil, linked.customer == nil, examples.filter({ $0.hasPrefix("unlinked") }).count < 15 {
                examples.append("unlinked \(t.path)")
            }
        }
        // Splits (one true customer under several kb customers, or none) and joins (one kb
        // customer holding several true ones), those that cost the most pairs first; a split
        // shows, for each kb customer but the commonest, the names its documents were written with.
        var split: [String: [String: [String]]] = [:], joined: [String: [String: Int]] = [:]
        for t in truth {
            guard let c = t.customer, let d = bySource[t.path] else { continue }
            let name = d.customers.first.map { "\($0.name) (#\($0.id))" } ?? "none"
            let written = d.fields.first { $0.name == .customer }?.value ?? "no customer field"
            split[c, default: [:]][name, default: []].append(written)
            joined[name, default: [:]][c, default: 0] += 1
        }
        func lostPairs(_ counts: [Int]) -> Int { counts.reduce(0, +) * counts.reduce(0, +) - counts.map { $0 * $0 }.reduce(0, +) }
        for (c, names) in split.sorted(by: { lostPairs($0.value.values.map(\.count)) > lostPairs($1.value.values.map(\.count)) }).prefix(15) where names.count > 1 {
            let byCount = names.sorted { $0.value.count > $1.value.count }
            let parts = byCount.enumerated().map { n, entry -> String in
                guard n > 0 else { return "\(entry.key) ×\(entry.value.count)" }
                let forms = Dictionary(entry.value.map { ($0, 1) }, uniquingKeysWith: +).sorted { $0.value > $1.value }
                return "\(entry.key) ×\(entry.value.count) [" + forms.prefix(4).map { "\($0.key)" + ($0.value > 1 ? " ×\($0.value)" : "") }.joined(separator: "; ") + "]"
            }
            examples.append("split \(c): " + parts.joined(separator: " | "))
        }
        for (name, cs) in joined.sorted(by: { lostPairs(Array($0.value.values)) > lostPairs(Array($1.value.values)) }).prefix(15) where cs.count > 1 && name != "none" {
            examples.append("joined \(name): " + cs.sorted { $0.value > $1.value }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))
        }
        for (what, paths) in kindExamples.sorted(by: { $0.value.count > $1.value.count }).prefix(8) {
            examples.append("kind \(what): " + paths.prefix(3).joined(separator: "; "))
        }
        let langs = Set(pairs.map(\.truth.lang)).sorted()
        let readOtherwise = otherwise.map { key, n in
            let parts = key.split(separator: "|").map(String.init)
            return (truth: parts[0], kb: parts[1], count: n)
        }.sorted { ($0.count, $0.truth, $0.kb) > ($1.count, $1.truth, $1.kb) }
        return Report(overall: score(pairs),
                      byLanguage: langs.map { l in (l, score(pairs.filter { $0.truth.lang == l })) },
                      missing: missing, kindsRight: kindsRight, kindsCounted: kindsCounted,
                      kindsReadOtherwise: readOtherwise, examples: examples)
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
