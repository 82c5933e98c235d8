import ArchiveIndex
import Foundation

/// The OpenAPI 3.1 document of the API, made from the route list itself.
enum OpenAPIDocument {
    static let json: Data = {
        (try? JSONSerialization.data(withJSONObject: document(Routes.all), options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
    }()

    static func document(_ endpoints: [Endpoint]) -> [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for e in endpoints {
            paths[e.path, default: [:]][e.method.rawValue.lowercased()] = operation(e)
        }
        return [
            "openapi": "3.1.0",
            "info": ["title": "kb", "version": "1",
                     "description": "The service archive's API. Authenticate with the session cookie of POST /api/v1/login (writes then need the X-KB-CSRF header) or with Authorization: Bearer TOKEN (kb user token NAME)."],
            "paths": paths,
            "components": [
                "securitySchemes": [
                    "bearer": ["type": "http", "scheme": "bearer"],
                    "session": ["type": "apiKey", "in": "cookie", "name": "kb_session"],
                ],
                "schemas": [
                    "Error": ["type": "object", "required": ["error"], "properties": [
                        "error": ["type": "object", "required": ["status", "message"], "properties": [
                            "status": ["type": "integer"], "message": ["type": "string"],
                            "field": ["type": ["string", "null"]], "right": ["type": ["string", "null"]],
                        ]],
                    ]],
                ],
            ],
        ]
    }

    static func operation(_ e: Endpoint) -> [String: Any] {
        var parameters: [[String: Any]] = e.pathParameters.map { name in
            ["name": name, "in": "path", "required": true,
             "schema": name == "id" ? ["type": "integer", "minimum": 1] : ["type": "string", "minLength": 1]]
        }
        parameters += e.query.map { p in ["name": p.name, "in": "query", "required": p.required, "description": p.about, "schema": schema(p)] }
        let error: [String: Any] = ["description": "an error, said in JSON", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
        var responses: [String: Any] = [
            "200": !e.returnsBytes.isEmpty
                ? ["description": "the bytes", "content": Dictionary(uniqueKeysWithValues: e.returnsBytes.map { ($0, ["schema": ["type": "string", "format": "binary"]]) })]
                : ["description": "success", "content": ["application/json": ["schema": ["type": "object"]]]],
            "400": error, "404": error, "409": error, "413": error, "429": error,
        ]
        if e.method == .post, e.path == "/api/v1/articles" || e.path == "/api/v1/users" || e.path == "/api/v1/slips"
            || e.path == "/api/v1/synonyms" || e.path == "/api/v1/articles/drafts" || e.path.hasSuffix("/link-proposals") || e.path.hasSuffix("/supersede") || e.path.hasSuffix("/token") {
            responses["201"] = ["description": "created", "content": ["application/json": ["schema": ["type": "object"]]]]
        }
        if e.right != nil || e.path == "/api/v1/login" { responses["401"] = error }
        if e.right != nil { responses["403"] = error }
        if case .none = e.body {} else { responses["415"] = error }
        var op: [String: Any] = [
            "summary": e.summary,
            "operationId": operationID(e),
            "parameters": parameters,
            "responses": responses,
        ]
        if let right = e.right {
            op["description"] = "Needs the right '\(right.rawValue)' (roles: \(Policy.roles(holding: right).map(\.rawValue).joined(separator: ", ")))."
            op["security"] = [["bearer": []], ["session": []]]
        } else {
            op["security"] = []
        }
        switch e.body {
        case .none: break
        case .json(let fields):
            op["requestBody"] = ["required": !isOptionalBody(e), "content": ["application/json": ["schema": object(fields)]]]
        case .multipart(let fields):
            var schema = object(fields)
            var props = schema["properties"] as? [String: Any] ?? [:]
            props["file"] = ["type": "string", "format": "binary"]
            schema["properties"] = props
            op["requestBody"] = ["required": true, "content": ["multipart/form-data": ["schema": schema]]]
        }
        return op
    }

    static func isOptionalBody(_ e: Endpoint) -> Bool {
        ["submit", "approve", "reject", "retire"].contains(where: { e.path.hasSuffix("/" + $0) })
    }

    static func object(_ fields: [Param]) -> [String: Any] {
        ["type": "object", "additionalProperties": false,
         "required": fields.filter(\.required).map(\.name),
         "properties": Dictionary(uniqueKeysWithValues: fields.map { ($0.name, schema($0).merging(["description": $0.about]) { a, _ in a }) })]
    }

    static func schema(_ p: Param) -> [String: Any] {
        switch p.kind {
        case .string: ["type": "string"]
        case .integer: ["type": "integer"]
        case .boolean: ["type": "boolean"]
        case .array: ["type": "array", "items": ["type": "string"]]
        }
    }

    static func operationID(_ e: Endpoint) -> String {
        let words = e.path.replacingOccurrences(of: "/api/v1/", with: "").split(whereSeparator: { "/{}.".contains($0) })
        return e.method.rawValue.lowercased() + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
