import Foundation
import GRDB
import Yams

/// A knowledge-base article's life: draft → review → published → retired.
public enum ArticleState: String, Codable, Sendable, CaseIterable {
    case draft, review, published, retired
}

/// What a trainer writes: Markdown with front matter.
public struct ArticleContent: Sendable, Equatable, Codable {
    public var title: String
    public var tags: [String] = []
    public var models: [String] = []
    public var faults: [String] = []
    public var owner: String?
    /// yyyy-MM-dd
    public var reviewBy: String?
    public var body: String

    public init(title: String, tags: [String] = [], models: [String] = [], faults: [String] = [],
                owner: String? = nil, reviewBy: String? = nil, body: String) {
        self.title = title
        self.tags = tags
        self.models = models
        self.faults = faults
        self.owner = owner
        self.reviewBy = reviewBy
        self.body = body
    }

    /// The content as a file says it: line ends as `\n`, no blank lines or spaces around the
    /// title and the body. Exported and imported again, an article reads the same, so two
    /// contents are the same article text when their normalized forms are equal.
    public var normalized: ArticleContent {
        func clean(_ s: String) -> String {
            s.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var c = self
        c.title = clean(title)
        c.body = clean(body)
        c.owner = owner.map(clean).flatMap { $0.isEmpty ? nil : $0 }
        return c
    }
}

public struct Article: Sendable, Codable {
    public let id: Int64
    public var state: ArticleState
    public let author: String
    public var version: Int
    /// The version search shows; a later `version` of a published article awaits review.
    public var publishedVersion: Int?
    public var content: ArticleContent
    public var sourceDocId: Int64?
    public var replacedBy: Int64?
    public var retireReason: String?
    public var reviewedAt: String?
    public var createdAt: String
    public var updatedAt: String

    public var pendingReview: Bool { state == .published && (publishedVersion ?? version) < version }

    public init(id: Int64, state: ArticleState, author: String, version: Int, content: ArticleContent,
                publishedVersion: Int? = nil, sourceDocId: Int64? = nil, replacedBy: Int64? = nil, retireReason: String? = nil,
                reviewedAt: String? = nil, createdAt: String, updatedAt: String) {
        self.id = id; self.state = state; self.author = author; self.version = version; self.content = content
        self.publishedVersion = publishedVersion
        self.sourceDocId = sourceDocId; self.replacedBy = replacedBy; self.retireReason = retireReason
        self.reviewedAt = reviewedAt; self.createdAt = createdAt; self.updatedAt = updatedAt
    }
}

public struct ArticleVersion: Sendable, Codable {
    public let version: Int
    public let content: ArticleContent
    public let who: String
    public let at: String
    public let note: String
}

public struct ArticleEvent: Sendable, Codable {
    public let at: String
    public let who: String
    public let action: String
    public let detail: String
}

/// Markdown files with YAML front matter, both ways.
public enum ArticleFile {
    /// Front matter as written in a file; unknown keys are kept out.
    struct Front: Codable {
        var id: Int64?
        var title: String?
        var tags: [String]?
        var models: [String]?
        var faults: [String]?
        var owner: String?
        var review_by: String?
        var state: String?
        var version: Int?
        var author: String?
    }

    /// Parses `---\nfront matter\n---\nbody`. Errors name the file and the field.
    public static func parse(_ text: String, file: String) throws -> (content: ArticleContent, id: Int64?) {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard normalized.hasPrefix("---\n") else {
            throw KBError.badInput(path: file, reason: "no front matter: the file must start with a line '---', then 'title: …', then '---'")
        }
        let rest = normalized.dropFirst(4)
        guard let end = rest.range(of: "\n---\n") ?? (rest.hasSuffix("\n---") ? rest.range(of: "\n---", options: .backwards) : nil) else {
            throw KBError.badInput(path: file, reason: "front matter is not closed by a line '---'")
        }
        let yaml = String(rest[..<end.lowerBound])
        let body = String(rest[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        let front: Front
        do {
            let node = try Yams.compose(yaml: yaml)
            if let node { try checkPlain(node, file: file) }
            if let keys = node?.mapping?.keys.compactMap(\.string) {
                let known: Set<String> = ["id", "title", "tags", "models", "faults", "owner", "review_by", "state", "version", "author"]
                if let unknown = keys.sorted().first(where: { !known.contains($0) }) {
                    throw KBError.badInput(path: file, reason: "front matter field '\(unknown)' is not known (use \(known.sorted().joined(separator: ", ")))")
                }
            }
            front = try node.map { try YAMLDecoder().decode(Front.self, from: $0) } ?? Front()
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw KBError.badInput(path: file, reason: "front matter field '\(ctx.codingPath.map(\.stringValue).joined(separator: "."))': \(ctx.debugDescription)")
        } catch let DecodingError.dataCorrupted(ctx) {
            throw KBError.badInput(path: file, reason: "malformed front matter\(ctx.codingPath.isEmpty ? "" : " at '\(ctx.codingPath.map(\.stringValue).joined(separator: "."))'"): \(ctx.debugDescription)")
        } catch let e as KBError {
            throw e
        } catch {
            throw KBError.badInput(path: file, reason: "malformed front matter: \(error)")
        }
        guard let title = front.title?.trimmingCharacters(in: .whitespaces), !title.isEmpty else {
            throw KBError.badInput(path: file, reason: "front matter field 'title' is missing or empty")
        }
        var reviewBy: String?
        if let r = front.review_by {
            guard let d = DateParser.parse(r) else {
                throw KBError.badInput(path: file, reason: "front matter field 'review_by': '\(r)' is not a date (use 2025-06-30)")
            }
            reviewBy = d
        }
        if body.isEmpty { throw KBError.badInput(path: file, reason: "the article has no text after its front matter") }
        let content = ArticleContent(title: title, tags: front.tags ?? [], models: front.models ?? [], faults: front.faults ?? [],
                                     owner: front.owner, reviewBy: reviewBy, body: body)
        return (content, front.id)
    }

    /// Front matter is a few plain fields. Composing YAML shares an alias's node rather than
    /// copying it, but anything that walks or decodes the tree expands it: aliases nested a few
    /// deep (a "billion laughs") make billions of values. So the tree is counted, up to a bound,
    /// before anything else reads it. (Yams holds anchors weakly, so they cannot be seen here.)
    static func checkPlain(_ root: Node, file: String) throws {
        var stack = [root]
        var visited = 0
        while let node = stack.popLast() {
            visited += 1
            guard visited <= maxFrontMatterValues else {
                throw KBError.badInput(path: file, reason: "front matter expands to over \(maxFrontMatterValues) YAML values (anchors and aliases, &name and *name, nested?); kb reads plain fields only")
            }
            switch node {
            case .mapping(let m): for (k, v) in m { stack.append(k); stack.append(v) }
            case .sequence(let s): stack.append(contentsOf: s)
            case .scalar, .alias: break
            }
        }
    }

    static let maxFrontMatterValues = 10_000

    /// The file for an article: front matter (with its id, state and version) and the body.
    public static func render(_ a: Article) -> String {
        let front = Front(id: a.id, title: a.content.title, tags: a.content.tags, models: a.content.models,
                          faults: a.content.faults, owner: a.content.owner, review_by: a.content.reviewBy,
                          state: a.state.rawValue, version: a.version, author: a.author)
        return file(front, body: a.content.body)
    }

    /// The file for content alone (no id, state or version), as diffs show it.
    public static func render(_ c: ArticleContent) -> String {
        file(Front(title: c.title, tags: c.tags, models: c.models, faults: c.faults, owner: c.owner, review_by: c.reviewBy), body: c.body)
    }

    private static func file(_ front: Front, body: String) -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true  // 离心机, not \u79BB…
        let yaml = (try? encoder.encode(front)) ?? "title: \(front.title ?? "")\n"
        return "---\n\(yaml)---\n\n\(body)\n"
    }
}

extension ArchiveStore {
    static func registerArticleMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v3-articles") { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY REFERENCES document(id),  -- the article is also a document
                    fileKey TEXT NOT NULL UNIQUE,
                    state TEXT NOT NULL,
                    author TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    publishedVersion INTEGER,            -- what search shows while a later version awaits review
                    sourceDocId INTEGER,
                    replacedBy INTEGER,
                    retireReason TEXT,
                    reviewedAt TEXT,
                    createdAt TEXT NOT NULL,
                    updatedAt TEXT NOT NULL
                );
                CREATE TABLE articleVersion (
                    articleId INTEGER NOT NULL REFERENCES article(id),
                    version INTEGER NOT NULL,
                    content TEXT NOT NULL,               -- ArticleContent as JSON
                    who TEXT NOT NULL,
                    at TEXT NOT NULL,
                    note TEXT NOT NULL,
                    PRIMARY KEY (articleId, version)
                );
                CREATE TABLE articleEvent (
                    articleId INTEGER NOT NULL REFERENCES article(id),
                    at TEXT NOT NULL,
                    who TEXT NOT NULL,
                    action TEXT NOT NULL,
                    detail TEXT NOT NULL
                );
                CREATE INDEX articleEvent_article ON articleEvent(articleId);
                """)
        }
    }

    // MARK: reading

    public func article(_ id: Int64) throws -> Article {
        try db.read { db in try Self.article(db, id) }
    }

    static func article(_ db: Database, _ id: Int64) throws -> Article {
        guard let r = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [id]) else {
            throw KBError.notFound("no article #\(id) (see kb article list)")
        }
        let version: Int = r["version"]
        guard let json = try String.fetchOne(db, sql: "SELECT content FROM articleVersion WHERE articleId = ? AND version = ?", arguments: [id, version]),
              let content = try? JSONDecoder().decode(ArticleContent.self, from: Data(json.utf8)) else {
            throw KBError.store("article #\(id) has no readable version \(version)")
        }
        return Article(id: id, state: ArticleState(rawValue: r["state"]) ?? .draft, author: r["author"], version: version,
                       content: content, publishedVersion: r["publishedVersion"], sourceDocId: r["sourceDocId"], replacedBy: r["replacedBy"], retireReason: r["retireReason"],
                       reviewedAt: r["reviewedAt"], createdAt: r["createdAt"], updatedAt: r["updatedAt"])
    }

    public func articles(state: ArticleState? = nil) throws -> [Article] {
        try db.read { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM article \(state == nil ? "" : "WHERE state = ?") ORDER BY id",
                                         arguments: state.map { [$0.rawValue] } ?? [])
            return try ids.map { try Self.article(db, $0) }
        }
    }

    public func articleVersions(_ id: Int64) throws -> [ArticleVersion] {
        _ = try article(id)
        return try db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM articleVersion WHERE articleId = ? ORDER BY version", arguments: [id]).compactMap { r in
                guard let c = try? JSONDecoder().decode(ArticleContent.self, from: Data((r["content"] as String).utf8)) else { return nil }
                return ArticleVersion(version: r["version"], content: c, who: r["who"], at: r["at"], note: r["note"])
            }
        }
    }

    public func articleEvents(_ id: Int64) throws -> [ArticleEvent] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM articleEvent WHERE articleId = ? ORDER BY rowid", arguments: [id])
                .map { ArticleEvent(at: $0["at"], who: $0["who"], action: $0["action"], detail: $0["detail"]) }
        }
    }

    // MARK: writing

    /// The document the index sees for an article version.
    private func articleDocument(_ content: ArticleContent, source: String) throws -> ExtractedDocument {
        var text = "# \(content.title)\n\n"
        if !content.models.isEmpty { text += "适用型号: \(content.models.joined(separator: ", "))\n" }
        if !content.faults.isEmpty { text += "故障关键词: \(content.faults.joined(separator: ", "))\n" }
        if !content.tags.isEmpty { text += "标签: \(content.tags.joined(separator: ", "))\n" }
        text += "\n" + content.body
        var doc = try Extraction.extract(ReadPart(part: "", text: text, title: content.title), source: source, kindOverride: .article)
        doc.title = content.title
        doc.fields.removeAll { $0.name == .model }
        for m in content.models { doc.fields.append(Field(name: .model, label: "models", value: m, canonical: Normalizer.canonicalModel(m))) }
        return doc
    }

    private func writeArticleDocument(_ db: Database, key: String, content: ArticleContent, source: String, now: String) throws -> Int64 {
        let doc = try articleDocument(content, source: source)
        let bytes = Array(ArticleFile.render(Article(id: 0, state: .draft, author: "", version: 0, content: content, createdAt: now, updatedAt: now)).utf8)
        let change = try Self.applyFile(db, path: "article:\(key)", sha256: Hashing.sha256Hex(bytes), size: bytes.count,
                                        format: .markdown, encoding: "UTF-8", documents: [doc], now: now)
        guard let id = (change.added + change.updated + change.unchanged).first?.rawValue else {
            throw KBError.store("the article's document was not stored")
        }
        return id
    }

    /// Adds a draft; returns its id (also its document id, as in search hits).
    public func createArticle(_ content: ArticleContent, author: String, sourceDoc: DocumentID? = nil) throws -> Int64 {
        let content = content.normalized
        let now = Self.now()
        let key = UUID().uuidString
        let id = try db.write { db -> Int64 in
            let id = try writeArticleDocument(db, key: key, content: content, source: "article", now: now)
            try db.execute(sql: "UPDATE document SET source = ? WHERE id = ?", arguments: ["article #\(id)", id])
            try db.execute(sql: """
                INSERT INTO article (id, fileKey, state, author, version, sourceDocId, createdAt, updatedAt) VALUES (?, ?, 'draft', ?, 1, ?, ?, ?)
                """, arguments: [id, key, author, sourceDoc?.rawValue, now, now])
            try Self.insertVersion(db, id, 1, content, who: author, note: sourceDoc.map { "drafted from document #\($0)" } ?? "created", now: now)
            try Self.event(db, id, who: author, action: "create", detail: sourceDoc.map { "from #\($0)" } ?? "", now: now)
            return id
        }
        try relink([DocumentID(id)])
        try IndexMaintenance.catchUp(self)
        return id
    }

    /// A new version with new content (an edit, an import, or a restore). Nothing changes when
    /// the content is the same as the current version's; returns the version number.
    @discardableResult
    public func reviseArticle(_ id: Int64, content: ArticleContent, who: String, note: String) throws -> Int {
        let content = content.normalized
        let now = Self.now()
        let version = try db.write { db -> Int in
            let a = try Self.article(db, id)
            if a.content.normalized == content { return a.version }
            guard let key = try String.fetchOne(db, sql: "SELECT fileKey FROM article WHERE id = ?", arguments: [id]) else { return a.version }
            let v = a.version + 1
            // A published article keeps showing its approved text until the new version is approved.
            if a.state != .published {
                _ = try writeArticleDocument(db, key: key, content: content, source: "article #\(id)", now: now)
            }
            try Self.insertVersion(db, id, v, content, who: who, note: note, now: now)
            try db.execute(sql: "UPDATE article SET version = ?, updatedAt = ? WHERE id = ?", arguments: [v, now, id])
            try Self.event(db, id, who: who, action: "edit",
                           detail: "version \(v): \(note)\(a.state == .published ? " (awaits review; v\(a.publishedVersion ?? a.version) stays published)" : "")", now: now)
            return v
        }
        try relink([DocumentID(id)])
        try IndexMaintenance.catchUp(self)
        return version
    }

    public func restoreArticle(_ id: Int64, version: Int, who: String) throws -> Int {
        guard let old = try articleVersions(id).first(where: { $0.version == version }) else {
            throw KBError.notFound("article #\(id) has no version \(version)")
        }
        return try reviseArticle(id, content: old.content, who: who, note: "restored version \(version)")
    }

    /// State transitions: submit (draft → review), approve (review → published; not by the
    /// author), retire (any but retired → retired, with a reason and maybe a replacement).
    public func transitionArticle(_ id: Int64, to target: ArticleState, who: String, reason: String? = nil,
                                  replacedBy: Int64? = nil) throws {
        let now = Self.now()
        try db.write { db in
            let a = try Self.article(db, id)
            var approving = false
            switch (a.state, target) {
            case (.draft, .review):
                break
            case (.published, .published), (.review, .published):
                if a.state == .published, !a.pendingReview {
                    throw KBError.badQuery("article #\(id) is published and has no new version to approve")
                }
                // Four eyes: whoever wrote any version since the last approved one (or the first
                // version, never approved) may not approve. Names compare folded: case, width,
                // script, spaces (李涛 = 李濤 = " 李涛 ").
                let writers = try String.fetchAll(db, sql: "SELECT who FROM articleVersion WHERE articleId = ? AND version > ?",
                                                  arguments: [id, a.publishedVersion ?? 0]) + (a.publishedVersion == nil ? [a.author] : [])
                let me = try Normalizer.nameKey(who)
                guard !me.isEmpty else { throw KBError.badQuery("say who approves: --as NAME") }
                if let wrote = try writers.first(where: { try Normalizer.nameKey($0) == me }) {
                    throw KBError.rule(.init("ownArticle", ["id": "\(id)", "who": wrote],
                                              "article #\(id): \(wrote) wrote \(a.state == .published ? "version \(a.version)" : "it") and cannot approve it; another reviewer must"))
                }
                approving = true
            case (.draft, .published):
                throw KBError.rule(.init("submitFirst", ["id": "\(id)"], "article #\(id) is a draft: submit it for review first (kb article submit \(id))"))
            case (.published, .retired), (.review, .retired), (.draft, .retired):
                guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw KBError.rule(.init("reasonNeeded", ["id": "\(id)"], missing: true, "retiring article #\(id) needs a --reason"))
                }
                if let r = replacedBy {
                    guard r != id else { throw KBError.badQuery("article #\(id) cannot replace itself") }
                    let other = try Self.article(db, r)
                    guard other.state != .retired else { throw KBError.badQuery("article #\(r) is retired and cannot replace #\(id)") }
                }
            default:
                throw KBError.badQuery("article #\(id) is \(a.state.rawValue); it cannot become \(target.rawValue)")
            }
            if approving {
                guard let key = try String.fetchOne(db, sql: "SELECT fileKey FROM article WHERE id = ?", arguments: [id]) else { return }
                _ = try writeArticleDocument(db, key: key, content: a.content, source: "article #\(id)", now: now)
                try db.execute(sql: "UPDATE article SET publishedVersion = version WHERE id = ?", arguments: [id])
            }
            try db.execute(sql: """
                UPDATE article SET state = ?, updatedAt = ?, reviewedAt = CASE WHEN ? = 'published' THEN ? ELSE reviewedAt END,
                       retireReason = coalesce(?, retireReason), replacedBy = coalesce(?, replacedBy) WHERE id = ?
                """, arguments: [target.rawValue, now, target.rawValue, now, reason, replacedBy, id])
            let action = switch target { case .review: "submit"; case .published: approving && a.state == .published ? "approve v\(a.version)" : "approve"; case .retired: "retire"; case .draft: "draft" }
            try Self.event(db, id, who: who, action: action,
                           detail: [reason.map { "reason: \($0)" }, replacedBy.map { "replaced by #\($0)" }].compactMap { $0 }.joined(separator: "; "), now: now)
            try db.execute(sql: "UPDATE document SET needsIndex = 1 WHERE id = ?", arguments: [id])
        }
        try IndexMaintenance.catchUp(self)
    }

    /// A reviewer sends an article in review back to its author as a draft, saying why.
    public func rejectArticle(_ id: Int64, who: String, reason: String) throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw KBError.rule(.init("reasonNeeded", ["id": "\(id)"], missing: true, "rejecting article #\(id) needs a reason")) }
        try db.write { db in
            let a = try Self.article(db, id)
            guard a.state == .review else { throw KBError.badQuery("article #\(id) is \(a.state.rawValue); only an article in review can be rejected") }
            try db.execute(sql: "UPDATE article SET state = 'draft', updatedAt = ? WHERE id = ?", arguments: [Self.now(), id])
            try Self.event(db, id, who: who, action: "reject", detail: "reason: \(reason)", now: Self.now())
            try db.execute(sql: "UPDATE document SET needsIndex = 1 WHERE id = ?", arguments: [id])
        }
        try IndexMaintenance.catchUp(self)
    }

    private static func insertVersion(_ db: Database, _ id: Int64, _ v: Int, _ c: ArticleContent, who: String, note: String, now: String) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        let json = String(decoding: try enc.encode(c), as: UTF8.self)
        try db.execute(sql: "INSERT INTO articleVersion (articleId, version, content, who, at, note) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [id, v, json, who, now, note])
    }

    private static func event(_ db: Database, _ id: Int64, who: String, action: String, detail: String, now: String) throws {
        try db.execute(sql: "INSERT INTO articleEvent (articleId, at, who, action, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [id, now, who, action, detail])
    }

    /// Article states by document, for the indexer and search hits.
    func articleStates(_ db: Database, _ ids: [Int64]) throws -> [Int64: (ArticleState, Int64?)] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: (ArticleState, Int64?)] = [:]
        for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, state, replacedBy FROM article WHERE id IN \(ArchiveStore.idList)"),
                                  arguments: [ArchiveStore.idArgument(ids)]) {
            out[r["id"]] = (ArticleState(rawValue: r["state"]) ?? .draft, r["replacedBy"])
        }
        return out
    }
}

/// Drafting from a repair card, staleness, export and import.
public enum ArticleDesk {
    /// A draft prefilled from a repair card: fault, cause, fix and parts, linked to its source.
    public static func draft(from doc: StoredDocument) throws -> ArticleContent {
        guard doc.kind == .repair else {
            throw KBError.badQuery("document #\(doc.id) is a \(doc.kind.label), not a repair card")
        }
        func v(_ n: FieldName) -> String? { doc.fields.first { $0.name == n }?.value }
        let fault = v(.fault) ?? doc.title
        var body = "## 故障现象 / Fault\n\n\(fault)\n\n"
        if let c = v(.cause) { body += "## 原因 / Cause\n\n\(c)\n\n" }
        body += "## 处理方法 / Fix\n\n\(v(.action) ?? "（待补充）")\n\n"
        if let p = v(.parts) { body += "## 更换配件 / Parts\n\n\(p)\n\n" }
        body += "## 来源 / Source\n\n维修单 #\(doc.id)（\(doc.source)\(doc.date.map { "，" + $0 } ?? "")）\n"
        let faultKey = SameModel.faultKey(doc)
        return ArticleContent(title: "\(doc.models.first.map { $0 + " " } ?? "")\(BriefBuilder.clip(fault, 40))",
                              tags: ["repair"], models: doc.models, faults: faultKey.map { [$0] } ?? [], body: body)
    }

    public struct Stale: Sendable, Codable {
        public let id: Int64
        public let title: String
        public let reasons: [String]
    }

    /// Published articles past their review-by date, or whose models have repair cards since
    /// their last review with faults the article does not mention.
    public static func stale(_ store: ArchiveStore, today: String) throws -> [Stale] {
        var out: [Stale] = []
        for a in try store.articles(state: .published) {
            var reasons: [String] = []
            if let r = a.content.reviewBy, r < today { reasons.append("review was due \(r)") }
            let since = String((a.reviewedAt ?? a.createdAt).prefix(10))
            let text = try Normalizer.fold(a.content.title + "\n" + a.content.faults.joined(separator: " ") + "\n" + a.content.body)
            for model in a.content.models.compactMap(Normalizer.canonicalModel) {
                let cards = try store.repairDocuments(model: model).map(\.doc)
                var newFaults: [String: [Int64]] = [:]
                for d in try store.documents(Array(Set(cards)).sorted()) where (d.date ?? "") > since {
                    guard let key = SameModel.faultKey(d) else { continue }
                    let folded = try Normalizer.fold(key)
                    let keywords = try a.content.faults.map { try Normalizer.fold($0) }.filter { $0.count >= 2 }
                    if !text.contains(folded) && !keywords.contains(where: { folded.contains($0) }) {
                        newFaults[key, default: []].append(d.id.rawValue)
                    }
                }
                for (fault, docs) in newFaults.sorted(by: { $0.key < $1.key }) {
                    reasons.append("\(model): new fault since \(since) not covered: \(fault) (\(docs.map { "#\($0)" }.joined(separator: " ")))")
                }
            }
            if !reasons.isEmpty { out.append(Stale(id: a.id, title: a.content.title, reasons: reasons)) }
        }
        return out
    }

    /// Writes every article as `ID-slug.md` with front matter; returns the files written.
    public static func export(_ store: ArchiveStore, to dir: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var files: [URL] = []
        for a in try store.articles() {
            let slug = a.content.title.unicodeScalars.map { s -> String in
                (s.properties.isAlphabetic || ("0"..."9").contains(s)) ? String(s) : "-"
            }.joined().split(separator: "-").joined(separator: "-").prefix(40)
            let url = dir.appendingPathComponent("\(a.id)-\(slug).md")
            try ArticleFile.render(a).write(to: url, atomically: true, encoding: .utf8)
            files.append(url)
        }
        return files
    }

    public struct ImportReport: Sendable {
        public var created: [Int64] = []
        public var revised: [Int64] = []
        public var unchanged: [Int64] = []
        public var failed: [(file: String, reason: String)] = []
    }

    /// Reads a folder of such files: a file with a known id becomes a new version where its
    /// content changed; a file without one becomes a new draft. Bad files are reported.
    public static func importFolder(_ store: ArchiveStore, from dir: URL, who: String) throws -> ImportReport {
        var report = ImportReport()
        let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension.lowercased() == "md" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        for f in files {
            do {
                guard let data = FileManager.default.contents(atPath: f.path), let text = String(data: data, encoding: .utf8) else {
                    throw KBError.badInput(path: f.lastPathComponent, reason: "not readable as UTF-8 text")
                }
                let (content, id) = try ArticleFile.parse(text, file: f.lastPathComponent)
                if let id {
                    let before = try store.article(id)
                    let v = try store.reviseArticle(id, content: content, who: who, note: "imported from \(f.lastPathComponent)")
                    if v == before.version { report.unchanged.append(id) } else { report.revised.append(id) }
                } else {
                    let id = try store.createArticle(content, author: who)
                    report.created.append(id)
                    // The file now names its article, so importing the folder again changes nothing.
                    try ArticleFile.render(try store.article(id)).write(to: f, atomically: true, encoding: .utf8)
                }
            } catch let KBError.badInput(path, reason) {
                report.failed.append((path, reason))
            } catch let KBError.notFound(m) {
                report.failed.append((f.lastPathComponent, m))
            }
        }
        return report
    }
}

/// Line diffs between article versions, from the standard library's `difference(from:)`.
public enum ArticleDiff {
    public static func unified(_ a: String, _ b: String, from: String, to: String) -> String {
        let old = a.components(separatedBy: "\n"), new = b.components(separatedBy: "\n")
        let diff = new.difference(from: old)
        if diff.isEmpty { return "no differences between \(from) and \(to)\n" }
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in diff {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset)
            case let .insert(offset, _, _): inserted.insert(offset)
            }
        }
        var out = "--- \(from)\n+++ \(to)\n"
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) { out += "-\(old[i])\n"; i += 1 }
            else if j < new.count, inserted.contains(j) { out += "+\(new[j])\n"; j += 1 }
            else { if j < new.count { out += " \(new[j])\n" }; i += 1; j += 1 }
        }
        return out
    }
}

/// Training material and the models it covers.
public enum TrainingCatalog {
    public struct Item: Sendable, Codable {
        public let id: Int64
        public let title: String
        public let source: String
        public let models: [String]
    }

    /// Models are those of its fields, and any known model (from the units) named in its text.
    public static func list(_ store: ArchiveStore, model: String?) throws -> [Item] {
        let known = try store.knownModels()
        let wanted = model.flatMap(Normalizer.canonicalModel)
        if model != nil && wanted == nil { throw KBError.badQuery("--model '\(model ?? "")' is not a model number") }
        var out: [Item] = []
        for d in try store.documents(try store.documentIDs(kind: .training)) {
            let mentioned = Set(Normalizer.identifierTokens(inFolded: d.foldedText)).intersection(known)
            let models = Array(Set(d.models).union(mentioned)).sorted()
            if let wanted, !models.contains(wanted) { continue }
            out.append(Item(id: d.id.rawValue, title: d.title, source: d.source, models: models))
        }
        return out
    }
}
