import ArchiveIndex
import Foundation
import Hummingbird

/// The knowledge base's pages: articles by state, the editor, and an article with the steps
/// its reader may take (submit, approve, reject, retire), each checked by the library's rules.
extension Pages {
    func registerArticles(on router: Router<KBContext>, env: ServerEnvironment) {
        router.get("/articles") { request, context in
            try await guarded(.read, request, context) {
                let lang = Language.of(request)
                let q = try Query(request, allowed: [Param("state", ""), Param("model", "")])
                let chosen = q.string("state") ?? ArticleState.published.rawValue
                var data: [String: Any] = [
                    "heading": Strings.text("articles", lang), "newLabel": Strings.text("newArticle", lang),
                    "mayDraft": context.actor?.may(.draftArticles) ?? false,
                    "states": (ArticleState.allCases.map(\.rawValue) + ["stale", "training"]).map {
                        ["code": $0, "label": Strings.text("state." + $0, lang), "current": $0 == chosen] as [String: Any]
                    },
                ]
                switch chosen {
                case "stale":
                    // Published articles past their review date, or with faults on their models since they were reviewed.
                    let stale = try await env.read { try ArticleDesk.stale($0, today: WorkingDays.today()) }
                    data["articles"] = stale.map { ["id": $0.id, "title": $0.title, "reasons": $0.reasons.joined(separator: "; ")] as [String: Any] }
                case "training":
                    let model = q.string("model")
                    let items = try await env.read { try TrainingCatalog.list($0, model: model) }
                    data["training"] = true
                    data["model"] = model ?? ""
                    data["articles"] = items.map { ["document": $0.id, "title": $0.title, "reasons": $0.models.joined(separator: ", ")] as [String: Any] }
                default:
                    guard let state = ArticleState(rawValue: chosen) else { throw APIError(.badRequest, "unknown state '\(chosen)'", field: "state") }
                    let list = try await env.read { try $0.articles(state: state) }
                    data["articles"] = list.map { a -> [String: Any] in
                        Self.present(["id": a.id, "title": a.content.title, "state": Strings.text("state." + a.state.rawValue, lang),
                                      "version": a.version, "author": a.author, "pending": a.pendingReview ? Strings.text("state.review", lang) : nil])
                    }
                }
                return render("articles", title: Strings.text("articles", lang), data, request: request, context: context)
            }
        }
        router.get("/articles/new") { request, context in
            try await guarded(.draftArticles, request, context) { editor(request, context, action: "/articles", values: [:], error: nil) }
        }
        router.post("/articles") { request, context in
            try await posted(.draftArticles, request, context) { form, actor in
                let content = Self.content(form)
                if form["preview"] != nil { return editor(request, context, action: "/articles", values: form, error: nil, preview: true) }
                do {
                    let a = try await env.write { try $0.createArticle(content, by: actor) }
                    return Self.redirect("/articles/\(a.id)")
                } catch let e as KBError {
                    let (message, status) = refusal(e, request, context)
                    return editor(request, context, action: "/articles", values: form, error: message, status: status)
                }
            }
        }
        router.get("/articles/{id}/edit") { request, context in
            try await guarded(.draftArticles, request, context) {
                let id = try context.parameters.id()
                let a = try await env.read { try $0.article(id) }
                let c = a.content
                return editor(request, context, action: "/articles/\(id)/edit",
                              values: ["title": c.title, "models": c.models.joined(separator: ", "), "faults": c.faults.joined(separator: ", "), "body": c.body],
                              error: nil)
            }
        }
        router.post("/articles/{id}/edit") { request, context in
            try await posted(.draftArticles, request, context) { form, actor in
                let id = try context.parameters.id()
                if form["preview"] != nil { return editor(request, context, action: "/articles/\(id)/edit", values: form, error: nil, preview: true) }
                do {
                    _ = try await env.write { try $0.reviseArticle(id, content: Self.content(form), note: "edited", by: actor) }
                    return Self.redirect("/articles/\(id)")
                } catch let e as KBError {
                    let (message, status) = refusal(e, request, context)
                    return editor(request, context, action: "/articles/\(id)/edit", values: form, error: message, status: status)
                }
            }
        }
        router.get("/articles/{id}") { request, context in
            try await guarded(.read, request, context) {
                let id = try context.parameters.id()
                let done = try Query(request, allowed: [Param("done", "")]).string("done")
                return try await article(id, request, context, env, error: nil, notice: done)
            }
        }
        router.post("/articles/{id}/{step}") { request, context in
            try await posted(.draftArticles, request, context) { form, actor in
                let id = try context.parameters.id()
                guard let step = ArchiveService.ArticleStep(rawValue: try context.parameters.text("step")) else {
                    throw APIError(.notFound, "no such step")
                }
                let reason = form["reason"].flatMap { $0.isEmpty ? nil : $0 }
                let replacedBy = try form["replacedBy"].flatMap { $0.isEmpty ? nil : $0 }.map { text -> Int64 in
                    guard let n = Int64(text.trimmingCharacters(in: CharacterSet(charactersIn: "# "))), n > 0 else {
                        throw APIError(.badRequest, "'\(text)' is not an article's number", field: "replacedBy")
                    }
                    return n
                }
                do {
                    _ = try await env.write { try $0.transition(id, step, reason: reason, replacedBy: replacedBy, by: actor) }
                    return Self.redirect("/articles/\(id)?done=\(step.rawValue)")
                } catch let e as KBError {
                    // A refusal (one's own article, a missing reason) is shown on the article's page.
                    let (message, status) = refusal(e, request, context)
                    return try await article(id, request, context, env, error: message, notice: nil, status: status)
                }
            }
        }
    }

    func checkCSRF(_ form: [String: String], _ context: KBContext) -> Bool {
        guard let session = context.sessions.session else { return false }
        return Authentication.sameToken(form["csrf"], session.csrf)
    }

    static func content(_ form: [String: String]) -> ArticleContent {
        func list(_ key: String) -> [String] {
            (form[key] ?? "").split(whereSeparator: { ",，、".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return ArticleContent(title: (form["title"] ?? "").trimmingCharacters(in: .whitespaces), models: list("models"), faults: list("faults"),
                              body: (form["body"] ?? "").replacingOccurrences(of: "\r\n", with: "\n"))
    }

    /// The editor; with `preview`, the text as the article's page will show it, under the form.
    func editor(_ request: Request, _ context: KBContext, action: String, values: [String: String], error: String?,
                preview: Bool = false, status: HTTPResponse.Status = .ok) -> Response {
        let lang = Language.of(request)
        var data: [String: Any] = [
            "heading": Strings.text(action.hasSuffix("/edit") ? "editArticle" : "newArticle", lang), "action": action, "csrf": context.sessions.session?.csrf ?? "",
            "titleLabel": Strings.text("articleTitle", lang), "modelsLabel": Strings.text("articleModels", lang),
            "faultsLabel": Strings.text("articleFaults", lang), "bodyLabel": Strings.text("articleBody", lang), "saveLabel": Strings.text("save", lang),
            "previewLabel": Strings.text("preview", lang),
        ]
        if preview {
            let content = Self.content(values)
            do {
                try ArchiveService.checkLength(content)
                data["preview"] = MarkdownHTML.render(content.body)
            } catch {
                data["error"] = (error as? KBError).map { refusal($0, request, context).0 } ?? "\(error)"
            }
        }
        for key in ["title", "models", "faults", "body"] { data[key] = values[key] ?? "" }
        if let error { data["error"] = error }
        return render("article-edit", title: Strings.text("articles", lang), data, request: request, context: context, status: status)
    }

    func article(_ id: Int64, _ request: Request, _ context: KBContext, _ env: ServerEnvironment, error: String?, notice: String?,
                 status: HTTPResponse.Status = .ok) async throws -> Response {
        let lang = Language.of(request)
        let (a, versions, events) = try await env.read { store in (try store.article(id), try store.articleVersions(id), try store.articleEvents(id)) }
        let actor = context.actor
        let mine = try actor.map { try Normalizer.nameKey($0.name) == Normalizer.nameKey(a.author) } ?? false
        var steps: [ArchiveService.ArticleStep] = []
        switch a.state {
        case .draft: if mine || actor?.may(.reviewArticles) == true { steps.append(.submit) }
        case .review: if actor?.may(.reviewArticles) == true { steps += [.approve, .reject] }
        case .published: if actor?.may(.reviewArticles) == true { steps += (a.pendingReview ? [.approve] : []) + [.retire] }
        case .retired: break
        }
        // What a reviewer approves: the changes since the published version (or the whole text).
        var diff: String?
        if a.state == .review || a.pendingReview, let newest = versions.last {
            let base = versions.first { $0.version == a.publishedVersion }
            diff = ArticleDiff.unified(base.map { ArticleFile.render($0.content) } ?? "", ArticleFile.render(newest.content),
                                       from: base.map { "v\($0.version)" } ?? "—", to: "v\(newest.version)")
        }
        var data: [String: Any] = [
            "id": a.id, "title": a.content.title, "state": Strings.text("state." + a.state.rawValue, lang), "version": a.version, "author": a.author,
            "models": a.content.models.joined(separator: ", "), "bodyHTML": MarkdownHTML.render(a.content.body), "csrf": context.sessions.session?.csrf ?? "",
            "reasonLabel": Strings.text("reason", lang), "editLabel": Strings.text("edit", lang), "bodyLabel": Strings.text("articleBody", lang),
            "historyLabel": Strings.text("history", lang), "diffLabel": Strings.text("diffPublished", lang),
            "mayEdit": actor?.may(.reviewArticles) == true || (mine && a.state == .draft),
            "actions": steps.map { s -> [String: Any] in
                ["id": a.id, "step": s.rawValue, "label": Strings.text("step." + s.rawValue, lang), "csrf": context.sessions.session?.csrf ?? "",
                 "needsReason": s == .reject || s == .retire, "reasonLabel": Strings.text("reason", lang),
                 "mayReplace": s == .retire, "replacedByLabel": Strings.text("replacedBy", lang)]
            },
            "events": events.map { ["at": $0.at, "who": $0.who, "action": $0.action, "detail": $0.detail] },
        ]
        if let diff { data["diff"] = diff }
        if let error { data["error"] = error }
        if let notice, ArchiveService.ArticleStep(rawValue: notice) != nil { data["notice"] = Strings.text("done." + notice, lang) }
        return render("article", title: a.content.title, data, request: request, context: context, status: status)
    }
}
