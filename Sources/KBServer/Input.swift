import ArchiveIndex
import Foundation
import Hummingbird
import NIOCore

/// A JSON body a route accepts: the fields it knows. Anything else, a missing field or a
/// value of the wrong type is refused with 400 naming the field.
protocol APIInput: Decodable, Sendable {
    static var fields: [Param] { get }
}

/// A documented parameter: a query parameter or a JSON field.
struct Param: Sendable {
    enum Kind: String, Sendable { case string, integer, boolean, array }
    let name: String
    let kind: Kind
    let required: Bool
    let about: String

    init(_ name: String, _ kind: Kind, required: Bool = false, _ about: String) {
        self.name = name
        self.kind = kind
        self.required = required
        self.about = about
    }

    init(_ name: String, required: Bool = false, _ about: String) {
        self.init(name, .string, required: required, about)
    }
}

enum Input {
    /// The request's JSON object decoded as T, or 400 naming what is wrong.
    static func decode<T: APIInput>(_ type: T.Type, _ request: Request, _ context: KBContext) async throws -> T {
        guard let type = request.headers[.contentType]?.lowercased(), type.hasPrefix("application/json") else {
            throw APIError(.unsupportedMediaType, "send the body as JSON, with Content-Type: application/json")
        }
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        let data = Data(buffer: buffer)
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            throw APIError(.badRequest, data.isEmpty ? "the request needs a JSON body" : "the body is not well-formed JSON")
        }
        guard let fields = object as? [String: Any] else { throw APIError(.badRequest, "the body must be a JSON object") }
        let known = Set(T.fields.map(\.name))
        if let unknown = fields.keys.sorted().first(where: { !known.contains($0) }) {
            throw APIError(.badRequest, "unknown field '\(unknown)' (known: \(T.fields.map(\.name).joined(separator: ", ")))", field: unknown)
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, ctx) {
            let name = path(ctx.codingPath + [key])
            throw APIError(.badRequest, "missing field '\(name)'", field: name)
        } catch let DecodingError.typeMismatch(expected, ctx) {
            let name = path(ctx.codingPath)
            throw APIError(.badRequest, "field '\(name)' must be \(describe(expected))", field: name)
        } catch let DecodingError.valueNotFound(expected, ctx) {
            let name = path(ctx.codingPath)
            throw APIError(.badRequest, "field '\(name)' must be \(describe(expected)), not null", field: name)
        } catch let DecodingError.dataCorrupted(ctx) {
            let name = path(ctx.codingPath)
            throw APIError(.badRequest, name.isEmpty ? "the body is not well-formed JSON" : "field '\(name)': \(ctx.debugDescription)",
                           field: name.isEmpty ? nil : name)
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Bool.Type: "true or false"
        case is [String].Type: "a list of strings"
        default: "of another type"
        }
    }
}

/// A request's query parameters, checked against those its route documents.
struct Query {
    private let values: [String: [String]]

    /// Parameters named in `multiple` may be given more than once (`kind=repair&kind=complaint`).
    init(_ request: Request, allowed: [Param], multiple: Set<String> = []) throws {
        var values: [String: [String]] = [:]
        let known = Set(allowed.map(\.name))
        for (name, value) in try Self.pairs(request.uri.query ?? "") {
            guard known.contains(name) else {
                throw APIError(.badRequest, "unknown query parameter '\(name)'\(known.isEmpty ? "" : " (known: \(allowed.map(\.name).joined(separator: ", ")))")",
                               field: name)
            }
            guard values[name] == nil || multiple.contains(name) else {
                throw APIError(.badRequest, "query parameter '\(name)' is given twice", field: name)
            }
            values[name, default: []].append(value)
        }
        for p in allowed where p.required && values[p.name] == nil {
            throw APIError(.badRequest, "missing query parameter '\(p.name)'", field: p.name)
        }
        self.values = values
    }

    /// The query string's name–value pairs, decoded as browsers and form encoders write them:
    /// `+` is a space, `%XX` a byte of UTF-8.
    static func pairs(_ query: String) throws -> [(String, String)] {
        try query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) throws -> String {
                guard let d = s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                    throw APIError(.badRequest, "the query string is not well-formed (a % not followed by two hex digits, or bytes that are not UTF-8)")
                }
                return d
            }
            return (try decode(parts[0]), parts.count > 1 ? try decode(parts[1]) : "")
        }
    }

    func all(_ name: String) -> [String] { values[name] ?? [] }

    func string(_ name: String) -> String? { values[name]?.first }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let n = Int(text), range.contains(n) else {
            throw APIError(.badRequest, "query parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)", field: name)
        }
        return n
    }

    func bool(_ name: String) throws -> Bool {
        guard let text = string(name) else { return false }
        switch text {
        case "true", "1", "": return true
        case "false", "0": return false
        default: throw APIError(.badRequest, "query parameter '\(name)' must be true or false", field: name)
        }
    }

    /// A date bound (2023, 2023-01 or 2023-01-15), or 400.
    func date(_ name: String, end: Bool) throws -> String? {
        guard let text = string(name) else { return nil }
        guard let d = DateParser.parseBound(text, end: end) else {
            throw APIError(.badRequest, "query parameter '\(name)' is not a date (use 2023, 2023-01 or 2023-01-15)", field: name)
        }
        return d
    }
}

extension Parameters {
    /// A path parameter that must be a positive whole number.
    func id(_ name: String = "id") throws -> Int64 {
        guard let text = self.get(name), let n = Int64(text), n > 0 else {
            throw APIError(.badRequest, "'\(self.get(name) ?? "")' is not an id (a positive whole number)", field: name)
        }
        return n
    }

    /// A path parameter as text, percent-decoded (`/units/DA7600%202019%200457`, Chinese names).
    func text(_ name: String) throws -> String {
        guard let raw = self.get(name), let text = raw.removingPercentEncoding, !text.isEmpty else {
            throw APIError(.badRequest, "missing or malformed \(name)", field: name)
        }
        return text
    }
}
