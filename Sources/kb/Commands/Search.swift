import ArchiveIndex
import ArgumentParser
import Foundation

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
    @Option(help: "Values listed per facet in --json, the commonest first.") var facets = SearchRequest.defaultFacetValues
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
        guard (0...1000).contains(facets) else { throw ValidationError("--facets must be between 0 and 1000") }
        if let f = from.flatMap({ DateParser.parseBound($0, end: false) }), let t = to.flatMap({ DateParser.parseBound($0, end: true) }), f > t {
            throw ValidationError("--from \(from ?? "") is after --to \(to ?? ""): no date can match")
        }
    }

    func run() throws {
        try reporting {
            let store = try openStore()
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
            request.facetValues = facets
            let results = try Searcher(store: store).search(request)
            if json {
                try Terminal.json(SearchResponse(results))
                return
            }
            for note in results.notes { Terminal.error(note) }
            if let c = results.corrected {
                let typed = results.alsoAsTyped.map { "\"\($0)\"" }.joined(separator: ", ")
                print("Showing results for \"\(c)\"" + (typed.isEmpty ? " (\"\(results.query)\" found little)." : ", and for \(typed) as typed."))
            }
            if !results.translated.isEmpty {
                let pairs = results.translated.sorted { $0.key < $1.key }.map { "\($0.key) → \($0.value.joined(separator: ", "))" }
                print(Terminal.dim("Also in the other language: \(pairs.joined(separator: " · "))"))
            }
            if !results.pinyin.isEmpty {
                print(Terminal.dim("Pinyin read as \(results.pinyin.joined(separator: " · "))"))
            }
            if results.hits.isEmpty {
                print("No documents match \"\(results.query)\".")
                return
            }
            print("\(results.hits.count) of \(results.facetsExact ? "" : "about ")\(counted(results.total, "document")) for \"\(results.query)\""
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
            let store = try openStore()
            let (terms, results) = try Searcher(store: store).similar(to: DocumentID(id), limit: limit)
            if json {
                struct Out: Encodable { let id: Int64; let terms: [String]; let results: SearchResponse }
                try Terminal.json(Out(id: id, terms: terms, results: SearchResponse(results)))
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
