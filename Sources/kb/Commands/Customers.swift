import ArchiveIndex
import ArgumentParser
import Foundation

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
                let (written, chosen) = try service { try $0.decideReview(document: document, name: name, customer: customer, by: actor(who)) }
                print(chosen.map { "#\(document) linked to \($0.name) by hand" } ?? "#\(document): '\(Terminal.text(written))' is none of them; it stays unlinked")
            }
        }

        func list() throws {
            let items = try openStore().customerReviews()
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
                let store = try openStore()
                let all = try store.customerRecords()
                if json { try Terminal.json(["customers": all]); return }
                for c in all {
                    let mark = c.provisional ? " ?" : ""
                    print("#\(c.id)\(mark)  \(Terminal.bold(c.name))  \(counted(c.documents, "document"))\(c.units.isEmpty ? "" : " · units " + c.units.joined(separator: ", "))")
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
                let store = try openStore()
                let view = try CustomerResponse(store: store, customer: try store.resolveCustomer(customer))
                if json { try Terminal.json(view); return }
                let c = view.customer, docs = view.documents
                print("#\(c.id)  \(Terminal.bold(c.name))\(c.provisional ? "  (unconfirmed)" : "")")
                if !c.aliases.isEmpty { print("also:  \(c.aliases.joined(separator: "、"))") }
                if !c.units.isEmpty { print("units: \(c.units.joined(separator: ", "))") }
                print("\n\(counted(docs.count, "document")):")
                for d in docs { print("  \(d.date ?? "—————————— ")  #\(d.id)  \(d.kind)  \(Terminal.text(d.title))") }
            }
        }
    }

    struct Alias: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "alias", abstract: "Add an alias (short name, other script, former name) to a customer.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The customer: a name, alias, fragment or id.") var customer: String
        @Argument(help: "The alias.") var alias: String
        @Option(name: .customLong("as"), help: "Who adds it (default: the OS user).") var who: String?

        func run() throws {
            try reporting {
                let c = try service { try $0.addAlias(customer: customer, alias: alias, by: actor(who)) }
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
        @Option(name: .customLong("as"), help: "Who merges them (default: the OS user).") var who: String?

        func run() throws {
            try reporting {
                let (a, b) = try service { try $0.merge(keep: keep, other: other, confirmed: confirm, by: actor(who)) }
                print("merged \(b.name) (#\(b.id)) into \(a.name) (#\(a.id))")
            }
        }
    }
}
