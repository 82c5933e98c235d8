import Foundation
import GRDB

/// The confirmed customers by the institutions their names state, so that a customer file
/// naming a customer kb already has in other words (长沙市一院-放射科, 长沙市第一人民医院放射科,
/// Changsha No. 1 People's Hospital, Radiology) adds a name to it instead of a second customer.
final class ConfirmedInstitutions {
    private var names: [Int64: [(alias: String, structure: InstitutionName, company: CompanyName?)]] = [:]
    private let readings = PlaceReadings()

    init(_ db: Database) throws {
        for r in try Row.fetchAll(db, sql: """
            SELECT a.customerId, a.alias FROM customerAlias a JOIN customer c ON c.id = a.customerId
            WHERE c.provisional = 0 ORDER BY a.customerId, a.aliasKey
            """) {
            add(r["customerId"], r["alias"])
        }
    }

    func add(_ id: Int64, _ name: String) {
        names[id, default: []].append((name, InstitutionName.of(name), CompanyName.of(name)))
    }

    /// The one confirmed customer of which some name states the same city (in either script),
    /// number, kind and department (or no department on both), and none of whose names
    /// disagrees with this one; only for a name that states its city and a number or a kind
    /// named after its city; for a company, the one with a name of the same brand and no other
    /// place (`CompanyName`). Returns the customer and the name that states it.
    func same(as name: String) -> (Int64, String)? {
        let s = InstitutionName.of(name)
        let pinyin = readings.keys
        // A company: the one confirmed customer with a name of the same brand and place.
        if let company = CompanyName.of(name) {
            let found = names.compactMap { id, list in list.first { $0.company?.same(as: company, pinyin: pinyin) == true }.map { (id, $0.alias) } }
            return found.count == 1 ? found[0] : nil
        }
        guard s.city != nil, let kind = s.kind, s.number != nil || InstitutionName.civicKinds.contains(kind) else { return nil }
        var found: [(Int64, String)] = []
        for (id, list) in names {
            guard list.allSatisfy({ $0.structure.conflict(with: s, pinyin: pinyin) == nil }),
                  let match = list.first(where: { t in
                      t.structure.city != nil && t.structure.number == s.number && t.structure.department == s.department
                          && t.structure.kind.map { InstitutionName.compatible($0, kind) } == true
                  }) else { continue }
            found.append((id, match.alias))
        }
        return found.count == 1 ? found[0] : nil
    }
}

/// The pinyin keys of Chinese text, remembered: names repeat the same few places.
final class PlaceReadings {
    private var memo: [String: Set<String>] = [:]

    func keys(_ text: String) -> Set<String> {
        if let known = memo[text] { return known }
        let keys = (try? PinyinReadings.load())?.keys(of: text) ?? []
        memo[text] = keys
        return keys
    }
}
