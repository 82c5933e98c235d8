import Foundation
import GRDB
import Testing
@testable import ArchiveIndex

/// Visits in forms other tools and offices keep: a maintenance record laid out as a worksheet
/// under its title, a handover certificate, a CRM case with its site visit, a hospital office's
/// supervision notice, a bank's book of the visits to one machine.
@Suite struct HandoversAndRegistersTests: ReadsText {
    static func serials(_ d: ExtractedDocument) -> [String] { d.values(.serial).compactMap(\.canonical) }

    @Test func aWorksheetsTitleAboveItsFieldsSaysWhatTheFormIs() throws {
        let parts = try LedgerReader.rows(table: [
            ["洁净空调机组运行维护记录"],
            [],
            ["记录编号", "WB203019", "维护日期", "2020/06/17"],
            ["使用单位", "绍兴人民医院后勤", "维护类型", "预防性维护"],
            ["设备型号", "PuraAir AH-25", "机组编号", "zk18-497-01"],
            [],
            ["维护结论", "按保养规程完成清洁、检查和功能测试，各项指标正常", "", ""],
            ["维护人员", "贾工", "使用方确认", ""],
            ["下次维护", "2020年12月", "", ""],
        ], name: "WB203019.xlsx")
        #expect(parts.count == 1)
        let text = try #require(parts.first).text
        #expect(text.hasPrefix("洁净空调机组运行维护记录\n"), "\(text)")
        let d = try extract(text)
        #expect(d.kind == .repair)
        #expect(d.date == "2020-06-17")
        #expect(values(d, .engineer) == ["贾工"], "\(d.fields.map { ($0.name, $0.label, $0.value) })")
        #expect(Self.serials(d) == ["ZK1849701"])
    }

    /// A title whose words would make a label (安装) is still the title: the sheet is one form.
    @Test func aWorksheetTitledByTheWorkItRecordsIsOneForm() throws {
        let parts = try LedgerReader.rows(table: [
            ["安装 服务记录表"],
            ["客户", "设备科（安庆市第二人民医院）"],
            ["设备", "十二导心电图机", "型号", "CARDIOLINE 12"],
            ["序列号", "E2261892", "单号", "PM704259"],
            ["服务日期", "2022-07-08", "工程师", "柴永刚"],
            [],
            ["检查项目", "结果", "备注"],
            ["报警功能", "√"], ["外观及附件", "√"], ["机械部件", "√"], ["参数准确性", "√"], ["电源及接地", "√"],
            ["工作内容", "安装调试，验收合格，完成操作培训"],
            ["下次保养", "2022年12月"],
        ], name: "0452_服务记录表.xlsx")
        #expect(parts.count == 1)
        let d = try extract(try #require(parts.first).text)
        #expect(d.date == "2022-07-08" && Self.serials(d) == ["E2261892"], "\(d.fields.map { ($0.name, $0.label, $0.value) })")
    }

    /// An asset count laid out as a sheet: the customer and its number in pairs under the
    /// title, then the units it has. One customer file, the customer's, listing its units;
    /// not a document per row, the first of them the customer's name as a row of no customer.
    @Test func aCustomersSheetOfItsUnitsIsOneCustomerFile() throws {
        let parts = try LedgerReader.rows(table: [
            ["客户资产盘点表"],
            ["客户", "设备科（运城市肿瘤医院）"],
            ["客户编号", "CH-M-6777"],
            ["更新日期", "2020年08月12日"],
            [],
            ["设备名称", "型号", "序列号", "装机", "合同"],
            ["多参数监护仪", "VitaTrack 15", "Ｍ１８Ｙ９１０２４", "2018年8月", "合同"],
            ["数字化X射线摄影系统", "DRX-560S", "R19D94869", "2019年6月", "保修"],
            ["多排螺旋CT", "HelixView 64", "hct-06916-20", "2020年2月", "保修"],
            ["多参数监护仪", "PM-12T", "M16L56561", "2016年8月", "合同"],
            ["数字化X射线摄影系统", "DRX-560S", "R20D11873", "2020年9月", "合同"],
        ], name: "0437_资产盘点表.xlsx")
        #expect(parts.count == 1)
        let d = try extract(try #require(parts.first).text)
        #expect(d.kind == .customer, "\(d.kind)")
        #expect(values(d, .customer) == ["设备科（运城市肿瘤医院）"], "\(d.fields.map { ($0.name, $0.label, $0.value) })")
        #expect(Self.serials(d) == ["M18Y91024", "R19D94869", "HCT0691620", "M16L56561", "R20D11873"], "\(d.fields.map { ($0.name, $0.label, $0.value) })")
        // Its fields right under the title, the columns three rows down: the same.
        let close = try LedgerReader.rows(table: [
            ["客户资产盘点表"],
            ["客户", "设备科（运城市肿瘤医院）"],
            ["客户编号", "CH-M-6777"],
            ["设备名称", "型号", "序列号", "装机", "合同"],
            ["多参数监护仪", "VitaTrack 15", "M18Y91024", "2018年8月", "合同"],
            ["数字化X射线摄影系统", "DRX-560S", "R19D94869", "2019年6月", "保修"],
        ], name: "0438_资产盘点表.xlsx")
        #expect(close.count == 1)
        #expect(values(try extract(try #require(close.first).text), .customer) == ["设备科（运城市肿瘤医院）"])
        // A table whose rows name their customers is no customer's sheet.
        #expect(LedgerReader.customerSheet([
            ["客户资产盘点表"], ["客户", "运城市肿瘤医院"], ["更新日期", "2020年08月12日"],
            ["客户", "设备名称", "型号", "序列号"], ["运城市肿瘤医院", "多参数监护仪", "VitaTrack 15", "M18Y91024"],
        ]) == nil)
        // Rows that name their customers are a ledger's records, title or not.
        let ledger = try LedgerReader.rows(table: [
            ["客户资产盘点表"],
            ["区域", "运城"],
            ["更新日期", "2020年08月12日"],
            ["客户", "设备名称", "型号", "序列号"],
            ["运城市肿瘤医院", "多参数监护仪", "VitaTrack 15", "M18Y91024"],
            ["运城市中心医院", "多排螺旋CT", "HelixView 64", "HCT0691620"],
        ], name: "盘点.xlsx")
        #expect(ledger.count == 2)
    }

    /// A contract's record of visits as a sheet: its customer, unit and year in pairs of
    /// four cells above the visits. The customer's name beside 客户 is its value, not a label
    /// (its words, 口腔医院, would make one): the sheet is one document of that customer.
    @Test func aCustomersNameBesideItsLabelIsNoLabel() throws {
        #expect(Labels.named("芜湖口腔医院") == nil)
        #expect(Labels.named("使用医院")?.name == .customer)
        let parts = try LedgerReader.rows(table: [
            ["2024年度维保合同执行表"], [],
            ["客户", "芜湖口腔医院", "设备", "医用诊断显示器"],
            ["型号", "RadView C3", "序列号", "M5X1990676"],
            ["合同年度", "2024", "服务商", "启衡技术服务有限公司"], [],
            ["序号", "计划月份", "实际日期", "服务类型", "工作内容", "工程师", "状态"],
            ["1", "—", "2024/04/15", "故障维修", "QA软件无法连接显示器（故障码：D-47）；更换USB线并重装QA软件，连接正常", "老鲍", "已完成"],
            ["2", "2024年6月", "2024/06/19", "质控校准", "按质控规程完成校准与性能检测，结果合格", "鲍师傅", "已完成"],
            [],
            ["说明", "计划月份按合同附件执行，维修为合同内响应，不计入计划次数"],
        ], name: "执行表_M5X1990676_2024.xlsx")
        #expect(parts.count == 1)
        let d = try extract(try #require(parts.first).text)
        #expect(values(d, .customer) == ["芜湖口腔医院"], "\(d.fields.map { ($0.name, $0.label, $0.value) })")
        #expect(Self.serials(d) == ["M5X1990676"])
    }

    @Test func aHandoverCertificateIsDatedByItsCommissioning() throws {
        let d = try extract("""
                               EQUIPMENT HANDOVER CERTIFICATE
            Certificate no.                        HO218904
            Customer                               Yinchuan Public Transport Co., Ltd. (Charging Operations)
            Model                                  EVC160
            Serial no.                             EVC21UG789596
            Goods delivered                        August 14, 2021
            Commissioned on                        October 4, 2021
            Warranty ends                          October 3, 2022
            Work done                              Unit installed and commissioned, tests passed, operators trained

            Commissioning engineer                 Xiong Yifan
            """)
        #expect(d.date == "2021-10-04", "\(d.fields.map { ($0.name, $0.label, $0.value) })")
        #expect(values(d, .engineer) == ["Xiong Yifan"])
        #expect(d.values(.purchaseDate).compactMap(\.canonical) == ["2021-08-14"])
    }

    @Test func aCasesSiteVisitAndASupervisionNoticesVisitAreVisits() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "case_01006053.csv": """
                CaseNumber,Account.Name,Asset.SerialNumber,Asset.Product2.Name,Type,Description,CreatedDate,Owner.Name,Site_Visit_Date__c,Resolution__c,Status
                01006053,"Eye Department, UCH",ark19u2410,ARK 690,Complaint,Printer does not feed paper,2025-10-01T06:30:00.000Z,K.L. Kwong,2025-10-02,"Reseated the ribbon cable, printing OK",Closed

                """,
            "DB-2024-0708.txt": """
                徐州市口腔医院  设备故障督办单
                督办编号：DB-2024-0708
                发起科室：徐州市口腔医院
                发起时间：2024-09-29 14:41
                督办事项：牙科综合治疗台（型号OralStar S8，机身号D72302 3498K）又出现牙椅升降无反应，对售后响应不满意。
                —— 厂家反馈 ——
                上门日期：2024-09-30
                处理人：老滕
                处理结果：更换升降继电器，升降测试正常
                """,
        ])
        let c = try BriefBuilder.build(.serial("ARK19U2410"), store: a.store, today: "2026-01-01")
        #expect(c.history.compactMap(\.date) == ["2025-10-02"], "\(c.history.map { ($0.date, $0.fault) })")
        let b = try BriefBuilder.build(.serial("D72302-3498K"), store: a.store, today: "2026-01-01")
        #expect(b.history.compactMap(\.date) == ["2024-09-30"], "\(b.history.map { ($0.date, $0.fault) })")
        #expect(b.complaints.map(\.complaint) == ["牙科综合治疗台（型号OralStar S8，机身号D72302 3498K）又出现牙椅升降无反应，对售后响应不满意。"])
    }

    @Test func aBanksBookOfVisitsToAMachineIsItsHistory() throws {
        let d = try extract("""
            中国工商银行常州分行  自助设备维护登记簿
            机具型号：TELLERMAX 560　　机具编号：CR221092186　　资产编号：SB-6714

            日期\t维护单位\t维护人员\t维护类别\t维护内容\t网点签字
            2023-10-06\t启衡技术服务有限公司\t鲍建平（Bao Jianping）\t预防性维护\t按保养规程完成清洁、检查和功能测试，各项指标正常\t庞经理

            （本页其余各行为空）
            """)
        #expect(d.kind == .equipment)
        #expect(Self.serials(d) == ["CR221092186"], "\(d.fields.map { ($0.name, $0.label, $0.value) })")
        let visits = RepairLog.entries(in: d.text, dayFirst: nil)
        #expect(visits.map(\.date) == ["2023-10-06"], "\(visits)")
    }

    /// When goods came is the delivery (purchase) date; where or how they came is no date.
    @Test func whenGoodsCameIsADateWhereTheyCameIsNot() {
        #expect(Labels.classify(folded: "goods delivered") == .purchaseDate)
        #expect(Labels.classify(folded: "到货日期") == .purchaseDate)
        #expect(Labels.classify(folded: "到货") == .purchaseDate)
        for label in ["交货地点", "到货数量", "delivered to", "delivery method"] {
            #expect(Labels.classify(folded: label) != .purchaseDate, "\(label)")
        }
        #expect(Labels.classify(folded: "commissioning engineer") == .engineer)
    }

    /// A document named twice in one relink is linked once: its unit's facts are not doubled.
    @Test func aDocumentNamedTwiceInARelinkIsLinkedOnce() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "card.txt": "维修单\n客户名称：甲市第一人民医院检验科\n设备型号：HX5\n出厂编号：HX5-2020-0001\n维修日期：2024-03-04\n故障现象：不升速\n",
        ])
        let id = try #require(try a.store.allDocumentIDs().first)
        let facts = { try a.store.db.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM unitFact WHERE docId = ?", arguments: [id.rawValue]) ?? 0 } }
        let once = try facts()
        #expect(once > 0)
        try a.store.relink([id, id])
        #expect(try facts() == once)
    }
}
