import ArchiveIndex
import ArgumentParser
import Foundation

struct Ingest: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", 
        abstract: "Add files and folders (recursively) to the archive: .txt .md .csv .docx .xlsx .pdf.",
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
            try writing(links: false, index: false) { store in
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
                    try Terminal.json(IngestResponse(report))
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
