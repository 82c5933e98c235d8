import ArchiveIndex
import ArgumentParser
import Foundation

/// Options every command that reads or writes the archive accepts, before or after its name.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive folder (default: $KB_STORE, else ./.kb).", valueName: "dir"))
    var store: String?
}

/// Shared plumbing for subcommands: the store location and error reporting.
protocol StoreCommand: ParsableCommand {
    var storeOptions: StoreOptions { get }
    var parent: KB { get }
}

extension StoreCommand {
    var location: StoreLocation { StoreLocation.resolve(storeOptions.store ?? parent.storeOptions.store) }

    /// The archive's acts (rights checked, actor recorded) over the store open for writing.
    func service<T>(_ body: (ArchiveService) throws -> T) throws -> T {
        try writing(create: false) { try body(ArchiveService(store: $0)) }
    }

    /// Runs body with the store open for writing, holding the store's write lock (waiting
    /// for it while another kb, a running server among them, writes).
    func writing<T>(create: Bool = true, _ body: (ArchiveStore) throws -> T) throws -> T {
        let lock = try StoreWriteLock(location, waiting: { Terminal.error("waiting for another kb writing to \(location.root.path)…") })
        defer { withExtendedLifetime(lock) {} }
        return try body(try ArchiveStore.open(location, create: create))
    }

    /// Runs body, turning archive errors into one clear line on stderr and exit status 1.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as ExitCode {
            throw e
        } catch let e as KBError {
            Terminal.error(e.description)
            throw ExitCode(1)
        } catch let e as XapianError {
            Terminal.error(e.description)
            throw ExitCode(1)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}

/// Who is acting at the shell: `--as NAME`, else the OS user; recorded with the OS user.
func actor(_ given: String?) -> Actor { Actor.shell(given) }
