import Foundation
import GRDB

/// A fault's name in English and in Chinese, learnt from the archive: where documents state
/// what one error code means (`FaultCodes`), some in English and some in Chinese, the two
/// descriptions name one fault. A query that says one of them (`peristaltic pump not turning`)
/// also finds the documents that say the other (蠕动泵不转), as a phrase the dictionary could
/// not translate word by word. Each code's names are made again whenever its statements change.
struct FaultNames {
    struct Pair: Equatable {
        let code: String
        let english: String
        let chinese: String
    }
    let pairs: [Pair]
    /// The content words (stems) of each pair's English name.
    private let englishStems: [Set<String>]

    init(_ db: Database) throws {
        // Names learnt from error codes, then from visits recorded in both languages (`VisitFaultNames`).
        let rows = try Row.fetchAll(db, sql: """
            SELECT * FROM (SELECT code, english, chinese, englishStems FROM faultName
                UNION ALL SELECT '' AS code, english, chinese, englishStems FROM visitFaultName v
                WHERE NOT EXISTS (SELECT 1 FROM faultName f WHERE f.english = v.english AND f.chinese = v.chinese))
            ORDER BY code = '', code, english
            """)
        pairs = rows.map { Pair(code: $0["code"], english: $0["english"], chinese: $0["chinese"]) }
        englishStems = rows.map { Set(($0["englishStems"] as String).split(separator: " ").map(String.init)) }
    }

    /// The other language's names of the faults a query names: for English words, the pairs
    /// whose English name shares three quarters of the query's content words and half its own
    /// or more; for Chinese, the pairs whose Chinese name holds the query's Chinese, or is held
    /// in it, at half its length or more (蠕动泵不转 of 蠕动泵不转，无法排废液).
    func otherNames(forFolded folded: String) throws -> [(said: String, other: String)] {
        let han = Self.han(folded)
        if han.count >= 3 {
            return pairs.filter { p in
                let name = Self.han(p.chinese)
                let (short, long) = name.count <= han.count ? (name, han) : (han, name)
                return long.contains(short) && short.count * 2 >= long.count
            }.map { ($0.chinese, $0.english) }
        }
        guard han.isEmpty else { return [] }
        let query = try Self.stems(folded)
        guard query.count >= 2 else { return [] }
        return pairs.indices.filter { i in
            let shared = englishStems[i].intersection(query).count
            return shared >= 2 && shared * 2 >= englishStems[i].count && shared * 4 >= query.count * 3
        }.map { (pairs[$0].english, pairs[$0].chinese) }
    }

    static func han(_ s: String) -> String { String(s.unicodeScalars.filter(Normalizer.isCJK).map(Character.init)) }

    /// Little words that say nothing of a fault.
    static let little: Set<String> = ["a", "an", "the", "of", "to", "on", "in", "at", "for", "is", "are", "was", "and", "or", "with", "by", "from"]

    static func stems(_ text: String) throws -> Set<String> {
        Set(try text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
            .filter { !little.contains($0) }.map { try XapianIndexer.stem($0) })
    }

    // MARK: learning

    /// Makes the names of these codes again from their statements (`nil`: every code's).
    /// Of a code's statements in one language, the commonest says it, or the next commonest
    /// when one holds the other (`管理模块失联` of `管理模块失联（反复出现）`); a code whose
    /// statements disagree (one code, two products) gets no name: the name must be in three
    /// fifths of its statements. (A regional wording, 视讯 for 视频, is no part to cut to.)
    static func learn(_ db: Database, codes: Set<String>?) throws {
        let statements: [Row]
        if let codes {
            guard !codes.isEmpty else { return }
            var rows: [Row] = []
            for chunk in codes.sorted().chunked(500) {
                try db.execute(sql: "DELETE FROM faultName WHERE code IN (\(chunk.map { _ in "?" }.joined(separator: ",")))", arguments: StatementArguments(chunk))
                rows += try Row.fetchAll(db, sql: "SELECT canonical, value FROM field WHERE name = 'fault_code' AND canonical IN (\(chunk.map { _ in "?" }.joined(separator: ",")))",
                                         arguments: StatementArguments(chunk))
            }
            statements = rows
        } else {
            try db.execute(sql: "DELETE FROM faultName")
            statements = try Row.fetchAll(db, sql: "SELECT canonical, value FROM field WHERE name = 'fault_code'")
        }
        var byCode: [String: (english: [String], chinese: [String])] = [:]
        for r in statements {
            let code: String = r["canonical"], value: String = r["value"]
            if value.unicodeScalars.contains(where: Normalizer.isCJK) { byCode[code, default: ([], [])].chinese.append(value) }
            else { byCode[code, default: ([], [])].english.append(value) }
        }
        // A searcher reads the names again when the content revision moves on.
        try db.execute(sql: "UPDATE contentRevision SET n = n + 1 WHERE id = 1")
        let insert = try db.cachedStatement(sql: "INSERT INTO faultName (code, english, chinese, englishStems) VALUES (?, ?, ?, ?)")
        for (code, said) in byCode.sorted(by: { $0.key < $1.key }) {
            guard let english = name(said.english, words: true), let chinese = name(said.chinese, words: false) else { continue }
            try insert.execute(arguments: [code, english, chinese, try stems(english).sorted().joined(separator: " ")])
        }
    }

    /// The name most of these statements share, or nil.
    static func name(_ statements: [String], words: Bool) -> String? {
        guard !statements.isEmpty else { return nil }
        var count: [String: Int] = [:]
        for s in statements { count[s, default: 0] += 1 }
        let ranked = count.sorted { ($1.value, $0.key.count, $0.key) < ($0.value, $1.key.count, $1.key) }
        var name = ranked[0].key
        if ranked.count > 1, ranked[1].key.count < name.count, holds(name, ranked[1].key, words: words) { name = ranked[1].key }
        let having = statements.filter { holds($0, name, words: words) }
        return having.count * 5 >= statements.count * 3 ? name : nil
    }

    /// Whether a statement holds a name: its characters in a row, or (English) its words.
    static func holds(_ statement: String, _ name: String, words: Bool) -> Bool {
        guard words else { return statement.contains(name) }
        let split = { (s: String) in Set(s.split { !($0.isLetter || $0.isNumber) }) }
        return split(statement).isSuperset(of: split(name))
    }

    static func registerMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v22-fault-names") { db in
            try db.execute(sql: """
                -- A fault's name in each language, learnt from the archive's statements of its code.
                -- (englishStems: the English name's content words as the index stems them, for queries.)
                CREATE TABLE faultName (code TEXT PRIMARY KEY, english TEXT NOT NULL, chinese TEXT NOT NULL,
                                        englishStems TEXT NOT NULL) WITHOUT ROWID;
                CREATE INDEX field_faultCode ON field(canonical) WHERE name = 'fault_code';
                """)
            // Documents stored before get their codes' statements at the next catch-up.
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM document)") == true {
                try db.execute(sql: "INSERT OR IGNORE INTO pendingWork (what, since) VALUES ('fault-codes', ?)", arguments: [ArchiveStore.now()])
            }
        }
    }
}

extension ArchiveStore {
    /// Reads the codes' statements of documents stored before kb read them (once, after the
    /// upgrade: every document's text folded again, 500 at a time), then learns every name.
    /// Cut off, it starts again: each document's statements are replaced, not added.
    func readMissingFaultCodes() throws {
        guard try db.read({ try Bool.fetchOne($0, sql: "SELECT EXISTS (SELECT 1 FROM pendingWork WHERE what = 'fault-codes')") }) == true else { return }
        for chunk in try allDocumentIDs().chunked(500) {
            let texts = try db.read { db in
                try Row.fetchAll(db, sql: "SELECT id, originalText FROM document WHERE id IN (\(chunk.map { String($0.rawValue) }.joined(separator: ",")))")
                    .map { ($0["id"] as Int64, $0["originalText"] as String) }
            }
            let found = try texts.map { id, text in (id, FaultCodes.statements(inFolded: try Normalizer.fold(text))) }
            try db.write { db in
                for (id, fields) in found {
                    try db.execute(sql: "DELETE FROM field WHERE docId = ? AND name = 'fault_code'", arguments: [id])
                    guard !fields.isEmpty else { continue }
                    let next = (try Int.fetchOne(db, sql: "SELECT max(ordinal) FROM field WHERE docId = ?", arguments: [id]) ?? -1) + 1
                    for (i, f) in fields.enumerated() {
                        try db.execute(sql: "INSERT INTO field (docId, ordinal, name, label, value, canonical, how) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                       arguments: [id, next + i, f.name.rawValue, f.label, f.value, f.canonical, f.how])
                    }
                }
            }
        }
        try db.write { db in
            try FaultNames.learn(db, codes: nil)
            try db.execute(sql: "DELETE FROM pendingWork WHERE what = 'fault-codes'")
        }
    }

    /// Makes the fault names of the codes these documents state again (after they are indexed).
    func learnFaultNames(of ids: [DocumentID]) throws {
        guard !ids.isEmpty else { return }
        try db.write { db in
            var codes = Set<String>()
            for chunk in ids.chunked(500) {
                codes.formUnion(try String.fetchAll(db, sql: """
                    SELECT DISTINCT canonical FROM field WHERE name = 'fault_code' AND docId IN (\(chunk.map { String($0.rawValue) }.joined(separator: ",")))
                    """))
            }
            try FaultNames.learn(db, codes: codes)
        }
    }
}
