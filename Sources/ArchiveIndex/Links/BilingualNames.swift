import Foundation
import GRDB

/// A customer written in both languages in one value (`華健數據中心 / Wah Kin Data Centre
/// Limited`, `華健數據中心有限公司 (Wah Kin Data Centre Limited)`) says that the two names are
/// one customer. Hong Kong and Taiwan names are romanised in Cantonese or Wade–Giles, which no
/// pinyin reading finds (Wah Kin is 華健, Hua Jian in pinyin), so this is often the only thing
/// that joins a customer's English documents to its Chinese ones.
struct BilingualNames {
    /// Pairs of customers that one value named in both languages, merged once every document is linked.
    private var pairs: [(Int64, Int64, docId: Int64)] = []

    /// The name in the other language, `other`, of a value whose name was resolved to customer
    /// `id`: when it finds no customer, it becomes that customer's alias (unless it names no
    /// institution by itself: `IT Department`, `(Radiology)`); when it finds another, the two are noted as one.
    mutating func note(_ other: String, of id: Int64, docId: Int64, find: (String) throws -> Int64?,
                       _ db: Database, matcher: CustomerMatcher) throws {
        if let found = try find(other) {
            if found != id { pairs.append((id, found, docId)) }
            return
        }
        // A name that states a department and nothing else of an institution names none.
        let s = InstitutionName.of(other)
        let departmentOnly = s.department != nil && s.city == nil && s.kind == nil && s.number == nil
        guard !departmentOnly, !ArchiveStore.isBareName(other) else { return }
        try ArchiveStore.addAlias(db, customerId: id, alias: other, how: "the other language's name, document #\(docId)", docId: docId, replace: false)
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT provisional FROM customer WHERE id = ?"), arguments: [id]) == true {
            matcher.addProvisional(id, other, s)
        }
    }

    /// Merges the customers of each pair where one at least is unconfirmed, into the confirmed
    /// one (or the older); two confirmed customers stay apart, since their files vouch for each.
    func merge(_ db: Database) throws {
        var movedTo: [Int64: Int64] = [:]
        func current(_ id: Int64) -> Int64 { var id = id; while let next = movedTo[id] { id = next }; return id }
        func confirmed(_ id: Int64) throws -> Bool {
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT NOT provisional FROM customer WHERE id = ?"), arguments: [id]) ?? false
        }
        for (a0, b0, docId) in pairs {
            let a = current(a0), b = current(b0)
            guard a != b else { continue }
            let (ca, cb) = (try confirmed(a), try confirmed(b))
            if ca && cb { continue }
            let (keep, from) = ca ? (a, b) : cb ? (b, a) : (min(a, b), max(a, b))
            try ArchiveStore.merge(db, from: from, into: keep, how: "one customer written in both languages, document #\(docId)")
            movedTo[from] = keep
        }
    }
}

extension ArchiveStore {
    /// A name that tells no institution by itself, which every city has (市中医院放射科, 一院,
    /// `Dept. of Radiology, TCM Hospital`): never an unconfirmed customer, nor an alias.
    static func isBareName(_ name: String) -> Bool {
        guard let key = try? Normalizer.nameKey(name) else { return true }
        return isBareName(name, key: key, structure: InstitutionName.of(name))
    }

    /// The same, for a name whose key and structure are already read.
    static func isBareName(_ name: String, key: String, structure: InstitutionName) -> Bool {
        structure.city == nil && (RomanisedNames.mayBeRomanised(name) ? RomanisedNames.distinctiveWords(name).isEmpty : InstitutionName.isBare(key))
    }
}
