import Foundation
import Testing
@testable import ArchiveIndex

/// Thirty equipment histories written by a hand that never read kb's code (`bench/other-hands-logs`:
/// logs in 30 layouts, three scripts, ROC and day- or month-first dates, GB18030; `truth.json`
/// says each unit's visits). Measured blind at first (visits 0.597); the floor below is what
/// kb reads now, so a change that loses visits on material kb was not written for fails here.
@Suite struct OtherHandsLogsTests {
    struct Truth: Decodable {
        struct Visit: Decodable { let date: String }
        let path: String
        let serial: String
        let visits: [Visit]
    }

    @Test func theBriefFindsTheVisitsOfLogsByOtherHands() throws {
        let source = Repo.root.appendingPathComponent("bench/other-hands-logs")
        let truth = try JSONDecoder().decode([Truth].self, from: Data(contentsOf: source.appendingPathComponent("truth.json")))
        let dir = try TempDir()
        for t in truth {
            _ = try dir.file("in/\(t.path)", try Data(contentsOf: source.appendingPathComponent(t.path)))
        }
        let archive = try TestArchive(dir, paths: [dir.url.appendingPathComponent("in")])
        var found = 0, visits = 0, entries = 0, dated = 0
        var misses: [String] = []
        for t in truth {
            let want = Set(t.visits.map(\.date))
            visits += want.count
            guard let brief = try? BriefBuilder.build(.serial(t.serial), store: archive.store, today: "2026-12-01") else {
                misses.append("\(t.path): no unit \(t.serial)")
                continue
            }
            let dates = Set(brief.history.compactMap(\.date))
            found += want.intersection(dates).count
            entries += brief.history.count
            dated += brief.history.filter { $0.date.map(want.contains) ?? false }.count
            if !want.isSubset(of: dates) { misses.append("\(t.path): missing \(want.subtracting(dates).sorted())") }
        }
        let recall = Double(found) / Double(visits), precision = Double(dated) / Double(max(entries, 1))
        #expect(recall >= 0.97, "visits found \(found)/\(visits)\n\(misses.joined(separator: "\n"))")
        #expect(precision >= 0.95, "entries dated right \(dated)/\(entries)")
    }
}
