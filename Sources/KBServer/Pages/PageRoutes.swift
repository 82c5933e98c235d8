import ArchiveIndex
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth

extension Pages {
    static let pageSize = 10

    /// The pages' routes: bookmarkable addresses, a login form, and one guard for rights.
    func register(on router: Router<KBContext>, env: ServerEnvironment) {
        router.get("/") { _, _ in Self.redirect("/search") }
        router.get("/static/{file}") { _, context in
            guard let r = staticFile(try context.parameters.text("file")) else { throw APIError(.notFound, "no such file") }
            return r
        }
        // The language switch: a link sets the browser's cookie; a signed-in person's form
        // (POST, with the session's CSRF token) keeps it for the account too, so that its other
        // browsers and phones open in it. A GET never writes.
        router.get("/language/{code}") { request, context in try Self.switchLanguage(request, context, env) }
        router.post("/language/{code}") { request, context in
            try await posted(.read, request, context) { _, _ in
                let response = try Self.switchLanguage(request, context, env)  // refuses a language kb lacks
                if let account = context.identity?.id {
                    let code = try context.parameters.text("code")
                    try await env.write { try Accounts(store: $0.store).setLanguage(of: account, code) }
                }
                return response
            }
        }
        router.get("/login") { request, context in
            let next = Self.safeNext(try Query(request, allowed: [Param("next", "")]).string("next"))
            if context.identity != nil { return Self.redirect(next) }
            return render("login", title: Strings.text("login", Language.of(request)), ["next": next], request: request, context: context)
        }
        router.post("/login") { request, context in try await login(request, context, env) }
        router.post("/logout") { request, context in
            let form = try await Self.form(request)
            if let session = context.sessions.session, Authentication.sameToken(form["csrf"], session.csrf) {
                context.sessions.clearSession()
            }
            return Self.redirect("/login")
        }
        router.get("/search") { request, context in
            try await guarded(.read, request, context) { try await search(request, context, env) }
        }
        router.post("/searches") { request, context in
            try await posted(.read, request, context) { form, actor in
                guard let account = context.identity?.id else { throw APIError(.unauthorized, "log in first") }
                let query = form["query"] ?? ""
                do {
                    try await env.write { _ = try Accounts(store: $0.store).saveSearch(of: account, name: form["name"] ?? "", query: query) }
                    return Self.redirect("/search?" + query)
                } catch let e as KBError {
                    let (message, status) = refusal(e, request, context)
                    return error(status, message, request: request, context: context)
                }
            }
        }
        router.post("/searches/{id}/delete") { request, context in
            try await posted(.read, request, context) { _, _ in
                guard let account = context.identity?.id else { throw APIError(.unauthorized, "log in first") }
                let id = try context.parameters.id()
                try await env.write { try Accounts(store: $0.store).deleteSavedSearch(of: account, id: id) }
                return Self.redirect("/search")
            }
        }
        registerDocuments(on: router, env: env)
        registerCustomers(on: router, env: env)
        router.get("/units/{serial}") { request, context in
            try await guarded(.read, request, context) {
                let serial = try context.parameters.text("serial")
                let unit = try await env.read { store in try UnitResponse(store: store, unit: try store.resolveUnit(serial)) }
                let data: [String: Any] = [
                    "serial": unit.serial, "serialAsWritten": unit.serialAsWritten, "serialPath": Self.encode(unit.serial),
                    "model": unit.model ?? "—", "owner": unit.owner ?? "—",
                    "facts": unit.facts.map { ["name": $0.fact.replacingOccurrences(of: "_", with: " "), "value": $0.value] },
                    "documents": unit.documents.map { d -> [String: Any] in
                        Self.present(["id": d.id, "date": d.date ?? "——", "title": d.title, "kind": d.kind, "fault": d.fault.map { BriefBuilder.clip($0, 80) }])
                    },
                ]
                return render("unit", title: unit.serialAsWritten, data, request: request, context: context)
            }
        }
        router.get("/briefs/{serial}") { request, context in
            try await guarded(.read, request, context) {
                let serial = try context.parameters.text("serial")
                let store = env.store
                let brief = try await env.search(long: true) { try BriefBuilder.build(.serial(serial), store: store, today: WorkingDays.today(), searcher: $0, cache: env.briefs) }
                return render("brief", title: Strings.text("brief", Language.of(request)) + " " + brief.subject,
                              ["brief": BriefRenderer.htmlBody(brief)], request: request, context: context)
            }
        }
        registerArticles(on: router, env: env)
        registerSlips(on: router, env: env)
        registerAdmin(on: router, env: env)
        router.get("/audit") { request, context in
            try await guarded(.readAudit, request, context) {
                let actor = try context.requireActor()
                let q = try Query(request, allowed: [Param("who", ""), Param("slip", ""), Param("from", ""), Param("to", "")])
                let (who, slip) = (q.string("who"), q.string("slip"))
                let (from, to) = (try q.date("from", end: false), try q.date("to", end: true))
                let (entries, problems) = try await env.read { store -> ([AuditEntry], [String]) in
                    let service = ArchiveService(store: store)
                    return (try service.auditEntries(slip: slip, who: who, from: from, to: to, by: actor), try service.verifyAudit(by: actor))
                }
                let lang = Language.of(request)
                let data: [String: Any] = [
                    "who": who ?? "", "slip": slip ?? "", "from": q.string("from") ?? "", "to": q.string("to") ?? "", "slipLabel": Strings.text("slip.number", lang),
                    "heading": lang == .en ? "Audit log" : lang == .zhHant ? "稽核紀錄" : "审计日志",
                    "intact": problems.isEmpty,
                    "verdict": problems.isEmpty ? (lang == .en ? "Hash chain intact" : lang == .zhHant ? "雜湊鏈完整" : "哈希链完整")
                        : problems.joined(separator: "; "),
                    "entries": entries.suffix(300).reversed().map { e -> [String: Any] in
                        ["seq": e.seq, "at": e.at, "who": e.who, "action": e.action, "slip": e.slip ?? "", "detail": e.detail]
                    },
                ]
                return render("audit", title: data["heading"] as? String ?? "", data, request: request, context: context)
            }
        }
    }

    /// Runs a page for an account holding `right`: without a login, to the login page; without
    /// the right, a 403 page that says so; errors as pages in the account's language.
    func guarded(_ right: Right, _ request: Request, _ context: KBContext, _ body: () async throws -> Response) async throws -> Response {
        guard let actor = context.actor else {
            return Self.redirect("/login?next=" + Self.encode(request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")))
        }
        guard actor.may(right) else {
            let lang = Language.of(request)
            let held = Policy.roles(holding: right).map { Strings.role($0.rawValue, lang) }.joined(separator: lang == .en ? ", " : "、")
            let message = Strings.text("forbiddenDetail", lang)
                .replacingOccurrences(of: "{role}", with: actor.role.map { Strings.role($0.rawValue, lang) } ?? "").replacingOccurrences(of: "{roles}", with: held)
            return error(.forbidden, message, right: right.rawValue, request: request, context: context)
        }
        do {
            return try await body()
        } catch let e as KBError {
            let (message, status) = refusal(e, request, context)
            return error(status, message, request: request, context: context)
        } catch let e as APIError {
            return error(e.status, e.message, request: request, context: context)
        }
    }

    /// A form posted by a page: the right, the session's CSRF token in the form (a bearer token
    /// or a form from elsewhere carries none), then the act with the form and who sends it.
    func posted(_ right: Right, _ request: Request, _ context: KBContext,
                _ act: @escaping ([String: String], Actor) async throws -> Response) async throws -> Response {
        try await guarded(right, request, context) {
            let form = try await Self.form(request)
            guard let actor = context.actor, checkCSRF(form, context) else { return error(.forbidden, "CSRF", request: request, context: context) }
            return try await act(form, actor)
        }
    }

    /// Back to the page the switch was on (one of kb's own), in the language asked for.
    static func switchLanguage(_ request: Request, _ context: KBContext, _ env: ServerEnvironment) throws -> Response {
        let code = try context.parameters.text("code")
        guard Language(rawValue: code) != nil else { throw APIError(.notFound, "no such language") }
        let next = safeNext(try Query(request, allowed: [Param("next", "")]).string("next"))
        var r = redirect(next)
        r.setCookie(languageCookie(code, env))
        return r
    }

    /// The pages' language, remembered by the browser for a year.
    static func languageCookie(_ code: String, _ env: ServerEnvironment) -> Cookie {
        Cookie(name: "kb_lang", value: code, maxAge: 365 * 86400, path: "/", secure: env.configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }

    /// A form-encoded body (at most 64 KB).
    static func form(_ request: Request) async throws -> [String: String] {
        var request = request
        let buffer = try await request.collectBody(upTo: 64 << 10)
        var out: [String: String] = [:]
        for (k, v) in try Query.pairs(String(buffer: buffer)) where out[k] == nil { out[k] = v }
        return out
    }

    func login(_ request: Request, _ context: KBContext, _ env: ServerEnvironment) async throws -> Response {
        let lang = Language.of(request)
        // A login form posted from another site is refused (the browser says where it came from).
        if let origin = request.headers[.origin], let authority = request.head.authority,
           URL(string: origin).flatMap({ u in u.host.map { $0 + (u.port.map { ":\($0)" } ?? "") } }) != authority {
            return error(.forbidden, "a login from another site", request: request, context: context)
        }
        let form = try await Self.form(request)
        let name = (form["user"] ?? "").trimmingCharacters(in: .whitespaces)
        let next = Self.safeNext(form["next"])
        func again(_ message: String, _ status: HTTPResponse.Status) -> Response {
            render("login", title: Strings.text("login", lang), ["next": next, "user": name, "error": message], request: request, context: context, status: status)
        }
        switch try await env.login(name: name, password: form["password"] ?? "", context: context) {
        case .malformedName: return again(Strings.text("loginFailed", lang), .badRequest)
        case .refused: return again(Strings.text("tooMany", lang), .tooManyRequests)
        case .wrong: return again(Strings.text("loginFailed", lang), .unauthorized)
        case .loggedIn(let account, _):
            var r = Self.redirect(next)
            if let code = try await env.read({ try Accounts(store: $0).language(of: account.id) }), Language(rawValue: code) != nil {
                r.setCookie(Self.languageCookie(code, env))
            }
            return r
        }
    }
}
