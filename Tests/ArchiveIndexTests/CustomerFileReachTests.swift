import Foundation
import GRDB
import Testing
@testable import ArchiveIndex

/// A new customer file relinks the documents it can concern, not every document, and leaves
/// the links a relink of everything would.
@Suite struct CustomerFileReachTests {
    /// Every document's customers and units, and every customer with its standing, as text.
    static func links(_ store: ArchiveStore) throws -> [String] {
        try store.db.read { db in
            try String.fetchAll(db, sql: """
                SELECT 'doc ' || f.path || d.part || ': ' || ifnull((SELECT group_concat(x, ' | ') FROM (
                    SELECT c.name || (CASE c.provisional WHEN 1 THEN ' (unconfirmed)' ELSE '' END) AS x
                    FROM documentCustomer dc JOIN customer c ON c.id = dc.customerId WHERE dc.docId = d.id ORDER BY x)), '-')
                    || ' / ' || ifnull((SELECT group_concat(s, ' ') FROM (SELECT u.serial AS s FROM documentUnit du JOIN unit u ON u.id = du.unitId
                    WHERE du.docId = d.id ORDER BY s)), '-')
                FROM document d JOIN file f ON f.id = d.fileId
                UNION ALL
                SELECT 'customer ' || name || (CASE provisional WHEN 1 THEN ' (unconfirmed)' ELSE '' END) || ': '
                    || (SELECT group_concat(a, ', ') FROM (SELECT alias AS a FROM customerAlias WHERE customerId = customer.id ORDER BY a)) FROM customer
                """).map { $0.replacingOccurrences(of: "corpus-without-customers/", with: "").replacingOccurrences(of: "customers-later/", with: "") }
            + Dictionary(uniqueKeysWithValues: try ArchiveStore.currentOwners(db).map { ($0.serial, $0.owner) }).map { serial, owner in
                "owner \(serial): " + ((try String.fetchOne(db, sql: "SELECT name FROM customer WHERE id = ?", arguments: [Int64(owner) ?? -1])) ?? "-")
            }
            + (try String.fetchAll(db, sql: "SELECT 'owner ' || serial || ': -' FROM unit WHERE id NOT IN (SELECT unitId FROM unitFact WHERE fact = 'owner')"))
        }.sorted()
    }

    /// The bundled corpus ingested without its customer files, then the ten files added: the
    /// links are those a relink of every document makes (and not every document was relinked
    /// for them, though nearly every document of this corpus is one of their customers').
    @Test func addedCustomerFilesLinkAsARelinkOfEverythingWould() throws {
        let dir = try TempDir()
        let fm = FileManager.default
        let without = dir.url.appendingPathComponent("corpus-without-customers")
        try fm.copyItem(at: Repo.corpus, to: without)
        let later = dir.url.appendingPathComponent("customers-later")
        try fm.moveItem(at: without.appendingPathComponent("customers"), to: later)
        let archive = try TestArchive(dir, paths: [without])
        let before = try archive.store.allDocumentIDs().count

        // Stored, not yet linked: the files' reach is pending, not every document.
        try archive.storeUnlinked(try fm.contentsOfDirectory(atPath: later.path).sorted().map { later.appendingPathComponent($0) })
        let pending = try archive.store.pendingWork()
        #expect(pending.customerFiles == 10 && !pending.relinkAll)
        let reach = try archive.store.db.read { db in try CustomerFileReach.scope(db, files: try CustomerFileReach.pending(db)).documents }
        #expect(reach.count > 10 && reach.count < before + 10, "relinked \(reach.count) of \(before + 10)")
        try archive.store.completePendingWork()
        #expect(try archive.store.pendingWork().isEmpty)
        let scoped = try Self.links(archive.store)

        try archive.store.relink(nil)
        let everything = try Self.links(archive.store)
        #expect(scoped.count == everything.count)
        for (a, b) in zip(scoped, everything) where a != b { Issue.record("scoped: \(a)\neverything: \(b)") }
        #expect(try StoreCheck.run(archive.store).ok)
    }

    /// Documents that write a customer every way the reach must see: its name short, in the
    /// other script, in English by its parts or by pinyin, in brackets; a document naming no
    /// customer about a unit the file lists; and one of another customer, left alone.
    @Test func aNewFileReachesEveryWayItsCustomerIsWritten() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "short.txt": "维修单\n客户名称：长沙一院放射科\n出厂编号：XR-2019-0031\n故障现象：球管报警\n",
            "traditional.txt": "維修單\n客戶名稱：長沙市第一人民醫院放射科\n出廠編號：XR-2019-0032\n故障現象：曝光不足\n",
            "english.txt": "Service report\nCustomer: Changsha No.1 People's Hospital, Radiology\nS/N: XR-2019-0033\nProblem: detector offline\n",
            "brand.txt": "Service report\nCustomer: Qihui Medical Laboratory\nS/N: HX5-2020-0050\nProblem: probe clog\n",
            "unit-only.txt": "质量报告\n设备：DR 系统\n出厂编号：XR-2019-0034\n结论：合格\n",
            "other.txt": "维修单\n客户名称：岳阳市第二人民医院检验科\n出厂编号：BC-2018-0099\n故障现象：吸样异常\n",
        ])
        #expect(try archive.customers(of: "other.txt") == ["岳阳市第二人民医院检验科"])
        _ = try dir.file("more/客户档案_长沙一院.txt", """
            客户档案
            客户名称：长沙市第一人民医院放射科
            设备清单：
            出厂编号：XR-2019-0034
            """)
        _ = try dir.file("more/客户档案_启晖.txt", "客户档案\n客户名称：启晖医学检验实验室\n")
        let revision = { (source: String) in try archive.store.documents(try archive.store.allDocumentIDs()).first { $0.source == source }!.revision }
        let otherBefore = try revision("other.txt")
        _ = try Ingestor(store: archive.store).ingest([dir.url.appendingPathComponent("more").path])
        for source in ["short.txt", "traditional.txt", "english.txt", "unit-only.txt"] {
            #expect(try archive.customers(of: source) == ["长沙市第一人民医院放射科"], "\(source)")
        }
        #expect(try archive.customers(of: "brand.txt") == ["启晖医学检验实验室"])
        #expect(try revision("other.txt") == otherBefore)
        let scoped = try Self.links(archive.store)
        try archive.store.relink(nil)
        #expect(try Self.links(archive.store) == scoped)
    }

    /// A changed customer file may have dropped a name any document writes, or given one: every
    /// document's links are made again.
    @Test func aChangedCustomerFileRelinksEverything() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "c.txt": "客户档案\n客户名称：澜铂医学检验实验室\n别名：北楼化验室\n",
            "r.txt": "维修单\n客户名称：南楼化验室\n故障现象：灯报警\n",
        ])
        #expect(try archive.customers(of: "r.txt") == ["南楼化验室"])
        try archive.storeUnlinked([try dir.file("in/c.txt", "客户档案\n客户名称：澜铂医学检验实验室\n别名：北楼化验室、南楼化验室\n")])
        #expect(try archive.store.pendingWork().relinkAll)
        try archive.store.completePendingWork()
        #expect(try archive.customers(of: "r.txt") == ["澜铂医学检验实验室"])
    }

    /// A serial written in prose before any document stated it in a field: once one does, the
    /// older document is about that unit too, and takes its owner.
    @Test func aSerialWrittenBeforeItsUnitLinksWhenTheUnitArrives() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "chat.txt": "企业微信聊天记录\n龚主任 2024-10-10 10:26\n分拣轨道又堵管了，机器编号是SP-Q24-0862-N那台\n",
            "other.txt": "维修单\n客户名称：岳阳市第二人民医院检验科\n出厂编号：BC-2018-0099\n故障现象：吸样异常\n",
        ])
        #expect(try archive.unitSerials() == ["BC20180099"])
        _ = try dir.file("more/r.txt", "维修单\n客户名称：伊川县人民医院检验科\n出厂编号：SPQ240862N\n故障现象：分拣轨道堵管\n")
        _ = try Ingestor(store: archive.store).ingest([dir.url.appendingPathComponent("more").path])
        #expect(try archive.customers(of: "chat.txt") == ["伊川县人民医院检验科"])
        let unit = try archive.store.findUnits("SPQ240862N")[0].id
        #expect(try archive.store.unitDocuments(unit).count == 2)
    }

    /// A document added after its customer's file, naming the customer in a way several
    /// customers fit, meets it by the unit the file lists, as in a relink of everything.
    @Test func aDocumentAddedLaterMeetsItsCustomerByTheUnitsItsFileLists() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "c1.txt": "客户档案\n客户名称：长沙市第一人民医院检验科\n出厂编号：DA7600-2019-0457\n",
            "c2.txt": "客户档案\n客户名称：岳阳市第一人民医院检验科\n出厂编号：DA7600-2020-0112\n",
            "r1.txt": "维修单\n客户名称：长沙市第一人民医院检验科\n出厂编号：DA7600-2019-0457\n故障现象：灯报警\n",
        ])
        _ = try dir.file("more/r2.txt", "维修单\n客户名称：一院检验科\n出厂编号：DA7600-2020-0112\n故障现象：进样针堵塞\n")
        _ = try Ingestor(store: archive.store).ingest([dir.url.appendingPathComponent("more").path])
        #expect(try archive.customers(of: "r2.txt") == ["岳阳市第一人民医院检验科"])
        // By its name and the file, not only as the unit's owner (a document naming no customer).
        let r2 = try archive.store.documents(try archive.store.allDocumentIDs()).first { $0.source == "r2.txt" }!
        let how = try archive.store.explainLinks(r2.id).first { $0.target == "customer" }?.how ?? ""
        #expect(how.contains("customer file lists the unit"), "\(how)")
    }
}
