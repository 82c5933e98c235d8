import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The kinds of customer-signed slip.
public enum SlipType: String, Codable, Sendable, CaseIterable {
    case serviceReport = "service-report"        // 服务报告单
    case installationReport = "installation-report"  // 装机报告单
    case repairOrder = "repair-order"            // 维修单
    case technicalService = "technical-service"  // 技术服务单

    /// Default retention in years, until configured otherwise (`kb slip retention`).
    public var defaultRetentionYears: Int {
        switch self {
        case .installationReport: 15
        case .serviceReport, .technicalService: 10
        case .repairOrder: 5
        }
    }

    /// From a name a user types or a slip's title says, in any script.
    public init?(text: String) {
        let t = (try? Normalizer.fold(text)) ?? text.lowercased()
        if let exact = SlipType(rawValue: t) { self = exact; return }
        if t.contains("装机") || t.contains("安装") || t.contains("installation") { self = .installationReport }
        else if t.contains("技术服务") || t.contains("technical service") { self = .technicalService }
        else if t.contains("服务报告") || t.contains("service report") || t.contains("服务单") { self = .serviceReport }
        else if t.contains("维修") || t.contains("修护") || t.contains("repair") || t.contains("work order") { self = .repairOrder }
        else { return nil }
    }
}

/// An archived original and what is known about it.
public struct Slip: Sendable, Codable {
    public let id: Int64
    public let number: String
    public let version: Int
    public let supersededBy: Int64?
    public let supersedes: Int64?
    public let type: SlipType
    public let sha256: String
    public let size: Int
    public let format: String
    public let originalName: String
    /// The customer as the slip wrote it (or as it was given).
    public let customer: String?
    public let serial: String?
    public let date: String
    public let engineer: String?
    public let signedBy: String?
    public let stamped: Bool
    public let docId: Int64?
    public let textSource: String
    public let hold: Bool
    public let reason: String?
    public let addedAt: String
    public let addedBy: String
    /// The registered customer the slip's document is linked to, when it is linked.
    public var registeredCustomer: String? = nil
    /// The units the slip's document is linked to (a serial OCR misread in the label but
    /// written elsewhere on the slip, or given later by hand).
    public var registeredSerials: [String] = []

    /// The unit serial to show: the one read or given, else the one the slip is linked to.
    public var unitSerial: String? { serial ?? registeredSerials.first }
}

/// Metadata given on the command line; what is nil is read from the slip's text.
public struct SlipMetadata: Sendable {
    public var number: String?
    public var type: String?
    public var customer: String?
    public var serial: String?
    public var date: String?
    public var engineer: String?
    public var signedBy: String?
    public var stamped = false
    public init() {}
}

public struct AuditEntry: Sendable, Codable {
    public let seq: Int64
    public let at: String
    public let who: String
    public let action: String
    public let slip: String?
    public let detail: String
    public let result: String
    public let hash: String
}

/// Customer-signed slips: originals kept byte for byte under `archive/`, named by their
/// SHA-256, never overwritten; metadata, retention and an append-only, hash-chained audit
/// log in SQLite.
public final class SlipArchive: Sendable {
    public let store: ArchiveStore
    public let ocrLanguages: String
    let tesseract: String
    let pdftotext: String
    /// The most one slip's reading (rendering and OCR, every page) may take.
    let ocrSeconds: TimeInterval

    public init(store: ArchiveStore, tesseract: String = "tesseract", pdftotext: String = "pdftotext",
                ocrLanguages: String = "chi_sim+chi_tra+eng", ocrSeconds: TimeInterval = 180) {
        self.store = store
        self.tesseract = tesseract
        self.pdftotext = pdftotext
        self.ocrLanguages = ocrLanguages
        self.ocrSeconds = ocrSeconds
    }

    /// Memory for one OCR or rendering tool (a decompression bomb in a scan stops there).
    static let toolMemory = 2 << 30
    /// Pages read from a scanned PDF or a multi-page TIFF.
    static let maxPages = 5
    /// A slip's file: a scan or PDF of a few pages is a few MB.
    public static let maxFileBytes = 100 << 20

    var root: URL { store.location.root.appendingPathComponent("archive") }

    func blobURL(_ sha: String) -> URL {
        root.appendingPathComponent(String(sha.prefix(2))).appendingPathComponent(String(sha.dropFirst(2).prefix(2)))
            .appendingPathComponent(sha)
    }

    static func registerMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v4-slips") { db in
            try db.execute(sql: """
                CREATE TABLE slip (
                    id INTEGER PRIMARY KEY,
                    number TEXT NOT NULL,
                    numberKey TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    supersedes INTEGER REFERENCES slip(id),
                    supersededBy INTEGER REFERENCES slip(id),
                    type TEXT NOT NULL,
                    sha256 TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL,
                    format TEXT NOT NULL,
                    originalName TEXT NOT NULL,
                    customer TEXT,
                    serial TEXT,
                    slipDate TEXT NOT NULL,
                    engineer TEXT,
                    signedBy TEXT,
                    stamped INTEGER NOT NULL DEFAULT 0,
                    docId INTEGER REFERENCES document(id) ON DELETE SET NULL,
                    textSource TEXT NOT NULL,
                    hold INTEGER NOT NULL DEFAULT 0,
                    reason TEXT,
                    addedAt TEXT NOT NULL,
                    addedBy TEXT NOT NULL,
                    UNIQUE (numberKey, version)
                );
                CREATE INDEX slip_serial ON slip(serial);
                CREATE TABLE retention (type TEXT PRIMARY KEY, years INTEGER NOT NULL);
                CREATE TABLE audit (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    who TEXT NOT NULL,
                    action TEXT NOT NULL,
                    slip TEXT,
                    detail TEXT NOT NULL,
                    result TEXT NOT NULL,
                    prevHash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
    }

    // MARK: audit

    static func entryHash(prev: String, seq: Int64, at: String, who: String, action: String, slip: String?, detail: String, result: String) -> String {
        Hashing.sha256Hex(Array([prev, String(seq), at, who, action, slip ?? "", detail, result].joined(separator: "\u{1F}").utf8))
    }

    /// Appends an entry chained to the previous one, inside the caller's transaction.
    static func audit(_ db: Database, who: String, action: String, slip: String?, detail: String, result: String,
                      head: (seq: Int64, hash: String)? = nil) throws {
        let prev = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        var prevHash: String = prev?["hash"] ?? String(repeating: "0", count: 64)
        var seq: Int64 = (prev?["seq"] ?? 0) + 1
        // Entries newer than the table's last were deleted: chain to the head on record, so the
        // gap stays visible to `audit verify` instead of being papered over.
        if let head, head.seq >= seq {
            seq = head.seq + 1
            prevHash = head.hash
        }
        let at = ArchiveStore.now()
        let hash = entryHash(prev: prevHash, seq: seq, at: at, who: who, action: action, slip: slip, detail: detail, result: result)
        try db.execute(sql: "INSERT INTO audit (seq, at, who, action, slip, detail, result, prevHash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: [seq, at, who, action, slip, detail, result, prevHash, hash])
    }

    public func audit(who: String, action: String, slip: String?, detail: String, result: String) throws {
        let head = self.head()
        try auditedWrite { db in try Self.audit(db, who: who, action: action, slip: slip, detail: detail, result: result, head: head) }
    }

    /// The newest audit entry on record outside SQLite.
    func head() -> (seq: Int64, hash: String)? {
        guard let parts = try? String(contentsOf: headURL, encoding: .utf8).split(separator: " "), parts.count == 2,
              let seq = Int64(parts[0]) else { return nil }
        return (seq, parts[1].trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The audit's head (last sequence number and hash) is also kept outside SQLite, in
    /// `audit.head`, so deleting the newest entries is caught too.
    var headURL: URL { store.location.root.appendingPathComponent("audit.head") }

    /// A write that appends to the audit, then moves the head file forward. The write has
    /// committed once body returns: a head that cannot be moved (a full disk) stays behind,
    /// which `verifyAudit` accepts (an entry deleted up to a head it still sees is caught);
    /// the next audited write moves it.
    func auditedWrite<T>(_ body: (Database) throws -> T) throws -> T {
        let result = try store.db.write { db in try body(db) }
        if let r = try? store.db.read({ db in try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1") }) {
            let line = "\(r["seq"] as Int64) \(r["hash"] as String)\n"
            try? Data(line.utf8).write(to: headURL, options: .atomic)
        }
        return result
    }

    public func auditEntries(slip: String? = nil, who: String? = nil, from: String? = nil, to: String? = nil) throws -> [AuditEntry] {
        try store.db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq").map {
                AuditEntry(seq: $0["seq"], at: $0["at"], who: $0["who"], action: $0["action"], slip: $0["slip"],
                           detail: $0["detail"], result: $0["result"], hash: $0["hash"])
            }.filter { e in
                (slip == nil || e.slip?.uppercased() == slip?.uppercased()) && (who == nil || e.who == who)
                    && (from == nil || String(e.at.prefix(10)) >= from ?? "") && (to == nil || String(e.at.prefix(10)) <= to ?? "")
            }
        }
    }

    /// Recomputes the chain; returns the problems (an edited, deleted or reordered entry).
    public func verifyAudit() throws -> [String] {
        try store.db.read { db in
            var problems: [String] = []
            var prev = String(repeating: "0", count: 64)
            var expectedSeq: Int64 = 1
            for r in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq") {
                let seq: Int64 = r["seq"]
                if seq != expectedSeq { problems.append("entries \(expectedSeq)…\(seq - 1) are missing") }
                let stored: String = r["hash"], storedPrev: String = r["prevHash"]
                if storedPrev != prev { problems.append("entry \(seq) does not follow the entry before it (an entry was deleted or changed)") }
                let h = Self.entryHash(prev: storedPrev, seq: seq, at: r["at"], who: r["who"], action: r["action"], slip: r["slip"],
                                       detail: r["detail"], result: r["result"])
                if h != stored { problems.append("entry \(seq) was altered after it was written") }
                prev = stored
                expectedSeq = seq + 1
            }
            // The newest entry on record outside SQLite must still be there, unchanged.
            if let head = try? String(contentsOf: headURL, encoding: .utf8).split(separator: " "), head.count == 2,
               let seq = Int64(head[0]) {
                let hash = head[1].trimmingCharacters(in: .whitespacesAndNewlines)
                if let stored = try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq = ?", arguments: [seq]) {
                    if stored != hash { problems.append("entry \(seq), the newest on record, was altered") }
                } else {
                    problems.append("entries up to \(seq) were written but entry \(seq) is missing (the newest entries were deleted)")
                }
            }
            return problems
        }
    }

    // MARK: adding

    public enum AddOutcome: Sendable {
        case added(Slip)
        case alreadyArchived(Slip)
    }

    static func format(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return "pdf" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpeg" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return "tiff" }
        return nil
    }

    /// The slip's text: the PDF's text layer, else OCR (of the image, or of the PDF's pages).
    func text(of bytes: [UInt8], format: String, name: String) throws -> (text: String, source: String) {
        // One time budget for the whole slip: the text layer's time counts against the OCR's.
        let deadline = Date().addingTimeInterval(ocrSeconds)
        if format == "pdf" {
            if let t = try? PDFReader.text(bytes, tool: pdftotext, timeout: min(PDFReader.timeout, ocrSeconds)) { return (t, "pdf") }
        }
        func timeLeft() throws -> TimeInterval {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                throw KBError.badInput(path: name, reason: "reading the scan took over \(Int(ocrSeconds)) s; not archived")
            }
            return left
        }
        let temp = try PrivateTemp("ocr")
        defer { temp.remove() }
        let input = try temp.write(bytes, named: "in.\(format)")
        // Each OCR run reads one image, or one page of a TIFF (tesseract's page number).
        var pages: [(image: URL, page: Int?)] = [(input, nil)]
        if format == "pdf" {
            let r = try Subprocess.run("pdftoppm", ["-q", "-r", "200", "-png", "-l", String(Self.maxPages), input.path, temp.url.appendingPathComponent("page").path],
                                       timeout: try timeLeft(), memory: Self.toolMemory)
            if r.timedOut { _ = try timeLeft() }
            guard r.status == 0 else { throw KBError.badInput(path: name, reason: "a PDF without a text layer that cannot be rendered for OCR") }
            pages = try FileManager.default.contentsOfDirectory(at: temp.url, includingPropertiesForKeys: nil)
                .filter { $0.lastPathComponent.hasPrefix("page") }.sorted { $0.path < $1.path }.map { ($0, nil) }
        } else if format == "tiff" {
            let count: Int
            do { count = try TIFFPages.count(bytes) } catch {
                throw KBError.badInput(path: name, reason: "\(error)")
            }
            if count > 1 { pages = (0..<min(count, Self.maxPages)).map { (input, $0) } }
        }
        func ocr(_ languages: String) throws -> String {
            var text = ""
            for (image, page) in pages {
                let r: Subprocess.Result
                var args = [image.path, "-", "-l", languages]
                if let page { args += ["-c", "tessedit_page_number=\(page)"] }
                do {
                    r = try Subprocess.run(tesseract, args, timeout: try timeLeft(), maxOutput: 16 << 20, memory: Self.toolMemory)
                } catch let e as KBError {
                    throw e
                } catch {
                    throw KBError.environment("cannot run \(tesseract) for OCR (install tesseract-ocr and its chi-sim, chi-tra data): \(error)")
                }
                if r.timedOut { _ = try timeLeft() }
                guard r.status == 0 else {
                    let why = String(decoding: r.stderr, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
                    throw KBError.badInput(path: name, reason: "unreadable image (\(why.isEmpty ? "OCR failed" : why))")
                }
                text += String(decoding: r.stdout, as: UTF8.self) + "\n"
            }
            return text
        }
        let text = try ocr(ocrLanguages)
        // A slip in English read with the Chinese models too gets Latin letters taken for
        // Han characters (ZJ → 可): when little of it is Chinese, read it again in English.
        let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        let han = scalars.filter(Normalizer.isCJK).count
        if ocrLanguages.contains("eng"), !scalars.isEmpty, han * 10 < scalars.count {
            return (try ocr("eng"), "ocr")
        }
        return (text, "ocr")
    }

    /// A slip number is a label, never a path.
    static func checkNumber(_ n: String, file: String) throws -> String {
        let t = n.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.count <= 64 else { throw KBError.badInput(path: file, reason: "slip number '\(n)' is empty or too long") }
        guard !t.contains("/"), !t.contains("\\"), !t.contains(".."), t.unicodeScalars.allSatisfy({ $0.value >= 0x20 }) else {
            throw KBError.badInput(path: file, reason: "slip number '\(n)' may not contain '/', '\\', '..' or control characters")
        }
        return t
    }

    static func numberKey(_ n: String) -> String {
        ((try? Normalizer.fold(n)) ?? n).uppercased().filter { !$0.isWhitespace }
    }

    /// Archives one file. Same bytes again: the slip already archived. A number already
    /// used by different bytes is refused (a correction is `supersede`).
    /// `via` says how the act reached kb (`web 10.1.2.3`), for the audit log.
    public func add(file: URL, metadata: SlipMetadata, who: String, via: String = "") throws -> AddOutcome {
        let shown = file.lastPathComponent + (via.isEmpty ? "" : "; \(via)")
        do {
            let outcome = try add(file: file, metadata: metadata, who: who, via: via, correcting: nil, reason: nil)
            if case .alreadyArchived(let s) = outcome {
                try audit(who: who, action: "add", slip: s.number, detail: shown, result: "already archived as \(s.number) v\(s.version)")
            }
            return outcome
        } catch let e as KBError {
            try? audit(who: who, action: "add", slip: metadata.number, detail: shown, result: "refused: \(e.description)")
            throw e
        }
    }

    /// What kb reads from a slip before anyone confirms it: the metadata its text gives (PDF
    /// text layer or OCR), for a person to check and correct before it is archived.
    public func read(bytes: [UInt8], name: String) throws -> (metadata: SlipMetadata, textSource: String) {
        guard let format = Self.format(of: bytes) else { throw KBError.badInput(path: name, reason: "not a PDF, JPEG, PNG or TIFF file") }
        let (text, textSource) = try self.text(of: bytes, format: format, name: name)
        let (m, _) = try Self.metadata(readFrom: text, textSource: textSource, name: name)
        return (m, textSource)
    }

    /// The metadata a slip's text gives, and the document read from it.
    static func metadata(readFrom text: String, textSource: String, name: String) throws -> (SlipMetadata, ExtractedDocument) {
        let extracted = try Extraction.extract(ReadPart(part: "", text: text), source: name, kindOverride: .repair)
        func field(_ n: FieldName) -> Field? { extracted.fields.first { $0.name == n } }
        var m = SlipMetadata()
        m.number = field(.number)?.value.split(separator: " ").first.map(String.init)
        m.type = SlipType(text: extracted.title)?.rawValue
        m.date = field(.date)?.canonical
        m.customer = field(.customer).map { ArchiveStore.customerName($0.value) }
        m.serial = field(.serial)?.canonical
        m.engineer = field(.engineer)?.value
        m.signedBy = field(.signedBy)?.value.trimmingCharacters(in: .whitespaces).nilIfNotAName(ocr: textSource == "ocr")
        m.stamped = ["盖章", "公章", "已盖", "印章", "stamped", "company seal", "chop"].contains { extracted.folded.contains($0) }
        return (m, extracted)
    }

    /// A correction: a new version of slip `number` that supersedes the current one; both kept.
    public func supersede(number: String, with file: URL, reason: String, metadata: SlipMetadata, who: String) throws -> Slip {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw KBError.badQuery("a correction needs a --reason")
        }
        guard let old = try current(number) else { throw KBError.notFound("no slip numbered '\(number)'") }
        var m = metadata
        m.number = old.number
        m.type = m.type ?? old.type.rawValue
        m.customer = m.customer ?? old.customer
        m.serial = m.serial ?? old.serial
        m.date = m.date ?? old.date
        m.engineer = m.engineer ?? old.engineer
        m.signedBy = m.signedBy ?? old.signedBy
        m.stamped = m.stamped || old.stamped
        switch try add(file: file, metadata: m, who: who, via: "", correcting: old, reason: reason) {
        case .added(let s): return s
        case .alreadyArchived(let s): throw KBError.badQuery("\(file.lastPathComponent) is already archived as slip \(s.number) v\(s.version)")
        }
    }

    private func add(file: URL, metadata: SlipMetadata, who: String, via: String, correcting old: Slip?, reason: String?) throws -> AddOutcome {
        let name = file.lastPathComponent
        let bytes = try FileAccess.read(file.path, maxBytes: Self.maxFileBytes, what: "a slip")
        guard !bytes.isEmpty else { throw KBError.badInput(path: name, reason: "empty file (0 bytes)") }
        guard let format = Self.format(of: bytes) else {
            throw KBError.badInput(path: name, reason: "not a PDF, JPEG, PNG or TIFF file")
        }
        // What was given is checked before anything else.
        if let n = metadata.number { _ = try Self.checkNumber(n, file: name) }
        if let d = metadata.date, DateParser.parse(d) == nil {
            throw KBError.badInput(path: name, reason: "--date '\(d)' is not a date (use 2024-03-11)")
        }
        if let t = metadata.type, SlipType(text: t) == nil {
            throw KBError.badInput(path: name, reason: "--type '\(t)' is not a slip type (\(SlipType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if let s = metadata.serial, Normalizer.canonicalSerial(s) == nil {
            throw KBError.badInput(path: name, reason: "--serial '\(s)' is not a serial number")
        }
        let sha = Hashing.sha256Hex(bytes)
        if let existing = try slip(sha256: sha) { return .alreadyArchived(existing) }

        // Metadata: what was given, else what the slip's text says.
        let (text, textSource) = try self.text(of: bytes, format: format, name: name)
        let (read, extracted) = try Self.metadata(readFrom: text, textSource: textSource, name: name)
        let numberText = metadata.number ?? read.number
        let typeText = metadata.type ?? extracted.title
        let date = metadata.date.flatMap(DateParser.parse) ?? read.date
        var missing: [String] = []
        if numberText == nil { missing.append("number (--no, or a 单号/No. line)") }
        if SlipType(text: typeText) == nil { missing.append("type (--type: \(SlipType.allCases.map(\.rawValue).joined(separator: ", ")))") }
        if date == nil { missing.append("date (--date, or a 服务日期/Date line)") }
        guard missing.isEmpty, let numberText, let type = SlipType(text: typeText), let date else {
            throw KBError.badInput(path: name, reason: "missing \(missing.joined(separator: "; "))")
        }
        let number = try Self.checkNumber(numberText, file: name)
        let key = Self.numberKey(number)
        var serial = read.serial
        if let given = metadata.serial {
            // A unit on record, by any part of its serial; else a new serial written in full.
            let units = try store.findUnits(given)
            if units.count == 1, let u = units.first { serial = u.serial }
            else if units.count > 1 { throw KBError.badInput(path: name, reason: "--serial '\(given)' matches \(units.map(\.serial).joined(separator: ", ")); give more of it") }
            else if let c = Normalizer.canonicalSerial(given), c.count >= 6 { serial = c }
            else { throw KBError.badInput(path: name, reason: "--serial '\(given)' matches no unit on record; give the full serial") }
        }
        if date > WorkingDays.today() {
            throw KBError.badInput(path: name, reason: "the slip's date \(date) is in the future")
        }
        var customer = read.customer
        if let given = metadata.customer {
            let found = try store.findCustomers(given)
            customer = found.count == 1 ? found[0].name : given
        }
        let engineer = metadata.engineer ?? read.engineer
        // A signature is handwriting: what OCR makes of it counts only if it reads as a name.
        let signedBy = metadata.signedBy ?? read.signedBy
        let stamped = metadata.stamped || read.stamped
        if old == nil, let taken = try current(number) {
            throw KBError.badInput(path: name, reason: "slip number \(taken.number) is already archived with other content (sha256 \(taken.sha256.prefix(12))…); a correction is `kb slip supersede \(taken.number) FILE --reason …`")
        }

        // The original first, atomically; then every record in one transaction.
        let head = self.head()
        let wroteBlob = try writeBlob(bytes, sha: sha)
        let slip: Slip
        do {
            slip = try auditedWrite { db -> Slip in
                let now = ArchiveStore.now()
                var doc = extracted
                doc.source = "slip \(number)"
                doc.title = "\(number) \(extracted.title)"
                if let customer, !doc.fields.contains(where: { $0.name == .customer }) {
                    doc.fields.append(Field(name: .customer, label: "customer", value: customer))
                }
                if let serial, !doc.fields.contains(where: { $0.name == .serial && $0.canonical == serial }) {
                    doc.fields.append(Field(name: .serial, label: "serial", value: serial, canonical: serial))
                }
                doc.date = date
                // The same bytes ingested as a file already have a document: the slip is that document.
                var docId = try Int64.fetchOne(db, sql: """
                    SELECT d.id FROM document d JOIN file f ON f.id = d.fileId WHERE f.sha256 = ? AND f.path NOT LIKE 'slip:%' ORDER BY d.id LIMIT 1
                    """, arguments: [sha])
                if docId == nil {
                    let change = try ArchiveStore.applyFile(db, path: "slip:\(sha)", sha256: sha, size: bytes.count, format: .text,
                                                            encoding: nil, documents: [doc], now: now)
                    docId = (change.added + change.updated + change.unchanged).first?.rawValue
                }
                // A superseded version stays in the archive but leaves search: one slip, one hit.
                if let old, let oldDoc = old.docId {
                    try ArchiveStore.relinkNeighboursLater(db, of: oldDoc)
                    try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: ["slip:\(old.sha256)"])
                    if db.changesCount > 0 {
                        try db.execute(sql: "INSERT OR IGNORE INTO pendingDeletion (docId) VALUES (?)", arguments: [oldDoc])
                    }
                }
                let version = (old?.version ?? 0) + 1
                try db.execute(sql: """
                    INSERT INTO slip (number, numberKey, version, supersedes, type, sha256, size, format, originalName, customer, serial,
                                      slipDate, engineer, signedBy, stamped, docId, textSource, reason, addedAt, addedBy)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [number, key, version, old?.id, type.rawValue, sha, bytes.count, format, name, customer, serial,
                                     date, engineer, signedBy, stamped, docId, textSource, reason, now, who])
                let id = db.lastInsertedRowID
                if let old {
                    try db.execute(sql: "UPDATE slip SET supersededBy = ? WHERE id = ?", arguments: [id, old.id])
                    try Self.audit(db, who: who, action: "supersede", slip: number,
                                   detail: "v\(old.version) → v\(version) sha256 \(sha); reason: \(reason ?? "")", result: "ok", head: head)
                } else {
                    try Self.audit(db, who: who, action: "add", slip: number, detail: "\(name) sha256 \(sha) (\(format), text from \(textSource))\(via.isEmpty ? "" : "; \(via)")",
                                   result: "ok", head: head)
                }
                return try Self.slip(db, id: id)
            }
        } catch {
            // The records were not written: the original has nothing pointing at it.
            if wroteBlob { try? FileManager.default.removeItem(at: blobURL(sha)) }
            throw error
        }
        // The slip and its original are archived. Its links and index entry are marked pending
        // in the same transaction; a failure from here on (a full disk) leaves them pending,
        // and must never take the original away from the record (it once did).
        if let d = slip.docId { try store.relink([DocumentID(d)]) }
        try IndexMaintenance.catchUp(store)
        // As it stands once linked: its registered customer and unit.
        return .added(try store.db.read { db in try Self.slip(db, id: slip.id) })
    }

    /// Writes the original under its hash: temp file, fsync, rename, fsync of the folder.
    /// An existing file of that name is never touched. Returns whether it wrote one.
    func writeBlob(_ bytes: [UInt8], sha: String) throws -> Bool {
        let target = blobURL(sha)
        let fm = FileManager.default
        if fm.fileExists(atPath: target.path) { return false }
        let dir = target.deletingLastPathComponent()
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(".\(sha).\(UUID().uuidString).tmp")
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o444)
        guard fd >= 0 else { throw KBError.store("cannot write \(tmp.path): \(String(cString: strerror(errno)))") }
        var ok = bytes.withUnsafeBytes { buf -> Bool in
            var off = 0
            while off < buf.count {
                let n = write(fd, buf.baseAddress?.advanced(by: off), buf.count - off)
                if n <= 0 { return false }
                off += n
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(tmp.path, target.path) == 0 else {
            unlink(tmp.path)
            throw KBError.store("cannot store the original as \(target.path): \(String(cString: strerror(errno)))")
        }
        let dfd = open(dir.path, O_RDONLY | O_CLOEXEC)
        if dfd >= 0 { fsync(dfd); close(dfd) }
        return true
    }

    // MARK: reading

    static func slip(_ db: Database, id: Int64) throws -> Slip {
        guard let r = try Row.fetchOne(db, sql: "SELECT * FROM slip WHERE id = ?", arguments: [id]) else {
            throw KBError.notFound("no slip #\(id)")
        }
        return Slip(id: r["id"], number: r["number"], version: r["version"], supersededBy: r["supersededBy"], supersedes: r["supersedes"],
                    type: SlipType(rawValue: r["type"]) ?? .serviceReport, sha256: r["sha256"], size: r["size"], format: r["format"],
                    originalName: r["originalName"], customer: r["customer"], serial: r["serial"], date: r["slipDate"],
                    engineer: r["engineer"], signedBy: r["signedBy"], stamped: r["stamped"], docId: r["docId"],
                    textSource: r["textSource"], hold: r["hold"], reason: r["reason"], addedAt: r["addedAt"], addedBy: r["addedBy"],
                    registeredCustomer: try (r["docId"] as Int64?).flatMap { doc in
                        try String.fetchOne(db, sql: """
                            SELECT c.name FROM documentCustomer dc JOIN customer c ON c.id = dc.customerId
                            WHERE dc.docId = ? ORDER BY c.id LIMIT 1
                            """, arguments: [doc])
                    },
                    registeredSerials: try (r["docId"] as Int64?).map { doc in
                        try String.fetchAll(db, sql: """
                            SELECT u.serial FROM documentUnit du JOIN unit u ON u.id = du.unitId WHERE du.docId = ? ORDER BY u.serial
                            """, arguments: [doc])
                    } ?? [])
    }

    public func slip(sha256: String) throws -> Slip? {
        try store.db.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM slip WHERE sha256 = ?", arguments: [sha256]).map { try Self.slip(db, id: $0) }
        }
    }

    /// The current (not superseded) version of a slip number.
    public func current(_ number: String) throws -> Slip? {
        try store.db.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM slip WHERE numberKey = ? AND supersededBy IS NULL ORDER BY version DESC LIMIT 1",
                               arguments: [Self.numberKey(number)]).map { try Self.slip(db, id: $0) }
        }
    }

    /// A slip by number (current version) or by `#id`.
    public func find(_ ref: String) throws -> Slip {
        if ref.hasPrefix("#"), let id = Int64(ref.dropFirst()) {
            return try store.db.read { db in try Self.slip(db, id: id) }
        }
        if let s = try current(ref) { return s }
        throw KBError.notFound("no slip numbered '\(ref)' (see kb slip list)")
    }

    /// Every version of a slip number, oldest first.
    public func versions(_ number: String) throws -> [Slip] {
        try store.db.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM slip WHERE numberKey = ? ORDER BY version", arguments: [Self.numberKey(number)])
                .map { try Self.slip(db, id: $0) }
        }
    }

    public struct Filter: Sendable {
        public var customer: String?
        public var serial: String?
        public var type: SlipType?
        public var from: String?
        public var to: String?
        public var allVersions = false
        public init() {}
    }

    public func list(_ f: Filter = Filter()) throws -> [Slip] {
        let serial = f.serial.flatMap(Normalizer.canonicalSerial)
        let customerKey = try f.customer.map { try Normalizer.nameKey($0) }
        // Customers by any alias (一院 → 某市第一人民医院检验科), compared through the slips' documents.
        let customerDocs: Set<Int64> = try f.customer.map { text in
            Set(try store.customers(matching: text).flatMap { try store.customerDocuments($0.id).map(\.rawValue) })
        } ?? []
        return try store.db.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM slip \(f.allVersions ? "" : "WHERE supersededBy IS NULL") ORDER BY slipDate, numberKey, version")
                .map { try Self.slip(db, id: $0) }
        }.filter { s in
            if let t = f.type, s.type != t { return false }
            if let from = f.from, s.date < from { return false }
            if let to = f.to, s.date > to { return false }
            if let serial, !(s.serial ?? "").hasSuffix(serial), !s.registeredSerials.contains(where: { $0.hasSuffix(serial) }) { return false }
            if let customerKey {
                let own = ((try? Normalizer.nameKey(s.customer ?? "")) ?? "").contains(customerKey)
                let linked = s.docId.map { customerDocs.contains($0) } ?? false
                if !own && !linked { return false }
            }
            return true
        }
    }

    /// Copies the original to `out`, checking its hash on the way; never overwrites `out`.
    public func get(_ ref: String, to out: URL, who: String) throws -> Slip {
        let s = try find(ref)
        do {
            guard !FileManager.default.fileExists(atPath: out.path) else {
                throw KBError.badQuery("\(out.path) already exists; kb does not overwrite files")
            }
            guard let data = FileManager.default.contents(atPath: blobURL(s.sha256).path) else {
                throw KBError.store("the original of slip \(s.number) is missing from the archive (run kb slip verify)")
            }
            guard Hashing.sha256Hex(data) == s.sha256 else {
                throw KBError.store("the original of slip \(s.number) has been altered: its SHA-256 no longer matches (run kb slip verify)")
            }
            try data.write(to: out, options: .withoutOverwriting)
            try audit(who: who, action: "get", slip: s.number, detail: "v\(s.version) → \(out.path)", result: "ok")
            return s
        } catch {
            try? audit(who: who, action: "get", slip: s.number, detail: "v\(s.version) → \(out.path)", result: "failed: \(error)")
            throw error
        }
    }

    public struct Problem: Sendable, Codable {
        public let number: String
        public let version: Int
        public let problem: String
    }

    /// Re-hashes every archived original; the check is on the audit log.
    public func verify(who: String) throws -> (checked: Int, problems: [Problem]) {
        let (all, problems) = try originalProblems()
        try audit(who: who, action: "verify", slip: nil, detail: "\(counted(all.count, "original")) checked",
                  result: problems.isEmpty ? "ok" : problems.map { "\($0.number) v\($0.version) \($0.problem)" }.joined(separator: "; "))
        return (all.count, problems)
    }

    /// Files under `archive/` no slip refers to: originals of slips purged by a command cut off
    /// before it removed them, or of adds cut off before their records, and temporary copies.
    func orphanOriginals() throws -> [URL] {
        let known = Set(try store.db.read { db in try String.fetchAll(db, sql: "SELECT sha256 FROM slip") })
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var out: [URL] = []
        for case let file as URL in walk where (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            if !known.contains(file.lastPathComponent) { out.append(file) }
        }
        return out.sorted { $0.path < $1.path }
    }

    /// Removes them (with the write lock held: no add is under way).
    @discardableResult
    func removeOrphanOriginals() throws -> Int {
        let orphans = try orphanOriginals()
        for f in orphans { try? FileManager.default.removeItem(at: f) }
        return orphans.count
    }

    /// Every version of every slip, and what is wrong with their originals (missing, altered).
    func originalProblems() throws -> (all: [Slip], problems: [Problem]) {
        let all = try list({ var f = Filter(); f.allVersions = true; return f }())
        var problems: [Problem] = []
        for s in all {
            guard let data = FileManager.default.contents(atPath: blobURL(s.sha256).path) else {
                problems.append(Problem(number: s.number, version: s.version, problem: "missing"))
                continue
            }
            if Hashing.sha256Hex(data) != s.sha256 {
                problems.append(Problem(number: s.number, version: s.version, problem: "altered (SHA-256 differs)"))
            }
        }
        return (all, problems)
    }

    /// A zip of the originals with manifest.json and a SHA256SUMS file `sha256sum -c` accepts.
    public func export(_ filter: Filter, to zip: URL, who: String) throws -> [Slip] {
        let slips = try list(filter)
        guard !FileManager.default.fileExists(atPath: zip.path) else {
            throw KBError.badQuery("\(zip.path) already exists; kb does not overwrite files")
        }
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("kb-export-\(UUID().uuidString)")
        let folder = staging.appendingPathComponent("slips")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        var sums = ""
        struct Entry: Encodable { let file: String; let slip: Slip }
        var manifest: [Entry] = []
        for s in slips {
            guard let data = FileManager.default.contents(atPath: blobURL(s.sha256).path), Hashing.sha256Hex(data) == s.sha256 else {
                throw KBError.store("the original of slip \(s.number) is missing or altered; run kb slip verify")
            }
            let ext = s.format == "jpeg" ? "jpg" : s.format == "tiff" ? "tif" : s.format
            let file = "\(s.number)_v\(s.version).\(ext)"
            try data.write(to: folder.appendingPathComponent(file))
            sums += "\(s.sha256)  \(file)\n"
            manifest.append(Entry(file: file, slip: s))
        }
        try Data(sums.utf8).write(to: folder.appendingPathComponent("SHA256SUMS"))
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try enc.encode(manifest).write(to: folder.appendingPathComponent("manifest.json"))
        try FileManager.default.zipItem(at: folder, to: zip, shouldKeepParent: false)
        try audit(who: who, action: "export", slip: nil, detail: "\(counted(slips.count, "slip")) → \(zip.path)", result: "ok")
        return slips
    }

    // MARK: retention

    public func retentionYears() throws -> [SlipType: Int] {
        var out = Dictionary(uniqueKeysWithValues: SlipType.allCases.map { ($0, $0.defaultRetentionYears) })
        try store.db.read { db in
            for r in try Row.fetchAll(db, sql: "SELECT type, years FROM retention") {
                if let t = SlipType(rawValue: r["type"]) { out[t] = r["years"] }
            }
        }
        return out
    }

    public func setRetention(_ type: SlipType, years: Int, who: String) throws {
        guard (1...100).contains(years) else { throw KBError.badQuery("retention must be 1 to 100 years") }
        try auditedWrite { db in
            try db.execute(sql: "INSERT OR REPLACE INTO retention (type, years) VALUES (?, ?)", arguments: [type.rawValue, years])
            try Self.audit(db, who: who, action: "retention", slip: nil, detail: "\(type.rawValue): \(years) years", result: "ok", head: head())
        }
    }

    /// Slips (every version) whose retention has run out by `today`.
    public func due(today: String) throws -> [(slip: Slip, until: String)] {
        let years = try retentionYears()
        return try list({ var f = Filter(); f.allVersions = true; return f }()).compactMap { s in
            let y = (Int(s.date.prefix(4)) ?? 0) + (years[s.type] ?? s.type.defaultRetentionYears)
            let until = "\(y)" + s.date.dropFirst(4)
            return until < today ? (s, until) : nil
        }
    }

    public func setHold(_ ref: String, _ hold: Bool, who: String) throws -> Slip {
        let s = try find(ref)
        if s.hold == hold { throw KBError.badQuery("slip \(s.number) is \(hold ? "already on hold" : "not on hold")") }
        try auditedWrite { db in
            try db.execute(sql: "UPDATE slip SET hold = ? WHERE numberKey = ?", arguments: [hold, Self.numberKey(s.number)])
            try Self.audit(db, who: who, action: hold ? "hold" : "release", slip: s.number, detail: "all versions", result: "ok", head: head())
        }
        return try find(ref)
    }

    /// Removes expired slips that are not on hold: the original, its record and its text;
    /// the audit keeps a tombstone (number, hash, who, when).
    public func purgeExpired(today: String, who: String) throws -> [Slip] {
        let victims = try due(today: today).map(\.slip).filter { !$0.hold }
        for s in victims {
            try auditedWrite { db in
                try db.execute(sql: "UPDATE slip SET supersededBy = NULL WHERE supersededBy = ?", arguments: [s.id])
                try db.execute(sql: "UPDATE slip SET supersedes = NULL WHERE supersedes = ?", arguments: [s.id])
                try db.execute(sql: "DELETE FROM slip WHERE id = ?", arguments: [s.id])
                // The slip's own text leaves search; a document ingested from the same bytes stays.
                if let d = s.docId { try ArchiveStore.relinkNeighboursLater(db, of: d) }
                try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: ["slip:\(s.sha256)"])
                if let d = s.docId, db.changesCount > 0 {
                    try db.execute(sql: "INSERT OR IGNORE INTO pendingDeletion (docId) VALUES (?)", arguments: [d])
                }
                try Self.audit(db, who: who, action: "purge", slip: s.number,
                               detail: "tombstone: v\(s.version) sha256 \(s.sha256), dated \(s.date), type \(s.type.rawValue)", result: "ok", head: head())
            }
            try? FileManager.default.removeItem(at: blobURL(s.sha256))  // else removed as an orphan by the next writer
        }
        try store.linkPending()
        try IndexMaintenance.catchUp(store)
        return victims
    }

    /// Slips about a unit, for briefs.
    public func slips(serial: String) throws -> [Slip] {
        var f = Filter()
        f.serial = serial
        return try list(f).filter { $0.serial == serial || $0.registeredSerials.contains(serial) }
    }
}

extension String {
    /// Self if it reads as a person's name (2–4 Han characters, or letters and spaces); OCR of
    /// handwriting yields noise that should not be recorded as a signer.
    func nilIfNotAName(ocr: Bool) -> String? {
        let t = trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        guard ocr else { return t }
        let han = t.unicodeScalars.filter(Normalizer.isCJK).count
        if han == t.unicodeScalars.count, (2...4).contains(han) { return t }
        let words = t.split(separator: " ")
        if han == 0, (1...4).contains(words.count), words.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) && $0.first?.isUppercase == true }) { return t }
        return nil
    }
}
