import ArchiveIndex
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Mustache

/// The server's pages: HTML made from mustache templates (values escaped by the template),
/// one stylesheet and one small script, all served by kb. Each page stands on the same
/// library calls as the API route beside it.
struct Pages: Sendable {
    let library: MustacheLibrary
    let staticFolder: URL

    static func load() async throws -> Pages {
        guard let base = Bundle.module.resourceURL else { throw KBError.environment("kb's page templates are missing from its install") }
        let library = try await MustacheLibrary(directory: base.appendingPathComponent("Templates").path)
        return Pages(library: library, staticFolder: base.appendingPathComponent("Static"))
    }

    /// A page in the request's language, inside the layout.
    func render(_ template: String, title: String, _ data: [String: Any], request: Request, context: KBContext,
                status: HTTPResponse.Status = .ok) -> Response {
        let lang = Language.of(request)
        let strings = Strings.all(lang)
        var values = data
        values["t"] = strings
        let body = library.render(values, withTemplate: template) ?? ""
        let next = Self.encode(request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""))
        var layout: [String: Any] = [
            "t": strings, "lang": lang.htmlTag, "title": title, "body": body,
            "query": data["query"] as? String ?? "",
            "languages": Language.allCases.map { ["code": $0.rawValue, "label": $0.label, "current": $0 == lang, "next": next] as [String: Any] },
        ]
        // A page that shows work under way reloads itself (no script needed).
        if let seconds = data["refresh"] as? Int { layout["refresh"] = seconds }
        if let account = context.identity {
            layout["account"] = ["name": account.name, "role": Strings.role(account.role.rawValue, lang), "csrf": context.sessions.session?.csrf ?? "",
                                 "mayAudit": Policy.rights(of: account.role).contains(.readAudit),
                                 "mayAdmin": Policy.rights(of: account.role).contains(.manageUsers)] as [String: Any]
        }
        let html = library.render(layout, withTemplate: "layout") ?? ""
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: .init(string: html)))
    }

    /// The page for an error: in the account's language, never the server's internals.
    func error(_ status: HTTPResponse.Status, _ message: String, right: String? = nil, request: Request, context: KBContext) -> Response {
        let lang = Language.of(request)
        let heading = switch status {
        case .forbidden: Strings.text("forbidden", lang)
        case .notFound: Strings.text("notFound", lang)
        default: Strings.text("badRequest", lang)
        }
        var data: [String: Any] = ["heading": heading, "message": message]
        if let right { data["right"] = right }
        return render("error", title: heading, data, request: request, context: context, status: status)
    }

    /// What a page says when the library refuses an act: the API's message and status (never
    /// the server's internals, which go to its log).
    func refusal(_ e: KBError, _ request: Request, _ context: KBContext) -> (String, HTTPResponse.Status) {
        let answer = APIError.from(e)
        if answer.status == .internalServerError { context.logger.error("\(request.uri.path): \(e.description)") }
        // A rule the catalogue knows is said in the reader's language.
        if case .rule(let r) = e, Strings.catalogue["rule." + r.code] != nil {
            let text = r.values.reduce(Strings.text("rule." + r.code, Language.of(request))) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
            return (text, answer.status)
        }
        return (answer.message, answer.status)
    }

    /// A value for a path segment or a query parameter: everything but the unreserved
    /// characters (letters, digits, - . _ ~) percent-encoded.
    static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// A path to return to after login or a language switch: only one of ours.
    static func safeNext(_ next: String?) -> String {
        // No control character anywhere: browsers drop a tab, and `/\t/evil.example` becomes `//evil.example`.
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
              !next.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            return "/search"
        }
        return next
    }

    static func redirect(_ to: String) -> Response {
        Response(status: .seeOther, headers: [.location: to])
    }

    static let staticTypes = ["kb.css": "text/css; charset=utf-8", "kb.js": "text/javascript; charset=utf-8"]

    func staticFile(_ name: String) -> Response? {
        guard let type = Self.staticTypes[name], let data = FileManager.default.contents(atPath: staticFolder.appendingPathComponent(name).path) else {
            return nil
        }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: .init(bytes: data)))
    }
}
