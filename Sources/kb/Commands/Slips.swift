import ArchiveIndex
import ArgumentParser
import Foundation

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

    /// The registered customer, with the slip's own wording when it differs.
    static func customer(_ s: Slip) -> String? {
        guard let registered = s.registeredCustomer else { return s.customer }
        guard let written = s.customer, written != registered else { return registered }
        return "\(registered)  (written: \(written))"
    }

    static func line(_ s: Slip) -> String {
        let who = [s.signedBy.map { "signed by \($0)" }, s.stamped ? "stamped" : nil].compactMap { $0 }.joined(separator: ", ")
        return "\(s.date)  \(s.number)\(s.version > 1 ? " v\(s.version)" : "")  \(s.type.rawValue)  \(s.registeredCustomer ?? s.customer ?? "—")  \(s.unitSerial ?? "")\(who.isEmpty ? "" : "  (\(who))")\(s.hold ? "  [HOLD]" : "")\(s.supersededBy != nil ? "  [superseded]" : "")"
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
                    let service = ArchiveService(store: store)
                    for f in files {
                        do {
                            let outcome = try SlowWork.run("reading \(Terminal.name(f)) (text layer or OCR)") {
                                try service.addSlip(file: URL(fileURLWithPath: f), metadata: m, by: actor(who))
                            }
                            switch outcome {
                            case .added(let s):
                                added.append(s)
                                if !json { print("archived \(SlipCommand.line(s))  [text from \(s.textSource)]") }
                            case .alreadyArchived(let s):
                                added.append(s)
                                if !json { print("already archived: \(f) is slip \(s.number) v\(s.version)") }
                            }
                        } catch KBError.badInput(_, let reason) {
                            failed += 1
                            Terminal.error("\(Terminal.name(f)): \(reason)")  // the path as given: scans/*.jpg, not *.jpg
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
                let s = try SlipArchive(store: try openStore()).get(slip, to: URL(fileURLWithPath: out), who: actor(who).name)
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
                let archive = SlipArchive(store: try openStore())
                let s = try archive.find(slip)
                let versions = try archive.versions(s.number)
                let history = try archive.auditEntries(slip: s.number)
                if json {
                    struct Out: Encodable { let slip: Slip; let versions: [Slip]; let history: [AuditEntry] }
                    try Terminal.json(Out(slip: s, versions: versions, history: history))
                    return
                }
                print(Terminal.bold("\(s.number)") + "  \(s.type.rawValue)  v\(s.version)")
                for (k, v) in [("date", s.date), ("customer", SlipCommand.customer(s)), ("serial", s.unitSerial), ("engineer", s.engineer),
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
                let slips = try SlipArchive(store: try openStore()).list(f)
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
                let slips = try SlipArchive(store: try openStore()).export(filter.filter, to: URL(fileURLWithPath: out), who: actor(who).name)
                print("exported \(counted(slips.count, "slip")) to \(out)")
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
                let r = try ArchiveService(store: try openStore()).verifySlips(by: actor(who))
                if json { try Terminal.json(["checked": AnyEncodable(r.checked), "problems": AnyEncodable(r.problems)]) }
                else {
                    for p in r.problems { Terminal.error("slip \(p.number) v\(p.version): \(p.problem)") }
                    print("\(counted(r.checked, "original")) checked, \(counted(r.problems.count, "problem"))")
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
                    try SlowWork.run("reading \(Terminal.name(file)) (text layer or OCR)") {
                        try ArchiveService(store: store).supersedeSlip(number: number, file: URL(fileURLWithPath: file), reason: reason, by: actor(who))
                    }
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
                    try writing { try SlipArchive(store: $0).setRetention(t, years: years, who: actor(who).name) }
                }
                let all = try SlipArchive(store: try openStore()).retentionYears()
                for t in SlipType.allCases { print("\(t.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)) \(counted(all[t] ?? 0, "year"))") }
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
                let due = try SlipArchive(store: try openStore()).due(today: day)
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
                let s = try service { try $0.setHold(slip, true, by: actor(who)) }
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
                let s = try service { try $0.setHold(slip, false, by: actor(who)) }
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
                if !confirm {
                    let due = try SlipArchive(store: try openStore()).due(today: day).filter { !$0.slip.hold }
                    for d in due { print("would purge \(SlipCommand.line(d.slip))") }
                    print("\(counted(due.count, "slip")) would be purged; add --confirm to remove \(due.count == 1 ? "it" : "them")")
                    return
                }
                let gone = try service { try $0.purgeExpired(today: day, by: actor(who)) }
                for s in gone { print("purged \(SlipCommand.line(s))") }
                print("\(counted(gone.count, "slip")) purged; tombstones are in the audit log")
            }
        }
    }
}
