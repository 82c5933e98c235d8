import Foundation
import GRDB

/// A fault's name in English and in Chinese, learnt from visits the archive records in both:
/// a Hong Kong office's English report and the mainland's 维修单 of one unit on one day, an
/// English work-order export beside a Chinese history. The brief makes such records one visit
/// (`BriefBuilder.oneEntryPerVisit`); here each visit whose records state its fault in the two
/// languages gives a pair, and the pairs of one English fault, over several visits, give its
/// Chinese name: the words most of their Chinese statements share (触摸屏无响应 of
/// 触摸屏无响应，近一周出现三次 and 据使用人员讲，触摸屏无响应), never a clause that many faults'
/// statements carry (现场复现, 设备已暂停使用). `FaultNames` searches them as it does the
/// names learnt from error codes.
enum VisitFaultNames {
    /// Makes the pairs of these units again (nil: every unit's), then every name.
    static func learn(_ store: ArchiveStore, units scope: Set<Int64>?) throws {
        if let scope, scope.isEmpty { return }
        let all = try visitDocumentsInBothLanguages(store, scope).sorted { $0.key < $1.key }
        var bilingual = all
        // A first ingest of a large archive learns from a sample of its units, evenly spread
        // (gathering a unit's visits costs a brief's reading, 2–3 ms); later ingests add the
        // units they touch.
        if bilingual.count > maxUnits {
            bilingual = (0..<maxUnits).map { bilingual[$0 * bilingual.count / maxUnits] }
        }
        let today = WorkingDays.today()
        // Units apart on every core: each reads its documents and gathers its visits alone.
        let found = Parallel.map(bilingual) { _, unit in
            Result { () -> [(unit: Int64, english: String, chinese: String)] in
                var pairs: [(unit: Int64, english: String, chinese: String)] = []
                let docs = try store.documents(unit.value).sorted { ($0.date ?? "9999", $0.id) < ($1.date ?? "9999", $1.id) }
                _ = BriefBuilder.oneEntryPerVisit(BriefBuilder.gather(docs, today: today, cache: nil).visits) { a, b in
                    guard let x = a.fault, let y = b.fault else { return }
                    let (xHan, yHan) = (hasHan(x), hasHan(y))
                    guard xHan != yHan else { return }
                    pairs.append((unit.key, xHan ? y : x, xHan ? x : y))
                }
                return pairs
            }
        }
        let pairs = try found.flatMap { try $0.get() }
        try store.db.write { db in
            // Made again: the units gathered, and those (of scope) no longer in both languages;
            // a unit left out of the sample keeps the pairs it had.
            let bilingualUnits = Set(all.map(\.key))
            let held = try scope ?? Set(Int64.fetchAll(db, sql: "SELECT DISTINCT unitId FROM visitFaultPair"))
            let stale = held.filter { !bilingualUnits.contains($0) }.union(bilingual.map(\.key))
            for chunk in stale.sorted().chunked(500) {
                try db.execute(sql: "DELETE FROM visitFaultPair WHERE unitId IN (\(chunk.map(String.init).joined(separator: ",")))")
            }
            if scope == nil { try db.execute(sql: "DELETE FROM pendingWork WHERE what = 'visit-fault-names'") }
            let insert = try db.cachedStatement(sql: "INSERT INTO visitFaultPair (unitId, english, chinese) VALUES (?, ?, ?)")
            for p in pairs { try insert.execute(arguments: [p.unit, p.english, p.chinese]) }
            try makeNames(db)
        }
    }

    /// Units whose visits one catch-up gathers at most.
    static let maxUnits = 3000

    /// Every pair, for an archive from before these names (once, after the upgrade).
    static func learnIfWaiting(_ store: ArchiveStore) throws {
        guard try store.db.read({ try Bool.fetchOne($0, sql: "SELECT EXISTS (SELECT 1 FROM pendingWork WHERE what = 'visit-fault-names')") }) == true else { return }
        try learn(store, units: nil)
    }

    /// The units (of scope) with visit documents (repairs, histories, complaints, quality
    /// feedback) titled in Chinese and others titled otherwise, with those documents: only
    /// their visits can be recorded in both languages.
    private static func visitDocumentsInBothLanguages(_ store: ArchiveStore, _ scope: Set<Int64>?) throws -> [Int64: [DocumentID]] {
        let sql = { (units: String) in """
            SELECT du.unitId, group_concat(d.id) FROM documentUnit du JOIN document d ON d.id = du.docId
            WHERE d.kind IN ('repair', 'equipment', 'complaint', 'quality') \(units)
            GROUP BY du.unitId HAVING max(d.title GLOB '*[一-龥]*') = 1 AND min(d.title GLOB '*[一-龥]*') = 0
            """ }
        return try store.db.read { db in
            var out: [Int64: [DocumentID]] = [:]
            let chunks: [String] = scope.map { $0.sorted().chunked(500).map { "AND du.unitId IN (\($0.map(String.init).joined(separator: ",")))" } } ?? [""]
            for chunk in chunks {
                for r in try Row.fetchAll(db, sql: sql(chunk)) {
                    out[r[0]] = (r[1] as String).split(separator: ",").compactMap { Int64($0).map { DocumentID($0) } }
                }
            }
            return out
        }
    }

    /// Every name, from every pair: for each English fault (its first clause) stated on two
    /// units or more, the Chinese that three fifths of those units' statements share, and
    /// that, of the units whose statements say it, three fifths state in this English.
    static func makeNames(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT unitId, english, chinese FROM visitFaultPair ORDER BY unitId, rowid")
        // Per English fault, per unit, its Chinese statements (one line each): units agree, not
        // the records of one unit's busy day.
        var byUnit: [String: [Int64: [String]]] = [:]
        for r in rows {
            let english = clause(r["english"])
            guard english.split(separator: " ").count >= 2, let folded = try? Normalizer.fold(r["chinese"] as String) else { continue }
            // A log's entry states the fix after the fault (`…无法自检；更换前置传感器`, `… → 更换…`).
            let chinese = folded.split(whereSeparator: { "；;→\n".contains($0) }).first.map(String.init) ?? folded
            byUnit[english, default: [:]][r["unitId"], default: []].append(chinese)
        }
        let groups = byUnit.mapValues { units in units.sorted { $0.key < $1.key }.map { $0.value.joined(separator: "\n") } }
        // A clause many faults' statements carry says how it was reported, not what.
        var carriedBy: [String: Set<String>] = [:]
        for (english, statements) in groups { for s in statements { for c in clauses(s) { carriedBy[shape(c), default: []].insert(english) } } }
        let boilerplate = Set(carriedBy.filter { $0.value.count >= 3 }.keys)
        try db.execute(sql: "DELETE FROM visitFaultName")
        try db.execute(sql: "UPDATE contentRevision SET n = n + 1 WHERE id = 1")
        let insert = try db.cachedStatement(sql: "INSERT INTO visitFaultName (english, chinese, englishStems) VALUES (?, ?, ?)")
        // Nor does a run that other faults' statements hold too (电池包, the device, of every
        // battery fault): a name is its fault's own.
        let others = groups.mapValues { $0.joined(separator: "\n") }
        for (english, statements) in groups.sorted(by: { $0.key < $1.key }) where statements.count >= 2 {
            let ownsIt = { (run: String) in others.filter { $0.key != english && $0.value.contains(run) }.count < 2 }
            guard let name = shared(statements, boilerplate: boilerplate, accept: ownsIt) else { continue }
            // And back: of the visits whose Chinese says the name, three fifths say this English
            // (a day's two records of two faults pair a leak with a calibration failure once).
            let back = groups.map { ($0.key, $0.value.filter { $0.contains(name) }.count) }.filter { $0.1 > 0 }
            let agree = back.first { $0.0 == english }?.1 ?? 0
            guard agree * 5 >= back.reduce(0, { $0 + $1.1 }) * 3 else { continue }
            // And where the dictionary knows two of its words or more, the name says one of them
            // (`uv lamp not lighting` is no 高效过滤器堵塞: no 灯 in it).
            var known = 0, said = false
            let content = english.split { !($0.isLetter || $0.isNumber) }.map(String.init)
                .filter { !QueryBuilder.functionWords.contains($0) && !FaultNames.little.contains($0) }
            for stem in try Set(content.map { try XapianIndexer.stem($0) }) {
                let words = try String.fetchAll(db.cachedStatement(sql: "SELECT word FROM translation WHERE english = ?"), arguments: [stem])
                if !words.isEmpty { known += 1 }
                if words.contains(where: name.contains) { said = true }
            }
            guard said || known < 2 else { continue }
            try insert.execute(arguments: [english, name, try FaultNames.stems(english).sorted().joined(separator: " ")])
        }
    }

    /// An English statement's fault: before the fix (` / Replaced …`), after a label
    /// (`Display shows R-33: …`), its first clause (not `, unit taken out of use`), in lower case.
    static func clause(_ statement: String) -> String {
        var s = Substring(statement)
        if let r = s.range(of: " / ") { s = s[..<r.lowerBound] }
        if let r = s.range(of: ": "), s[r.upperBound...].split(separator: " ").count >= 2 { s = s[r.upperBound...] }
        if let i = s.firstIndex(where: { ",;(.".contains($0) }) { s = s[..<i] }
        return s.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// A clause with its codes and numbers as `#`: 面板显示r-02 and 面板显示e12 are one wording.
    static func shape(_ clause: String) -> String {
        var out = ""
        for ch in clause {
            let code = ch.isASCII && (ch.isLetter || ch.isNumber || ch == "-" || ch == ".")
            if !code { out.append(ch) } else if out.last != "#" { out.append("#") }
        }
        return out
    }

    /// A Chinese statement's clauses, between its marks.
    static func clauses(_ folded: String) -> [String] {
        folded.split { ",，;；:：。()（）→/ \n".contains($0) }.map(String.init).filter { $0.unicodeScalars.contains(where: Normalizer.isCJK) }
    }

    /// The run of characters, within one clause, that three fifths of the statements (two at
    /// least) hold, of three Han characters or more and no boilerplate's part: the earliest
    /// clause's (a statement says its fault first: 化霜不彻底，蒸发器结冰), its longest run, of
    /// two as long the one more hold; one `accept` takes. (`boilerplate`: clauses' shapes.)
    static func shared(_ statements: [String], boilerplate: Set<String>, accept: (String) -> Bool = { _ in true }) -> String? {
        let need = max(2, (statements.count * 3 + 4) / 5)
        var place: [String: Int] = [:]  // each clause, and the earliest it stands in a statement
        for s in statements {
            for (i, c) in clauses(s).filter({ !boilerplate.contains(shape($0)) }).enumerated() { place[c] = min(place[c] ?? i, i) }
        }
        var best: (place: Int, length: Int, held: Int, text: String)?
        for (c, at) in place.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            if let b = best, at > b.place { break }
            let chars = Array(c.unicodeScalars)
            // A run starts and ends between words: never inside a code (r-02) or an English word.
            let latin = { (i: Int) in chars.indices.contains(i) && chars[i].isASCII && (chars[i].properties.isAlphabetic || chars[i].properties.numericType != nil || chars[i] == "-") }
            for start in chars.indices where !(latin(start) && latin(start - 1)) {
                for end in stride(from: chars.count, to: start + 2, by: -1) where !(latin(end - 1) && latin(end)) {
                    let run = String(String.UnicodeScalarView(chars[start..<end]))
                    if let b = best, end - start < b.length { break }
                    // Words, not a panel's code (面板显示r-02): Han characters, two thirds of it.
                    let han = run.unicodeScalars.filter(Normalizer.isCJK).count
                    let form = shape(run)
                    guard han >= 3, han * 3 >= (end - start) * 2, !boilerplate.contains(where: { $0.contains(form) }) else { continue }
                    let held = statements.filter { $0.contains(run) }.count
                    guard held >= need, accept(run) else { continue }
                    if best == nil || (end - start, held) > (best!.length, best!.held) { best = (at, end - start, held, run) }
                    break
                }
            }
        }
        return best?.text
    }

    /// The units of these documents (nil, every unit, when some were removed or an archive
    /// from before these names waits for its pairs).
    static func units(of ids: [DocumentID], removed: Bool, store: ArchiveStore) throws -> Set<Int64>? {
        try store.db.read { db in
            let waiting = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM pendingWork WHERE what = 'visit-fault-names')") == true
            if removed || waiting { return nil }
            var out = Set<Int64>()
            for chunk in ids.chunked(500) {
                out.formUnion(try Int64.fetchAll(db, sql: "SELECT DISTINCT unitId FROM documentUnit WHERE docId IN (\(chunk.map { String($0.rawValue) }.joined(separator: ",")))"))
            }
            return out
        }
    }

    static func hasHan(_ s: String) -> Bool { s.unicodeScalars.contains(where: Normalizer.isCJK) }

    static func registerMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v26-visit-fault-names") { db in
            try db.execute(sql: """
                -- A visit recorded in both languages: its English and its Chinese statement of the fault.
                CREATE TABLE visitFaultPair (unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
                                             english TEXT NOT NULL, chinese TEXT NOT NULL);
                CREATE INDEX visitFaultPair_unit ON visitFaultPair(unitId);
                -- A fault's name in each language, learnt from those pairs (FaultNames reads it).
                CREATE TABLE visitFaultName (english TEXT PRIMARY KEY, chinese TEXT NOT NULL, englishStems TEXT NOT NULL) WITHOUT ROWID;
                """)
            // Units stored before get their pairs at the next catch-up.
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM unit)") == true {
                try db.execute(sql: "INSERT OR IGNORE INTO pendingWork (what, since) VALUES ('visit-fault-names', ?)", arguments: [ArchiveStore.now()])
            }
        }
    }
}
