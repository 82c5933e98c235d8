import ArchiveIndex
import ArgumentParser
import Foundation

/// Options every command that reads or writes the archive accepts, before or after its name.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive folder (default: $KB_STORE, else ./.kb).", valueName: "dir"))
    var store: String?
}

struct KB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "A searchable archive of after-sales service documents (Chinese and English).",
        discussion: """
            Ingest folders of service reports, repair cards, ledgers, customer and equipment files, \
            then search them by fault phrase, serial number, model or customer in simplified or \
            traditional Chinese or English.
            """,
        version: "0.1.0",
        subcommands: [Ingest.self, Search.self, Similar.self, Show.self, UnitCommand.self, Brief.self, CustomerCommand.self,
                      LinkCommand.self, Links.self, ArticleCommand.self, Training.self, SynonymCommand.self, SlipCommand.self, AuditCommand.self,
                      Stats.self, Reindex.self, Compact.self]
    )

    @OptionGroup var storeOptions: StoreOptions
}

/// Shared plumbing for subcommands: the store location and error reporting.
protocol StoreCommand: ParsableCommand {
    var storeOptions: StoreOptions { get }
    var parent: KB { get }
}

extension StoreCommand {
    var location: StoreLocation { StoreLocation.resolve(storeOptions.store ?? parent.storeOptions.store) }

    /// Runs body with the store open for writing, holding the store's write lock.
    func writing<T>(create: Bool = true, _ body: (ArchiveStore) throws -> T) throws -> T {
        let lock = try StoreWriteLock(location)
        defer { withExtendedLifetime(lock) {} }
        return try body(try ArchiveStore.open(location, create: create))
    }

    /// Runs body, turning archive errors into one clear line on stderr and exit status 1.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as ExitCode {
            throw e
        } catch let e as KBError {
            Terminal.error(e.description)
            throw ExitCode(1)
        } catch let e as XapianError {
            Terminal.error(e.description)
            throw ExitCode(1)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}

enum Terminal {
    static let isTTY = isatty(STDOUT_FILENO) == 1
    static let errIsTTY = isatty(STDERR_FILENO) == 1
    static let color = isTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// One line on standard error; control characters in it (from a file name or a file's
    /// text in a reason) are shown as escapes, so it stays one line and drives nothing.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("kb: \(escaped(message))\n".utf8))
    }

    /// A file name or path as text output shows it: as it is when it is plain, else quoted
    /// with its control, bidirectional and quote characters escaped, so a name can neither
    /// forge a report line nor drive the terminal (JSON escapes them itself).
    static func name(_ s: String) -> String {
        let plain = !s.isEmpty && s.unicodeScalars.allSatisfy { !needsEscape($0) && $0 != "\"" && $0 != "\\" }
            && s.first?.isWhitespace == false && s.last?.isWhitespace == false
        if plain { return s }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where needsEscape(u): out += String(format: "\\u{%X}", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// Text from a document (a title, a line of it) with control characters other than new
    /// lines and tabs shown as escapes rather than sent to the terminal.
    static func text(_ s: String) -> String { escaped(s, keeping: ["\n", "\t"]) }

    /// s with the characters that need it shown as `\u{…}` (a new line as `\n`), except those kept.
    private static func escaped(_ s: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        guard s.unicodeScalars.contains(where: { needsEscape($0) && !kept.contains($0) }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if !needsEscape(u) || kept.contains(u) { out.unicodeScalars.append(u) }
            else { out += u == "\n" ? "\\n" : String(format: "\\u{%X}", u.value) }
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the bidirectional overrides and isolates.
    private static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
    }

    static func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    static func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    static func highlight(_ s: String) -> String { color ? "\u{1B}[1;33m\(s)\u{1B}[0m" : "«\(s)»" }

    static func json<T: Encodable>(_ value: T) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try enc.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

struct Ingest: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", 
        abstract: "Add files and folders (recursively) to the archive: .txt .md .csv .docx .pdf.",
        discussion: "Ingest is idempotent: unchanged files cost a hash; a changed file updates its documents.")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB

    @Argument(help: "Files or folders to ingest.") var paths: [String]
    @Option(help: "Treat every document as this kind (repair, equipment, customer, complaint, quality, training, article).")
    var kind: String?
    @Option(name: .customLong("max-size"), help: "Refuse files larger than this many megabytes.") var maxSize: Double = 50
    @Flag(help: "Print one object with the counts and failures.") var json = false
    @Flag(name: .shortAndLong, help: "Print each file's outcome.") var verbose = false

    func validate() throws {
        if let kind, DocumentKind(name: kind) == nil {
            throw ValidationError("unknown kind '\(kind)'; use one of: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number of megabytes") }
    }

    func run() throws {
        try reporting {
            let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
            if missing.count == paths.count {
                throw KBError.badInput(path: missing.joined(separator: ", "), reason: "no such file or folder; nothing to ingest")
            }
            try writing { store in
                var options = IngestOptions()
                options.kind = kind.flatMap(DocumentKind.init(name:))
                options.maxBytes = Int(maxSize * 1_048_576)
                let files = ProgressLine("files", enabled: !json && !verbose)
                let indexing = ProgressLine("indexed documents", enabled: !json && !verbose)
                let report = try Ingestor(store: store, options: options).ingest(paths, onFile: { source, outcome in
                    if verbose && !json { print("\(outcome.hasPrefix("failed") ? "✗" : "·") \(Terminal.name(source)): \(outcome)") }
                }, progress: files.update, indexProgress: indexing.update)
                files.finish()
                indexing.finish()
                if json {
                    try Terminal.json(IngestJSON(report))
                } else {
                    for f in report.failed { Terminal.error("\(Terminal.name(f.path)): \(f.reason)") }
                    for w in report.warnings { Terminal.error("\(Terminal.name(w.path)): warning: \(w.reason)") }
                    for r in report.notIndexed { Terminal.error("\(Terminal.name(r.path)): stored, but the search index refused it (\(r.reason)); `kb stats` lists it") }
                    // A type kb does not read is listed on request; anything else left unread always gets a line.
                    for s in report.skipped where !s.reason.hasPrefix(IngestReport.unreadType) {
                        Terminal.error("\(Terminal.name(s.path)): skipped, \(s.reason)")
                    }
                    if verbose { for s in report.skipped where s.reason.hasPrefix(IngestReport.unreadType) { print("- \(Terminal.name(s.path)): skipped, \(s.reason)") } }
                    var line = "documents: \(report.added) added, \(report.updated) updated, \(report.unchanged) unchanged"
                    if report.removed > 0 { line += ", \(report.removed) removed" }
                    line += "; files: \(report.files) read, \(report.failed.count) failed"
                    let quiet = report.skipped.contains { $0.reason.hasPrefix(IngestReport.unreadType) }
                    if !report.skipped.isEmpty { line += ", \(report.skipped.count) skipped\(verbose || !quiet ? "" : " (-v lists them)")" }
                    print(line + " (store: \(store.location.root.path))")
                }
                if !report.failed.isEmpty || !report.notIndexed.isEmpty { throw ExitCode(1) }
            }
        }
    }
}

struct IngestJSON: Encodable {
    struct Problem: Encodable { let path: String; let reason: String }
    let files, added, updated, unchanged, removed: Int
    let failed: [Problem]
    let skipped: [Problem]
    let warnings: [Problem]
    let not_indexed: [Problem]
    init(_ r: IngestReport) {
        files = r.files; added = r.added; updated = r.updated; unchanged = r.unchanged; removed = r.removed
        failed = r.failed.map { Problem(path: $0.path, reason: $0.reason) }
        skipped = r.skipped.map { Problem(path: $0.path, reason: $0.reason) }
        warnings = r.warnings.map { Problem(path: $0.path, reason: $0.reason) }
        not_indexed = r.notIndexed.map { Problem(path: $0.path, reason: $0.reason) }
    }
}

struct Search: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "search", 
        abstract: "Search the archive: fault phrases, serials, models, customers, in any script.",
        discussion: """
            Examples:
              kb search 离心机转速异常
              kb search 離心機 --kind repair
              kb search "DA-7600" --from 2023-01 --to 2023-06
              kb search "ＳＮ：ＤＡ７６００－２０１９－０４５７"
              kb search "rotor imbalance" --customer 一院 --json
            """)

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB

    @Argument(help: "What to search for.") var query: [String] = []
    @Option(help: "Only documents of this kind (repeatable).") var kind: [String] = []
    @Option(help: "Only documents linked to customers whose name contains this.") var customer: String?
    @Option(help: "Only documents about this serial number (any format).") var serial: String?
    @Option(help: "Only documents about this model.") var model: String?
    @Option(help: "Only documents dated on or after this (2023, 2023-01 or 2023-01-15).") var from: String?
    @Option(help: "Only documents dated on or before this.") var to: String?
    @Option(help: "How many hits to show.") var limit = 10
    @Flag(help: "Include knowledge-base articles in draft or in review.") var drafts = false
    @Flag(help: "Include retired articles (marked, with their replacement).") var retired = false
    @Flag(help: "Print one JSON object.") var json = false

    func validate() throws {
        for k in kind where DocumentKind(name: k) == nil {
            throw ValidationError("unknown kind '\(k)'; use one of: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let from, DateParser.parseBound(from, end: false) == nil { throw ValidationError("--from '\(from)' is not a date (use 2023, 2023-01 or 2023-01-15)") }
        if let to, DateParser.parseBound(to, end: true) == nil { throw ValidationError("--to '\(to)' is not a date (use 2023, 2023-01 or 2023-01-15)") }
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000") }
        if let f = from.flatMap({ DateParser.parseBound($0, end: false) }), let t = to.flatMap({ DateParser.parseBound($0, end: true) }), f > t {
            throw ValidationError("--from \(from ?? "") is after --to \(to ?? ""): no date can match")
        }
    }

    func run() throws {
        try reporting {
            let store = try ArchiveStore.open(location, create: false)
            var request = SearchRequest(text: query.joined(separator: " "))
            request.kinds = kind.compactMap(DocumentKind.init(name:))
            request.customer = customer
            request.serial = serial
            request.model = model
            request.from = from.flatMap { DateParser.parseBound($0, end: false) }
            request.to = to.flatMap { DateParser.parseBound($0, end: true) }
            request.limit = limit
            request.drafts = drafts
            request.retired = retired
            let results = try Searcher(store: store).search(request)
            if json {
                try Terminal.json(SearchJSON(results))
                return
            }
            for note in results.notes { Terminal.error(note) }
            if let c = results.corrected {
                let typed = results.alsoAsTyped.map { "\"\($0)\"" }.joined(separator: ", ")
                print("Showing results for \"\(c)\"" + (typed.isEmpty ? " (\"\(results.query)\" found little)." : ", and for \(typed) as typed."))
            }
            if !results.pinyin.isEmpty {
                print(Terminal.dim("Pinyin read as \(results.pinyin.joined(separator: " · "))"))
            }
            if results.hits.isEmpty {
                print("No documents match \"\(results.query)\".")
                return
            }
            print("\(results.hits.count) of \(results.facetsExact ? "" : "about ")\(results.total) documents for \"\(results.query)\""
                  + (results.facetsExact ? "" : " (counts below over the best \(Searcher.facetDepth))"))
            for f in results.facets {
                let shown = f.values.prefix(6).map { "\($0.value) \($0.count)" }.joined(separator: " · ")
                print(Terminal.dim("  \(f.name): \(shown)\(f.values.count > 6 ? " · …" : "")"))
            }
            print("")
            for (i, hit) in results.hits.enumerated() {
                let meta = [hit.kind.rawValue, hit.date, hit.customer, hit.serials.isEmpty ? nil : hit.serials.joined(separator: ", ")]
                    .compactMap { $0 }.joined(separator: " · ")
                var state = ""
                if let s = hit.articleState, s != .published {
                    state = "  [\(s.rawValue)\(hit.replacedBy.map { " → see #\($0)" } ?? "")]"
                }
                print("\(String(format: "%2d", i + 1)). \(Terminal.bold(Terminal.text(hit.title)))  \(Terminal.dim("#\(hit.id)"))\(state)")
                print("    \(meta)")
                print("    \(Terminal.dim(Terminal.name(hit.source)))")
                let snippet = hit.snippet.runs.map { $0.matched ? Terminal.highlight(Terminal.text($0.text)) : Terminal.text($0.text) }.joined()
                if !snippet.isEmpty { print("    \(snippet)") }
                print("")
            }
        }
    }
}

struct Similar: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "similar", 
        abstract: "Documents like this one (\"more like this\"): other cases of the same fault.")
    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB
    @Argument(help: "The document's id.") var id: Int64
    @Option var limit = 10
    @Flag var json = false

    func run() throws {
        try reporting {
            let store = try ArchiveStore.open(location, create: false)
            let (terms, results) = try Searcher(store: store).similar(to: DocumentID(id), limit: limit)
            if json {
                struct Out: Encodable { let id: Int64; let terms: [String]; let results: SearchJSON }
                try Terminal.json(Out(id: id, terms: terms, results: SearchJSON(results)))
                return
            }
            print("documents like #\(id) — \(terms.joined(separator: " "))\n")
            for (i, hit) in results.hits.enumerated() {
                print("\(String(format: "%2d", i + 1)). \(Terminal.bold(Terminal.text(hit.title)))  \(Terminal.dim("#\(hit.id)"))")
                print("    \([hit.kind.rawValue, hit.date, hit.customer].compactMap { $0 }.joined(separator: " · "))  \(Terminal.dim(Terminal.name(hit.source)))")
            }
            if results.hits.isEmpty { print("nothing similar") }
        }
    }
}

struct SearchJSON: Encodable {
    struct Hit: Encodable {
        let id: Int64
        let kind: String
        let title: String
        let source: String
        let score: Double
        let snippet: String
        let date: String?
        let customer: String?
        let serials: [String]
        let state: String?
        let replacedBy: Int64?

        /// Every key is present; a missing date or customer is null. `state` and
        /// `replaced_by` are set for knowledge-base articles.
        func encode(to encoder: Encoder) throws {
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
        enum CodingKeys: String, CodingKey {
            case id, kind, title, source, score, snippet, date, customer, serials, state, replacedBy = "replaced_by"
        }
    }
    let query: String
    let total: Int
    let hits: [Hit]
    let notes: [String]
    /// Facet name → value → count, over every match.
    let facets: [String: [String: Int]]
    /// The corrected query that was run instead, or null.
    let corrected: String?
    /// False when the query matched more documents than were counted (total is an estimate).
    let facetsExact: Bool
    /// The Chinese the query's Latin words were read as (pinyin), best first.
    let pinyin: [String]
    /// Rare spellings searched beside their correction (`centrifgue` beside `centrifuge`).
    let alsoAsTyped: [String]

    func encode(to encoder: Encoder) throws {
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
    }
    enum CodingKeys: String, CodingKey {
        case query, total, hits, notes, facets, corrected, pinyin
        case alsoAsTyped = "also_as_typed"
        case facetsExact = "facets_exact"
    }

    init(_ r: SearchResults) {
        corrected = r.corrected
        facetsExact = r.facetsExact
        pinyin = r.pinyin
        alsoAsTyped = r.alsoAsTyped
        query = r.query
        total = r.total
        notes = r.notes
        facets = Dictionary(uniqueKeysWithValues: r.facets.map { f in
            (f.name, Dictionary(f.values.map { ($0.value, $0.count) }, uniquingKeysWith: +))
        })
        hits = r.hits.map { h in
            Hit(id: h.id.rawValue, kind: h.kind.rawValue, title: h.title, source: h.source, score: h.score,
                snippet: h.snippet.rendered(open: "<mark>", close: "</mark>", escape: SearchJSON.escapeHTML),
                date: h.date, customer: h.customer, serials: h.serials, state: h.articleState?.rawValue, replacedBy: h.replacedBy)
        }
    }

    static func escapeHTML(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

struct Show: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one document: its fields, links and text as written.")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB

    @Argument(help: "The document's id (from search results).") var id: Int64
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        try reporting {
            let store = try ArchiveStore.open(location, create: false)
            guard let doc = try store.document(DocumentID(id)) else {
                throw KBError.notFound("no document #\(id) in \(store.location.root.path)")
            }
            if json {
                try Terminal.json(ShowJSON(doc))
                return
            }
            print(Terminal.bold(Terminal.text(doc.title)) + "  " + Terminal.dim("#\(doc.id)"))
            print("kind:     \(doc.kind.rawValue) (\(doc.kind.label))")
            print("source:   \(Terminal.name(doc.source))")
            if let d = doc.date { print("date:     \(d)") }
            print("file:     \(Terminal.name(doc.path))  \(doc.format)\(doc.encoding.map { ", " + $0 } ?? "")  sha256 \(doc.sha256)")
            for c in doc.customers { print("customer: \(c.name)  (\(c.how))") }
            for u in doc.units { print("unit:     \(u.serial)\(u.model.map { " · " + $0 } ?? "")  (\(u.how))") }
            if !doc.fields.isEmpty {
                print("\nfields:")
                for f in doc.fields {
                    let value = f.value.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: 18))
                    let name = f.name.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
                    print("  \(name)\(value)\(f.canonical.map { $0 == f.value ? "" : "  → \($0)" } ?? "")")
                }
            }
            print("\n" + Terminal.text(doc.originalText))
        }
    }
}

struct ShowJSON: Encodable {
    struct F: Encodable { let name: String; let label: String; let value: String; let canonical: String? }
    let id: Int64
    let kind: String
    let title: String
    let source: String
    let path: String
    let sha256: String
    let format: String
    let encoding: String?
    let date: String?
    let fields: [F]
    let customers: [LinkedCustomer]
    let units: [LinkedUnit]
    let text: String

    init(_ d: StoredDocument) {
        id = d.id.rawValue; kind = d.kind.rawValue; title = d.title; source = d.source; path = d.path
        sha256 = d.sha256; format = d.format; encoding = d.encoding; date = d.date; text = d.originalText
        fields = d.fields.map { F(name: $0.name.rawValue, label: $0.label, value: $0.value, canonical: $0.canonical) }
        customers = d.customers; units = d.units
    }
}

struct Stats: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Counts: files, documents by kind, customers, units, index.")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        try reporting {
            let store = try ArchiveStore.open(location, create: false)
            let s = try store.statistics()
            let indexed = try? XapianDatabase.openReadOnly(shards: [store.location.xapian.path]).documentCount()
            let indexBytes = Self.folderSize(store.location.xapian)
            if json {
                struct Out: Encodable {
                    let store: String
                    let stats: ArchiveStore.Statistics
                    let indexedDocuments: Int?
                    let indexBytes: Int
                    let xapian: String
                }
                try Terminal.json(Out(store: store.location.root.path, stats: s, indexedDocuments: indexed,
                                      indexBytes: indexBytes, xapian: xapianVersion))
                return
            }
            print("store:      \(store.location.root.path)")
            print("files:      \(s.files)")
            print("documents:  \(s.documents)")
            for kind in DocumentKind.allCases {
                print("  \(kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(s.byKind[kind.rawValue] ?? 0)")
            }
            print("customers:  \(s.customers)")
            print("units:      \(s.units)")
            print("index:      \(indexed.map(String.init) ?? "missing (run kb reindex)") documents, \(Self.mb(indexBytes)) (Xapian \(xapianVersion))")
            print("sqlite:     \(Self.mb(s.sqliteBytes))")
            if s.pendingIndex > 0 { print("pending:    \(s.pendingIndex) changes not yet in the index (run kb reindex)") }
            if s.refusedByIndex > 0 {
                print("refused:    \(s.refusedByIndex) stored \(s.refusedByIndex == 1 ? "document" : "documents") the search index refused (not searchable):")
                for r in try store.indexRefusals() { print("  #\(r.id)  \(Terminal.name(r.source)): \(r.reason)") }
            }
        }
    }

    static func folderSize(_ url: URL) -> Int {
        guard let e = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.fileSizeKey]) else { return 0 }
        var total = 0
        for case let f as URL in e { total += (try? f.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0 }
        return total
    }

    static func mb(_ n: Int) -> String { String(format: "%.1f MB", Double(n) / 1_048_576) }
}

struct Reindex: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "reindex", 
        abstract: "Rebuild the search index from the archive's SQLite records (the system of record).")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB

    func run() throws {
        try reporting {
            try writing(create: false) { store in
                let line = ProgressLine("indexed documents", enabled: true)
                let r = try IndexMaintenance.rebuild(store, progress: line.update)
                line.finish()
                print("reindexed \(r.indexed) documents into \(store.location.xapian.path)")
                if !r.refused.isEmpty {
                    let sources = try store.sources(r.refused.map(\.id))
                    for x in r.refused {
                        Terminal.error("\(Terminal.name(sources[x.id] ?? "#\(x.id)")) (#\(x.id)): the search index refused it (\(x.reason))")
                    }
                    throw ExitCode(1)
                }
            }
        }
    }
}

struct Compact: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "compact", 
        abstract: "Compact the search index (Xapian's compaction): smaller on disk, a little faster to search.",
        discussion: "Writes a compacted copy beside the index, then swaps it in; the old index stays until the copy is complete.")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB

    func run() throws {
        try reporting {
            try writing(create: false) { store in
                let (before, after) = try IndexMaintenance.compact(store)
                print(String(format: "compacted %@: %.1f MB → %.1f MB", store.location.xapian.path,
                             Double(before) / 1_048_576, Double(after) / 1_048_576))
            }
        }
    }
}

/// A progress line on standard error: done/total, rate and time left, redrawn at most five
/// times a second; only on a terminal.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private var start: Date?
    private var last = Date.distantPast
    private var shown = false

    init(_ label: String, enabled: Bool) {
        self.label = label
        self.enabled = enabled && Terminal.errIsTTY
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let now = Date()
        let start = self.start ?? now
        self.start = start
        guard now.timeIntervalSince(last) >= 0.2 || done == total else { return }
        last = now
        let elapsed = now.timeIntervalSince(start)
        var text = "\(label): \(done)/\(total)"
        if elapsed > 0.5, done > 0 {
            let rate = Double(done) / elapsed
            let left = Double(total - done) / rate
            text += String(format: " · %.0f/s · %@ left", rate, left >= 60 ? String(format: "%.0f min", left / 60) : String(format: "%.0f s", left))
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}


// MARK: units, briefs, customers, links

/// Who is acting: `--as NAME`, else the OS user.
func actor(_ given: String?) -> String {
    (given ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName).trimmingCharacters(in: .whitespaces)
}

struct UnitCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit",
        abstract: "A unit and every document about it, oldest to newest.",
        discussion: "SERIAL may be written in any format; a unique partial serial (the last digits) is enough.")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB
    @Argument(help: "The serial number, in any format.") var serial: String
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        try reporting {
            let store = try ArchiveStore.open(location, create: false)
            let units = try store.findUnits(serial)
            guard !units.isEmpty else { throw KBError.notFound("no unit matches serial '\(serial)'") }
            guard units.count == 1, let unit = units.first else {
                Terminal.error("serial '\(serial)' matches \(units.count) units; give more of it:")
                for u in units { print("  \(u.serial)  \(u.model ?? "")") }
                throw ExitCode(1)
            }
            let docs = try store.documents(try store.unitDocuments(unit.id))
            let owner = try store.owner(ofUnit: unit.id).flatMap { try store.customerName($0) }
            if json {
                struct Doc: Encodable { let id: Int64; let date: String?; let kind: String; let title: String; let source: String; let how: String? }
                struct Out: Encodable { let serial: String; let serialAsWritten: String; let model: String?; let owner: String?; let facts: [UnitFact]; let documents: [Doc] }
                try Terminal.json(Out(serial: unit.serial, serialAsWritten: unit.serialAsWritten, model: unit.model, owner: owner, facts: unit.facts,
                                      documents: docs.map { d in Doc(id: d.id.rawValue, date: d.date, kind: d.kind.rawValue, title: d.title, source: d.source,
                                                                     how: d.units.first { $0.serial == unit.serial }?.how) }))
                return
            }
            print(Terminal.bold(unit.serialAsWritten) + "  (\(unit.serial))")
            print("model:  \(unit.model ?? "unknown")")
            print("owner:  \(owner ?? "unknown")")
            for fact in ["purchase_date", "install_date", "warranty_until"] {
                if let f = unit.current(fact) { print("\(fact.replacingOccurrences(of: "_", with: " ")): \(f.value)  (#\(f.docId))") }
            }
            print("\n\(docs.count) documents, oldest first:")
            for d in docs {
                let fault = d.fields.first { $0.name == .fault }.map { "  — " + BriefBuilder.clip($0.value, 60) } ?? ""
                print("  \(d.date ?? "——————————")  #\(String(d.id.rawValue).padding(toLength: 4, withPad: " ", startingAt: 0)) \(d.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(Terminal.text(d.title))\(Terminal.text(fault))")
                print("  " + String(repeating: " ", count: 16) + Terminal.dim(Terminal.name(d.source)))
            }
        }
    }
}

struct Brief: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "brief", 
        abstract: "Before a visit: the unit or customer, warranty, service history, open complaints, what fixed the same fault elsewhere.")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB
    @Option(help: "The unit's serial, in any format (a unique partial serial is enough).") var serial: String?
    @Option(help: "The customer: a name, alias, fragment or id.") var customer: String?
    @Option(help: "text, markdown or html (html prints on A4).") var format: String = "text"
    @Option(help: "Compute warranty and deadlines as of this date (default: today).") var today: String?
    @Flag(help: "Print one JSON object.") var json = false

    func validate() throws {
        guard (serial == nil) != (customer == nil) else { throw ValidationError("give exactly one of --serial or --customer") }
        guard BriefRenderer.Format(rawValue: format) != nil else { throw ValidationError("--format must be text, markdown or html") }
        if json && format != "text" { throw ValidationError("give --json or --format, not both") }
        if let today, DateParser.parse(today) == nil { throw ValidationError("--today '\(today)' is not a date") }
    }

    func run() throws {
        try reporting {
            let store = try ArchiveStore.open(location, create: false)
            let subject: BriefBuilder.Subject = serial.map { .serial($0) } ?? .customer(customer ?? "")
            let b = try BriefBuilder.build(subject, store: store, today: today.flatMap(DateParser.parse) ?? WorkingDays.today())
            if json { try Terminal.json(b); return }
            print(BriefRenderer.render(b, as: BriefRenderer.Format(rawValue: format) ?? .text), terminator: "")
        }
    }
}

struct CustomerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer",
        abstract: "Customers and their aliases: list, show, alias, merge, and names waiting for review.",
        subcommands: [List.self, ShowCustomer.self, Alias.self, Merge.self, Review.self])

    struct Review: StoreCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Names kb would not link alone (several customers fit), and a person's decision on one.",
            discussion: """
                kb customer review                              lists what waits, with the candidates
                kb customer review 12 --customer 40 --as 王芳   links document #12 to customer #40 (kept across re-ingest)
                kb customer review 12 --none --as 王芳          none of them: the name stays unlinked, and off the list
                """)
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The document to decide on.") var document: Int64?
        @Option(help: "The customer it is: name, alias, fragment or id.") var customer: String?
        @Flag(help: "None of the candidates.") var none = false
        @Option(help: "Which of the document's waiting names, when it has several.") var name: String?
        @Option(name: .customLong("as"), help: "Who decides (default: the OS user).") var who: String?
        @Flag(help: "Print one JSON object.") var json = false

        func validate() throws {
            if document == nil, customer != nil || none { throw ValidationError("say which document: kb customer review ID --customer C | --none") }
            if document != nil, (customer == nil) == (!none) { throw ValidationError("give exactly one of --customer or --none") }
        }

        func run() throws {
            try reporting {
                guard let document else { return try list() }
                try writing(create: false) { store in
                    let waiting = try store.customerReviews().filter { $0.document == document && (name == nil || $0.written == name) }
                    guard let item = waiting.first else { throw KBError.notFound("nothing of document #\(document) waits for review") }
                    guard waiting.count == 1 else {
                        throw KBError.ambiguous("document #\(document) has \(waiting.count) names waiting: \(waiting.map(\.written).joined(separator: ", ")); say which with --name")
                    }
                    let chosen = try customer.map { try resolveCustomer(store, $0) }
                    try store.decideReview(document: DocumentID(document), written: item.written, customer: chosen?.id, who: actor(who))
                    try IndexMaintenance.catchUp(store)
                    print(chosen.map { "#\(document) linked to \($0.name) by hand" } ?? "#\(document): '\(Terminal.text(item.written))' is none of them; it stays unlinked")
                }
            }
        }

        func list() throws {
            let items = try ArchiveStore.open(location, create: false).customerReviews()
            if json { try Terminal.json(["waiting": items]); return }
            if items.isEmpty { print("no customer name waits for review") }
            for i in items {
                print("#\(i.document)  \(Terminal.name(i.source))  '\(Terminal.text(i.written))'  — \(i.reason)")
                for c in i.candidates { print("      #\(c.id)  \(Terminal.text(c.name))") }
            }
        }
    }

    struct List: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every customer, confirmed ones first, with aliases, units and document counts.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Flag(help: "Print one JSON object.") var json = false

        func run() throws {
            try reporting {
                let store = try ArchiveStore.open(location, create: false)
                let all = try store.customerRecords()
                if json { try Terminal.json(["customers": all]); return }
                for c in all {
                    let mark = c.provisional ? " ?" : ""
                    print("#\(c.id)\(mark)  \(Terminal.bold(c.name))  \(c.documents) documents\(c.units.isEmpty ? "" : " · units " + c.units.joined(separator: ", "))")
                    if !c.aliases.isEmpty { print("      also: \(c.aliases.joined(separator: "、"))") }
                }
                if all.contains(where: \.provisional) {
                    print("\n? unconfirmed: named in documents but in no customer file; `kb customer merge` or `kb customer alias` settles them")
                }
            }
        }
    }

    struct ShowCustomer: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One customer: aliases, units, documents.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "A name, alias, fragment or id.") var customer: String
        @Flag(help: "Print one JSON object.") var json = false

        func run() throws {
            try reporting {
                let store = try ArchiveStore.open(location, create: false)
                let c = try resolveCustomer(store, customer)
                let docs = try store.documents(try store.customerDocuments(c.id))
                if json {
                    struct Out: Encodable { let customer: CustomerRecord; let documents: [Int64] }
                    try Terminal.json(Out(customer: c, documents: docs.map(\.id.rawValue)))
                    return
                }
                print("#\(c.id)  \(Terminal.bold(c.name))\(c.provisional ? "  (unconfirmed)" : "")")
                if !c.aliases.isEmpty { print("also:  \(c.aliases.joined(separator: "、"))") }
                if !c.units.isEmpty { print("units: \(c.units.joined(separator: ", "))") }
                print("\n\(docs.count) documents:")
                for d in docs { print("  \(d.date ?? "—————————— ")  #\(d.id)  \(d.kind.rawValue)  \(Terminal.text(d.title))") }
            }
        }
    }

    struct Alias: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "alias", abstract: "Add an alias (short name, other script, former name) to a customer.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The customer: a name, alias, fragment or id.") var customer: String
        @Argument(help: "The alias.") var alias: String

        func run() throws {
            try reporting {
                let c = try writing(create: false) { store -> CustomerRecord in
                    let c = try resolveCustomer(store, customer)
                    try store.addCustomerAlias(c.id, alias: alias)
                    try store.relink(nil)
                    try IndexMaintenance.catchUp(store)
                    return c
                }
                print("\(c.name) (#\(c.id)) is also '\(alias)'")
            }
        }
    }

    struct Merge: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "merge", abstract: "Merge the second customer into the first: every link moves, its names become aliases.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The customer to keep.") var keep: String
        @Argument(help: "The customer to merge into it.") var other: String
        @Flag(help: "Merge even though both are confirmed customers.") var confirm = false

        func run() throws {
            try reporting {
                let (a, b) = try writing(create: false) { store -> (CustomerRecord, CustomerRecord) in
                    let a = try resolveCustomer(store, keep), b = try resolveCustomer(store, other)
                    try store.mergeCustomers(keep: a.id, other: b.id, confirmed: confirm)
                    try IndexMaintenance.catchUp(store)
                    return (a, b)
                }
                print("merged \(b.name) (#\(b.id)) into \(a.name) (#\(a.id))")
            }
        }
    }
}

/// Exactly one customer for what the user typed, or a clear error listing the candidates.
func resolveCustomer(_ store: ArchiveStore, _ text: String) throws -> CustomerRecord {
    let found = try store.findCustomers(text)
    guard !found.isEmpty else { throw KBError.notFound("no customer matches '\(text)' (see kb customer list)") }
    guard found.count == 1, let c = found.first else {
        throw KBError.ambiguous("'\(text)' matches \(found.count) customers: \(found.map { "\($0.name) (#\($0.id))" }.joined(separator: ", ")); use the id")
    }
    return c
}

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "How a document is linked to customers and units, and corrections by hand.",
        subcommands: [Explain.self, Add.self, Remove.self])

    struct Target: ParsableArguments {
        @Option(help: "A customer: name, alias, fragment or id.") var customer: String?
        @Option(help: "A unit's serial, in any format.") var serial: String?
        @Option(name: .customLong("as"), help: "Who makes the correction (default: the OS user).") var who: String?

        func validate() throws {
            guard (customer == nil) != (serial == nil) else { throw ValidationError("give exactly one of --customer or --serial") }
        }

        /// Records the correction and brings the index up to date; returns what was linked or unlinked.
        func correct(_ doc: DocumentID, action: String, in store: ArchiveStore) throws -> String {
            let (kind, tid, name) = try resolve(store)
            try store.correctLink(doc: doc, target: kind, targetId: tid, action: action, who: actor(who))
            try IndexMaintenance.catchUp(store)
            return "\(kind) \(name)"
        }

        func resolve(_ store: ArchiveStore) throws -> (String, Int64, String) {
            if let customer {
                let c = try resolveCustomer(store, customer)
                return ("customer", c.id, c.name)
            }
            let units = try store.findUnits(serial ?? "")
            guard units.count == 1, let u = units.first else {
                throw KBError.ambiguous(units.isEmpty ? "no unit matches serial '\(serial ?? "")'"
                                        : "serial '\(serial ?? "")' matches \(units.map(\.serial).joined(separator: ", "))")
            }
            return ("unit", u.id, u.serial)
        }
    }

    struct Explain: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "Every link of a document and how it was made.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The document's id.") var id: Int64
        @Flag(help: "Print one JSON object.") var json = false

        func run() throws {
            try reporting {
                let store = try ArchiveStore.open(location, create: false)
                guard let doc = try store.document(DocumentID(id)) else { throw KBError.notFound("no document #\(id)") }
                let links = try store.explainLinks(doc.id)
                if json { try Terminal.json(["document": AnyEncodable(id), "links": AnyEncodable(links)]); return }
                print("#\(doc.id)  \(Terminal.text(doc.title))  \(Terminal.dim(Terminal.name(doc.source)))")
                if links.isEmpty { print("  no links") }
                for l in links {
                    print("  \(l.target.padding(toLength: 9, withPad: " ", startingAt: 0)) \(l.name.isEmpty ? "#\(l.id)" : l.name)  ← \(l.how)")
                }
            }
        }
    }

    struct Add: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Link a document to a customer or unit by hand (kept across re-ingest).")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The document's id.") var id: Int64
        @OptionGroup var target: Target

        func run() throws {
            try reporting {
                let name = try writing(create: false) { try target.correct(DocumentID(id), action: "add", in: $0) }
                print("#\(id) linked to \(name) by hand")
            }
        }
    }

    struct Remove: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a wrong link by hand (kept across re-ingest).")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The document's id.") var id: Int64
        @OptionGroup var target: Target

        func run() throws {
            try reporting {
                let name = try writing(create: false) { try target.correct(DocumentID(id), action: "remove", in: $0) }
                print("#\(id) no longer linked to \(name)")
            }
        }
    }
}

struct Links: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "links", abstract: "Documents whose customer or serial kb could not resolve (--unresolved).")
    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB
    @Flag(help: "List documents naming a customer or serial kb could not resolve.") var unresolved = false
    @Flag(help: "Print one JSON object.") var json = false

    func validate() throws {
        guard unresolved else { throw ValidationError("say what to list: kb links --unresolved (kb link explain ID shows one document's links)") }
    }

    func run() throws {
        try reporting {
            let store = try ArchiveStore.open(location, create: false)
            let items = try store.unresolvedLinks()
            if json {
                struct Item: Encodable { let id: Int64; let source: String; let problem: String }
                try Terminal.json(["unresolved": items.map { Item(id: $0.doc.rawValue, source: $0.source, problem: $0.what) }])
                return
            }
            if items.isEmpty { print("every customer and serial named in the archive is resolved") }
            for i in items { print("#\(i.doc)  \(Terminal.name(i.source))\n      \(Terminal.text(i.what))") }
        }
    }
}

/// Wraps heterogeneous values for a JSON object.
struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}


// MARK: knowledge base

struct ArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "Knowledge-base articles: write, review, publish, version, retire, export and import.",
        subcommands: [New.self, Edit.self, ShowArticle.self, ListArticles.self, History.self, Diff.self, Restore.self,
                      Submit.self, Approve.self, Retire.self, Stale.self, Export.self, Import.self])

    struct New: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "new", 
            abstract: "Add a draft from a Markdown file with front matter, or draft one from a repair card (--from DOC_ID).",
            discussion: """
                The file starts with front matter:
                  ---
                  title: 离心机转速异常的排查
                  tags: [centrifuge, 转速]
                  models: [TDL-5M, H1850R]
                  faults: [转速异常, E03]
                  owner: 王建军
                  review_by: 2025-06-30
                  ---
                  Markdown text…
                """)
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The Markdown file.") var file: String?
        @Option(name: .customLong("from"), help: "Draft from this repair card.") var from: Int64?
        @Option(name: .customLong("as"), help: "The author (default: the OS user).") var who: String?
        @Flag(help: "Print the new article as JSON.") var json = false

        func validate() throws {
            guard (file == nil) != (from == nil) else { throw ValidationError("give a FILE or --from DOC_ID") }
        }

        func run() throws {
            try reporting {
                let a: Article = try writing { store in
                    let id: Int64
                    if let from {
                        guard let doc = try store.document(DocumentID(from)) else { throw KBError.notFound("no document #\(from)") }
                        id = try store.createArticle(try ArticleDesk.draft(from: doc), author: actor(who), sourceDoc: doc.id)
                    } else {
                        let path = file ?? ""
                        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                            throw KBError.badInput(path: path, reason: "cannot read it as UTF-8 text")
                        }
                        id = try store.createArticle(try ArticleFile.parse(text, file: path).content, author: actor(who))
                    }
                    return try store.article(id)
                }
                if json { try Terminal.json(a); return }
                print("article #\(a.id) created as a draft: \(a.content.title)")
            }
        }
    }

    struct Edit: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Save a new version of an article from a Markdown file.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Argument(help: "The Markdown file with front matter.") var file: String
        @Option(name: .customLong("as")) var who: String?
        @Option(help: "What changed.") var note: String = "edited"

        func run() throws {
            try reporting {
                let v = try writing { store -> (Int, Int) in
                    guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                        throw KBError.badInput(path: file, reason: "cannot read it as UTF-8 text")
                    }
                    let before = try store.article(id).version
                    return (before, try store.reviseArticle(id, content: try ArticleFile.parse(text, file: file).content, who: actor(who), note: note))
                }
                print(v.0 == v.1 ? "article #\(id): no change (still version \(v.1))" : "article #\(id): version \(v.1)")
                if v.0 != v.1, try ArchiveStore.open(location, create: false).article(id).pendingReview {
                    print("it awaits review: the published version stays in search until `kb article approve \(id)` by someone else")
                }
            }
        }
    }

    struct ShowArticle: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "An article as a Markdown file with front matter.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Flag var json = false

        func run() throws {
            try reporting {
                let a = try ArchiveStore.open(location, create: false).article(id)
                if json { try Terminal.json(a); return }
                print(ArticleFile.render(a), terminator: "")
            }
        }
    }

    struct ListArticles: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Articles with their state and version.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Option(help: "Only this state: draft, review, published, retired.") var state: String?
        @Flag var json = false

        func validate() throws {
            if let state, ArticleState(rawValue: state) == nil { throw ValidationError("--state must be draft, review, published or retired") }
        }

        func run() throws {
            try reporting {
                let all = try ArchiveStore.open(location, create: false).articles(state: state.flatMap(ArticleState.init(rawValue:)))
                if json { try Terminal.json(["articles": all]); return }
                for a in all {
                    let pending = a.pendingReview ? "  (v\(a.version) awaits review; v\(a.publishedVersion ?? 0) is shown)" : ""
                    print("#\(a.id)  \(a.state.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) v\(a.version)  \(a.content.title)\(a.replacedBy.map { "  → #\($0)" } ?? "")\(pending)")
                }
                if all.isEmpty { print("no articles") }
            }
        }
    }

    struct History: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: "Every version and state change of an article, with who and when.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Flag var json = false

        func run() throws {
            try reporting {
                let store = try ArchiveStore.open(location, create: false)
                let versions = try store.articleVersions(id), events = try store.articleEvents(id)
                if json {
                    struct Out: Encodable { let versions: [ArticleVersion]; let events: [ArticleEvent] }
                    try Terminal.json(Out(versions: versions, events: events))
                    return
                }
                print("versions:")
                for v in versions { print("  v\(v.version)  \(v.at)  \(v.who)  \(v.note)  — \(v.content.title)") }
                print("changes:")
                for e in events { print("  \(e.at)  \(e.who)  \(e.action)\(e.detail.isEmpty ? "" : "  " + e.detail)") }
            }
        }
    }

    struct Diff: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "diff", abstract: "Line differences between two versions of an article.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Argument var from: Int
        @Argument var to: Int

        func run() throws {
            try reporting {
                let store = try ArchiveStore.open(location, create: false)
                let versions = try store.articleVersions(id)
                guard let a = versions.first(where: { $0.version == from }), let b = versions.first(where: { $0.version == to }) else {
                    throw KBError.notFound("article #\(id) has versions \(versions.map { String($0.version) }.joined(separator: ", "))")
                }
                print(ArticleDiff.unified(ArticleFile.render(a.content), ArticleFile.render(b.content), from: "v\(from)", to: "v\(to)"), terminator: "")
            }
        }
    }

    struct Restore: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "restore", abstract: "Make an old version current again, as a new version.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Argument var version: Int
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                let v = try writing { try $0.restoreArticle(id, version: version, who: actor(who)) }
                print("article #\(id): version \(version) restored as version \(v)")
            }
        }
    }

    struct Submit: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "submit", abstract: "Send a draft for review.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                try writing { try $0.transitionArticle(id, to: .review, who: actor(who)) }
                print("article #\(id) is in review")
            }
        }
    }

    struct Approve: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "approve", abstract: "Publish an article in review (not by its author).")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Option(name: .customLong("as"), help: "The reviewer (default: the OS user).") var who: String?

        func run() throws {
            try reporting {
                try writing { try $0.transitionArticle(id, to: .published, who: actor(who)) }
                print("article #\(id) is published")
            }
        }
    }

    struct Retire: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "retire", abstract: "Retire an article that has become wrong.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Option(help: "Why it is retired.") var reason: String
        @Option(name: .customLong("replaced-by"), help: "The article that replaces it.") var replacedBy: Int64?
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                try writing { try $0.transitionArticle(id, to: .retired, who: actor(who), reason: reason, replacedBy: replacedBy) }
                print("article #\(id) is retired\(replacedBy.map { "; see #\($0)" } ?? "")")
            }
        }
    }

    struct Stale: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "stale", 
            abstract: "Published articles past their review date, or whose models have new faults on repair cards since their last review.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Option(help: "As of this date (default: today).") var today: String?
        @Flag var json = false

        func run() throws {
            try reporting {
                let day = today.flatMap(DateParser.parse) ?? WorkingDays.today()
                let items = try ArticleDesk.stale(try ArchiveStore.open(location, create: false), today: day)
                if json { try Terminal.json(["stale": items]); return }
                if items.isEmpty { print("no stale articles as of \(day)") }
                for i in items {
                    print("#\(i.id)  \(i.title)")
                    for r in i.reasons { print("      \(r)") }
                }
            }
        }
    }

    struct Export: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Write every article to a folder as Markdown with front matter.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var dir: String

        func run() throws {
            try reporting {
                let files = try ArticleDesk.export(try ArchiveStore.open(location, create: false), to: URL(fileURLWithPath: dir))
                print("exported \(files.count) articles to \(dir)")
            }
        }
    }

    struct Import: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "import", 
            abstract: "Read a folder of article files: new versions where content changed, new drafts for files without an id.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var dir: String
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                let r = try writing { try ArticleDesk.importFolder($0, from: URL(fileURLWithPath: dir), who: actor(who)) }
                for f in r.failed { Terminal.error("\(f.file): \(f.reason)") }
                print("articles: \(r.created.count) created, \(r.revised.count) revised, \(r.unchanged.count) unchanged, \(r.failed.count) failed")
                if !r.failed.isEmpty { throw ExitCode(1) }
            }
        }
    }
}

struct Training: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "training", abstract: "Training material (courses, manuals, exam questions).", subcommands: [List.self])

    struct List: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Training documents and the models they cover.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Option(help: "Only material about this model.") var model: String?
        @Flag var json = false

        func run() throws {
            try reporting {
                let store = try ArchiveStore.open(location, create: false)
                let items = try TrainingCatalog.list(store, model: model)
                if json { try Terminal.json(["training": items]); return }
                if items.isEmpty { print("no training material\(model.map { " for \($0)" } ?? "")") }
                for t in items {
                    print("#\(t.id)  \(Terminal.text(t.title))  \(Terminal.dim(Terminal.name(t.source)))")
                    if !t.models.isEmpty { print("      models: \(t.models.joined(separator: ", "))") }
                }
            }
        }
    }
}


// MARK: signed slips and the audit log

struct SlipFilterOptions: ParsableArguments {
    @Option(help: "Customer name or fragment.") var customer: String?
    @Option(help: "Serial, in any format (the last digits are enough).") var serial: String?
    @Option(help: "service-report, installation-report, repair-order or technical-service.") var type: String?
    @Option(help: "Slips dated on or after this.") var from: String?
    @Option(help: "Slips dated on or before this.") var to: String?

    func validate() throws {
        if let type, SlipType(text: type) == nil { throw ValidationError("--type must be one of \(SlipType.allCases.map(\.rawValue).joined(separator: ", "))") }
        if let from, DateParser.parseBound(from, end: false) == nil { throw ValidationError("--from '\(from)' is not a date") }
        if let to, DateParser.parseBound(to, end: true) == nil { throw ValidationError("--to '\(to)' is not a date") }
    }

    var filter: SlipArchive.Filter {
        var f = SlipArchive.Filter()
        f.customer = customer
        f.serial = serial
        f.type = type.flatMap(SlipType.init(text:))
        f.from = from.flatMap { DateParser.parseBound($0, end: false) }
        f.to = to.flatMap { DateParser.parseBound($0, end: true) }
        return f
    }
}

struct SlipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slip",
        abstract: "The archive of customer-signed slips: originals kept byte for byte, every access on record.",
        subcommands: [Add.self, Get.self, ShowSlip.self, ListSlips.self, Export.self, Verify.self, Supersede.self,
                      Retention.self, Due.self, Hold.self, Release.self, Purge.self])

    static func line(_ s: Slip) -> String {
        let who = [s.signedBy.map { "signed by \($0)" }, s.stamped ? "stamped" : nil].compactMap { $0 }.joined(separator: ", ")
        return "\(s.date)  \(s.number)\(s.version > 1 ? " v\(s.version)" : "")  \(s.type.rawValue)  \(s.customer ?? "—")  \(s.serial ?? "")\(who.isEmpty ? "" : "  (\(who))")\(s.hold ? "  [HOLD]" : "")\(s.supersededBy != nil ? "  [superseded]" : "")"
    }

    struct Add: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "add", 
            abstract: "Archive scanned or PDF slips (PDF, JPEG, PNG, TIFF); metadata not given is read from the slip (PDF text or OCR).")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The slip files.") var files: [String]
        @Option(name: .customLong("no"), help: "The slip number (one file only).") var number: String?
        @Option(help: "service-report (服务报告单), installation-report (装机报告单), repair-order (维修单), technical-service (技术服务单).") var type: String?
        @Option var customer: String?
        @Option var serial: String?
        @Option var date: String?
        @Option var engineer: String?
        @Option(name: .customLong("signed-by")) var signedBy: String?
        @Flag(help: "The slip carries the customer's stamp.") var stamped = false
        @Option(name: .customLong("as"), help: "Who archives it (default: the OS user).") var who: String?
        @Flag var json = false

        func validate() throws {
            if number != nil && files.count > 1 { throw ValidationError("--no names one slip; give one file with it") }
        }

        func run() throws {
            try reporting {
                var m = SlipMetadata()
                m.number = number; m.type = type; m.customer = customer; m.serial = serial; m.date = date
                m.engineer = engineer; m.signedBy = signedBy; m.stamped = stamped
                var failed = 0
                var added: [Slip] = []
                try writing { store in
                    let archive = SlipArchive(store: store)
                    for f in files {
                        do {
                            switch try archive.add(file: URL(fileURLWithPath: f), metadata: m, who: actor(who)) {
                            case .added(let s):
                                added.append(s)
                                if !json { print("archived \(SlipCommand.line(s))  [text from \(s.textSource)]") }
                            case .alreadyArchived(let s):
                                added.append(s)
                                if !json { print("already archived: \(f) is slip \(s.number) v\(s.version)") }
                            }
                        } catch let e as KBError {
                            failed += 1
                            Terminal.error(e.description)
                        }
                    }
                }
                if json { try Terminal.json(["slips": added]) }
                if failed > 0 { throw ExitCode(1) }
            }
        }
    }

    struct Get: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Write the byte-identical original of a slip (by number, or #id).")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var slip: String
        @Option(help: "Where to write it (never overwritten).") var out: String
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                let s = try SlipArchive(store: try ArchiveStore.open(location, create: false)).get(slip, to: URL(fileURLWithPath: out), who: actor(who))
                print("wrote \(s.number) v\(s.version) (\(s.size) bytes, sha256 \(s.sha256)) to \(out)")
            }
        }
    }

    struct ShowSlip: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "A slip's metadata, versions and history.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var slip: String
        @Flag var json = false

        func run() throws {
            try reporting {
                let archive = SlipArchive(store: try ArchiveStore.open(location, create: false))
                let s = try archive.find(slip)
                let versions = try archive.versions(s.number)
                let history = try archive.auditEntries(slip: s.number)
                if json {
                    struct Out: Encodable { let slip: Slip; let versions: [Slip]; let history: [AuditEntry] }
                    try Terminal.json(Out(slip: s, versions: versions, history: history))
                    return
                }
                print(Terminal.bold("\(s.number)") + "  \(s.type.rawValue)  v\(s.version)")
                for (k, v) in [("date", s.date), ("customer", s.customer), ("serial", s.serial), ("engineer", s.engineer),
                               ("signed by", s.signedBy), ("stamped", s.stamped ? "yes" : "no"), ("file", "\(s.originalName) (\(s.format), \(s.size) bytes)"),
                               ("sha256", s.sha256), ("text", s.textSource), ("document", s.docId.map { "#\($0)" }), ("hold", s.hold ? "yes" : "no"),
                               ("added", "\(s.addedAt) by \(s.addedBy)")] as [(String, String?)] {
                    if let v { print("\(k.padding(toLength: 10, withPad: " ", startingAt: 0)) \(v)") }
                }
                print("\nversions:")
                for v in versions { print("  v\(v.version)  \(v.addedAt)  \(v.addedBy)  sha256 \(v.sha256.prefix(16))…\(v.reason.map { "  reason: \($0)" } ?? "")\(v.supersededBy != nil ? "  (superseded)" : "  (current)")") }
                print("history:")
                for e in history { print("  \(e.at)  \(e.who)  \(e.action)  \(e.result)  \(e.detail)") }
            }
        }
    }

    struct ListSlips: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Archived slips (current versions), oldest first.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @OptionGroup var filter: SlipFilterOptions
        @Flag(help: "Superseded versions too.") var all = false
        @Flag var json = false

        func run() throws {
            try reporting {
                var f = filter.filter
                f.allVersions = all
                let slips = try SlipArchive(store: try ArchiveStore.open(location, create: false)).list(f)
                if json { try Terminal.json(["slips": slips]); return }
                if slips.isEmpty { print("no slips") }
                for s in slips { print(SlipCommand.line(s)) }
            }
        }
    }

    struct Export: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "A zip of originals with manifest.json and SHA256SUMS (checked by sha256sum -c).")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @OptionGroup var filter: SlipFilterOptions
        @Option(help: "The zip to write (never overwritten).") var out: String
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                let slips = try SlipArchive(store: try ArchiveStore.open(location, create: false)).export(filter.filter, to: URL(fileURLWithPath: out), who: actor(who))
                print("exported \(slips.count) slips to \(out)")
            }
        }
    }

    struct Verify: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "verify", abstract: "Re-hash every archived original; report missing or altered ones.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Option(name: .customLong("as")) var who: String?
        @Flag var json = false

        func run() throws {
            try reporting {
                let r = try SlipArchive(store: try ArchiveStore.open(location, create: false)).verify(who: actor(who))
                if json { try Terminal.json(["checked": AnyEncodable(r.checked), "problems": AnyEncodable(r.problems)]) }
                else {
                    for p in r.problems { Terminal.error("slip \(p.number) v\(p.version): \(p.problem)") }
                    print("\(r.checked) originals checked, \(r.problems.count) problem\(r.problems.count == 1 ? "" : "s")")
                }
                if !r.problems.isEmpty { throw ExitCode(1) }
            }
        }
    }

    struct Supersede: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "supersede", abstract: "Archive a correction: a new version of a slip that supersedes the old; both are kept.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var number: String
        @Argument var file: String
        @Option(help: "Why the correction was made.") var reason: String
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                let s = try writing { store in
                    try SlipArchive(store: store).supersede(number: number, with: URL(fileURLWithPath: file), reason: reason,
                                                            metadata: SlipMetadata(), who: actor(who))
                }
                print("slip \(s.number) is now version \(s.version); the earlier version is kept")
            }
        }
    }

    struct Retention: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "retention", abstract: "Show or set how many years each slip type is kept.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var type: String?
        @Argument var years: Int?
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                if let type, let years {
                    guard let t = SlipType(text: type) else { throw KBError.badQuery("unknown slip type '\(type)'") }
                    try writing { try SlipArchive(store: $0).setRetention(t, years: years, who: actor(who)) }
                }
                let all = try SlipArchive(store: try ArchiveStore.open(location, create: false)).retentionYears()
                for t in SlipType.allCases { print("\(t.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)) \(all[t] ?? 0) years") }
            }
        }
    }

    struct Due: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "due", abstract: "Slips past their retention period.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Option(help: "As of this date (default: today).") var today: String?

        func run() throws {
            try reporting {
                let day = today.flatMap(DateParser.parse) ?? WorkingDays.today()
                let due = try SlipArchive(store: try ArchiveStore.open(location, create: false)).due(today: day)
                if due.isEmpty { print("no slip is past retention as of \(day)") }
                for d in due { print("\(SlipCommand.line(d.slip))  kept until \(d.until)") }
            }
        }
    }

    struct Hold: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "hold", abstract: "Put a legal hold on a slip: it is never purged while held.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var slip: String
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                let s = try writing { try SlipArchive(store: $0).setHold(slip, true, who: actor(who)) }
                print("slip \(s.number) is on hold")
            }
        }
    }

    struct Release: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "release", abstract: "Release a slip's legal hold.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var slip: String
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                let s = try writing { try SlipArchive(store: $0).setHold(slip, false, who: actor(who)) }
                print("slip \(s.number) is released from hold")
            }
        }
    }

    struct Purge: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "purge", abstract: "Remove slips past retention that are not on hold (with --expired --confirm); a tombstone stays in the audit.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Flag(help: "Purge slips past retention.") var expired = false
        @Flag(help: "Really remove them (without it, only list them).") var confirm = false
        @Option(help: "As of this date (default: today).") var today: String?
        @Option(name: .customLong("as")) var who: String?

        func validate() throws {
            guard expired else { throw ValidationError("kb slip purge removes only expired slips: give --expired") }
        }

        func run() throws {
            try reporting {
                let day = today.flatMap(DateParser.parse) ?? WorkingDays.today()
                // Reports may look ahead; removing originals may not.
                if confirm, day > WorkingDays.today() {
                    throw KBError.badQuery("--today \(day) is in the future: purging removes originals, so it only runs as of today")
                }
                if !confirm {
                    let due = try SlipArchive(store: try ArchiveStore.open(location, create: false)).due(today: day).filter { !$0.slip.hold }
                    for d in due { print("would purge \(SlipCommand.line(d.slip))") }
                    print("\(due.count) slips would be purged; add --confirm to remove them")
                    return
                }
                let gone = try writing { try SlipArchive(store: $0).purgeExpired(today: day, who: actor(who)) }
                for s in gone { print("purged \(SlipCommand.line(s))") }
                print("\(gone.count) slips purged; tombstones are in the audit log")
            }
        }
    }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "The append-only, hash-chained log of every slip operation.",
                                                    subcommands: [List.self, Verify.self])

    struct List: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Audit entries, filtered by slip, person and date.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Option var slip: String?
        @Option(help: "Who acted.") var who: String?
        @Option var from: String?
        @Option var to: String?
        @Flag var json = false

        func run() throws {
            try reporting {
                let entries = try SlipArchive(store: try ArchiveStore.open(location, create: false))
                    .auditEntries(slip: slip, who: who, from: from.flatMap { DateParser.parseBound($0, end: false) },
                                  to: to.flatMap { DateParser.parseBound($0, end: true) })
                if json { try Terminal.json(["entries": entries]); return }
                for e in entries { print("\(e.seq)  \(e.at)  \(e.who)  \(e.action)  \(e.slip ?? "—")  \(e.result)  \(e.detail)") }
            }
        }
    }

    struct Verify: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "verify", abstract: "Check the hash chain: any edited or deleted entry is reported.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB

        func run() throws {
            try reporting {
                let archive = SlipArchive(store: try ArchiveStore.open(location, create: false))
                let problems = try archive.verifyAudit()
                for p in problems { Terminal.error(p) }
                print("\(try archive.auditEntries().count) audit entries, \(problems.isEmpty ? "chain intact" : "\(problems.count) problems")")
                if !problems.isEmpty { throw ExitCode(1) }
            }
        }
    }
}


struct SynonymCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synonym",
        abstract: "Curated synonyms in both languages, applied at query time (no reindexing).",
        subcommands: [Add.self, Remove.self, List.self])

    struct Add: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Make terms synonyms: kb synonym add 离心机 centrifuge")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var terms: [String]

        func run() throws {
            try reporting {
                try writing { try $0.addSynonyms(terms) }
                print("synonyms: \(terms.joined(separator: " ↔ "))")
            }
        }
    }

    struct Remove: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Take a term out of its synonym groups.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var term: String

        func run() throws {
            try reporting {
                try writing { try $0.removeSynonym(term) }
                print("removed '\(term)' from its synonyms")
            }
        }
    }

    struct List: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every synonym group.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Flag var json = false

        func run() throws {
            try reporting {
                let groups = try ArchiveStore.open(location, create: false).synonymGroups()
                if json { try Terminal.json(["synonyms": groups]); return }
                for g in groups { print(g.joined(separator: " ↔ ")) }
            }
        }
    }
}

KB.main()
