import Foundation
import Testing
@testable import ArchiveIndex

@Suite struct ArticleTests {
    let dir: TempDir
    let store: ArchiveStore

    init() throws {
        dir = try TempDir("ArticleTests")
        let card = try dir.file("in/card.txt", """
            维修单
            客户名称：甲医院
            产品型号：TDL-5M
            出厂编号：TL5M-1706-0031
            服务日期：2023-03-15
            故障现象：离心机转速异常，达不到设定转速
            故障原因：碳刷磨损
            处理方法：更换碳刷一对，打磨换向器
            更换配件：碳刷 2 只
            """)
        store = try TestArchive(dir, paths: [card.deletingLastPathComponent()]).store
    }

    func content(_ title: String = "离心机碳刷更换要点", body: String = "碳刷剩余长度小于 8mm 必须成对更换，打磨换向器。") -> ArticleContent {
        ArticleContent(title: title, tags: ["centrifuge"], models: ["TDL-5M"], faults: ["转速异常"], owner: "王建军",
                       reviewBy: "2030-01-01", body: body)
    }

    func search(_ text: String, drafts: Bool = false, retired: Bool = false) throws -> [SearchHit] {
        var r = SearchRequest(text: text)
        r.drafts = drafts
        r.retired = retired
        r.limit = 20
        return try Searcher(store: store).search(r).hits
    }

    @Test func stateMachineWithRefusedSelfApproval() throws {
        let id = try store.createArticle(content(), author: "wang")
        #expect(try store.article(id).state == .draft)
        #expect(throws: KBError.self) { try store.transitionArticle(id, to: .published, who: "li") }   // not submitted
        try store.transitionArticle(id, to: .review, who: "wang")
        #expect(throws: KBError.self) { try store.transitionArticle(id, to: .review, who: "wang") }    // already in review
        #expect {
            try store.transitionArticle(id, to: .published, who: "wang")
        } throws: { ($0 as? KBError)?.description.contains("cannot approve") == true }
        for disguise in [" wang ", "WANG", "ｗａｎｇ"] {   // the author in other clothes
            #expect(throws: KBError.self, "\(disguise)") { try store.transitionArticle(id, to: .published, who: disguise) }
        }
        try store.transitionArticle(id, to: .published, who: "li")
        #expect(try store.article(id).state == .published)
        #expect(throws: KBError.self) { try store.transitionArticle(id, to: .retired, who: "li") }     // no reason
        try store.transitionArticle(id, to: .retired, who: "li", reason: "wrong torque values")
        #expect(throws: KBError.self) { try store.transitionArticle(id, to: .published, who: "li") }
        let actions = try store.articleEvents(id).map { "\($0.who) \($0.action)" }
        #expect(actions == ["wang create", "wang submit", "li approve", "li retire"])
    }

    @Test func versionsDiffAndRestore() throws {
        let id = try store.createArticle(content(), author: "wang")
        #expect(try store.reviseArticle(id, content: content(), who: "wang", note: "same") == 1)   // no change, no version
        var changed = content()
        changed.body += "\n更换后空载磨合 30 分钟。"
        #expect(try store.reviseArticle(id, content: changed, who: "li", note: "run-in") == 2)
        let versions = try store.articleVersions(id)
        #expect(versions.map(\.version) == [1, 2] && versions[1].who == "li")
        let diff = ArticleDiff.unified(versions[0].content.body, versions[1].content.body, from: "v1", to: "v2")
        #expect(diff.contains("+更换后空载磨合 30 分钟。"))
        #expect(try store.restoreArticle(id, version: 1, who: "wang") == 3)
        #expect(try store.article(id).content == content())
        #expect(try search("空载磨合", drafts: true).isEmpty)   // the index follows the current version
    }

    @Test func publishedArticlesOutrankRawCardsAndDraftsAndRetiredAreHidden() throws {
        let text = "离心机转速异常，达不到设定转速。故障原因：碳刷磨损。处理方法：更换碳刷一对，打磨换向器。"
        let id = try store.createArticle(content("离心机转速异常", body: text), author: "wang")
        #expect(!(try search("离心机转速异常").contains { $0.id.rawValue == id }))           // a draft is hidden
        #expect(try search("离心机转速异常", drafts: true).contains { $0.id.rawValue == id && $0.articleState == .draft })
        try store.transitionArticle(id, to: .review, who: "wang")
        try store.transitionArticle(id, to: .published, who: "li")
        let hits = try search("碳刷磨损 更换碳刷")
        #expect(hits.first?.id.rawValue == id && hits.count >= 2)
        #expect(hits.contains { $0.kind == .repair })
        let newer = try store.createArticle(content("离心机转速异常（新版）", body: text + "另查测速传感器。"), author: "wang")
        try store.transitionArticle(newer, to: .review, who: "wang")
        try store.transitionArticle(newer, to: .published, who: "li")
        try store.transitionArticle(id, to: .retired, who: "li", reason: "superseded", replacedBy: newer)
        #expect(!(try search("碳刷磨损").contains { $0.id.rawValue == id }))
        let withRetired = try search("碳刷磨损", retired: true)
        let old = try #require(withRetired.first { $0.id.rawValue == id })
        #expect(old.articleState == .retired && old.replacedBy == newer)
    }

    @Test func aRevisionOfAPublishedArticleWaitsForReview() throws {
        let id = try store.createArticle(content(body: "旧的做法：更换碳刷。"), author: "wang")
        try store.transitionArticle(id, to: .review, who: "wang")
        try store.transitionArticle(id, to: .published, who: "li")
        _ = try store.reviseArticle(id, content: content(body: "新的做法：更换碳刷并做动平衡。"), who: "wang", note: "balance")
        #expect(try store.article(id).pendingReview)
        #expect(try search("旧的做法").contains { $0.id.rawValue == id })     // the approved text stays in search
        #expect(!(try search("动平衡").contains { $0.id.rawValue == id }))
        #expect(throws: KBError.self) { try store.transitionArticle(id, to: .published, who: "Wang") }   // the reviser
        try store.transitionArticle(id, to: .published, who: "li")
        #expect(!(try store.article(id).pendingReview))
        #expect(try search("动平衡").contains { $0.id.rawValue == id })
        #expect(throws: KBError.self) { try store.transitionArticle(id, to: .published, who: "zhao") }   // nothing pending
    }

    @Test func aDraftFromACardExportedAndImportedIsTheSameVersion() throws {
        // Drafts from cards, and text pasted with blank lines or CRLF around it, used to come
        // back from an export as a new version awaiting review.
        let card = try #require(try store.documents(try store.allDocumentIDs()).first { $0.kind == .repair })
        let fromCard = try store.createArticle(try ArticleDesk.draft(from: card), author: "wang", sourceDoc: card.id)
        let padded = try store.createArticle(content(body: "\r\n碳刷成对更换。\r\n\r\n\n"), author: "wang")
        try store.transitionArticle(padded, to: .review, who: "wang")
        try store.transitionArticle(padded, to: .published, who: "li")
        let out = dir.url.appendingPathComponent("export-drafts")
        _ = try ArticleDesk.export(store, to: out)
        let r = try ArticleDesk.importFolder(store, from: out, who: "wang")
        #expect(r.unchanged.sorted() == [fromCard, padded].sorted() && r.revised.isEmpty, "\(r.revised) revised")
        #expect(try store.article(padded).version == 1 && !(try store.article(padded).pendingReview))
        // Spaces and blank lines around the text are no edit either.
        var same = try store.article(fromCard).content
        same.body = "\n\n" + same.body + "  \n"
        #expect(try store.reviseArticle(fromCard, content: same, who: "wang", note: "padding") == 1)
    }

    @Test func draftFromARepairCard() throws {
        let card = try #require(try store.documents(try store.allDocumentIDs()).first { $0.kind == .repair })
        let draft = try ArticleDesk.draft(from: card)
        #expect(draft.body.contains("更换碳刷一对") && draft.body.contains("碳刷 2 只") && draft.body.contains("#\(card.id)"))
        #expect(draft.models == ["TDL5M"])
        let id = try store.createArticle(draft, author: "wang", sourceDoc: card.id)
        #expect(try store.article(id).sourceDocId == card.id.rawValue)
    }

    @Test func staleArticles() throws {
        var c = content()
        c.reviewBy = "2024-01-31"
        let overdue = try store.createArticle(c, author: "wang")
        let fresh = try store.createArticle(content("TDL-5M 保养", body: "定期清洁转头，检查碳刷。"), author: "wang")
        for id in [overdue, fresh] {
            try store.transitionArticle(id, to: .review, who: "wang")
            try store.transitionArticle(id, to: .published, who: "li")
        }
        var stale = try ArticleDesk.stale(store, today: "2024-06-01")
        #expect(stale.map(\.id) == [overdue])
        // A later repair card of the model with a fault neither article mentions.
        let later = try dir.file("in/later.txt", "维修单\n产品型号：TDL-5M\n出厂编号：TL5M-1706-0031\n服务日期：2099-01-05\n故障现象：门锁无法打开，报 E07\n处理方法：更换门锁电磁铁\n")
        _ = try Ingestor(store: store).ingest([later.deletingLastPathComponent().path])
        stale = try ArticleDesk.stale(store, today: "2024-06-01")
        #expect(Set(stale.map(\.id)) == [overdue, fresh])
        #expect(stale.first { $0.id == fresh }?.reasons.contains { $0.contains("E07") } == true)
    }

    @Test func exportImportRoundTripChangesNothing() throws {
        let a = try store.createArticle(content(), author: "wang")
        let b = try store.createArticle(content("E23 处理", body: "清洗样本针。\n\n- 步骤一\n- 步骤二"), author: "li")
        try store.transitionArticle(b, to: .review, who: "li")
        let out = dir.url.appendingPathComponent("export")
        #expect(try ArticleDesk.export(store, to: out).count == 2)
        let r = try ArticleDesk.importFolder(store, from: out, who: "wang")
        #expect(r.unchanged.sorted() == [a, b] && r.revised.isEmpty && r.created.isEmpty && r.failed.isEmpty)
        #expect(try store.articleVersions(a).count == 1)
        // An edit made in another tool becomes a new version; a file without an id a new draft.
        let file = try #require(try FileManager.default.contentsOfDirectory(at: out, includingPropertiesForKeys: nil).first { $0.lastPathComponent.hasPrefix("\(a)-") })
        try (try String(contentsOf: file, encoding: .utf8) + "\n补充：更换后做动平衡。\n").write(to: file, atomically: true, encoding: .utf8)
        try "---\ntitle: 新文章\n---\n正文。\n".write(to: out.appendingPathComponent("new.md"), atomically: true, encoding: .utf8)
        let r2 = try ArticleDesk.importFolder(store, from: out, who: "wang")
        #expect(r2.revised == [a] && r2.created.count == 1 && r2.unchanged == [b])
        #expect(try store.article(a).version == 2)
        // The new file now carries its id: a third import creates nothing.
        let r3 = try ArticleDesk.importFolder(store, from: out, who: "wang")
        #expect(r3.created.isEmpty && r3.revised.isEmpty && r3.unchanged.count == 3)
        // Chinese is written as such, not as \u escapes.
        #expect(try String(contentsOf: file, encoding: .utf8).contains("title: 离心机碳刷更换要点"))
    }

    @Test(arguments: [
        ("no front matter\n", "no front matter"),
        ("---\ntags: [a]\n---\nbody\n", "'title'"),
        ("---\ntitle: x\ntags: [unclosed\n---\nbody\n", "malformed front matter"),
        ("---\ntitle: x\nreview_by: someday\n---\nbody\n", "'review_by'"),
        ("---\ntitle: x\n---\n\n", "no text"),
        ("---\ntitle: x\n", "not closed"),
        ("---\ntitle: x\nreviewby: 2025-01-01\n---\nbody\n", "'reviewby' is not known"),
    ])
    func badArticleFilesNameTheFileAndField(_ text: String, _ expected: String) {
        #expect {
            _ = try ArticleFile.parse(text, file: "bad.md")
        } throws: { e in
            guard case let KBError.badInput(path, reason) = e else { return false }
            return path == "bad.md" && reason.contains(expected)
        }
    }

    @Test func trainingListedByModel() throws {
        let t = try dir.file("in/training.txt", "培训资料\nTDL-5M 离心机操作与保养。\n")
        _ = try Ingestor(store: store).ingest([t.deletingLastPathComponent().path])
        let all = try TrainingCatalog.list(store, model: nil)
        #expect(all.count == 1 && all[0].models == ["TDL5M"])
        #expect(try TrainingCatalog.list(store, model: "tdl 5m").count == 1)
        #expect(try TrainingCatalog.list(store, model: "DA7600").isEmpty)
    }
}
