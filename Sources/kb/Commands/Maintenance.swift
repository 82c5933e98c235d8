import ArchiveIndex
import ArgumentParser
import Foundation

struct Stats: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Counts: files, documents by kind, customers, units, index.")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        try reporting {
            let store = try openStore()
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
            let pending = try store.pendingWork()
            if !pending.isEmpty { print("pending:    \(pending.summary), left by an interrupted command (the next command that writes completes it; or kb reindex)") }
            if s.refusedByIndex > 0 {
                print("refused:    \(counted(s.refusedByIndex, "stored document")) the search index refused (not searchable):")
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
        abstract: "Make every link and rebuild the search index from the archive's SQLite records (the system of record).")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB

    func run() throws {
        try reporting {
            try writing(create: false, links: false, index: false) { store in
                let line = ProgressLine("indexed documents", enabled: true)
                let r = try IndexMaintenance.rebuild(store, progress: line.update)
                line.finish()
                print("reindexed \(counted(r.indexed, "document")) into \(store.location.xapian.path)")
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
        abstract: "Compact the search index (Xapian's compaction) and SQLite's free space: smaller on disk, a little faster to search.",
        discussion: """
            Writes a compacted copy beside the index, then swaps it in; the old index stays until the copy is complete. \
            When more than a tenth of the SQLite file is free pages (after a migration or removals), VACUUM gives them back.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB

    func run() throws {
        try reporting {
            try writing(create: false) { store in
                let (before, after) = try IndexMaintenance.compact(store)
                print(String(format: "compacted %@: %.1f MB → %.1f MB", store.location.root.path,
                             Double(before) / 1_048_576, Double(after) / 1_048_576))
            }
        }
    }
}
