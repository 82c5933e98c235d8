import Foundation
import GRDB
import Testing
@testable import ArchiveIndex

/// One customer's two customer files (a CRM export in English and the branch's master in
/// Chinese, a full file and a short card) list the same units: they are one customer, and
/// the documents that write either name are its. Two customers' files that list one unit
/// between them (a unit handed over) stay two.
@Suite struct FilesOfOneCustomerTests {
    static let export = """
        Installed Base Report
        Account: Chiayi Christian Hosp., Lab Medicine
        Address: No. 539, Zhongxiao Rd., East Dist., Chiayi City
        | Account | Model | Serial | Install Date |
        |---|---|---|---|
        | Chiayi Christian Hosp., Lab Medicine | AquaLab UP-30 | WQ-1906U-3050 | 2019-06-04 |
        | Chiayi Christian Hosp., Lab Medicine | GlycoLine 360 | G3H1843-1971 | 2018-10-22 |
        """
    static let master = """
        # 客戶主檔

        **客戶**：嘉義基督教(檢驗醫學部)
        **地址**：嘉義市東區忠孝路539號

        | # | 儀器 | 型號 | 序號 | 裝機日期 |
        |---|---|---|---|---|
        | 1 | 實驗室純水系統 | AquaLab UP-30 | WQ19 06U3050 | 108年6月4日 |
        | 2 | 糖化血紅蛋白分析儀 | GlycoLine 360 | G3-H1843-1971 | 107年10月22日 |
        """

    func card(_ customer: String, _ serial: String, date: String) -> String {
        "維修單\n客戶：\(customer)\n序號：\(serial)\n維修日期：\(date)\n故障現象：電導率偏高\n"
    }

    func customerIDs(_ store: ArchiveStore) throws -> [String: Int64?] {
        let docs = try store.documents(try store.allDocumentIDs())
        return Dictionary(uniqueKeysWithValues: docs.map { ($0.source, $0.customers.first?.id) })
    }

    @Test func oneCustomersFilesInTwoLanguagesAreOneCustomer() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "crm/IB_2022.md": Self.export,
            "台灣/客戶主檔.md": Self.master,
            "cards/a.txt": card("嘉基 檢驗部", "WQ1906U3050", date: "2023-02-01"),
            "cards/b.txt": card("嘉義基督教醫院 檢驗部", "G3H18431971", date: "2023-05-01"),
            "cards/c.txt": "Service Report\nCustomer: Chiayi Christian Hosp., Lab Medicine\nSerial No.: WQ-1906U-3050\nDate: 2023-08-01\nFault: conductivity high\n",
        ])
        let c = try customerIDs(archive.store)
        let ids = Set(["crm/IB_2022.md", "台灣/客戶主檔.md", "cards/a.txt", "cards/b.txt", "cards/c.txt"].map { c[$0] ?? nil })
        #expect(ids.count == 1 && ids.first! != nil, "\(c)")
        let how = try archive.store.db.read { db in
            try String.fetchAll(db, sql: "SELECT how FROM customerAlias WHERE how LIKE 'one customer''s files%'")
        }
        #expect(!how.isEmpty)
    }

    /// Once a person has linked or unlinked a document of a customer by hand, a file that
    /// arrives later does not join it by its units: the person has judged that customer's
    /// documents, and a join would undo the judgement unseen.
    @Test func aCustomerAPersonCorrectedJoinsNoLaterFile() throws {
        let dir = try TempDir()
        _ = try dir.file("in/crm/IB_2022.md", Self.export)
        _ = try dir.file("in/cards/c.txt", "Service Report\nCustomer: Chiayi Christian Hosp., Lab Medicine\nSerial No.: WQ-1906U-3050\nDate: 2023-08-01\nFault: conductivity high\n")
        for n in 1...4 { _ = try dir.file("in/cards/other\(n).txt", card("台南市立醫院 檢驗科", "TN-2201-00\(n)", date: "2023-0\(n)-01")) }
        let archive = try TestArchive(dir, paths: [dir.url.appendingPathComponent("in")])
        let card = try #require(try archive.store.documents(try archive.store.allDocumentIDs()).first { $0.source == "cards/c.txt" })
        let customer = try #require(try customerIDs(archive.store)["cards/c.txt"] ?? nil)
        try archive.store.correctLink(doc: card.id, target: "customer", targetId: customer, action: "remove", who: "supervisor")
        _ = try dir.file("in/台灣/客戶主檔.md", Self.master)
        _ = try Ingestor(store: archive.store).ingest([dir.url.appendingPathComponent("in").path])
        try archive.store.relink(nil)
        let c = try customerIDs(archive.store)
        #expect(c["crm/IB_2022.md"] != nil && c["台灣/客戶主檔.md"] != nil && c["crm/IB_2022.md"] != c["台灣/客戶主檔.md"], "\(c)")
    }

    /// The second file arrives in a later ingest: it joins the first's customer as a relink of everything would.
    @Test func aCustomersSecondFileAddedLaterJoinsTheFirst() throws {
        let dir = try TempDir()
        // Named as nothing in the later file's names may mean: only the units it lists join them.
        let export = Self.export.replacingOccurrences(of: "Chiayi Christian Hosp., Lab Medicine", with: "Ditmanson Lab Medicine")
        let first = try dir.file("in/crm/IB_2022.md", export)
        _ = try dir.file("in/cards/c.txt", "Service Report\nCustomer: Ditmanson Lab Medicine\nSerial No.: WQ-1906U-3050\nDate: 2023-08-01\nFault: conductivity high\n")
        // Other customers' cards, so that the later ingest relinks only what its files concern.
        for n in 1...4 { _ = try dir.file("in/cards/other\(n).txt", card("台南市立醫院 檢驗科", "TN-2201-00\(n)", date: "2023-0\(n)-01")) }
        let archive = try TestArchive(dir, paths: [first.deletingLastPathComponent().deletingLastPathComponent()])
        _ = try dir.file("in/台灣/客戶主檔.md", Self.master)
        _ = try dir.file("in/cards/a.txt", card("嘉義基督教醫院 檢驗部", "WQ1906U3050", date: "2023-05-01"))
        _ = try Ingestor(store: archive.store).ingest([dir.url.appendingPathComponent("in").path])
        let scoped = try CustomerFileReachTests.links(archive.store)
        let c = try customerIDs(archive.store)
        #expect(c["crm/IB_2022.md"] != nil && c["crm/IB_2022.md"] == c["台灣/客戶主檔.md"] && c["cards/a.txt"] == c["cards/c.txt"], "\(c)")
        try archive.store.relink(nil)
        let everything = try CustomerFileReachTests.links(archive.store)
        for (a, b) in zip(scoped, everything) where a != b { Issue.record("scoped: \(a)\neverything: \(b)") }
    }

    /// Two hospitals' files that list one unit (handed over from one to the other) are two
    /// customers; so are two departments of one hospital whose files list the same units.
    @Test func filesThatShareAUnitButNotTheirNamesStayTwo() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "a.txt": "客户档案\n客户名称：南昌大学第一附属医院检验科\n出厂编号：WQ2108N8457\n出厂编号：G3H2326-7232\n",
            "b.txt": "客户档案\n客户名称：萍乡市人民医院检验科\n出厂编号：WQ2108N8457\n",
            "c.txt": "客户档案\n客户名称：南昌大学第一附属医院病理科\n出厂编号：WQ2108N8457\n出厂编号：G3H2326-7232\n",
        ])
        let c = try customerIDs(archive.store)
        #expect(Set(["a.txt", "b.txt", "c.txt"].map { c[$0] ?? nil }).count == 3, "\(c)")
    }

    /// A hospital-wide file that lists units of two departments whose files list them too
    /// joins neither department, whichever lists more of its units; two files of two hospitals
    /// of no stated city that a couple of units passed between, out of many, stay two.
    @Test func aHospitalWideFileJoinsNoneOfItsDepartments() throws {
        let dir = try TempDir()
        let lab = (1...5).map { "LAB-2201-00\($0)" }, path = (1...3).map { "PAT-2201-00\($0)" }
        func file(_ name: String, _ serials: [String]) -> String {
            "客户档案\n客户名称：\(name)\n" + serials.map { "出厂编号：\($0)\n" }.joined()
        }
        let many = (1...8).map { "RH-2301-00\($0)" }, other = (1...8).map { "BA-2301-00\($0)" }
        let archive = try TestArchive(dir, files: [
            "a.txt": file("南昌大学第一附属医院", lab + path),
            "b.txt": file("南昌大学第一附属医院检验科", lab),
            "c.txt": file("南昌大学第一附属医院病理科", path),
            "d.txt": file("南昌仁和医院检验科", many + ["XF-2301-0001", "XF-2301-0002"]),
            "e.txt": file("Evergreen Hospital Clinical Laboratory", other + ["XF-2301-0001", "XF-2301-0002"]),
        ])
        let c = try customerIDs(archive.store)
        #expect(Set(["a.txt", "b.txt", "c.txt"].map { c[$0] ?? nil }).count == 3, "\(c)")
        #expect(c["d.txt"] != nil && c["d.txt"] != c["e.txt"], "\(c)")
    }

    /// A second file that lists its units only in a table, added later, with no service
    /// document of them: the two files still meet, as a relink of everything has them meet.
    @Test func filesWhoseUnitsOnlyFilesListMeetWhenOneIsAddedLater() throws {
        let dir = try TempDir()
        let export = Self.export.replacingOccurrences(of: "Chiayi Christian Hosp., Lab Medicine", with: "Ditmanson Lab Medicine")
        _ = try dir.file("in/crm/IB_2022.md", export)
        for n in 1...4 { _ = try dir.file("in/cards/other\(n).txt", card("台南市立醫院 檢驗科", "TN-2201-00\(n)", date: "2023-0\(n)-01")) }
        let archive = try TestArchive(dir, paths: [dir.url.appendingPathComponent("in")])
        _ = try dir.file("in/台灣/客戶主檔.md", Self.master)
        _ = try Ingestor(store: archive.store).ingest([dir.url.appendingPathComponent("in").path])
        let c = try customerIDs(archive.store)
        #expect(c["crm/IB_2022.md"] != nil && c["crm/IB_2022.md"] == c["台灣/客戶主檔.md"], "\(c)")
    }

    /// Files whose names are bare (every city has a 市妇幼 化验室) say nothing of which
    /// institution their units are: they join no other file by them.
    @Test func bareNamesJoinNoFilesByTheirUnits() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "a.txt": "客户档案\n客户名称：市妇幼 化验室\n出厂编号：WQ2108N8457\n出厂编号：G3H2326-7232\n",
            "b.txt": "客户档案\n客户名称：妇幼保健院 化验室\n出厂编号：WQ2108N8457\n出厂编号：G3H2326-7232\n",
        ])
        let c = try customerIDs(archive.store)
        #expect(c["a.txt"] != nil && c["b.txt"] != nil && c["a.txt"] != c["b.txt"], "\(c)")
    }

    /// A short card registered under a bare name (化验室（妇幼保健院）) is its customer's; a document
    /// that names a city's hospital with that department is not, though its name contains it.
    @Test func aNameThatSaysItsCityIsNoBareCustomers() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "card.txt": "客户资料卡\n客户简称：化验室（妇幼保健院）\n设备：\n  1. 纯水系统　SN：WQ2112V1088　2021年装机\n",
            "a.txt": "维修单\n设备使用方：沈阳市妇幼保健院（化验室）\n出厂编号：G3H20347850\n维修日期：2021-05-01\n故障现象：报警\n",
            "b.txt": "维修单\n设备使用方：妇幼保健院 化验室\n出厂编号：WQ2112V1088\n维修日期：2022-05-01\n故障现象：报警\n",
        ])
        let c = try customerIDs(archive.store)
        #expect(c["card.txt"] != nil && c["b.txt"] == c["card.txt"], "\(c)")
        #expect(c["a.txt"] != c["card.txt"], "\(c)")
    }

    /// Two branches of one bank, or two stores of one chain, are two customers, however alike
    /// their names and whatever units they pass between them; one branch written two ways is one.
    @Test func twoBranchesOfOneBankAreTwoCustomers() throws {
        #expect(InstitutionName.of("中国银行深圳罗湖支行").conflict(with: InstitutionName.of("中国银行深圳福田支行")) != nil)
        #expect(InstitutionName.of("中国工商银行南阳分行").conflict(with: InstitutionName.of("中国工商银行南阳卧龙支行")) != nil)
        #expect(InstitutionName.of("国美电器北京朝阳店").conflict(with: InstitutionName.of("国美电器北京海淀店")) != nil)
        #expect(InstitutionName.of("工商银行宛城支行 科技部").branch == InstitutionName.of("中国工商银行南阳宛城区支行").branch)
        // A bank's department of its branches is no branch.
        #expect(InstitutionName.of("大新銀行分行運作部").branch == nil && InstitutionName.of("大新 分行運作部").branch == nil)
        // A hotel's brand is no store (如家酒店), nor its business a branch.
        #expect(InstitutionName.of("如家酒店").branch == nil && InstitutionName.of("如家酒店北京朝阳店").branch == "朝阳|店")
        // A brand's store, a pharmacy, a place's 店 and a broker's office name no branch; a
        // branch's office is its branch's.
        for name in ["华为专卖店", "益丰大药店", "淄博市张店区人民医院", "嘉兴王店镇卫生院", "华泰证券南京中山路证券营业部"] {
            #expect(InstitutionName.of(name).branch == nil, "\(name)")
        }
        #expect(InstitutionName.of("中国银行深圳罗湖支行营业部").branch == "罗湖|支行")
        #expect(InstitutionName.of("益丰大药房长沙五一店").branch == "五一|店")
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "a.txt": "客户档案\n客户名称：中国银行深圳罗湖支行\n出厂编号：HX2207A1193\n出厂编号：HX2207A1208\n",
            "b.txt": "客户档案\n客户名称：中国银行深圳福田支行\n出厂编号：HX2207A1193\n出厂编号：HX2207A1208\n",
            "c.txt": "维修单\n客户：中国银行深圳罗湖支行\n出厂编号：HX2207A1193\n维修日期：2023-03-01\n故障现象：卡纸\n",
            "d.txt": "维修单\n客户：中国银行深圳福田支行\n出厂编号：HX2207A1208\n维修日期：2023-04-01\n故障现象：卡纸\n",
            "e.txt": "维修单\n客户：中国银行福田支行\n出厂编号：HX2207A1208\n维修日期：2023-05-01\n故障现象：卡纸\n",
        ])
        let c = try customerIDs(archive.store)
        #expect(c["a.txt"] != nil && c["a.txt"] == c["c.txt"] && c["b.txt"] == c["d.txt"] && c["a.txt"] != c["b.txt"], "\(c)")
        #expect(c["e.txt"] == c["b.txt"], "\(c)")
    }

    /// A memorial hospital's name is no place, though a district bears it (中和紀念醫院 is
    /// 高雄醫學大學附設中和紀念醫院, in 高雄; 中和 is a district of New Taipei).
    @Test func aMemorialHospitalsNameIsNoPlace() throws {
        #expect(InstitutionName.of("中和紀念醫院 檢驗科").city == nil)
        #expect(InstitutionName.of("林口長庚紀念醫院 檢驗科").city == "林口")
        #expect(InstitutionName.of("中和紀念醫院 檢驗科").conflict(with: InstitutionName.of("Kaohsiung Medical University Chung-Ho Memorial Hospital, Laboratory")) == nil)
        // Two memorial hospitals share no naming word by 紀念 alone; the memorial's name is one.
        let readings = try PinyinReadings.load()
        #expect(!SharedUnits.resemble("中和紀念醫院 檢驗科", "長庚紀念醫院 檢驗科", pinyin: { readings.keys(of: $0) }, cantonese: { readings.cantoneseKeys(of: $0) }))
        #expect(SharedUnits.namingPairs(try Normalizer.nameKey("中和紀念醫院 檢驗科")).contains("中和"))
    }
}
