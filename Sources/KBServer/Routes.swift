import ArchiveIndex
import Foundation
import Hummingbird

/// Every route of the API, from which the router and the OpenAPI document are both made.
enum Routes {
    static var all: [Endpoint] { accounts + archive + articles + slips + maintenance + [openAPI] }

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
