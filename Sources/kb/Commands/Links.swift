import ArchiveIndex
import ArgumentParser
import Foundation

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "How a document is linked to customers and units, and corrections by hand.",
        subcommands: [Explain.self, Add.self, Remove.self, Propose.self, Proposals.self, Accept.self, Decline.self])

    struct Target: ParsableArguments {
        @Option(help: "A customer: name, alias, fragment or id.") var customer: String?
        @Option(help: "A unit's serial, in any format.") var serial: String?
        @Option(name: .customLong("as"), help: "Who makes the correction (default: the OS user).") var who: String?

        func validate() throws {
            guard (customer == nil) != (serial == nil) else { throw ValidationError("give exactly one of --customer or --serial") }
        }

        var link: ArchiveService.LinkTarget { customer.map { .customer($0) } ?? .unit(serial ?? "") }
    }

    struct Explain: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "Every link of a document and how it was made.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The document's id.") var id: Int64
        @Flag(help: "Print one JSON object.") var json = false

        func run() throws {
            try reporting {
                let store = try openStore()
                let doc = try store.requireDocument(id)
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
                let name = try service { try $0.correctLink(document: id, target.link, .add, by: actor(target.who)) }
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
                let name = try service { try $0.correctLink(document: id, target.link, .remove, by: actor(target.who)) }
                print("#\(id) no longer linked to \(name)")
            }
        }
    }
}

extension LinkCommand {
    struct Propose: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "propose",
            abstract: "Propose that a document should (or should not) be linked to a customer or unit; a supervisor decides.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The document's id.") var id: Int64
        @OptionGroup var target: Target
        @Flag(help: "Propose removing the link instead.") var remove = false
        @Option(help: "Why.") var note: String = ""

        func run() throws {
            try reporting {
                let p = try service { try $0.proposeLink(document: id, target.link, remove ? .remove : .add, note: note, by: actor(target.who)) }
                print("proposal #\(p.id): #\(id) \(p.action) \(p.target) \(Terminal.text(p.targetText)); it waits for a supervisor (kb link accept \(p.id))")
            }
        }
    }

    struct Proposals: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "proposals", abstract: "Link proposals waiting for a decision.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Flag(help: "Decided ones too.") var all = false
        @Flag(help: "Print one JSON object.") var json = false

        func run() throws {
            try reporting {
                let items = try openStore().linkProposals(state: all ? nil : "waiting")
                if json { try Terminal.json(["proposals": items]); return }
                if items.isEmpty { print("no link proposal waits") }
                for p in items {
                    print("#\(p.id)  document #\(p.document): \(p.action) \(p.target) \(Terminal.text(p.targetText))  — \(p.proposedBy), \(p.proposedAt)"
                          + (p.state == "waiting" ? "" : "  [\(p.state) by \(p.decidedBy ?? "")]"))
                    if !p.note.isEmpty { print("      \(Terminal.text(p.note))") }
                }
            }
        }
    }

    struct Accept: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "accept", abstract: "Accept a link proposal: the link is corrected by hand.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The proposal's number.") var proposal: Int64
        @Option(name: .customLong("as"), help: "Who decides (default: the OS user).") var who: String?

        func run() throws {
            try reporting {
                let p = try service { try $0.decideProposal(proposal, accept: true, by: actor(who)) }
                print("proposal #\(p.id) accepted: document #\(p.document) \(p.action == "add" ? "linked to" : "no longer linked to") \(p.target) \(Terminal.text(p.targetText))")
            }
        }
    }

    struct Decline: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "decline", abstract: "Decline a link proposal.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The proposal's number.") var proposal: Int64
        @Option(name: .customLong("as"), help: "Who decides (default: the OS user).") var who: String?

        func run() throws {
            try reporting {
                let p = try service { try $0.decideProposal(proposal, accept: false, by: actor(who)) }
                print("proposal #\(p.id) declined")
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
            let store = try openStore()
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
