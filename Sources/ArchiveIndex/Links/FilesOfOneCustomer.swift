import Foundation

/// One customer's two customer files, each of which made a confirmed customer: the CRM's
/// installed-base export in English and the branch's customer master in Chinese
/// (`Chiayi Christian Hosp., Lab Medicine` and 嘉義基督教（檢驗醫學部）), or the full file and
/// the short card (中国医科大学附属第一医院病理科 and 中国医大附一院 病理室). No rule of names
/// makes them one, but they list the same units. Two confirmed customers are one when their
/// files list the same units and nothing in their names says otherwise, as `SharedUnits`
/// decides for the customers of other documents: their names resemble, or they list two
/// units or more in common; and no third customer, which cannot be the other, lists as many
/// of them (a unit handed over from one hospital to another joins neither).
extension ConfirmedInstitutions {
    /// Pairs to join, the customer made first kept; `units` are the serials each customer's
    /// files list.
    func filesOfOneCustomer(units: [Int64: Set<String>]) -> [(from: Int64, keep: Int64)] {
        var customersOfSerial: [String: Set<Int64>] = [:]
        for (id, serials) in units where names[id] != nil { for s in serials { customersOfSerial[s, default: []].insert(id) } }
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
        var fitting: [Pair: Int] = [:], partners: [Int64: [(other: Int64, count: Int)]] = [:]
        // A customer all of whose names are bare (市妇幼 化验室: every city has one) is no
        // evidence of which institution its units are.
        func bare(_ id: Int64) -> Bool { aliases(id).allSatisfy(ArchiveStore.isBareName) }
        for (pair, count) in shared {
            // Every pair that shares units is a partner (a third customer that lists as many is ambiguity).
            partners[pair.a, default: []].append((pair.b, count))
            partners[pair.b, default: []].append((pair.a, count))
            guard !disagree(pair.a, pair.b), !bare(pair.a), !bare(pair.b) else { continue }
            let alike = aliases(pair.a).contains { x in aliases(pair.b).contains { SharedUnits.resemble(x, $0, pinyin: pinyin, cantonese: cantonese) } }
            if alike || count >= SharedUnits.enoughWithoutNames { fitting[pair] = count }
        }
        func ambiguous(_ id: Int64, _ with: Int64, _ count: Int) -> Bool {
            (partners[id] ?? []).contains { $0.other != with && $0.count >= count && disagree($0.other, with) }
        }
        return SharedUnits.join(fitting, ambiguous: ambiguous, joinable: { a, b in
            !a.contains { x in b.contains { disagree(x, $0) } }
        }, keeping: { ra, rb in (min(ra, rb), max(ra, rb)) })
    }
}
