import Foundation
import GRDB

/// Where a store keeps its parts (default `./.kb`).
public struct StoreLocation: Sendable {
    public let root: URL
    public init(root: URL) { self.root = root.standardizedFileURL }
    public var sqlite: URL { root.appendingPathComponent("kb.sqlite") }
    public var xapian: URL { root.appendingPathComponent("xapian") }

    /// `--store`, else `KB_STORE`, else `./.kb`.
    public static func resolve(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        let path = option ?? environment["KB_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? ".kb"
        return StoreLocation(root: URL(fileURLWithPath: path))
    }
}

/// A file as recorded at its last ingest.
public struct FileRecord: Sendable {
    public let id: Int64
    public let path: String
    public let sha256: String
}

/// A stored document with its fields and links.
public struct StoredDocument: Sendable {
    public let id: DocumentID
    public let source: String
    public let path: String
    public let part: String
    public let sha256: String
    public let kind: DocumentKind
    public let title: String
    public let originalText: String
    /// The text as search sees it (`Normalizer.fold` of the original), folded when read.
    public internal(set) var foldedText: String
    public let date: String?
    public let encoding: String?
    public let format: String
    public let ingestedAt: String
    public let updatedAt: String
    /// How many times the document was marked for indexing since it was stored: the index
    /// keeps the revision it was given (see `PendingWork`).
    public var revision = 0
    public var fields: [Field] = []
    /// For knowledge-base articles: their state, and the article that replaces a retired one.
    public var articleState: ArticleState?
    public var replacedBy: Int64?
    public var customers: [LinkedCustomer] = []
    public var units: [LinkedUnit] = []

    public var serials: [String] { units.map(\.serial) }
    public var models: [String] {
        var seen = Set<String>()
        return (units.compactMap(\.model) + fields.filter { $0.name == .model }.compactMap(\.canonical))
            .filter { seen.insert($0).inserted }
    }
}

public struct LinkedCustomer: Sendable, Codable {
    public let id: Int64
    public let name: String
    public let how: String
}

public struct LinkedUnit: Sendable, Codable {
    public let serial: String
    public let model: String?
    public let how: String
}

/// What ingesting one file changed, in documents.
public struct FileChange: Sendable {
    public var added: [DocumentID] = []
    public var updated: [DocumentID] = []
    public var unchanged: [DocumentID] = []
    public var removed: [DocumentID] = []
    /// A customer file was changed or removed (or any document removed): every document's links may change.
    public var touchedCustomerFile = false
}

/// The system of record: SQLite through GRDB. Xapian is derived from what is here.
public final class ArchiveStore: Sendable {
    public let location: StoreLocation
    let db: DatabasePool
    /// What a person should know about the store as it was opened (others may read it).
    public let warnings: [String]

    private init(location: StoreLocation, db: DatabasePool, warnings: [String]) {
        self.location = location
        self.db = db
        self.warnings = warnings
    }

    /// Opens the store, creating it when asked; migrates the schema.
    /// Opens a store only to read it (a backup being verified): nothing is written, not even
    /// a migration; a store an older kb made is refused, saying so.
    public static func openReadOnly(_ location: StoreLocation) throws -> ArchiveStore {
        guard FileManager.default.fileExists(atPath: location.sqlite.path) else {
            throw KBError.store("no archive at \(location.root.path)")
        }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        do {
            let pool = try DatabasePool(path: location.sqlite.path, configuration: config)
            guard try pool.read({ try migrator.hasCompletedMigrations($0) }) else {
                throw KBError.store("\(location.root.path) was made by an older kb; copy it and open the copy to bring it up to date")
            }
            return ArchiveStore(location: location, db: pool, warnings: [])
        } catch let e as DatabaseError {
            throw KBError.store("cannot open \(location.sqlite.path): \(e.message ?? e.description)")
        }
    }

    public static func open(_ location: StoreLocation, create: Bool) throws -> ArchiveStore {
        let fm = FileManager.default
        let new = !fm.fileExists(atPath: location.sqlite.path)
        if new {
            guard create else {
                throw KBError.store("no archive at \(location.root.path) — run `kb ingest FOLDER` first, or point --store / KB_STORE at an archive")
            }
            try StorePrivacy.createFolder(location.root)
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        // A large archive's store is hundreds of MB. The writer maps its first 64 MB (no read
        // call per page) and keeps 64 MB of other pages; mapping it all made every page that
        // linking and indexing read part of kb's memory (1 GB at 100,000 documents), and a page
        // read is a few microseconds from the system's cache. Readers map nothing and keep 8 MB:
        // indexing reads on every core at once, and the writer's settings in each reader took
        // kb's memory from 340 to 490 MB at 100,000 documents.
        config.prepareDatabase { db in
            // 16 KB pages for a new store (an existing one keeps its own): a document row is
            // about 2 KB of text as written and folded, and 4 KB pages held one row each, half
            // empty (the document table took 39 MB for 21 MB of rows at 10,000 documents).
            let reader = db.configuration.readonly
            if !reader { try db.execute(sql: "PRAGMA page_size = 16384") }
            try db.execute(sql: reader ? "PRAGMA mmap_size = 0" : "PRAGMA mmap_size = 67108864")
            try db.execute(sql: reader ? "PRAGMA cache_size = -8192" : "PRAGMA cache_size = -65536")
        }
        do {
            let pool = try DatabasePool(path: location.sqlite.path, configuration: config)
            // SQLite gives its WAL and shared-memory files the database file's mode.
            if new { chmod(location.sqlite.path, 0o600) }
            try migrator.migrate(pool)
            return ArchiveStore(location: location, db: pool, warnings: StorePrivacy.readableByOthers(location).map { [$0] } ?? [])
        } catch let e as DatabaseError {
            throw KBError.store("cannot open \(location.sqlite.path): \(e.message ?? e.description)")
        }
    }

    /// Schema changes: named migrations, never edited once shipped.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-documents") { db in
            try db.execute(sql: """
                CREATE TABLE file (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,          -- absolute path at ingest
                    sha256 TEXT NOT NULL,               -- of the original bytes
                    size INTEGER NOT NULL,
                    format TEXT NOT NULL,
                    encoding TEXT,
                    ingestedAt TEXT NOT NULL,
                    updatedAt TEXT NOT NULL
                );
                CREATE INDEX file_sha256 ON file(sha256);
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    fileId INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                    part TEXT NOT NULL DEFAULT '',       -- '' or 'row=N'
                    source TEXT NOT NULL,                -- relative to the folder given to ingest
                    contentHash TEXT NOT NULL,           -- of this document's text
                    kind TEXT NOT NULL,
                    title TEXT NOT NULL,
                    originalText TEXT NOT NULL,
                    foldedText TEXT NOT NULL,
                    docDate TEXT,                        -- yyyy-MM-dd
                    needsIndex INTEGER NOT NULL DEFAULT 1,
                    createdAt TEXT NOT NULL,
                    updatedAt TEXT NOT NULL,
                    UNIQUE (fileId, part)
                );
                CREATE INDEX document_needsIndex ON document(needsIndex) WHERE needsIndex = 1;
                CREATE TABLE field (
                    docId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    label TEXT NOT NULL,
                    value TEXT NOT NULL,
                    canonical TEXT,
                    how TEXT NOT NULL DEFAULT 'label',  -- label | pattern
                    PRIMARY KEY (docId, ordinal)
                );
                CREATE INDEX field_lookup ON field(name, canonical);
                CREATE TABLE customer (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    nameKey TEXT NOT NULL UNIQUE,       -- folded, no spaces or punctuation
                    createdAt TEXT NOT NULL
                );
                CREATE TABLE unit (
                    id INTEGER PRIMARY KEY,
                    serial TEXT NOT NULL UNIQUE,        -- canonical
                    serialAsWritten TEXT NOT NULL,
                    model TEXT,                         -- canonical
                    createdAt TEXT NOT NULL
                );
                CREATE TABLE documentCustomer (
                    docId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    customerId INTEGER NOT NULL REFERENCES customer(id),
                    how TEXT NOT NULL,
                    PRIMARY KEY (docId, customerId)
                );
                CREATE TABLE documentUnit (
                    docId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    unitId INTEGER NOT NULL REFERENCES unit(id),
                    how TEXT NOT NULL,
                    PRIMARY KEY (docId, unitId)
                );
                CREATE INDEX documentUnit_unit ON documentUnit(unitId);
                CREATE INDEX documentCustomer_customer ON documentCustomer(customerId);
                -- Documents removed from SQLite whose index entries are still to be deleted.
                CREATE TABLE pendingDeletion (docId INTEGER PRIMARY KEY);
                """)
        }
        registerLinkMigration(&m)
        registerArticleMigration(&m)
        SlipArchive.registerMigration(&m)
        Synonyms.registerMigration(&m)
        PinyinLexicon.registerMigration(&m)
        m.registerMigration("v8-index-refusal") { db in
            // Documents the search index refused (needsIndex = 2): stored, not searchable.
            try db.execute(sql: """
                CREATE TABLE indexRefusal (
                    docId INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                    reason TEXT NOT NULL,
                    refusedAt TEXT NOT NULL
                )
                """)
        }
        registerReviewMigration(&m)
        Accounts.registerMigration(&m)
        registerProposalMigration(&m)
        registerPendingWorkMigration(&m)
        SlipArchive.registerIntentMigration(&m)
        Bilingual.registerMigration(&m)
        Accounts.registerPreferencesMigration(&m)
        ContentRevision.registerMigration(&m)
        PinyinLexicon.registerVowelInitialsMigration(&m)
        Bilingual.registerDictionaryMigration(&m)
        Bilingual.registerHeadsMigration(&m)
        StoreSize.registerMigrations(&m)
        FaultNames.registerMigration(&m)
        UnitSerials.registerMigration(&m)
        CustomerFileReach.registerMigration(&m)
        Bilingual.registerPhrasalVerbsMigration(&m)
        VisitFaultNames.registerMigration(&m)
        return m
    }

    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }

    // MARK: files

    public func file(atPath path: String) throws -> FileRecord? {
        try db.read { db in
            try Row.fetchOne(try db.cachedStatement(sql: "SELECT id, path, sha256 FROM file WHERE path = ?"), arguments: [path])
                .map { FileRecord(id: $0["id"], path: $0["path"], sha256: $0["sha256"]) }
        }
    }

    /// Another file already stored with exactly these bytes.
    public func file(withSHA256 sha: String) throws -> FileRecord? {
        try db.read { db in
            try Row.fetchOne(try db.cachedStatement(sql: "SELECT id, path, sha256 FROM file WHERE sha256 = ? ORDER BY id LIMIT 1"), arguments: [sha])
                .map { FileRecord(id: $0["id"], path: $0["path"], sha256: $0["sha256"]) }
        }
    }

    /// The documents of the file stored at this path when its bytes are still these (nil: a
    /// new or changed file), in one read: an unchanged file costs its hash and this.
    public func unchangedDocumentIDs(atPath path: String, sha256: String) throws -> [DocumentID]? {
        try db.read { db in
            guard let id = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM file WHERE path = ? AND sha256 = ?"),
                                              arguments: [path, sha256]) else { return nil }
            return try Self.documentIDs(db, ofFile: id)
        }
    }

    public func documentIDs(ofFile fileID: Int64) throws -> [DocumentID] {
        try db.read { db in try Self.documentIDs(db, ofFile: fileID) }
    }

    private static func documentIDs(_ db: Database, ofFile fileID: Int64) throws -> [DocumentID] {
        try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM document WHERE fileId = ? ORDER BY id"), arguments: [fileID]).map { DocumentID($0) }
    }

    /// Records a file's documents in one transaction: new parts added, changed parts updated
    /// (fields and links recomputed), vanished parts removed; all marked for indexing.
    public func apply(path: String, sha256: String, size: Int, format: FileFormat, encoding: String?,
                      documents: [ExtractedDocument]) throws -> FileChange {
        let now = Self.now()
        return try db.write { db in
            try Self.applyFile(db, path: path, sha256: sha256, size: size, format: format, encoding: encoding,
                               documents: documents, now: now)
        }
    }

    /// A file read and extracted, ready to be recorded.
    public struct PreparedFile: Sendable {
        public let path: String
        public let sha256: String
        public let size: Int
        public let format: FileFormat
        public let encoding: String?
        public let documents: [ExtractedDocument]
        /// What reading it left out, for the file's report line.
        public var warnings: [String] = []
    }

    /// Records many files in one transaction (one commit, not one per file). A file that
    /// fails rolls back alone (a savepoint each); a new file whose bytes another file
    /// already has, even one recorded earlier in the batch, adds nothing.
    func apply(_ files: [PreparedFile]) throws -> [Result<FileChange, Error>] {
        let now = Self.now()
        return try db.write { db in
            var out: [Result<FileChange, Error>] = []
            for f in files {
                var result: Result<FileChange, Error> = .success(FileChange())
                do {
                    try db.inSavepoint {
                        let known = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM file WHERE path = ?"), arguments: [f.path])
                        if known == nil, let twin = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM file WHERE sha256 = ? ORDER BY id LIMIT 1"), arguments: [f.sha256]) {
                            let ids = try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM document WHERE fileId = ? ORDER BY id"), arguments: [twin])
                            result = .success(FileChange(unchanged: ids.map { DocumentID($0) }))
                            return .commit
                        }
                        result = .success(try Self.applyFile(db, path: f.path, sha256: f.sha256, size: f.size, format: f.format,
                                                             encoding: f.encoding, documents: f.documents, now: now))
                        return .commit
                    }
                } catch {
                    result = .failure(error)
                }
                out.append(result)
            }
            return out
        }
    }

    /// `apply` inside a transaction the caller holds.
    static func applyFile(_ db: Database, path: String, sha256: String, size: Int, format: FileFormat, encoding: String?,
                          documents: [ExtractedDocument], now: String) throws -> FileChange {
        var change = FileChange()
        let fileID: Int64
        if let id = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM file WHERE path = ?"), arguments: [path]) {
            fileID = id
            try db.execute(sql: "UPDATE file SET sha256 = ?, size = ?, format = ?, encoding = ?, updatedAt = ? WHERE id = ?",
                           arguments: [sha256, size, format.rawValue, encoding, now, id])
        } else {
            try db.execute(sql: "INSERT INTO file (path, sha256, size, format, encoding, ingestedAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [path, sha256, size, format.rawValue, encoding, now, now])
            fileID = db.lastInsertedRowID
        }
        // Match new parts to stored ones: by content first, so a ledger row keeps its
        // document when rows above it are added or removed; then by part name.
        struct Old { let id: Int64; let part: String; let hash: String }
        var olds = try Row.fetchAll(try db.cachedStatement(sql: "SELECT id, part, contentHash FROM document WHERE fileId = ?"), arguments: [fileID])
            .map { Old(id: $0["id"], part: $0["part"], hash: $0["contentHash"]) }
        let hashes = documents.map { Self.contentHash($0) }
        var match = [Old?](repeating: nil, count: documents.count)
        for (i, h) in hashes.enumerated() {
            if let j = olds.firstIndex(where: { $0.hash == h }) { match[i] = olds.remove(at: j) }
        }
        for (i, doc) in documents.enumerated() where match[i] == nil {
            if let j = olds.firstIndex(where: { $0.part == doc.part }) { match[i] = olds.remove(at: j) }
        }
        change.touchedCustomerFile = !olds.isEmpty
        for old in olds {
            try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?").execute(arguments: [old.id])
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO pendingDeletion (docId) VALUES (?)").execute(arguments: [old.id])
            change.removed.append(DocumentID(old.id))
        }
        // Parts may trade names (row=4 becomes row=3): park them first so UNIQUE(fileId, part) holds.
        for (i, m) in match.enumerated() {
            if let m, m.part != documents[i].part {
                try db.cachedStatement(sql: "UPDATE document SET part = ? WHERE id = ?").execute(arguments: ["moving-\(m.id)", m.id])
            }
        }
        for (i, doc) in documents.enumerated() {
            let hash = hashes[i]
            if let old = match[i] {
                let id = DocumentID(old.id)
                if old.hash == hash {
                    if old.part != doc.part {
                        try db.execute(sql: "UPDATE document SET part = ?, source = ?, needsIndex = 1, updatedAt = ? WHERE id = ?",
                                       arguments: [doc.part, doc.source, now, old.id])
                    }
                    change.unchanged.append(id)
                    continue
                }
                try db.execute(sql: """
                    UPDATE document SET part = ?, source = ?, contentHash = ?, kind = ?, title = ?, originalText = ?,
                           docDate = ?, needsIndex = 1, needsLink = 1, updatedAt = ? WHERE id = ?
                    """, arguments: [doc.part, doc.source, hash, doc.kind.rawValue, doc.title, doc.text, doc.date, now, old.id])
                try db.cachedStatement(sql: "DELETE FROM field WHERE docId = ?").execute(arguments: [old.id])
                try db.cachedStatement(sql: "DELETE FROM documentCustomer WHERE docId = ?").execute(arguments: [old.id])
                try db.cachedStatement(sql: "DELETE FROM documentUnit WHERE docId = ?").execute(arguments: [old.id])
                try Self.insertDetails(db, id: old.id, doc: doc, now: now)
                change.updated.append(id)
                // A name the file no longer gives may be any document's.
                if doc.kind == .customer { change.touchedCustomerFile = true }
            } else {
                try db.cachedStatement(sql: """
                    INSERT INTO document (fileId, part, source, contentHash, kind, title, originalText, docDate, needsIndex, createdAt, updatedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                    """).execute(arguments: [fileID, doc.part, doc.source, hash, doc.kind.rawValue, doc.title, doc.text, doc.date, now, now])
                let id = db.lastInsertedRowID
                try Self.insertDetails(db, id: id, doc: doc, now: now)
                change.added.append(DocumentID(id))
                // A new one: the documents its names and units can concern (see CustomerFileReach).
                if doc.kind == .customer { try CustomerFileReach.later(db, file: id) }
            }
        }
        // New and changed documents are marked for linking (needsLink) as they are written; a
        // changed registry or a removed document can change any document's links.
        if change.touchedCustomerFile { try relinkEverythingLater(db) }
        return change
    }

    /// Identifies a document's content whatever its place in the file.
    static func contentHash(_ doc: ExtractedDocument) -> String {
        Hashing.sha256Hex(Array((doc.kind.rawValue + "\u{0}" + doc.text).utf8))
    }

    /// Removes stored files below folder that are not in present (deleted on disk since the
    /// last ingest), with their documents.
    public func removeFiles(under folder: String, keeping present: Set<String>) throws -> [DocumentID] {
        try db.write { db in
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            var removed: [DocumentID] = []
            for r in try Row.fetchAll(try db.cachedStatement(sql: "SELECT id, path FROM file WHERE substr(path, 1, ?) = ?"), arguments: [prefix.unicodeScalars.count, prefix]) {
                let path: String = r["path"]
                guard !present.contains(path) else { continue }
                let fileID: Int64 = r["id"]
                for id in try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM document WHERE fileId = ?"), arguments: [fileID]) {
                    try db.cachedStatement(sql: "INSERT OR IGNORE INTO pendingDeletion (docId) VALUES (?)").execute(arguments: [id])
                    removed.append(DocumentID(id))
                }
                try db.cachedStatement(sql: "DELETE FROM file WHERE id = ?").execute(arguments: [fileID])
            }
            if !removed.isEmpty { try Self.relinkEverythingLater(db) }
            return removed
        }
    }

    /// Fields only: links are made by `relink`, once every file of an ingest is stored.
    private static func insertDetails(_ db: Database, id: Int64, doc: ExtractedDocument, now: String) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO field (docId, ordinal, name, label, value, canonical, how) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for (i, f) in doc.fields.enumerated() {
            try insert.execute(arguments: [id, i, f.name.rawValue, f.label, f.value, f.canonical, f.how])
        }
    }

    /// A customer field's value up to the first bracket or list separator: `某医院检验科（二楼）` → `某医院检验科`.
    /// An English name keeps its commas: `Nanjing Hospital of TCM, Radiology` names the department
    /// after one, `Runtong Technology Co., Ltd.` its form.
    static func customerName(_ written: String) -> String {
        // No customer's name is longer; a field that is (a pasted paragraph) is cut, so the rules
        // below, which may read it again for each bracket, stay short.
        guard written.count <= 160 else { return customerName(String(written.prefix(160))) }
        // Taiwan's ministry in brackets says which hospital of the place it is (`Tainan
        // Hospital (MOHW) – IT Office`): kept as a word of the name.
        var value = written.replacingOccurrences(of: "(MOHW)", with: "MOHW").replacingOccurrences(of: "（MOHW）", with: "MOHW")
        if let named = institutionBesideShortName(value) { return customerName(named) }
        // An account's code before the name (`HK-C-0207   KBMC / …`) is no part of it.
        if value.first.map({ $0.isASCII && $0.isLetter }) == true,
           let code = value.prefixMatch(of: accountCode), value[code.range.upperBound...].count >= 2 {
            value = String(value[code.range.upperBound...])
            if let named = institutionBesideShortName(value) { return customerName(named) }
        }
        // A name in both scripts, `某某医院 / Foo Hospital`: the first (the other is an alternative).
        if let slash = value.range(of: " / ") { return customerName(String(value[..<slash.lowerBound])) }
        if let (first, _) = namesInTwoScripts(value) { return customerName(first) }
        // English by what comes before any bracket: `Foo Hospital, Radiology（某某医院放射科）`.
        let head = String(value.prefix { !"(（[【".contains($0) })
        let separators = RomanisedNames.mayBeRomanised(head) ? "(（[【，;；\n" : "(（[【,，;；\n"
        let cut = value.firstIndex(where: { separators.contains($0) }) ?? value.endIndex
        let name = value[..<cut].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",")))
        // A place in brackets inside a company's name, as Chinese companies are registered
        // (润禾微电子（柳州）有限公司厂务部): the whole name, brackets and all.
        if cut < value.endIndex, "(（".contains(value[cut]) {
            let after = value[value.index(after: cut)...]
            if let close = after.firstIndex(where: { $0 == ")" || $0 == "）" }), case let inner = String(after[..<close]),
               Places.shared.chinese[inner] != nil || (inner.count >= 3 && Places.shared.chinese[String(inner.dropLast())] != nil && "市省".contains(inner.last!)),
               case let rest = after[after.index(after: close)...], let first = rest.first, first.unicodeScalars.allSatisfy(Normalizer.isCJK),
               ["有限", "股份", "公司", "集团"].contains(where: rest.hasPrefix) {
                let end = rest.firstIndex(where: { "(（[【,，;；\n".contains($0) }) ?? rest.endIndex
                return String(value[..<end]).trimmingCharacters(in: .whitespaces)
            }
            // And as their English names are (`Hanfeng Precision Engineering (Kunshan) Co., Ltd.`).
            if RomanisedNames.placeInBrackets(String(value[cut...])) != nil, let close = after.firstIndex(where: { $0 == ")" || $0 == "）" }),
               case let rest = after[after.index(after: close)...].drop(while: { $0 == " " }),
               case let form = rest.prefix(while: \.isLetter).lowercased(), RomanisedNames.legalForms.contains(form) || ["company", "corporation"].contains(form) {
                let end = rest.firstIndex(where: { "(（[【;；\n".contains($0) }) ?? rest.endIndex
                return String(value[..<end]).trimmingCharacters(in: .whitespaces)
            }
        }
        // A campus in brackets is part of the name, and so is what follows it: 芜湖市一院（东院）·检验科.
        if cut < value.endIndex, "(（".contains(value[cut]) {
            let after = value[value.index(after: cut)...]
            if let close = after.firstIndex(where: { $0 == ")" || $0 == "）" }),
               let key = try? Normalizer.nameKey(String(after[..<close])), key.wholeMatch(of: #/[东西南北]院区?|[^院区]{2}(院区|分院)/#) != nil {
                return customerName(name + String(after[..<close]) + " " + after[after.index(after: close)...].trimmingCharacters(in: CharacterSet(charactersIn: " ·・-–—")))
            }
            // And in English (`Nanyang Central Hospital (East Campus)`); the main campus is the
            // hospital's own (`(Main Campus)`, as 本部).
            if let close = after.firstIndex(where: { $0 == ")" || $0 == "）" }), case let inner = after[..<close].trimmingCharacters(in: .whitespaces),
               RomanisedNames.mayBeRomanised(name), inner.split(separator: " ").count == 2, inner.lowercased().hasSuffix(" campus"),
               !inner.lowercased().hasPrefix("main ") {
                let rest = after[after.index(after: close)...].trimmingCharacters(in: CharacterSet(charactersIn: " ·・-–—,"))
                return customerName(name + " " + inner + (rest.isEmpty ? "" : " " + rest))
            }
        }
        // A department in brackets is part of the name: 台北科技大學（計算機中心）is not its 貴重儀器中心.
        // So is one in the second brackets, after a note in the first (`Tainan Hospital (MOHW) (IT Office)`);
        // and one after words that only may be a department (温州大学医学院（中心实验室）).
        if cut < value.endIndex, "(（".contains(value[cut]), InstitutionName.of(name).department.map(InstitutionName.knownDepartments.contains) != true {
            let first = value[value.index(after: cut)...]
            if let department = departmentInBrackets(first, after: name) { return name + " " + department }
            if let close = first.firstIndex(where: { $0 == ")" || $0 == "）" }),
               case let rest = first[first.index(after: close)...].drop(while: { $0 == " " }), let open = rest.first, "(（".contains(open),
               let department = departmentInBrackets(rest.dropFirst(), after: name) {
                return name + " " + department
            }
        }
        // A department first, its institution in brackets: 输血科（洛阳大学附属第三医院）is
        // 洛阳大学附属第三医院 输血科, not a customer called 输血科.
        if cut < value.endIndex, "(（".contains(value[cut]), let institution = institutionInBrackets(value[value.index(after: cut)...], after: name) {
            return institution + " " + name
        }
        // A workshop with its company's brand alone in brackets (储能电站（冠能）, as a site's own
        // records write it): the brand's workshop, not a customer called 储能电站.
        if cut < value.endIndex, "(（".contains(value[cut]), let brand = brandInBrackets(value[value.index(after: cut)...], after: name) {
            return brand + " " + name
        }
        if let (department, institution) = departmentFirst(name) { return institution + " " + department }
        return name
    }

    /// An account's code before a customer's name (`HK-C-0207   KBMC / …`). Kept compiled: Swift
    /// parses a regex literal again each time it is evaluated, here per customer name.
    nonisolated(unsafe) private static let accountCode = #/[A-Za-z]{1,5}(?:-[A-Za-z0-9]+)*-[0-9][A-Za-z0-9-]*[ \t]+/#

    /// In English, a short name beside the institution's own (`KBMC / Kowloon Bay Medical Centre`,
    /// `NPS Leeds (Northgate Pathology Services Ltd) – Clin Biochem`, `TDH-1 (Tanjong Data Hub Pte
    /// Ltd), Power Room B`): the one with an institution's word when the other has none.
    static func institutionBesideShortName(_ value: String) -> String? {
        guard !value.unicodeScalars.contains(where: Normalizer.isCJK) else { return nil }
        let namesInstitution = { (t: Substring) in
            t.lowercased().split(whereSeparator: { !$0.isLetter }).contains { institutionWordsInEnglish.contains(String($0)) }
        }
        // A short name: three words at most, one of them an acronym (`KBMC`, `NPS Leeds`, `TDH-1`);
        // `Changzhou Med. Univ. (Instrumental Analysis Center)` is an institution and its centre.
        let isShortName = { (t: Substring) in
            let words = t.split(separator: " ")
            return (1...3).contains(words.count) && words.contains { w in w.filter(\.isUppercase).count >= 2 && !w.contains(where: \.isLowercase) }
        }
        if let slash = value.range(of: " / ") {
            let before = value[..<slash.lowerBound], after = value[slash.upperBound...]
            if isShortName(before), !namesInstitution(before), namesInstitution(after) { return after.trimmingCharacters(in: .whitespaces) }
            return nil
        }
        guard let open = value.firstIndex(of: "("), let close = value[open...].firstIndex(of: ")") else { return nil }
        let outer = value[..<open], inner = value[value.index(after: open)..<close]
        guard isShortName(outer), !namesInstitution(outer), namesInstitution(inner),
              inner.split(separator: " ").count >= 2 else { return nil }
        return inner.trimmingCharacters(in: .whitespaces)
    }

    /// A Chinese name written department first, its institution after `@` or a dash
    /// (检验科@如东县人医, 資訊部－高雄長庚): the department and the institution.
    static func departmentFirst(_ name: String) -> (department: String, institution: String)? {
        guard name.unicodeScalars.contains(where: Normalizer.isCJK),
              let cut = name.firstIndex(where: { "@＠－–—".contains($0) }) ?? name.range(of: "-")?.lowerBound else { return nil }
        let department = name[..<cut].trimmingCharacters(in: .whitespaces)
        let institution = name[name.index(after: cut)...].trimmingCharacters(in: .whitespaces)
        guard let key = try? Normalizer.nameKey(department), let rest = try? Normalizer.nameKey(institution),
              (2...8).contains(key.count), rest.count >= 2 else { return nil }
        let isDepartment = { (k: String) in
            InstitutionName.departmentAsWritten.contains(k) || InstitutionName.shortDepartments.contains { $0.0 == k }
                || (k.count <= 6 && ["科", "室", "部", "组", "课", "处"].contains(where: { k.hasSuffix($0) }) && !k.hasSuffix("医院"))
        }
        guard isDepartment(key), !isDepartment(rest) else { return nil }
        return (department, institution)
    }

    /// English words that say a name is an institution's (`Dept. of Radiology` has none).
    static let institutionWordsInEnglish: Set<String> = ["hospital", "hosp", "laboratory", "lab", "center", "centre", "university",
                                                          "college", "school", "clinic", "company", "co", "ltd", "limited", "corp",
                                                          "corporation", "inc", "group", "bank", "customs", "cdc", "institute"]

    /// A name written in one script and then the other, with only a space between
    /// (`Hong Wo Medical Laboratory Ltd. 康和醫學化驗所`, `哈尔滨教育信息化中心 Harbin Education IT
    /// Center`): the two names, in the order written. The English one is an institution's name
    /// of two words or more, and neither has a bracket, a slash or the other's script.
    static func namesInTwoScripts(_ value: String) -> (String, String)? {
        let text = value.trimmingCharacters(in: .whitespaces)
        guard !text.contains(where: { "()（）/[]【】".contains($0) }) else { return nil }
        let isCJK = { (c: Character) in c.unicodeScalars.contains(where: Normalizer.isCJK) }
        let isLatin = { (c: Character) in c.isASCII && c.isLetter }
        guard let firstCJK = text.firstIndex(where: isCJK), let firstLatin = text.firstIndex(where: isLatin) else { return nil }
        // The second name starts where the first one's script ends, after a space.
        let englishFirst = firstCJK != text.startIndex
        let cut = englishFirst ? firstCJK : firstLatin
        guard text[..<cut].last == " " else { return nil }
        let first = text[..<cut].trimmingCharacters(in: .whitespaces), second = text[cut...].trimmingCharacters(in: .whitespaces)
        let (e, c) = englishFirst ? (first, second) : (second, first)
        let words = Set(e.lowercased().split { !$0.isLetter }.map(String.init))
        guard !e.contains(where: isCJK), !c.contains(where: isLatin), c.count >= 2, words.count >= 2,
              !words.isDisjoint(with: institutionWordsInEnglish), !RomanisedNames.distinctiveWords(e).isEmpty else { return nil }
        return (first, second)
    }

    /// The last words of a department's name (信息中心, 检修室, 运维部) that `departmentInBrackets`
    /// reads as a department's.
    private static let departmentEnds = ["中心", "室", "部", "科", "处", "组", "课"]
    /// Trades that end a utility's short name (安平热电, 潍坊水务): a company, not a note.
    private static let tradesOfUtilities = ["热电", "电厂", "水务", "燃气"]

    /// The bracketed institution after a Chinese name that is only a department (`资讯室`,
    /// `输血科`): the institution's name, in the same script.
    static func institutionInBrackets(_ rest: Substring, after name: String) -> String? {
        guard name.unicodeScalars.contains(where: Normalizer.isCJK) else { return nil }
        let inner = rest.prefix { $0 != ")" && $0 != "）" }.trimmingCharacters(in: .whitespaces)
        guard (4...40).contains(inner.count), inner.unicodeScalars.contains(where: Normalizer.isCJK),
              departmentInBrackets(Substring(name), after: inner) != nil else { return nil }
        // An institution's words; 中心 also names departments (信息中心), so only the bracket's may have it.
        let institutionWords = ["医院", "大学", "学院", "公司", "集团", "学校", "银行", "血站", "研究院", "研究所", "检验所", "化验所", "海关",
                                "卫生院", "疾控", "妇幼", "医检", "人医", "院区"]
        let outer = (try? Normalizer.nameKey(name)) ?? name
        let key = (try? Normalizer.nameKey(inner)) ?? inner
        // A department may have an institution's word (微生物检验所 of a CDC); a company's is
        // written with the company's place and brand (运维部（太原天衡）).
        let department = InstitutionName.departmentAsWritten.contains(outer) || InstitutionName.shortDepartments.contains { $0.0 == outer }
            || CompanyName.isWorkshop(outer) || unitOfAny(outer)
        // So may a utility's own department (变电运维中心（安平热电）, by its last word), when the
        // brackets hold a utility's name, all in Chinese (信息科（HIS系统） holds a note).
        let utility = departmentEnds.contains(where: outer.hasSuffix) && !institutionWords.contains(where: outer.contains)
            && key.unicodeScalars.allSatisfy(Normalizer.isCJK) && tradesOfUtilities.contains(where: key.hasSuffix)
        // A workshop's company may be written as its brand and trade alone: 动力车间（朗固新能源）.
        guard name.count <= 8, department || !institutionWords.contains(where: outer.contains),
              (institutionWords + ["中心"]).contains(where: key.contains) || utility
                || department && (InstitutionName.leadingPlace(key) != nil || CompanyName.of(inner).map { !$0.lines.isEmpty } == true)
        else { return nil }
        return inner
    }

    /// The brand in brackets after a workshop's name: two or three Chinese characters that are no
    /// place and no note (楼, 号, 原…).
    static func brandInBrackets(_ rest: Substring, after name: String) -> String? {
        let inner = rest.prefix { $0 != ")" && $0 != "）" }.trimmingCharacters(in: .whitespaces)
        guard let outer = try? Normalizer.nameKey(name), CompanyName.isWorkshop(outer), (2...3).contains(inner.count),
              inner.unicodeScalars.allSatisfy(Normalizer.isCJK), Places.shared.chinese[inner] == nil,
              !inner.contains(where: { "楼层号区栋原旧新前后一二三四五六七八九十".contains($0) }) else { return nil }
        return inner
    }

    /// What any utility or company may call a unit of its own (污水处理厂, 水质检测站, 质量控制部),
    /// written with no place or brand: a department's name when its institution follows in brackets.
    static func unitOfAny(_ key: String) -> Bool {
        (3...6).contains(key.count) && key.unicodeScalars.allSatisfy(Normalizer.isCJK) && InstitutionName.leadingPlace(key) == nil
            && ["厂", "站", "部", "室"].contains(where: key.hasSuffix) && InstitutionName.of(key).kind == nil
    }

    /// The bracketed words after a name when they name a department in the name's own script
    /// (`（检验科）`, `(Dept. of Radiology)`), not a name in the other script or a note.
    static func departmentInBrackets(_ rest: Substring, after name: String) -> String? {
        let inner = rest.prefix { $0 != ")" && $0 != "）" }.trimmingCharacters(in: .whitespaces)
        let key = (try? Normalizer.nameKey(inner)) ?? inner
        // A number is a note (`（2 台）`), unless it numbers a workshop (三号车间, 二厂).
        let workshop = CompanyName.isWorkshop(key)
        guard (2...40).contains(inner.count), !inner.contains(where: \.isNumber) || workshop else { return nil }
        let cjk = { (t: String) in t.unicodeScalars.contains(where: Normalizer.isCJK) }
        guard cjk(inner) == cjk(name) else { return nil }
        if cjk(inner) {
            // A plant's name of no one's (污水处理厂) only after an institution, not a department,
            // and no former name (`（原红星化工厂）`).
            return ["科", "室", "中心", "部", "处", "所", "实验室", "学院", "组", "课"].contains(where: { key.hasSuffix($0) })
                || (unitOfAny(key) && !["原", "旧", "前"].contains(where: key.hasPrefix)
                    && !InstitutionName.departmentAsWritten.contains((try? Normalizer.nameKey(name)) ?? name))
                || InstitutionName.shortDepartments.contains(where: { $0.0 == key }) || workshop ? inner : nil
        }
        let words = Set(inner.lowercased().split { !$0.isLetter }.map(String.init))
        let departmentWords: Set<String> = ["dept", "department", "laboratory", "lab", "radiology", "pathology", "imaging", "centre", "center",
                                            "office", "unit", "medicine", "transfusion", "equipment", "it", "information", "pharmacy"]
        return words.isDisjoint(with: departmentWords) ? nil : inner
    }

    // MARK: reading documents

    public func document(_ id: DocumentID) throws -> StoredDocument? {
        try documents([id]).first
    }

    /// The folded text of these documents (those that exist), in no particular order.
    func foldedTexts(_ ids: [DocumentID]) throws -> [String] {
        guard !ids.isEmpty else { return [] }
        return try db.read { db in
            try String.fetchAll(db.cachedStatement(sql: "SELECT originalText FROM document WHERE id IN \(Self.idList)"),
                                arguments: [Self.idArgument(ids.map(\.rawValue))])
        }.map(Normalizer.fold)
    }

    /// `IN (…)` over a JSON array of ids bound as one argument: one statement, prepared once
    /// per connection, whatever the ids (a search loads its hits with it).
    static let idList = "(SELECT value FROM json_each(?))"
    static func idArgument(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    /// Documents by id, in the order asked; ids not found are left out. Without `fields`
    /// their fields are not read (a search's hits show none).
    /// Stored documents with their fields and links; without `texts`, their texts are left
    /// empty (a brief reads thousands of repair cards' fields, not their texts).
    public func documents(_ ids: [DocumentID], fields withFields: Bool = true, texts: Bool = true,
                          onlyFields: [FieldName]? = nil) throws -> [StoredDocument] {
        guard !ids.isEmpty else { return [] }
        var docs = try db.read { db in
            let list: StatementArguments = [Self.idArgument(ids.map(\.rawValue))]
            var byID: [Int64: StoredDocument] = [:]
            let columns = texts ? "d.*" : "d.id, d.source, d.part, d.kind, d.title, '' AS originalText, d.docDate, d.createdAt, d.updatedAt, d.revision"
            for r in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(columns), f.path, f.sha256, f.encoding, f.format, f.ingestedAt AS fileIngestedAt
                FROM document d JOIN file f ON f.id = d.fileId WHERE d.id IN \(Self.idList)
                """), arguments: list) {
                let id: Int64 = r["id"]
                byID[id] = StoredDocument(
                    id: DocumentID(id), source: r["source"], path: r["path"], part: r["part"], sha256: r["sha256"],
                    kind: DocumentKind(rawValue: r["kind"]) ?? .article, title: r["title"],
                    originalText: r["originalText"], foldedText: "", date: r["docDate"],
                    encoding: r["encoding"], format: r["format"], ingestedAt: r["createdAt"], updatedAt: r["updatedAt"],
                    revision: r["revision"])
            }
            let only = onlyFields.map { names in " AND name IN (" + names.map { "'\($0.rawValue)'" }.joined(separator: ",") + ")" } ?? ""
            for r in try withFields ? Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM field WHERE docId IN \(Self.idList)\(only) ORDER BY docId, ordinal"),
                                                   arguments: list) : [] {
                let id: Int64 = r["docId"]
                guard let name = FieldName(rawValue: r["name"]) else { continue }
                byID[id]?.fields.append(Field(name: name, label: r["label"], value: r["value"], canonical: r["canonical"], how: r["how"]))
            }
            for r in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT dc.docId, c.id, c.name, dc.how FROM documentCustomer dc JOIN customer c ON c.id = dc.customerId
                WHERE dc.docId IN \(Self.idList) ORDER BY dc.docId, c.id
                """), arguments: list) {
                let id: Int64 = r["docId"]
                byID[id]?.customers.append(LinkedCustomer(id: r["id"], name: r["name"], how: r["how"]))
            }
            for r in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT du.docId, u.serial, u.model, du.how FROM documentUnit du JOIN unit u ON u.id = du.unitId
                WHERE du.docId IN \(Self.idList) ORDER BY du.docId, u.serial
                """), arguments: list) {
                let id: Int64 = r["docId"]
                byID[id]?.units.append(LinkedUnit(serial: r["serial"], model: r["model"], how: r["how"]))
            }
            for (id, state) in try articleStates(db, Array(byID.keys)) {
                byID[id]?.articleState = state.0
                byID[id]?.replacedBy = state.1
            }
            return ids.compactMap { byID[$0.rawValue] }
        }
        guard texts else { return docs }
        // The folded text is not stored (see StoreSize): folded here, on every core for a batch.
        let folded = Parallel.map(docs, workers: docs.count < 32 ? 1 : Parallel.cores) { _, d in Result { try Normalizer.fold(d.originalText) } }
        for i in docs.indices { docs[i].foldedText = try folded[i].get() }
        return docs
    }

    public func allDocumentIDs() throws -> [DocumentID] {
        try db.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM document ORDER BY id").map { DocumentID($0) } }
    }

    // MARK: index bookkeeping

    /// Documents changed in SQLite whose index entries are not yet written, and removed ones.
    public func pendingIndexWork() throws -> (index: [DocumentID], delete: [DocumentID]) {
        try db.read { db in
            (try Int64.fetchAll(db, sql: "SELECT id FROM document WHERE needsIndex = 1 ORDER BY id").map { DocumentID($0) },
             try Int64.fetchAll(db, sql: "SELECT docId FROM pendingDeletion ORDER BY docId").map { DocumentID($0) })
        }
    }

    /// Called after the index has committed these changes. Documents it refused are set
    /// aside (needsIndex = 2) with the reason, so they no longer hold up every catch-up.
    /// The batch's lexicon words are added in the same transaction.
    public func markIndexed(_ indexed: [DocumentID], deleted: [DocumentID], refused: [DocumentID: String] = [:],
                            lexicon: Set<String> = []) throws {
        let now = Self.now()
        try db.write { db in
            try PinyinLexicon.add(db, words: lexicon)
            for chunk in indexed.chunked(500) {
                let list = chunk.map { String($0.rawValue) }.joined(separator: ",")
                try db.execute(sql: "UPDATE document SET needsIndex = 0 WHERE id IN (\(list))")
                try db.execute(sql: "DELETE FROM indexRefusal WHERE docId IN (\(list))")
            }
            for (id, reason) in refused {
                try db.execute(sql: "UPDATE document SET needsIndex = 2 WHERE id = ?", arguments: [id.rawValue])
                try db.execute(sql: "INSERT OR REPLACE INTO indexRefusal (docId, reason, refusedAt) SELECT id, ?, ? FROM document WHERE id = ?",
                               arguments: [reason, now, id.rawValue])
            }
            for chunk in deleted.chunked(500) {
                try db.execute(sql: "DELETE FROM pendingDeletion WHERE docId IN (\(chunk.map { String($0.rawValue) }.joined(separator: ",")))")
            }
        }
    }

    /// The index is gone (deleted, or never built): every document is to be indexed again.
    func markAllForIndexing() throws {
        try db.write { db in
            try db.execute(sql: "UPDATE document SET needsIndex = 1 WHERE needsIndex = 0")
            try db.execute(sql: "DELETE FROM pendingDeletion")
        }
    }

    /// Documents the index refused, with their source and the reason.
    public func indexRefusals() throws -> [(id: DocumentID, source: String, reason: String)] {
        try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.docId, d.source, r.reason FROM indexRefusal r JOIN document d ON d.id = r.docId ORDER BY r.docId
                """).map { (DocumentID($0["docId"]), $0["source"], $0["reason"]) }
        }
    }

    /// The sources of these documents, by id.
    public func sources(_ ids: [DocumentID]) throws -> [DocumentID: String] {
        guard !ids.isEmpty else { return [:] }
        return try db.read { db in
            var out: [DocumentID: String] = [:]
            for chunk in ids.chunked(500) {
                for r in try Row.fetchAll(db, sql: "SELECT id, source FROM document WHERE id IN (\(chunk.map { String($0.rawValue) }.joined(separator: ",")))") {
                    out[DocumentID(r["id"])] = r["source"]
                }
            }
            return out
        }
    }

    // MARK: lookups for queries

    /// Customers whose name or an alias contains the fragment (after folding, spaces and punctuation removed).
    /// One pass over the aliases, then the customers by id: joining each customer to its aliases took
    /// 2–3× as long (10 ms of a `kb search` process at 100,000 documents).
    public func customers(matching fragment: String) throws -> [(id: Int64, name: String)] {
        let key = try Normalizer.nameKey(fragment)
        guard !key.isEmpty else { return [] }
        return try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.name FROM customer c
                WHERE c.id IN (SELECT customerId FROM customerAlias WHERE instr(aliasKey, ?) > 0) ORDER BY c.id
                """, arguments: [key]).map { ($0["id"], $0["name"]) }
        }
    }

    public struct Statistics: Sendable, Codable {
        public var files = 0
        public var documents = 0
        public var byKind: [String: Int] = [:]
        public var customers = 0
        public var units = 0
        public var pendingIndex = 0
        /// Stored documents the search index refused (`kb stats` lists them).
        public var refusedByIndex = 0
        public var sqliteBytes = 0
    }

    public func statistics() throws -> Statistics {
        var s = try db.read { db in
            var s = Statistics()
            s.files = try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0
            s.documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0
            for r in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM document GROUP BY kind") {
                s.byKind[r["kind"]] = r["n"]
            }
            s.customers = try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") ?? 0
            s.units = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0
            s.pendingIndex = (try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE needsIndex = 1") ?? 0)
                + (try Int.fetchOne(db, sql: "SELECT count(*) FROM pendingDeletion") ?? 0)
            s.refusedByIndex = try Int.fetchOne(db, sql: "SELECT count(*) FROM indexRefusal") ?? 0
            return s
        }
        for suffix in ["", "-wal"] {
            let attrs = try? FileManager.default.attributesOfItem(atPath: location.sqlite.path + suffix)
            s.sqliteBytes += (attrs?[.size] as? Int) ?? 0
        }
        return s
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
