import Foundation
import GRDB

/// One customer's two customer files, each of which made a confirmed customer: the CRM's
/// installed-base export in English and the branch's customer master in Chinese
/// (`Chiayi Christian Hosp., Lab Medicine` and 嘉義基督教（檢驗醫學部）), or the full file and
/// the short card (中国医科大学附属第一医院病理科 and 中国医大附一院 病理室). No rule of names
/// makes them one, but they list the same units. Two confirmed customers are one when their
/// files list the same units and nothing in their names says otherwise: their names resemble,
/// or the units they share are two or more and half the shorter list at least (files are
/// snapshots: a unit or two handed over is no evidence); not when either could be a third
/// customer that lists units of it and cannot be the other (a hospital-wide file beside two
/// departments' files), nor when a file's names are all bare (市妇幼 化验室), nor when a person
/// has linked or unlinked documents of either by hand.
extension ConfirmedInstitutions {
    /// Pairs to join, the customer made first kept; `units` are the serials each customer's
    /// files list; `decided`, the customers a person has corrected links of.
    func filesOfOneCustomer(units: [Int64: Set<String>], decided: Set<Int64> = []) -> [(from: Int64, keep: Int64)] {
        var customersOfSerial: [String: Set<Int64>] = [:]
        for (id, serials) in units where names[id] != nil && !decided.contains(id) {
            // Digits only and short (`0001`, an asset tag) is no unit's serial.
            for s in serials where s.count >= 6 || s.contains(where: \.isLetter) { customersOfSerial[s, default: []].insert(id) }
        }
        typealias Pair = SharedUnits.Pair
        var shared: [Pair: Int] = [:]
        for (_, ids) in customersOfSerial where ids.count > 1 && ids.count <= SharedUnits.mostCustomersOfAUnit {
            let list = ids.sorted()
            for i in list.indices { for j in list.indices where j > i { shared[Pair(a: list[i], b: list[j]), default: 0] += 1 } }
        }
        guard !shared.isEmpty else { return [] }
        let pinyin = readings.keys
        let cantonese = (try? PinyinReadings.load()).map { r in { (t: String) in r.cantoneseKeys(of: t) } } ?? { _ in [] }
        let conflicting = NamesDisagree(pinyin: pinyin)
        func aliases(_ id: Int64) -> [String] { (names[id] ?? []).map(\.alias) }
        var disagreeing: [Pair: Bool] = [:]
        func disagree(_ a: Int64, _ b: Int64) -> Bool {
            let pair = Pair(a: min(a, b), b: max(a, b))
            if let known = disagreeing[pair] { return known }
            let answer = aliases(a).contains { x in aliases(b).contains { conflicting.disagree(x, $0) } }
            disagreeing[pair] = answer
            return answer
        }
        var fitting: [Pair: Int] = [:], partners: [Int64: Set<Int64>] = [:]
        // A customer all of whose names are bare (市妇幼 化验室: every city has one) is no
        // evidence of which institution its units are.
        func bare(_ id: Int64) -> Bool { aliases(id).allSatisfy(ArchiveStore.isBareName) }
        for (pair, count) in shared {
            // Every pair that shares units is a partner, however many (see `ambiguous`).
            partners[pair.a, default: []].insert(pair.b)
            partners[pair.b, default: []].insert(pair.a)
            guard !disagree(pair.a, pair.b), !bare(pair.a), !bare(pair.b) else { continue }
            let alike = aliases(pair.a).contains { x in aliases(pair.b).contains { SharedUnits.resemble(x, $0, pinyin: pinyin, cantonese: cantonese) } }
            let shorter = min(units[pair.a]?.count ?? 0, units[pair.b]?.count ?? 0)
            if alike || (count >= SharedUnits.enoughWithoutNames && count * 2 >= shorter) { fitting[pair] = count }
        }
        // Another customer that shares units with `id`, could be it, and cannot be `with`.
        func ambiguous(_ id: Int64, _ with: Int64, _: Int) -> Bool {
            (partners[id] ?? []).contains { $0 != with && !disagree(id, $0) && disagree($0, with) }
        }
        return SharedUnits.join(fitting, ambiguous: ambiguous, joinable: { a, b in
            !a.contains { x in b.contains { disagree(x, $0) } }
        }, keeping: { ra, rb in (min(ra, rb), max(ra, rb)) })
    }
}

extension ArchiveStore {
    /// The serials that stored customer files outside this relink list, of those its customer
    /// files list, by the confirmed customer of each file.
    static func unitsOfOtherCustomerFiles(_ db: Database, listed: Set<String>, files: [Int64]) throws -> [Int64: Set<String>] {
        guard !listed.isEmpty else { return [:] }
        var out: [Int64: Set<String>] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT f.canonical AS serial, dc.customerId, d.title FROM field f
            JOIN document d ON d.id = f.docId AND d.kind = 'customer' JOIN documentCustomer dc ON dc.docId = d.id
            JOIN customer c ON c.id = dc.customerId AND c.provisional = 0
            WHERE f.name = 'serial' AND f.canonical IN (SELECT value FROM json_each(?))
              AND d.id NOT IN (SELECT value FROM json_each(?))
            """, arguments: [String(decoding: try JSONSerialization.data(withJSONObject: listed.sorted()), as: UTF8.self), idArgument(files)]) {
            // (A contract vouches for no customer: see `relink`.)
            guard !KindDetector.isContract(title: r["title"]) else { continue }
            out[r["customerId"], default: []].insert(r["serial"])
        }
        return out
    }
}
