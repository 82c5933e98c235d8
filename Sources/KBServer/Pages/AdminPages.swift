import ArchiveIndex
import Foundation
import HTTPTypes
import Hummingbird

/// `/admin`: accounts and roles, the archive's counts, files uploaded to ingest, and the
/// index's upkeep (catch up, compact, check). Each act goes through the library, which names
/// the admin on the audit log.
extension Pages {
    static let maxIngestFiles = 50

    func registerAdmin(on router: Router<KBContext>, env: ServerEnvironment) {
        router.get("/admin") { request, context in
            try await guarded(.manageUsers, request, context) {
                let done = try Query(request, allowed: [Param("done", "")]).string("done")
                return try await admin(request, context, env, outcome: done.flatMap { Self.adminNotices.contains($0) ? .notice("done." + $0) : nil })
            }
        }
        router.post("/admin/users") { request, context in
            try await adminAct(.manageUsers, request, context, env) { form, actor in
                let role = try Self.role(form["role"])
                let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces), password = form["password"] ?? ""
                _ = try await env.write { try Accounts(store: $0.store).add(name: name, role: role, password: password, by: actor) }
                return .redirect("added")
            }
        }
        router.post("/admin/users/{name}/{act}") { request, context in
            let name = try context.parameters.text("name"), act = try context.parameters.text("act")
            guard ["role", "disable", "enable", "password", "token"].contains(act) else { throw APIError(.notFound, "no such act") }
            return try await adminAct(.manageUsers, request, context, env) { form, actor in
                switch act {
                case "role":
                    let role = try Self.role(form["role"])
                    try await env.write { try Accounts(store: $0.store).setRole(name, role, by: actor) }
                case "disable", "enable":
                    try await env.write { try Accounts(store: $0.store).setDisabled(name, act == "disable", by: actor) }
                case "password":
                    let password = form["password"] ?? ""
                    try await env.write { try Accounts(store: $0.store).setPassword(name, password, by: actor) }
                default:
                    // Shown once, on this answer only (never kept, never redirected to).
                    let token = try await env.write { try Accounts(store: $0.store).issueToken(name, by: actor) }
                    return .token(name, token)
                }
                return .redirect(act)
            }
        }
        router.post("/admin/reindex") { request, context in
            try await adminAct(.maintainIndex, request, context, env) { _, actor in
                let r = try await env.write { try $0.catchUpIndex(by: actor) }
                return .notice(Strings.text("reindexed", Language.of(request)).replacingOccurrences(of: "{n}", with: String(r.indexed))
                    .replacingOccurrences(of: "{refused}", with: String(r.refused.count)))
            }
        }
        router.post("/admin/compact") { request, context in
            try await adminAct(.maintainIndex, request, context, env) { _, actor in
                let (before, after) = try await env.write { try $0.compactIndex(by: actor) }
                return .notice(Strings.text("compacted", Language.of(request)).replacingOccurrences(of: "{before}", with: Self.megabytes(before))
                    .replacingOccurrences(of: "{after}", with: Self.megabytes(after)))
            }
        }
        router.post("/admin/check") { request, context in
            try await adminAct(.maintainIndex, request, context, env) { _, actor in
                let report = try await env.write(completing: false) { try $0.check(by: actor) }
                return .check(CheckAnswer(report, root: env.store.location.root.path))
            }
        }
        router.post("/admin/ingest") { request, context in
            try await guarded(.maintainIndex, request, context) {
                guard let actor = context.actor else { throw APIError(.unauthorized, "log in first") }
                guard env.ingestJobs.pending < IngestJobs.maxPending else {
                    var e = APIError(.tooManyRequests, Strings.text("ingestBusy", Language.of(request)))
                    e.headers[.retryAfter] = "30"
                    throw e
                }
                let limit = env.configuration.maxUpload
                let form = try await env.uploads.with {
                    try await Multipart.read(request, limit: limit, known: [Param("file", ""), Param("csrf", "")], maxFiles: Self.maxIngestFiles)
                }
                guard checkCSRF(form.fields, context) else { return error(.forbidden, "CSRF", request: request, context: context) }
                guard !form.files.isEmpty else { throw APIError(.badRequest, "no file", field: "file") }
                let files = form.files.map { (name: $0.name, bytes: $0.data) }
                // Read in the background, through the writer; the page that follows shows how far it got.
                let jobs = env.ingestJobs
                let id = jobs.start(by: actor.name, files: files.count)
                let logger = context.logger
                Task {
                    do {
                        let report = try await env.write { service in
                            try service.ingestUploads(files, progress: { read, toRead in jobs.update(id) { $0.read = read; $0.toRead = toRead } }, by: actor)
                        }
                        jobs.update(id) { $0.report = IngestResponse(report) }
                    } catch let e as KBError {
                        let answer = APIError.from(e)
                        if answer.status == .internalServerError { logger.error("ingest of uploads: \(e.description)") }
                        jobs.update(id) { $0.error = answer.message }
                    } catch {
                        logger.error("ingest of uploads: \(error)")
                        jobs.update(id) { $0.error = "the server could not complete the ingest; the details are in its log" }
                    }
                }
                return Self.redirect("/admin/ingest/" + id)
            }
        }
        router.get("/admin/ingest/{job}") { request, context in
            try await guarded(.maintainIndex, request, context) {
                let lang = Language.of(request)
                guard let job = env.ingestJobs.job(try context.parameters.text("job")) else { throw APIError(.notFound, "no such ingest") }
                if let report = job.report { return try await admin(request, context, env, outcome: .ingested(report)) }
                if let message = job.error { return try await admin(request, context, env, outcome: .error(message), status: .badRequest) }
                let data: [String: Any] = [
                    "heading": Strings.text("ingestFiles", lang), "refresh": 1, "read": job.read, "toRead": max(job.toRead, 1),
                    "progress": Strings.text("ingestProgress", lang).replacingOccurrences(of: "{read}", with: String(job.read))
                        .replacingOccurrences(of: "{toRead}", with: job.toRead == 0 ? "…" : String(job.toRead)),
                ]
                return render("ingest-progress", title: Strings.text("ingestFiles", lang), data, request: request, context: context)
            }
        }
    }

    static let adminNotices = ["added", "role", "disable", "enable", "password"]

    /// What an admin's act leaves on the page.
    enum AdminOutcome {
        case redirect(String), notice(String), error(String), token(String, String), check(CheckAnswer), ingested(IngestResponse)
    }

    /// A form post on the admin page: the right, the CSRF token, the act; a refusal is shown on
    /// the page with its status.
    func adminAct(_ right: Right, _ request: Request, _ context: KBContext, _ env: ServerEnvironment,
                  _ act: @escaping ([String: String], Actor) async throws -> AdminOutcome) async throws -> Response {
        try await posted(right, request, context) { form, actor in
            do {
                let outcome = try await act(form, actor)
                if case .redirect(let done) = outcome { return Self.redirect("/admin?done=" + done) }
                var r = try await admin(request, context, env, outcome: outcome)
                r.headers[.cacheControl] = "no-store"
                return r
            } catch let e as KBError {
                let (message, status) = refusal(e, request, context)
                return try await admin(request, context, env, outcome: .error(message), status: status)
            } catch let e as APIError {
                return try await admin(request, context, env, outcome: .error(e.message), status: e.status)
            }
        }
    }

    func admin(_ request: Request, _ context: KBContext, _ env: ServerEnvironment, outcome: AdminOutcome?,
               status: HTTPResponse.Status = .ok) async throws -> Response {
        let lang = Language.of(request)
        let (accounts, stats) = try await env.read { store in (try Accounts(store: store).list(), try store.statistics()) }
        let csrf = context.sessions.session?.csrf ?? ""
        let roles = Role.allCases.map(\.rawValue)
        var data: [String: Any] = [
            "heading": Strings.text("admin", lang), "csrf": csrf,
            "roles": roles.map { ["role": $0, "label": Strings.role($0, lang)] },
            "stats": [
                ("documents", stats.documents), ("customers", stats.customers), ("units", stats.units), ("files", stats.files),
                ("pendingIndex", stats.pendingIndex), ("refusedByIndex", stats.refusedByIndex),
            ].map { ["label": Strings.text("stat." + $0.0, lang), "value": String($0.1)] }
                + [["label": "SQLite", "value": Self.megabytes(stats.sqliteBytes)]],
            "kinds": stats.byKind.sorted { $0.value > $1.value }.map { ["kind": Strings.kind($0.key, lang), "n": $0.value] as [String: Any] },
            "accounts": accounts.map { a -> [String: Any] in
                ["name": a.name, "namePath": Self.encode(a.name), "csrf": csrf, "disabled": a.disabled, "hasToken": a.hasToken,
                 "state": Strings.text(a.disabled ? "accountDisabled" : "accountActive", lang), "createdAt": a.createdAt,
                 "roles": roles.map { ["role": $0, "label": Strings.role($0, lang), "selected": $0 == a.role.rawValue] as [String: Any] }]
            },
            "minPassword": Accounts.passwordBytes.lowerBound,
        ]
        switch outcome {
        case .notice(let key)?: data["notice"] = key.hasPrefix("done.") ? Strings.text(key, lang) : key
        case .error(let message)?: data["error"] = message
        case .token(let name, let token)?:
            data["token"] = token
            data["notice"] = Strings.text("tokenOnce", lang).replacingOccurrences(of: "{name}", with: name)
        case .check(let answer)?:
            data["check"] = [
                "ok": answer.ok, "verdict": Strings.text(answer.ok ? "checkOk" : "checkProblems", lang),
                "parts": answer.parts.map { p -> [String: Any] in
                    Self.present(["name": p.name, "ok": p.ok, "checked": p.checked, "problems": p.problems.isEmpty ? nil : p.problems.joined(separator: "; "),
                                  "repair": p.repair])
                },
            ] as [String: Any]
        case .ingested(let r)?:
            data["notice"] = Strings.text("ingested", lang).replacingOccurrences(of: "{files}", with: String(r.files))
                .replacingOccurrences(of: "{added}", with: String(r.added)).replacingOccurrences(of: "{updated}", with: String(r.updated))
                .replacingOccurrences(of: "{unchanged}", with: String(r.unchanged))
            let problems = r.failed + r.skipped + r.warnings + r.notIndexed
            if !problems.isEmpty { data["hasProblems"] = true; data["problems"] = problems.prefix(50).map { ["path": $0.path, "reason": $0.reason] } }
        case .redirect?, nil: break
        }
        return render("admin", title: Strings.text("admin", lang), data, request: request, context: context, status: status)
    }

    static func role(_ text: String?) throws -> Role {
        guard let text, let r = Role(rawValue: text) else {
            throw APIError(.badRequest, "unknown role '\(text ?? "")' (engineer, trainer, supervisor or admin)", field: "role")
        }
        return r
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
