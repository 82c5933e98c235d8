import Foundation
import Testing
import ZIPFoundation
@testable import ArchiveIndex

@Suite struct SlipTests {
    let dir: TempDir
    let store: ArchiveStore
    let archive: SlipArchive

    init() throws {
        dir = try TempDir("SlipTests")
        store = try ArchiveStore.open(dir.store, create: true)
        archive = SlipArchive(store: store)
    }

    static let slips = Repo.root.appendingPathComponent("corpus/slips")
    static let pdf = slips.appendingPathComponent("FW-2023-0688_服务报告单_一院检验科_已签字.pdf")
    static let png = slips.appendingPathComponent("FW-2024-0311_服务报告单_一院检验科_签字.png")
    static let jpeg = slips.appendingPathComponent("TW-S-24032_服務報告單_澄心醫院_蓋章.jpg")
    static let tiff = slips.appendingPathComponent("ZJ-2024-0088_Installation_Report_HangHo_signed.tif")

    @discardableResult
    func add(_ url: URL, _ configure: (inout SlipMetadata) -> Void = { _ in }) throws -> Slip {
        var m = SlipMetadata()
        configure(&m)
        switch try archive.add(file: url, metadata: m, who: "tester") {
        case .added(let s), .alreadyArchived(let s): return s
        }
    }

    func sqlite(_ sql: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", store.location.sqlite.path, sql]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    @Test(arguments: [pdf, png, jpeg, tiff])
    func byteIdenticalRoundTripWithMetadataFromTheSlip(_ file: URL) throws {
        let s = try add(file)
        let out = dir.url.appendingPathComponent("out-\(s.id)")
        _ = try archive.get(s.number, to: out, who: "tester")
        #expect(try Data(contentsOf: out) == Data(contentsOf: file))
        // Blobs are named by their hash and stored read-only.
        #expect(archive.blobURL(s.sha256).lastPathComponent == s.sha256)
        let expected: [String: (String, SlipType, String, String?)] = [
            "pdf": ("FW-2023-0688", .serviceReport, "2023-11-01", "DA760020190457"),
            "png": ("FW-2024-0311", .serviceReport, "2024-03-11", "DA760020190457"),
            "jpeg": ("TW-S-24032", .serviceReport, "2024-04-02", "H1850R20192741"),
            "tiff": ("ZJ-2024-0088", .installationReport, "2024-05-20", "HA518020A0311"),
        ]
        let want = try #require(expected[s.format])
        #expect(s.number == want.0 && s.type == want.1 && s.date == want.2 && s.serial == want.3)
        #expect(s.textSource == (s.format == "pdf" ? "pdf" : "ocr"))
        #expect(try archive.auditEntries(slip: s.number).map(\.action) == ["add", "get"])
    }

    @Test func anOCRdChineseSlipIsFoundBySearchAndLinkedToItsUnit() throws {
        let s = try add(Self.png)
        var r = SearchRequest(text: "液面检测板")
        r.limit = 5
        let hit = try #require(try Searcher(store: store).search(r).hits.first)
        #expect(hit.id.rawValue == s.docId && hit.source == "slip FW-2024-0311")
        #expect(hit.serials == ["DA760020190457"])
        let unit = try #require(try store.findUnits("0457").first)
        #expect(try store.unitDocuments(unit.id).map(\.rawValue) == [s.docId].compactMap { $0 })
        let brief = try BriefBuilder.build(.serial("0457"), store: store, today: "2024-06-01")
        #expect(brief.slips.map(\.number) == ["FW-2024-0311"])
    }

    @Test func aPipeOrAnOversizedFileIsRefusedByNameWithoutWaitingOrReading() throws {
        let fifo = dir.url.appendingPathComponent("slip.pdf")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // A pipe in a slip's place used to block the command for good.
        let refusal = { (url: URL) -> String in
            do { try add(url); return "archived" } catch { return "\(error)" }
        }
        #expect(refusal(fifo) == "slip.pdf: a FIFO (named pipe), not a file")
        let big = dir.url.appendingPathComponent("huge.pdf")
        #expect(FileManager.default.createFile(atPath: big.path, contents: Data("%PDF-1.4".utf8)))
        #expect(truncate(big.path, off_t(SlipArchive.maxFileBytes + (5 << 20))) == 0)  // sparse: no disk used
        #expect(refusal(big) == "huge.pdf: too large for a slip (105.0 MB; the limit is 100.0 MB)")
        #expect(try archive.list().isEmpty)
    }

    @Test func duplicatesConflictsAndCorrections() throws {
        let first = try add(Self.pdf)
        #expect(try add(Self.pdf).id == first.id)                                      // same bytes: one slip
        // Other bytes under the same number are refused…
        let copy = try dir.file("other.png", try Data(contentsOf: Self.png))
        #expect {
            try add(copy) { $0.number = "FW-2023-0688" }
        } throws: { ($0 as? KBError)?.description.contains("supersede") == true }
        #expect(try archive.list().count == 1)
        // …unless they are a correction: a new version, both kept.
        let v2 = try archive.supersede(number: "fw-2023-0688", with: copy, reason: "customer re-signed", metadata: SlipMetadata(), who: "tester")
        #expect(v2.version == 2 && v2.number == "FW-2023-0688" && v2.date == first.date)
        let versions = try archive.versions("FW-2023-0688")
        #expect(versions.map(\.version) == [1, 2] && versions[0].supersededBy == v2.id)
        #expect(try archive.find("FW-2023-0688").id == v2.id)
        #expect(FileManager.default.fileExists(atPath: archive.blobURL(first.sha256).path))
        // Only the current version is in search.
        var r = SearchRequest(text: "FW-2023-0688")
        r.limit = 10
        #expect(try Searcher(store: store).search(r).hits.filter { $0.source.hasPrefix("slip ") }.map(\.source) == ["slip FW-2023-0688"])
        #expect(try archive.versions("FW-2023-0688")[0].docId == nil)
        #expect(throws: KBError.self) { try archive.supersede(number: "FW-2023-0688", with: copy, reason: " ", metadata: SlipMetadata(), who: "x") }
    }

    @Test func verifyCatchesAnAlteredAndAMissingOriginal() throws {
        let a = try add(Self.pdf)
        let b = try add(Self.png)
        #expect(try archive.verify(who: "tester").problems.isEmpty)
        let blob = archive.blobURL(a.sha256)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: blob.path)
        var bytes = try Data(contentsOf: blob)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: blob)
        try FileManager.default.removeItem(at: archive.blobURL(b.sha256))
        let problems = try archive.verify(who: "tester").problems
        #expect(Set(problems.map { "\($0.number) \($0.problem)" }) == ["FW-2023-0688 altered (SHA-256 differs)", "FW-2024-0311 missing"])
        #expect(throws: KBError.self) { try archive.get("FW-2023-0688", to: dir.url.appendingPathComponent("x.pdf"), who: "t") }
        #expect(try archive.auditEntries().filter { $0.action == "verify" }.last?.result.contains("altered") == true)
    }

    @Test func theAuditChainCatchesAnEditedOrDeletedEntry() throws {
        try add(Self.pdf)
        _ = try archive.get("FW-2023-0688", to: dir.url.appendingPathComponent("a.pdf"), who: "wang")
        _ = try archive.get("FW-2023-0688", to: dir.url.appendingPathComponent("b.pdf"), who: "li")
        #expect(try archive.verifyAudit().isEmpty)
        #expect(try archive.auditEntries(who: "li").count == 1)
        // The table refuses edits; someone who drops the guard is still caught by the chain.
        try sqlite("DROP TRIGGER audit_append_only_update; UPDATE audit SET who = 'nobody' WHERE seq = 2;")
        #expect(try archive.verifyAudit().contains { $0.contains("entry 2 was altered") })
        try sqlite("DROP TRIGGER audit_append_only_delete; UPDATE audit SET who = 'wang' WHERE seq = 2; DELETE FROM audit WHERE seq = 3;")
        let problems = try archive.verifyAudit()
        #expect(!problems.contains { $0.contains("entry 2") } && problems.contains { $0.contains("missing") || $0.contains("deleted") })
        // A later write does not paper over the deleted newest entry.
        _ = try archive.verify(who: "tester")
        #expect(!(try archive.verifyAudit().isEmpty))
    }

    @Test func purgeRemovesOnlyExpiredSlipsNotOnHoldAndLeavesATombstone() throws {
        let old = try add(Self.pdf)                                  // 2023-11-01
        let held = try add(Self.png)                                 // 2024-03-11
        let young = try add(Self.jpeg) { $0.type = "installation-report" }  // kept 15 years
        try archive.setRetention(.serviceReport, years: 2, who: "tester")
        _ = try archive.setHold("FW-2024-0311", true, who: "tester")
        #expect(Set(try archive.due(today: "2027-01-01").map(\.slip.number)) == ["FW-2023-0688", "FW-2024-0311"])
        let gone = try archive.purgeExpired(today: "2027-01-01", who: "tester")
        #expect(gone.map(\.number) == ["FW-2023-0688"])
        #expect(try archive.list().map(\.number).sorted() == [held.number, young.number].sorted())
        #expect(!FileManager.default.fileExists(atPath: archive.blobURL(old.sha256).path))
        let tomb = try #require(try archive.auditEntries(slip: "FW-2023-0688").last)
        #expect(tomb.action == "purge" && tomb.detail.contains(old.sha256) && tomb.who == "tester")
        var r = SearchRequest(text: "FW-2023-0688")
        r.limit = 5
        #expect(!(try Searcher(store: store).search(r).hits.contains { $0.id.rawValue == old.docId }))
        #expect(try archive.verifyAudit().isEmpty)
    }

    @Test func customerAndSerialFiltersGoThroughAliasesAndPartialSerials() throws {
        _ = try TestArchive(dir, paths: [Repo.corpus.appendingPathComponent("customers")])   // the customer register
        try add(Self.pdf)
        var f = SlipArchive.Filter()
        f.customer = "一院检验科"
        #expect(try archive.list(f).map(\.number) == ["FW-2023-0688"])
        f = SlipArchive.Filter()
        f.serial = "0457"
        #expect(try archive.list(f).count == 1)
        // A partial serial given by hand resolves to the unit on record, never a new unit.
        let s = try add(Self.png) { $0.serial = "0457"; $0.number = "X-1" }
        #expect(s.serial == "DA760020190457")
        #expect(throws: KBError.self) { try add(Self.jpeg) { $0.serial = "9999" } }
    }

    @Test func exportIsCheckedBySha256sum() throws {
        try add(Self.pdf)
        try add(Self.png)
        let zip = dir.url.appendingPathComponent("slips.zip")
        #expect(try archive.export(SlipArchive.Filter(), to: zip, who: "tester").count == 2)
        let out = dir.url.appendingPathComponent("unzipped")
        try FileManager.default.unzipItem(at: zip, to: out)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sha256sum", "-c", "SHA256SUMS"]
        p.currentDirectoryURL = out
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("manifest.json"))) as? [[String: Any]]
        #expect(manifest?.count == 2)
        #expect(throws: KBError.self) { try archive.export(SlipArchive.Filter(), to: zip, who: "tester") }   // never overwritten
    }

    @Test func badInputStoresNothing() throws {
        let empty = try dir.file("empty.pdf", Data())
        let garbage = try dir.file("broken.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5]))
        let text = try dir.file("notes.txt", "not an image")
        func refused(_ url: URL, _ expected: String, _ configure: (inout SlipMetadata) -> Void = { _ in }) {
            #expect {
                try add(url, configure)
            } throws: { e in
                guard case let KBError.badInput(path, reason) = e else { return false }
                return path == url.lastPathComponent && reason.contains(expected)
            }
        }
        refused(empty, "empty")
        refused(garbage, "unreadable image")
        refused(text, "not a PDF, JPEG, PNG or TIFF")
        refused(Self.pdf, "may not contain") { $0.number = "../../etc/passwd" }
        refused(Self.pdf, "is not a date") { $0.date = "2024-13-45" }
        refused(Self.pdf, "not a slip type") { $0.type = "invoice" }
        #expect(try archive.list(SlipArchive.Filter()).isEmpty)
        let blobs = FileManager.default.enumerator(atPath: archive.root.path)?.allObjects.compactMap { $0 as? String }.filter { $0.count > 60 } ?? []
        #expect(blobs.isEmpty)
        #expect(try store.statistics().documents == 0)
    }
}
