import Foundation
import ArchiveIndex

/// How well the pre-visit brief tells a unit's story, against a generator's ground truth
/// (tools/othergen, tools/tunegen: `truth.jsonl` with `visits`, `units.json` with owners).
///
/// Per unit with at least `minimumVisits` true visits: the share of its true visits that the
/// brief's service history shows (a visit is found when an entry carries its date), the share of
/// history entries whose date is a true visit of the unit, the share of found visits with a
/// fault (by the truth: not maintenance or installation) whose entry states one, whether the
/// owner is right, and the share of "same model elsewhere" groups whose customers are the true
/// customers of the group's documents.
public enum BriefBenchmark {
    struct Visit: Hashable { let date: String; let hasFault: Bool }

    public struct Scores: Sendable {
        public var units = 0
        public var trueVisits = 0, visitsFound = 0
        public var entries = 0, entriesDatedRight = 0
        public var foundWithFault = 0, foundWithTrueFault = 0
        public var ownersRight = 0
        public var groups = 0, groupsRight = 0
        public var noBrief = 0

        func share(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
        public var visitRecall: Double { share(visitsFound, trueVisits) }
        public var datePrecision: Double { share(entriesDatedRight, entries) }
        public var faults: Double { share(foundWithFault, foundWithTrueFault) }
        public var owners: Double { share(ownersRight, units) }
        public var groupsShare: Double { share(groupsRight, groups) }
    }

    public struct Report: Sendable {
        public let scores: Scores
        public let examples: [String]

        public func markdown(title: String) -> String {
            let s = scores
            func cell(_ v: Double, _ a: Int, _ b: Int) -> String { String(format: "%.3f (%d/%d)", v, a, b) }
            return ["### \(title)", "",
                    "| units | visits found | entries dated right | visits with a fault | owners right | groups right |",
                    "|---|---|---|---|---|---|",
                    "| \(s.units) | \(cell(s.visitRecall, s.visitsFound, s.trueVisits)) | \(cell(s.datePrecision, s.entriesDatedRight, s.entries)) | "
                        + "\(cell(s.faults, s.foundWithFault, s.foundWithTrueFault)) | \(cell(s.owners, s.ownersRight, s.units)) | "
                        + "\(cell(s.groupsShare, s.groupsRight, s.groups)) |",
                    s.noBrief > 0 ? "\n\(s.noBrief) units had no brief (no unit matches their serial)" : ""].joined(separator: "\n")
        }
    }

    /// Scores briefs built from an ingested store (`store`) against the generator output in `folder`.
    public static func evaluate(folder: URL, store: ArchiveStore, minimumVisits: Int = 3, today: String) throws -> Report {
        let truthText = try String(contentsOf: folder.appendingPathComponent("truth.jsonl"), encoding: .utf8)
        var visits: [String: Set<Visit>] = [:]
        var customerOfPath: [String: String] = [:]
        for line in truthText.split(separator: "\n") {
            guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let path = o["path"] as? String else { throw BenchError("\(folder.path)/truth.jsonl: not a truth line") }
            if let c = o["customer"] as? String { customerOfPath[path] = c }
            guard let serial = o["serial"] as? String else { continue }
            for v in o["visits"] as? [[String: Any]] ?? [] {
                guard let date = v["date"] as? String else { continue }
                visits[serial, default: []].insert(Visit(date: date, hasFault: v["fault"] is String))
            }
        }
        let unitsData = try Data(contentsOf: folder.appendingPathComponent("units.json"))
        let units = (try JSONSerialization.jsonObject(with: unitsData) as? [String: Any])?["units"] as? [[String: Any]] ?? []
        var owner: [String: String] = [:]
        for u in units { if let s = u["serial"] as? String, let o = u["owner"] as? String { owner[s] = o } }

        // Which true customer each kb customer stands for: the one most of its documents belong to.
        var votes: [Int64: [String: Int]] = [:]
        var trueCustomerOfDoc: [Int64: String] = [:]
        for chunk in try store.allDocumentIDs().chunked(500) {
            for d in try store.documents(Array(chunk)) {
                let path = d.source.components(separatedBy: "#row=")[0]
                guard let c = customerOfPath[path] else { continue }
                trueCustomerOfDoc[d.id.rawValue] = c
                if let k = d.customers.first?.id { votes[k, default: [:]][c, default: 0] += 1 }
            }
        }
        let standsFor = votes.mapValues { $0.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key }
        // A brief lists customers by name; two kb customers may bear one name, and that name
        // then stands for both (a group naming it is right only if both are one true customer).
        var idsOfName: [String: Set<Int64>] = [:]
        for id in votes.keys { if let n = try? store.confirmedName(id) { idsOfName[n, default: []].insert(id) } }

        var s = Scores()
        var examples: [String] = []
        let cache = BriefCache(store: store)
        for (serial, trueVisits) in visits.sorted(by: { $0.key < $1.key }) {
            // One visit per day: two documents of the same visit share its date.
            let dates = Dictionary(grouping: trueVisits, by: \.date).mapValues { $0.contains { $0.hasFault } }
            guard dates.count >= minimumVisits else { continue }
            s.units += 1
            s.trueVisits += dates.count
            guard let brief = try? BriefBuilder.build(.serial(serial), store: store, today: today, cache: cache) else {
                s.noBrief += 1
                if examples.count < 5000 { examples.append("no brief for \(serial)") }
                continue
            }
            let entryDates = Set(brief.history.compactMap(\.date))
            let found = dates.keys.filter { entryDates.contains($0) }
            s.visitsFound += found.count
            s.entries += brief.history.count
            s.entriesDatedRight += brief.history.filter { $0.date.map { dates[$0] != nil } ?? false }.count
            for e in brief.history where (e.date.map({ dates[$0] == nil }) ?? true) && examples.count < 5000 {
                examples.append("\(serial): entry dated \(e.date ?? "none") is no true visit (\(e.source))")
            }
            // A visit that had a fault (not a maintenance or installation visit) shows it.
            for date in found where dates[date] == true {
                s.foundWithTrueFault += 1
                let entry = brief.history.first { $0.date == date }
                if let f = entry?.fault, !f.isEmpty { s.foundWithFault += 1 }
                else if examples.count < 5000 { examples.append("\(serial) \(date): no fault (\(entry?.source ?? "?"))") }
            }
            if found.count < dates.count, examples.count < 5000 {
                examples.append("\(serial): \(found.count)/\(dates.count) visits found; missing \(dates.keys.filter { !entryDates.contains($0) }.sorted().joined(separator: ", "))")
            }
            let kbOwner = try store.findUnits(serial).first.flatMap { try store.owner(ofUnit: $0.id) }
            if let o = kbOwner, standsFor[o] == owner[serial] {
                s.ownersRight += 1
            } else if examples.count < 5000 {
                examples.append("\(serial): owner \(brief.units.first?.owner ?? "none"), true \(owner[serial] ?? "?")")
            }
            for g in brief.sameModelElsewhere {
                s.groups += 1
                let each = g.customers.map { Set((idsOfName[$0] ?? []).compactMap { standsFor[$0] }) }
                let listed = each.reduce(into: Set<String>()) { $0.formUnion($1) }
                let truth = Set(g.documents.compactMap { trueCustomerOfDoc[$0] })
                if listed == truth && each.allSatisfy({ $0.count == 1 }) && listed.count == g.customers.count { s.groupsRight += 1 }
                else if examples.count < 5000 {
                    examples.append("\(serial): group \(g.fault): customers \(listed.sorted()) (\(g.customers.count) named), true \(truth.sorted()), documents \(g.documents.prefix(6))")
                }
            }
        }
        return Report(scores: s, examples: examples)
    }
}
