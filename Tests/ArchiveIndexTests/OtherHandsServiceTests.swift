import Foundation
import Testing
@testable import ArchiveBench
@testable import ArchiveIndex

/// Seventy-one service documents of ten customers written by a hand that never read kb's code
/// (`bench/other-hands-service`: repair cards, Markdown and box-drawn reports, 8D complaints,
/// e-mail threads, chat exports, call-centre CSVs, in simplified, traditional and English, GB18030
/// and Big5; `truth.json` says each document's customer, serials and visits). The linking and
/// brief benchmarks score kb on it; the floors are what kb reads now, so a change that loses
/// links or visits on material kb was not written for fails here.
@Suite struct OtherHandsServiceTests {
    struct Truth: Decodable {
        struct Unit: Decodable { let serial: String; let owner: String }
        struct Visit: Decodable { let serial: String; let date: String; let kind: String; let fault: String? }
        struct Document: Decodable {
            let path: String
            let customer: String?
            let serials: [String]
            let visits: [Visit]
        }
        let units: [Unit]
        let documents: [Document]
    }

    /// Folders tuned on since the blind measurement; the others (traditional Chinese of the
    /// Taiwan branch, English of Singapore) are held out: their files are not read while tuning.
    static let heldOut = ["台灣分公司", "SG"]

    /// The material in the generators' shape: `links/docs/` with `links/truth.jsonl` (one line per
    /// document), and for the brief benchmark one line per document and serial with `units.json`,
    /// in `brief-tuned/` and `brief-held-out/` by the document's top folder.
    static func benchFolders(_ dir: TempDir) throws -> (root: URL, heldOutCustomers: Set<String>) {
        let source = Repo.root.appendingPathComponent("bench/other-hands-service")
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: source.appendingPathComponent("truth.json")))
        func line(_ o: [String: Any]) throws -> String { String(decoding: try JSONSerialization.data(withJSONObject: o), as: UTF8.self) }
        var links: [String] = [], brief: [Bool: [String]] = [:]
        for d in truth.documents {
            _ = try dir.file("links/docs/\(d.path)", try Data(contentsOf: source.appendingPathComponent(d.path)))
            let folder = String(d.path.split(separator: "/")[0])
            let kinds = Set(d.visits.map(\.kind))
            let kind = d.visits.isEmpty ? "customer" : kinds == ["complaint"] ? "complaint" : "repair"
            let dates = Set(d.visits.map(\.date))
            var o: [String: Any] = ["path": d.path, "kind": kind, "lang": folder, "visits": d.visits.map { ["date": $0.date] }]
            if let c = d.customer { o["customer"] = c }
            o["visit_date"] = dates.count == 1 ? dates.first! : NSNull()
            links.append(try line(o))
            for serial in d.serials.isEmpty ? [""] : d.serials {
                var b: [String: Any] = ["path": d.path,
                                        "visits": d.visits.filter { $0.serial == serial }.map { v -> [String: Any] in
                                            var x: [String: Any] = ["date": v.date]
                                            if let f = v.fault, !f.isEmpty, !["maintenance", "installation"].contains(v.kind) { x["fault"] = f }
                                            return x
                                        }]
                if !serial.isEmpty { b["serial"] = serial }
                if let c = d.customer { b["customer"] = c }
                brief[heldOut.contains(folder), default: []].append(try line(b))
            }
        }
        _ = try dir.file("links/truth.jsonl", Data(links.joined(separator: "\n").utf8))
        let units = try JSONSerialization.data(withJSONObject: ["units": truth.units.map { ["serial": $0.serial, "owner": $0.owner] }])
        for (held, lines) in brief {
            let name = held ? "brief-held-out" : "brief-tuned"
            _ = try dir.file("\(name)/truth.jsonl", Data(lines.joined(separator: "\n").utf8))
            _ = try dir.file("\(name)/units.json", units)
        }
        let tunedCustomers = Set(truth.documents.filter { !heldOut.contains(String($0.path.split(separator: "/")[0])) }.compactMap(\.customer))
        return (dir.url, Set(truth.documents.compactMap(\.customer)).subtracting(tunedCustomers))
    }

    @Test func customersVisitsAndBriefsOfServiceDocumentsByOtherHands() throws {
        let dir = try TempDir()
        let (root, heldOutCustomers) = try Self.benchFolders(dir)
        let work = dir.url.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let links = try LinkingBenchmark.evaluate(folder: root.appendingPathComponent("links"), work: work)
        let store = try ArchiveStore.open(StoreLocation(root: work.appendingPathComponent("store")), create: false)
        let tuned = try BriefBenchmark.evaluate(folder: root.appendingPathComponent("brief-tuned"), store: store, minimumVisits: 1, today: "2026-12-01")
        let heldOut = try BriefBenchmark.evaluate(folder: root.appendingPathComponent("brief-held-out"), store: store, minimumVisits: 1, today: "2026-12-01")
        // Examples of the held-out folders and customers are not shown: they would be read while tuning.
        let shown = links.examples.filter { e in
            !Self.heldOut.contains { e.contains(" \($0)/") } && !heldOutCustomers.contains { e.contains("\($0) ") || e.contains("\($0):") }
        }
        let report = [links.markdown(title: "links (held out: \(Self.heldOut.joined(separator: ", ")))"),
                      shown.joined(separator: "\n"),
                      // A group of documents none of which is the tuned folders' is the held-out ones'.
                      tuned.markdown(title: "brief, tuned"), tuned.examples.filter { !$0.contains("true []") }.joined(separator: "\n"),
                      heldOut.markdown(title: "brief, held out")].joined(separator: "\n\n")
        if let out = ProcessInfo.processInfo.environment["KB_BENCH_REPORT"] { try Data(report.utf8).write(to: URL(fileURLWithPath: out)) }
        #expect(links.missing.isEmpty, "\(report)")
        let l = links.overall, t = tuned.scores, h = heldOut.scores
        // Blind (2026-12-05): links 0.860 / 0.682, 4.6% unlinked, dates 0.554; brief tuned visits
        // 0.700, dates 0.500, faults 0.750, owners 0.900; held out 0.500, 0.500, 0.750, 1.000.
        // Tuned (drawn tables, departments on their own line, visits in mail, chats and bills):
        // links 0.978 / 0.960, 1.5%, 0.871 (a chat is dated by its report, as the generators'
        // truth has it; this truth dates it by the visit); brief tuned 0.975, 0.951, 1.000,
        // 1.000; held out 0.778, 0.875, 0.857, 1.000.
        #expect(l.precision >= 0.97 && l.recall >= 0.95 && l.unlinkedShare <= 0.02 && l.dateAccuracy >= 0.86, "\(report)")
        #expect(t.visitRecall >= 0.97 && t.datePrecision >= 0.95 && t.faults >= 0.99 && t.owners >= 1.0, "\(report)")
        #expect(h.visitRecall >= 0.77 && h.datePrecision >= 0.87 && h.faults >= 0.85 && h.owners >= 1.0, "\(report)")
    }
}
