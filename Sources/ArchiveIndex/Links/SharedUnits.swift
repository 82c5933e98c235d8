import Foundation
import GRDB

/// Customers whose documents are about the same units. A hospital's laboratory is written
/// 南方医科大学南方医院检验科 on one repair card, 南医大南方医院 检验 on the next and `Clinical Lab,
/// Southern Medical Univ. Nanfang Hospital` in an English report; no rule of names makes these
/// one, but they name the same serial numbers. Two customers that name one unit are one when
/// nothing in their names says otherwise (a number, a city, a kind, a department, a company's
/// brand) and their names share something that names an institution rather than any (南方,
/// Nanfang), or they share two units or more. A unit that moved from one customer to another
/// joins them only if their names say nothing against it, and resemble each other.
enum SharedUnits {
    /// Shared units that make two customers one though their names share nothing (`WFDC - ITS`
    /// and 永豐數據 資訊科技部), when nothing in the names says otherwise. A moved unit is one.
    static let enoughWithoutNames = 2

    /// Words that say what an institution or department is, longest first: cut out of a name
    /// before its pairs are taken, so that no pair spans one (院检 of 医院检验科).
    static let genericWords: [String] = {
        let words = InstitutionName.chineseKinds.map(\.0) + InstitutionName.chineseDepartments.map(\.0) + InstitutionName.shortDepartments.map(\.0)
            + CompanyName.departments + CompanyName.chineseSuffixes + WrittenAlike.institutionEnds
            + ["人民医院", "附属医院", "附属", "院区", "分院", "纪念医院", "纪念", "医院", "院", "集团", "有限", "股份", "第"]
        return Array(Set(words)).sorted { $0.count > $1.count }
    }()

    /// The character pairs of a folded Chinese name that may name its institution: those left
    /// when its generic words, numbers, 市/县/省/区 and its city are cut out.
    static func namingPairs(_ key: String) -> Set<String> {
        var k = key
        // (Not a memorial hospital's name that a place bears too: 中和纪念医院.)
        if let place = InstitutionName.chinese(key).city ?? InstitutionName.leadingPlace(key).flatMap({ InstitutionName.isMemorialName($0, in: key) ? nil : $0 }) {
            k = k.replacingOccurrences(of: place, with: "|")
        }
        for w in genericWords { k = k.replacingOccurrences(of: w, with: "|") }
        var pairs = Set<String>()
        for segment in k.split(whereSeparator: { $0 == "|" || "市县省区一二三四五六七八九十".contains($0) || !$0.unicodeScalars.allSatisfy(Normalizer.isCJK) }) {
            let chars = Array(segment)
            for i in 0..<max(0, chars.count - 1) { pairs.insert(String(chars[i...(i + 1)])) }
        }
        return pairs
    }

    /// A unit named by more customers than this is no evidence (a loaner, a demonstration
    /// unit, a serial field holding a date).
    static let mostCustomersOfAUnit = 12

    /// Whether two names of customers share what names one institution rather than any: a
    /// character pair that is no kind's, department's or number's (南方 in 南医大南方医院 检验 and
    /// 南方医科大学南方医院检验科); an English naming word that is the pinyin of some characters of
    /// the Chinese name (Nanfang, 南方), or of a place's (Taichung, 台中); two English names' naming
    /// word, or one's initials (KWH for Kwong Wah Hospital); two English words that say two
    /// characters of the Chinese in Cantonese (Wing Fung, 永豐).
    static func resemble(_ a: String, _ b: String, pinyin: (String) -> Set<String>, cantonese: (String) -> Set<String>) -> Bool {
        let aLatin = RomanisedNames.mayBeRomanised(a), bLatin = RomanisedNames.mayBeRomanised(b)
        switch (aLatin, bLatin) {
        case (false, false):
            guard let x = try? Normalizer.nameKey(a), let y = try? Normalizer.nameKey(b) else { return false }
            return !namingPairs(x).isDisjoint(with: namingPairs(y)) || abbreviates(x, y) || abbreviates(y, x)
        case (true, true):
            let x = Set(RomanisedNames.namingWords(a)), y = Set(RomanisedNames.namingWords(b))
            if !x.isDisjoint(with: y) { return true }
            return !initials(a).isDisjoint(with: Set(words(b))) || !initials(b).isDisjoint(with: Set(words(a)))
        default:
            let (latin, chinese) = aLatin ? (a, b) : (b, a)
            guard let key = try? Normalizer.nameKey(chinese) else { return false }
            let spelled = readings(key, pinyin: pinyin), naming = RomanisedNames.namingWords(latin)
            if naming.contains(where: { $0.count >= 4 && spelled.contains($0) }) { return true }
            // Two words in a row that say two characters in Cantonese (`Wing Fung DC` and 永豐數據).
            guard naming.count >= 2 else { return false }
            let said = runs(key, length: 2).reduce(into: Set<String>()) { $0.formUnion(cantonese($1)) }
            return naming.indices.dropLast().contains { Cantonese.says(naming[$0...($0 + 1)], in: said) }
        }
    }

    /// Whether a folded name starts with the abbreviation of the other's start: its first two
    /// or three characters in order among the other's first four or six, the first the same
    /// and some left out (中大附一院 for 中山大学附属第一医院, 南医大 for 南方医科大学).
    static func abbreviates(_ short: String, _ long: String) -> Bool {
        let s = Array(short.prefix(3)), t = Array(long)
        guard s.count >= 2, t.count > s.count, s[0] == t[0], s.allSatisfy({ $0.unicodeScalars.allSatisfy(Normalizer.isCJK) }),
              Array(t.prefix(s.count)) != s else { return false }
        var matched = 0
        for c in t.prefix(s.count == 2 ? 4 : 6) where matched < s.count && c == s[matched] { matched += 1 }
        return matched == s.count
    }

    /// The pinyin of every run of 2 to 4 Chinese characters of a folded name, and the
    /// dictionary's romanisations of the places among them.
    static func readings(_ key: String, pinyin: (String) -> Set<String>) -> Set<String> {
        let chars = Array(key)
        var out = Set<String>()
        for start in chars.indices {
            for length in 2...4 where start + length <= chars.count {
                let run = String(chars[start..<(start + length)])
                guard run.unicodeScalars.allSatisfy(Normalizer.isCJK) else { continue }
                out.formUnion(pinyin(run))
                out.formUnion(Places.shared.chinese[run] ?? [])
            }
        }
        return out
    }

    /// The runs of Chinese characters of this length in a folded name.
    static func runs(_ key: String, length: Int) -> [String] {
        let chars = Array(key)
        return chars.indices.dropLast(length - 1).map { String(chars[$0..<($0 + length)]) }
            .filter { $0.unicodeScalars.allSatisfy(Normalizer.isCJK) }
    }

    private static func words(_ name: String) -> [String] {
        name.lowercased().split { !($0.isASCII && $0.isLetter) }.map(String.init)
    }

    /// Whether a name writes the other's initials as a word of its own, in capitals: `OCBC Bank`
    /// and `OCBC Branch Ops` for Oversea-Chinese Banking Corporation Limited, `PACC` for Pan-Asia
    /// Cold Chain Pte. Ltd. Its brand then is the other's, however its words differ.
    /// A legal form, a department's or a modality's letters (`SDN BHD`, `ICU`, `MRI`) are no
    /// company's initials.
    static func writesInitials(of long: String, in short: String) -> Bool {
        let capitals = short.split(whereSeparator: { !($0.isASCII && $0.isLetter) })
            .filter { $0.count >= 3 && $0.allSatisfy(\.isUppercase) }.map { $0.lowercased() }
            .filter { !RomanisedNames.legalForms.contains($0) && !commonLetters.contains($0) }
        return !capitals.isEmpty && !initials(long).isDisjoint(with: capitals)
    }

    /// Letters that name a department, a modality or a trade's thing in any company's name.
    static let commonLetters: Set<String> = ["icu", "lab", "mri", "ops", "ent", "ecg", "ekg", "pet", "ups", "hvac", "cssd", "opd", "npd",
                                             "rnd", "hse", "ehs", "qa", "qc", "rma", "cnc", "smt", "pcb", "led", "atm", "pos", "usa", "hq"]

    /// The initials of an English name's capitalised words (`Kwong Wah Hospital`: kwh), with
    /// and without its legal form (`Swan River Radiology Pty Ltd`: srrpl, srr).
    static func initials(_ name: String) -> Set<String> {
        let capitalised: [String] = name.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
            .filter { $0.first?.isUppercase == true && $0.count > 1 }
        func letters(_ words: [String]) -> String? { words.count >= 2 ? words.map { $0.first!.lowercased() }.joined() : nil }
        return Set([letters(capitalised), letters(capitalised.filter { !RomanisedNames.legalForms.contains($0.lowercased()) })].compactMap { $0 })
    }
}

extension ArchiveStore {
    /// Merges customers whose documents name the same units (`SharedUnits`): an unconfirmed
    /// one into a confirmed one, or unconfirmed ones together; never two confirmed customers,
    /// never names that differ in number, city, kind, department or brand. Only documents of
    /// one customer count, and only units named in a field or by a serial's pattern.
    static func mergeSharingUnits(_ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM customer WHERE provisional = 1)") == true else { return }
        var customersOfUnit: [Int64: Set<Int64>] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT DISTINCT du.unitId, dc.customerId FROM documentUnit du
            JOIN documentCustomer dc ON dc.docId = du.docId JOIN document d ON d.id = du.docId
            WHERE d.kind NOT IN ('training', 'article') AND du.how NOT LIKE 'mention%'
              AND (SELECT count(*) FROM documentCustomer o WHERE o.docId = du.docId) = 1
            """) {
            customersOfUnit[r["unitId"], default: []].insert(r["customerId"])
        }
        let serials = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, serial FROM unit").map { ($0["id"] as Int64, $0["serial"] as String) })
        var shared: [Pair: Int] = [:]
        for (unit, customers) in customersOfUnit where customers.count > 1 && customers.count <= SharedUnits.mostCustomersOfAUnit {
            // Digits only and short (`2019` of 2019年5月) is no unit's serial.
            guard let serial = serials[unit], serial.count >= 6 || serial.contains(where: \.isLetter) else { continue }
            let list = customers.sorted()
            for i in list.indices { for j in list.indices where j > i { shared[Pair(a: list[i], b: list[j]), default: 0] += 1 } }
        }
        guard !shared.isEmpty else { return }
        var confirmed: [Int64: Bool] = [:], names: [Int64: [String]] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT a.customerId, a.alias, c.provisional FROM customerAlias a JOIN customer c ON c.id = a.customerId") {
            let id: Int64 = r["customerId"]
            confirmed[id] = !(r["provisional"] as Bool)
            names[id, default: []].append(r["alias"])
        }
        let readings = try PinyinReadings.load()
        let pinyin = { (text: String) in readings.keys(of: text) }
        let conflicting = NamesDisagree(pinyin: pinyin)
        func disagree(_ x: String, _ y: String) -> Bool { conflicting.disagree(x, y) }
        var disagreeing: [Pair: Bool] = [:]
        func disagree(_ a: Int64, _ b: Int64) -> Bool {
            let pair = Pair(a: min(a, b), b: max(a, b))
            if let known = disagreeing[pair] { return known }
            let answer = (confirmed[a] == true && confirmed[b] == true)
                || (names[a] ?? []).contains { x in (names[b] ?? []).contains { disagree(x, $0) } }
            disagreeing[pair] = answer
            return answer
        }
        // The pairs whose names allow them to be one and say they may be.
        var fitting: [Pair: Int] = [:], partners: [Int64: [(other: Int64, count: Int)]] = [:]
        for (pair, count) in shared where !disagree(pair.a, pair.b) {
            let alike = (names[pair.a] ?? []).contains { x in (names[pair.b] ?? []).contains { SharedUnits.resemble(x, $0, pinyin: pinyin, cantonese: readings.cantoneseKeys(of:)) } }
            guard alike || count >= SharedUnits.enoughWithoutNames else { continue }
            fitting[pair] = count
            partners[pair.a, default: []].append((pair.b, count))
            partners[pair.b, default: []].append((pair.a, count))
        }
        /// Whether a name fits another customer as well as this one, and the two cannot be one
        /// (a unit moved from one metro group to another; `Metro Group` joins neither).
        func ambiguous(_ id: Int64, _ with: Int64, _ count: Int) -> Bool {
            (partners[id] ?? []).contains { $0.other != with && $0.count >= count && disagree($0.other, with) }
        }
        let joins = SharedUnits.join(fitting, ambiguous: ambiguous, joinable: { a, b in
            guard !(confirmed[a[0]] == true && confirmed[b[0]] == true) else { return false }
            let na = a.flatMap { names[$0] ?? [] }, nb = b.flatMap { names[$0] ?? [] }
            return !na.isEmpty && !nb.isEmpty && !na.contains(where: { x in nb.contains { disagree(x, $0) } })
        }, keeping: { ra, rb in confirmed[rb] == true || (confirmed[ra] != true && rb < ra) ? (rb, ra) : (ra, rb) })
        for (from, keep) in joins { try merge(db, from: from, into: keep, how: "names units of #\(keep)") }
    }

    private typealias Pair = SharedUnits.Pair
}

extension SharedUnits {
    /// Two customers, the lesser id first.
    struct Pair: Hashable { let a: Int64, b: Int64 }

    /// Customers joined pair by pair, the pairs that share the most units first (the strongest
    /// evidence decides a group before a weaker pair could pull it elsewhere). A pair is not
    /// joined when either of its customers fits another as well that cannot be the other
    /// (`ambiguous`), nor when its two groups, each led by its kept customer, may not be one
    /// (`joinable`); `keeping` says which of two groups' customers is kept. Each customer
    /// joined, with the one it is joined to, in order of id.
    static func join(_ fitting: [Pair: Int], ambiguous: (Int64, Int64, Int) -> Bool, joinable: ([Int64], [Int64]) -> Bool,
                     keeping: (Int64, Int64) -> (keep: Int64, from: Int64)) -> [(from: Int64, keep: Int64)] {
        var root: [Int64: Int64] = [:], members: [Int64: [Int64]] = [:]
        func find(_ i: Int64) -> Int64 { var i = i; while let r = root[i], r != i { i = r }; return i }
        func group(_ r: Int64) -> [Int64] { members[r] ?? [r] }
        for (pair, count) in fitting.sorted(by: { $0.value != $1.value ? $0.value > $1.value : ($0.key.a, $0.key.b) < ($1.key.a, $1.key.b) }) {
            guard !ambiguous(pair.a, pair.b, count), !ambiguous(pair.b, pair.a, count) else { continue }
            let (ra, rb) = (find(pair.a), find(pair.b))
            guard ra != rb, joinable(group(ra), group(rb)) else { continue }
            let (keep, from) = keeping(ra, rb)
            root[from] = keep
            members[keep] = group(keep) + group(from)
            members[from] = nil
        }
        return root.keys.sorted().compactMap { id in find(id) != id ? (from: id, keep: find(id)) : nil }
    }
}

/// Whether two names of customers cannot be one institution's: they differ in a number, a
/// city, a kind, a department or a company's brand, place or trade (a company's department
/// left aside). What each name states is read once.
final class NamesDisagree {
    private let pinyin: (String) -> Set<String>
    private var structures: [String: InstitutionName] = [:], companies: [String: CompanyName?] = [:]

    init(pinyin: @escaping (String) -> Set<String>) { self.pinyin = pinyin }

    private func structure(_ n: String) -> InstitutionName {
        if let s = structures[n] { return s }
        let s = InstitutionName.of(n)
        structures[n] = s
        return s
    }

    private func company(_ n: String) -> CompanyName? {
        if let c = companies[n] { return c }
        let c = CompanyName.of(n)
        companies[n] = c
        return c
    }

    func disagree(_ x: String, _ y: String) -> Bool {
        if structure(x).conflict(with: structure(y), pinyin: pinyin) != nil { return true }
        guard var a = company(x), var b = company(y) else { return false }
        a.department = nil
        b.department = nil
        // Initials are the brand: the places, trades and laboratories must still agree.
        if SharedUnits.writesInitials(of: x, in: y) || SharedUnits.writesInitials(of: y, in: x) { return !a.sameParts(as: b, pinyin: pinyin) }
        return !a.mayBeSame(as: b, pinyin: pinyin)
    }
}
