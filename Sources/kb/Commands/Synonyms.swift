import ArchiveIndex
import ArgumentParser
import Foundation

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
        @Option(name: .customLong("as"), help: "Who curates them (default: the OS user).") var who: String?

        func run() throws {
            try reporting {
                try writing { try ArchiveService(store: $0).addSynonyms(terms, by: actor(who)) }
                print("synonyms: \(terms.joined(separator: " ↔ "))")
            }
        }
    }

    struct Remove: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Take a term out of its synonym groups.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var term: String
        @Option(name: .customLong("as"), help: "Who curates them (default: the OS user).") var who: String?

        func run() throws {
            try reporting {
                try writing { try ArchiveService(store: $0).removeSynonym(term, by: actor(who)) }
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
                let groups = try openStore().synonymGroups()
                if json { try Terminal.json(["synonyms": groups]); return }
                for g in groups { print(g.joined(separator: " ↔ ")) }
            }
        }
    }
}
