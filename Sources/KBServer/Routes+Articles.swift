import ArchiveIndex
import Foundation
import Hummingbird

struct ArticleInput: APIInput {
    let title: String
    let body: String
    let tags: [String]?
    let models: [String]?
    let faults: [String]?
    let owner: String?
    let reviewBy: String?
    let note: String?
    static let fields = [
        Param("title", required: true, "the article's title"), Param("body", required: true, "its text, in Markdown"),
        Param("tags", .array, "tags"), Param("models", .array, "models it is about"), Param("faults", .array, "faults or error codes it covers"),
        Param("owner", "who keeps it current"), Param("reviewBy", "when it should next be reviewed (yyyy-MM-dd)"),
        Param("note", "what changed (a revision)"),
    ]

    func content() throws -> ArticleContent {
        if let r = reviewBy, DateParser.parse(r) == nil { throw APIError(.badRequest, "'reviewBy' is not a date (yyyy-MM-dd)", field: "reviewBy") }
        return ArticleContent(title: title, tags: tags ?? [], models: models ?? [], faults: faults ?? [], owner: owner,
                              reviewBy: reviewBy.flatMap(DateParser.parse), body: body)
    }
}

struct DraftFromInput: APIInput {
    let document: Int64
    static let fields = [Param("document", .integer, required: true, "the repair card to draft from")]
}

struct RestoreInput: APIInput {
    let version: Int
    static let fields = [Param("version", .integer, required: true, "the version to make current again")]
}

struct StepInput: APIInput {
    let reason: String?
    let replacedBy: Int64?
    static let fields = [Param("reason", "why (rejecting and retiring need one)"), Param("replacedBy", .integer, "the article that replaces a retired one")]
}

extension Routes {
    static let articleStates = [Param("state", "draft, review, published or retired")]

    static let articles: [Endpoint] = [
        Endpoint(method: .get, path: "/api/v1/articles", right: .read, summary: "Articles with their state and version", query: articleStates) { request, _, env in
            let text = try Query(request, allowed: articleStates).string("state")
            let state = try text.map { t -> ArticleState in
                guard let s = ArticleState(rawValue: t) else { throw APIError(.badRequest, "'state' is draft, review, published or retired", field: "state") }
                return s
            }
            return try JSONOut.response(["articles": try await env.read { try $0.articles(state: state) }])
        },
        Endpoint(method: .post, path: "/api/v1/articles", right: .draftArticles, summary: "A new draft article; returns it with its id",
                 body: .json(ArticleInput.fields)) { request, context, env in
            let actor = try context.requireActor()
            let content = try await Input.decode(ArticleInput.self, request, context).content()
            return try JSONOut.response(try await env.write { try $0.createArticle(content, by: actor) }, status: .created)
        },
        Endpoint(method: .post, path: "/api/v1/articles/drafts", right: .draftArticles, summary: "A new draft from a repair card's fault, cause and fix",
                 body: .json(DraftFromInput.fields)) { request, context, env in
            let actor = try context.requireActor()
            let input = try await Input.decode(DraftFromInput.self, request, context)
            return try JSONOut.response(try await env.write { try $0.draftArticle(fromDocument: input.document, by: actor) }, status: .created)
        },
        Endpoint(method: .get, path: "/api/v1/articles/{id}", right: .read, summary: "One article") { _, context, env in
            let id = try context.parameters.id()
            return try JSONOut.response(try await env.read { try $0.article(id) })
        },
        Endpoint(method: .put, path: "/api/v1/articles/{id}", right: .draftArticles,
                 summary: "A new version (engineers: their own drafts; trainers: any article)", body: .json(ArticleInput.fields)) { request, context, env in
            let (id, actor) = (try context.parameters.id(), try context.requireActor())
            let input = try await Input.decode(ArticleInput.self, request, context)
            let content = try input.content()
            let (_, article) = try await env.write { try $0.reviseArticle(id, content: content, note: input.note ?? "edited", by: actor) }
            return try JSONOut.response(article)
        },
        Endpoint(method: .get, path: "/api/v1/articles/{id}/history", right: .read, summary: "Every version and state change, with who and when") { _, context, env in
            let id = try context.parameters.id()
            struct Out: Encodable { let versions: [ArticleVersion]; let events: [ArticleEvent] }
            return try JSONOut.response(try await env.read { store in
                _ = try store.article(id)
                return Out(versions: try store.articleVersions(id), events: try store.articleEvents(id))
            })
        },
        Endpoint(method: .get, path: "/api/v1/articles/{id}/diff", right: .read, summary: "Line differences between two versions",
                 query: [Param("from", .integer, required: true, "the older version"), Param("to", .integer, required: true, "the newer version")]) { request, context, env in
            let id = try context.parameters.id()
            let q = try Query(request, allowed: [Param("from", .integer, required: true, ""), Param("to", .integer, required: true, "")])
            let (from, to) = (try q.int("from", in: 1...1_000_000) ?? 1, try q.int("to", in: 1...1_000_000) ?? 1)
            struct Out: Encodable { let id: Int64; let from: Int; let to: Int; let diff: String }
            return try JSONOut.response(try await env.read { store in
                let versions = try store.articleVersions(id)
                guard let a = versions.first(where: { $0.version == from }), let b = versions.first(where: { $0.version == to }) else {
                    throw KBError.notFound("article #\(id) has versions \(versions.map { String($0.version) }.joined(separator: ", "))")
                }
                return Out(id: id, from: from, to: to,
                           diff: ArticleDiff.unified(ArticleFile.render(a.content), ArticleFile.render(b.content), from: "v\(from)", to: "v\(to)"))
            })
        },
        Endpoint(method: .post, path: "/api/v1/articles/{id}/restore", right: .reviewArticles, summary: "Make an old version current again, as a new version",
                 body: .json(RestoreInput.fields)) { request, context, env in
            let (id, actor) = (try context.parameters.id(), try context.requireActor())
            let input = try await Input.decode(RestoreInput.self, request, context)
            _ = try await env.write { try $0.restoreArticle(id, version: input.version, by: actor) }
            return try JSONOut.response(try await env.read { try $0.article(id) })
        },
        Endpoint(method: .get, path: "/api/v1/articles/stale", right: .read,
                 summary: "Published articles past their review date, or whose models have new faults since", query: [Param("today", "as of this date")]) { request, _, env in
            let day = try Query(request, allowed: [Param("today", "")]).date("today", end: false) ?? WorkingDays.today()
            return try JSONOut.response(["stale": try await env.read { try ArticleDesk.stale($0, today: day) }])
        },
        step(.submit, "Send a draft for review", right: .draftArticles),
        step(.approve, "Publish an article in review (never by its author)", right: .reviewArticles),
        step(.reject, "Send an article in review back to draft, with a reason", right: .reviewArticles),
        step(.retire, "Retire an article, with a reason and maybe a replacement", right: .reviewArticles),
    ]

    static func step(_ step: ArchiveService.ArticleStep, _ summary: String, right: Right) -> Endpoint {
        Endpoint(method: .post, path: "/api/v1/articles/{id}/\(step.rawValue)", right: right, summary: summary,
                 body: .json(StepInput.fields)) { request, context, env in
            let (id, actor) = (try context.parameters.id(), try context.requireActor())
            // A body is optional for submit and approve.
            var input = StepInput(reason: nil, replacedBy: nil)
            if let length = request.headers[.contentLength], length != "0" {
                input = try await Input.decode(StepInput.self, request, context)
            }
            let (reason, replacedBy) = (input.reason, input.replacedBy)
            return try JSONOut.response(try await env.write { try $0.transition(id, step, reason: reason, replacedBy: replacedBy, by: actor) })
        }
    }
}
