import Foundation
import GRDB

/// `kb backup DEST`: a consistent copy of a store in use, itself a store (`kb --store DEST`
/// opens it, `kb check` passes on it), with `backup.json` naming every file and its SHA-256
/// so `kb backup --verify DEST` can tell, years later, whether anything in it changed.
///
/// The copy is made holding the store's write lock (writers wait; readers, the server's
/// searches among them, go on): SQLite through its online backup API, the Xapian index as it
/// stands (no commit can happen meanwhile, so it is the revision SQLite describes), the slip
/// originals, the audit head. It is written to `DEST.incomplete` and renamed to DEST when
/// whole: a backup cut short never looks finished.
public enum StoreBackup {
    public struct Manifest: Codable, Sendable {
        public var format = 1
        public let createdAt: String
        public let source: String
        public let documents: Int
        public let slips: Int
        /// SHA-256 of the database's content: every row of every table, in order. Not of its
        /// bytes, which SQLite rewrites (header counters) whenever a kb opens the backup.
        public let sqliteContent: String
        /// Path inside the backup → SHA-256 and size; the database is not among them.
        public let files: [String: FileEntry]
    }

    public struct FileEntry: Codable, Sendable {
        public let sha256: String
        public let size: Int
    }

    public static let manifestName = "backup.json"

    /// Copies the store to dest, which must not exist (or be an empty folder). The caller
    /// holds the store's write lock. Returns the manifest written.
    @discardableResult
    public static func make(_ store: ArchiveStore, to dest: URL) throws -> Manifest {
        let fm = FileManager.default
        let dest = dest.standardizedFileURL
        let root = store.location.root.standardizedFileURL
        // Compared as real paths: a link must not smuggle the backup into the store.
        let realRoot = FolderWalk.realPath(root.path) ?? root.path
        let realDest = Self.realPath(ofMaybeMissing: dest)
        if realDest == realRoot || realDest.hasPrefix(realRoot + "/") {
            throw KBError.badQuery("a backup cannot go inside the store it copies (\(dest.path))")
        }
        if fm.fileExists(atPath: dest.path) {
            guard ((try? fm.contentsOfDirectory(atPath: dest.path)) ?? ["?"]).isEmpty else {
                throw KBError.badQuery("\(dest.path) exists and is not an empty folder; a backup goes to a new folder")
            }
            try fm.removeItem(at: dest)
        }
        let work = URL(fileURLWithPath: dest.path + ".incomplete")
        let marker = work.appendingPathComponent(".kb-backup-incomplete")
        if fm.fileExists(atPath: work.path) {
            // Only what an earlier kb backup left (it carries the marker) is removed.
            guard fm.fileExists(atPath: marker.path) else {
                throw KBError.badQuery("\(work.path) exists and is not a backup kb left unfinished; move it away first")
            }
            try fm.removeItem(at: work)
        }
        try StorePrivacy.createFolder(work)
        guard fm.createFile(atPath: marker.path, contents: nil) else { throw KBError.store("cannot write in \(work.path)") }
        var files: [String: FileEntry] = [:]
        do {
            // SQLite: a snapshot through the online backup API.
            let copy = StoreLocation(root: work)
            do {
                let queue = try DatabaseQueue(path: copy.sqlite.path)
                try store.db.backup(to: queue)
                // In WAL mode as a store is, so opening the copy does not rewrite its header.
                try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
                try queue.close()
            } catch let e as DatabaseError {
                throw KBError.store("cannot copy the database to \(copy.sqlite.path): \(e.message ?? e.description)")
            }
            chmod(copy.sqlite.path, 0o600)
            let content = try contentDigest(of: copy.sqlite)
            // The index, the slip originals and the audit head, file by file.
            for part in ["xapian", "archive"] {
                let from = root.appendingPathComponent(part)
                guard fm.fileExists(atPath: from.path) else { continue }
                for relative in try regularFiles(under: from, named: part) {
                    let source = root.appendingPathComponent(relative), target = work.appendingPathComponent(relative)
                    try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true,
                                           attributes: [.posixPermissions: 0o700])
                    files[relative] = try copyFile(source, to: target)
                }
            }
            // The audit head and the counts as the copied database has them (the store's head
            // file may be newer: a download audited meanwhile).
            let queue = try DatabaseQueue(path: copy.sqlite.path, configuration: { var c = Configuration(); c.readonly = true; return c }())
            let (head, counts) = try queue.read { db in
                (try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"),
                 (try Int.fetchOne(db, sql: "SELECT count(*) FROM document")!, try Int.fetchOne(db, sql: "SELECT count(*) FROM slip")!))
            }
            try queue.close()
            if let head {
                let file = work.appendingPathComponent("audit.head")
                try Data("\(head["seq"] as Int64) \(head["hash"] as String)\n".utf8).write(to: file)
                chmod(file.path, 0o600)
                files["audit.head"] = try hash(file)
            }
            let manifest = Manifest(createdAt: ArchiveStore.now(), source: root.path, documents: counts.0, slips: counts.1,
                                    sqliteContent: content, files: files)
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys]
            try enc.encode(manifest).write(to: work.appendingPathComponent(manifestName))
            try fm.removeItem(at: marker)
            try syncTree(work)
            try fm.moveItem(at: work, to: dest)
            syncFolder(dest.deletingLastPathComponent())
            return manifest
        } catch {
            try? fm.removeItem(at: work)
            throw error
        }
    }

    /// What is wrong with an old backup: files of its manifest missing or changed, then
    /// whatever `kb check` finds in it as a store.
    public static func verify(_ dest: URL) throws -> (manifest: Manifest, problems: [String], check: StoreCheck.Report) {
        let manifestURL = dest.appendingPathComponent(manifestName)
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else {
            throw KBError.notFound("\(dest.path) is no kb backup: it has no \(manifestName)")
        }
        let manifest: Manifest
        do { manifest = try JSONDecoder().decode(Manifest.self, from: data) } catch {
            throw KBError.badInput(path: manifestURL.path, reason: "not a backup manifest kb can read (\(error))")
        }
        var problems: [String] = []
        let sqlite = StoreLocation(root: dest).sqlite
        if !FileManager.default.fileExists(atPath: sqlite.path) {
            problems.append("kb.sqlite: missing")
        } else if try contentDigest(of: sqlite) != manifest.sqliteContent {
            problems.append("kb.sqlite: its records changed since the backup was made")
        }
        for (path, expected) in manifest.files.sorted(by: { $0.key < $1.key }) {
            let url = dest.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else { problems.append("\(path): missing"); continue }
            let found = try hash(url)
            if found.sha256 != expected.sha256 { problems.append("\(path): changed since the backup was made (SHA-256 differs)") }
        }
        let store = try ArchiveStore.openReadOnly(StoreLocation(root: dest))
        return (manifest, problems, try StoreCheck.run(store))
    }

    /// The real path of a folder that may not exist yet: its nearest existing ancestor's real
    /// path, and the rest as written.
    static func realPath(ofMaybeMissing url: URL) -> String {
        var missing: [String] = []
        var at = url
        while FolderWalk.realPath(at.path) == nil, at.path != "/" {
            missing.insert(at.lastPathComponent, at: 0)
            at = at.deletingLastPathComponent()
        }
        return ([FolderWalk.realPath(at.path) ?? at.path] + missing).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
    }

    /// Regular files below a part of the store, as paths relative to the store; a file part
    /// is itself. Links and leftovers of an interrupted write (`.tmp`) are not copied.
    static func regularFiles(under url: URL, named part: String) throws -> [String] {
        var isDir: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir)
        guard isDir.boolValue else { return [part] }
        var out: [String] = []
        guard let walk = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        for case let file as URL in walk {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  !file.lastPathComponent.hasSuffix(".tmp") else { continue }
            let relative = String(file.standardizedFileURL.path.dropFirst(url.standardizedFileURL.path.count + 1))
            out.append(part + "/" + relative)
        }
        return out.sorted()
    }

    /// Copies a file in chunks, hashing what it writes (synced with the rest, by `syncTree`).
    static func copyFile(_ source: URL, to target: URL) throws -> FileEntry {
        guard let input = FileHandle(forReadingAtPath: source.path) else {
            throw KBError.store("cannot read \(source.path) for the backup")
        }
        defer { try? input.close() }
        let fd = open(target.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw KBError.store("cannot write \(target.path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var hasher = Hashing.SHA256Stream()
        var size = 0
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(chunk)
            size += chunk.count
            try chunk.withUnsafeBytes { buf in
                var off = 0
                while off < buf.count {
                    let n = write(fd, buf.baseAddress!.advanced(by: off), buf.count - off)
                    guard n > 0 else { throw KBError.store("cannot write \(target.path): \(String(cString: strerror(errno)))") }
                    off += n
                }
            }
        }
        return FileEntry(sha256: hasher.finish(), size: size)
    }

    /// SHA-256 over every table's name and rows (each value with its type), tables by name,
    /// rows in the order of their key, read through a read-only connection.
    static func contentDigest(of sqlite: URL) throws -> String {
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: sqlite.path, configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in
                var hasher = Hashing.SHA256Stream()
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                for table in tables {
                    hasher.update(Data("table \(table)\n".utf8))
                    let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)")
                    while let row = try rows.next() {
                        var line = Data()
                        for value in row.databaseValues {
                            switch value.storage {
                            case .null: line.append(contentsOf: Array("N;".utf8))
                            case .int64(let n): line.append(contentsOf: Array("I\(n);".utf8))
                            case .double(let d): line.append(contentsOf: Array("R\(d.bitPattern);".utf8))
                            case .string(let t): line.append(contentsOf: Array("T\(t.utf8.count):".utf8)); line.append(contentsOf: Array(t.utf8))
                            case .blob(let b): line.append(contentsOf: Array("B\(b.count):".utf8)); line.append(b)
                            }
                        }
                        line.append(0x0A)
                        hasher.update(line)
                    }
                }
                return hasher.finish()
            }
        } catch let e as DatabaseError {
            throw KBError.store("cannot read \(sqlite.path): \(e.message ?? e.description)")
        }
    }

    static func hash(_ url: URL) throws -> FileEntry {
        guard let input = FileHandle(forReadingAtPath: url.path) else { throw KBError.store("cannot read \(url.path)") }
        defer { try? input.close() }
        var hasher = Hashing.SHA256Stream()
        var size = 0
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(chunk)
            size += chunk.count
        }
        return FileEntry(sha256: hasher.finish(), size: size)
    }

    /// fsync of every file and folder below root (the backup is on disk before it is named).
    static func syncTree(_ root: URL) throws {
        if let walk = FileManager.default.enumerator(atPath: root.path) {
            for case let relative as String in walk {
                let fd = open(root.appendingPathComponent(relative).path, O_RDONLY | O_CLOEXEC)
                if fd >= 0 { fsync(fd); close(fd) }
            }
        }
        syncFolder(root)
    }

    static func syncFolder(_ url: URL) {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
    }
}
