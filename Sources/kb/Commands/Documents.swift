import ArchiveIndex
import ArgumentParser
import Foundation

struct Show: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one document: its fields, links and text as written.")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB

    @Argument(help: "The document's id (from search results).") var id: Int64
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        try reporting {
            let store = try openStore()
            let doc = try store.requireDocument(id)
            if json {
                try Terminal.json(DocumentResponse(doc))
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
