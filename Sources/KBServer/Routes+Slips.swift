import ArchiveIndex
import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore
import NIOHTTP1
import NIOPosix

extension Routes {
    static let slipFilters = [
        Param("customer", "customer name or fragment"), Param("serial", "serial, in any format"),
        Param("type", "service-report, installation-report, repair-order or technical-service"),
        Param("from", "slips dated on or after"), Param("to", "slips dated on or before"), Param("all", .boolean, "superseded versions too"),
    ]

    static let slipFields = [
        Param("file", required: true, "the scan or PDF (PDF, JPEG, PNG or TIFF)"), Param("number", "the slip number"),
        Param("type", "service-report, installation-report, repair-order or technical-service"), Param("customer", "the customer"),
        Param("serial", "the unit's serial"), Param("date", "the slip's date"), Param("engineer", "the engineer"),
        Param("signedBy", "who signed it"), Param("stamped", .boolean, "the slip carries the customer's stamp"),
    ]

    static let supersedeFields = [Param("file", required: true, "the corrected scan or PDF"), Param("reason", required: true, "why")]

    static let slips: [Endpoint] = [
        Endpoint(method: .get, path: "/api/v1/slips", right: .read, summary: "Archived slips (current versions), oldest first", query: slipFilters) { request, _, env in
            let q = try Query(request, allowed: slipFilters)
            var f = try slipFilter(q)
            f.allVersions = try q.bool("all")
            let filter = f
            return try JSONOut.response(["slips": try await env.read { try SlipArchive(store: $0).list(filter) }])
        },
        Endpoint(method: .post, path: "/api/v1/slips", right: .addSlips, summary: "Archive a signed slip (multipart/form-data)",
                 body: .multipart(slipFields)) { request, context, env in
            let actor = try context.requireActor()
            // Two uploads are read at a time, each parsed on the thread pool.
            let limit = env.configuration.maxUpload
            let form = try await env.uploads.with { try await Multipart.read(request, limit: limit, known: slipFields) }
            guard let file = form.file else { throw APIError(.badRequest, "missing field 'file' (the slip's scan or PDF)", field: "file") }
            var m = SlipMetadata()
            m.number = form.fields["number"]; m.type = form.fields["type"]; m.customer = form.fields["customer"]
            m.serial = form.fields["serial"]; m.date = form.fields["date"]; m.engineer = form.fields["engineer"]
            m.signedBy = form.fields["signedBy"]
            m.stamped = ["true", "1", "on"].contains(form.fields["stamped"] ?? "")
            let metadata = m
            let outcome = try await env.write { try $0.addSlip(bytes: file.data, originalName: file.name, metadata: metadata, by: actor) }
            switch outcome {
            case .added(let s): return try JSONOut.response(s, status: .created)
            case .alreadyArchived(let s): return try JSONOut.response(s, status: .ok)
            }
        },
        Endpoint(method: .get, path: "/api/v1/slips/{slip}", right: .read, summary: "A slip's metadata, versions and history") { _, context, env in
            let ref = try context.parameters.text("slip")
            struct Out: Encodable { let slip: Slip; let versions: [Slip] }
            return try JSONOut.response(try await env.read { store in
                let archive = SlipArchive(store: store)
                let s = try archive.find(ref)
                return Out(slip: s, versions: try archive.versions(s.number))
            })
        },
        Endpoint(method: .get, path: "/api/v1/slips/{slip}/original", right: .read,
                 summary: "The stored bytes of a slip, byte for byte; the download goes on the audit log",
                 returnsBytes: ["application/pdf", "image/jpeg", "image/png", "image/tiff"]) { _, context, env in
            let (ref, actor) = (try context.parameters.text("slip"), try context.requireActor())
            let (slip, data) = try await env.write { try $0.slipOriginal(ref, by: actor) }
            return original(slip, data)
        },
        Endpoint(method: .post, path: "/api/v1/slips/{slip}/supersede", right: .manageSlips,
                 summary: "Archive a correction: a new version of the slip; both are kept (multipart/form-data)",
                 body: .multipart(supersedeFields)) { request, context, env in
            let (ref, actor) = (try context.parameters.text("slip"), try context.requireActor())
            let limit = env.configuration.maxUpload
            let form = try await env.uploads.with { try await Multipart.read(request, limit: limit, known: supersedeFields) }
            guard let file = form.file else { throw APIError(.badRequest, "missing field 'file'", field: "file") }
            guard let reason = form.fields["reason"], !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw APIError(.badRequest, "missing field 'reason'", field: "reason")
            }
            let slip = try await env.write { service -> Slip in
                let number = try SlipArchive(store: service.store).find(ref).number
                return try service.supersedeSlip(number: number, bytes: file.data, originalName: file.name, reason: reason, by: actor)
            }
            return try JSONOut.response(slip, status: .created)
        },
        Endpoint(method: .get, path: "/api/v1/slips/retention", right: .read, summary: "How many years each slip type is kept") { _, _, env in
            try JSONOut.response(["retention": try await env.read { try retention($0) }])
        },
        Endpoint(method: .post, path: "/api/v1/slips/retention", right: .manageSlips, summary: "Set how many years a slip type is kept",
                 body: .json(RetentionInput.fields)) { request, context, env in
            let actor = try context.requireActor()
            let input = try await Input.decode(RetentionInput.self, request, context)
            guard let type = SlipType(text: input.type) else { throw APIError(.badRequest, "unknown slip type '\(input.type)'", field: "type") }
            try await env.write { try $0.setRetention(type, years: input.years, by: actor) }
            return try JSONOut.response(["retention": try await env.read { try retention($0) }])
        },
        Endpoint(method: .get, path: "/api/v1/slips/due", right: .manageSlips, summary: "Slips past their retention period",
                 query: [Param("today", "as of this date (default: today)")]) { request, _, env in
            let day = try Query(request, allowed: [Param("today", "")]).date("today", end: false) ?? WorkingDays.today()
            struct Due: Encodable { let slip: Slip; let until: String }
            return try JSONOut.response(["due": try await env.read { try SlipArchive(store: $0).due(today: day).map { Due(slip: $0.slip, until: $0.until) } }])
        },
        Endpoint(method: .get, path: "/api/v1/slips/export", right: .manageSlips,
                 summary: "A zip of originals with manifest.json and SHA256SUMS; the export is on the audit log",
                 query: Array(slipFilters.dropLast()), returnsBytes: ["application/zip"]) { request, context, env in
            let actor = try context.requireActor()
            let filter = try slipFilter(try Query(request, allowed: Array(slipFilters.dropLast())))
            let (_, zip) = try await env.write { try $0.exportSlips(filter, by: actor) }
            return Response(status: .ok, headers: [.contentType: "application/zip", .contentDisposition: "attachment; filename=\"slips.zip\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: zip)))
        },
        Endpoint(method: .post, path: "/api/v1/slips/verify", right: .manageSlips, summary: "Re-hash every archived original") { _, context, env in
            let actor = try context.requireActor()
            let (checked, problems) = try await env.write { try $0.verifySlips(by: actor) }
            struct Out: Encodable { let checked: Int; let problems: [SlipArchive.Problem] }
            return try JSONOut.response(Out(checked: checked, problems: problems))
        },
        Endpoint(method: .post, path: "/api/v1/slips/{slip}/hold", right: .manageSlips, summary: "Put a legal hold on a slip") { _, context, env in
            let (ref, actor) = (try context.parameters.text("slip"), try context.requireActor())
            return try JSONOut.response(try await env.write { try $0.setHold(ref, true, by: actor) })
        },
        Endpoint(method: .post, path: "/api/v1/slips/{slip}/release", right: .manageSlips, summary: "Release a slip's legal hold") { _, context, env in
            let (ref, actor) = (try context.parameters.text("slip"), try context.requireActor())
            return try JSONOut.response(try await env.write { try $0.setHold(ref, false, by: actor) })
        },
        Endpoint(method: .post, path: "/api/v1/slips/purge", right: .purgeSlips, summary: "Remove slips past retention that are not on hold (as of today)") { _, context, env in
            let actor = try context.requireActor()
            return try JSONOut.response(["purged": try await env.write { try $0.purgeExpired(today: WorkingDays.today(), by: actor) }])
        },
        Endpoint(method: .get, path: "/api/v1/audit", right: .readAudit, summary: "The audit log, filtered by slip, person and date",
                 query: [Param("slip", "one slip's entries"), Param("who", "one person's entries"), Param("from", "on or after"), Param("to", "on or before")]) { request, context, env in
            let q = try Query(request, allowed: [Param("slip", ""), Param("who", ""), Param("from", ""), Param("to", "")])
            let actor = try context.requireActor()
            let (slip, who, from, to) = (q.string("slip"), q.string("who"), try q.date("from", end: false), try q.date("to", end: true))
            return try JSONOut.response(["entries": try await env.read { try ArchiveService(store: $0).auditEntries(slip: slip, who: who, from: from, to: to, by: actor) }])
        },
        Endpoint(method: .get, path: "/api/v1/audit/verify", right: .readAudit, summary: "Check the audit log's hash chain") { _, context, env in
            let actor = try context.requireActor()
            let problems = try await env.read { try ArchiveService(store: $0).verifyAudit(by: actor) }
            struct Out: Encodable { let intact: Bool; let problems: [String] }
            return try JSONOut.response(Out(intact: problems.isEmpty, problems: problems))
        },
    ]
}

extension Routes {
    /// A slip's stored bytes as a download named after the slip.
    static func original(_ slip: Slip, _ data: Data) -> Response {
        let type = switch slip.format { case "pdf": "application/pdf"; case "jpeg": "image/jpeg"; case "png": "image/png"; case "tiff": "image/tiff"; default: "application/octet-stream" }
        let ext = slip.format == "jpeg" ? "jpg" : slip.format == "tiff" ? "tif" : slip.format
        let fileName = "\(slip.number)_v\(slip.version).\(ext)".filter { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(fileName)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

struct RetentionInput: APIInput {
    let type: String
    let years: Int
    static let fields = [Param("type", required: true, "service-report, installation-report, repair-order or technical-service"),
                         Param("years", .integer, required: true, "1 to 100")]
}

extension Routes {
    static func slipFilter(_ q: Query) throws -> SlipArchive.Filter {
        var f = SlipArchive.Filter()
        f.customer = q.string("customer")
        f.serial = q.string("serial")
        if let t = q.string("type") {
            guard let type = SlipType(text: t) else { throw APIError(.badRequest, "unknown slip type '\(t)'", field: "type") }
            f.type = type
        }
        f.from = try q.date("from", end: false)
        f.to = try q.date("to", end: true)
        return f
    }

    static func retention(_ store: ArchiveStore) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try SlipArchive(store: store).retentionYears().map { ($0.key.rawValue, $0.value) })
    }
}

/// A multipart/form-data body: its text fields and its file parts (one unless said otherwise).
struct Multipart {
    struct File { let name: String; let data: Data }
    var fields: [String: String] = [:]
    var files: [File] = []
    var file: File? { files.first }

    /// The form's parts; a field not in `known` is refused by name.
    static func read(_ request: Request, limit: Int, known: [Param], maxFiles: Int = 1) async throws -> Multipart {
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data"),
              let boundary = type.split(separator: ";").compactMap({ part -> String? in
                  let p = part.trimmingCharacters(in: .whitespaces)
                  guard p.lowercased().hasPrefix("boundary=") else { return nil }
                  return String(p.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
              }).first, !boundary.isEmpty, boundary.count <= 200 else {
            throw APIError(.unsupportedMediaType, "send the slip as multipart/form-data with a boundary")
        }
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        let parts = try await ServerEnvironment.readPool.runIfActive { try parse(buffer, boundary: boundary) }
        guard !parts.isEmpty else { throw APIError(.badRequest, "the multipart body has no parts") }
        var form = Multipart()
        for part in parts {
            let disposition = part.headers["content-disposition"] ?? ""
            guard let name = parameter("name", of: disposition) else { throw APIError(.badRequest, "a part has no name") }
            guard known.contains(where: { $0.name == name }) else {
                throw APIError(.badRequest, "unknown field '\(name)' (known: \(known.map(\.name).joined(separator: ", ")))", field: name)
            }
            if name == "file" {
                guard form.files.count < maxFiles else {
                    throw APIError(.badRequest, maxFiles == 1 ? "send one file per request" : "send at most \(maxFiles) files per request", field: "file")
                }
                form.files.append(File(name: parameter("filename", of: disposition) ?? "upload", data: Data(buffer: part.body)))
            } else {
                guard form.fields[name] == nil else { throw APIError(.badRequest, "field '\(name)' is given twice", field: name) }
                guard part.body.readableBytes <= 4096 else { throw APIError(.badRequest, "field '\(name)' is too long", field: name) }
                form.fields[name] = String(decoding: part.body.readableBytesView, as: UTF8.self)
            }
        }
        return form
    }

    typealias Part = (headers: [String: String], body: ByteBuffer)

    /// The parts of a multipart body (on a thread of the pool: a large body takes a while).
    static func parse(_ buffer: ByteBuffer, boundary: String) throws -> [Part] {
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var headers: [String: String] = [:]
        var body = ByteBuffer()
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { chunk in body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append((headers, body))
            headers = [:]
            body = ByteBuffer()
        }
        do { try parser.execute(buffer) } catch { throw APIError(.badRequest, "the multipart body is malformed") }
        return parts
    }

    /// A parameter of a Content-Disposition header (`name="file"`).
    static func parameter(_ key: String, of header: String) -> String? {
        for piece in header.split(separator: ";") {
            let p = piece.trimmingCharacters(in: .whitespaces)
            guard p.lowercased().hasPrefix(key + "=") else { continue }
            return String(p.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
