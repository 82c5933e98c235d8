import ArchiveIndex
import Foundation
import Hummingbird

/// A document's page, and the corrections of its links: a supervisor adds or removes a link
/// by hand; an engineer proposes one, which waits on `/links` for a supervisor to accept or
/// decline. Names kb could not decide between wait there too.
extension Pages {
    func registerDocuments(on router: Router<KBContext>, env: ServerEnvironment) {
        router.get("/documents/{id}") { request, context in
            try await guarded(.read, request, context) {
                let id = try context.parameters.id()
                let done = try Query(request, allowed: [Param("done", "")]).string("done")
                return try await document(id, request, context, env, error: nil, notice: done)
            }
        }
        router.post("/documents/{id}/links") { request, context in
            try await posted(.proposeLinks, request, context) { form, actor in
                let id = try context.parameters.id()
                do {
                    let value = (form["value"] ?? "").trimmingCharacters(in: .whitespaces)
                    guard !value.isEmpty else { throw KBError.badQuery("say which customer or serial") }
                    let target: ArchiveService.LinkTarget = form["target"] == "unit" ? .unit(value) : .customer(value)
                    guard let action = ArchiveService.LinkAction(rawValue: form["action"] ?? "") else { throw KBError.badQuery("the action is add or remove") }
                    // Who may correct does so; who may only propose, proposes.
                    if actor.may(.correctLinks) {
                        try await env.write { _ = try $0.correctLink(document: id, target, action, by: actor) }
                        return Self.redirect("/documents/\(id)?done=link")
                    }
                    let note = (form["note"] ?? "").trimmingCharacters(in: .whitespaces)
                    _ = try await env.write { try $0.proposeLink(document: id, target, action, note: note, by: actor) }
                    return Self.redirect("/documents/\(id)?done=proposed")
                } catch let e as KBError {
                    let (message, status) = refusal(e, request, context)
                    return try await document(id, request, context, env, error: message, notice: nil, status: status)
                }
            }
        }
        router.post("/documents/{id}/draft") { request, context in
            try await posted(.draftArticles, request, context) { _, actor in
                let id = try context.parameters.id()
                let a = try await env.write { try $0.draftArticle(fromDocument: id, by: actor) }
                return Self.redirect("/articles/\(a.id)/edit")
            }
        }
        router.get("/links") { request, context in
            try await guarded(.read, request, context) { try await links(request, context, env, error: nil) }
        }
        router.post("/reviews/{id}") { request, context in
            try await posted(.correctLinks, request, context) { form, actor in
                let id = try context.parameters.id()
                let customer = (form["customer"] ?? "").isEmpty ? nil : form["customer"]
                do {
                    _ = try await env.write { try $0.decideReview(document: id, name: form["name"], customer: customer, by: actor) }
                    return Self.redirect("/links")
                } catch let e as KBError {
                    let (message, status) = refusal(e, request, context)
                    return try await links(request, context, env, error: message, status: status)
                }
            }
        }
        router.post("/links/{id}/{decision}") { request, context in
            try await posted(.correctLinks, request, context) { form, actor in
                let id = try context.parameters.id()
                let decision = try context.parameters.text("decision")
                guard decision == "accept" || decision == "decline" else { throw APIError(.notFound, "no such decision") }
                do {
                    _ = try await env.write { try $0.decideProposal(id, accept: decision == "accept", by: actor) }
                    return Self.redirect("/links")
                } catch let e as KBError {
                    let (message, status) = refusal(e, request, context)
                    return try await links(request, context, env, error: message, status: status)
                }
            }
        }
    }

    /// `/documents/ID`: fields, links with how each was made (and their correction), the text as
    /// written, similar documents.
    func document(_ id: Int64, _ request: Request, _ context: KBContext, _ env: ServerEnvironment, error: String?, notice: String?,
                  status: HTTPResponse.Status = .ok) async throws -> Response {
        let lang = Language.of(request)
        let doc = try await env.read { DocumentResponse(try $0.requireDocument(id)) }
        let similar = (try? await env.search { s in try s.similar(to: DocumentID(id), limit: 5).results.hits }) ?? []
        let csrf = context.sessions.session?.csrf ?? ""
        let corrects = context.actor?.may(.correctLinks) ?? false
        var data: [String: Any] = [
            "id": doc.id, "docId": doc.id, "title": doc.title, "kind": Strings.kind(doc.kind, lang), "date": doc.date ?? "", "source": doc.source, "text": doc.text,
            "hasLinks": !doc.customers.isEmpty || !doc.units.isEmpty, "csrf": csrf,
            "customers": doc.customers.map { ["id": $0.id, "name": $0.name, "how": $0.how, "nameQuery": Self.encode($0.name)] as [String: Any] },
            "units": doc.units.map { Self.present(["serial": $0.serial, "serialPath": Self.encode($0.serial), "model": $0.model, "how": $0.how]) },
            "mayRemove": corrects,
            "mayCorrect": context.actor?.may(.proposeLinks) ?? false,
            "correctHeading": Strings.text(corrects ? "correctLink" : "proposeLink", lang),
            "needsNote": !corrects,
            "addLabel": Strings.text("action.add", lang), "removeLabel": Strings.text("action.remove", lang),
            "mayDraft": doc.kind == DocumentKind.repair.rawValue && context.actor?.may(.draftArticles) == true,
            "hasFields": !doc.fields.isEmpty,
            "fields": doc.fields.map { ["label": $0.label, "value": $0.value] },
            "hasSimilar": !similar.isEmpty,
            "similar": similar.map { Self.present(["id": $0.id.rawValue, "title": $0.title, "kind": Strings.kind($0.kind.rawValue, lang), "date": $0.date]) },
        ]
        if let error { data["error"] = error }
        if let notice, ["link", "proposed"].contains(notice) { data["notice"] = Strings.text("done." + notice, lang) }
        return render("document", title: doc.title, data, request: request, context: context, status: status)
    }

    /// `/links`: proposals waiting for a supervisor, and names kb could not decide between.
    func links(_ request: Request, _ context: KBContext, _ env: ServerEnvironment, error: String?,
               status: HTTPResponse.Status = .ok) async throws -> Response {
        let lang = Language.of(request)
        let (waiting, decided, reviews) = try await env.read { store in
            (try store.linkProposals(state: "waiting"), try store.linkProposals(state: nil).filter { $0.state != "waiting" }.suffix(30),
             try store.customerReviews().prefix(200))
        }
        let csrf = context.sessions.session?.csrf ?? ""
        let decides = context.actor?.may(.correctLinks) ?? false
        func row(_ p: LinkProposal) -> [String: Any] {
            Self.present(["id": p.id, "document": p.document, "action": Strings.text("action." + p.action, lang),
                          "target": Strings.text(p.target == "unit" ? "unit" : "customer", lang), "targetText": p.targetText,
                          "note": p.note.isEmpty ? nil : p.note, "by": p.proposedBy, "at": p.proposedAt,
                          "state": Strings.text("proposal." + p.state, lang), "decidedBy": p.decidedBy, "csrf": csrf, "decides": decides])
        }
        var data: [String: Any] = [
            "heading": Strings.text("linksHeading", lang),
            "waiting": waiting.map(row), "hasWaiting": !waiting.isEmpty,
            "decided": decided.reversed().map(row), "hasDecided": !decided.isEmpty,
            "reviews": reviews.map { r -> [String: Any] in
                ["document": r.document, "written": r.written, "reason": r.reason, "csrf": csrf, "decides": decides,
                 "candidates": r.candidates.map { ["id": $0.id, "name": $0.name] as [String: Any] }]
            },
            "hasReviews": !reviews.isEmpty,
        ]
        if let error { data["error"] = error }
        return render("links", title: Strings.text("linksHeading", lang), data, request: request, context: context, status: status)
    }
}
