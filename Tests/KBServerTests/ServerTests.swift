import ArchiveIndex
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import KBServer

@Suite struct ServerAccessTests {
    typealias F = ServerFixture

    /// A value for a path parameter: an id that exists in no table, or a word.
    static func fill(_ path: String) -> String {
        path.replacingOccurrences(of: "{id}", with: "999999").replacingOccurrences(of: "{serial}", with: "NOSUCHSERIAL1")
            .replacingOccurrences(of: "{customer}", with: "nosuchcustomer").replacingOccurrences(of: "{slip}", with: "NO-SUCH-SLIP")
            .replacingOccurrences(of: "{name}", with: "nosuchaccount").replacingOccurrences(of: "{term}", with: "nosuchterm")
    }

    @Test func everyRouteForEveryRoleGivesTheStatusThePolicySays() async throws {
        try await F.withServer { client, _ in
            for endpoint in Routes.all {
                let uri = Self.fill(endpoint.path)
                // Nobody logged in: 401 on every route that needs a right.
                let anonymous = try await client.execute(uri: uri, method: endpoint.method, headers: [.contentType: "application/json"], body: F.body([:]))
                if endpoint.right != nil {
                    #expect(anonymous.status == .unauthorized, "\(endpoint.method) \(endpoint.path) without an account: \(anonymous.status)")
                }
                for role in Role.allCases {
                    let r = try await client.execute(uri: uri, method: endpoint.method, headers: F.bearer(role), body: F.body([:]))
                    let where_ = "\(endpoint.method) \(endpoint.path) as \(role.rawValue)"
                    #expect(r.status != .internalServerError, "\(where_): 500 \(F.errorMessage(r))")
                    if let right = endpoint.right, !Policy.rights(of: role).contains(right) {
                        #expect(r.status == .forbidden, "\(where_) should be refused: \(r.status)")
                        let error = F.json(r)["error"] as? [String: Any]
                        #expect(error?["right"] as? String == right.rawValue, "\(where_): the refusal names the right")
                    } else {
                        #expect(r.status != .forbidden && r.status != .unauthorized, "\(where_) should be allowed: \(r.status) \(F.errorMessage(r))")
                    }
                }
            }
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryRouteAndNothingElse() async throws {
        try await F.withServer { client, _ in
            let r = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(r.status == .ok)
            let doc = F.json(r)
            #expect(doc["openapi"] as? String == "3.1.0")
            let paths = doc["paths"] as? [String: [String: Any]] ?? [:]
            var documented = Set<String>()
            for (path, ops) in paths { for method in ops.keys { documented.insert("\(method.uppercased()) \(path)") } }
            let routed = Set(Routes.all.map { "\($0.method.rawValue) \($0.path)" })
            #expect(documented == routed)
            // Every documented route answers (no 404 for a route the document lists).
            for endpoint in Routes.all where endpoint.method == .get && endpoint.pathParameters.isEmpty {
                let answer = try await client.execute(uri: endpoint.path + (endpoint.path.hasSuffix("/diff") ? "" : ""), method: .get, headers: F.bearer(.admin))
                #expect(answer.status != .notFound, "\(endpoint.path)")
            }
            // Each documented query parameter is accepted; an undocumented one is refused, by name.
            let search = try await client.execute(uri: "/api/v1/search?q=rotor&nosuch=1", method: .get, headers: F.bearer(.engineer))
            #expect(search.status == .badRequest && (F.json(search)["error"] as? [String: Any])?["field"] as? String == "nosuch")
        }
    }

    @Test func loginAndLogout() async throws {
        try await F.withServer { client, store in
            let login = try await client.execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                                 body: F.body(["name": "engineer", "password": F.password]))
            #expect(login.status == .ok)
            let setCookie = login.headers[.setCookie] ?? ""
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
            #expect(!F.json(login).description.contains(F.password))
            let cookie = String(setCookie.split(separator: ";").first ?? "")
            let csrf = F.json(login)["csrfToken"] as? String ?? ""
            var me = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie])
            #expect(me.status == .ok && (F.json(me)["account"] as? [String: Any])?["name"] as? String == "engineer")
            // A write with the cookie but without the CSRF token is refused; with it, it goes.
            let noToken = try await client.execute(uri: "/api/v1/logout", method: .post, headers: [.cookie: cookie])
            #expect(noToken.status == .forbidden)
            let out = try await client.execute(uri: "/api/v1/logout", method: .post, headers: [.cookie: cookie, .kbCSRF: csrf])
            #expect(out.status == .ok)
            me = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie])
            #expect(me.status == .unauthorized)
            // Logins, good and bad, are on the audit log with the address; the password is nowhere.
            let audit = try SlipArchive(store: store).auditEntries()
            #expect(audit.contains { $0.action == "login" && $0.who == "engineer" && $0.detail.contains("127.0.0.1") })
            #expect(!audit.contains { $0.detail.contains(F.password) })
        }
    }

    @Test func aSessionEndsAfterTheIdleTime() async throws {
        let idle: Duration = .seconds(5)
        try await F.withServer(F.configuration { $0.idleTimeout = idle }) { client, _ in
            // Timed from before the login was sent: when less than the idle time has passed by the
            // time /me has answered, the session cannot have ended yet. (A machine too busy to
            // answer within it leaves that half of the check out; the other half always holds.)
            let start = ContinuousClock.now
            let login = try await client.execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                                 body: F.body(["name": "engineer", "password": F.password]))
            let cookie = String((login.headers[.setCookie] ?? "").split(separator: ";").first ?? "")
            let fresh = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie])
            if ContinuousClock.now - start < idle { #expect(fresh.status == .ok) }
            try await Task.sleep(for: idle + .seconds(1))
            #expect(try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie]).status == .unauthorized)
        }
    }

    @Test func repeatedFailedLoginsAreSlowedThenRefused() async throws {
        try await F.withServer(F.configuration { $0.throttle.slowAfter = 2; $0.throttle.refuseAfter = 4 }) { client, store in
            func attempt(_ password: String) async throws -> Answer {
                try await client.execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                         body: F.body(["name": "supervisor", "password": password]))
            }
            for _ in 0..<4 { #expect(try await attempt("wrong password!").status == .unauthorized) }
            let refused = try await attempt("wrong password!")
            #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] != nil)
            // Refused even with the right password, until the window has passed.
            #expect(try await attempt(F.password).status == .tooManyRequests)
            // The same account under another spelling is the same account.
            for variant in ["SUPERVISOR", "super-visor", "ｓｕｐｅｒｖｉｓｏｒ", " supervisor "] {
                let r = try await client.execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                                 body: F.body(["name": variant, "password": F.password]))
                #expect(r.status == .tooManyRequests, "\(variant): \(r.status)")
            }
            // Each checked failure is on the audit log; a refusal is not (it would let anyone fill it).
            let failed = try SlipArchive(store: store).auditEntries().filter { $0.action == "login failed" }
            #expect(failed.count == 4)
        }
    }

    @Test func manyLoginsAtOnceAreCountedBeforeTheyAreChecked() async throws {
        try await F.withServer(F.configuration { $0.throttle.slowAfter = 100; $0.throttle.refuseAfter = 4 }) { client, _ in
            let port = try #require(client.port)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<12 {
                    group.addTask {
                        let c = F.client(port)
                        let r = try await c.post("/api/v1/login", headers: [.contentType: "application/json"],
                                                 body: F.body(["name": "trainer", "password": "not the password"]))
                        try await c.shutdown()
                        return Int(r.status.code)
                    }
                }
                var all: [Int] = []
                for try await s in group { all.append(s) }
                return all
            }
            #expect(statuses.filter { $0 == 401 }.count <= 4, "\(statuses)")
            #expect(statuses.allSatisfy { $0 == 401 || $0 == 429 })
        }
    }

    @Test func changingOnesPasswordNeedsTheCurrentOneAndEndsEverySession() async throws {
        try await F.withServer { client, _ in
            func login(_ password: String) async throws -> (Answer, String, String) {
                let r = try await client.execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                                 body: F.body(["name": "trainer2", "password": password]))
                return (r, String((r.headers[.setCookie] ?? "").split(separator: ";").first ?? ""), F.json(r)["csrfToken"] as? String ?? "")
            }
            let (_, first, _) = try await login(F.password)
            let (_, second, csrf) = try await login(F.password)
            let headers: HTTPFields = [.cookie: second, .kbCSRF: csrf, .contentType: "application/json"]
            let wrong = try await client.execute(uri: "/api/v1/me/password", method: .post, headers: headers,
                                                 body: F.body(["current": "not it at all", "password": "a new password 1"]))
            #expect(wrong.status == .forbidden)
            let changed = try await client.execute(uri: "/api/v1/me/password", method: .post, headers: headers,
                                                   body: F.body(["current": F.password, "password": "a new password 1"]))
            #expect(changed.status == .ok)
            // Both sessions have ended; the new password works.
            try await Task.sleep(for: .milliseconds(1100))
            #expect(try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: first]).status == .unauthorized)
            #expect(try await login("a new password 1").0.status == .ok)
        }
    }

    @Test func aBearerTokenOfADisabledAccountStopsWorking() async throws {
        try await F.withServer { client, _ in
            #expect(try await client.execute(uri: "/api/v1/me", method: .get, headers: F.bearer(.trainer)).status == .ok)
            let off = try await client.execute(uri: "/api/v1/users/trainer/disable", method: .post, headers: F.bearer(.admin))
            #expect(off.status == .ok)
            #expect(try await client.execute(uri: "/api/v1/me", method: .get, headers: F.bearer(.trainer)).status == .unauthorized)
            let bogus: HTTPFields = [.authorization: "Bearer kb_not-a-token"]
            #expect(try await client.execute(uri: "/api/v1/me", method: .get, headers: bogus).status == .unauthorized)
        }
    }
}

@Suite struct ServerWorkflowTests {
    typealias F = ServerFixture

    @Test func anAuthorCannotApproveTheirOwnArticleThroughTheAPI() async throws {
        try await F.withServer { client, store in
            let created = try await client.execute(uri: "/api/v1/articles", method: .post, headers: F.bearer(.trainer),
                                                   body: F.body(["title": "离心机转速上不去", "body": "检查碳刷。\n\n**更换**后测试。", "models": ["TDL-5M"]]))
            #expect(created.status == .created)
            let id = F.json(created)["id"] as? Int ?? 0
            #expect((F.json(created)["author"] as? String) == "trainer")
            #expect(try await client.execute(uri: "/api/v1/articles/\(id)/submit", method: .post, headers: F.bearer(.trainer)).status == .ok)
            let own = try await client.execute(uri: "/api/v1/articles/\(id)/approve", method: .post, headers: F.bearer(.trainer))
            #expect(own.status == .conflict && F.errorMessage(own).contains("cannot approve"))
            // An engineer may not approve at all.
            #expect(try await client.execute(uri: "/api/v1/articles/\(id)/approve", method: .post, headers: F.bearer(.engineer)).status == .forbidden)
            let other = try await client.execute(uri: "/api/v1/articles/\(id)/approve", method: .post, headers: F.bearer("trainer2"))
            #expect(other.status == .ok && F.json(other)["state"] as? String == "published")
            let events = try store.articleEvents(Int64(id))
            #expect(events.contains { $0.action == "approve" && $0.who == "trainer2" })
            #expect(try SlipArchive(store: store).auditEntries().contains { $0.action == "article approve" && $0.who == "trainer2" && $0.detail.contains("api 127.0.0.1") })
        }
    }

    @Test func aReviewerWhoRewroteAnArticleInReviewCannotApproveIt() async throws {
        try await F.withServer { client, _ in
            let created = try await client.execute(uri: "/api/v1/articles", method: .post, headers: F.bearer(.engineer),
                                                   body: F.body(["title": "Rotor imbalance", "body": "Balance the tubes."]))
            let id = F.json(created)["id"] as? Int ?? 0
            #expect(try await client.execute(uri: "/api/v1/articles/\(id)/submit", method: .post, headers: F.bearer(.engineer)).status == .ok)
            let rewritten = try await client.execute(uri: "/api/v1/articles/\(id)", method: .put, headers: F.bearer(.trainer),
                                                     body: F.body(["title": "Rotor imbalance", "body": "Bridge the safety interlock with a wire."]))
            #expect(rewritten.status == .ok)
            let own = try await client.execute(uri: "/api/v1/articles/\(id)/approve", method: .post, headers: F.bearer(.trainer))
            #expect(own.status == .conflict, "the trainer wrote version 2 and may not approve it: \(own.status)")
            #expect(try await client.execute(uri: "/api/v1/articles/\(id)/approve", method: .post, headers: F.bearer("trainer2")).status == .ok)
        }
    }

    @Test func anEngineersLinkProposalIsAppliedWhenASupervisorAcceptsIt() async throws {
        try await F.withServer { client, store in
            // A repair card and a customer it is not linked to.
            let doc = try #require(try store.documentIDs(kind: .repair).first)
            let linked = Set(try store.requireDocument(doc.rawValue).customers.map(\.name))
            let other = try #require(try store.customerRecords().first { !$0.provisional && !linked.contains($0.name) })
            let proposed = try await client.execute(uri: "/api/v1/documents/\(doc.rawValue)/link-proposals", method: .post, headers: F.bearer(.engineer),
                                                    body: F.body(["customer": "#\(other.id)", "action": "add", "note": "the card names their lab"]))
            #expect(proposed.status == .created, "\(F.errorMessage(proposed))")
            let id = F.json(proposed)["id"] as? Int ?? 0
            // Proposing changes nothing yet.
            #expect(!(try store.requireDocument(doc.rawValue).customers.map(\.name)).contains(other.name))
            #expect(try await client.execute(uri: "/api/v1/link-proposals/\(id)/accept", method: .post, headers: F.bearer(.engineer)).status == .forbidden)
            let accepted = try await client.execute(uri: "/api/v1/link-proposals/\(id)/accept", method: .post, headers: F.bearer(.supervisor))
            #expect(accepted.status == .ok && F.json(accepted)["decidedBy"] as? String == "supervisor")
            #expect(try store.requireDocument(doc.rawValue).customers.map(\.name).contains(other.name))
            let twice = try await client.execute(uri: "/api/v1/link-proposals/\(id)/decline", method: .post, headers: F.bearer(.supervisor))
            #expect(twice.status == .conflict)
        }
    }

    @Test func aDocumentsOriginalFileIsDownloadedByteForByte() async throws {
        try await F.withServer { client, store in
            // A Word file of the bundled archive, as the fixture ingested it (sources are relative to it).
            let doc = try #require(try store.documents(try store.allDocumentIDs()).first { $0.format == "docx" })
            let (id, path) = (doc.id.rawValue, F.root.appendingPathComponent("corpus/archive").appendingPathComponent(doc.source).path)
            let r = try await client.execute(uri: "/api/v1/documents/\(id)/original", method: .get, headers: F.bearer(.engineer))
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(r.status == .ok && Data(buffer: r.body) == onDisk)
            #expect(r.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(r.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            let missing = try await client.execute(uri: "/api/v1/documents/999999/original", method: .get, headers: F.bearer(.engineer))
            #expect(missing.status == .notFound)
        }
    }

    @Test func aSlipUploadedIsDownloadedByteForByteAndTheDownloadIsAudited() async throws {
        try await F.withServer { client, store in
            let original = try Data(contentsOf: F.root.appendingPathComponent("corpus/slips/FW-2023-0688_服务报告单_一院检验科_已签字.pdf"))
            let boundary = "kbtestboundary7MA4YWxk"
            var body = Data()
            func field(_ name: String, _ value: String) {
                body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
            }
            field("number", "FW-2099-0001")
            field("type", "service-report")
            field("date", "2023-06-01")
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/evil.pdf\"\r\nContent-Type: application/pdf\r\n\r\n".utf8))
            body.append(original)
            body.append(Data("\r\n--\(boundary)--\r\n".utf8))
            var headers = F.bearer(.engineer)
            headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
            let up = try await client.execute(uri: "/api/v1/slips", method: .post, headers: headers, body: ByteBuffer(bytes: body))
            #expect(up.status == .created, "\(F.errorMessage(up))")
            let slip = F.json(up)
            #expect(slip["number"] as? String == "FW-2099-0001" && slip["originalName"] as? String == "evil.pdf")
            let down = try await client.execute(uri: "/api/v1/slips/FW-2099-0001/original", method: .get, headers: F.bearer(.engineer))
            #expect(down.status == .ok && Data(buffer: down.body) == original)
            #expect(down.headers[.contentType] == "application/pdf")
            let audit = try await client.execute(uri: "/api/v1/audit?slip=FW-2099-0001", method: .get, headers: F.bearer(.supervisor))
            let entries = F.json(audit)["entries"] as? [[String: Any]] ?? []
            #expect(entries.contains { $0["action"] as? String == "download" && $0["who"] as? String == "engineer" && ($0["detail"] as? String ?? "").contains("127.0.0.1") })
            #expect(entries.contains { $0["action"] as? String == "add" && $0["who"] as? String == "engineer" })
            // Nothing was written where the file name pointed.
            #expect(!FileManager.default.fileExists(atPath: store.location.root.deletingLastPathComponent().appendingPathComponent("etc/evil.pdf").path))
        }
    }

    @Test func concurrentWritesFromSeveralClientsAreAllApplied() async throws {
        try await F.withServer { client, store in
            let port = try #require(client.port)
            let writers = 8, each = 5
            try await withThrowingTaskGroup(of: Int.self) { group in
                for w in 0..<writers {
                    group.addTask {
                        let c = F.client(port)
                        var created = 0
                        for i in 0..<each {
                            var h = F.bearer(w % 2 == 0 ? "trainer" : "engineer")
                            h[.contentType] = "application/json"
                            let r = try await c.post("/api/v1/articles", headers: h, body: F.body(["title": "并发 \(w)-\(i)", "body": "text \(w) \(i)"]))
                            if r.status == .created { created += 1 }
                        }
                        try await c.shutdown()
                        return created
                    }
                }
                var total = 0
                for try await n in group { total += n }
                #expect(total == writers * each)
            }
            #expect(try store.articles().filter { $0.content.title.hasPrefix("并发 ") }.count == writers * each)
        }
    }
}

@Suite struct ServerBusyTests {
    typealias F = ServerFixture

    /// A kb command at the shell holds the write lock: a write through the API waits its
    /// turn, then is told the archive is busy (503, Retry-After), naming no path; reads go on.
    @Test func aWriteWhileAShellCommandWritesWaitsThenIs503() async throws {
        var configuration = F.configuration()
        configuration.lockWait = 1
        try await F.withServer(configuration) { client, store in
            nonisolated(unsafe) var shell: StoreWriteLock? = try StoreWriteLock(store.location, wait: 0)
            let started = Date()
            let r = try await client.execute(uri: "/api/v1/articles", method: .post, headers: F.bearer(.trainer),
                                             body: F.body(["title": "忙", "body": "x"]))
            #expect(r.status == .serviceUnavailable)
            #expect(Date().timeIntervalSince(started) >= 1)
            #expect(r.headers[.retryAfter] == "30")
            #expect(F.errorMessage(r).contains("busy") && !F.errorMessage(r).contains(store.location.root.path), "\(F.errorMessage(r))")
            let read = try await client.execute(uri: "/api/v1/search?q=%E7%A6%BB%E5%BF%83%E6%9C%BA", method: .get, headers: F.bearer(.engineer))
            #expect(read.status == .ok)
            #expect(shell != nil)
            shell = nil
            let after = try await client.execute(uri: "/api/v1/articles", method: .post, headers: F.bearer(.trainer),
                                                 body: F.body(["title": "不忙", "body": "x"]))
            #expect(after.status == .created)
        }
    }
}

@Suite struct ServerBadInputTests {
    typealias F = ServerFixture

    @Test func badBodiesAreRefusedNamingTheField() async throws {
        try await F.withServer { client, _ in
            let h = F.bearer(.trainer)
            func post(_ raw: String) async throws -> Answer {
                try await client.execute(uri: "/api/v1/articles", method: .post, headers: h, body: ByteBuffer(string: raw))
            }
            func field(_ r: Answer) -> String? { (F.json(r)["error"] as? [String: Any])?["field"] as? String }
            let plain = try await client.execute(uri: "/api/v1/articles", method: .post, headers: [.authorization: h[.authorization] ?? ""],
                                                 body: ByteBuffer(string: "{\"title\": \"x\", \"body\": \"y\"}"))
            #expect(plain.status == .unsupportedMediaType, "JSON is taken only as application/json")
            let malformed = try await post("{\"title\": ")
            #expect(malformed.status == .badRequest && F.errorMessage(malformed).contains("JSON"))
            let notObject = try await post("[1,2]")
            #expect(notObject.status == .badRequest)
            let wrongType = try await post("{\"title\": 5, \"body\": \"x\"}")
            #expect(wrongType.status == .badRequest && field(wrongType) == "title")
            let missing = try await post("{\"title\": \"x\"}")
            #expect(missing.status == .badRequest && field(missing) == "body")
            let unknown = try await post("{\"title\": \"x\", \"body\": \"y\", \"author\": \"someone else\"}")
            #expect(unknown.status == .badRequest && field(unknown) == "author")
            let huge = try await post("{\"title\": \"x\", \"body\": \"" + String(repeating: "a", count: 2 << 20) + "\"}")
            #expect(huge.status == .contentTooLarge)
        }
    }

    @Test func unknownIdsRoutesAndPathsAreAnswered404WithoutInternals() async throws {
        try await F.withServer { client, store in
            let h = F.bearer(.supervisor)
            for uri in ["/api/v1/documents/99999999", "/api/v1/articles/99999999", "/api/v1/slips/..%2F..%2Fetc%2Fpasswd/original",
                        "/api/v1/slips/%2Fetc%2Fpasswd/original", "/api/v1/units/ZZ-NOT-A-SERIAL-9", "/api/v1/nosuchroute", "/etc/passwd"] {
                let r = try await client.execute(uri: uri, method: .get, headers: h)
                #expect(r.status == .notFound, "\(uri): \(r.status)")
                let text = String(buffer: r.body)
                #expect(!text.contains("root:") && !text.contains(store.location.root.path) && !text.contains("Error("), "\(uri): \(text)")
                #expect(r.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(r.headers[.xContentTypeOptions] == "nosniff")
            }
            let badId = try await client.execute(uri: "/api/v1/documents/abc", method: .get, headers: h)
            #expect(badId.status == .badRequest)
        }
    }

    @Test func queriesAndPathsAreDecodedAsBrowsersAndFormEncodersWriteThem() async throws {
        try await F.withServer { client, _ in
            let h = F.bearer(.engineer)
            func total(_ uri: String) async throws -> Int {
                F.json(try await client.execute(uri: uri, method: .get, headers: h))["total"] as? Int ?? -1
            }
            // `+` is a space, as HTML forms and Python's urlencode send it.
            let plus = try await total("/api/v1/search?q=li+xin+ji")
            let spaced = try await total("/api/v1/search?q=li%20xin%20ji")
            #expect(plus > 0 && plus == spaced)
            let serial = try await client.execute(uri: "/api/v1/search?q=SN%3A+da7600+2019+0457", method: .get, headers: h)
            #expect(serial.status == .ok)
            // Repeated kinds, as `--kind` is repeatable.
            let kinds = try await client.execute(uri: "/api/v1/search?q=%E7%A6%BB%E5%BF%83%E6%9C%BA&kind=repair&kind=complaint", method: .get, headers: h)
            let facetKinds = ((F.json(kinds)["facets"] as? [String: Any])?["kind"] as? [String: Int]) ?? [:]
            #expect(kinds.status == .ok && !facetKinds.isEmpty && Set(facetKinds.keys).isSubset(of: ["repair", "complaint"]))
            // `facets=N` lists N values per facet, the commonest; out of range is a 400 naming it.
            let one = try await client.execute(uri: "/api/v1/search?q=%E7%A6%BB%E5%BF%83%E6%9C%BA&facets=1", method: .get, headers: h)
            let oneFacets = (F.json(one)["facets"] as? [String: [String: Int]]) ?? [:]
            #expect(one.status == .ok && oneFacets.count == 4 && oneFacets.values.allSatisfy { $0.count <= 1 } && oneFacets["customer"]?.count == 1)
            let tooMany = try await client.execute(uri: "/api/v1/search?q=x&facets=5000", method: .get, headers: h)
            #expect(tooMany.status == .badRequest && String(buffer: tooMany.body).contains("facets"))
            // Path values are percent-decoded: a Chinese name, a serial with spaces.
            let customer = try await client.execute(uri: "/api/v1/customers/%E5%8F%B0%E5%8C%97%E6%BE%84%E5%BF%83", method: .get, headers: h)
            #expect(customer.status == .ok)
            let unit = try await client.execute(uri: "/api/v1/units/TL5M%201706%200031", method: .get, headers: h)
            #expect(unit.status == .ok, "\(F.errorMessage(unit))")
            let multipart: HTTPFields = [.authorization: h[.authorization] ?? "", .contentType: "multipart/form-data; boundary=b"]
            let wrongField = try await client.execute(uri: "/api/v1/slips", method: .post, headers: multipart,
                                                      body: ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a.pdf\"\r\n\r\n%PDF-1\r\n--b--\r\n"))
            #expect(wrongField.status == .badRequest && F.errorMessage(wrongField).contains("unknown field 'upload'"))
        }
    }

    @Test func anUploadOverTheLimitIs413() async throws {
        try await F.withServer(F.configuration { $0.maxUpload = 64 << 10 }) { client, _ in
            var headers = F.bearer(.engineer)
            headers[.contentType] = "multipart/form-data; boundary=b"
            let big = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-" + String(repeating: "x", count: 200 << 10) + "\r\n--b--\r\n"
            let r = try await client.execute(uri: "/api/v1/slips", method: .post, headers: headers, body: ByteBuffer(string: big))
            #expect(r.status == .contentTooLarge && F.errorMessage(r).contains("--max-upload"))
            let notMultipart = try await client.execute(uri: "/api/v1/slips", method: .post, headers: F.bearer(.engineer), body: F.body([:]))
            #expect(notMultipart.status == .unsupportedMediaType)
        }
    }
}

@Suite struct ServerSupervisorAndAdminTests {
    typealias F = ServerFixture

    @Test func supervisorsExportSlipsAndSetRetentionAndAdminsIngestFromTheIngestRoot() async throws {
        let drop = FileManager.default.temporaryDirectory.appendingPathComponent("kb-ingest-root-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: drop.appendingPathComponent("new"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: drop) }
        try "维修单\n客户：某市第一人民医院检验科\n故障现象：qqxjzvbn 异响\n".write(to: drop.appendingPathComponent("new/card.txt"), atomically: true, encoding: .utf8)
        try await F.withServer(F.configuration { $0.ingestRoot = drop.path }) { client, store in
            // Retention: read by anyone, set by supervisors, on the audit log.
            let set = try await client.execute(uri: "/api/v1/slips/retention", method: .post, headers: F.bearer(.supervisor),
                                               body: F.body(["type": "repair-order", "years": 12]))
            #expect(set.status == .ok && (F.json(set)["retention"] as? [String: Any])?["repair-order"] as? Int == 12)
            // Export: a zip whose download is on the audit log.
            let zip = try await client.execute(uri: "/api/v1/slips/export", method: .get, headers: F.bearer(.supervisor))
            #expect(zip.status == .ok && zip.headers[.contentType] == "application/zip")
            #expect(Data(buffer: zip.body).prefix(2) == Data("PK".utf8))
            #expect(try SlipArchive(store: store).auditEntries().contains { $0.action == "export" && $0.who == "supervisor" })
            // Ingest: only inside the ingest root, and never outside it.
            let outside = try await client.execute(uri: "/api/v1/ingest", method: .post, headers: F.bearer(.admin), body: F.body(["path": "../../etc"]))
            #expect(outside.status == .badRequest || outside.status == .notFound)
            let inside = try await client.execute(uri: "/api/v1/ingest", method: .post, headers: F.bearer(.admin), body: F.body(["path": "new"]))
            #expect(inside.status == .ok && F.json(inside)["added"] as? Int == 1, "\(F.errorMessage(inside))")
            let found = try await client.execute(uri: "/api/v1/search?q=qqxjzvbn", method: .get, headers: F.bearer(.engineer))
            #expect(F.json(found)["total"] as? Int == 1)
        }
    }

    @Test func withoutAnIngestRootTheServerIngestsNothing() async throws {
        try await F.withServer { client, _ in
            let r = try await client.execute(uri: "/api/v1/ingest", method: .post, headers: F.bearer(.admin), body: F.body(["path": "x"]))
            #expect(r.status == .conflict && F.errorMessage(r).contains("--ingest-root"))
        }
    }
}
