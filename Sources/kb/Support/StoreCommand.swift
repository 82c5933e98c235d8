import ArchiveIndex
import ArgumentParser
import Foundation

/// Options every command that reads or writes the archive accepts, before or after its name.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive folder (default: $KB_STORE, else ./.kb).", valueName: "dir"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Seconds a command that writes waits while another kb writes (default 300).", valueName: "seconds"))
    var wait: Int?
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
    /// for it, `--wait` seconds at most, while another kb, a running server among them,
    /// writes), once what an interrupted command left pending is done. With `links` or
    /// `index` false those are left to body (an ingest makes pending links and catches the
    /// index up once it has stored its files; a rebuild redoes both).
    func writing<T>(create: Bool = true, links: Bool = true, index: Bool = true, _ body: (ArchiveStore) throws -> T) throws -> T {
        try locked(create: create) { store in
            try store.completePendingWork(links: links, index: index) { pending in
                Terminal.error("completing what an interrupted command left: \(pending.summary)…")
            }
            let result = try body(store)
            // What the command left to derive itself (a supersede's neighbours to relink) is
            // done now, not announced by the next command as if this one had been cut off.
            _ = try store.completePendingWork(links: links, index: index, sweep: false)
            return result
        }
    }

    /// Runs body holding the write lock, pending work left as it is (a check sees it, a
    /// backup copies it: neither should need disk space to finish someone else's work).
    func locked<T>(create: Bool = false, _ body: (ArchiveStore) throws -> T) throws -> T {
        let wait = storeOptions.wait ?? parent.storeOptions.wait ?? 300
        guard wait >= 0 else { throw KBError.badQuery("--wait takes seconds, 0 or more") }
        let lock = try StoreWriteLock(location, wait: TimeInterval(wait), waiting: {
            Terminal.error("waiting for another kb writing to \(location.root.path) (at most \(wait) s; --wait SECONDS)…")
        })
        defer { withExtendedLifetime(lock) {} }
        return try body(try openStore(create: create))
    }

    /// The store, with a line on stderr for each warning about it (others may read it).
    func openStore(create: Bool = false) throws -> ArchiveStore {
        let store = try ArchiveStore.open(location, create: create)
        for w in store.warnings { Terminal.error("warning: \(w)") }
        return store
    }

    /// Runs body, turning archive errors into one clear line on stderr and exit status 1.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as ExitCode {
            throw e
        } catch {
            // KBError and XapianError say themselves; a full disk is said as such.
            Terminal.error("\(KBError.plain(error, store: location))")
            throw ExitCode(1)
        }
    }
}

/// Who is acting at the shell: `--as NAME`, else the OS user; recorded with the OS user.
func actor(_ given: String?) -> Actor { Actor.shell(given) }
