import Foundation

/// The archive's acts as a person performs them, for the CLI and the server alike: the one
/// place where the actor's rights are checked, where the actor is recorded (with how the act
/// reached kb, on the hash-chained audit log), and after which SQLite and the search index
/// agree again. The commands and the routes only parse, call and print.
public struct ArchiveService: Sendable {
    public let store: ArchiveStore

    public init(store: ArchiveStore) { self.store = store }

    var slips: SlipArchive { SlipArchive(store: store) }

    /// An attributed act: its intent on record before it begins, its line on the audit log
    /// once it is done (see AuditIntent), so no kill can leave it unattributed. `act` returns
    /// its result and the line's detail (nil: it changed nothing, and leaves no line). An act
    /// refused before it changed anything leaves nothing; one that failed on the way (the
    /// disk, the index) leaves a line saying so.
    func attributed<T>(_ actor: Actor, _ action: String, _ intent: String, _ act: () throws -> (T, String?)) throws -> T {
        let with = { (detail: String) in [detail, actor.via].filter { !$0.isEmpty }.joined(separator: "; ") }
        let id = try slips.intend(who: actor.name, action: action, detail: with(intent))
        let (result, detail): (T, String?)
        do {
            (result, detail) = try act()
        } catch let e as KBError where e.refusesBeforeChange {
            try? slips.abandon(id)
            throw e
        } catch {
            // Said without internals (paths, SQL): the log is read through the API too.
            try? slips.complete(id, who: actor.name, action: action, detail: with(intent), result: "failed: \(KBError.kind(of: KBError.plain(error, store: store.location)))")
            throw error
        }
        try slips.complete(id, who: actor.name, action: action, detail: detail.map(with))
        return result
    }

    /// An attributed act whose line is known before it begins.
    func attributed<T>(_ actor: Actor, _ action: String, _ detail: String, _ act: () throws -> T) throws -> T {
        try attributed(actor, action, detail) { (try act(), detail) }
    }

    // MARK: customers and links

    public enum LinkTarget: Sendable {
        case customer(String)
        case unit(String)
    }

    public enum LinkAction: String, Sendable { case add, remove }

    /// A link by hand (kept across re-ingest), or a wrong one removed; returns what it was
    /// linked to or unlinked from, as `customer NAME` or `unit SERIAL`.
    @discardableResult
    public func correctLink(document: Int64, _ target: LinkTarget, _ action: LinkAction, by actor: Actor) throws -> String {
        try actor.require(.correctLinks)
        _ = try store.requireDocument(document)
        let (kind, id, name): (String, Int64, String)
        switch target {
        case .customer(let text):
            let c = try store.resolveCustomer(text)
            (kind, id, name) = ("customer", c.id, c.name)
        case .unit(let serial):
            let u = try store.resolveUnit(serial)
            (kind, id, name) = ("unit", u.id, u.serial)
        }
        try attributed(actor, "link \(action.rawValue)", "#\(document) \(kind) \(name)") {
            try store.correctLink(doc: DocumentID(document), target: kind, targetId: id, action: action.rawValue, who: actor.name)
            try IndexMaintenance.catchUp(store)
        }
        return "\(kind) \(name)"
    }

    public func addAlias(customer: String, alias: String, by actor: Actor) throws -> CustomerRecord {
        try actor.require(.correctLinks)
        let c = try store.resolveCustomer(customer)
        try attributed(actor, "customer alias", "#\(c.id) \(c.name) is also '\(alias)'") {
            try store.addCustomerAlias(c.id, alias: alias)
            try store.relink(nil)
            try IndexMaintenance.catchUp(store)
        }
        return c
    }

    public func merge(keep: String, other: String, confirmed: Bool, by actor: Actor) throws -> (kept: CustomerRecord, merged: CustomerRecord) {
        try actor.require(.correctLinks)
        let a = try store.resolveCustomer(keep), b = try store.resolveCustomer(other)
        try attributed(actor, "customer merge", "#\(b.id) \(b.name) into #\(a.id) \(a.name)") {
            try store.mergeCustomers(keep: a.id, other: b.id, confirmed: confirmed)
            try IndexMaintenance.catchUp(store)
        }
        return (a, b)
    }

    /// A decision on a name waiting for review: this customer, or (nil) none of them.
    public func decideReview(document: Int64, name: String?, customer: String?, by actor: Actor) throws -> (written: String, chosen: CustomerRecord?) {
        try actor.require(.correctLinks)
        let waiting = try store.customerReviews().filter { $0.document == document && (name == nil || $0.written == name) }
        guard let item = waiting.first else { throw KBError.notFound("nothing of document #\(document) waits for review") }
        guard waiting.count == 1 else {
            throw KBError.ambiguous("document #\(document) has \(waiting.count) names waiting: \(waiting.map(\.written).joined(separator: ", ")); say which")
        }
        let chosen = try customer.map { try store.resolveCustomer($0) }
        try attributed(actor, "customer review", "#\(document) '\(item.written)' → \(chosen.map { "#\($0.id) \($0.name)" } ?? "none of them")") {
            try store.decideReview(document: DocumentID(document), written: item.written, customer: chosen?.id, who: actor.name)
            try IndexMaintenance.catchUp(store)
        }
        return (item.written, chosen)
    }

    // MARK: knowledge base

    /// A new draft from Markdown with front matter.
    public func createArticle(markdown: String, file: String, by actor: Actor) throws -> Article {
        try createArticle(try ArticleFile.parse(markdown, file: file).content, by: actor)
    }

    /// The longest article text kept: a knowledge-base article is pages, not a book (and every
    /// reader's page renders it).
    public static let maxArticleBytes = 256 << 10

    public static func checkLength(_ content: ArticleContent) throws {
        guard content.body.utf8.count <= maxArticleBytes else {
            throw KBError.rule(.init("articleTooLong", ["kb": "\(maxArticleBytes >> 10)"], missing: true,
                                     "an article's text has at most \(maxArticleBytes >> 10) KB; split it"))
        }
    }

    public func createArticle(_ content: ArticleContent, by actor: Actor) throws -> Article {
        try actor.require(.draftArticles)
        guard !content.title.trimmingCharacters(in: .whitespaces).isEmpty else { throw KBError.badQuery("an article needs a title") }
        try Self.checkLength(content)
        let id = try attributed(actor, "article new", "a new article") {
            let id = try store.createArticle(content, author: actor.name)
            return (id, "#\(id)")
        }
        return try store.article(id)
    }

    /// A new draft from a repair card's fault, cause and fix.
    public func draftArticle(fromDocument docId: Int64, by actor: Actor) throws -> Article {
        try actor.require(.draftArticles)
        let doc = try store.requireDocument(docId)
        let id = try attributed(actor, "article new", "a new article from document #\(docId)") {
            let id = try store.createArticle(try ArticleDesk.draft(from: doc), author: actor.name, sourceDoc: doc.id)
            return (id, "#\(id) from document #\(docId)")
        }
        return try store.article(id)
    }

    /// A new version from Markdown. Engineers revise their own drafts; trainers any article.
    public func reviseArticle(_ id: Int64, markdown: String, file: String, note: String, by actor: Actor) throws -> (before: Int, after: Article) {
        try reviseArticle(id, content: try ArticleFile.parse(markdown, file: file).content, note: note, by: actor)
    }

    public func reviseArticle(_ id: Int64, content: ArticleContent, note: String, by actor: Actor) throws -> (before: Int, after: Article) {
        try actor.require(.draftArticles)
        try Self.checkLength(content)
        let a = try store.article(id)
        if !actor.may(.reviewArticles) {
            guard try Normalizer.nameKey(a.author) == Normalizer.nameKey(actor.name), a.state == .draft else {
                throw KBError.forbidden(right: .reviewArticles, role: actor.role)
            }
        }
        _ = try attributed(actor, "article edit", "#\(id) after v\(a.version)") {
            let v = try store.reviseArticle(id, content: content, who: actor.name, note: note)
            return (v, v != a.version ? "#\(id) v\(v)" : nil)
        }
        return (a.version, try store.article(id))
    }

    public func restoreArticle(_ id: Int64, version: Int, by actor: Actor) throws -> Int {
        try actor.require(.reviewArticles)
        return try attributed(actor, "article restore", "#\(id) v\(version)") {
            let v = try store.restoreArticle(id, version: version, who: actor.name)
            return (v, "#\(id) v\(version) as v\(v)")
        }
    }

    public enum ArticleStep: String, Sendable { case submit, approve, reject, retire }

    /// Submit (the author, or a trainer), approve (a trainer, never their own), reject back to
    /// draft with a reason, or retire with a reason.
    public func transition(_ id: Int64, _ step: ArticleStep, reason: String? = nil, replacedBy: Int64? = nil, by actor: Actor) throws -> Article {
        let a = try store.article(id)
        switch step {
        case .submit:
            try actor.require(.draftArticles)
            if !actor.may(.reviewArticles), try Normalizer.nameKey(a.author) != Normalizer.nameKey(actor.name) {
                throw KBError.forbidden(right: .reviewArticles, role: actor.role)
            }
        case .approve, .reject, .retire:
            try actor.require(.reviewArticles)
        }
        try attributed(actor, "article \(step.rawValue)", "#\(id)\(reason.map { " reason: \($0)" } ?? "")") {
            switch step {
            case .submit: try store.transitionArticle(id, to: .review, who: actor.name)
            case .approve: try store.transitionArticle(id, to: .published, who: actor.name)
            case .reject: try store.rejectArticle(id, who: actor.name, reason: reason ?? "")
            case .retire: try store.transitionArticle(id, to: .retired, who: actor.name, reason: reason, replacedBy: replacedBy)
            }
        }
        return try store.article(id)
    }

    // MARK: the index

    /// Brings the search index up to date with the archive.
    public func catchUpIndex(by actor: Actor) throws -> IndexMaintenance.CatchUp {
        try actor.require(.maintainIndex)
        return try attributed(actor, "reindex", "catching the index up") {
            let r = try IndexMaintenance.catchUp(store)
            return (r, "\(r.indexed) indexed, \(r.refused.count) refused")
        }
    }

    /// Whether the archive is whole (`kb check`); reads only, so it is not on the audit log.
    public func check(by actor: Actor) throws -> StoreCheck.Report {
        try actor.require(.maintainIndex)
        return try StoreCheck.run(store)
    }

    /// Xapian's compaction of the index: smaller, a little faster.
    public func compactIndex(by actor: Actor) throws -> (before: Int, after: Int) {
        try actor.require(.maintainIndex)
        return try attributed(actor, "compact", "compacting the index") {
            let r = try IndexMaintenance.compact(store)
            return (r, "\(r.before) → \(r.after) bytes")
        }
    }

    /// Ingests files and folders (the server: only inside its ingest root).
    public func ingest(_ paths: [String], options: IngestOptions = IngestOptions(), progress: (@Sendable (Int, Int) -> Void)? = nil,
                       by actor: Actor) throws -> IngestReport {
        try actor.require(.maintainIndex)
        return try attributed(actor, "ingest", paths.joined(separator: ", ")) {
            let report = try Ingestor(store: store, options: options).ingest(paths, progress: progress)
            return (report, "\(paths.joined(separator: ", ")): \(report.added) added, \(report.updated) updated, \(report.failed.count) failed")
        }
    }

    /// Keeps uploaded files (a zip expanded) as `Uploads` says, then ingests them: a name
    /// someone sent is never used as a path. `progress` hears (files read, files to read).
    public func ingestUploads(_ files: [(name: String, bytes: Data)], progress: (@Sendable (Int, Int) -> Void)? = nil,
                              by actor: Actor) throws -> IngestReport {
        try actor.require(.maintainIndex)
        let paths = try Uploads.keep(files, in: store.location.root)
        return try ingest(paths, progress: progress, by: actor)
    }

    // MARK: synonyms

    public func addSynonyms(_ terms: [String], by actor: Actor) throws {
        try actor.require(.editSynonyms)
        try attributed(actor, "synonym add", terms.joined(separator: " ↔ ")) { try store.addSynonyms(terms) }
    }

    public func removeSynonym(_ term: String, by actor: Actor) throws {
        try actor.require(.editSynonyms)
        try attributed(actor, "synonym remove", term) { try store.removeSynonym(term) }
    }

    // MARK: slips

    public func addSlip(file: URL, metadata: SlipMetadata, by actor: Actor) throws -> SlipArchive.AddOutcome {
        try actor.require(.addSlips)
        return try slips.add(file: file, metadata: metadata, who: actor.name, via: actor.via)
    }

    /// A slip uploaded as bytes: written to a private folder of its own (0700, removed after),
    /// under the last part of the name it was sent with, kept to letters, digits and . _ -, so
    /// the name can never reach outside that folder; then archived like a file.
    public func addSlip(bytes: Data, originalName: String, metadata: SlipMetadata, by actor: Actor) throws -> SlipArchive.AddOutcome {
        try actor.require(.addSlips)
        let folder = try PrivateTemp("upload")
        defer { folder.remove() }
        let file = try folder.write([UInt8](bytes), named: Self.safeName(originalName))
        return try slips.add(file: file, metadata: metadata, who: actor.name, via: actor.via)
    }

    /// An upload read but not yet archived: what kb read from it, for a person to check.
    public struct StagedSlip: Sendable {
        /// The SHA-256 of the bytes: the only handle to them.
        public let id: String
        public let name: String
        public let metadata: SlipMetadata
        public let textSource: String
        public let format: String
    }

    /// Keeps an upload in the store's `staging/` folder (0700; the name cut as `safeName`) and
    /// reads it; `confirmSlip` archives it with the metadata the person confirmed.
    public func stageSlip(bytes: Data, originalName: String, by actor: Actor) throws -> StagedSlip {
        try actor.require(.addSlips)
        let raw = [UInt8](bytes)
        guard let format = SlipArchive.format(of: raw) else {
            throw KBError.badInput(path: Self.safeName(originalName), reason: "not a PDF, JPEG, PNG or TIFF file")
        }
        let id = Hashing.sha256Hex(raw)
        sweepStaging()
        let folder = stagingFolder(id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let name = Self.safeName(originalName)
        let file = folder.appendingPathComponent(name)
        if !FileManager.default.fileExists(atPath: file.path) {
            guard FileManager.default.createFile(atPath: file.path, contents: bytes, attributes: [.posixPermissions: 0o600]) else {
                throw KBError.store("cannot keep the upload in \(folder.path)")
            }
        }
        let (metadata, textSource) = try slips.read(bytes: raw, name: name)
        return StagedSlip(id: id, name: name, metadata: metadata, textSource: textSource, format: format)
    }

    /// Archives a staged upload with the metadata a person confirmed, and forgets the upload.
    public func confirmSlip(_ id: String, metadata: SlipMetadata, by actor: Actor) throws -> SlipArchive.AddOutcome {
        try actor.require(.addSlips)
        guard id.count == 64, id.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { throw KBError.notFound("no such upload") }
        let folder = stagingFolder(id)
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: folder.path).first else {
            throw KBError.notFound("the upload is no longer there; upload it again")
        }
        let outcome = try slips.add(file: folder.appendingPathComponent(name), metadata: metadata, who: actor.name, via: actor.via)
        try? FileManager.default.removeItem(at: folder)
        return outcome
    }

    /// Uploads read but not confirmed within a day are forgotten.
    func sweepStaging(olderThan age: TimeInterval = 86_400) {
        let base = store.location.root.appendingPathComponent("staging")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base.path) else { return }
        for name in names {
            let folder = base.appendingPathComponent(name)
            if let at = (try? FileManager.default.attributesOfItem(atPath: folder.path))?[.modificationDate] as? Date, Date().timeIntervalSince(at) > age {
                try? FileManager.default.removeItem(at: folder)
            }
        }
    }

    func stagingFolder(_ id: String) -> URL {
        store.location.root.appendingPathComponent("staging").appendingPathComponent(id)
    }

    /// The last part of an uploaded file's name, kept to letters, digits and . _ - (for the
    /// record and the format's extension only).
    static func safeName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(last.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
            .map(Character.init)).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return kept.isEmpty ? "upload" : String(kept.suffix(80))
    }

    /// The original bytes of a slip, checked against its hash; the download is on the audit log.
    public func slipOriginal(_ ref: String, by actor: Actor) throws -> (slip: Slip, data: Data) {
        try actor.require(.read)
        return try slips.original(ref, who: actor.name, via: actor.via)
    }

    /// A correction of a slip: a new version that supersedes the current one; both are kept.
    public func supersedeSlip(number: String, file: URL, reason: String, by actor: Actor) throws -> Slip {
        try actor.require(.manageSlips)
        return try slips.supersede(number: number, with: file, reason: reason, metadata: SlipMetadata(), who: actor.name)
    }

    /// A correction uploaded as bytes, written to a private folder as `addSlip(bytes:)` does.
    public func supersedeSlip(number: String, bytes: Data, originalName: String, reason: String, by actor: Actor) throws -> Slip {
        try actor.require(.manageSlips)
        let folder = try PrivateTemp("upload")
        defer { folder.remove() }
        let file = try folder.write([UInt8](bytes), named: Self.safeName(originalName))
        return try supersedeSlip(number: number, file: file, reason: reason, by: actor)
    }

    public func setRetention(_ type: SlipType, years: Int, by actor: Actor) throws {
        try actor.require(.manageSlips)
        guard (1...100).contains(years) else { throw KBError.badQuery("a retention period is 1 to 100 years") }
        try slips.setRetention(type, years: years, who: actor.name)
    }

    /// A zip of the originals chosen by the filter, with manifest.json and SHA256SUMS; the
    /// export is on the audit log.
    public func exportSlips(_ filter: SlipArchive.Filter, by actor: Actor) throws -> (slips: [Slip], zip: Data) {
        try actor.require(.manageSlips)
        let folder = try PrivateTemp("export")
        defer { folder.remove() }
        let zip = folder.url.appendingPathComponent("slips.zip")
        let chosen = try slips.export(filter, to: zip, who: actor.name)
        return (chosen, try Data(contentsOf: zip))
    }

    public func verifySlips(by actor: Actor) throws -> (checked: Int, problems: [SlipArchive.Problem]) {
        try actor.require(.manageSlips)
        return try slips.verify(who: actor.name)
    }

    public func setHold(_ ref: String, _ hold: Bool, by actor: Actor) throws -> Slip {
        try actor.require(.manageSlips)
        return try slips.setHold(ref, hold, who: actor.name)
    }

    /// Removes slips past retention and not on hold, as of `today`, which may not be in the
    /// future (reports may look ahead; removing originals may not).
    public func purgeExpired(today: String, by actor: Actor) throws -> [Slip] {
        try actor.require(.purgeSlips)
        if today > WorkingDays.today() {
            throw KBError.refused("\(today) is in the future: purging removes originals, so it only runs as of today")
        }
        return try slips.purgeExpired(today: today, who: actor.name)
    }

    public func auditEntries(slip: String? = nil, who: String? = nil, from: String? = nil, to: String? = nil, by actor: Actor) throws -> [AuditEntry] {
        try actor.require(.readAudit)
        return try slips.auditEntries(slip: slip, who: who, from: from, to: to)
    }

    public func verifyAudit(by actor: Actor) throws -> [String] {
        try actor.require(.readAudit)
        return try slips.verifyAudit()
    }
}

extension SlipArchive {
    /// The original's bytes, checked against the slip's hash; every download is audited.
    func original(_ ref: String, who: String, via: String) throws -> (slip: Slip, data: Data) {
        let s = try find(ref)
        do {
            guard let data = FileManager.default.contents(atPath: blobURL(s.sha256).path) else {
                throw KBError.store("the original of slip \(s.number) is missing from the archive (run kb slip verify)")
            }
            guard Hashing.sha256Hex(data) == s.sha256 else {
                throw KBError.store("the original of slip \(s.number) has been altered: its SHA-256 no longer matches (run kb slip verify)")
            }
            try audit(who: who, action: "download", slip: s.number, detail: "v\(s.version); \(via)", result: "ok")
            return (s, data)
        } catch {
            try? audit(who: who, action: "download", slip: s.number, detail: "v\(s.version); \(via)", result: "failed")
            throw error
        }
    }
}
