import ArchiveIndex
import ArgumentParser
import Foundation

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
                let entries = try SlipArchive(store: try openStore())
                    .auditEntries(slip: slip, who: who, from: from.flatMap { DateParser.parseBound($0, end: false) },
                                  to: to.flatMap { DateParser.parseBound($0, end: true) })
                if json { try Terminal.json(["entries": entries]); return }
                for e in entries {
                    print("\(e.seq)  \(e.at)  \(Terminal.name(e.who))  \(e.action)  \(e.slip.map(Terminal.name) ?? "—")  \(Terminal.name(e.result))  \(Terminal.name(e.detail))")
                }
            }
        }
    }

    struct Verify: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "verify", abstract: "Check the hash chain: any edited or deleted entry is reported.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB

        func run() throws {
            try reporting {
                let archive = SlipArchive(store: try openStore())
                let problems = try archive.verifyAudit()
                for p in problems { Terminal.error(p) }
                print("\(counted(try archive.auditEntries().count, "audit entry", "audit entries")), \(problems.isEmpty ? "chain intact" : counted(problems.count, "problem"))")
                if !problems.isEmpty { throw ExitCode(1) }
            }
        }
    }
}
