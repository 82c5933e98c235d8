import Foundation
import GRDB

/// One institution and department written in different ways: the department after the
/// institution or before it, in brackets, after a dot or a space, or run on
/// (佛山市儿童医院 信息科, 佛山儿童医院（信息科）, 信息科（佛山儿童医院）); the city's 市 or 省 written or
/// left out; a legal or ministry prefix (私立, 財團法人, 衛生福利部) written or not; a laboratory's
/// 醫事檢驗所 shortened to 醫檢所 or 檢驗所. Unconfirmed customers that such names made two are
/// one, and one is merged into a confirmed customer whose name it writes so.
enum WrittenAlike {
    struct Parts: Hashable {
        /// The institution, folded, without what people leave out (`looseKey`).
        var institution: String
        /// The department, folded and canonical (資訊室 → 信息科), if the name states one.
        var department: String?
    }

    /// What people leave out of an institution's name or shorten in it.
    static func looseKey(_ key: String) -> String {
        // A foundation and its "memorial" left out (InstitutionName.shortForm).
        var k = InstitutionName.shortForm(key)
        for prefix in ["私立"] + InstitutionName.ministries where k.hasPrefix(prefix) && k.count - prefix.count >= 3 {
            k = String(k.dropFirst(prefix.count))
        }
        for (long, short) in [("医事检验所", "检验所"), ("医检所", "检验所"), ("cdc", "疾病预防控制中心"), ("疾控中心", "疾病预防控制中心"),
                              ("疾控", "疾病预防控制中心"), ("医学化验所有限公司", "化验所"), ("医学化验所", "化验所")] {
            k = k.replacingOccurrences(of: long, with: short)
        }
        // A province's People's Hospital, as everyone shortens it (山西省医).
        if k.hasSuffix("省医") { k = String(k.dropLast()) + "人民医院" }
        // 市 and 省 after a place (佛山市儿童医院, 佛山儿童医院), not in a word (市场部).
        var out = ""
        let chars = Array(k)
        for (i, c) in chars.enumerated() {
            if (c == "市" || c == "省"), i >= 2, i + 1 < chars.count, chars[i + 1] != "场" { continue }
            out.append(c)
        }
        return out
    }

    /// Words that end an institution's name.
    static let institutionEnds = ["医院", "大学", "学院", "中心", "公司", "海关", "集团", "研究所", "研究院", "检验所", "化验所", "医检", "卫生院",
                                  "血站", "疾控", "妇幼", "学校", "中学", "银行", "局"]
    /// Words that end a department's name.
    static let departmentEnds = ["科", "室", "部", "中心", "平台", "组", "处", "实验室"]

    static func endsInstitution(_ s: String) -> Bool {
        s.count >= 3 && (institutionEnds.contains { s.hasSuffix($0) } || CompanyName.of(s) != nil)
    }

    static func endsDepartment(_ s: String) -> Bool {
        s.count >= 2 && departmentEnds.contains { s.hasSuffix($0) }
    }

    /// The institution and department a Chinese name states, or nil for a name in English, or
    /// one whose halves cannot be told apart.
    static func parts(_ name: String) -> Parts? {
        guard !RomanisedNames.mayBeRomanised(name), let folded = try? Normalizer.fold(name) else { return nil }
        let text = folded.trimmingCharacters(in: .whitespaces)
        guard text.unicodeScalars.contains(where: Normalizer.isCJK) else { return nil }
        func key(_ s: Substring) -> String { (try? Normalizer.nameKey(String(s))) ?? String(s) }
        func made(_ institution: String, _ department: String?) -> Parts? {
            let i = looseKey(institution)
            // A department alone (运维部), or an institution every city has (医学院), is none.
            guard i.count >= 4, endsInstitution(i), !(endsDepartment(i) && CompanyName.of(i) == nil && !i.hasSuffix("中心")),
                  !ArchiveStore.isBareName(institution) else { return nil }
            return Parts(institution: i, department: department.map(canonicalDepartment))
        }
        // Two halves: `A（B）`, `A·B`, `A B`, `A-B`.
        var halves: [Substring] = []
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close, text.index(after: close) == text.endIndex {
            halves = [text[..<open], text[text.index(after: open)..<close]]
        } else {
            let pieces = text.split(whereSeparator: { " ·・-–—/".contains($0) })
            if pieces.count == 2 { halves = pieces }
        }
        if halves.count == 2 {
            let a = key(halves[0]), b = key(halves[1])
            guard !a.isEmpty, !b.isEmpty else { return nil }
            // A department may end as an institution does (理化检验所 of a CDC): one known is one.
            if endsInstitution(a) || endsInstitution(looseKey(a)), InstitutionName.departmentAsWritten.contains(b) { return made(a, b) }
            if endsInstitution(a), endsDepartment(b), !endsInstitution(b) || !endsDepartment(a) { return made(a, b) }
            if endsInstitution(b), endsDepartment(a) { return made(b, a) }
            return nil
        }
        // Run on: a department the name ends with (宜昌大学医学院中心实验室), else the department
        // after the last word that ends an institution (南昌海关技术中心食品检测实验室).
        let whole = key(Substring(text))
        if let d = InstitutionName.departmentsAsWritten.filter({ whole.hasSuffix($0) && whole.count - $0.count >= 3 }).max(by: { $0.count < $1.count }) {
            return made(String(whole.dropLast(d.count)), d)
        }
        var split: String.Index?
        for end in institutionEnds {
            var from = whole.startIndex
            while let r = whole.range(of: end, range: from..<whole.endIndex) {
                let rest = whole[r.upperBound...]
                if whole.distance(from: whole.startIndex, to: r.upperBound) >= 3, endsDepartment(String(rest)), split.map({ r.upperBound > $0 }) ?? true {
                    split = r.upperBound
                }
                from = r.upperBound
            }
        }
        if let split { return made(String(whole[..<split]), String(whole[split...])) }
        return made(whole, nil)
    }

    static func canonicalDepartment(_ key: String) -> String {
        InstitutionName.chineseDepartments.first { $0.0 == key }?.1 ?? key
    }
}

extension ArchiveStore {
    /// Merges customers whose names write one institution and department (`WrittenAlike`): an
    /// unconfirmed one into the one confirmed customer it matches, else unconfirmed ones
    /// together. A name without a department joins the one department of its institution that
    /// the archive's customers name; a department of `A` and the same department of `A…` (南昌海关
    /// and 南昌海关技术中心) are one when only one such longer name has it. Never two confirmed
    /// customers, never names that differ in city, number, kind or department.
    static func mergeWrittenAlike(_ db: Database) throws {
        var confirmed: [Int64: Bool] = [:]
        var names: [Int64: [String]] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT a.customerId, a.alias, c.provisional FROM customerAlias a JOIN customer c ON c.id = a.customerId") {
            let id: Int64 = r["customerId"]
            confirmed[id] = !(r["provisional"] as Bool)
            names[id, default: []].append(r["alias"])
        }
        guard confirmed.values.contains(false) else { return }
        // Documents repeat their customers' names: each read once.
        var read: [String: WrittenAlike.Parts?] = [:]
        func partsOf(_ name: String) -> WrittenAlike.Parts? {
            if let known = read[name] { return known }
            let p = WrittenAlike.parts(name)
            read[name] = p
            return p
        }
        var parts: [Int64: Set<WrittenAlike.Parts>] = [:]
        var byParts: [WrittenAlike.Parts: Set<Int64>] = [:]
        for (id, list) in names {
            for n in list { if let p = partsOf(n) { parts[id, default: []].insert(p); byParts[p, default: []].insert(id) } }
        }
        var root: [Int64: Int64] = [:]
        func find(_ i: Int64) -> Int64 { var i = i; while let r = root[i], r != i { i = r }; return i }
        // A group's root is its confirmed customer if it has one.
        func hasConfirmed(_ group: Int64) -> Bool { confirmed[group] == true }
        var structureMemo: [Int64: [InstitutionName]] = [:]
        // Departments are compared by `Parts` (a name without one joins the one department of
        // its institution); city, number and kind by the names' structures.
        func structures(_ id: Int64) -> [InstitutionName] {
            if let known = structureMemo[id] { return known }
            let s = (names[id] ?? []).map { n -> InstitutionName in
                var s = InstitutionName.of(n)
                s.department = nil
                return s
            }
            structureMemo[id] = s
            return s
        }
        var members: [Int64: [Int64]] = [:]
        func group(_ r: Int64) -> [Int64] { members[r] ?? [r] }
        /// Joins the groups of a and b unless that would put two confirmed customers together,
        /// or any name of one conflicts with any of the other.
        func join(_ a: Int64, _ b: Int64) {
            let (ra, rb) = (find(a), find(b))
            guard ra != rb, !(hasConfirmed(ra) && hasConfirmed(rb)) else { return }
            let sb = group(rb).flatMap(structures)
            guard group(ra).flatMap(structures).allSatisfy({ x in sb.allSatisfy { x.conflict(with: $0) == nil } }) else { return }
            // The group is kept under its confirmed customer, else its oldest.
            let (keep, from) = hasConfirmed(rb) || (!hasConfirmed(ra) && rb < ra) ? (rb, ra) : (ra, rb)
            root[from] = keep
            members[keep] = group(keep) + group(from)
            members[from] = nil
        }
        // The same institution and department however written.
        for (_, ids) in byParts.sorted(by: { $0.value.min()! < $1.value.min()! }) where ids.count > 1 {
            let sorted = ids.sorted()
            // An unconfirmed name matching two confirmed customers says nothing of which.
            guard sorted.filter({ confirmed[$0] == true }).count <= 1 else { continue }
            for id in sorted.dropFirst() { join(sorted[0], id) }
        }
        // Departments by institution, to decide the bare and the shortened names: those of the
        // names documents wrote too (a name resolved by its parts is no alias), so that a second
        // department keeps a bare name from joining the first.
        var departmentsOf: [String: Set<Int64>] = [:], writtenDepartmentsOf: [String: Set<Int64>] = [:]
        for (p, ids) in byParts where p.department != nil { departmentsOf[p.institution, default: []].formUnion(ids) }
        for r in try Row.fetchAll(db, sql: """
            SELECT DISTINCT dc.customerId, f.value FROM documentCustomer dc JOIN field f ON f.docId = dc.docId AND f.name = 'customer'
            """) {
            if let p = partsOf(r["value"]), p.department != nil { writtenDepartmentsOf[p.institution, default: []].insert(r["customerId"]) }
        }
        for (id, ps) in parts.sorted(by: { $0.key < $1.key }) where confirmed[id] == false {
            // Only the institution: its one department group.
            if ps.allSatisfy({ $0.department == nil }), let inst = ps.first?.institution, ps.allSatisfy({ $0.institution == inst }),
               let holders = departmentsOf[inst] {
                let groups = Set(holders.map(find)).subtracting([find(id)])
                // A document's name only forbids: a wrongly linked one must not pull a customer in.
                let written = Set((writtenDepartmentsOf[inst] ?? []).map(find)).subtracting([find(id)])
                if groups.count == 1, let g = groups.first, written.isSubset(of: groups) { join(g, id) }
                continue
            }
            // A department of a shorter name of the institution: the one longer name that has it.
            for p in ps where p.department != nil && p.institution.count >= 4 {
                let longer = byParts.filter { q, _ in q.department == p.department && q.institution.count > p.institution.count && q.institution.hasPrefix(p.institution) }
                let groups = Set(longer.values.flatMap { $0 }.map(find)).subtracting([find(id)])
                if groups.count == 1, let g = groups.first { join(g, id) }
            }
        }
        for id in root.keys.sorted() where find(id) != id {
            let keep = find(id)
            try merge(db, from: id, into: keep, how: "the same institution written otherwise, as #\(keep)")
        }
    }
}
