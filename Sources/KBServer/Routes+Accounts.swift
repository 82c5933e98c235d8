import ArchiveIndex
import Foundation
import Hummingbird
import HummingbirdAuth

struct LoginInput: APIInput {
    let name: String
    let password: String
    static let fields = [Param("name", required: true, "the account's name"), Param("password", required: true, "its password")]
}

struct NewAccountInput: APIInput {
    let name: String
    let role: String
    let password: String
    static let fields = [Param("name", required: true, "the account's name"),
                         Param("role", required: true, "engineer, trainer, supervisor or admin"),
                         Param("password", required: true, "10 to 72 bytes")]
}

struct RoleInput: APIInput {
    let role: String
    static let fields = [Param("role", required: true, "engineer, trainer, supervisor or admin")]
}

struct PasswordInput: APIInput {
    let current: String
    let password: String
    static let fields = [Param("current", required: true, "the password now"), Param("password", required: true, "the new one: 10 to 72 bytes")]
}

struct ResetInput: APIInput {
    let password: String
    static let fields = [Param("password", required: true, "10 to 72 bytes")]
}

/// What a login returns: the account, and the token that writes made with the session's
/// cookie must carry in `X-KB-CSRF`.
struct LoginOutput: Encodable {
    let account: Account
    let rights: [String]
    let csrfToken: String
}

extension Routes {
    static let accounts: [Endpoint] = [
        Endpoint(method: .post, path: "/api/v1/login", right: nil, summary: "Log in: sets an HttpOnly, SameSite=Strict session cookie",
                 body: .json(LoginInput.fields)) { request, context, env in
            let input = try await Input.decode(LoginInput.self, request, context)
            switch try await env.login(name: input.name.trimmingCharacters(in: .whitespaces), password: input.password, context: context) {
            case .malformedName:
                throw APIError(.badRequest, "an account name has 1 to 64 characters and no control characters", field: "name")
            case .refused(let seconds):
                var e = APIError(.tooManyRequests, "too many failed logins for this name or address, or too many at once; try again in \(seconds) s")
                e.headers[.retryAfter] = String(seconds)
                throw e
            case .wrong:
                throw APIError(.unauthorized, "wrong name or password, or the account is disabled")
            case .loggedIn(let account, let csrf):
                return try JSONOut.response(LoginOutput(account: account, rights: rights(account.role), csrfToken: csrf))
            }
        },
        Endpoint(method: .post, path: "/api/v1/logout", right: .read, summary: "Log out: ends the session") { _, context, _ in
            context.sessions.clearSession()
            return try JSONOut.response(["loggedOut": true])
        },
        Endpoint(method: .get, path: "/api/v1/me", right: .read, summary: "The logged-in account and its rights") { _, context, _ in
            let account = try context.identity.unwrap()
            struct Me: Encodable { let account: Account; let rights: [String] }
            return try JSONOut.response(Me(account: account, rights: rights(account.role)))
        },
        Endpoint(method: .get, path: "/api/v1/users", right: .manageUsers, summary: "Every account") { _, _, env in
            try JSONOut.response(["users": try await env.read { try Accounts(store: $0).list() }])
        },
        Endpoint(method: .post, path: "/api/v1/users", right: .manageUsers, summary: "Add an account",
                 body: .json(NewAccountInput.fields)) { request, context, env in
            let input = try await Input.decode(NewAccountInput.self, request, context)
            let role = try role(input.role)
            let actor = try context.requireActor()
            let account = try await env.write { try Accounts(store: $0.store).add(name: input.name, role: role, password: input.password, by: actor) }
            return try JSONOut.response(account, status: .created)
        },
        Endpoint(method: .post, path: "/api/v1/users/{name}/role", right: .manageUsers, summary: "Change an account's role",
                 body: .json(RoleInput.fields)) { request, context, env in
            let input = try await Input.decode(RoleInput.self, request, context)
            let (name, role, actor) = (try context.parameters.text("name"), try role(input.role), try context.requireActor())
            try await env.write { try Accounts(store: $0.store).setRole(name, role, by: actor) }
            return try JSONOut.response(try await env.read { try Accounts(store: $0).find(name) })
        },
        Endpoint(method: .post, path: "/api/v1/users/{name}/disable", right: .manageUsers, summary: "Disable an account (its token stops working)") { _, context, env in
            let (name, actor) = (try context.parameters.text("name"), try context.requireActor())
            try await env.write { try Accounts(store: $0.store).setDisabled(name, true, by: actor) }
            return try JSONOut.response(try await env.read { try Accounts(store: $0).find(name) })
        },
        Endpoint(method: .post, path: "/api/v1/users/{name}/enable", right: .manageUsers, summary: "Enable a disabled account") { _, context, env in
            let (name, actor) = (try context.parameters.text("name"), try context.requireActor())
            try await env.write { try Accounts(store: $0.store).setDisabled(name, false, by: actor) }
            return try JSONOut.response(try await env.read { try Accounts(store: $0).find(name) })
        },
        Endpoint(method: .post, path: "/api/v1/users/{name}/token", right: .manageUsers,
                 summary: "A new API token for an account, returned once (the one before stops working)") { _, context, env in
            let (name, actor) = (try context.parameters.text("name"), try context.requireActor())
            let token = try await env.write { try Accounts(store: $0.store).issueToken(name, by: actor) }
            return try JSONOut.response(["name": name, "token": token], status: .created)
        },
        Endpoint(method: .post, path: "/api/v1/users/{name}/password", right: .manageUsers, summary: "Set an account's password (an admin's reset)",
                 body: .json(ResetInput.fields)) { request, context, env in
            let (name, actor) = (try context.parameters.text("name"), try context.requireActor())
            let input = try await Input.decode(ResetInput.self, request, context)
            try await env.write { try Accounts(store: $0.store).setPassword(name, input.password, by: actor) }
            return try JSONOut.response(["name": name, "changed": "yes"])
        },
        Endpoint(method: .post, path: "/api/v1/me/password", right: .read,
                 summary: "Change one's own password (every session of the account ends)", body: .json(PasswordInput.fields)) { request, context, env in
            let input = try await Input.decode(PasswordInput.self, request, context)
            let actor = try context.requireActor()
            guard try await env.checkPassword({ try Accounts(store: $0).authenticate(name: actor.name, password: input.current) }) != nil else {
                throw APIError(.forbidden, "the current password is wrong", field: "current")
            }
            try await env.write { try Accounts(store: $0.store).setPassword(actor.name, input.password, by: actor) }
            context.sessions.clearSession()
            return try JSONOut.response(["changed": true])
        },
    ]

    static func rights(_ role: Role) -> [String] { Policy.rights(of: role).map(\.rawValue).sorted() }

    static func role(_ text: String) throws -> Role {
        guard let r = Role(rawValue: text) else {
            throw APIError(.badRequest, "unknown role '\(text)' (engineer, trainer, supervisor or admin)", field: "role")
        }
        return r
    }
}

enum Token {
    /// 256 random bits, base64url.
    static func random() -> String {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

extension Optional {
    func unwrap() throws -> Wrapped {
        guard let self else { throw APIError(.unauthorized, "log in first") }
        return self
    }
}
