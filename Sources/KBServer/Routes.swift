import ArchiveIndex
import Foundation
import Hummingbird

/// Every route of the API, from which the router and the OpenAPI document are both made.
enum Routes {
    static var all: [Endpoint] { accounts + archive + articles + slips + maintenance + [openAPI] }

    /// The methods the API has for a concrete path (for 405 and its Allow header): those of
    /// the routes whose pattern fits it best (a literal segment before a parameter, as the
    /// router decides).
    static func methods(for path: String) -> [HTTPRequest.Method] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        var best: [(literals: Int, method: HTTPRequest.Method)] = []
        for e in all {
            let pattern = e.path.split(separator: "/", omittingEmptySubsequences: false)
            guard pattern.count == parts.count else { continue }
            var literals = 0
            let fits = zip(pattern, parts).allSatisfy { p, x in
                if p.hasPrefix("{") { return !x.isEmpty }
                literals += 1
                return p == x
            }
            if fits { best.append((literals, e.method)) }
        }
        let top = best.map(\.literals).max() ?? 0
        return best.filter { $0.literals == top }.map(\.method)
    }

    static let maintenance: [Endpoint] = [
        Endpoint(method: .post, path: "/api/v1/reindex", right: .maintainIndex, summary: "Bring the search index up to date with the archive") { _, context, env in
            let actor = try context.requireActor()
            let result = try await env.write { try $0.catchUpIndex(by: actor) }
            return try JSONOut.response(["indexed": result.indexed, "refused": result.refused.count])
        },
        Endpoint(method: .get, path: "/api/v1/check", right: .maintainIndex,
                 summary: "Whether the archive is whole (kb check): each part, its problems and their repair") { _, context, env in
            let actor = try context.requireActor()
            // Holding the write lock (pending work left as it is), so a write half done is not taken for damage.
            let report = try await env.write(completing: false) { try $0.check(by: actor) }
            return try JSONOut.response(CheckAnswer(report, root: env.store.location.root.path))
        },
        Endpoint(method: .post, path: "/api/v1/compact", right: .maintainIndex, summary: "Compact the search index") { _, context, env in
            let actor = try context.requireActor()
            let (before, after) = try await env.write { try $0.compactIndex(by: actor) }
            return try JSONOut.response(["bytesBefore": before, "bytesAfter": after])
        },
        Endpoint(method: .post, path: "/api/v1/ingest", right: .maintainIndex,
                 summary: "Ingest a file or folder under the server's ingest root (kb serve --ingest-root DIR)",
                 body: .json(IngestInput.fields)) { request, context, env in
            let actor = try context.requireActor()
            let input = try await Input.decode(IngestInput.self, request, context)
            guard let root = env.configuration.ingestRoot else {
                throw APIError(.conflict, "this server ingests nothing: it was started without --ingest-root DIR")
            }
            let path = try IngestInput.inside(root, input.path)
            let report = try await env.write { try $0.ingest([path], by: actor) }
            return try JSONOut.response(IngestResponse(report))
        },
    ]

    static let openAPI = Endpoint(method: .get, path: "/api/v1/openapi.json", right: nil, summary: "This API, described in OpenAPI 3.1") { _, _, _ in
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: .init(data: OpenAPIDocument.json)))
    }
}

struct CheckPart: Encodable { let name: String; let ok: Bool; let checked: String; let problems: [String]; let repair: String? }
struct CheckAnswer: Encodable {
    let ok: Bool
    let parts: [CheckPart]

    /// The report without the server's paths: the store's folder is "the store".
    init(_ report: StoreCheck.Report, root: String) {
        let hide = { (s: String) in s.replacingOccurrences(of: root, with: "the store") }
        ok = report.ok
        parts = report.parts.map { p in
            CheckPart(name: p.name, ok: p.ok, checked: hide(p.checked), problems: p.problems.map(hide), repair: p.repair.map(hide))
        }
    }
}

struct IngestInput: APIInput {
    let path: String
    static let fields = [Param("path", required: true, "relative to the ingest root")]

    /// The real path of `relative` under `root`, which it may not leave (by `..` or a link).
    static func inside(_ root: String, _ relative: String) throws -> String {
        let base = URL(fileURLWithPath: root).resolvingSymlinksInPath().standardizedFileURL.path
        let target = URL(fileURLWithPath: relative, relativeTo: URL(fileURLWithPath: base + "/")).resolvingSymlinksInPath().standardizedFileURL.path
        guard target == base || target.hasPrefix(base + "/") else {
            throw APIError(.badRequest, "'\(relative)' leads outside the ingest root", field: "path")
        }
        guard FileManager.default.fileExists(atPath: target) else { throw APIError(.notFound, "nothing at '\(relative)' under the ingest root") }
        return target
    }
}
