import Foundation
import GRDB

/// The confirmed customers by the institutions their names state, so that a customer file
/// naming a customer kb already has in other words (长沙市一院-放射科, 长沙市第一人民医院放射科,
/// Changsha No. 1 People's Hospital, Radiology) adds a name to it instead of a second customer.
final class ConfirmedInstitutions {
    private(set) var names: [Int64: [(alias: String, structure: InstitutionName, company: CompanyName?)]] = [:]
    let readings = PlaceReadings()

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

    /// A customer merged into another: its names are the other's.
    func moved(from: Int64, into keep: Int64) {
        names[keep, default: []] += names[from] ?? []
        names[from] = nil
    }

    /// The city of the one confirmed customer, fitting this name otherwise, whose city an
    /// address names (福州市…, or `…, Fuzhou, China`).
    private func city(in address: String, fitting s: InstitutionName) -> String? {
        let folded = ((try? Normalizer.fold(address)) ?? address).lowercased()
        let words = Set(folded.split { !$0.isLetter }.map(String.init))
        var found: [Int64: String] = [:]
        for (id, list) in names {
            for t in list.map(\.structure) {
                guard let c = t.city, t.number == s.number, t.department == s.department,
                      let k = t.kind, let kind = s.kind, InstitutionName.compatible(k, kind) else { continue }
                let latin = c.unicodeScalars.allSatisfy(\.isASCII)
                let romanised = latin ? [] : readings.keys(c).union(Places.shared.chinese[c] ?? [])
                if latin ? words.contains(c) : folded.contains(c) || !romanised.isDisjoint(with: words) { found[id] = c }
            }
        }
        return found.count == 1 ? found.first?.value : nil
    }

    /// The one confirmed customer of which some name states the same city (in either script),
    /// number, kind and department (or no department on both), and none of whose names
    /// disagrees with this one; only for a name that states its city and a number or a kind
    /// named after its city; for a company, the one with a name of the same brand and no other
    /// place (`CompanyName`). Returns the customer and the name that states it.
    func same(as name: String, address: String? = nil) -> (Int64, String)? {
        var s = InstitutionName.of(name)
        let pinyin = readings.keys
        // A company: the one confirmed customer with a name of the same brand and place, and
        // none of the brand in another place or line of business. A name without its place
        // is in the city its file's address starts with (鑫泽供应链 at 贵阳市科技园路…).
        if var company = CompanyName.of(name) {
            if company.place == nil, !company.isLatin, let address, let folded = try? Normalizer.fold(address),
               case let city = folded.firstIndex(of: "省").map { folded[folded.index(after: $0)...] } ?? Substring(folded),
               let p = Places.shared.prefix(of: String(city)), p.count >= 2 {
                company.place = CompanyName.placeName(p)
            }
            let found = names.compactMap { id, list -> (Int64, String)? in
                guard let match = list.first(where: { $0.company?.same(as: company, pinyin: pinyin) == true }),
                      !company.conflicts(withNamesOf: list.compactMap(\.company), pinyin: pinyin) else { return nil }
                return (id, match.alias)
            }
            return found.count == 1 ? found[0] : nil
        }
        guard let kind = s.kind, s.number != nil || s.namedAfterItsCity else { return nil }
        // A name without its city (`Municipal Cancer Hospital, Central Laboratory`): the city
        // its file's address names, if one customer's name states that city.
        if s.city == nil {
            guard let address, let city = city(in: address, fitting: s) else { return nil }
            s.city = city
        }
        var found: [(Int64, String)] = []
        for (id, list) in names {
            // The cheap tests first: most customers have no name of this number and department.
            guard let match = list.first(where: { t in
                      t.structure.city != nil && t.structure.number == s.number && t.structure.department == s.department
                          && Self.sameCampus(t.structure.campus, s.campus, pinyin: pinyin) && t.structure.kind.map { InstitutionName.compatible($0, kind) } == true
                          && s.namedAlike(t.structure)
                  }),
                  list.allSatisfy({ $0.structure.conflict(with: s, pinyin: pinyin) == nil }) else { continue }
            found.append((id, match.alias))
        }
        return found.count == 1 ? found[0] : nil
    }
}

extension ConfirmedInstitutions {
    /// The same campus, or none on both: a customer file of a campus is another customer than
    /// the hospital's (芜湖市第一人民医院东院区检验科 and 芜湖市第一人民医院检验科).
    static func sameCampus(_ a: String?, _ b: String?, pinyin: @escaping (String) -> Set<String>) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return InstitutionName.sameCampus(a, b, pinyin: pinyin)
    }

    /// Confirmed customers whose names state an institution but no department (合肥市中医院,
    /// an inspection plan's) and the one department of it (合肥市中医医院病理科) that is the same
    /// customer written shorter: the department's customer file lists a unit theirs lists too,
    /// or their customer file is filed in a folder named after that department
    /// (`客户/揭阳/揭阳市第四人民医院-总务设备科/客户资料/`). Pairs to join.
    func wholesOfOneDepartment(units: [Int64: Set<String>], folders: [Int64: Set<String>]) -> [(whole: Int64, department: Int64)] {
        let pinyin = readings.keys
        var pairs: [(Int64, Int64)] = []
        for (a, list) in names.sorted(by: { $0.key < $1.key }) {
            let shared = units[a] ?? []
            guard !shared.isEmpty || folders[a] != nil, list.allSatisfy({ $0.structure.department == nil }),
                  let whole = list.first(where: { $0.structure.city != nil && ($0.structure.number != nil
                      || $0.structure.namedAfterItsCity) })?.structure else { continue }
            let filedUnder = (folders[a] ?? []).sorted().map(InstitutionName.of).filter {
                $0.department != nil && $0.conflict(with: whole, pinyin: pinyin) == nil
            }
            guard !shared.isEmpty || !filedUnder.isEmpty else { continue }
            let fits = names.filter { b, other in
                guard b != a else { return false }
                let evidence = !(units[b] ?? []).isDisjoint(with: shared) || filedUnder.contains { folder in
                    other.contains { $0.structure.department.map { InstitutionName.sameDepartment($0, folder.department!) } == true }
                        && other.allSatisfy { $0.structure.conflict(with: folder, pinyin: pinyin) == nil }
                }
                return evidence
                    && other.allSatisfy { o in list.allSatisfy { $0.structure.conflict(with: o.structure, pinyin: pinyin) == nil } }
                    && other.contains { o in
                        o.structure.department != nil && o.structure.city != nil && o.structure.number == whole.number && whole.namedAlike(o.structure)
                            && o.structure.kind.map { k in whole.kind.map { InstitutionName.compatible(k, $0) } ?? false } == true
                    }
            }
            if fits.count == 1, let b = fits.first?.key { pairs.append((a, b)) }
        }
        return pairs
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
