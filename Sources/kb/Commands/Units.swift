import ArchiveIndex
import ArgumentParser
import Foundation

struct UnitCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit",
        abstract: "A unit and every document about it, oldest to newest.",
        discussion: "SERIAL may be written in any format; a unique partial serial (the last digits) is enough.")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB
    @Argument(help: "The serial number, in any format; quotes around one with spaces are optional (tl5m 1706 0031).") var serial: [String]
    @Flag(help: "Print one JSON object.") var json = false

    func validate() throws {
        if serial.isEmpty { throw ValidationError("give the unit's serial number") }
    }

    func run() throws {
        try reporting {
            let store = try openStore()
            let unit = try store.resolveUnit(serial.joined(separator: " "))
            let view = try UnitResponse(store: store, unit: unit)
            if json { try Terminal.json(view); return }
            print(Terminal.bold(unit.serialAsWritten) + "  (\(unit.serial))")
            print("model:  \(unit.model ?? "unknown")")
            print("owner:  \(view.owner ?? "unknown")")
            for fact in ["purchase_date", "install_date", "warranty_until"] {
                if let f = unit.current(fact) { print("\(fact.replacingOccurrences(of: "_", with: " ")): \(f.value)  (#\(f.docId))") }
            }
            print("\n\(counted(view.documents.count, "document")), oldest first:")
            for d in view.documents {
                let fault = d.fault.map { "  — " + BriefBuilder.clip($0, 60) } ?? ""
                print("  \(d.date ?? "——————————")  #\(String(d.id).padding(toLength: 4, withPad: " ", startingAt: 0)) \(d.kind.padding(toLength: 10, withPad: " ", startingAt: 0)) \(Terminal.text(d.title))\(Terminal.text(fault))")
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
    @Option(name: .customLong("serial"), parsing: .upToNextOption, help: "The unit's serial, in any format (a unique partial serial is enough); quotes around one with spaces are optional.")
    var serialWords: [String] = []
    @Option(name: .customLong("customer"), parsing: .upToNextOption, help: "The customer: a name, alias, fragment or id; quotes are optional.") var customerWords: [String] = []
    var serial: String? { serialWords.isEmpty ? nil : serialWords.joined(separator: " ") }
    var customer: String? { customerWords.isEmpty ? nil : customerWords.joined(separator: " ") }
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
            let store = try openStore()
            let subject: BriefBuilder.Subject = serial.map { .serial($0) } ?? .customer(customer ?? "")
            let b = try BriefBuilder.build(subject, store: store, today: today.flatMap(DateParser.parse) ?? WorkingDays.today())
            if json { try Terminal.json(b); return }
            print(BriefRenderer.render(b, as: BriefRenderer.Format(rawValue: format) ?? .text), terminator: "")
        }
    }
}
