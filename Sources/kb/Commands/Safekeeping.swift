import ArchiveIndex
import ArgumentParser
import Foundation

struct Check: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "check",
        abstract: "Check that the archive is whole: SQLite, the index, the lexicon, links, slip originals, the audit chain.",
        discussion: "Reads only. Prints what is wrong and the command that repairs it; exit status 0 only when all is well.")

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        try reporting {
            // With the write lock, so a writer's half-done batch is not taken for damage.
            let report = try locked { try StoreCheck.run($0) }
            if json { try Terminal.json(report) } else { Self.print(report) }
            if !report.ok { throw ExitCode(1) }
        }
    }

    static func print(_ report: StoreCheck.Report) {
        for part in report.parts {
            Swift.print("\(part.ok ? "ok     " : "PROBLEM") \(part.name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(part.checked)")
            for p in part.problems { Swift.print("          - \(Terminal.text(p))") }
            if let repair = part.repair { Swift.print("          repair: \(repair)") }
        }
        let bad = report.parts.filter { !$0.ok }.count
        Swift.print(bad == 0 ? "\(Terminal.name(report.store)): all well" : "\(Terminal.name(report.store)): \(bad) part\(bad == 1 ? "" : "s") with problems")
    }
}

struct Backup: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "backup",
        abstract: "Copy the archive, while it is in use, to a new folder that is itself an archive; or check an old backup.",
        discussion: """
            kb backup DEST           copies SQLite (online backup), the index that matches it, slip originals and \
            the audit head, with backup.json naming every file's SHA-256, then checks the copy. Writers wait \
            meanwhile; searches go on. Work an interrupted command left pending is copied as pending.
            kb backup --verify DEST  re-hashes an old backup's files and checks it as an archive.
            To restore: stop kb serve, copy the backup (cp -a DEST NEW-STORE), run  kb --store NEW-STORE check,
            and point --store / KB_STORE at NEW-STORE.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @ParentCommand var parent: KB
    @Argument(help: ArgumentHelp("The new folder for the backup (or the backup to verify).", valueName: "dest")) var dest: String
    @Flag(help: "Check an existing backup instead of making one.") var verify = false
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        try reporting {
            let url = URL(fileURLWithPath: dest)
            if verify {
                let (manifest, problems, check) = try StoreBackup.verify(url)
                if json {
                    struct Out: Encodable { let backup: String; let createdAt: String; let files: Int; let problems: [String]; let check: StoreCheck.Report; let ok: Bool }
                    try Terminal.json(Out(backup: url.path, createdAt: manifest.createdAt, files: manifest.files.count, problems: problems,
                                          check: check, ok: problems.isEmpty && check.ok))
                } else {
                    print("backup of \(Terminal.name(manifest.source)) made \(manifest.createdAt): \(counted(manifest.files.count, "file")), \(counted(manifest.documents, "document")), \(counted(manifest.slips, "slip"))")
                    print(problems.isEmpty ? "ok      files    every file as it was written" : "PROBLEM files    \(problems.count) of \(counted(manifest.files.count, "file"))")
                    for p in problems.prefix(20) { print("          - \(Terminal.text(p))") }
                    Check.print(check)
                }
                if !problems.isEmpty || !check.ok { throw ExitCode(1) }
                return
            }
            let manifest = try locked { store in try StoreBackup.make(store, to: url) }
            let bytes = manifest.files.values.reduce(0) { $0 + $1.size } + IndexMaintenance.bytes(under: StoreLocation(root: url).sqlite.path)
            let check = try StoreCheck.run(try ArchiveStore.openReadOnly(StoreLocation(root: url)))
            if json {
                struct Out: Encodable { let backup: String; let files: Int; let bytes: Int; let documents: Int; let slips: Int; let check: StoreCheck.Report }
                try Terminal.json(Out(backup: url.path, files: manifest.files.count, bytes: bytes, documents: manifest.documents,
                                      slips: manifest.slips, check: check))
            } else {
                print(String(format: "backed up %d documents and %d slips to %@: %d files, %.1f MB", manifest.documents, manifest.slips,
                             Terminal.name(url.path), manifest.files.count, Double(bytes) / 1_048_576))
                Check.print(check)
            }
            if !check.ok { throw ExitCode(1) }
        }
    }
}
