import ArchiveIndex
import Foundation
import Hummingbird

extension Pages {
    static let searchParameters = [Param("q", ""), Param("kind", ""), Param("customer", ""), Param("model", ""), Param("serial", ""),
                                   Param("from", ""), Param("to", ""), Param("page", .integer, "")]

    /// `/search?q=…&kind=…&customer=…&model=…&from=…&to=…&page=…`: a bookmarkable search.
    func search(_ request: Request, _ context: KBContext, _ env: ServerEnvironment) async throws -> Response {
        let lang = Language.of(request)
        let q = try Query(request, allowed: Self.searchParameters, multiple: ["kind"])
        let text = q.string("q") ?? ""
        let page = try q.int("page", in: 1...10) ?? 1
        var search = SearchRequest(text: text)
        search.kinds = try q.all("kind").map { k in
            guard let kind = DocumentKind(name: k) else { throw APIError(.badRequest, "unknown kind '\(k)'", field: "kind") }
            return kind
        }
        search.customer = q.string("customer")
        search.model = q.string("model")
        search.serial = q.string("serial")
        search.from = try q.date("from", end: false)
        search.to = try q.date("to", end: true)
        search.offset = (page - 1) * Self.pageSize
        search.limit = Self.pageSize
        let filtered = !search.kinds.isEmpty || search.customer != nil || search.model != nil || search.serial != nil || search.from != nil || search.to != nil
        let hasQuery = !text.trimmingCharacters(in: .whitespaces).isEmpty || filtered
        let csrf = context.sessions.session?.csrf ?? ""
        var data: [String: Any] = ["query": text, "hasQuery": hasQuery, "from": q.string("from") ?? "", "to": q.string("to") ?? "", "csrf": csrf]
        // The account's saved searches, listed when there is no query yet.
        if !hasQuery, let account = context.identity?.id {
            let saved = try await env.read { try Accounts(store: $0).savedSearches(of: account) }
            data["hasSaved"] = !saved.isEmpty
            data["saved"] = saved.map { ["id": $0.id, "name": $0.name, "href": "/search?" + $0.query, "csrf": csrf] as [String: Any] }
        }
        guard hasQuery else { return render("search", title: Strings.text("search", lang), data, request: request, context: context) }
        let request_ = search
        let results = try await env.search { SearchResponse(try $0.search(request_)) }

        // The current parameters, to build the facet and paging links from.
        var current: [(String, String)] = []
        if !text.isEmpty { current.append(("q", text)) }
        for k in q.all("kind") { current.append(("kind", k)) }
        for name in ["customer", "model", "serial", "from", "to"] { if let v = q.string(name) { current.append((name, v)) } }
        data["saveQuery"] = current.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        data["mayKeep"] = context.sessions.session != nil
        func link(_ params: [(String, String)]) -> String {
            "/search?" + params.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        }
        var facets: [[String: Any]] = []
        for name in ["kind", "model", "customer", "year"] {
            let values = (results.facets[name] ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8)
            guard !values.isEmpty else { continue }
            facets.append(["name": name, "label": Strings.text(name, lang), "values": values.map { value, count -> [String: Any] in
                let add: [(String, String)] = name == "year" ? [("from", value), ("to", value)] : [(name, value)]
                let kept = current.filter { p in !add.contains { $0.0 == p.0 } || name == "kind" }
                let active = name == "year" ? q.string("from") == value && q.string("to") == value : q.all(name).contains(value) || q.string(name) == value
                return ["value": name == "kind" ? Strings.kind(value, lang) : value, "count": count, "href": link(kept + add), "active": active]
            }])
        }
        data["facets"] = facets
        data["hasFacets"] = !facets.isEmpty
        data["keep"] = current.filter { $0.0 != "from" && $0.0 != "to" }.map { ["name": $0.0, "value": $0.1] }
        data["filtered"] = filtered
        data["clear"] = link(text.isEmpty ? [] : [("q", text)])
        data["total"] = results.total
        data["resultsWord"] = Strings.text(results.total == 1 ? "result" : "results", lang)
        data["estimated"] = !results.facetsExact
        data["first"] = search.offset + 1
        data["notes"] = results.notes
        if !results.pinyin.isEmpty { data["pinyin"] = results.pinyin.joined(separator: " · ") }
        if let c = results.corrected {
            data["corrected"] = c
            data["asTyped"] = link(current) + "&page=1"
        }
        data["hits"] = results.hits.map { h -> [String: Any] in
            Self.present(["id": h.id, "title": h.title, "kind": Strings.kind(h.kind, lang), "date": h.date, "customer": h.customer,
                          "serialList": h.serials.joined(separator: ", "), "snippet": h.snippet, "source": h.source, "state": h.state])
        }
        if page > 1 { data["previous"] = link(current + [("page", String(page - 1))]) }
        if results.total > page * Self.pageSize, page < 10 { data["nextPage"] = link(current + [("page", String(page + 1))]) }
        return render("search", title: text.isEmpty ? Strings.text("search", lang) : text, data, request: request, context: context)
    }
}

extension Pages {
    /// The values that are there: a template shows nothing for a missing one (not "nil").
    static func present(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { $0 }
    }
}
