import ArchiveIndex
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// An answer other than success: a status and a JSON body that says what was wrong, naming
/// the field, the right or the record, and never the server's internals.
public struct APIError: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let message: String
    public var field: String?
    public var right: String?
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil, right: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
        self.right = right
    }

    struct Body: Encodable {
        struct Detail: Encodable { let status: Int; let message: String; let field: String?; let right: String? }
        let error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONOut.response(Body(error: .init(status: status.code, message: message, field: field, right: right)), status: status)
        for h in headers { response.headers.append(h) }
        return response
    }

    /// The answer for an error of the archive's own.
    static func from(_ e: KBError) -> APIError {
        switch e {
        case .notFound(let m): APIError(.notFound, m)
        case .ambiguous(let m): APIError(.conflict, m)
        case .badQuery(let m): APIError(.badRequest, m)
        case let .badInput(path, reason): APIError(.badRequest, "\(path): \(reason)")
        case let .forbidden(right, _): APIError(.forbidden, e.description, right: right.rawValue)
        case .refused(let m): APIError(.conflict, m)
        case .rule(let r): APIError(r.missing ? .badRequest : .conflict, r.message)
        case .unauthorized(let m): APIError(.unauthorized, m)
        case .store, .environment: APIError(.internalServerError, "the server could not complete the request; the details are in its log")
        case .diskFull:
            APIError(.init(code: 507, reasonPhrase: "Insufficient Storage"),
                     "the server's disk is full: nothing stored before was lost, but nothing new can be kept; tell the administrator")
        case .busy:
            // Not the message: it names the store's folder.
            { var a = APIError(.serviceUnavailable, "the archive is busy with another writer (a kb command at the server); try again shortly")
              a.headers[.retryAfter] = "30"
              return a }()
        }
    }
}

extension ErrorMiddleware {
    static func answer(_ e: KBError, _ request: Request, _ context: KBContext) throws -> Response {
        let answer = APIError.from(e)
        if answer.status == .internalServerError || answer.status.code == 507 {
            context.logger.error("\(request.method) \(request.uri.path): \(e.description)")
        }
        return try answer.response(from: request, context: context)
    }
}

/// Turns every error into a JSON answer: the archive's errors by their kind, a body too large
/// as 413, anything unforeseen as a bare 500 whose details go to the log only.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = KBContext
    /// The slip upload limit, to name in a 413.
    let maxUpload: Int
    /// The store, to name in the log when its disk is full.
    let store: StoreLocation

    func handle(_ request: Request, context: KBContext, next: (Request, KBContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let e as APIError {
            return try e.response(from: request, context: context)
        } catch is NIOTooManyBytesError {
            let limit = request.headers[.contentType]?.hasPrefix("multipart/") == true
                ? "a slip upload takes at most \(maxUpload >> 20) MB (kb serve --max-upload)" : "a JSON body takes at most 1 MB"
            return try APIError(.contentTooLarge, "the request body is too large: \(limit)").response(from: request, context: context)
        } catch let e as HTTPResponseError where e.status == .notFound && !Routes.methods(for: request.uri.path).isEmpty {
            let allowed = Routes.methods(for: request.uri.path)
            var answer = APIError(.methodNotAllowed, "\(request.uri.path) answers \(allowed.map(\.rawValue).joined(separator: ", ")), not \(request.method)")
            answer.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
            return try answer.response(from: request, context: context)
        } catch let e as HTTPResponseError where e.status != .internalServerError {
            let message = e.status == .notFound ? "no such route: \(request.method) \(request.uri.path)" : e.status.reasonPhrase
            return try APIError(e.status, message).response(from: request, context: context)
        } catch {
            // The archive's own errors, and SQLite or Xapian out of disk space said as the archive says it.
            if let e = KBError.plain(error, store: store) as? KBError { return try Self.answer(e, request, context) }
            context.logger.error("\(request.method) \(request.uri.path): \(String(reflecting: error))")
            return try APIError(.internalServerError, "the server could not complete the request; the details are in its log")
                .response(from: request, context: context)
        }
    }
}

/// JSON out, one style for every answer: camelCase keys, sorted, no escaped slashes.
enum JSONOut {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
