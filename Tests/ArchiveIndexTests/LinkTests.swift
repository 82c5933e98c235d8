import Foundation
import Testing
@testable import ArchiveIndex

/// Customers, units, link provenance and hand corrections, on a private copy of the corpus.
@Suite struct LinkTests {
    let dir: TempDir
    let archive: TestArchive

    init() throws {
        dir = try TempDir("LinkTests")
        archive = try TestArchive(corpusIn: dir)
    }

    /// A file of one's own, written into the test's folder and ingested.
    func ingest(_ name: String, _ text: String) throws {
        _ = try Ingestor(store: store).ingest([try dir.file("extra/\(name)", text).path])
    }

    var store: ArchiveStore { archive.store }

    func doc(_ source: String) throws -> StoredDocument {
        let ids = try store.allDocumentIDs()
        return try #require(try store.documents(ids).first { $0.source == source })
    }

    /// Ground truth from corpus/README.md: the files that mention unit DA7600-2019-0457.
    static let unit0457: Set<String> = [
        "complaints/TS-2023-014_投诉反馈表_一院检验科_E23.txt", "customers/客户档案_某市第一人民医院检验科.txt",
        "equipment/设备档案_一院检验科_DA7600.txt", "kb/DA7600_报警E23的处理.md",
        "ledger/服务信息台帐_2019-2021_旧系统导出.csv", "ledger/服务信息台帐_2022-2024.csv",
        "repair/2020/一院检验科_DA7600_20200615_E23.txt", "repair/2021/WX-210309-02_设备维修单_一院.txt",
        "repair/2022/SR-2022-0147_DA7600_lamp.txt", "repair/2024/服务报告单_PM_一院_DA-7600_20240510.txt",
        "repair/legacy/2019-12-20_装机服务报告单_一院检验科_DA7600.txt", "repair/pdf/FW-2023-0688_服务报告单_一院检验科_已签字.pdf",
    ]

    @Test func briefForASerialInAFormatTheCorpusNeverUses() throws {
        // Underscores and a middle dot: written nowhere in the corpus.
        let b = try BriefBuilder.build(.serial("da7600_2019·0457"), store: store, today: "2024-06-01")
        #expect(b.units.map(\.serial) == ["DA760020190457"])
        let unit = try #require(try store.findUnits("DA7600-2019-0457").first)
        let unitDocs = Set(try store.unitDocuments(unit.id).map(\.rawValue))
        // A ledger row of a visit stands beside its card (alsoIn); an article on the unit under related material.
        var listed = Set<Int64>()
        for e in b.history + b.otherDocuments { listed.insert(e.id); listed.formUnion(e.alsoIn) }
        listed.formUnion(b.complaints.map(\.id))
        listed.formUnion(b.related.map(\.id).filter { unitDocs.contains($0) })
        #expect(listed == unitDocs)
        let docs = try store.documents(listed.map { DocumentID($0) })
        let sources: [String] = docs.map { d in String(d.source.split(separator: "#").first ?? Substring(d.source)) }
        #expect(Set(sources) == Self.unit0457)
        // No other unit's documents: each one listed is about this unit.
        for d in docs { #expect(d.serials.contains("DA760020190457"), "\(d.source)") }
        #expect(b.units.first?.owner == "某市第一人民医院检验科")
        #expect(b.units.first?.warranty == "out of warranty")
        #expect(b.customer?.contract == "in force")
        // History is oldest first, one entry per visit.
        let dates = b.history.compactMap(\.date)
        #expect(dates == dates.sorted())
        #expect(b.history.contains { $0.date == "2020-06-15" && !$0.alsoIn.isEmpty })
        // The same model elsewhere: E23 at other customers, with a fix, none of this customer's.
        let e23 = try #require(b.sameModelElsewhere.first { $0.fault == "E23" })
        #expect(e23.count >= 3 && e23.fix != nil && !e23.customers.contains("某市第一人民医院检验科"))
        #expect(b.related.contains { $0.source == "kb/DA7600_报警E23的处理.md" })
    }

    @Test func unitsAreTheCorpusUnitsWithFactsFromTheirDocuments() throws {
        let units = try store.findUnits("TL5M-1706-0031")
        let u = try #require(units.first)
        #expect(units.count == 1 && u.model == "TDL5M")
        #expect(try store.findUnits("0031").map(\.serial) == ["TL5M17060031"])        // unique partial serial
        #expect(try store.findUnits("DA7600").count == 4)                              // ambiguous: the candidates
        #expect(try store.findUnits("nothing-like-it").isEmpty)
        let stats = try store.statistics()
        #expect(stats.units == 17)
    }

    @Test func customerNamesInEveryFormMeetInOneCustomer() throws {
        let variants = ["某市第一人民医院检验科", "某市第一人民醫院 檢驗科", "一院检验科", "市一院检验科"]
        let ids = try variants.map { try store.findCustomers($0).map(\.id) }
        #expect(ids.allSatisfy { $0.count == 1 } && Set(ids.flatMap { $0 }).count == 1)
        let c = try #require(try store.findCustomers("一院检验科").first)
        #expect(!c.provisional && c.aliases.contains("一院检验科"))
        #expect(c.units == ["DA760020190457", "TL5M17060031"])
        // A document writing the traditional form links to the same customer, through its name key.
        let trad = try store.customerRecords().filter { !$0.provisional }
        #expect(trad.count == 10)
    }

    @Test func mergeMovesEveryLinkAndKeepsTheNameAsAnAlias() throws {
        // A name kb cannot place: it becomes an unconfirmed customer.
        try ingest("WCVC_note.txt", "Service Report\nCustomer: WCVC Information Centre\nModel: XG2848\nProblem: port down.\n")
        let other = try #require(try store.customerRecords().first { $0.name == "WCVC Information Centre" })
        #expect(other.provisional)
        let keep = try #require(try store.findCustomers("望川职院").first)
        #expect(throws: KBError.self) { try store.mergeCustomers(keep: other.id, other: keep.id) }   // keep the confirmed one
        let before = try store.customerDocuments(keep.id).count
        let moving = try store.customerDocuments(other.id)
        try store.mergeCustomers(keep: keep.id, other: other.id)
        #expect(try store.customerDocuments(keep.id).count == before + moving.count)
        #expect(try store.findCustomers("WCVC Information Centre").map(\.id) == [keep.id])
        // Relinking resolves the old name to the merged customer.
        try store.relink(nil)
        #expect(try store.customerRecords().contains { $0.name == "WCVC Information Centre" } == false)
        for id in moving { #expect(try store.document(id)?.customers.map(\.id) == [keep.id]) }
        // Two confirmed customers merge only when confirmed.
        let a = try #require(try store.findCustomers("澜铂医学检验实验室").first), b = try #require(try store.findCustomers("岳澜新能源").first)
        #expect(throws: KBError.self) { try store.mergeCustomers(keep: a.id, other: b.id) }
        // An alias that names another confirmed customer is refused.
        #expect(throws: KBError.self) { try store.addCustomerAlias(keep.id, alias: "一院检验科") }
        #expect(throws: KBError.self) { try store.addCustomerAlias(keep.id, alias: " ") }
    }

    @Test func nearSpellingsAndUnconfirmedOwners() throws {
        // 柳溪中医院 检验科 (县 missing) resolves to 柳溪县中医院检验科 by similarity, not as a new customer.
        let liuxi = try #require(try store.findCustomers("柳溪县中医院检验科").first)
        #expect(try store.findCustomers("柳溪中医院 检验科").map(\.id) == [liuxi.id])
        // One late document naming the owner by an unconfirmed name does not take the unit away.
        let unit = try #require(try store.findUnits("HA5180-20A-0311").first)
        #expect(try store.owner(ofUnit: unit.id).flatMap { try store.customerName($0) } == "Hang Ho Medical Laboratory")
    }

    @Test func linksExplainHowTheyWereMade() throws {
        let card = try doc("repair/2023/服務報告單_H1850R_不平衡_20230516.txt")
        let links = try store.explainLinks(card.id)
        #expect(links.contains { $0.target == "unit" && $0.name == "H1850R20192741" && $0.how == "field 序號" })
        #expect(links.contains { $0.target == "customer" && $0.how.hasPrefix("field 客戶名稱") })
        let file = try doc("customers/客户档案_某市第一人民医院检验科.txt")
        #expect(try store.explainLinks(file.id).contains { $0.name == "DA760020190457" && $0.how == "pattern 出厂编号" })
        let register = try doc("repair/2021/叫修登记簿_2021年第2季度.txt")
        // A register's serial column names units it mentions (only a customer file's list says whose they are).
        #expect(try store.explainLinks(register.id).contains { $0.name == "TL5M17060031" && $0.how == "mention of a known serial" })
        // A short name that is an alias in a customer file says so.
        let viaAlias = try store.allDocumentIDs().flatMap { try store.explainLinks($0) }.filter { $0.how.contains("→ alias 一院检验科") }
        #expect(!viaAlias.isEmpty)
    }

    @Test func handCorrectionsSurviveReIngest() throws {
        // An archive of its own, from a copy of the corpus that the test edits.
        let own = try TempDir("LinkTests-own")
        let corpus = own.url.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: Repo.corpus, to: corpus)
        let archive = try TestArchive(own, paths: [corpus]), store = archive.store
        let card = try #require(try store.documents(try store.allDocumentIDs()).first { $0.source == "repair/2023/服務報告單_H1850R_不平衡_20230516.txt" })
        let wrong = try #require(try store.unitID(serial: "H1850R20192741"))
        let right = try #require(try store.unitID(serial: "H1850R20203317"))
        try store.correctLink(doc: card.id, target: "unit", targetId: wrong, action: "remove", who: "tester")
        try store.correctLink(doc: card.id, target: "unit", targetId: right, action: "add", who: "tester")
        #expect(try store.document(card.id)?.serials == ["H1850R20203317"])
        // Edit the file and ingest again: the document is updated, the corrections hold.
        let f = corpus.appendingPathComponent(card.source)
        try (try String(contentsOf: f, encoding: .utf8) + "\n備註：客戶要求下次保養提前。\n").write(to: f, atomically: true, encoding: .utf8)
        let r = try Ingestor(store: store).ingest([corpus.path])
        #expect(r.updated == 1)
        let after = try #require(try store.document(card.id))
        #expect(after.originalText.contains("下次保養提前"))
        #expect(after.serials == ["H1850R20203317"])
        #expect(after.units.first?.how.hasPrefix("by hand (tester") == true)
        #expect(try store.explainLinks(card.id).contains { $0.how.hasPrefix("removed by hand (tester") })
        // Searching by the corrected serial finds it.
        #expect(try archive.search("", limit: 50) { $0.serial = "H1850R-2020-3317" }.hits.contains { $0.id == card.id })
    }

    @Test func englishNamesMeetTheirChineseCustomer() throws {
        // A short form of an English alias, by the words that tell customers apart.
        let hk = try doc("repair/2022/HK-SR-22-1103_HA5180_background.txt")
        #expect(hk.customers.first?.id == (try store.findCustomers("恆澔醫學化驗所").first?.id), "\(hk.customers)")
        // Pinyin of the Chinese name; the English name becomes an alias.
        let wc = try doc("repair/2023/Wangchuan_EP-X560_no_signal.txt")
        #expect(wc.customers.first?.name == "望川职业技术学院", "\(wc.customers)")
        #expect(try store.explainLinks(wc.id).contains { $0.how.contains("pinyin of 望川") })
        #expect(try store.findCustomers("Wangchuan Vocational").map(\.name) == ["望川职业技术学院"])
    }

    @Test func aDistributorOrPayerIsNoCustomerBesideTheEndCustomer() throws {
        let dir = try TempDir("Distributor")
        let archive = try TestArchive(dir, paths: [
            try dir.file("c1.txt", "客户档案\n客户名称：宝康医学检验所\n"),
            try dir.file("r1.txt", "FIELD SERVICE REPORT\nBill-to: Lianke Instruments Co., Ltd. (distributor)\nShip-to / End customer: 宝康医学检验所\nFault found: lamp alarm\n"),
            try dir.file("r2.txt", "维修报告\n经销商：联科仪器股份有限公司\n最终用户：宝康医学检验所\n故障：灯报警\n"),
            try dir.file("r3.txt", "Service Report\nCustomer: Lianke Instruments Co., Ltd. (distributor)\nProblem: lamp alarm\n"),
            // A payer alone, with no end customer named, is still who the document is about.
            try dir.file("r4.txt", "Service Report\nSold-to: 宝康医学检验所\nProblem: lamp alarm\n"),
        ])
        #expect(try archive.customers(of: "r1.txt") == ["宝康医学检验所"])
        #expect(try archive.customers(of: "r2.txt") == ["宝康医学检验所"])
        #expect(try archive.customers(of: "r3.txt") == [])
        #expect(try archive.customers(of: "r4.txt") == ["宝康医学检验所"])
    }

    @Test func aDocumentOfNoKindNamesItsCustomerAnArticleDoesNot() throws {
        let dir = try TempDir("NoKind")
        let archive = try TestArchive(dir, files: [
            "客户/合肥/合肥瀚峰精工科技有限公司/维修记录/r1.txt": "维修单\n客户名称：合肥瀚峰精工科技有限公司\n故障：排气温度高\n",
            // A shipment note says no kind: its end user, a brand and its trade, is its customer
            // (the dealer it was sent to is not).
            "客户/上虞/上虞宏拓模具有限公司/商务文件/0779_备件发货单.csv":
                "备件发货单\n制单日期,2023-10-06\n收货单位,广东凯辰机电设备有限公司\n最终用户,宏拓模具\n物流,自提\n",
            // The dealer it was shipped to is no customer beside the end user, however short.
            "客户/常熟/常熟虞阳汽车零部件有限公司/商务文件/0044_备件发货单.csv":
                "备件发货单\n制单日期,2017-08-16\n收货单位,苏州德联机电设备有限公司\n最终用户,虞阳\n物流,自提\n",
            // A list of a customer's machines, titled by its short name, under its folder.
            "客户/合肥/合肥瀚峰精工科技有限公司/客户资料/0054_设备一览.md":
                "# 合肥瀚峰\n\n导出日期：2022-02-18\n\n| 设备 | 型号 | 安装 |\n|---|---|---|\n| 工业机器人 | ARX-20 | 2020年6月 |\n",
            // An article says it is one, by its title, a declared type or its folder: its customer is an example.
            "知识库/a1.txt": "知识库：空压机排气温度高怎么办\n客户名称：合肥瀚峰精工科技有限公司\n处理：清洗冷却器\n",
            "文章/a2.txt": "ARX-20 排气温度高\n适用机型：ARX-20\n类型：知识库\n客户名称：合肥瀚峰精工科技有限公司\n",
            "知识库/空压机/a3.txt": "ARX-20 排气温度高的几种原因\n客户名称：合肥瀚峰精工科技有限公司\n",
        ])
        #expect(try archive.customers(of: "客户/上虞/上虞宏拓模具有限公司/商务文件/0779_备件发货单.csv") == ["宏拓模具"])
        #expect(try archive.customers(of: "客户/常熟/常熟虞阳汽车零部件有限公司/商务文件/0044_备件发货单.csv") == ["虞阳"])
        #expect(try archive.customers(of: "客户/合肥/合肥瀚峰精工科技有限公司/客户资料/0054_设备一览.md") == ["合肥瀚峰精工科技有限公司"])
        for article in ["知识库/a1.txt", "文章/a2.txt", "知识库/空压机/a3.txt"] { #expect(try archive.customers(of: article) == [], "\(article)") }
        // So is a file ingested as one (`--kind article`).
        var options = IngestOptions()
        options.kind = .article
        _ = try Ingestor(store: archive.store, options: options).ingest([try dir.file("declared/a4.txt", "SK-37 排气温度高的几种原因\n客户名称：合肥瀚峰精工科技有限公司\n").path])
        #expect(try archive.customers(of: "a4.txt") == [])
        let kinds = try archive.store.documents(try archive.store.allDocumentIDs()).map { ($0.source, $0.kind) }
        #expect(kinds.filter { $0.1 == .article }.count == 7, "\(kinds)")
    }

    @Test func aFolderOfAnotherPlaceSaysWhichCompanyOfABrand() throws {
        let dir = try TempDir("FolderBrand")
        let archive = try TestArchive(dir, files: [
            "客户档案/c1.txt": "客户档案\n客户名称：平湖精诚\n",
            "客户/靖江/靖江精诚塑胶制品有限公司/维修记录/r1.txt": "维修单\n客户：精诚塑胶\n故障：温控失灵\n",
            "客户/平湖/平湖精诚/维修记录/r2.txt": "维修单\n客户：精诚\n故障：注塑机温控失灵\n",
        ])
        // Filed under the brand's company of another city, it is not the one customer of the
        // brand kb knows; filed under that one's, it is.
        #expect(try archive.customers(of: "客户/靖江/靖江精诚塑胶制品有限公司/维修记录/r1.txt") == ["精诚塑胶"])
        #expect(try archive.customers(of: "客户/平湖/平湖精诚/维修记录/r2.txt") == ["平湖精诚"])
    }

    @Test func banksOfTwoPlacesAreTwoCustomers() throws {
        #expect(RomanisedNames.distinctiveWords("Bank of Handan Co., Ltd. – Technology Dept.") == ["handan"])
        #expect(RomanisedNames.distinctiveWords("Bank of Taiwan, Keelung Branch") == ["taiwan", "keelung", "branch"])
        let dir = try TempDir("Banks")
        let archive = try TestArchive(dir, files: [
            "r1.txt": "Service Report\nCustomer: Bank of Taiwan, Keelung Branch\nProblem: ATM reboots\n",
            "r2.txt": "Service Report\nCustomer: Bank of Handan Co., Ltd. – Technology Dept.\nProblem: ATM reboots\n",
            "r3.txt": "Service Report\nCustomer: Bank of Taiwan Keelung Branch\nProblem: card reader jams\n",
        ])
        let taiwan = try #require(try archive.customers(of: "r1.txt")?.first)
        #expect(try archive.customers(of: "r2.txt")?.first != taiwan)
        #expect(try archive.customers(of: "r3.txt")?.first == taiwan)
    }

    /// A department written first, of words no list holds (`Operations Dept.`), says which
    /// department, not which customer: the institution after it does.
    @Test func aDepartmentWrittenFirstDoesNotSayWhichCustomer() throws {
        #expect(RomanisedNames.distinctiveWords("Operations Dept., Guilin Bank") == ["guilin", "bank"])
        #expect(RomanisedNames.distinctiveWords("Maintenance Dept., Kelong Precision") == ["kelong"])
        #expect(RomanisedNames.distinctiveWords("Substation Section, Taiwan Power Company, Kaohsiung District Office") != ["taiwan"])
        let dir = try TempDir("DepartmentsFirst")
        let archive = try TestArchive(dir, files: [
            "r1.txt": "Service Report\nCustomer: Operations Dept., Inner Mongolia Mengshang Bank\nProblem: ATM reboots\n",
            "r2.txt": "Service Report\nCustomer: Operations Dept., Guilin Bank\nProblem: ATM reboots\n",
            "r3.txt": "Service Report\nCustomer: Maintenance Dept., Zhuzhou Ruichi Precision Machinery Co., Ltd.\nProblem: spindle noise\n",
            "r4.txt": "Service Report\nCustomer: Maintenance Dept., Kelong Precision\nProblem: spindle noise\n",
        ])
        let mengshang = try #require(try archive.customers(of: "r1.txt")?.first)
        #expect(try archive.customers(of: "r2.txt")?.first != mengshang)
        let ruichi = try #require(try archive.customers(of: "r3.txt")?.first)
        #expect(try archive.customers(of: "r4.txt")?.first != ruichi)
    }

    /// A numbered hospital (`Datong Third Hosp.`, 第三医院) is no hospital of a kind that states
    /// no number (Datong Hospital of Traditional Chinese Medicine, 中医医院).
    @Test func aNumberedHospitalIsNoHospitalOfAKindWithoutNumber() throws {
        #expect(InstitutionName.of("大同市第三医院").conflict(with: InstitutionName.of("大同市中医医院")) != nil)
        #expect(InstitutionName.of("Datong Third Hosp.").conflict(with: InstitutionName.of("Datong Hospital of Traditional Chinese Medicine")) != nil)
        #expect(InstitutionName.of("大同市第三人民医院").conflict(with: InstitutionName.of("大同三院")) == nil)
        // A number after the kind may be a ward's.
        #expect(InstitutionName.of("赣州市中医院第三病区").conflict(with: InstitutionName.of("赣州市中医院")) == nil)
        let dir = try TempDir("NumberedHospitals")
        let archive = try TestArchive(dir, files: [
            "r1.txt": "Service Report\nCustomer: Datong Third Hosp.\nProblem: films too light\n",
            "r2.txt": "Service Report\nCustomer: Datong Hospital of Traditional Chinese Medicine\nProblem: films too light\n",
        ])
        let third = try #require(try archive.customers(of: "r1.txt")?.first)
        #expect(try archive.customers(of: "r2.txt")?.first != third)
    }

    /// A company's place in brackets, as its English name is registered (`Hanfeng Precision
    /// Engineering (Kunshan) Co., Ltd.`), is part of the name: which of the brand's companies.
    @Test func aPlaceInBracketsSaysWhichCompanyInEnglish() throws {
        #expect(ArchiveStore.customerName("Hanfeng Precision Engineering (Kunshan) Co., Ltd. (瀚峰精工(昆山)有限公司)")
                == "Hanfeng Precision Engineering (Kunshan) Co., Ltd.")
        #expect(ArchiveStore.customerName("Hanfeng Precision Engineering (Stamping)") == "Hanfeng Precision Engineering")
        #expect(RomanisedNames.withoutPlaceInBrackets("Runhe Microelectronics (Liuzhou) Co., Ltd.") == "Runhe Microelectronics  Co., Ltd.")
        let dir = try TempDir("PlacesInBrackets")
        let archive = try TestArchive(dir, files: [
            "c1.txt": "Customer file\nCustomer: Hanfeng Precision Engineering (Chongqing) Co., Ltd. (瀚峰精工(重庆)有限公司)\n",
            "r1.txt": "Asset service log\nSite: Hanfeng Precision Engineering (Kunshan) Co., Ltd. (瀚峰精工(昆山)有限公司)\nProblem: press overload\n",
            "r2.txt": "Asset service log\nSite: Hanfeng Precision Engineering (Chongqing) Co., Ltd.\nProblem: press overload\n",
            "c2.txt": "Customer file\nCustomer: Ruichi Precision Machinery (Chongqing) Co., Ltd.\n",
            "r3.txt": "Service report\nCustomer: Ruichi Precision Machinery (Kunshan) Co., Ltd.\nProblem: spindle noise\n",
            // The place written or not, the company whose English name the customer file gives.
            "c3.txt": "Customer file\nCustomer: 润禾微电子（柳州）有限公司厂务部\nEnglish name: Facilities Engineering, Runhe Microelectronics\n",
            "r4.txt": "Account\nAccount Name: Facilities Engineering, Runhe Microelectronics (Liuzhou) Co., Ltd.\nEquip. S/N: EPS24U7412\n",
        ])
        let chongqing = try #require(try archive.customers(of: "c1.txt")?.first)
        #expect(try archive.customers(of: "r1.txt")?.first != chongqing)
        #expect(try archive.customers(of: "r2.txt")?.first == chongqing)
        let ruichi = try #require(try archive.customers(of: "c2.txt")?.first)
        #expect(try archive.customers(of: "r3.txt")?.first != ruichi)
        #expect(try archive.customers(of: "r4.txt")?.first == "润禾微电子（柳州）有限公司厂务部")
    }

    @Test func namesAlikeButForTheirBrandAreTwoCustomers() throws {
        let dir = try TempDir("Brands")
        let archive = try TestArchive(dir, paths: [
            try dir.file("c1.txt", "客户档案\n客户名称：僑光醫學化驗所有限公司\n"),
            try dir.file("r1.txt", "维修单\n客户名称：寶康醫學化驗所有限公司\n故障：灯报警\n"),
            try dir.file("r2.txt", "维修单\n客户名称：僑光醫學化驗所\n故障：灯报警\n"),
        ])
        let r1 = try #require(try archive.customers(of: "r1.txt"))
        #expect(!r1.isEmpty && !r1.contains("僑光醫學化驗所有限公司"))
        #expect(try archive.customers(of: "r2.txt")?.first == "僑光醫學化驗所有限公司")
    }

    @Test func unconfirmedEnglishNamesWithTheSameDistinctiveWordsAreOneCustomer() throws {
        let dir = try TempDir("EnglishUnconfirmed")
        let archive = try TestArchive(dir, paths: [
            try dir.file("r1.txt", "Service Report\nCustomer: Wai Shun Hospital – IT Department\nProblem: server will not power on\n"),
            try dir.file("r2.txt", "Service Report\nCustomer: Wai Shun Hosp., Information Technology Department\nProblem: fan noise\n"),
            try dir.file("r3.txt", "Service Report\nCustomer: Wai Shun Hospital, Radiology\nProblem: fan noise\n"),
            try dir.file("r4.txt", "Service Report\nCustomer: Ming Tak Data Centre Limited\nProblem: fan noise\n"),
            try dir.file("r5.txt", "Service Report\nCustomer: Wing On Data Centre Limited\nProblem: fan noise\n"),
        ])
        let first = try #require(try archive.customers(of: "r1.txt")?.first)
        #expect(try archive.customers(of: "r2.txt") == [first])
        #expect(try archive.customers(of: "r3.txt")?.first != first)
        #expect(try archive.customers(of: "r4.txt")?.first != (try archive.customers(of: "r5.txt")?.first))
    }

    @Test func aNameWrittenInBothLanguagesJoinsTheCustomersEachNameFound() throws {
        let dir = try TempDir("Bilingual")
        let archive = try TestArchive(dir, paths: [
            // Cantonese romanisation: no pinyin reading joins Ka Lok to 嘉諾; the value in both
            // languages does, whether the English-only report comes before it or after.
            try dir.file("r1.txt", "Service Report\nCustomer: Ka Lok Data Centre\nProblem: UPS alarm\n"),
            try dir.file("r2.txt", "服務報告\n客戶：嘉諾數據中心 / Ka Lok Data Centre Limited\n故障：UPS告警\n"),
            try dir.file("r3.txt", "服務報告\n客戶：嘉諾數據中心有限公司\n故障：風扇噪音\n"),
            try dir.file("r4.txt", "服務報告\n客戶：嘉諾DC\n故障：風扇噪音\n"),
            try dir.file("r5.txt", "Service Report\nCustomer: Ka Lok DC\nProblem: fan noise\n"),
            // Two customers their files vouch for stay two, whatever a document writes.
            try dir.file("c1.txt", "客户档案\n客户名称：永安數據中心有限公司\n"),
            try dir.file("c2.txt", "Customer File\nCustomer Name: Wing Kee Data Centre Limited\n"),
            try dir.file("r6.txt", "服務報告\n客戶：永安數據中心 / Wing Kee Data Centre Limited\n故障：風扇噪音\n"),
            // A department alone in the other language is nobody's alias.
            try dir.file("r7.txt", "服務報告\n客戶：華健數據中心 (IT Department)\n故障：風扇噪音\n"),
        ])
        let kaLok = try #require(try archive.customers(of: "r1.txt")?.first)
        for r in ["r2.txt", "r3.txt", "r4.txt", "r5.txt"] { #expect(try archive.customers(of: r) == [kaLok], "\(r)") }
        let wingOn = try #require(try archive.customers(of: "c1.txt")?.first)
        #expect(try archive.customers(of: "c2.txt")?.first != wingOn)
        #expect(try archive.customers(of: "r6.txt")?.first == wingOn)
        let aliases = try archive.store.customerRecords().flatMap(\.aliases)
        #expect(!aliases.contains("IT Department"))
        #expect(aliases.contains("嘉諾數據中心"))
    }

    @Test func romanisedNamesNeedOneCustomerAndTheirOwnWords() throws {
        let dir = try TempDir("Romanised")
        let archive = try TestArchive(dir, paths: [
            try dir.file("c1.txt", "客户档案\n客户名称：嘉义恩弘医院\n"),
            try dir.file("c2.txt", "客户档案\n客户名称：恩弘医学检验实验室\n"),
            try dir.file("c3.txt", "客户档案\n客户名称：越晖医学检验实验室\n别名/简称：Yuehui Medical Laboratory\n"),
            try dir.file("r1.txt", "Service Report\nCustomer: Enhong Medical Laboratory\nProblem: fan noise."),
            try dir.file("r2.txt", "Service Report\nCustomer: Enhong Hospital Chiayi\nProblem: fan noise."),
            try dir.file("r3.txt", "Service Report\nCustomer: Qihui Medical Laboratory\nProblem: fan noise."),
            try dir.file("r4.txt", "Service Report\nCustomer: Enhong Group\nProblem: fan noise."),
            try dir.file("c4.txt", "客户档案\n客户名称：深豪医学检验实验室\n别名/简称：Shenhao Medical Laboratory\n"),
            try dir.file("c5.txt", "客户档案\n客户名称：恩澔科技股份有限公司\n"),
            try dir.file("r5.txt", "Service Report\nCustomer: Enhao Technology Corp.\nProblem: fan noise."),
            try dir.file("c6.txt", "Customer File\nCustomer Name: The First Affiliated Hospital of Xiamen University\n"),
            try dir.file("r6.txt", "Service Report\nCustomer: First Affiliated Hospital of Xiamen University\nProblem: fan noise."),
        ])
        func customer(_ source: String) throws -> String? {
            let ids = try archive.store.allDocumentIDs()
            return try archive.store.documents(ids).first { $0.source == source }?.customers.first?.name
        }
        // Spelled alike: the generic words (Laboratory, Hospital) tell which.
        #expect(try customer("r1.txt") == "恩弘医学检验实验室")
        #expect(try customer("r2.txt") == "嘉义恩弘医院")
        // Not Yuehui Medical Laboratory, however alike the generic words are.
        #expect(try customer("r3.txt") == "Qihui Medical Laboratory")
        // Two customers and nothing to tell them apart: neither.
        #expect(try customer("r4.txt") == "Enhong Group")
        #expect(try archive.store.unresolvedLinks().contains { $0.what.contains("'Enhong Group'") })
        // Whole words: `Enhao` is not in `Shenhao Medical Laboratory`.
        #expect(try customer("r5.txt") == "恩澔科技股份有限公司")
        // Generic words only: the whole name, as Chinese names are matched.
        #expect(try customer("r6.txt") == "The First Affiliated Hospital of Xiamen University")
    }

    @Test func writtenFormsOfOneUnconfirmedInstitutionBecomeOneCustomer() throws {
        let dir = try TempDir("Unconfirmed")
        let archive = try TestArchive(dir, paths: [
            try dir.file("r1.txt", "Service Report\nCustomer: The First People's Hospital of Changsha (Radiology)\nProblem: noise."),
            try dir.file("r2.txt", "维修单\n客户名称：长沙一院（放射科）\n故障现象：噪音"),
            try dir.file("r3.txt", "維修單\n客戶名稱：長沙市第一人民醫院放射科\n故障現象：噪音"),
            try dir.file("r4.txt", "维修单\n客户名称：长沙市第一人民医院\n故障现象：噪音"),
            // Another number, another department, a bare name: never the same customer.
            try dir.file("r5.txt", "维修单\n客户名称：长沙市第二人民医院放射科\n故障现象：噪音"),
            try dir.file("r6.txt", "维修单\n客户名称：长沙市第一人民医院（检验科）\n故障现象：噪音"),
            try dir.file("r7.txt", "维修单\n客户名称：市一院放射科\n故障现象：噪音"),
            try dir.file("r8.txt", "维修单\n客户名称：市一院放射科\n故障现象：噪音"),
        ])
        let docs = try archive.store.documents(try archive.store.allDocumentIDs())
        func customer(_ source: String) -> Int64? { docs.first { $0.source == source }?.customers.first?.id }
        let one = try #require(customer("r1.txt"))
        #expect(customer("r2.txt") == one && customer("r3.txt") == one)
        #expect(customer("r5.txt") != one && customer("r6.txt") != one && customer("r5.txt") != customer("r6.txt"))
        // 长沙市第一人民医院 says no department, and two are known: it joins neither.
        #expect(customer("r4.txt") != one && customer("r4.txt") != customer("r6.txt"))
        // A bare name is a different customer in every city: not made an unconfirmed customer.
        #expect(customer("r7.txt") == nil && customer("r8.txt") == nil)
    }

    @Test func aDepartmentInBracketsIsPartOfTheName() throws {
        #expect(ArchiveStore.customerName("台北科技大學（計算機中心）") == "台北科技大學 計算機中心")
        #expect(ArchiveStore.customerName("Wuhan TCM Hospital (Dept. of Radiology)") == "Wuhan TCM Hospital Dept. of Radiology")
        // A name in the other script, a note, or a section of a department already named: cut.
        #expect(ArchiveStore.customerName("Foo Hospital (某某医院)") == "Foo Hospital")
        #expect(ArchiveStore.customerName("某市第一人民医院检验科（生化室）") == "某市第一人民医院检验科")
        #expect(ArchiveStore.customerName("某某医院（2024年起）") == "某某医院")
        // A department first, its institution in brackets.
        #expect(ArchiveStore.customerName("输血科（洛阳大学附属第三医院）") == "洛阳大学附属第三医院 输血科")
        #expect(ArchiveStore.customerName("資訊室（衛生福利部台北醫院）") == "衛生福利部台北醫院 資訊室")
        #expect(ArchiveStore.customerName("检验科（2024年起）") == "检验科")
        #expect(ArchiveStore.customerName("某某医院检验科（某某医院）") == "某某医院检验科")
        // A department after a note, or after a school that only may be a department.
        #expect(ArchiveStore.customerName("Kaohsiung Hospital (Main Campus) (IT Office)") == "Kaohsiung Hospital IT Office")
        // Taiwan's ministry in brackets is kept: it says which of the place's hospitals.
        #expect(ArchiveStore.customerName("Tainan Hospital (MOHW) (IT Office)") == "Tainan Hospital MOHW IT Office")
        #expect(ArchiveStore.customerName("温州大学医学院（中心实验室）") == "温州大学医学院 中心实验室")
        // A department with an institution's word, and a company's with its place and brand.
        #expect(ArchiveStore.customerName("微生物检验所（扬州市CDC）") == "扬州市CDC 微生物检验所")
        #expect(ArchiveStore.customerName("运维部（太原天衡）") == "太原天衡 运维部")
        let dir = try TempDir("Bracketed")
        let archive = try TestArchive(dir, paths: [
            try dir.file("c1.txt", "客戶資料卡\n客戶名稱：台北科技大學貴重儀器中心\n"),
            try dir.file("r1.txt", "維修單\n客戶名稱：台北科技大學（計算機中心）\n故障現象：噪音"),
        ])
        let docs = try archive.store.documents(try archive.store.allDocumentIDs())
        #expect(docs.first { $0.source == "r1.txt" }?.customers.first?.name != "台北科技大學貴重儀器中心")
    }

    @Test func unresolvedNamesAreListed() throws {
        try ingest("Unknown_clinic.txt", "Service Report\nCustomer: Blue Harbour Clinic\nModel: H1850R\nProblem: noise.")
        let items = try store.unresolvedLinks()
        #expect(items.contains { $0.what.contains("'Blue Harbour Clinic'") })
        #expect(!items.contains { $0.what.contains("某市第一人民医院") })
    }
}

@Suite struct ComplaintDeadlineTests {
    func complaint(received: String, urgency: String, outcome: String? = nil) throws -> StoredDocument {
        let dir = try TempDir()
        var text = "投诉(问题)反馈表\n客户名称：甲医院\n受理日期：\(received)\n紧急程度：\(urgency)\n客户反映：仪器报警\n"
        if let outcome { text += "处理结果：\(outcome)\n" }
        let f = try dir.file("c.txt", text)
        let a = try TestArchive(dir, paths: [f])
        return try #require(try a.store.documents(try a.store.allDocumentIDs()).first)
    }

    @Test func workingDaysSkipTheWeekend() {
        #expect(WorkingDays.add(1, to: "2023-11-03") == "2023-11-06")   // Friday + 1 → Monday
        #expect(WorkingDays.add(3, to: "2023-11-02") == "2023-11-07")   // Thursday + 3 → Tuesday
        #expect(WorkingDays.add(10, to: "2023-11-06") == "2023-11-20")  // two whole weeks
        #expect(WorkingDays.lateness(deadline: "2023-11-06", today: "2023-11-06") == 0)
        #expect(WorkingDays.lateness(deadline: "2023-11-03", today: "2023-11-05") == 0)  // the weekend does not count
        #expect(WorkingDays.lateness(deadline: "2023-11-03", today: "2023-11-06") == 1)
    }

    @Test func anUrgentComplaintReceivedOnFridayIsDueMondayAndLateOnTuesday() throws {
        let d = try complaint(received: "2023-11-03", urgency: "紧急")
        let onMonday = BriefBuilder.complaint(d, today: "2023-11-06")
        #expect(onMonday.deadline == "2023-11-06" && onMonday.open && !onMonday.overdue)
        let onSunday = BriefBuilder.complaint(d, today: "2023-11-05")
        #expect(!onSunday.overdue)
        let onTuesday = BriefBuilder.complaint(d, today: "2023-11-07")
        #expect(onTuesday.overdue && onTuesday.workingDaysLate == 1)
    }

    @Test func urgencyLevelsAndClosedComplaints() throws {
        #expect(BriefBuilder.urgency("複雜（10 個工作天）").1 == 10)
        #expect(BriefBuilder.urgency("normal").1 == 3)
        #expect(BriefBuilder.urgency("Urgent").1 == 1)
        let closed = try complaint(received: "2023-11-03", urgency: "一般", outcome: "已解决，客户满意，投诉关闭")
        let c = BriefBuilder.complaint(closed, today: "2024-01-01")
        #expect(!c.open && !c.overdue && c.deadline == "2023-11-08")
        let pending = try complaint(received: "2023-11-03", urgency: "一般", outcome: "处理中，等待配件")
        #expect(BriefBuilder.complaint(pending, today: "2023-11-09").overdue)
    }
}

@Suite struct TrustedLinkTests {
    func archive(_ dir: TempDir, _ files: [String: String]) throws -> TestArchive {
        try TestArchive(dir, files: files)
    }

    func customerOf(_ a: TestArchive, _ source: String) throws -> String? {
        let docs = try a.store.documents(try a.store.allDocumentIDs())
        return docs.first { $0.source == source }?.customers.first?.name
    }

    @Test func anEnglishNameNeverJoinsACustomerOfAnotherKindNumberOrCity() throws {
        let dir = try TempDir()
        let a = try archive(dir, [
            "c1.txt": "客户档案\n客户名称：高雄澄辉科技有限公司\n英文名称：Chenghui Technology Co.\n",
            "c2.txt": "客户档案\n客户名称：重庆市第一人民医院检验科\n",
            "c3.txt": "客户档案\n客户名称：重庆市第二人民医院检验科\n",
            "r1.txt": "Service Report\nCustomer: Chenghui Hospital Kaohsiung\nProblem reported: E27\n",
            "r2.txt": "Service Report\nCustomer: Chongqing No.2 People's Hospital\nProblem reported: E27\n",
            "r3.txt": "维修单\n客户名称：重庆二院检验科\n故障现象：E27\n",
        ])
        #expect(try customerOf(a, "r1.txt") != "高雄澄辉科技有限公司")
        #expect(try customerOf(a, "r2.txt") == "重庆市第二人民医院检验科")
        #expect(try customerOf(a, "r3.txt") == "重庆市第二人民医院检验科")
    }

    @Test func aNumberedNameWithoutItsCityGoesToTheOwnerOfTheUnitOrToNobody() throws {
        let dir = try TempDir()
        let a = try archive(dir, [
            "c1.txt": "客户档案\n客户名称：安店市第三人民医院检验科\n在用设备：出厂编号 DA7600-2019-0457\n",
            "c2.txt": "客户档案\n客户名称：宁溪市第三人民医院检验科\n在用设备：出厂编号 TL5M-1811-0209\n",
            "r1.txt": "维修单\n客户名称：三院检验科\n出厂编号：TL5M-1811-0209\n故障现象：碳刷磨损\n",
            "r2.txt": "维修单\n客户名称：三院检验科\n故障现象：比色杯污染\n",
            "q1.txt": "质量问题反馈单\n批号：DL2503-19\n涉及仪器：序列号 DA7600-2019-0457\n故障描述：负压不足\n",
        ])
        // The unit's customer file says which third hospital; with nothing to say which, no link
        // rather than one shared by every city's third hospital.
        #expect(try customerOf(a, "r1.txt") == "宁溪市第三人民医院检验科")
        #expect(try customerOf(a, "r2.txt") == nil)
        // A document naming no customer belongs to the owner of the unit it is about.
        #expect(try customerOf(a, "q1.txt") == "安店市第三人民医院检验科")
    }

    @Test func namesWithPartsLeftOutFindTheirCustomerByStructure() throws {
        let dir = try TempDir()
        let a = try archive(dir, [
            "c1.txt": "客户档案\n客户名称：南京市中医医院放射科\n",
            "c2.txt": "客户档案\n客户名称：南京市中医医院检验科\n",
            "c3.txt": "客户档案\n客户名称：南京市第一人民医院检验科\n",
            "r1.txt": "维修单\n客户名称：南京中医院放射科\n故障现象：球管报警\n",
            "r2.txt": "Service Report\nCustomer: Nanjing Hospital of Traditional Chinese Medicine, Radiology\nProblem reported: tube alarm\n",
            "r3.txt": "Service Report\nCustomer: Nanjing Hospital of Traditional Chinese Medicine\nProblem reported: tube alarm\n",
        ])
        #expect(try customerOf(a, "r1.txt") == "南京市中医医院放射科")
        #expect(try customerOf(a, "r2.txt") == "南京市中医医院放射科")
        // Two departments fit and nothing says which: no link.
        #expect(try customerOf(a, "r3.txt") == nil)
    }

    @Test func anUncertainNameWaitsForAPersonAndTheDecisionSurvivesReingest() throws {
        let dir = try TempDir()
        let a = try archive(dir, [
            "c1.txt": "客户档案\n客户名称：安店市第三人民医院检验科\n",
            "c2.txt": "客户档案\n客户名称：宁溪市第三人民医院检验科\n",
            "r1.txt": "维修单\n客户名称：三院检验科\n故障现象：比色杯污染\n",
            "r2.txt": "维修单\n客户名称：三院检验科\n故障现象：碳刷磨损\n",
        ])
        let waiting = try a.store.customerReviews()
        #expect(waiting.map(\.source) == ["r1.txt", "r2.txt"])
        #expect(waiting.first?.candidates.map(\.name).sorted() == ["宁溪市第三人民医院检验科", "安店市第三人民医院检验科"].sorted())
        let r1 = DocumentID(waiting[0].document), r2 = DocumentID(waiting[1].document)
        let ningxi = try #require(waiting[0].candidates.first { $0.name.hasPrefix("宁溪") })
        try a.store.decideReview(document: r1, written: "三院检验科", customer: ningxi.id, who: "王芳")
        try a.store.decideReview(document: r2, written: "三院检验科", customer: nil, who: "王芳")
        #expect(try a.store.customerReviews().isEmpty)
        // The files change and are ingested again: the decisions hold, with their author.
        _ = try dir.file("in/r1.txt", "维修单\n客户名称：三院检验科\n故障现象：比色杯污染，已清洗\n")
        _ = try dir.file("in/r2.txt", "维修单\n客户名称：三院检验科\n故障现象：碳刷磨损，已更换\n")
        let again = try Ingestor(store: a.store).ingest([dir.url.appendingPathComponent("in").path])
        #expect(again.updated == 2)
        #expect(try a.store.customerReviews().isEmpty)
        #expect(try customerOf(a, "r1.txt") == "宁溪市第三人民医院检验科")
        #expect(try a.store.explainLinks(r1).first?.how.contains("by hand (王芳") == true)
        #expect(try customerOf(a, "r2.txt") == nil)
        #expect(throws: KBError.self) { try a.store.decideReview(document: r2, written: "三院检验科", customer: nil, who: "") }
    }

    @Test func aNameInBothLanguagesUsesBothAndUnconfirmedNamesMeetByTheirParts() throws {
        let dir = try TempDir()
        let a = try archive(dir, [
            "c1.txt": "客户档案\n客户名称：启晖医学检验实验室\n",
            "r1.txt": "Service Report\nCustomer: QH Diagnostics (启晖医学检验实验室)\nProblem reported: E27\n",
            "r2.txt": "维修单\n客户名称：重庆妇幼\n故障现象：不升速\n",
            "r3.txt": "维修单\n客户名称：重庆市妇幼保健院\n故障现象：碳刷磨损\n",
            "r4.txt": "维修单\n客户名称：成都市妇幼保健院\n故障现象：碳刷磨损\n",
        ])
        #expect(try customerOf(a, "r1.txt") == "启晖医学检验实验室")
        let r2 = try customerOf(a, "r2.txt"), r3 = try customerOf(a, "r3.txt")
        #expect(r2 != nil && r2 == r3, "\(r2 ?? "none") / \(r3 ?? "none")")
        #expect(try customerOf(a, "r4.txt") != r2)
        #expect(ArchiveStore.otherScriptName("某某医院（Foo Hospital）") == "Foo Hospital")
        #expect(ArchiveStore.otherScriptName("某某医院（二楼）") == nil)
    }

    @Test func customerFilesWrittenByOtherHandsAreOneCustomer() throws {
        let dir = try TempDir()
        let a = try archive(dir, [
            "plan.md": "# 2022年度巡检计划\n\n客户：长沙市一院-放射科\n\n| 设备 | 型号 | S/N |\n|---|---|---|\n| 冷冻离心机 | DLR-5K | DL5-19J-1402 |\n",
            "file.md": "# 客户基本信息表\n\n| 单位全称 | 长沙市第一人民医院放射科 | 客户等级 | C |\n|---|---|---|---|\n"
                + "| 英文名称 | Changsha No. 1 People's Hospital, Radiology | 客户类型 | 医院 |\n",
            "base.md": "# Installed Base Report\n\nOrganization: The First People's Hospital of Changsha (Radiology Dept.)\n",
            "other.md": "# Account Profile\n\n**Account name:** Changsha Municipal People's Hospital, Radiology\n",
            "r1.txt": "维修单\n客户名称：长沙一院（放射科）\n故障现象：不升速\n",
            "r2.txt": "Service Report\nCustomer: Changsha 1st People's Hospital – Radiology\nProblem reported: E27\n",
        ])
        let customers = try a.store.customerRecords().filter { !$0.provisional }
        // A city's First People's Hospital and its People's Hospital are two customers.
        #expect(customers.count == 2, "\(customers.map { ($0.name, $0.aliases) })")
        let first = try #require(customers.first { $0.aliases.contains("长沙市一院-放射科") })
        // The name that states the most is the customer's; the English name is one alias, commas and all.
        #expect(first.name == "长沙市第一人民医院放射科")
        #expect(first.aliases.contains("Changsha No. 1 People's Hospital, Radiology"))
        for source in ["plan.md", "file.md", "base.md", "r1.txt", "r2.txt"] {
            #expect(try customerOf(a, source) == "长沙市第一人民医院放射科", "\(source)")
        }
        #expect(try customerOf(a, "other.md") == "Changsha Municipal People's Hospital, Radiology")
    }

    @Test func aCompanyIsItsBrandWhateverFormAndScriptItIsWrittenIn() throws {
        let dir = try TempDir()
        let a = try archive(dir, [
            "c1.md": "# Account Profile\n\n**Account name:** Fuzhou Hengtong Data Technology Co., Ltd.\n**Registered Chinese name:** 福州恒通数据科技有限公司\n",
            "c2.txt": "客户档案\n客户名称：福州市第二人民医院病理科\n",
            "c3.txt": "客户档案\n客户名称：永豐科技股份有限公司\n",
            "r1.txt": "维修单\n客户名称：恒通公司\n故障现象：不升速\n",
            "r2.txt": "Service Report\nCustomer: HENGTONG DATA\nProblem reported: E27\n",
            "r3.txt": "维修单\n客户名称：福州恒通\n故障现象：不升速\n",
            "r4.txt": "维修单\n客户名称：上海恒通电子有限公司\n故障现象：不升速\n",
            "r5.txt": "Service Report\nCustomer: Fuzhou Second People's Hospital – Pathology\nProblem reported: E27\n",
            "r6.txt": "維修單\n客戶名稱：永豐公司\n故障現象：不升速\n",
            "r7.txt": "Service Report\nCustomer: Yongfeng Tech Co., Ltd.\nProblem reported: E27\n",
        ])
        for source in ["c1.md", "r1.txt", "r2.txt", "r3.txt"] {
            #expect(try customerOf(a, source) == "Fuzhou Hengtong Data Technology Co., Ltd.", "\(source)")
        }
        // Another city's company of the same brand is another customer; a hospital named after
        // its city is no company of that city.
        #expect(try customerOf(a, "r4.txt") == "上海恒通电子有限公司")
        #expect(try customerOf(a, "r5.txt") == "福州市第二人民医院病理科")
        // 永丰 is a county too: the brand is not taken for its place.
        #expect(try customerOf(a, "r6.txt") == "永豐科技股份有限公司")
        #expect(try customerOf(a, "r7.txt") == "永豐科技股份有限公司")
    }

    /// Names no customer file confirms, written short by other hands: a company with its
    /// department, a bank by its common abbreviation, a private laboratory by its brand. Each
    /// is one unconfirmed customer; another department or another city's namesake is another.
    @Test func unconfirmedCompaniesBanksAndLaboratoriesAreTheirBrand() throws {
        let dir = try TempDir()
        let card = { (name: String) in "维修单\n客户名称：\(name)\n故障现象：不升速\n" }
        let a = try archive(dir, [
            "a1.txt": card("温州云枢数据科技有限公司运维部"), "a2.txt": card("云枢科技运维部"), "a3.txt": card("温州云枢运维部"),
            "a4.txt": card("云枢科技信息中心"),
            "b1.txt": card("太原农村商业银行信息科技部"), "b2.txt": card("太原农商银行信息科技部"), "b3.txt": card("太原农商行信息科技部"),
            "b4.txt": card("佛山农商银行信息科技部"),
            "c1.txt": card("沈阳汇智医学检验实验室有限公司"), "c2.txt": card("汇智医学检验所"), "c3.txt": card("汇智医检"),
            "d1.txt": card("私立博仁醫事檢驗所"), "d2.txt": card("博仁檢驗所"),
            "e1.txt": card("长沙市第一人民医院检验科"), "e2.txt": card("长沙第一人民医院检验科"),
        ])
        let of = { (s: String) in try customerOf(a, s) }
        #expect(try Set(["a1.txt", "a2.txt", "a3.txt"].map(of)).count == 1)
        #expect(try of("a4.txt") != of("a1.txt"), "another department")
        #expect(try Set(["b1.txt", "b2.txt", "b3.txt"].map(of)).count == 1)
        #expect(try of("b4.txt") != of("b1.txt"), "another city's bank")
        let labs = try ["c1.txt", "c2.txt", "c3.txt"].map(of)
        #expect(Set(labs).count == 1, "\(labs)")
        #expect(try of("d1.txt") == of("d2.txt"))
        #expect(try of("e1.txt") != of("c1.txt") && of("e1.txt") != nil)
    }

    @Test func aShortNameOfTheSameUnitsIsItsDepartmentAndAFileWithoutItsCityHasItsAddress() throws {
        let dir = try TempDir()
        let units = "\n| 序号 | 设备名称 | 出厂编号 |\n|---|---|---|\n| 1 | 离心机 | HF21-16B-1941 |\n| 2 | 显微镜 | MS62-18D-5570 |\n"
        let a = try archive(dir, [
            "plan.md": "# 2023年度巡检计划\n\n客户：合肥市中医院\n" + units,
            "file.md": "# 客户档案\n\n客户名称：合肥市中医医院病理科\n" + units,
            "other.md": "# 客户档案\n\n客户名称：合肥市中医医院检验科\n",
            "fuzhou.md": "# 客户档案\n\n客户名称：福州市肿瘤医院中心实验室\n",
            "changsha.md": "# 客户档案\n\n客户名称：长沙市肿瘤医院中心实验室\n",
            "base.md": "# Installed Base Report\n\nCustomer: Municipal Cancer Hospital (Central Laboratory)\nLocation: No. 160 Jianshe Rd, Fuzhou, China\n",
            "r1.txt": "Service Report\nProblem reported: E27\nS/N: MS62-18D-5570\n",
        ])
        // The plan names the institution; its units are the pathology department's.
        #expect(try customerOf(a, "plan.md") == "合肥市中医医院病理科")
        #expect(try customerOf(a, "r1.txt") == "合肥市中医医院病理科")
        #expect(try customerOf(a, "base.md") == "福州市肿瘤医院中心实验室")
        #expect(try a.store.customerRecords().filter { !$0.provisional }.count == 4)
    }

    @Test func aBareNameAFileRegisteredMeansNothingElsewhere() throws {
        let dir = try TempDir()
        let a = try archive(dir, [
            "base.md": "# Installed Base Report\n\nOrganization: MCH Hospital\n",
            "r1.txt": "Service Report\nCustomer: MCH Hospital\nProblem reported: E27\n",
        ])
        #expect(try customerOf(a, "base.md") == "MCH Hospital")
        // Every city has an MCH hospital: the report's is not the file's without more to say so.
        #expect(try customerOf(a, "r1.txt") == nil)
    }

    @Test func twoCompaniesOfOneBrandLeaveABareBrandToAPerson() throws {
        let dir = try TempDir()
        let a = try archive(dir, [
            "c1.txt": "客户档案\n客户名称：福州恒通数据科技有限公司\n",
            "c2.txt": "客户档案\n客户名称：济南恒通新能源科技有限公司\n",
            "r1.txt": "维修单\n客户名称：恒通公司\n故障现象：不升速\n",
            "r2.txt": "维修单\n客户名称：济南恒通\n故障现象：不升速\n",
        ])
        #expect(try customerOf(a, "r1.txt") == nil)
        #expect(try a.store.customerReviews().map(\.source) == ["r1.txt"])
        #expect(try customerOf(a, "r2.txt") == "济南恒通新能源科技有限公司")
    }

    @Test func aChineseNameNeverJoinsAnEnglishCustomerOfAnotherCity() throws {
        let dir = try TempDir()
        let a = try archive(dir, [
            "c1.md": "# Account Profile\n\n**Account name:** Wuxi No. 1 People's Hospital, Clinical Laboratory\n",
            "c2.md": "# Account Profile\n\n**Account name:** Kunming Municipal People's Hospital, Clinical Laboratory\n",
            "r1.txt": "维修单\n客户名称：昆明第一人民医院-检验科\n故障现象：不升速\n",
            "r2.txt": "Service Report\nCustomer: Kunming No.1 People's Hosp. (Clinical Laboratory)\nProblem reported: E27\n",
            "r3.txt": "维修单\n客户名称：無錫第一人民醫院檢驗科\n故障现象：不升速\n",
        ])
        #expect(try customerOf(a, "r1.txt") != "Wuxi No. 1 People's Hospital, Clinical Laboratory")
        #expect(try customerOf(a, "r1.txt") != "Kunming Municipal People's Hospital, Clinical Laboratory")
        #expect(try customerOf(a, "r2.txt") != "Kunming Municipal People's Hospital, Clinical Laboratory")
        #expect(try customerOf(a, "r3.txt") == "Wuxi No. 1 People's Hospital, Clinical Laboratory")
    }

    @Test func twoRecordsAreOneVisitOnlyWithinADayOrByTheirNumber() throws {
        let dir = try TempDir()
        let head = "维修单\n客户名称：某市第一人民医院检验科\n出厂编号：DA7600-2019-0457\n"
        let a = try archive(dir, [
            "card.txt": head + "单号：FW-2024-0012\n报修日期：2024-02-03\n故障现象：比色杯污染\n",
            "ledger.csv": "客户名称,出厂编号,报修日期,客户反映,处理方法\n某市第一人民医院检验科,DA7600-2019-0457,2024-02-04,比色杯污染,清洗比色杯\n",
            "later.txt": head + "单号：FW-2024-0031\n报修日期：2024-02-10\n故障现象：E23 报警\n",
            "followup.txt": head + "单号：FW-2024-0031\n报修日期：2024-02-20\n故障现象：E23 报警复查\n",
            "install.txt": head + "单号：FW-2020-0001\n安装日期：2020-03-04\n报修日期：2024-03-01\n故障现象：吸光度漂移\n",
        ])
        let b = try BriefBuilder.build(.serial("DA7600-2019-0457"), store: a.store, today: "2024-06-01")
        // The card and its ledger row a day later are one visit; the report and its follow-up
        // share a number; the last visit is dated by its visit, not its installation.
        #expect(b.history.map(\.date) == ["2024-03-01", "2024-02-10", "2024-02-03"] || b.history.map(\.date) == ["2024-02-03", "2024-02-10", "2024-03-01"],
                "\(b.history.map { ($0.date ?? "-", $0.source) })")
        #expect(b.history.first { $0.date == "2024-02-03" }?.fix == "清洗比色杯")
    }
}
