import ArchiveIndex
import Foundation
import HTTPTypes
import Hummingbird

struct LinkInput: APIInput {
    let customer: String?
    let serial: String?
    let action: String
    static let fields = [Param("customer", "a customer: name, alias, fragment or #id"), Param("serial", "a unit's serial, in any format"),
                         Param("action", required: true, "add or remove")]

    func target() throws -> ArchiveService.LinkTarget {
        switch (customer, serial) {
        case (let c?, nil): return .customer(c)
        case (nil, let s?): return .unit(s)
        default: throw APIError(.badRequest, "give exactly one of 'customer' or 'serial'", field: customer == nil ? "customer" : "serial")
        }
    }

    func linkAction() throws -> ArchiveService.LinkAction {
        guard let a = ArchiveService.LinkAction(rawValue: action) else { throw APIError(.badRequest, "'action' is add or remove", field: "action") }
        return a
    }
}

struct ProposalInput: APIInput {
    let customer: String?
    let serial: String?
    let action: String
    let note: String?
    static let fields = LinkInput.fields + [Param("note", "why the link is wrong or missing")]

    var link: LinkInput { LinkInput(customer: customer, serial: serial, action: action) }
}

struct AliasInput: APIInput {
    let alias: String
    static let fields = [Param("alias", required: true, "another name of the customer")]
}

struct MergeInput: APIInput {
    let keep: String
    let other: String
    let confirm: Bool?
    static let fields = [Param("keep", required: true, "the customer to keep"), Param("other", required: true, "the customer merged into it"),
                         Param("confirm", .boolean, "true when both are confirmed customers")]
}

struct ReviewInput: APIInput {
    let customer: String?
    let none: Bool?
    let name: String?
    static let fields = [Param("customer", "the customer it is"), Param("none", .boolean, "true: none of the candidates"),
                         Param("name", "which waiting name, when the document has several")]
}

struct SynonymInput: APIInput {
    let terms: [String]
    static let fields = [Param("terms", .array, required: true, "two or more terms that mean the same")]
}

extension Routes {
    static let searchParameters = [
        Param("q", "what to search for: fault phrases, serials, models, customers, in any script"),
        Param("limit", .integer, "how many hits (1 to 100; default 10)"),
        Param("kind", "only documents of this kind (repeatable)"), Param("customer", "only documents of customers whose name contains this"),
        Param("serial", "only documents about this serial"), Param("model", "only documents about this model"),
        Param("from", "only documents dated on or after (2023, 2023-01 or 2023-01-15)"), Param("to", "only documents dated on or before"),
        Param("drafts", .boolean, "include articles in draft or review"), Param("retired", .boolean, "include retired articles"),
        Param("facets", .integer, "values listed per facet, the commonest first (0 to 1000; default 20); 0 counts none, and the total is then an estimate"),
    ]

    static let archive: [Endpoint] = [
        Endpoint(method: .get, path: "/api/v1/search", right: .read, summary: "Search, with filters and facets", query: searchParameters) { request, _, env in
            let q = try Query(request, allowed: searchParameters, multiple: ["kind"])
            var search = SearchRequest(text: q.string("q") ?? "")
            search.kinds = try q.all("kind").map { k in
                guard let kind = DocumentKind(name: k) else {
                    throw APIError(.badRequest, "unknown kind '\(k)' (\(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")))", field: "kind")
                }
                return kind
            }
            search.customer = q.string("customer")
            search.serial = q.string("serial")
            search.model = q.string("model")
            search.from = try q.date("from", end: false)
            search.to = try q.date("to", end: true)
            search.limit = try q.int("limit", in: 1...100) ?? 10
            search.drafts = try q.bool("drafts")
            search.retired = try q.bool("retired")
            search.facetValues = try q.int("facets", in: 0...1000) ?? SearchRequest.defaultFacetValues
            let request = search
            return try JSONOut.response(try await env.search { SearchResponse(try $0.search(request)) })
        },
        Endpoint(method: .get, path: "/api/v1/documents/{id}", right: .read, summary: "One document: fields, links, text") { _, context, env in
            let id = try context.parameters.id()
            return try JSONOut.response(try await env.read { DocumentResponse(try $0.requireDocument(id)) })
        },
        Endpoint(method: .get, path: "/api/v1/documents/{id}/similar", right: .read, summary: "Documents like this one",
                 query: [Param("limit", .integer, "how many (1 to 100; default 10)")]) { request, context, env in
            let id = try context.parameters.id()
            let limit = try Query(request, allowed: [Param("limit", .integer, "")]).int("limit", in: 1...100) ?? 10
            struct Out: Encodable { let id: Int64; let terms: [String]; let results: SearchResponse }
            return try JSONOut.response(try await env.search { s in
                let (terms, results) = try s.similar(to: DocumentID(id), limit: limit)
                return Out(id: id, terms: terms, results: SearchResponse(results))
            })
        },
        Endpoint(method: .get, path: "/api/v1/documents/{id}/links", right: .read, summary: "Every link of a document and how it was made") { _, context, env in
            let id = try context.parameters.id()
            struct Out: Encodable { let document: Int64; let links: [LinkExplanation] }
            return try JSONOut.response(try await env.read { store in
                _ = try store.requireDocument(id)
                return Out(document: id, links: try store.explainLinks(DocumentID(id)))
            })
        },
        Endpoint(method: .get, path: "/api/v1/documents/{id}/original", right: .read,
                 summary: "The file a document was read from, byte for byte, while it is still where it was ingested from and unchanged",
                 returnsBytes: Array(Set(OriginalFile.contentTypes.values)).sorted()) { _, context, env in
            let id = try context.parameters.id()
            let file = try await env.read { try $0.originalFile(of: id) }
            // The name as ASCII for old clients, in full as RFC 5987 for the rest; always a download.
            let ascii = file.name.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
            let full = file.name.addingPercentEncoding(withAllowedCharacters: Pages.unreserved) ?? ascii
            return Response(status: .ok, headers: [.contentType: file.contentType,
                                                   .contentDisposition: "attachment; filename=\"\(ascii.isEmpty ? "document" : ascii)\"; filename*=UTF-8''\(full)"],
                            body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
        },
        Endpoint(method: .post, path: "/api/v1/documents/{id}/links", right: .correctLinks, summary: "Link a document by hand, or remove a wrong link",
                 body: .json(LinkInput.fields)) { request, context, env in
            let (id, actor) = (try context.parameters.id(), try context.requireActor())
            let input = try await Input.decode(LinkInput.self, request, context)
            let (target, action) = (try input.target(), try input.linkAction())
            let what = try await env.write { try $0.correctLink(document: id, target, action, by: actor) }
            return try JSONOut.response(["document": "#\(id)", "action": action.rawValue, "target": what])
        },
        Endpoint(method: .post, path: "/api/v1/documents/{id}/link-proposals", right: .proposeLinks,
                 summary: "Propose that a link of a document is wrong or missing (a supervisor decides)", body: .json(ProposalInput.fields)) { request, context, env in
            let (id, actor) = (try context.parameters.id(), try context.requireActor())
            let input = try await Input.decode(ProposalInput.self, request, context)
            let (target, action) = (try input.link.target(), try input.link.linkAction())
            let p = try await env.write { try $0.proposeLink(document: id, target, action, note: input.note ?? "", by: actor) }
            return try JSONOut.response(p, status: .created)
        },
        Endpoint(method: .get, path: "/api/v1/link-proposals", right: .read, summary: "Link proposals waiting for a supervisor",
                 query: [Param("state", "waiting (default), accepted, declined or all")]) { request, _, env in
            let state = try Query(request, allowed: [Param("state", "")]).string("state") ?? "waiting"
            guard ["waiting", "accepted", "declined", "all"].contains(state) else {
                throw APIError(.badRequest, "'state' is waiting, accepted, declined or all", field: "state")
            }
            return try JSONOut.response(["proposals": try await env.read { try $0.linkProposals(state: state == "all" ? nil : state) }])
        },
        Endpoint(method: .post, path: "/api/v1/link-proposals/{id}/accept", right: .correctLinks, summary: "Accept a proposal: the link is corrected by hand") { _, context, env in
            let (id, actor) = (try context.parameters.id(), try context.requireActor())
            return try JSONOut.response(try await env.write { try $0.decideProposal(id, accept: true, by: actor) })
        },
        Endpoint(method: .post, path: "/api/v1/link-proposals/{id}/decline", right: .correctLinks, summary: "Decline a proposal") { _, context, env in
            let (id, actor) = (try context.parameters.id(), try context.requireActor())
            return try JSONOut.response(try await env.write { try $0.decideProposal(id, accept: false, by: actor) })
        },
        Endpoint(method: .get, path: "/api/v1/units/{serial}", right: .read, summary: "A unit and every document about it") { _, context, env in
            let serial = try context.parameters.text("serial")
            return try JSONOut.response(try await env.read { store in try UnitResponse(store: store, unit: try store.resolveUnit(serial)) })
        },
        Endpoint(method: .get, path: "/api/v1/briefs", right: .read, summary: "The pre-visit brief of a unit or a customer",
                 query: briefParameters) { request, _, env in
            let q = try Query(request, allowed: briefParameters)
            let subject: BriefBuilder.Subject
            switch (q.string("serial"), q.string("customer")) {
            case (let s?, nil): subject = .serial(s)
            case (nil, let c?): subject = .customer(c)
            default: throw APIError(.badRequest, "give exactly one of 'serial' or 'customer'", field: "serial")
            }
            let today = try q.string("today").map { t -> String in
                guard let d = DateParser.parse(t) else { throw APIError(.badRequest, "'today' is not a date", field: "today") }
                return d
            } ?? WorkingDays.today()
            let store = env.store
            let brief = try await env.search(long: true) { try BriefBuilder.build(subject, store: store, today: today, searcher: $0, cache: env.briefs) }
            if q.string("format") == "html" {
                // The printable page carries its own styles and nothing else.
                return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8",
                                                       .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"],
                                body: .init(byteBuffer: .init(string: BriefRenderer.render(brief, as: .html))))
            }
            guard q.string("format") ?? "json" == "json" else { throw APIError(.badRequest, "'format' is json or html", field: "format") }
            return try JSONOut.response(brief)
        },
        Endpoint(method: .get, path: "/api/v1/customers", right: .read, summary: "Every customer, with aliases, units and document counts") { _, _, env in
            try JSONOut.response(["customers": try await env.read { try $0.customerRecords() }])
        },
        Endpoint(method: .get, path: "/api/v1/customers/{customer}", right: .read, summary: "One customer: aliases, units, documents") { _, context, env in
            let text = try context.parameters.text("customer")
            return try JSONOut.response(try await env.read { store in try CustomerResponse(store: store, customer: try store.resolveCustomer(text)) })
        },
        Endpoint(method: .post, path: "/api/v1/customers/{customer}/aliases", right: .correctLinks, summary: "Add an alias to a customer",
                 body: .json(AliasInput.fields)) { request, context, env in
            let (text, actor) = (try context.parameters.text("customer"), try context.requireActor())
            let input = try await Input.decode(AliasInput.self, request, context)
            let c = try await env.write { try $0.addAlias(customer: text, alias: input.alias, by: actor) }
            return try JSONOut.response(c)
        },
        Endpoint(method: .post, path: "/api/v1/customers/merge", right: .correctLinks, summary: "Merge one customer into another",
                 body: .json(MergeInput.fields)) { request, context, env in
            let actor = try context.requireActor()
            let input = try await Input.decode(MergeInput.self, request, context)
            let (kept, merged) = try await env.write { try $0.merge(keep: input.keep, other: input.other, confirmed: input.confirm ?? false, by: actor) }
            return try JSONOut.response(["kept": kept.id, "merged": merged.id])
        },
        Endpoint(method: .get, path: "/api/v1/reviews", right: .read, summary: "Customer names waiting for a person's decision") { _, _, env in
            try JSONOut.response(["waiting": try await env.read { try $0.customerReviews() }])
        },
        Endpoint(method: .post, path: "/api/v1/reviews/{id}", right: .correctLinks, summary: "Decide a waiting name of a document",
                 body: .json(ReviewInput.fields)) { request, context, env in
            let (id, actor) = (try context.parameters.id(), try context.requireActor())
            let input = try await Input.decode(ReviewInput.self, request, context)
            guard (input.customer == nil) == (input.none == true) else {
                throw APIError(.badRequest, "give exactly one of 'customer' or 'none': true", field: "customer")
            }
            let (written, chosen) = try await env.write { try $0.decideReview(document: id, name: input.name, customer: input.customer, by: actor) }
            struct Out: Encodable { let document: Int64; let written: String; let customer: CustomerRecord? }
            return try JSONOut.response(Out(document: id, written: written, customer: chosen))
        },
        Endpoint(method: .get, path: "/api/v1/unresolved", right: .read, summary: "Documents naming a customer or serial kb could not resolve") { _, _, env in
            struct Item: Encodable { let id: Int64; let source: String; let problem: String }
            return try JSONOut.response(["unresolved": try await env.read { try $0.unresolvedLinks().map { Item(id: $0.doc.rawValue, source: $0.source, problem: $0.what) } }])
        },
        Endpoint(method: .get, path: "/api/v1/training", right: .read, summary: "Training material and the models it covers",
                 query: [Param("model", "only material about this model")]) { request, _, env in
            let model = try Query(request, allowed: [Param("model", "")]).string("model")
            return try JSONOut.response(["training": try await env.read { try TrainingCatalog.list($0, model: model) }])
        },
        Endpoint(method: .get, path: "/api/v1/synonyms", right: .read, summary: "Every synonym group") { _, _, env in
            try JSONOut.response(["synonyms": try await env.read { try $0.synonymGroups() }])
        },
        Endpoint(method: .post, path: "/api/v1/synonyms", right: .editSynonyms, summary: "Make terms synonyms",
                 body: .json(SynonymInput.fields)) { request, context, env in
            let actor = try context.requireActor()
            let input = try await Input.decode(SynonymInput.self, request, context)
            try await env.write { try $0.addSynonyms(input.terms, by: actor) }
            return try JSONOut.response(["synonyms": input.terms], status: .created)
        },
        Endpoint(method: .delete, path: "/api/v1/synonyms/{term}", right: .editSynonyms, summary: "Take a term out of its synonym groups") { _, context, env in
            let (term, actor) = (try context.parameters.text("term"), try context.requireActor())
            try await env.write { try $0.removeSynonym(term, by: actor) }
            return try JSONOut.response(["removed": term])
        },
        Endpoint(method: .get, path: "/api/v1/stats", right: .read, summary: "Counts: files, documents by kind, customers, units, index") { _, _, env in
            try JSONOut.response(try await env.read { try $0.statistics() })
        },
    ]

    static let briefParameters = [Param("serial", "the unit's serial, in any format"), Param("customer", "or the customer"),
                                  Param("today", "warranty and deadlines as of this date (default: today)"),
                                  Param("format", "json (default) or html (prints on A4)")]
}
