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
    ]

    static let openAPI = Endpoint(method: .get, path: "/api/v1/openapi.json", right: nil, summary: "This API, described in OpenAPI 3.1") { _, _, _ in
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: .init(data: OpenAPIDocument.json)))
    }
}
