import ArchiveIndex
import Foundation
import Hummingbird

/// The signed slips' pages: the list with an upload form (and, for supervisors, retention,
/// holds and a check of every original), the form kb fills from the slip for a
/// person to check and confirm, and a slip with its download (each download audited).
extension Pages {
    static let slipFields = ["number", "type", "date", "customer", "serial", "engineer", "signedBy"]

    func registerSlips(on router: Router<KBContext>, env: ServerEnvironment) {
        router.get("/slips") { request, context in
            try await guarded(.read, request, context) { try await slipList(request, context, env, verified: nil, error: nil) }
        }
        router.post("/slips/verify") { request, context in
            try await posted(.manageSlips, request, context) { form, actor in
                let result = try await env.write { try $0.verifySlips(by: actor) }
                return try await slipList(request, context, env, verified: result, error: nil)
            }
        }
        router.post("/slips/retention") { request, context in
            try await posted(.manageSlips, request, context) { form, actor in
                do {
                    guard let type = SlipType(text: form["type"] ?? "") else { throw KBError.badQuery("unknown slip type '\(form["type"] ?? "")'") }
                    guard let years = Int(form["years"] ?? "") else { throw KBError.badQuery("a retention period is a whole number of years") }
                    try await env.write { try $0.setRetention(type, years: years, by: actor) }
                    return Self.redirect("/slips")
                } catch let e as KBError {
                    let (message, status) = refusal(e, request, context)
                    return try await slipList(request, context, env, verified: nil, error: message, status: status)
                }
            }
        }
        router.post("/slips/{number}/{act}") { request, context in
            try await posted(.manageSlips, request, context) { form, actor in
                let ref = try context.parameters.text("number"), act = try context.parameters.text("act")
                guard act == "hold" || act == "release" else { throw APIError(.notFound, "no such act") }
                let s = try await env.write { try $0.setHold(ref, act == "hold", by: actor) }
                return Self.redirect("/slips/" + Self.encode(s.number))
            }
        }
        router.post("/slips/upload") { request, context in
            try await guarded(.addSlips, request, context) {
                guard let actor = context.actor else { throw APIError(.unauthorized, "log in first") }
                let limit = env.configuration.maxUpload
                let form = try await env.uploads.with {
                    try await Multipart.read(request, limit: limit, known: [Param("file", ""), Param("csrf", "")])
                }
                guard checkCSRF(form.fields, context) else { return error(.forbidden, "CSRF", request: request, context: context) }
                guard let file = form.file else { throw APIError(.badRequest, "no file", field: "file") }
                let staged = try await env.write { try $0.stageSlip(bytes: file.data, originalName: file.name, by: actor) }
                return confirmForm(request, context, staged.id, name: staged.name, source: staged.textSource, metadata: staged.metadata, error: nil)
            }
        }
        router.post("/slips/confirm") { request, context in
            try await posted(.addSlips, request, context) { form, actor in
                var m = SlipMetadata()
                func value(_ k: String) -> String? { form[k].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } }
                m.number = value("number"); m.type = value("type"); m.date = value("date"); m.customer = value("customer")
                m.serial = value("serial"); m.engineer = value("engineer"); m.signedBy = value("signedBy"); m.stamped = form["stamped"] == "on"
                let metadata = m
                let id = form["id"] ?? ""
                do {
                    let outcome = try await env.write { try $0.confirmSlip(id, metadata: metadata, by: actor) }
                    switch outcome {
                    case .added(let s), .alreadyArchived(let s): return Self.redirect("/slips/" + Self.encode(s.number))
                    }
                } catch let e as KBError {
                    let (message, status) = refusal(e, request, context)
                    return confirmForm(request, context, id, name: "", source: "", metadata: metadata, error: message, status: status)
                }
            }
        }
        router.get("/slips/{number}") { request, context in
            try await guarded(.read, request, context) {
                let lang = Language.of(request)
                let ref = try context.parameters.text("number")
                let (s, versions) = try await env.read { store in
                    let archive = SlipArchive(store: store)
                    let s = try archive.find(ref)
                    return (s, try archive.versions(s.number))
                }
                let pairs: [(String, String?)] = [("slip.type", Strings.text("slipType." + s.type.rawValue, lang)), ("slip.date", s.date), ("slip.customer", s.registeredCustomer ?? s.customer), ("slip.serial", s.unitSerial),
                                                  ("slip.engineer", s.engineer), ("slip.signedBy", s.signedBy), ("slip.stamped", s.stamped ? "✓" : nil),
                                                  ("sha256", s.sha256)]
                let data: [String: Any] = [
                    "number": s.number, "numberPath": Self.encode(s.number), "version": s.version,
                    "fields": pairs.compactMap { k, v in v.map { ["label": k == "sha256" ? "SHA-256" : Strings.text(k, lang), "value": $0] } },
                    "downloadLabel": Strings.text("download", lang), "versionsLabel": Strings.text("versions", lang),
                    "manages": context.actor?.may(.manageSlips) ?? false, "hold": s.hold, "csrf": context.sessions.session?.csrf ?? "",
                    "holdState": Strings.text(s.hold ? "onHold" : "notOnHold", lang),
                    "versions": versions.map { ["version": $0.version, "addedAt": $0.addedAt, "addedBy": $0.addedBy, "sha": String($0.sha256.prefix(16)) + "…"] as [String: Any] },
                ]
                return render("slip", title: s.number, data, request: request, context: context)
            }
        }
        router.get("/slips/{number}/original") { request, context in
            try await guarded(.read, request, context) {
                guard let actor = context.actor else { throw APIError(.unauthorized, "log in first") }
                let ref = try context.parameters.text("number")
                let (slip, data) = try await env.write { try $0.slipOriginal(ref, by: actor) }
                return Routes.original(slip, data)
            }
        }
    }

    /// `/slips`: the list with an upload form; for supervisors, retention by type, the slips
    /// past it, and a check of every original against its hash.
    func slipList(_ request: Request, _ context: KBContext, _ env: ServerEnvironment, verified: (checked: Int, problems: [SlipArchive.Problem])?,
                  error: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let lang = Language.of(request)
        let manages = context.actor?.may(.manageSlips) ?? false
        // Filtered as the API's list is: customer, serial (any spelling), type, dates.
        let q = try Query(request, allowed: Array(Routes.slipFilters.dropLast()))
        let filter = try Routes.slipFilter(q)
        let (slips, retention, due) = try await env.read { store in
            let archive = SlipArchive(store: store)
            return (try archive.list(filter), try archive.retentionYears(), manages ? try archive.due(today: WorkingDays.today()) : [])
        }
        var data: [String: Any] = [
            "heading": Strings.text("slips", lang), "mayAdd": context.actor?.may(.addSlips) ?? false,
            "filter": ["customer", "serial", "from", "to"].map { name in
                ["name": name, "label": Strings.text(["customer": "slip.customer", "serial": "slip.serial"][name] ?? name, lang), "value": q.string(name) ?? ""]
            },
            "csrf": context.sessions.session?.csrf ?? "", "uploadLabel": Strings.text("uploadSlip", lang), "readLabel": Strings.text("readSlip", lang),
            "slips": slips.reversed().map { s in
                Self.present(["number": s.number, "numberPath": Self.encode(s.number), "date": s.date, "type": Strings.text("slipType." + s.type.rawValue, lang),
                              "customer": s.registeredCustomer ?? s.customer, "serial": s.unitSerial])
            },
        ]
        data["manages"] = manages
        data["retention"] = SlipType.allCases.map { t -> [String: Any] in
            ["type": t.rawValue, "label": Strings.text("slipType." + t.rawValue, lang), "years": retention[t] ?? t.defaultRetentionYears]
        }
        data["due"] = due.map { ["number": $0.slip.number, "numberPath": Self.encode($0.slip.number), "until": $0.until, "hold": $0.slip.hold] as [String: Any] }
        data["hasDue"] = !due.isEmpty
        if let verified {
            data["verified"] = ["ok": verified.problems.isEmpty,
                                "verdict": Strings.text(verified.problems.isEmpty ? "slipsIntact" : "slipsDamaged", lang)
                                    .replacingOccurrences(of: "{n}", with: String(verified.checked)),
                                "problems": verified.problems.map { "\($0.number) v\($0.version): \($0.problem)" }] as [String: Any]
        }
        if let error { data["error"] = error }
        return render("slips", title: Strings.text("slips", lang), data, request: request, context: context, status: status)
    }


    func confirmForm(_ request: Request, _ context: KBContext, _ id: String, name: String, source: String, metadata m: SlipMetadata, error: String?,
                     status: HTTPResponse.Status = .ok) -> Response {
        let lang = Language.of(request)
        let values: [String: String?] = ["number": m.number, "type": m.type, "date": m.date, "customer": m.customer, "serial": m.serial,
                                         "engineer": m.engineer, "signedBy": m.signedBy]
        var data: [String: Any] = [
            "heading": Strings.text("checkSlip", lang), "readFrom": Strings.text("readFrom", lang), "name": name, "textSource": source, "id": id,
            "csrf": context.sessions.session?.csrf ?? "", "stamped": m.stamped, "stampedLabel": Strings.text("slip.stamped", lang),
            "confirmLabel": Strings.text("confirmSlip", lang),
            "fields": Self.slipFields.map { ["name": $0, "label": Strings.text("slip." + $0, lang), "value": (values[$0] ?? nil) ?? ""] },
        ]
        if let error { data["error"] = error }
        return render("slip-confirm", title: Strings.text("slips", lang), data, request: request, context: context, status: status)
    }
}
