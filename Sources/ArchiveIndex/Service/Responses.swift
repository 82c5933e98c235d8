import Foundation

// The objects `--json` prints and the API returns: one set, one key style (camelCase), every
// documented key present on every answer (a missing value is null, an empty list []).

/// A search's answer.
public struct SearchResponse: Encodable, Sendable {
    public struct Hit: Encodable, Sendable {
        public let id: Int64
        public let kind: String
        public let title: String
        public let source: String
        public let score: Double
        /// The matched passage, HTML-escaped, with matches in `<mark>`.
        public let snippet: String
        public let date: String?
        public let customer: String?
        public let serials: [String]
        /// Knowledge-base articles: draft, review, published or retired; null otherwise.
        public let state: String?
        public let replacedBy: Int64?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(kind, forKey: .kind)
            try c.encode(title, forKey: .title)
            try c.encode(source, forKey: .source)
            try c.encode(score, forKey: .score)
            try c.encode(snippet, forKey: .snippet)
            try c.encode(date, forKey: .date)
            try c.encode(customer, forKey: .customer)
            try c.encode(serials, forKey: .serials)
            try c.encode(state, forKey: .state)
            try c.encode(replacedBy, forKey: .replacedBy)
        }
        enum CodingKeys: String, CodingKey { case id, kind, title, source, score, snippet, date, customer, serials, state, replacedBy }
    }

    public let query: String
    public let total: Int
    public let hits: [Hit]
    public let notes: [String]
    /// Facet name → value → count, over every match; every facet name is present.
    public let facets: [String: [String: Int]]
    /// The corrected query that was run instead, or null.
    public let corrected: String?
    /// False when the query matched more documents than were counted (total is an estimate).
    public let facetsExact: Bool
    /// The Chinese the query's Latin words were read as (pinyin), best first.
    public let pinyin: [String]
    /// Rare spellings searched beside their correction (`centrifgue` beside `centrifuge`).
    public let alsoAsTyped: [String]
    /// What the query's words reached in the other language (`stacking` → [堆叠]).
    public let translated: [String: [String]]

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        try c.encode(total, forKey: .total)
        try c.encode(hits, forKey: .hits)
        try c.encode(notes, forKey: .notes)
        try c.encode(facets, forKey: .facets)
        try c.encode(corrected, forKey: .corrected)
        try c.encode(facetsExact, forKey: .facetsExact)
        try c.encode(pinyin, forKey: .pinyin)
        try c.encode(alsoAsTyped, forKey: .alsoAsTyped)
        try c.encode(translated, forKey: .translated)
    }
    enum CodingKeys: String, CodingKey { case query, total, hits, notes, facets, corrected, facetsExact, pinyin, alsoAsTyped, translated }

    /// The facets every answer carries, empty or not.
    public static let facetNames = ["kind", "customer", "model", "year"]

    public init(_ r: SearchResults) {
        corrected = r.corrected
        facetsExact = r.facetsExact
        pinyin = r.pinyin
        alsoAsTyped = r.alsoAsTyped
        translated = r.translated
        query = r.query
        total = r.total
        notes = r.notes
        var facets = Dictionary(uniqueKeysWithValues: Self.facetNames.map { ($0, [String: Int]()) })
        for f in r.facets { facets[f.name] = Dictionary(f.values.map { ($0.value, $0.count) }, uniquingKeysWith: +) }
        self.facets = facets
        hits = r.hits.map { h in
            Hit(id: h.id.rawValue, kind: h.kind.rawValue, title: h.title, source: h.source, score: h.score,
                snippet: h.snippet.rendered(open: "<mark>", close: "</mark>", escape: HTML.escape),
                date: h.date, customer: h.customer, serials: h.serials, state: h.articleState?.rawValue, replacedBy: h.replacedBy)
        }
    }
}

/// One document: fields, links and its text as written.
public struct DocumentResponse: Encodable, Sendable {
    public struct Field: Encodable, Sendable { public let name: String; public let label: String; public let value: String; public let canonical: String? }
    public let id: Int64
    public let kind: String
    public let title: String
    /// The path relative to the folder given to ingest (the server's own paths stay private).
    public let source: String
    public let sha256: String
    public let format: String
    public let encoding: String?
    public let date: String?
    public let fields: [Field]
    public let customers: [LinkedCustomer]
    public let units: [LinkedUnit]
    public let text: String

    public init(_ d: StoredDocument) {
        id = d.id.rawValue; kind = d.kind.rawValue; title = d.title; source = d.source
        sha256 = d.sha256; format = d.format; encoding = d.encoding; date = d.date; text = d.originalText
        fields = d.fields.map { Field(name: $0.name.rawValue, label: $0.label, value: $0.value, canonical: $0.canonical) }
        customers = d.customers; units = d.units
    }
}

/// A unit and every document about it, oldest first.
public struct UnitResponse: Encodable, Sendable {
    public struct Document: Encodable, Sendable {
        public let id: Int64; public let date: String?; public let kind: String; public let title: String
        public let source: String; public let how: String?; public let fault: String?
    }
    public let serial: String
    public let serialAsWritten: String
    public let model: String?
    public let owner: String?
    public let facts: [UnitFact]
    public let documents: [Document]

    public init(store: ArchiveStore, unit: UnitRecord) throws {
        let docs = try store.documents(try store.unitDocuments(unit.id))
        serial = unit.serial; serialAsWritten = unit.serialAsWritten; model = unit.model; facts = unit.facts
        owner = try store.owner(ofUnit: unit.id).flatMap { try store.customerName($0) }
        documents = docs.map { d in
            Document(id: d.id.rawValue, date: d.date, kind: d.kind.rawValue, title: d.title, source: d.source,
                     how: d.units.first { $0.serial == unit.serial }?.how, fault: d.fields.first { $0.name == .fault }?.value)
        }
    }
}

/// One customer: aliases, units, documents.
public struct CustomerResponse: Encodable, Sendable {
    public struct Document: Encodable, Sendable { public let id: Int64; public let date: String?; public let kind: String; public let title: String }
    public let customer: CustomerRecord
    public let documents: [Document]

    public init(store: ArchiveStore, customer: CustomerRecord) throws {
        self.customer = customer
        documents = try store.documents(try store.customerDocuments(customer.id)).map {
            Document(id: $0.id.rawValue, date: $0.date, kind: $0.kind.rawValue, title: $0.title)
        }
    }
}

/// What an ingest did.
public struct IngestResponse: Encodable, Sendable {
    public struct Problem: Encodable, Sendable { public let path: String; public let reason: String }
    public let files, added, updated, unchanged, removed: Int
    public let failed: [Problem]
    public let skipped: [Problem]
    public let warnings: [Problem]
    public let notIndexed: [Problem]

    public init(_ r: IngestReport) {
        files = r.files; added = r.added; updated = r.updated; unchanged = r.unchanged; removed = r.removed
        failed = r.failed.map { Problem(path: $0.path, reason: $0.reason) }
        skipped = r.skipped.map { Problem(path: $0.path, reason: $0.reason) }
        warnings = r.warnings.map { Problem(path: $0.path, reason: $0.reason) }
        notIndexed = r.notIndexed.map { Problem(path: $0.path, reason: $0.reason) }
    }
}

/// Text made safe to place in HTML: in an element or a quoted attribute.
public enum HTML {
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
