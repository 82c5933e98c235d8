import ArchiveIndex
import Foundation
import HTTPTypes
import NIOCore
import Testing
@testable import KBServer

/// The pages' forms: each needs its right and the session's CSRF token, and a refusal changes
/// nothing; a form that passes both does what it says.
@Suite struct PageFormTests {
    typealias F = ServerFixture

    /// A logged-in session: its cookie and CSRF token.
    static func session(_ client: LiveClient, _ name: String) async throws -> (cookie: String, csrf: String) {
        let login = try await client.execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                             body: F.body(["name": name, "password": F.password]))
        #expect(login.status == .ok)
        return (String((login.headers[.setCookie] ?? "").split(separator: ";").first ?? ""), F.json(login)["csrfToken"] as? String ?? "")
    }

    static func post(_ client: LiveClient, _ path: String, _ form: String, as session: (cookie: String, csrf: String)?, csrf: Bool = true) async throws -> Answer {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let session { headers[.cookie] = session.cookie }
        let token = csrf ? "csrf=\(session?.csrf ?? "")&" : ""
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: token + form))
    }

    /// Every form of the curation and admin pages, with the role that may send it.
    static let forms: [(path: String, form: String, role: Role)] = [
        ("/customers/1/aliases", "alias=%E6%B5%8B%E8%AF%95", .supervisor),
        ("/customers/1/merge", "other=%232", .supervisor),
        ("/links/1/accept", "", .supervisor),
        ("/reviews/1", "customer=", .supervisor),
        ("/slips/verify", "", .supervisor),
        ("/slips/retention", "type=repair-order&years=3", .supervisor),
        ("/slips/FW-2023-0688/hold", "", .supervisor),
        ("/admin/users", "name=intruder&role=admin&password=long-enough-password", .admin),
        ("/admin/users/engineer/role", "role=admin", .admin),
        ("/admin/users/supervisor/disable", "", .admin),
        ("/admin/users/supervisor/password", "password=long-enough-password", .admin),
        ("/admin/users/supervisor/token", "", .admin),
        ("/admin/reindex", "", .admin),
        ("/admin/compact", "", .admin),
        ("/admin/check", "", .admin),
    ]

    @Test func everyFormNeedsItsRightAndTheSessionsTokenAndARefusalChangesNothing() async throws {
        try await F.withServer { client, store in
            let engineer = try await Self.session(client, "engineer")
            let holders = [Role.supervisor: try await Self.session(client, "supervisor"), .admin: try await Self.session(client, "admin")]
            let auditBefore = try SlipArchive(store: store).auditEntries().count
            let accountsBefore = try Accounts(store: store).list()
            let retentionBefore = try SlipArchive(store: store).retentionYears()
            for f in Self.forms {
                let asEngineer = try await Self.post(client, f.path, f.form, as: engineer)
                #expect(asEngineer.status == .forbidden, "\(f.path) as an engineer: \(asEngineer.status)")
                let noToken = try await Self.post(client, f.path, f.form, as: holders[f.role], csrf: false)
                #expect(noToken.status == .forbidden, "\(f.path) without the CSRF token: \(noToken.status)")
                let bearer = try await client.execute(uri: f.path, method: .post,
                                                      headers: [.authorization: "Bearer \(F.tokens.byName[f.role.rawValue] ?? "")",
                                                                .contentType: "application/x-www-form-urlencoded"],
                                                      body: ByteBuffer(string: f.form))
                #expect(bearer.status == .forbidden, "\(f.path) with a bearer token (no session): \(bearer.status)")
                let anonymous = try await Self.post(client, f.path, f.form, as: nil)
                #expect(anonymous.status == .seeOther && anonymous.headers[.location]?.hasPrefix("/login") == true, "\(f.path) logged out")
            }
            // Nothing was done: no act on the audit log since the logins, accounts and retention as they were.
            let acts = try SlipArchive(store: store).auditEntries().dropFirst(auditBefore).map(\.action)
            #expect(acts.isEmpty, "\(acts)")
            #expect(try Accounts(store: store).list() == accountsBefore)
            #expect(try SlipArchive(store: store).retentionYears() == retentionBefore)

            // With both, the form does what it says.
            let supervisor = try #require(holders[.supervisor])
            let alias = try await Self.post(client, "/customers/1/aliases", "alias=%E6%B5%8B%E8%AF%95%E5%88%AB%E5%90%8D", as: supervisor)
            #expect(alias.status == .seeOther && alias.headers[.location] == "/customers/1?done=alias")
            #expect(try store.customerRecords().first { $0.id == 1 }?.aliases.contains("测试别名") == true)
            // A rule's refusal is a page in the reader's language with the rule's status, never a 500.
            let merge = try await Self.post(client, "/customers/1/merge", "other=%232", as: supervisor)
            #expect(merge.status == .conflict)
            #expect(String(buffer: merge.body).contains("都是已确认的客户"))
            let admin = try #require(holders[.admin])
            let added = try await Self.post(client, "/admin/users", "name=newcomer&role=trainer&password=long-enough-password", as: admin)
            let newcomer = try Accounts(store: store).find("newcomer")
            #expect(added.status == .seeOther && newcomer?.role == .trainer)
            let short = try await Self.post(client, "/admin/users", "name=shorty&role=trainer&password=short", as: admin)
            #expect(short.status == .badRequest && String(buffer: short.body).contains("密码至少需要"))
            #expect(!String(buffer: short.body).contains("short\""), "the password is not echoed back")
            #expect(try Accounts(store: store).find("shorty") == nil)
        }
    }

    @Test func aPageSendsBackOnlyToItsOwnPaths() async throws {
        try await F.withServer { client, _ in
            for next in ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example", "/%0d%0aSet-Cookie:x=1"] {
                let r = try await client.execute(uri: "/language/en?next=" + next, method: .get)
                #expect(r.status == .seeOther && r.headers[.location] == "/search", "\(next) → \(r.headers[.location] ?? "")")
            }
            let ok = try await client.execute(uri: "/language/en?next=/units/DA7600", method: .get)
            #expect(ok.headers[.location] == "/units/DA7600")
        }
    }

    @Test func aLinkSwitchesTheBrowsersLanguageAndOnlyTheSessionsFormTheAccounts() async throws {
        try await F.withServer { client, store in
            let engineer = try await Self.session(client, "engineer")
            let id = try #require(try Accounts(store: store).find("engineer")?.id)
            // A GET (a link another site could embed) sets the cookie and writes nothing.
            let link = try await client.execute(uri: "/language/en?next=/search", method: .get, headers: [.cookie: engineer.cookie])
            #expect(link.status == .seeOther && (link.headers[.setCookie] ?? "").contains("kb_lang=en"))
            #expect(try Accounts(store: store).language(of: id) == nil)
            let forged = try await Self.post(client, "/language/zh-Hant?next=/search", "", as: engineer, csrf: false)
            #expect(forged.status == .forbidden)
            #expect(try Accounts(store: store).language(of: id) == nil)
            let form = try await Self.post(client, "/language/zh-Hant?next=/search", "", as: engineer)
            #expect(form.status == .seeOther && form.headers[.location] == "/search")
            #expect(try Accounts(store: store).language(of: id) == "zh-Hant")
        }
    }
}
