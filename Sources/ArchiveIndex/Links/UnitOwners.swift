import Foundation
import GRDB

/// Who owned a unit on a given day, from the owner facts its documents state: what a
/// document that names no customer, only the unit, is linked by.
enum UnitOwners {
    /// An owner fact: the customer's id as stored, and the day of the document that states it.
    struct Fact: Equatable { let owner: String; let date: String? }

    /// The owner on `day` of a unit with these facts (the dated ones by date, then in the order
    /// they were stated; the undated ones after them, in that order): the newest
    /// owner, unless the unit was handed over after the day, that is the owner of the day (the
    /// newest fact of that day or before, else the oldest) has no fact as late as the newest
    /// owner's first, and `differ` says the two are other institutions. One customer written
    /// as two names that alternate, or one name form after another, is no handover.
    static func owner(onDay day: String?, facts: [Fact], differ: (String, String) -> Bool = { _, _ in true }) -> String? {
        let dated = facts.filter { $0.date != nil }
        guard let newest = dated.last?.owner ?? facts.last?.owner else { return nil }
        guard let day, let first = dated.first else { return newest }
        let ofTheDay = dated.last(where: { $0.date! <= day })?.owner ?? first.owner
        guard ofTheDay != newest,
              let lastOfTheDay = dated.last(where: { $0.owner == ofTheDay })?.date,
              let firstOfNewest = dated.first(where: { $0.owner == newest })?.date,
              lastOfTheDay < firstOfNewest, differ(ofTheDay, newest) else { return newest }
        return ofTheDay
    }

    /// Links each of these documents that has no customer (and no hand correction of it) to the
    /// owner its units had on its day, when they all had the same.
    static func linkUnnamed(_ db: Database, documents ids: [Int64]) throws {
        let list = ids.map(String.init).joined(separator: ",")
        var facts: [Int64: [Fact]] = [:]
        let factsOf = try db.cachedStatement(sql: """
            SELECT value, docDate FROM unitFact WHERE unitId = ? AND fact = 'owner' ORDER BY docDate IS NULL, docDate, rowid
            """)
        var wanted: [(docId: Int64, date: String?, units: [(id: Int64, serial: String)])] = []
        for r in try Row.fetchAll(db, sql: """
            SELECT du.docId, d.docDate, du.unitId, u.serial
            FROM documentUnit du JOIN unit u ON u.id = du.unitId JOIN document d ON d.id = du.docId
            WHERE du.docId IN (\(list)) AND d.kind NOT IN ('training', 'article')
              AND NOT EXISTS (SELECT 1 FROM documentCustomer dc WHERE dc.docId = du.docId)
              AND NOT EXISTS (SELECT 1 FROM linkCorrection c WHERE c.docId = du.docId AND c.target = 'customer')
            ORDER BY du.docId, u.serial
            """) {
            let doc: Int64 = r["docId"], unit = (id: r["unitId"] as Int64, serial: r["serial"] as String)
            if wanted.last?.docId == doc { wanted[wanted.count - 1].units.append(unit) } else { wanted.append((doc, r["docDate"], [unit])) }
        }
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO documentCustomer (docId, customerId, how) VALUES (?, ?, ?)")
        let differ = try OtherInstitutions(db)
        for w in wanted {
            var owners = Set<String>()
            for unit in w.units {
                if facts[unit.id] == nil {
                    facts[unit.id] = try Row.fetchAll(factsOf, arguments: [unit.id]).map { Fact(owner: $0["value"], date: $0["docDate"]) }
                }
                if let o = owner(onDay: w.date, facts: facts[unit.id]!, differ: differ.callAsFunction) { owners.insert(o) }
            }
            guard owners.count == 1, let owner = owners.first.flatMap(Int64.init) else { continue }
            try insert.execute(arguments: [w.docId, owner, "owner of unit \(w.units.map(\.serial).joined(separator: ","))"])
        }
    }

    /// A unit's owner now, from its owner facts newest first, each with whether its customer
    /// is confirmed: the newest that names a confirmed customer (an unconfirmed name in a late
    /// document, a short form or a slip, does not take a unit away), else the newest; but the
    /// newest, unconfirmed, when it names another institution than that confirmed owner
    /// (`differ`): the unit was handed over to a customer kb has no file of (a centrifuge moved
    /// from 新光醫院 to 高雄醫學大學附設醫院, whose reports name it there).
    static func current(newestFirst facts: [(owner: String, confirmed: Bool)], differ: (String, String) -> Bool) -> String? {
        guard let newest = facts.first else { return nil }
        guard let confirmed = facts.first(where: \.confirmed), confirmed.owner != newest.owner else { return newest.owner }
        return differ(newest.owner, confirmed.owner) ? newest.owner : confirmed.owner
    }
}

/// Whether two customers (by id, as owner facts store them) are other institutions: their names
/// say so (another city, kind, number or department; the brand's company of another place or
/// trade), not when one may be the other written otherwise (泉州职院, 泉州职业技术学院现代教育技术中心;
/// 建豐充電, KIN FUNG EV). Remembered per pair.
final class OtherInstitutions {
    private let nameOf: Statement
    private var known: [String: Bool] = [:]

    init(_ db: Database) throws { nameOf = try db.cachedStatement(sql: "SELECT name FROM customer WHERE id = ?") }

    func callAsFunction(_ a: String, _ b: String) -> Bool {
        let key = a < b ? a + "|" + b : b + "|" + a
        if let answer = known[key] { return answer }
        let names = try? [a, b].map { try String.fetchOne(nameOf, arguments: [Int64($0) ?? -1]) ?? "" }
        var answer = false
        if let names, !names[0].isEmpty, !names[1].isEmpty {
            let none: (String) -> Set<String> = { _ in [] }
            answer = InstitutionName.of(names[0]).conflict(with: InstitutionName.of(names[1])) != nil
            // A brand's other company (another place, department or trade); names of two
            // brands, or in two scripts, may still be one customer's (`PACC`, `Pan-Asia Cold Chain`).
            if !answer, let x = CompanyName.of(names[0]), let y = CompanyName.of(names[1]), x.isLatin == y.isLatin {
                answer = x.conflicts(with: y, pinyin: none)
            }
        }
        known[key] = answer
        return answer
    }
}
