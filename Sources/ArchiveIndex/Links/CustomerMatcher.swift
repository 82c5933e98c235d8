import Foundation
import GRDB

/// Strings indexed by their pairs of adjacent characters (as numbers, cheap to hash).
struct PairIndex {
    private var postings: [UInt64: [Int32]] = [:]
    /// Each string's distinct pairs, and the postings of each string's rarest half plus one
    /// (what `sharingHalf` needs: made by `seal`).
    private var sets: [[UInt64]] = []
    private var prefixPostings: [UInt64: [Int32]] = [:]

    /// The pairs of a string; a string of one character is its own pair.
    static func pairs(_ s: String) -> [UInt64] {
        let v = s.unicodeScalars.map { UInt64($0.value) }
        return v.count < 2 ? v : (0..<(v.count - 1)).map { v[$0] << 32 | v[$0 + 1] }
    }

    mutating func add(_ pairs: [UInt64], as index: Int) {
        let distinct = Array(Set(pairs))
        for g in distinct { postings[g, default: []].append(Int32(index)) }
        if sets.count <= index { sets += Array(repeating: [], count: index + 1 - sets.count) }
        sets[index] = distinct
    }

    private func rarer(_ a: UInt64, _ b: UInt64) -> Bool {
        let (x, y) = (postings[a]?.count ?? 0, postings[b]?.count ?? 0)
        return x != y ? x < y : a < b
    }

    /// Once every string is added: each string indexed again by its ⌊s/2⌋ + 1 rarest pairs
    /// (of its s distinct ones), so that one sharing half of them is found by its rare pairs.
    mutating func seal() {
        prefixPostings = [:]
        for (i, set) in sets.enumerated() {
            for g in set.sorted(by: rarer).prefix(set.count / 2 + 1) { prefixPostings[g, default: []].append(Int32(i)) }
        }
    }

    /// The strings that share at least half the distinct pairs of the shorter of the two (with
    /// these pairs), with how many they share, found without counting every string that
    /// shares a common pair (医院, 检验: most of a large archive's names).
    /// A string at least as long as the query shares one of the query's ⌊q/2⌋ + 1 rarest
    /// pairs; a shorter one, one of its own ⌊s/2⌋ + 1 rarest (pigeonhole). Needs `seal`.
    func sharingHalf(_ pairs: [UInt64]) -> [Int: Int] {
        let query = Set(pairs), q = query.count
        guard q > 0 else { return [:] }
        var out: [Int: Int] = [:], seen = Set<Int32>()
        func consider(_ i: Int32) {
            guard seen.insert(i).inserted else { return }
            let set = sets[Int(i)]
            let n = set.reduce(0) { query.contains($1) ? $0 + 1 : $0 }
            if n * 2 >= min(q, set.count) { out[Int(i)] = n }
        }
        for g in query.sorted(by: rarer).prefix(q / 2 + 1) {
            for i in postings[g] ?? [] where sets[Int(i)].count >= q { consider(i) }
        }
        for g in query {
            for i in prefixPostings[g] ?? [] where sets[Int(i)].count < q { consider(i) }
        }
        return out
    }

    /// The strings that have every one of these pairs (rarest pair first).
    func havingAll(_ pairs: [UInt64]) -> [Int] {
        var result: [Int32]?
        for g in Set(pairs).sorted(by: { (postings[$0]?.count ?? 0) < (postings[$1]?.count ?? 0) }) {
            let list = postings[g] ?? []
            if let r = result { let set = Set(list); result = r.filter(set.contains) } else { result = list }
            if result!.isEmpty { return [] }
        }
        return (result ?? []).map(Int.init)
    }
}

/// The confirmed customers' names and aliases, loaded once per relink, indexed by character
/// pair: a name that is not an exact alias is compared only with the aliases it shares enough
/// pairs with (those it may contain, be part of, or resemble), not with all of them.
/// Answers are remembered per name, as documents repeat the same few names.
final class CustomerMatcher {
    private struct Alias {
        let customerId: Int64; let alias: String; let key: String; let pairs: [UInt64]
        let structure: InstitutionName
    }
    private var aliases: [Alias] = []
    private var index = PairIndex()
    private var memo: [String: (Int64, String)?] = [:]
    /// Unconfirmed customers (those stored, and those made during this relink), with what their names state.
    private var provisionals: [(id: Int64, alias: String, structure: InstitutionName)] = []
    /// Every customer's names that state a company, confirmed or not.
    private var companies: [(id: Int64, alias: String, company: CompanyName, provisional: Bool)] = []
    /// Each customer's names that state a company.
    private var companyNames: [Int64: [CompanyName]] = [:]
    /// A customer's names that state a company.
    func companyNames(of id: Int64) -> [CompanyName] { companyNames[id] ?? [] }
    /// The departments each customer's names state (canonical).
    private var departments: [Int64: Set<String>] = [:]

    /// A confirmed customer's name or alias, or an unconfirmed one's (`provisional`).
    struct Name { let customerId: Int64; let alias: String; let key: String; let provisional: Bool }

    /// `similarOnly`: only `similar` will be asked (what a name most resembles, by its
    /// characters), so what names state (institution, company) is not worked out: a brief
    /// naming hundreds of customers needs no more.
    convenience init(_ db: Database, similarOnly: Bool = false) throws {
        let names = try Row.fetchAll(db, sql: """
            SELECT a.customerId, a.alias, a.aliasKey, c.provisional FROM customerAlias a JOIN customer c ON c.id = a.customerId
            \(similarOnly ? "WHERE c.provisional = 0" : "") ORDER BY a.customerId, a.aliasKey
            """).map { Name(customerId: $0["customerId"], alias: $0["alias"], key: $0["aliasKey"], provisional: $0["provisional"]) }
        self.init(names, similarOnly: similarOnly)
    }

    /// A matcher of these names only (`CustomerFileReach` asks which names a new customer
    /// file's names may be met by).
    init(_ names: [Name], similarOnly: Bool = false) {
        let unread = InstitutionName.of("")
        for n in names where !n.provisional && n.key.count >= 4 {
            let structure = similarOnly ? unread : InstitutionName.of(n.alias)
            // A foundation's memorial hospital is written without both (慈恩醫院 for
            // 財團法人慈恩紀念醫院): its short form is an alias too.
            let short = InstitutionName.shortForm(n.key)
            for key in short == n.key ? [n.key] : [n.key, short] {
                let pairs = PairIndex.pairs(key)
                index.add(pairs, as: aliases.count)
                byStructure.add(structure, as: aliases.count)
                aliases.append(Alias(customerId: n.customerId, alias: n.alias, key: key, pairs: pairs, structure: structure))
            }
            if let d = structure.department { departments[n.customerId, default: []].insert(d) }
        }
        index.seal()
        if similarOnly { return }
        for n in names {
            if let company = CompanyName.of(n.alias) {
                companies.append((n.customerId, n.alias, company, n.provisional))
                companyNames[n.customerId, default: []].append(company)
            }
        }
        for n in names where n.provisional {
            let structure = InstitutionName.of(n.alias)
            provisionals.append((n.customerId, n.alias, structure))
            noteEnglish(n.customerId, n.alias, structure)
            if let d = structure.department { departments[n.customerId, default: []].insert(d) }
        }
    }

    /// Whether any of this matcher's confirmed names may be what a name means, one or several
    /// of them: one whose structure fits it, a company of its brand, or (a Chinese name, or an
    /// English one of generic words only) one that contains it, is part of it or is 0.8
    /// similar (what `structural`, `companies` and `match` answer from).
    func mayMean(_ name: String) -> Bool {
        guard let key = try? Normalizer.nameKey(name), key.count >= 2 else { return false }
        let structure = InstitutionName.of(name)
        if !candidates(structure: structure).isEmpty { return true }
        if let company = CompanyName.of(name), !companies(like: company, confirmed: true).isEmpty { return true }
        if RomanisedNames.mayBeRomanised(name), RomanisedNames.distinctiveWords(name).joined().count >= 4 { return false }
        let short = InstitutionName.shortForm(key), pairs = PairIndex.pairs(short)
        return candidates(pairs).contains { a in
            a.structure.conflict(with: structure) == nil
                && (short.contains(a.key) || a.key.contains(short)
                    || (ArchiveStore.similarity(pairs, a.pairs) >= 0.8 && !Self.substitutes(InstitutionName.ownPart(a.key), InstitutionName.ownPart(short))))
        }
    }

    /// Unconfirmed customers' English names by their distinctive words (`wai shun` for
    /// `Wai Shun Hosp. – IT Department`).
    private var provisionalEnglish: [String: [(id: Int64, alias: String, structure: InstitutionName)]] = [:]

    private func noteEnglish(_ id: Int64, _ alias: String, _ structure: InstitutionName) {
        guard RomanisedNames.mayBeRomanised(alias) else { return }
        let distinctive = RomanisedNames.distinctiveWords(alias).joined(separator: " ")
        if distinctive.count >= 4 { provisionalEnglish[distinctive, default: []].append((id, alias, structure)) }
    }

    /// The one unconfirmed customer an English name spells with the same distinctive words,
    /// whose names differ from it in no number, city, kind or department (`Wai Shun Hospital –
    /// IT Department` and `Wai Shun Hosp., Information Technology Department`), and state its
    /// department if it states one.
    func englishProvisional(_ name: String, structure: InstitutionName) -> (Int64, String)? {
        let distinctive = RomanisedNames.distinctiveWords(name).joined(separator: " ")
        guard let known = provisionalEnglish[distinctive] else { return nil }
        let ids = Set(known.map(\.id))
        // A name with a department joins only a customer whose names state it too: `Tainan
        // Hospital` (a document that wrote no department) is not each of its departments.
        let fitting = ids.filter { id in
            known.allSatisfy { $0.id != id || $0.structure.conflict(with: structure, pinyin: readings) == nil }
                && (structure.department == nil || known.contains { $0.id == id && $0.structure.department == structure.department })
        }
        guard fitting.count == 1, let id = fitting.first, let alias = known.first(where: { $0.id == id })?.alias else { return nil }
        return (id, alias)
    }

    /// The pinyin keys of Chinese text (a place), remembered.
    func readings(_ text: String) -> Set<String> { placeReadings.keys(text) }
    private let placeReadings = PlaceReadings()

    /// Whether this relink made an unconfirmed customer or gave one another name.
    private(set) var provisionalsChanged = false

    func addProvisional(_ id: Int64, _ alias: String, _ structure: InstitutionName) {
        provisionals.append((id, alias, structure))
        noteEnglish(id, alias, structure)
        if let d = structure.department { departments[id, default: []].insert(d) }
        if let company = CompanyName.of(alias) {
            companies.append((id, alias, company, true))
            companyNames[id, default: []].append(company)
            companyMemo[false] = nil
        }
        provisionalsChanged = true
    }

    /// The customers (confirmed, or unconfirmed) with a name of the same company, and one such
    /// name each. Remembered by company: the confirmed names do not change during a relink, the
    /// unconfirmed ones are forgotten when one is added (scanning every company's names for
    /// each document was a fifth of linking at 100,000 documents).
    func companies(like company: CompanyName, confirmed: Bool) -> [(id: Int64, alias: String)] {
        if let known = companyMemo[confirmed]?[company] { return known }
        var seen = Set<Int64>()
        // Nor one whose names state another department: 润禾集团（信息中心）is no 润禾微电子…厂务部,
        // though that customer is also written 润禾半导体.
        let department = company.department.map(InstitutionName.department(startingWith:))
        let otherDepartment = { (id: Int64) in
            department.map { d in self.departments[id]?.contains { !InstitutionName.sameDepartment($0, d) } == true } ?? false
        }
        // Nor one with a name of the brand in another place or line of business (鑫泽电子 is not
        // the 鑫泽供应链 that was also written 贵阳鑫泽).
        let otherCompany = { (id: Int64) in company.conflicts(withNamesOf: self.companyNames[id] ?? [], pinyin: self.readings) }
        let found = companies.filter {
            $0.provisional != confirmed && $0.company.same(as: company, pinyin: readings) && !otherDepartment($0.id) && !otherCompany($0.id)
                && seen.insert($0.id).inserted
        }
            .map { ($0.id, $0.alias) }
        companyMemo[confirmed, default: [:]][company] = found
        return found
    }
    private var companyMemo: [Bool: [CompanyName: [(id: Int64, alias: String)]]] = [:]

    /// The one unconfirmed customer whose name states exactly the parts this one states
    /// (two or more, with a city and a number or a civic kind), and nothing else.
    func provisional(_ s: InstitutionName, pinyin: ((String) -> Set<String>)? = nil) -> (Int64, String)? {
        guard s.city != nil, s.number != nil || s.namedAfterItsCity else { return nil }
        let same = provisionals.filter { $0.structure == s }
        if Set(same.map(\.id)).count == 1, let first = same.first { return (first.id, first.alias) }
        guard same.isEmpty else { return nil }
        // Else the one whose names, taken together, state the same city, number, kind and
        // department (长沙一院（放射科） and 長沙第一人民醫院放射科). Whether a name without a department
        // is the one department of that institution is decided once every name is known
        // (`mergeUnconfirmed`).
        var byId: [Int64: [(alias: String, structure: InstitutionName)]] = [:]
        for p in provisionals { byId[p.id, default: []].append((p.alias, p.structure)) }
        let fitting = byId.filter { _, names in
            names.allSatisfy { $0.structure.conflict(with: s, pinyin: pinyin) == nil }
                && names.contains { t in
                    t.structure.city != nil && t.structure.number == s.number && t.structure.department == s.department && s.namedAlike(t.structure)
                        && (t.structure.kind == s.kind || (t.structure.kind.map { InstitutionName.compatible($0, s.kind ?? "") } ?? false))
                }
        }
        guard fitting.count == 1, let (id, names) = fitting.first else { return nil }
        return (id, names[0].alias)
    }

    /// What a name's structure says about which confirmed customer it is.
    enum Structural { case one(Int64, String), several([Int64]), none }

    /// Confirmed customers a name may mean by its structure: every part it states (city,
    /// number, kind, department) stated alike in one of their names. Only for a name that
    /// states two parts or more, one of them a number or a kind named after its city
    /// (南京中医院放射科, 重庆妇幼, 三院检验科, Chongqing No.2 People's Hospital).
    /// Places are compared by their readings. Remembered by structure: the confirmed
    /// customers' names do not change during a relink, and thousands of documents name the
    /// same few hundred institutions (scanning every name for each document made linking
    /// quadratic in the archive).
    func candidates(structure s: InstitutionName) -> [(id: Int64, name: String, structure: InstitutionName)] {
        let stated = [s.city != nil, s.number != nil, s.kind != nil, s.department != nil].filter { $0 }.count
        guard stated >= 2, s.number != nil || s.namedAfterItsCity else { return [] }
        if let known = candidatesMemo[s] { return known }
        let found = scanCandidates(s)
        candidatesMemo[s] = found
        return found
    }
    private var candidatesMemo: [InstitutionName: [(id: Int64, name: String, structure: InstitutionName)]] = [:]
    private var byStructure = StructureIndex()

    /// The confirmed names (by their place in `aliases`) by the number, department and kind
    /// they state: a candidate states the number and department a name states, and its kind
    /// too when the name states no number.
    private struct StructureIndex {
        private var byNumber: [Int: [Int]] = [:], byDepartment: [String: [Int]] = [:], byKind: [String: [Int]] = [:]

        mutating func add(_ s: InstitutionName, as i: Int) {
            if let n = s.number { byNumber[n, default: []].append(i) }
            if let d = s.department { byDepartment[d, default: []].append(i) }
            if let k = s.kind { byKind[k, default: []].append(i) }
        }

        /// The shortest list every candidate of `s` is in, in ascending order; `all` when
        /// `s` states neither number, department nor kind.
        func mayFit(_ s: InstitutionName, all: Range<Int>) -> [Int] {
            var lists: [[Int]] = []
            if let n = s.number { lists.append(byNumber[n] ?? []) }
            if let d = s.department { lists.append(byDepartment[d] ?? []) }
            if s.number == nil, let k = s.kind { lists.append(byKind[k] ?? []) }
            return lists.min { $0.count < $1.count } ?? Array(all)
        }
    }

    private func scanCandidates(_ s: InstitutionName) -> [(id: Int64, name: String, structure: InstitutionName)] {
        // Any of a customer's names may be the one that states what this name states (its
        // registered name may be English and say no department).
        var seen = Set<Int64>()
        return byStructure.mayFit(s, all: aliases.indices).map { aliases[$0] }.filter { a in
            let t = a.structure
            guard t.conflict(with: s, pinyin: readings) == nil else { return false }
            return (s.city == nil || t.city != nil) && (s.number == nil || t.number == s.number)
                && (s.kind == nil || t.kind == s.kind || (s.number != nil && s.kind == "人民医院" && t.kind.map { InstitutionName.compatible($0, "医院") } == true))
                && (s.department == nil || t.department == s.department) && !s.statesCampus(missingFrom: t) && s.namedAlike(t)
        }.filter { seen.insert($0.customerId).inserted }.map { ($0.customerId, $0.alias, $0.structure) }
    }

    /// The one customer the structure leaves, or the one of several the document's units
    /// belong to, or whose city the document names.
    func structural(_ s: InstitutionName, evidence: ArchiveStore.Evidence) -> Structural {
        let all = candidates(structure: s)
        if all.isEmpty { return .none }
        if all.count == 1 {
            // A name without its city (`Dept. of Pathology, The First Affiliated Hospital`)
            // fits the one customer kb knows of that kind, which may be another city's.
            if s.city == nil, namesAnotherCity(than: all[0].id, evidence.folded) { return .none }
            return .one(all[0].id, " → \(all[0].name), by city, number, kind and department")
        }
        let owning = all.filter { evidence.owners.contains($0.id) }
        if owning.count == 1 { return .one(owning[0].id, " → \(owning[0].name), whose customer file lists the unit") }
        if s.city == nil {
            let named = all.filter { c in c.structure.city.map { evidence.folded.contains($0) } ?? false }
            if named.count == 1 { return .one(named[0].id, " → \(named[0].name), of the city the document names") }
        }
        // A name without a campus is the hospital's main one (本部), when the others are that
        // hospital's campuses (东院区; its city, number and kind) and the document names none of
        // them: a campus is named when it is meant.
        if s.campus == nil, case let main = all.filter({ $0.structure.campus == nil }), main.count == 1,
           all.allSatisfy({ c in c.id == main[0].id || (c.structure.campus != nil && c.structure.city == main[0].structure.city
                && c.structure.number == main[0].structure.number && c.structure.kind == main[0].structure.kind) }),
           !all.contains(where: { c in c.structure.campus.map { evidence.folded.contains($0 + "院") } ?? false }) {
            return .one(main[0].id, " → \(main[0].name), the hospital's main campus")
        }
        return .several(all.map(\.id))
    }

    /// Whether the document names the city of another confirmed customer and none of this
    /// customer's: in pinyin or as the dictionary romanises it, or in Chinese (another's only
    /// with 市, as 南京路 is a street of many cities).
    private func namesAnotherCity(than id: Int64, _ folded: String) -> Bool {
        let cities = confirmedCities
        guard let mine = cities[id] else { return false }
        if mine.latin.contains(where: folded.contains) || mine.chinese.contains(where: folded.contains) { return false }
        return cities.contains { other, spellings in
            other != id && (spellings.latin.contains { !mine.latin.contains($0) && folded.contains($0) }
                || spellings.chinese.contains { !mine.chinese.contains($0) && folded.contains($0 + "市") })
        }
    }

    /// Each confirmed customer's cities, as they may be written.
    private lazy var confirmedCities: [Int64: (chinese: Set<String>, latin: Set<String>)] = {
        var cities: [Int64: (chinese: Set<String>, latin: Set<String>)] = [:]
        for a in aliases {
            guard let city = a.structure.city else { continue }
            var known = cities[a.customerId] ?? ([], [])
            if city.unicodeScalars.allSatisfy(\.isASCII) {
                if city.count >= 4 { known.latin.insert(city) }
            } else {
                known.chinese.insert(city)
                known.latin.formUnion(readings(city).filter { $0.count >= 4 })
                known.latin.formUnion((Places.shared.chinese[city] ?? []).filter { $0.count >= 4 })
            }
            cities[a.customerId] = known
        }
        return cities
    }()

    /// The one confirmed customer whose name or alias contains the key or is contained in it;
    /// else the one at least 0.8 similar (柳溪中医院检验科 for 柳溪县中医院检验科); else nil.
    /// Never one whose name differs in number, city, kind or department.
    func match(_ written: String, structure: InstitutionName = InstitutionName(), name: String? = nil) -> (Int64, String)? {
        let key = InstitutionName.shortForm(written)
        if let known = memo[key] { return known }
        let pairs = PairIndex.pairs(key)
        // A name of "the city's" hospital (市中医院 化验室, as a customer file may register it)
        // says no city: a name that says one (长春市中医院·化验室) is not it, whatever it contains.
        // Nor is a name that states a campus (山东省立医院东院·检验) the hospital's that states
        // none: a campus is named when it is meant. Nor a bare name's (妇幼保健院 化验室, as a short
        // card registers it), which every city has, a name that says its city (沈阳市妇幼保健院（化验室）).
        let candidates = candidates(pairs).filter { c in
            c.structure.conflict(with: structure) == nil && !(structure.city != nil && c.key.first.map { "市县区".contains($0) } == true)
                && !structure.statesCampus(missingFrom: c.structure)
                && !(structure.city != nil && c.structure.city == nil && ArchiveStore.isBareName(c.alias, key: c.key, structure: c.structure))
        }
        var answer: (Int64, String)?
        // The end of a name without its place (食品检测实验室 of 大连海关技术中心食品检测实验室) is
        // what every such institution has; a name without its province (长沙市第一医院) is not.
        let containing = candidates.filter {
            key.contains($0.key) || ($0.key.contains(key) && (structure.city != nil || !$0.key.hasSuffix(key)))
        }
        if Set(containing.map(\.customerId)).count == 1, let first = containing.first {
            answer = (first.customerId, " → part of \(first.alias)")
        } else if let (id, alias) = similar(candidates: candidates, pairs: pairs, key: nil, written: key, name: name) {
            answer = (id, " → similar to \(alias)")
        }
        memo[key] = answer
        return answer
    }

    /// The one confirmed customer whose name or alias is at least 0.8 similar to the key.
    /// With `name` (the name the key was made of), never one whose name differs from it in
    /// number, city, kind or department (`Yangzhou University Second Affiliated Hospital` is
    /// no `First Affiliated Hospital of Yangzhou University`, though most pairs are alike).
    func similar(_ key: String, name: String? = nil) -> (Int64, String)? {
        let pairs = PairIndex.pairs(key)
        guard let found = similar(candidates: candidates(pairs), pairs: pairs, key: key, written: key, name: name) else { return nil }
        if let name, case let (theirs, mine) = (InstitutionName.of(found.1), InstitutionName.of(name)),
           theirs.conflict(with: mine, pinyin: readings) != nil || mine.statesCampus(missingFrom: theirs) { return nil }
        return found
    }

    /// Aliases sharing at least half the pairs of the shorter of the two: containment shares
    /// all of them and a Dice of 0.8 most, so no alias that could match is left out, and the
    /// many that share only 医院 or 检验 are.
    private func candidates(_ pairs: [UInt64]) -> [Alias] {
        index.sharingHalf(pairs).keys.sorted().map { aliases[$0] }
    }

    /// Only names whose start (the place or the brand) the other has too: the rest may be
    /// generic words that many customers share (寶康醫學化驗所有限公司 is not
    /// 僑光醫學化驗所有限公司), while a name may be written with a prefix (湖南省长沙市第一医院).
    /// With `key`, an English name must hold each of the other's naming words: `Wing On
    /// Data Centre Limited` shares most pairs with `Ming Tak Data Centre Limited`, all of them
    /// generic (the name an unconfirmed customer is shown by; linking has its own guards).
    /// Nor names whose own part, before the first word of a kind, has characters of its own on
    /// both sides: one left out is a name written short (柳溪中医院, 柳溪县中医院), one written
    /// instead of another is another institution (東華三院東華醫院, 東華三院廣華醫院), and so is a
    /// company of another brand (`IT Center, Runhe Textile Group` and `…, Hongjun Textile Group`).
    private func similar(candidates: [Alias], pairs: [UInt64], key: String?, written: String, name: String?) -> (Int64, String)? {
        guard let mine = pairs.first else { return nil }
        let company = name.flatMap(CompanyName.of)
        let own = InstitutionName.ownPart(written)
        let close = candidates.filter { a in a.pairs.contains(mine) || a.pairs.first.map(pairs.contains) == true }
            .map { ($0, ArchiveStore.similarity(pairs, $0.pairs)) }.filter { $0.1 >= 0.8 }
            .filter { a, _ in !Self.substitutes(InstitutionName.ownPart(a.key), own)
                && !(company.map { c in CompanyName.of(a.alias).map { !$0.same(as: c, pinyin: readings) } ?? false } ?? false) }
        guard Set(close.map(\.0.customerId)).count == 1, let top = close.max(by: { $0.1 < $1.1 }) else { return nil }
        if let key, top.0.alias.unicodeScalars.allSatisfy(\.isASCII), !RomanisedNames.namingWords(top.0.alias).allSatisfy(key.contains) { return nil }
        return (top.0.customerId, top.0.alias)
    }
}

extension CustomerMatcher {
    /// Whether each of two texts has characters the other has not (as many times).
    static func substitutes(_ a: String, _ b: String) -> Bool {
        var count: [Character: Int] = [:]
        for c in a { count[c, default: 0] += 1 }
        for c in b { count[c, default: 0] -= 1 }
        return count.values.contains { $0 > 0 } && count.values.contains { $0 < 0 }
    }
}

