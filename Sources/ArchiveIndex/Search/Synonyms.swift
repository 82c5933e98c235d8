import Foundation
import GRDB

/// Curated synonyms in both languages (离心机 ↔ centrifuge, 保内 ↔ 保修期内 ↔ in warranty),
/// kept in SQLite and applied when a query is built, so a change needs no reindexing.
public enum Synonyms {
    /// The starter list a new store begins with; trainers change it with `kb synonym`.
    static let starter: [[String]] = [
        ["离心机", "centrifuge"],
        ["转速", "rpm", "speed"],
        ["转速异常", "speed abnormal"],
        ["生化分析仪", "biochemistry analyzer", "chemistry analyzer"],
        ["血液分析仪", "血球仪", "hematology analyzer"],
        ["比色杯", "cuvette"],
        ["样本针", "sample probe"],
        ["加样针", "样本针"],
        ["碳刷", "carbon brush"],
        ["转子", "转头", "rotor"],
        ["不平衡", "imbalance", "unbalance"],
        ["保内", "保修期内", "保固内", "in warranty"],
        ["保外", "保修期外", "保固外", "out of warranty"],
        ["电池", "battery"],
        ["电池包", "battery pack"],
        ["不间断电源", "ups"],
        ["交换机", "switch"],
        ["服务器", "server"],
        ["投影机", "投影仪", "projector"],
        ["温控", "temperature control"],
        ["传感器", "感测器", "sensor"],
        ["报警", "告警", "alarm"],
        ["堵孔", "clog"],
        ["本底", "background"],
        ["保养", "维护保养", "preventive maintenance", "pm"],
        ["装机", "安装", "installation"],
        ["投诉", "客诉", "complaint"],
    ]

    static func registerMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v5-synonyms") { db in
            try db.execute(sql: """
                CREATE TABLE synonym (
                    groupId INTEGER NOT NULL,
                    term TEXT NOT NULL,       -- as written
                    folded TEXT NOT NULL,     -- Normalizer.fold
                    PRIMARY KEY (groupId, folded)
                );
                CREATE INDEX synonym_folded ON synonym(folded);
                """)
            for (i, group) in starter.enumerated() {
                for term in group {
                    try db.execute(sql: "INSERT OR IGNORE INTO synonym (groupId, term, folded) VALUES (?, ?, ?)",
                                   arguments: [i + 1, term, try Normalizer.fold(term)])
                }
            }
        }
    }
}

extension ArchiveStore {
    /// Every synonym group, its terms as written.
    public func synonymGroups() throws -> [[String]] {
        try db.read { db in
            var groups: [Int64: [String]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT groupId, term FROM synonym ORDER BY groupId, rowid") {
                groups[r["groupId"], default: []].append(r["term"])
            }
            return groups.keys.sorted().compactMap { groups[$0] }
        }
    }

    /// Makes the terms synonyms of each other (joining any groups they are already in).
    public func addSynonyms(_ terms: [String]) throws {
        let folded = try terms.map { try Normalizer.fold($0.trimmingCharacters(in: .whitespaces)) }
        guard terms.count >= 2, folded.allSatisfy({ !$0.isEmpty }), Set(folded).count == folded.count else {
            throw KBError.badQuery("give two or more different terms")
        }
        try db.write { db in
            var groups = Set<Int64>()
            for f in folded { groups.formUnion(try Int64.fetchAll(db, sql: "SELECT groupId FROM synonym WHERE folded = ?", arguments: [f])) }
            let target = try groups.min() ?? ((try Int64.fetchOne(db, sql: "SELECT max(groupId) FROM synonym") ?? 0) + 1)
            for g in groups where g != target {
                try db.execute(sql: "UPDATE OR IGNORE synonym SET groupId = ? WHERE groupId = ?", arguments: [target, g])
                try db.execute(sql: "DELETE FROM synonym WHERE groupId = ?", arguments: [g])
            }
            for (t, f) in zip(terms, folded) {
                try db.execute(sql: "INSERT OR IGNORE INTO synonym (groupId, term, folded) VALUES (?, ?, ?)",
                               arguments: [target, t.trimmingCharacters(in: .whitespaces), f])
            }
        }
    }

    /// Removes a term from its synonym groups; a group left with one term goes.
    public func removeSynonym(_ term: String) throws {
        let f = try Normalizer.fold(term.trimmingCharacters(in: .whitespaces))
        try db.write { db in
            let groups = try Int64.fetchAll(db, sql: "SELECT groupId FROM synonym WHERE folded = ?", arguments: [f])
            guard !groups.isEmpty else { throw KBError.notFound("'\(term)' is in no synonym group") }
            try db.execute(sql: "DELETE FROM synonym WHERE folded = ?", arguments: [f])
            for g in groups where try Int.fetchOne(db, sql: "SELECT count(*) FROM synonym WHERE groupId = ?", arguments: [g]) ?? 0 < 2 {
                try db.execute(sql: "DELETE FROM synonym WHERE groupId = ?", arguments: [g])
            }
        }
    }

    /// Is this folded term in a synonym group?
    func isSynonymTerm(_ folded: String) throws -> Bool {
        try db.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM synonym WHERE folded = ?)", arguments: [folded])! }
    }
}

/// Every synonym group's folded terms, in group order: read once and kept by a searcher for
/// as long as the archive's content revision (which synonym edits bump) stays the same.
struct SynonymGroups {
    let groups: [[String]]
    /// Each group's terms as they are looked for in a query: a CJK term as it stands, a Latin
    /// one as a whole word (between spaces).
    private let needles: [[(term: String, needle: String, cjk: Bool)]]

    init(_ db: Database) throws {
        var byGroup: [Int64: [String]] = [:]
        for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT groupId, folded FROM synonym")) {
            byGroup[r["groupId"], default: []].append(r["folded"])
        }
        groups = byGroup.sorted(by: { $0.key < $1.key }).map(\.value)
        needles = groups.map { terms in
            terms.map { t in
                let cjk = t.unicodeScalars.contains(where: Normalizer.isCJK)
                return (t, cjk ? t : " " + t + " ", cjk)
            }
        }
    }

    /// For a folded query: the other terms (folded) of every group one of whose terms it
    /// contains (a CJK term as a substring, a Latin term as whole words). Looked for by bytes:
    /// a query meets every group's terms.
    func expansions(forFolded query: String) -> [String] {
        let words = " " + query.split(whereSeparator: { !($0.isLetter || $0.isNumber) || $0.unicodeScalars.contains(where: Normalizer.isCJK) })
            .joined(separator: " ") + " "
        var out: [String] = []
        for (terms, needles) in zip(groups, needles) {
            let present = needles.filter { ($0.cjk ? query : words).contains($0.needle) }.map(\.term)
            guard !present.isEmpty else { continue }
            out += terms.filter { t in !present.contains(t) && !present.contains { $0.contains(t) } }
        }
        return out
    }
}
