import Foundation
import GRDB

/// What a user asks: free text plus filters.
public struct SearchRequest: Sendable {
    public var text: String
    public var kinds: [DocumentKind] = []
    public var customer: String?
    public var serial: String?
    public var model: String?
    /// yyyy-MM-dd bounds, inclusive.
    public var from: String?
    public var to: String?
    public var limit = 10
    public var offset = 0
    /// Include knowledge-base articles in draft or review.
    public var drafts = false
    /// Include retired articles (marked as such, with their replacement).
    public var retired = false
    /// English words reach Chinese ones and back (off only to measure what it brings).
    public var crossLanguage = true
    /// Each facet's commonest values kept (a common word matches hundreds of customers, which
    /// no one reads and a phone should not download).
    public var facetValues = SearchRequest.defaultFacetValues
    /// Without facets the matcher counts no values and may stop at the best matches (the total
    /// is then an estimate): "more like this" needs only its few best.
    public var facets = true
    public static let defaultFacetValues = 20
    /// Words after `sn:` that may continue the serial (`sn: DA7600 2019 0457`): the longest
    /// run that names a unit joins it, the rest stay free text.
    var serialTail: [String] = []
    /// Corrected words that are searched as typed too (a rare spelling the archive has:
    /// `centrifgue` beside `centrifuge`).
    var alsoSpelled: [String: String] = [:]

    public init(text: String) { self.text = text }
}

/// Highlighted text: runs of plain and matched text, as written in the original.
public struct Snippet: Sendable, Equatable {
    public struct Run: Sendable, Equatable {
        public var text: String
        public var matched: Bool
    }
    public var runs: [Run]

    public var plainText: String { runs.map(\.text).joined() }

    /// Renders with the given marks around matched runs.
    public func rendered(open: String, close: String, escape: (String) -> String = { $0 }) -> String {
        runs.map { $0.matched ? open + escape($0.text) + close : escape($0.text) }.joined()
    }
}

public struct SearchHit: Sendable {
    public let id: DocumentID
    public let kind: DocumentKind
    public let title: String
    public let source: String
    public let score: Double
    public let snippet: Snippet
    public let date: String?
    public let customer: String?
    public let serials: [String]
    public let articleState: ArticleState?
    public let replacedBy: Int64?
}

public struct SearchResults: Sendable {
    public let query: String
    public let total: Int
    public let hits: [SearchHit]
    /// Notes for the user: a filter that matched nothing, and the like.
    public let notes: [String]
    /// Counts over every match (not only the hits shown): kind, model, customer, year.
    public var facets: [(name: String, values: [(value: String, count: Int)])] = []
    /// When the query as typed found little and misspelt words were corrected: the query run.
    public var corrected: String?
    /// Rare spellings of the query that the corrected query searches as well (`centrifgue`).
    public var alsoAsTyped: [String] = []
    /// False when the query matched more documents than were counted for the facets (and
    /// the total is Xapian's estimate).
    public var facetsExact = true
    /// The Chinese the query's Latin words were read as, as pinyin (`jsg` → 加湿罐), best first.
    public var pinyin: [String] = []
    /// What the query's words reach in the other language: `stacking` → [堆叠], 离心机 → [centrifuge].
    public var translated: [String: [String]] = [:]
}

/// Field syntax in the query box: `kind:repair sn:0457 model:DA7600 customer:一院 date:2023-01..2023-06`,
/// mixed with free text. Field names are English; values may be quoted.
public enum QuerySyntax {
    static let names: Set<String> = ["kind", "type", "sn", "serial", "model", "customer", "date", "from", "to"]

    /// Splits a query into free text and fields, applied to the request; errors name the field.
    public static func apply(_ raw: String, to request: inout SearchRequest) throws {
        var free: [String] = []
        let all = tokens(raw)
        var i = 0
        while i < all.count {
            var token = all[i]
            i += 1
            let folded = (try? Normalizer.fold(token)) ?? token
            guard let colon = folded.firstIndex(of: ":") else { free.append(token); continue }
            let name = String(folded[..<colon])
            guard names.contains(name) else { free.append(token); continue }
            // The value as typed: after the first colon (full- or half-width) of the original;
            // `sn: 0457` with a space takes the next token.
            var original = token.firstIndex(where: { $0 == ":" || $0 == "：" }).map { String(token[token.index(after: $0)...]) } ?? ""
            if original.isEmpty, i < all.count {
                original = all[i]
                token += " " + all[i]
                i += 1
            }
            // A serial copied from a label keeps its spaces: `SN: DA7600 2019 0457`. The parts
            // that follow, while they have digits, may belong to it; the search decides.
            if name == "sn" || name == "serial" {
                request.serialTail = []
                while i < all.count, all[i].contains(where: \.isNumber),
                      all[i].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-/._".contains($0)) }) {
                    request.serialTail.append(all[i])
                    i += 1
                }
            }
            let value = original.trimmingCharacters(in: CharacterSet(charactersIn: "\"“” "))
            guard !value.isEmpty else { throw KBError.badQuery("'\(token)': \(name): needs a value, e.g. \(example(name))") }
            switch name {
            case "kind", "type":
                guard let k = DocumentKind(name: value) else {
                    throw KBError.badQuery("'\(token)': unknown kind '\(value)'; use \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                request.kinds.append(k)
            case "sn", "serial":
                guard Normalizer.canonicalSerial(value) != nil else { throw KBError.badQuery("'\(token)': '\(value)' is not a serial number (4+ letters or digits)") }
                request.serial = value
            case "model":
                guard Normalizer.canonicalModel(value) != nil else { throw KBError.badQuery("'\(token)': '\(value)' is not a model number") }
                request.model = value
            case "customer":
                request.customer = value
            case "from", "to":
                guard let d = DateParser.parseBound(value, end: name == "to") else { throw KBError.badQuery("'\(token)': '\(value)' is not a date") }
                if name == "from" { request.from = d } else { request.to = d }
            default:  // date: 2023 | 2023-01..2023-06 | ..2023-06 | 2023-01..
                let parts = value.components(separatedBy: "..")
                guard parts.count <= 2 else { throw KBError.badQuery("'\(token)': a date range is FROM..TO, e.g. date:2023-01..2023-06") }
                let lo = parts[0], hi = parts.count == 2 ? parts[1] : parts[0]
                let from = lo.isEmpty ? nil : DateParser.parseBound(lo, end: false)
                let to = hi.isEmpty ? nil : DateParser.parseBound(hi, end: true)
                if (!lo.isEmpty && from == nil) || (!hi.isEmpty && to == nil) || (from == nil && to == nil) {
                    throw KBError.badQuery("'\(token)': '\(value)' is not a date or date range (use date:2023, date:2023-01..2023-06)")
                }
                if let from, let to, from > to { throw KBError.badQuery("'\(token)': the range ends before it starts") }
                request.from = from
                request.to = to
            }
        }
        request.text = free.joined(separator: " ")
    }

    static func example(_ name: String) -> String {
        switch name {
        case "kind", "type": "kind:repair"
        case "sn", "serial": "sn:0457"
        case "model": "model:DA7600"
        case "customer": "customer:一院"
        default: "date:2023-01..2023-06"
        }
    }

    /// White-space separated tokens; double quotes keep spaces inside a token.
    static func tokens(_ raw: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false
        for ch in raw {
            if ch == "\"" || ch == "“" || ch == "”" { quoted.toggle(); current.append(ch); continue }
            if ch.isWhitespace && !quoted {
                if !current.isEmpty { out.append(current); current = "" }
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

/// Runs searches against the derived Xapian index, reading documents from SQLite.
public final class Searcher {
    private let store: ArchiveStore
    private let db: XapianDatabase
    /// Matches examined for facet counts and the total: exact up to this many matches, counted
    /// over the best this many beyond (a query matching most of a large archive would otherwise
    /// score every match).
    public static let facetDepth = 2_000
    /// A word the archive has at most this often may be a typo of a far commoner one.
    static let rareSpelling = 2
    private let serialCache = QueryBuilder.SerialCache()
    /// The customers' aliases, loaded at the first query that may name a customer.
    private var aliases: AliasIndex?
    private var queries = 0
    /// What pinyin reading looks up in the index and the readings it ranks, kept for the
    /// searcher's revision of the index: the same characters and words come back query after
    /// query. The server's searchers of one revision share one.
    private var lexicon: LexiconMemo
    /// The synonym groups, read again only when the archive's content revision moves on.
    private var synonyms: (revision: Int64, value: SynonymGroups)?
    /// Kept for many queries (the server's pool): what pays off over many queries (the
    /// aliases' index, the whole dictionary as a table) is made at the first.
    private let longLived: Bool

    public convenience init(store: ArchiveStore, longLived: Bool = false) throws {
        try self.init(store: store, longLived: longLived, lexicon: LexiconMemo())
    }

    init(store: ArchiveStore, longLived: Bool, lexicon: LexiconMemo) throws {
        self.store = store
        self.longLived = longLived
        self.lexicon = lexicon
        let path = store.location.xapian.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw KBError.store("the search index is missing at \(path); run `kb reindex` to rebuild it from the archive")
        }
        db = try XapianDatabase.openReadOnly(shards: [path])
    }

    public func search(_ request: SearchRequest) throws -> SearchResults {
        do {
            return try correcting(request)
        } catch let e as XapianError where e.code == .modified {
            try db.reopen()  // the index moved on under us: read the latest revision once more
            serialCache.list = nil
            aliases = nil
            lexicon = LexiconMemo()
            return try correcting(request)
        }
    }

    /// Runs the query; when it has English words the archive does not contain, runs it again
    /// with those words corrected from the archive's own vocabulary. Codes,
    /// serials, models (anything with a digit) and words the archive has are never touched.
    private func correcting(_ request: SearchRequest) throws -> SearchResults {
        var changed = false
        var words: [String] = []
        var alsoSpelled: [String: String] = [:]
        for token in QuerySyntax.tokens(request.text) {
            let w = token.lowercased()
            guard w.count >= 4, w.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                words.append(token)
                continue
            }
            let seen = try max(db.termFrequency(w), db.termFrequency("Z" + XapianIndexer.stem(w)))
            if seen == 0, try !isPinyinKey(w),
               let fix = try db.spellingSuggestion(w, maxEdits: w.count >= 7 ? 2 : 1), fix != w {
                words.append(fix)
                changed = true
            } else if seen > 0, seen <= Self.rareSpelling, w.count >= 6, try !isPinyinKey(w),
                      let fix = try commonerSpelling(of: w, seen: seen) {
                // A spelling found once or twice beside one found far more often (`centrifgue`,
                // a typo in some report, beside `centrifuge`): both are searched.
                words.append(fix)
                alsoSpelled[fix] = w
                changed = true
            } else {
                words.append(token)
            }
        }
        // A word the archive does not have finds nothing, so the corrected query finds all the
        // original would and more: it is run instead, unless it finds nothing.
        guard changed else { return try run(request) }
        var again = request
        again.text = words.joined(separator: " ")
        again.alsoSpelled = alsoSpelled
        let second = try run(again)
        guard !second.hits.isEmpty else { return try run(request) }
        return SearchResults(query: request.text, total: second.total, hits: second.hits,
                             notes: second.notes, facets: second.facets, corrected: again.text,
                             alsoAsTyped: alsoSpelled.values.sorted(),
                             facetsExact: second.facetsExact, pinyin: second.pinyin, translated: second.translated)
    }

    /// The word one edit away (a letter dropped, added, changed, or two swapped) that is a
    /// curated synonym when this one is not, or that the archive has at least twice as often,
    /// the commonest such; nil if none. Xapian's spelling suggestion keeps a word the archive
    /// has, however rarely.
    private func commonerSpelling(of word: String, seen: Int) throws -> String? {
        let letters = Array(word)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var candidates = Set<String>()
        for i in 0...letters.count {
            if i < letters.count {
                candidates.insert(String(letters[..<i] + letters[(i + 1)...]))
                for c in alphabet where c != letters[i] { candidates.insert(String(letters[..<i] + [c] + letters[(i + 1)...])) }
            }
            if i + 1 < letters.count {
                candidates.insert(String(letters[..<i] + [letters[i + 1], letters[i]] + letters[(i + 2)...]))
            }
            for c in alphabet { candidates.insert(String(letters[..<i] + [c] + letters[i...])) }
        }
        candidates.remove(word)
        let curatedWord = try store.isSynonymTerm(word)
        var best: (word: String, curated: Bool, frequency: Int)?
        for c in candidates.sorted() {
            let f = try db.termFrequency(c)
            guard f > 0 else { continue }
            let curated = try !curatedWord && store.isSynonymTerm(c)
            guard curated || f >= 2 * seen else { continue }
            if best == nil || (curated ? 1 : 0, f) > (best!.curated ? 1 : 0, best!.frequency) { best = (c, curated, f) }
        }
        return best?.word
    }

    /// Documents like this one: the whole words that best characterise it (dictionary words,
    /// models and codes, Latin words; never character pairs or bare numbers), searched for,
    /// the document itself left out. An article drafted from it retells the same case, so it
    /// comes after the other cases, not before them.
    public func similar(to id: DocumentID, limit: Int = 10) throws -> (terms: [String], results: SearchResults) {
        guard try store.document(id) != nil else { throw KBError.notFound("no document #\(id)") }
        // Jieba also indexes the words inside a longer one (换向 in 换向器): the longer says it.
        let words = try db.expand(docids: [id.xapianDocid], terms: 30).map { e in
            [Schema.wordPrefix, Schema.modelPrefix, Schema.identifierPrefix]
                .first { e.term.hasPrefix($0) }.map { String(e.term.dropFirst($0.count)) } ?? e.term
        }.filter { !($0.first?.isNumber ?? true) }  // numbers and quantities (1000, 4mm, 1.5h) say little
        var terms: [String] = []
        for w in words where terms.count < 12 {
            let key = w.lowercased()
            if words.contains(where: { $0.count > w.count && $0.lowercased().contains(key) }) { continue }
            if !terms.contains(where: { $0.lowercased() == key }) { terms.append(w) }
        }
        guard !terms.isEmpty else { return ([], SearchResults(query: "#\(id)", total: 0, hits: [], notes: ["#\(id) has no distinctive terms"])) }
        var request = SearchRequest(text: terms.joined(separator: " "))
        request.limit = limit + 1
        // The document's own words, in its own language: a dozen of them, each a run the
        // dictionary would be searched for, would make "more like this" slow for little.
        request.crossLanguage = false
        request.facets = false
        let found = try run(request)
        let retold = Set(try store.articles().filter { $0.sourceDocId == id.rawValue }.map(\.id))
        let others = found.hits.filter { $0.id != id }
        let hits = (others.filter { !retold.contains($0.id.rawValue) } + others.filter { retold.contains($0.id.rawValue) }).prefix(limit)
        return (terms, SearchResults(query: "like #\(id)", total: max(0, found.total - (found.hits.count - others.count)),
                                     hits: Array(hits), notes: found.notes))
    }

    /// Is this lower-case Latin word a pinyin key of some archive word? (Remembered.)
    private func isPinyinKey(_ word: String) throws -> Bool {
        try !lexicon.pinyinWords(forKeys: [word], lookup: store.pinyinWords).isEmpty
    }

    /// How a fault's name in the other language weighs against the query as typed.
    static let faultNameWeight = 0.5
    static let faultNamesPerQuery = 3

    /// The faults the archive names in both languages, read again when its content moves on.
    private func faultNames() throws -> FaultNames { try current(&faultNamesRead) { try FaultNames($0) } }
    private var faultNamesRead: (revision: Int64, value: FaultNames)?

    private func synonymGroups() throws -> SynonymGroups { try current(&synonyms) { try SynonymGroups($0) } }

    /// What `make` reads, kept for the archive's content revision and read again when it moves on.
    private func current<T>(_ kept: inout (revision: Int64, value: T)?, _ make: (Database) throws -> T) throws -> T {
        try store.db.read { db in
            let now = try ContentRevision.current(db)
            if let kept, kept.revision == now { return kept.value }
            let value = try make(db)
            kept = (now, value)
            return value
        }
    }

    /// Pinyin readings: documents a reading is counted in (at most), and read for its neighbours.
    static let countedOccurrences = 100
    static let sampleDocuments = 12

    private func run(_ original: SearchRequest) throws -> SearchResults {
        var notes: [String] = []
        var request = original
        try QuerySyntax.apply(original.text, to: &request)
        let folded = try Normalizer.fold(request.text)
        let db = self.db
        let store = self.store
        let lexicon = self.lexicon
        var builder = QueryBuilder(db: db, pinyin: PinyinParser(lookup: { keys in
            try lexicon.pinyinWords(forKeys: keys, lookup: store.pinyinWords)
        }, frequency: db.termFrequency, followers: { c in
            try lexicon.followers.remember(c) {
                var out: [Unicode.Scalar: Int] = [:]
                for t in try db.terms(withPrefix: String(c)) {
                    let scalars = Array(t.term.unicodeScalars)
                    if scalars.count == 2 { out[scalars[1]] = t.frequency }
                }
                return out
            }
        }, occurrences: { string in
            try lexicon.occurrences.remember(string) {
                // The characters in a row. The index keeps no positions of Chinese characters:
                // documents with every pair of them, then those of a sample that have them in a
                // row (期内温度过高 has all its pairs in 保修期内…机内温度过高, and is not there).
                let chars = string.unicodeScalars.map { String($0) }
                let parts = try zip(chars, chars.dropFirst()).map { try XapianQuery.term($0 + $1) }
                let mset = try db.search(.combine(.and, parts), limit: Self.sampleDocuments,
                                         checkAtLeast: Self.countedOccurrences, unweighted: true)
                let ids = (0..<mset.count).map { DocumentID(Int64(mset.docid($0))) }
                let sample = try store.foldedTexts(ids)
                let whole = sample.filter { $0.contains(string) }
                guard !whole.isEmpty else { return .init(documents: 0, texts: []) }
                let counted = min(mset.estimatedTotal, Self.countedOccurrences)
                return .init(documents: max(whole.count, counted * whole.count / sample.count), texts: whole)
            }
        }, remembered: lexicon.readings))
        builder.serialCache = serialCache
        let manyQueries = longLived || queries > 0
        if request.crossLanguage { builder.translation = (toChinese: store.chineseWords(forStem:), toEnglish: store.englishWords(of:),
                               dictionary: { words in
                                   try Bilingual.words(ofAny: words, store: store, tabled: manyQueries).mapValues { $0.map { ($0.stem, $0.word) } }
                               }) }
        builder.alsoSpelled = request.alsoSpelled
        var main = try builder.build(folded)
        let everyPart = builder.learnt.everyPart
        // Synonyms (离心机 ↔ centrifuge): the other terms of a group the query names, weighted
        // below it (their words in a row earn nothing more: `hematology analyzer` stands for
        // 血液分析仪, one term).
        let expansions = try synonymGroups().expansions(forFolded: folded).compactMap { try builder.build($0, phrases: false) }
        if !expansions.isEmpty {
            let alt = try XapianQuery.combine(.or, expansions).scaled(by: 0.7)
            main = try main.map { try .combine(.or, [$0, alt]) } ?? alt
        }
        // A fault the archive names in both languages (documents state its error code in
        // each): its other name, as a query of its own, below the query's own language.
        if request.crossLanguage {
            for (said, other) in try faultNames().otherNames(forFolded: folded).prefix(Self.faultNamesPerQuery) {
                guard let q = try builder.build(try Normalizer.fold(other), phrases: false, boosts: false) else { continue }
                let alt = try q.scaled(by: Self.faultNameWeight)
                main = try main.map { try .combine(.or, [$0, alt]) } ?? alt
                builder.learnt.translated[said, default: []].append(other)
            }
        }
        // A customer named in the query (一院检验科) weighs that customer's documents up.
        // Fragments tried: each Chinese run of 2+ characters (恒澔, 一院检验科), and the whole
        // query when it is Latin of 5+ letters (`Hang Ho`), and its words before the first
        // generic one (`Yuting` of `Yuting No.3 Hospital`); one naming more than 3 customers says little.
        var named: Set<Int64> = []
        var fragments: [String] = []
        for case .cjk(let run) in QueryBuilder.tokenize(folded) where run.count >= 2 { fragments.append(run) }
        let latin = folded.filter { $0.isASCII && $0.isLetter }
        if latin.count >= 5, folded.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || " .-".contains($0)) }) {
            fragments.append(folded)
            let distinctive = RomanisedNames.distinctiveWords(folded).joined()
            if distinctive.count >= 4, distinctive != latin { fragments.append(distinctive) }
        }
        // A searcher's first query asks SQLite (a scan of the aliases, cheaper than building
        // the index for one query); later ones use the alias index (a long-lived searcher).
        if !fragments.isEmpty, aliases == nil, manyQueries { aliases = try store.aliasIndex() }
        queries += 1
        for fragment in fragments {
            let matches = try aliases?.customers(matching: fragment) ?? store.customers(matching: fragment)
            if (1...3).contains(matches.count) { named.formUnion(matches.map(\.id)) }
        }
        if !named.isEmpty {
            // One customer named: its documents first, whether or not they spell the fragment.
            let boost = try XapianQuery.combine(.or, named.sorted().map { try .term(Schema.customerPrefix + String($0)) })
                .scaled(by: named.count == 1 ? 4 : 1.5)
            main = try main.map { try .combine(.or, [$0, boost]) } ?? boost
        }
        var filters: [XapianQuery] = []
        if !request.kinds.isEmpty {
            filters.append(try .combine(.or, request.kinds.map { try .term(Schema.kindPrefix + $0.rawValue) }))
        }
        if let s = request.serial {
            guard let serial = Normalizer.canonicalSerial(s) else {
                throw KBError.badQuery("--serial '\(s)' is not a serial number (it needs letters or digits, at least 4)")
            }
            // The whole serial, else its last characters, else the same with look-alike characters;
            // with as many of the words after it as still name a unit.
            var matching: [String] = []
            for take in stride(from: request.serialTail.count, through: 0, by: -1) {
                guard let longer = Normalizer.canonicalSerial(([s] + request.serialTail.prefix(take)).joined(separator: " ")) else { continue }
                matching = try builder.serials(endingWith: longer, lookAlike: false)
                if matching.isEmpty { matching = try builder.serials(endingWith: longer, lookAlike: true) }
                if !matching.isEmpty || take == 0 {
                    let rest = request.serialTail.dropFirst(take)
                    if !rest.isEmpty, let q = try builder.build(try Normalizer.fold(rest.joined(separator: " "))) {
                        main = try main.map { try .combine(.or, [$0, q]) } ?? q
                    }
                    break
                }
            }
            let routes = try matching.map { try XapianQuery.term(Schema.serialPrefix + $0) }
            if routes.isEmpty { notes.append("no unit has serial '\(s)'") }
            filters.append(routes.isEmpty ? try .matchNothing() : try .combine(.or, routes))
        }
        if let m = request.model {
            guard let model = Normalizer.canonicalModel(m) else {
                throw KBError.badQuery("--model '\(m)' is not a model number (it needs a digit)")
            }
            filters.append(try .combine(.or, [.term(Schema.modelPrefix + model), .term(Schema.identifierPrefix + model)]))
        }
        if let c = request.customer {
            let matches = try store.customers(matching: c)
            if matches.isEmpty { notes.append("no customer matches '\(c)'") }
            filters.append(matches.isEmpty ? try .matchNothing()
                           : try .combine(.or, matches.map { try .term(Schema.customerPrefix + String($0.id)) }))
        }
        if request.from != nil || request.to != nil {
            filters.append(try .valueRange(slot: Schema.dateSlot,
                                           low: request.from.map { $0.replacingOccurrences(of: "-", with: "") },
                                           high: request.to.map { $0.replacingOccurrences(of: "-", with: "") }))
        }
        var query: XapianQuery
        if let main {
            query = main
        } else if !filters.isEmpty {
            query = try .matchAll()
        } else {
            let why = request.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                ? "empty query" : "the query '\(request.text)' has no words to search for"
            throw KBError.badQuery("\(why): give words, a serial or a model, or a filter such as --kind repair")
        }
        if !filters.isEmpty {
            query = try .combine(.filter, [query, filters.count == 1 ? filters[0] : .combine(.and, filters)])
        }
        // Articles not yet published, or retired, only when asked for.
        var hidden: [ArticleState] = []
        if !request.drafts { hidden += [.draft, .review] }
        if !request.retired { hidden.append(.retired) }
        if !hidden.isEmpty {
            query = try .combine(.andNot, [query, .combine(.or, hidden.map { try .term(Schema.articlePrefix + $0.rawValue) })])
        }
        // A published article outranks a raw repair card that matches as well: one that has
        // every part of the query (but its common English words).
        var published = try XapianQuery.term(Schema.articlePrefix + ArticleState.published.rawValue).scaled(by: 2)
        // (When every part is the whole query, every match has it: no filter to evaluate.)
        if let everyPart, everyPart !== main { published = try .combine(.filter, [published, everyPart]) }
        query = try .combine(.andMaybe, [query, published])
        let reached = builder.learnt.translated.values.flatMap { $0 }.filter { $0.unicodeScalars.contains(where: Normalizer.isCJK) }
        let highlights = QueryBuilder.cjkHighlights(([folded] + builder.learnt.pinyin + reached).joined(separator: " "))
        // No facet values asked for (`--facets 0`): nothing is counted, and the match may stop
        // at the best hits (the total is then an estimate).
        let counting = request.facets && request.facetValues > 0
        let facetSlots: [(String, UInt32)] = counting ? [("kind", Schema.kindSlot), ("model", Schema.modelSlot),
                                                         ("customer", Schema.customerSlot), ("year", Schema.yearSlot)] : []
        let mset = try db.search(query, offset: request.offset, limit: request.limit,
                                 checkAtLeast: counting ? Self.facetDepth : 0, facetSlots: facetSlots.map(\.1),
                                 facetTable: longLived)
        var ids: [DocumentID] = []
        for i in 0..<mset.count { ids.append(DocumentID(Int64(mset.docid(i)))) }
        let docs = Dictionary(uniqueKeysWithValues: try store.documents(ids, fields: false).map { ($0.id, $0) })
        var hits: [SearchHit] = []
        for i in 0..<mset.count {
            guard let doc = docs[ids[i]] else { continue }  // removed since the index was written
            hits.append(SearchHit(
                id: doc.id, kind: doc.kind, title: doc.title, source: doc.source,
                score: (mset.weight(i) * 1000).rounded() / 1000,
                snippet: try SnippetMaker.make(mset: mset, document: doc, cjk: highlights),
                date: doc.date, customer: doc.customers.first?.name, serials: doc.serials,
                articleState: doc.articleState, replacedBy: doc.replacedBy))
        }
        var results = SearchResults(query: original.text, total: mset.estimatedTotal, hits: hits, notes: notes)
        results.facetsExact = mset.estimatedTotal <= Self.facetDepth
        results.pinyin = builder.learnt.pinyin
        // The words the person typed (not those synonyms added), and what they reached.
        results.translated = builder.learnt.translated.filter { folded.lowercased().contains($0.key) }
        for (i, (name, _)) in facetSlots.enumerated() {
            let values = try mset.facet(i).filter { !$0.value.isEmpty }
                .sorted { ($0.count, $1.value) > ($1.count, $0.value) }.prefix(request.facetValues)
            if !values.isEmpty { results.facets.append((name, Array(values))) }
        }
        return results
    }
}

/// Builds the Xapian query in code from folded text, never through the QueryParser
/// (which ANDs every CJK n-gram and throws on some mixed queries in 1.4.22).
struct QueryBuilder {
    let db: XapianDatabase
    /// Reads Latin words as pinyin of the archive's words; nil to leave pinyin out.
    var pinyin: PinyinParser? = nil
    /// How a pinyin-derived match weighs against a direct one; lower still when the Latin
    /// word is itself a word of the archive (`fan`, `long` keep their English meaning first).
    static let pinyinWeight = 0.5
    static let pinyinWeightForKnownWords = 0.2
    /// English words to the archive's Chinese words (by stem) and back; nil to leave it out.
    var translation: (toChinese: (String) throws -> [(word: String, gloss: String)], toEnglish: (String) throws -> [(stem: String, gloss: String)],
                      dictionary: (Set<String>) throws -> [String: [(stem: String, gloss: String)]])? = nil
    /// How a match in the other language weighs against a direct one: an English query keeps
    /// the English documents that say it first, and a Chinese one the Chinese.
    static let translationWeight = 0.3
    /// A Chinese dictionary word's term alone, scaled to weigh about what the word typed
    /// weighs (its term, character pairs and phrase): for the boosts that reward a document
    /// saying every word in either language, at the cost of one posting list, not three.
    static let typedWordWeight = 3.0
    /// A state word's pairs (速低 for `speed low`), in the boost of words said in either language.
    static let composedWeight = 1.5
    /// No more words than this, nor English stems per word, in the boost of words said in either language.
    static let acrossParts = 5
    /// No English word reaches more Chinese words than this (the archive's commonest).
    static let maxTranslations = 3
    /// What building the query learnt, for the rest of the search.
    final class Learnt {
        /// The Chinese the query's Latin words were read as (results, highlighting).
        var pinyin: [String] = []
        /// Words of the query → what they reach in the other language.
        var translated: [String: [String]] = [:]
        /// The query's parts all together (but its common English words) in the last build.
        var everyPart: XapianQuery?
    }
    let learnt = Learnt()
    /// The index's serials, listed once per searcher.
    final class SerialCache { var list: [String]? }
    var serialCache = SerialCache()
    /// A corrected word → the word as typed, searched beside it.
    var alsoSpelled: [String: String] = [:]

    enum Token: Equatable {
        case cjk(String)
        case word(String)
        /// A word ending in `*`: every term it starts.
        case wildcard(String)
        /// Separators that may stand inside an identifier: space, -, _, /, ., :
        case joiner
        case breaker
    }

    static func tokenize(_ folded: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var cjk = ""
        func flush() {
            if !word.isEmpty { tokens.append(.word(word)); word = "" }
            if !cjk.isEmpty { tokens.append(.cjk(cjk)); cjk = "" }
        }
        for s in folded.unicodeScalars {
            if Normalizer.isCJK(s) {
                if !word.isEmpty { tokens.append(.word(word)); word = "" }
                cjk.unicodeScalars.append(s)
            } else if s.properties.isAlphabetic || s.properties.numericType != nil && s.isASCII || ("0"..."9").contains(s) {
                if !cjk.isEmpty { tokens.append(.cjk(cjk)); cjk = "" }
                word.unicodeScalars.append(s)
            } else if s == "*", !word.isEmpty {
                tokens.append(.wildcard(word))
                word = ""
            } else {
                flush()
                tokens.append(" -_/.:\t".unicodeScalars.contains(s) ? .joiner : .breaker)
            }
        }
        flush()
        return tokens
    }

    /// The CJK strings of a query worth highlighting: its character pairs, and runs of one character.
    static func cjkHighlights(_ folded: String) -> Set<String> {
        var out = Set<String>()
        for case .cjk(let run) in tokenize(folded) {
            let chars = run.unicodeScalars.map { String($0) }
            if chars.count == 1 { out.insert(chars[0]) }
            for i in 0..<max(0, chars.count - 1) { out.insert(chars[i] + chars[i + 1]) }
        }
        return out
    }

    /// The query for folded text, or nil when it has nothing to search for.
    /// `boosts`: false for a name in the other language (`FaultNames`): its words, each at its
    /// weight, without the boosts a document with all of them earns, so that a long English
    /// name does not outweigh the Chinese a query typed (灯能量低 against `lamp energy low
    /// warning at start-up`).
    func build(_ folded: String, phrases phraseBonus: Bool = true, boosts: Bool = true) throws -> XapianQuery? {
        var parts: [XapianQuery] = []
        var common = Set<Int>()  // parts that are common English words (`error`, `alarm`)
        var strict: [Int: XapianQuery] = [:]  // CJK parts as every pair, for the boosts below
        var plainWords = Set<Int>()  // parts that are English words (not identifiers)
        var across: [Int: XapianQuery] = [:]  // words as typed or in the other language, at full weight
        var acrossWords: [Int: Int] = [:]  // of a Chinese run: how many of its words have English
        var neutral = Set<Int>()  // models, codes, serials the index has: either language's documents have them
        var phrases: [XapianQuery] = []
        var group: [String] = []  // adjacent Latin/digit words that may form one identifier
        func flushGroup() throws {
            var (readings, consumed, readingOf) = try pinyinQueries(group)
            // Words read together as pinyin (`li xin ji`) are not also searched one by one.
            let rest = group.enumerated().filter { !consumed.contains($0.offset) }.map(\.element)
            for w in try identifierAwareWords(rest) {
                if w.common { common.insert(parts.count) }
                if w.plain { plainWords.insert(parts.count) }
                // A model, code or serial the index has (not any word with a digit: `4`, `2019`).
                if w.word == nil, !w.plain { neutral.insert(parts.count) }
                var query = w.query
                var direct = w.direct
                var typed = true  // counts as the word typed (not as its pinyin reading)
                // A word read as pinyin too is one part: the word, or its reading. A word the
                // archive has (`bms`, `fan`) counts as typed for the boosts below; one it has
                // not (`lixinji`) by its reading, and its English meaning is not asked for.
                if let word = w.word, let reading = readingOf.removeValue(forKey: word) {
                    query = try .combine(.or, [w.query, reading.query])
                    typed = reading.known
                    direct = typed ? (direct ?? w.query) : nil
                }
                if let direct { strict[parts.count] = direct }
                if let a = w.across, typed { across[parts.count] = a }
                parts.append(query)
            }
            readings.append(contentsOf: readingOf.sorted { $0.key < $1.key }.map(\.value.query))
            parts.append(contentsOf: readings)
            // English words as written, in a row (`high pressure alarm`): worth more than apart.
            let words = rest.filter { w in w.contains(where: \.isLetter) && !w.contains(where: \.isNumber) }
            if phraseBonus, consumed.isEmpty, words.count >= 2, words.count == rest.count {
                var each: [[String]] = [[]]
                for w in words {
                    let forms = try sameStem(w)
                    each = each.flatMap { prefix in forms.map { prefix + [$0] } }.prefix(8).map { $0 }
                }
                let all = try each.filter { $0.count == words.count }.map { try XapianQuery.combine(.phrase, $0.map { try .term($0) }) }
                if !all.isEmpty { phrases.append(all.count == 1 ? all[0] : try .combine(.or, all)) }
            }
            group = []
        }
        for token in Self.tokenize(folded) {
            switch token {
            case .word(let w): group.append(w)
            case .joiner: continue
            case .breaker: try flushGroup()
            case .wildcard(let prefix):
                try flushGroup()
                if let q = try wildcardQuery(prefix) { parts.append(q) }
            case .cjk(let run):
                try flushGroup()
                // The run's words in English count too (a Chinese query finds English reports).
                // The boosts below count direct matches only: a document in the query's own
                // language that has every part stays first.
                strict[parts.count] = try cjkStrict(run)
                let english = try englishQuery(run)
                if let english, let a = english.across { across[parts.count] = a; acrossWords[parts.count] = english.words }
                parts.append(try english.map { try .combine(.or, [try cjkQuery(run), $0.query]) } ?? cjkQuery(run))
            }
        }
        try flushGroup()
        guard !parts.isEmpty else { return nil }
        if !boosts { return parts.count == 1 ? parts[0] : try .combine(.or, parts) }
        learnt.everyPart = parts.count == 1 ? parts[0] : nil
        // A Chinese run alone whose words say it in English (电源模块告警: psu, alarm): an
        // English report with each of them comes before one with some.
        if parts.count == 1 {
            guard acrossWords[0, default: 0] >= 2, let a = across[0] else { return parts[0] }
            return try .combine(.or, [parts[0], a])
        }
        // Any part finds a document; a document with every part (`TG16W 机身振动大`,
        // `temperature sensor failures`) gets their weights twice over, and once more
        // where the English words stand in a row. One with every part but the common
        // English words (`血液分析仪 E60 alarm` without `alarm`) gets the rest twice over too.
        // A Chinese part counts as there when all its pairs are: 离心 alone is not 离心机.
        // (Parts read from pinyin keep their own query: any of their readings counts.)
        let whole = parts.indices.map { strict[$0] ?? parts[$0] }
        var boosts = [try XapianQuery.combine(.and, whole)]
        let core = parts.indices.filter { !common.contains($0) }
        if !common.isEmpty, core.count >= 2 { boosts.append(try .combine(.and, core.map { whole[$0] })) }
        learnt.everyPart = boosts.last
        // Of 3 to 5 parts (not counting common words) that are not all English words, a
        // document with all but one gets those twice over as well. (English words have the
        // phrase above, and their ANDs cost most: common words have long posting lists.)
        if (3...5).contains(core.count), core.contains(where: { !plainWords.contains($0) }) {
            for left in core {
                boosts.append(try .combine(.and, core.filter { $0 != left }.map { whole[$0] }))
            }
        }
        // English words that each say what they say in either language (`fan speed low`:
        // fan or 风扇, speed or 转速): a document with every one of them, in any mix of the two
        // languages, states what the query asks, and gets them at the weight they would have
        // if typed so. A report with 转速 alone (a centrifuge's) does not. (Words with no
        // Chinese in the archive, `low`, are left out of it: the Chinese report cannot have
        // them. Common words are in: `fan` may be in many of an IT archive's reports.)
        let translated = parts.indices.filter { across[$0] != nil }
        // Models and codes count in either language: `血液分析仪 E60 alarm` in English is a
        // report of E60 on a blood analyser, not of any blood analyser.
        // (At most `acrossParts` words, the first: an AND of many costs more than it tells.)
        if translated.count >= 2 || translated.contains(where: { acrossWords[$0, default: 0] >= 2 }) {
            boosts.append(try .combine(.and, translated.prefix(Self.acrossParts).map { across[$0]! } + neutral.sorted().map { whole[$0] }))
        }
        return try .combine(.or, [.combine(.or, parts)] + boosts + phrases)
    }

    /// Words, with runs of them that spell a known serial, model or identifier in any
    /// format (`da7600 2019 0457`, `DA-7600`) replaced by that identifier's term.
    private func identifierAwareWords(_ group: [String]) throws -> [(query: XapianQuery, common: Bool, plain: Bool, direct: XapianQuery?, word: String?, across: XapianQuery?)] {
        var out: [(query: XapianQuery, common: Bool, plain: Bool, direct: XapianQuery?, word: String?, across: XapianQuery?)] = []
        // Serial labels (`S/N`, `SN`, `No.`, `serial no`) before an identifier say nothing by themselves.
        var words = group
        let labels: [[String]] = [["serial", "number"], ["serial", "no"], ["s", "n"], ["sn"], ["no"]]
        var k = 0
        while k < words.count {
            if let l = labels.first(where: { k + $0.count < words.count && Array(words[k..<(k + $0.count)]) == $0 }),
               words[(k + l.count)...].contains(where: { $0.contains(where: \.isNumber) }) {
                words.removeSubrange(k..<(k + l.count))
            } else {
                k += 1
            }
        }
        var i = 0
        while i < words.count {
            var matched = false
            for len in stride(from: min(6, words.count - i), through: 1, by: -1) {
                let canon = words[i..<(i + len)].joined().uppercased()
                guard canon.count >= 2, canon.contains(where: \.isNumber), canon.allSatisfy({ $0.isASCII }) else { continue }
                var alternatives = try identifierAlternatives(canon, exactOnly: len > 1)
                if !alternatives.isEmpty {
                    // The words as the body text has them, so Xapian's snippet finds the passage.
                    let asWritten = Array(words[i..<(i + len)])
                    alternatives.append(try .term(asWritten.joined()))
                    if len > 1 { alternatives.append(try .combine(.phrase, asWritten.map { try .term($0) })) }
                    out.append((try .combine(.or, alternatives), false, false, nil, nil, nil))
                    i += len
                    matched = true
                    break
                }
            }
            if matched { continue }
            let w = words[i]
            i += 1
            // The word's Chinese counts for matching, not for the boosts (its `direct` part).
            let direct = try wordQuery(w)
            let chinese = try chineseQuery(w)
            let common = try isCommon(w)
            out.append((try chinese.map { try .combine(.or, [direct, $0.query.scaled(by: Self.translationWeight)]) } ?? direct, common,
                        !w.contains(where: \.isNumber), chinese == nil ? nil : direct, w,
                        try chinese.map { try .combine(.or, [direct, $0.asTyped]) }))
        }
        try composeStates(&out)
        return out
    }

    /// A word of state (`low`, `high`, `weak`) is one character in Chinese, written after or
    /// before what it qualifies (转速低, 低转速, 高温): beside an English word with Chinese
    /// (`speed`: 转速), its Chinese is the pairs its character makes with that word's, where the
    /// archive has them (速低, 低转). So `fan speed low` reaches 风扇转速低 whole.
    private func composeStates(_ out: inout [(query: XapianQuery, common: Bool, plain: Bool, direct: XapianQuery?, word: String?, across: XapianQuery?)]) throws {
        guard translation != nil else { return }
        let between: Set<String> = ["too", "very", "is", "are", "was", "were", "so", "quite", "extremely", "abnormally", "unusually"]
        for k in out.indices {
            guard let w = out[k].word, let characters = Bilingual.states[w] else { continue }
            var pairs: [String] = []
            for step in [-1, 1] {
                var n = k + step
                while out.indices.contains(n), let nw = out[n].word, between.contains(nw) { n += step }
                guard out.indices.contains(n), let nw = out[n].word, let chinese = learnt.translated[nw] else { continue }
                for word in chinese where !word.unicodeScalars.contains(where: { !Normalizer.isCJK($0) }) {
                    guard let first = word.unicodeScalars.first, let last = word.unicodeScalars.last else { continue }
                    for c in characters {
                        for pair in [String(last) + c, c + String(first)] where !pairs.contains(pair) {
                            if try db.termFrequency(pair) > 0 { pairs.append(pair) }
                        }
                    }
                }
            }
            guard !pairs.isEmpty else { continue }
            learnt.translated[w, default: []] += pairs
            let terms = try pairs.map { try XapianQuery.term($0) }
            let composed = terms.count == 1 ? terms[0] : try XapianQuery.combine(.or, terms)
            let direct = out[k].direct ?? out[k].query
            out[k] = (try .combine(.or, [out[k].query, composed.scaled(by: Self.translationWeight)]), out[k].common, out[k].plain, direct, w,
                      try .combine(.or, [out[k].across ?? direct, composed.scaled(by: Self.composedWeight)]))
        }
    }

    /// The terms an identifier may stand for: a serial, model or identifier written in full;
    /// else the end of a serial (`0457`), the start of a model (`DA76`); else the same read
    /// with look-alike characters (O/0, I/1, S/5, B/8).
    func identifierAlternatives(_ canon: String, exactOnly: Bool) throws -> [XapianQuery] {
        var out: [XapianQuery] = []
        for (prefix, weight) in [(Schema.serialPrefix, 2.0), (Schema.modelPrefix, 1.5), (Schema.identifierPrefix, 1.0)]
        where try db.termFrequency(prefix + canon) > 0 {
            out.append(try XapianQuery.term(prefix + canon).scaled(by: weight))
        }
        if canon.count >= 4 {
            let ends = try serials(endingWith: canon, lookAlike: false)
            if !ends.isEmpty { out.append(try XapianQuery.combine(.or, ends.map { try .term(Schema.serialPrefix + $0) }).scaled(by: 1.5)) }
        }
        if !out.isEmpty || canon.count < 4 { return out }
        if !exactOnly, !(try db.terms(withPrefix: Schema.modelPrefix + canon, limit: 1)).isEmpty {
            out.append(try XapianQuery.wildcard(Schema.modelPrefix + canon, maxExpansion: 50).scaled(by: 1.2))
        }
        if !out.isEmpty { return out }
        let alike = try serials(endingWith: canon, lookAlike: true)
        if !alike.isEmpty { out.append(try XapianQuery.combine(.or, alike.map { try .term(Schema.serialPrefix + $0) })) }
        return out
    }

    /// Serials in the index that end with `tail` (the whole serial included), compared as
    /// written or in look-alike form. The serial terms are few (one per unit), so a scan is cheap.
    func serials(endingWith tail: String, lookAlike: Bool) throws -> [String] {
        let want = lookAlike ? Normalizer.lookAlike(tail) : tail
        return try allSerials().filter { (lookAlike ? Normalizer.lookAlike($0) : $0).hasSuffix(want) }
    }

    /// Every serial in the index; the searcher keeps the list between queries.
    private func allSerials() throws -> [String] {
        if let cached = serialCache.list { return cached }
        let list = try db.terms(withPrefix: Schema.serialPrefix).map { String($0.term.dropFirst(Schema.serialPrefix.count)) }
        serialCache.list = list
        return list
    }

    /// `centri*` matches words, `E2*` and `DA76*` identifiers; one letter is too little to expand.
    private func wildcardQuery(_ prefix: String) throws -> XapianQuery? {
        guard prefix.count >= 2 else { return nil }
        var alternatives = [try XapianQuery.wildcard(prefix, maxExpansion: 200)]
        if prefix.contains(where: \.isNumber) || prefix.count <= 4 {
            alternatives.append(try .wildcard(Schema.identifierPrefix + prefix.uppercased(), maxExpansion: 200))
        }
        return alternatives.count == 1 ? alternatives[0] : try .combine(.or, alternatives)
    }

    /// The word and the archive's commonest other word with its stem (`degradation`:
    /// degraded), or its two commonest when it has not the word itself: stems have no
    /// positions, so a phrase is made of words as written (`raid degradation` is also looked
    /// for as "RAID degraded"). Each form multiplies the phrases to check, so there are few.
    private func sameStem(_ word: String) throws -> [String] {
        let stem = try XapianIndexer.stem(word)
        let shared = String(zip(word, stem).prefix { $0 == $1 }.map(\.0))
        guard shared.count >= 4 else { return [word] }
        var others: [(term: String, frequency: Int)] = []
        for t in try db.terms(withPrefix: shared, limit: 50) where t.term != word {
            if try XapianIndexer.stem(t.term) == stem { others.append(t) }
        }
        let has = try db.termFrequency(word) > 0
        let best = others.sorted { ($0.frequency, $1.term) > ($1.frequency, $0.term) }.prefix(has ? 1 : 2).map(\.term)
        return (has ? [word] : []) + best
    }

    /// Words that say a fault is there, not which: beside a code or a part, they are noise.
    static let faultWords: Set<String> = ["error", "errors", "alarm", "alarms", "fault", "faults", "problem", "problems",
                                          "issue", "issues", "warning", "warnings", "code", "codes"]

    /// Words that build a sentence and name nothing: their Chinese (`not`: 不要) is no part
    /// of what a report says.
    static let functionWords: Set<String> = ["not", "the", "and", "for", "with", "will", "does", "did", "has", "have", "had",
                                             "was", "were", "are", "been", "being", "cannot", "after", "before", "during", "while",
                                             "when", "then", "than", "this", "that", "these", "those", "there", "from", "into",
                                             "onto", "all", "any", "some", "too", "very", "per", "via", "its", "our", "your", "their"]

    /// A Latin word that says little beside the rest of a query: one of `faultWords`, or one
    /// in more than one document in 20.
    private func isCommon(_ w: String) throws -> Bool {
        guard !w.contains(where: \.isNumber) else { return false }
        if Self.faultWords.contains(w) { return true }
        let stem = try XapianIndexer.stem(w)
        let n = try max(db.termFrequency(w), stem.isEmpty ? 0 : db.termFrequency("Z" + stem))
        return try n * 20 > db.documentCount()
    }

    /// An English word's Chinese words in the archive (`stacking` → 堆叠), the commonest first,
    /// unweighted (the caller weighs it below a direct match), and weighed about as the Chinese
    /// words typed would be (`typedWordWeight`); nil when it has none, or says only that a
    /// fault is there.
    private func chineseQuery(_ w: String) throws -> (query: XapianQuery, asTyped: XapianQuery)? {
        guard let translation, w.count >= 3, w.allSatisfy({ $0.isASCII && $0.isLetter }), !Self.faultWords.contains(w),
              !Self.functionWords.contains(w) else { return nil }
        // The word as typed, and its base where the stemmer does not find it (swollen: swell).
        // Words whose English is the word typed or a form of it (stack for stacking, fail for
        // fails, flicker for flickers), not all that share its stem (commutator and commutative
        // are both `commut`; emergency and emerge `emerg`).
        func reached(_ forms: [String]) throws -> [(word: String, gloss: String)] {
            let stems = try Set(forms.map { try XapianIndexer.stem($0) }.filter { !$0.isEmpty })
            return try stems.sorted().flatMap { try translation.toChinese($0) }.filter { t in forms.contains { EnglishForms.sameWord($0, t.gloss) } }
        }
        var typed = try reached([w] + (Bilingual.irregular[w].map { [$0] } ?? []))
        // Only a word that reaches nothing as typed is read as a British spelling (recognised:
        // recognized; the dictionary is American): `filled` is no `filed`.
        if typed.isEmpty, let american = EnglishForms.american(w) { typed = try reached([american]) }
        let found = try Set(typed.map(\.word)).map { ($0, try db.termFrequency(Schema.wordPrefix + $0)) }.filter { $0.1 > 0 }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(Self.maxTranslations).map(\.0)
        guard !found.isEmpty else { return nil }
        learnt.translated[w] = found
        // The dictionary word alone (not its character pairs): one term, as the English word is.
        let each = try found.map { try XapianQuery.term(Schema.wordPrefix + $0) }
        let whole = each.count == 1 ? each[0] : try .combine(.or, each)
        return (whole, try whole.scaled(by: Self.typedWordWeight))
    }

    /// A Chinese run's words in English, as the index has them (stems), weighted below a direct
    /// match; nil when none of its words has English the archive uses. The run's words come
    /// from the archive's own (their English kept at ingest); a run with none of them, which
    /// the Chinese documents hardly have (冷凝器 in an archive that says condenser), is looked
    /// up in the dictionary itself, its longest words first.
    private func englishQuery(_ run: String) throws -> (query: XapianQuery, across: XapianQuery?, words: Int)? {
        guard let translation else { return nil }
        var terms: [XapianQuery] = []
        var each: [XapianQuery] = []  // per word: the word as typed, or its English
        func add(_ word: String, _ english: [(stem: String, gloss: String)]) throws -> Bool {
            let found = try english.filter { try db.termFrequency("Z" + $0.stem) > 0 }
            guard !found.isEmpty else { return false }
            learnt.translated[word] = found.map(\.gloss)
            let stems = try found.map { try XapianQuery.term("Z" + $0.stem) }
            terms += stems
            // A word whose English says only that a fault is there (告警: alarm; a report's
            // `Fault:` header) tells nothing in the boost; nor do more than a few words.
            let telling = zip(found, stems).filter { !Self.faultWords.contains($0.0.gloss) }.prefix(Self.acrossParts).map(\.1)
            if !telling.isEmpty, each.count < Self.acrossParts {
                each.append(try .combine(.or, [try XapianQuery.term(Schema.wordPrefix + word).scaled(by: Self.typedWordWeight)] + telling))
            }
            return true
        }
        let chars = run.unicodeScalars.map { String($0) }
        var taken: [Range<Int>] = []
        for r in try wordRanges(in: chars) {
            let word = chars[r].joined()
            if try add(word, try translation.toEnglish(word)) { taken.append(r) }
        }
        // A run none of whose archive words has English: the dictionary (loaded the first time).
        if chars.count >= 2, taken.isEmpty {
            var candidates = Set<String>()
            for len in 2...min(6, chars.count) { for start in 0...(chars.count - len) { candidates.insert(chars[start..<(start + len)].joined()) } }
            let found = try translation.dictionary(candidates)
            for len in stride(from: min(6, chars.count), through: 2, by: -1) {
                for start in 0...(chars.count - len) where !taken.contains(where: { $0.overlaps(start..<(start + len)) }) {
                    let word = chars[start..<(start + len)].joined()
                    if let english = found[word], try add(word, english) { taken.append(start..<(start + len)) }
                }
            }
        }
        guard !terms.isEmpty else { return nil }
        // Each of the run's words with English, in either language (in any mix), at a typed
        // word's weight: what the run says, for the boosts that reward a document saying it all.
        return (try (terms.count == 1 ? terms[0] : .combine(.or, terms)).scaled(by: Self.translationWeight),
                each.isEmpty ? nil : each.count == 1 ? each[0] : try .combine(.and, each), each.count)
    }

    private func wordQuery(_ w: String) throws -> XapianQuery {
        if w.allSatisfy(\.isNumber) { return try .term(w) }
        let stem = try XapianIndexer.stem(w)
        let typed = try alsoSpelled[w].map { try XapianQuery.term($0) }
        guard !stem.isEmpty else { return try typed.map { try .combine(.or, [.term(w), $0]) } ?? .term(w) }
        return try .combine(.or, [.term("Z" + stem), .term(w)] + (typed.map { [$0] } ?? []))
    }

    /// A CJK run as the OR of its character pairs (so extra or missing characters still
    /// match), plus its characters for documents that have the run as written (every pair of
    /// it: the index keeps no positions of Chinese characters, and the pairs of a run are the
    /// run in all but a rare document), plus the archive's dictionary words in it (so 转速
    /// prefers 转速 to 转子 and to 机转).
    func cjkQuery(_ run: String) throws -> XapianQuery {
        let chars = run.unicodeScalars.map { String($0) }
        if chars.count == 1 { return try .term(chars[0]) }
        var pairs: [XapianQuery] = []
        for i in 0..<(chars.count - 1) { pairs.append(try .term(chars[i] + chars[i + 1])) }
        let anyPair = pairs.count == 1 ? pairs[0] : try .combine(.or, pairs)
        let charTerms = try chars.map { try XapianQuery.term($0) }
        // Weighed as its characters, as the phrase of them was.
        let asWritten = try XapianQuery.combine(.filter, [.combine(.and, charTerms),
                                                          pairs.count == 1 ? pairs[0] : .combine(.and, pairs)])
        var direct = [anyPair, asWritten]
        direct += try words(in: chars).map { try XapianQuery.term(Schema.wordPrefix + $0) }
        // The characters, weighted lightly and only for documents the pairs found: they let
        // Xapian's snippet choose the passage where the run's characters are.
        let light = try XapianQuery.combine(.or, charTerms).scaled(by: 0.05)
        return try .combine(.andMaybe, [.combine(.or, direct), light])
    }

    /// A CJK run as all its character pairs (its one character, if only one).
    func cjkStrict(_ run: String) throws -> XapianQuery {
        let chars = run.unicodeScalars.map { String($0) }
        if chars.count == 1 { return try .term(chars[0]) }
        let pairs = try (0..<(chars.count - 1)).map { try XapianQuery.term(chars[$0] + chars[$0 + 1]) }
        return pairs.count == 1 ? pairs[0] : try .combine(.and, pairs)
    }

    /// The longest indexed words in a run: each substring of 2–8 characters the index has as a
    /// word, unless a longer one found contains it. The archive's vocabulary segments the
    /// query, so no dictionary is loaded to answer it.
    func words(in chars: [String]) throws -> [String] {
        try wordRanges(in: chars).map { chars[$0].joined() }
    }

    /// Where those words stand in the run, in order.
    func wordRanges(in chars: [String]) throws -> [Range<Int>] {
        let n = chars.count
        guard n >= 2 else { return [] }
        var found: [Range<Int>] = []
        for len in stride(from: min(8, n), through: 2, by: -1) {
            for start in 0...(n - len) {
                let r = start..<(start + len)
                if found.contains(where: { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound }) { continue }
                if try db.termFrequency(Schema.wordPrefix + chars[r].joined()) > 0 { found.append(r) }
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Latin words read as pinyin (`lixinji`, `li xin ji`, `lxj`): the Chinese words they spell,
    /// searched as Chinese and weighted below a direct match. A run of words is read as one
    /// (`li xin ji`); when it is not all pinyin, each word is tried on its own.
    /// Readings of words read together (and the words they consumed), and readings of words
    /// read one by one, by word, with whether the archive has the word itself.
    private func pinyinQueries(_ group: [String]) throws -> (queries: [XapianQuery], consumed: Set<Int>,
                                                            readingOf: [String: (query: XapianQuery, known: Bool)]) {
        guard pinyin != nil else { return ([], [], [:]) }
        var spans: [Range<Int>] = []
        var start: Int?
        for (i, w) in group.enumerated() {
            if w.allSatisfy({ $0.isASCII && $0.isLetter }) { start = start ?? i } else if let s = start {
                spans.append(s..<i)
                start = nil
            }
        }
        if let s = start { spans.append(s..<group.count) }
        var out: [XapianQuery] = []
        var consumed = Set<Int>()
        var readingOf: [String: (query: XapianQuery, known: Bool)] = [:]
        for span in spans {
            // Words that each read as Chinese on their own (`lixinji zhuansu`, a product then a
            // city) are each a part of the query, so a document with all of them ranks first;
            // glued into one reading (离心机转速) they would be a phrase that may occur nowhere.
            // Words that do not (`li xin ji`: one syllable each) are read together.
            let alone = try group[span].map { try pinyin?.readings($0) ?? [] }
            if span.count > 1, alone.contains(where: \.isEmpty), let found = try pinyin?.readings(group[span].joined()), !found.isEmpty {
                out.append(try pinyinQuery(found, known: false))
                consumed.formUnion(span)
                continue
            }
            for (w, found) in zip(group[span], alone) where !found.isEmpty && readingOf[w] == nil {
                let known = try db.termFrequency(w) > 0
                readingOf[w] = (try pinyinQuery(found, known: known), known)
            }
        }
        return (out, consumed, readingOf)
    }

    private func pinyinQuery(_ found: [PinyinParser.Reading], known: Bool) throws -> XapianQuery {
        learnt.pinyin += found.map(\.text)
        let each = try found.map { r in r.weight == 1 ? try cjkQuery(r.text) : try cjkQuery(r.text).scaled(by: r.weight) }
        let q = each.count == 1 ? each[0] : try XapianQuery.combine(.or, each)
        return try q.scaled(by: known ? Self.pinyinWeightForKnownWords : Self.pinyinWeight)
    }
}
