import ArchiveIndex
import Foundation
import Hummingbird

/// The customers' pages: the list (filtered by any of a customer's names), and a customer with
/// its aliases, units and documents; supervisors add aliases and merge customers there, with
/// the library's guards (a merge of two confirmed customers asks for a confirmation).
extension Pages {
    static let customersPerPage = 50
    static let documentsShown = 200

    func registerCustomers(on router: Router<KBContext>, env: ServerEnvironment) {
        router.get("/customers") { request, context in
            try await guarded(.read, request, context) {
                let lang = Language.of(request)
                let q = try Query(request, allowed: [Param("q", ""), Param("page", "")])
                let filter = (q.string("q") ?? "").trimmingCharacters(in: .whitespaces)
                let page = max(1, Int(q.string("page") ?? "1") ?? 1)
                let all = try await env.read { try $0.customerRecords() }
                let key = filter.isEmpty ? "" : ((try? Normalizer.nameKey(filter)) ?? filter.lowercased())
                let matching = key.isEmpty ? all : all.filter { c in
                    ([c.name] + c.aliases).contains { ((try? Normalizer.nameKey($0)) ?? $0.lowercased()).contains(key) }
                }
                let shown = matching.dropFirst((page - 1) * Self.customersPerPage).prefix(Self.customersPerPage)
                func link(_ p: Int) -> String { "/customers?q=\(Self.encode(filter))&page=\(p)" }
                var data: [String: Any] = [
                    "heading": Strings.text("customers", lang), "filter": filter,
                    "count": Strings.text("customerCount", lang).replacingOccurrences(of: "{n}", with: String(matching.count)),
                    "customers": shown.map { c -> [String: Any] in
                        Self.present(["id": c.id, "name": c.name, "aliases": c.aliases.isEmpty ? nil : c.aliases.prefix(4).joined(separator: "、"),
                                      "documents": c.documents, "units": c.units.count,
                                      "provisional": c.provisional ? Strings.text("provisional", lang) : nil])
                    },
                ]
                if page > 1 { data["previous"] = link(page - 1) }
                if matching.count > page * Self.customersPerPage { data["next"] = link(page + 1) }
                return render("customers", title: Strings.text("customers", lang), data, request: request, context: context)
            }
        }
        router.get("/customers/{id}") { request, context in
            try await guarded(.read, request, context) {
                let id = try context.parameters.id()
                let done = try Query(request, allowed: [Param("done", "")]).string("done")
                return try await customer(id, request, context, env, error: nil, notice: done)
            }
        }
        router.post("/customers/{id}/aliases") { request, context in
            try await posted(.correctLinks, request, context) { form, actor in
                let id = try context.parameters.id()
                let alias = (form["alias"] ?? "").trimmingCharacters(in: .whitespaces)
                do {
                    guard !alias.isEmpty else { throw KBError.badQuery("an alias may not be empty") }
                    _ = try await env.write { try $0.addAlias(customer: "#\(id)", alias: alias, by: actor) }
                    return Self.redirect("/customers/\(id)?done=alias")
                } catch let e as KBError {
                    let (message, status) = refusal(e, request, context)
                    return try await customer(id, request, context, env, error: message, notice: nil, status: status)
                }
            }
        }
        router.post("/customers/{id}/merge") { request, context in
            try await posted(.correctLinks, request, context) { form, actor in
                let id = try context.parameters.id()
                let other = (form["other"] ?? "").trimmingCharacters(in: .whitespaces)
                do {
                    guard !other.isEmpty else { throw KBError.badQuery("say which customer to merge into this one") }
                    _ = try await env.write { try $0.merge(keep: "#\(id)", other: other, confirmed: form["confirm"] == "on", by: actor) }
                    return Self.redirect("/customers/\(id)?done=merge")
                } catch let e as KBError {
                    let (message, status) = refusal(e, request, context)
                    return try await customer(id, request, context, env, error: message, notice: nil, status: status)
                }
            }
        }
    }

    func customer(_ id: Int64, _ request: Request, _ context: KBContext, _ env: ServerEnvironment, error: String?, notice: String?,
                  status: HTTPResponse.Status = .ok) async throws -> Response {
        let lang = Language.of(request)
        let found = try await env.read { store in try CustomerResponse(store: store, customer: try store.resolveCustomer("#\(id)")) }
        let c = found.customer
        let newest = found.documents.reversed().prefix(Self.documentsShown)
        var data: [String: Any] = [
            "id": c.id, "name": c.name, "csrf": context.sessions.session?.csrf ?? "",
            "provisional": c.provisional ? Strings.text("provisionalNote", lang) : "",
            "aliases": c.aliases, "hasAliases": !c.aliases.isEmpty,
            "units": c.units.map { ["serial": $0, "serialPath": Self.encode($0)] }, "hasUnits": !c.units.isEmpty,
            "documentsHeading": Strings.text("documents", lang) + " (\(found.documents.count))",
            "documents": newest.map { d in Self.present(["id": d.id, "date": d.date ?? "——", "title": d.title, "kind": Strings.kind(d.kind, lang)]) },
            "searchPath": "/search?customer=" + Self.encode(c.name),
            "mayCorrect": context.actor?.may(.correctLinks) ?? false,
        ]
        if found.documents.count > newest.count {
            data["more"] = Strings.text("newestShown", lang).replacingOccurrences(of: "{n}", with: String(newest.count))
        }
        if let error { data["error"] = error }
        if let notice, ["alias", "merge"].contains(notice) { data["notice"] = Strings.text("done." + notice, lang) }
        return render("customer", title: c.name, data, request: request, context: context, status: status)
    }
}
