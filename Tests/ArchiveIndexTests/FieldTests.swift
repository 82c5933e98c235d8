import Foundation
import Testing
@testable import ArchiveIndex

@Suite struct FieldTests {
    func extract(_ text: String) throws -> ExtractedDocument {
        try Extraction.extract(ReadPart(part: "", text: text), source: "t.txt")
    }
    func value(_ d: ExtractedDocument, _ name: FieldName) -> String? { d.values(name).first?.value }

    @Test func simplifiedLabels() throws {
        let d = try extract("""
            维修服务报告单
            客户名称：某市第一人民医院检验科
            产品型号：DA-7600    出厂编号：DA7600-2019-0457
            服务日期：2023年3月15日
            故障现象：开机报 E23，
              比色杯温度不稳。
            处理方法：更换温控板
            更换配件：温控板 1 块
            服务人员：王建军
            保修状态：保内
            """)
        #expect(d.kind == .repair)
        #expect(d.title == "维修服务报告单")
        #expect(value(d, .customer) == "某市第一人民医院检验科")
        #expect(d.values(.model).first?.canonical == "DA7600")
        #expect(d.values(.serial).first?.canonical == "DA760020190457")
        #expect(d.date == "2023-03-15")
        #expect(value(d, .fault) == "开机报 E23，\n比色杯温度不稳。")
        #expect(value(d, .action) == "更换温控板")
        #expect(value(d, .parts) == "温控板 1 块")
        #expect(value(d, .engineer) == "王建军")
        #expect(value(d, .warranty) == "保内")
    }

    @Test func traditionalLabelsKeepTheValueAsWritten() throws {
        let d = try extract("""
            修護卡
            客戶名稱：台北澄心醫院檢驗科
            序號：Ｈ１８５０Ｒ－２０１９－２７４１
            維修日期：2021/11/03
            故障現象：離心機轉速異常
            處理方法：更換測速感測器
            配換零件：測速感測器 1 只
            維修人員：黃怡君
            """)
        #expect(d.kind == .repair)
        #expect(value(d, .customer) == "台北澄心醫院檢驗科")
        #expect(value(d, .serial) == "Ｈ１８５０Ｒ－２０１９－２７４１")
        #expect(d.values(.serial).first?.canonical == "H1850R20192741")
        #expect(d.date == "2021-11-03")
        #expect(value(d, .fault) == "離心機轉速異常")
        #expect(value(d, .parts) == "測速感測器 1 只")
        #expect(value(d, .engineer) == "黃怡君")
    }

    @Test func englishLabels() throws {
        let d = try extract("""
            Service Report
            Customer: Dongling Cloud Data Center
            Model: PW3320
            S/N: pw3320-2019-0504-42
            Date: Mar 15, 2023
            Symptom: bypass alarm, fan noisy
            Action Taken: replaced fan assembly
            Parts Replaced: fan x2
            Engineer: Zhou Kai
            Warranty: Out of warranty
            """)
        #expect(d.kind == .repair)
        #expect(value(d, .customer) == "Dongling Cloud Data Center")
        #expect(d.values(.serial).first?.canonical == "PW33202019050442")
        #expect(d.date == "2023-03-15")
        #expect(value(d, .fault) == "bypass alarm, fan noisy")
        #expect(value(d, .action) == "replaced fan assembly")
        #expect(value(d, .engineer) == "Zhou Kai")
    }

    @Test func proseIsNotMistakenForLabels() throws {
        let d = try extract("Notes\nCustomer satisfaction is high.\nsnap-in fan replaced\n客户满意度很高")
        #expect(d.fields.isEmpty)
    }

    @Test(arguments: [
        ("2023-03-15", "2023-03-15"), ("2023/3/15", "2023-03-15"), ("2023.03.15", "2023-03-15"),
        ("2023年3月15日", "2023-03-15"), ("112年3月15日", "2023-03-15"), ("Mar 15, 2023", "2023-03-15"),
        ("15 Mar 2023", "2023-03-15"), ("20230315", "2023-03-15"), ("２０２３－０３－１５", "2023-03-15"),
        ("2023-Mar-15", "2023-03-15"), ("15-MAR-23", "2023-03-15"), ("09-APR-98", "1998-04-09"),
        // Two digits before 年: this century's year below 60 (a mainland log's shorthand), Taiwan's from 60.
        ("24年1月30日", "2024-01-30"), ("99年5月1日", "2010-05-01"), ("民國24年1月30日", "1935-01-30"),
    ])
    func dates(_ raw: String, _ expected: String) {
        #expect(DateParser.parse(raw) == expected)
    }

    /// An installation's acceptance report is the installation visit, dated by it; the
    /// engineer who installed is an engineer, not an installation date.
    @Test func anAcceptanceReportIsTheInstallationVisit() throws {
        let d = try extract("设备安装验收报告\n使用单位：致远数据科技\n出厂编号：49H8DWA\n购置日期：2020-02-07\n验收日期：2020-04-08\n安装工程师：王工\n")
        #expect(d.kind == .repair)
        #expect(d.date == "2020-04-08")
        #expect(d.values(.engineer).map(\.value) == ["王工"])
        #expect(Labels.classify(folded: "安装工程师") == .engineer && Labels.classify(folded: "验收人员") == .engineer)
    }

    @Test func invalidDates() {
        #expect(DateParser.parse("2023-02-30") == nil)
        #expect(DateParser.parse("soon") == nil)
        #expect(DateParser.parse("Mar 15") == nil && DateParser.parse("15 Mar") == nil)
        #expect(DateParser.parseBound("2023", end: true) == "2023-12-31")
        #expect(DateParser.parseBound("2024-02", end: true) == "2024-02-29")
    }

    @Test(arguments: [
        ("投诉(问题)反馈表\n受理日期：2023-05-06\n紧急程度：紧急", DocumentKind.complaint),
        ("质量反馈单\n批号：CB-2011-03", .quality),
        ("客户档案\n客户名称：岳澜新能源", .customer),
        ("設備履歷卡\n序號：H1850R-2019-2741", .equipment),
        ("Equipment Record\nSerial No.: X1", .equipment),
        ("# 离心机转速异常的排查\n类型：知识库文章", .article),
        ("DA7600 日常维护培训资料", .training),
        ("客訴處理流程 教育訓練資料", .training),
        ("Service Report\nCustomer: A", .repair),
        ("随手记录\n故障现象：不开机", .repair),
    ])
    func kinds(_ text: String, _ kind: DocumentKind) throws {
        #expect(try extract(text).kind == kind)
    }

    @Test func kindOverride() throws {
        let d = try Extraction.extract(ReadPart(part: "", text: "维修单\n故障现象：x"), source: "t", kindOverride: .training)
        #expect(d.kind == .training)
    }
}
