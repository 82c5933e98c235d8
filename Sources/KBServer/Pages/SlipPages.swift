import ArchiveIndex
import Foundation
import Hummingbird

/// The signed slips' pages: the list with an upload form, the form kb fills from the slip for a
/// person to check and confirm, and a slip with its download (each download audited).
extension Pages {
    static let slipFields = ["number", "type", "date", "customer", "serial", "engineer", "signedBy"]

    func registerSlips(on router: Router<KBContext>, env: ServerEnvironment) {
        router.get("/slips") { request, context in
            try await guarded(.read, request, context) {
                let lang = Language.of(request)
                let slips = try await env.read { try SlipArchive(store: $0).list() }
                let data: [String: Any] = [
                    "heading": Strings.text("slips", lang), "mayAdd": context.actor?.may(.addSlips) ?? false,
                    "csrf": context.sessions.session?.csrf ?? "", "uploadLabel": Strings.text("uploadSlip", lang), "readLabel": Strings.text("readSlip", lang),
                    "slips": slips.reversed().map { s in
                        Self.present(["number": s.number, "numberPath": Self.encode(s.number), "date": s.date, "type": s.type.rawValue,
                                      "customer": s.registeredCustomer ?? s.customer, "serial": s.unitSerial])
                    },
                ]
                return render("slips", title: Strings.text("slips", lang), data, request: request, context: context)
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
            try await guarded(.addSlips, request, context) {
                guard let actor = context.actor else { throw APIError(.unauthorized, "log in first") }
                let form = try await Self.form(request)
                guard checkCSRF(form, context) else { return error(.forbidden, "CSRF", request: request, context: context) }
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
                    return confirmForm(request, context, id, name: "", source: "", metadata: metadata, error: e.description, status: APIError.from(e).status)
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
                let pairs: [(String, String?)] = [("slip.type", s.type.rawValue), ("slip.date", s.date), ("slip.customer", s.registeredCustomer ?? s.customer), ("slip.serial", s.unitSerial),
                                                  ("slip.engineer", s.engineer), ("slip.signedBy", s.signedBy), ("slip.stamped", s.stamped ? "✓" : nil),
                                                  ("sha256", s.sha256)]
                let data: [String: Any] = [
                    "number": s.number, "numberPath": Self.encode(s.number), "version": s.version,
                    "fields": pairs.compactMap { k, v in v.map { ["label": k == "sha256" ? "SHA-256" : Strings.text(k, lang), "value": $0] } },
                    "downloadLabel": Strings.text("download", lang), "versionsLabel": Strings.text("versions", lang),
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
