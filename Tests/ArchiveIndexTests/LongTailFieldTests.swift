import Foundation
import Testing
@testable import ArchiveIndex

/// Fields from forms written by other hands: Markdown tables, bold labels and lists, labels
/// nobody listed, dates with their role and their order.
@Suite struct LongTailFieldTests {
    func extract(_ text: String) throws -> ExtractedDocument {
        try Extraction.extract(ReadPart(part: "", text: text), source: "t.md")
    }
    func values(_ d: ExtractedDocument, _ name: FieldName) -> [String] { d.values(name).map(\.value) }

    @Test func markdownTablesBoldLabelsAndLists() throws {
        let d = try extract("""
            # 维修报告

            | 项目 | 内容 |
            |---|---|
            | 客户名称 | 重庆市妇幼保健院中心实验室 |
            | 报修日期 | 2024/2/3 | 出厂编号 | DA7600-2019-0457 |

            - **故障现象**：离心机不升速
            **处理方法:** 更换碳刷
            * **Service engineer**: Li Wei
            """)
        #expect(values(d, .customer) == ["重庆市妇幼保健院中心实验室"])
        #expect(d.date == "2024-02-03")
        #expect(d.values(.serial).first?.canonical == "DA7600201904 57".replacingOccurrences(of: " ", with: ""))
        #expect(values(d, .fault) == ["离心机不升速"])
        #expect(values(d, .action) == ["更换碳刷"])
        #expect(values(d, .engineer) == ["Li Wei"])
        // A table of column names over several rows of data is a log, no label and value…
        let log = try extract("| 日期 | 故障现象 | 处理 | 工程师 |\n|---|---|---|---|\n| 2023-05-12 | 不升速 | 更换碳刷 | 王伟 |\n| 2024-02-03 | 报E27 | 更换温控板 | 李强 |\n")
        #expect(log.fields.filter { $0.name != .serial }.isEmpty, "\(log.fields)")
        // …and over one row, a form laid out sideways.
        let form = try extract("| 客户 | 报修日期 | 故障现象 | 处理 | 备注 |\n|---|---|---|---|---|\n| 重庆市妇幼保健院 | 2023-05-12 | 不升速 | 更换碳刷 | 无 |\n")
        #expect(values(form, .customer) == ["重庆市妇幼保健院"] && form.date == "2023-05-12")
        #expect(values(form, .fault) == ["不升速"] && values(form, .action) == ["更换碳刷"])
    }

    @Test(arguments: [
        ("报修单位", FieldName.customer), ("送修单位", .customer), ("服务对象", .customer), ("End user", .customer),
        ("Requesting lab", .customer), ("投诉内容", .fault), ("Problem reported", .fault), ("Work performed", .action),
        ("Corrective action", .action), ("FSE", .engineer), ("Serviced by", .engineer), ("到场日期", .date),
        ("Date of visit", .date), ("装机日期", .installDate), ("Commissioned on", .installDate), ("回访日期", .followUp),
        ("客户编号", .number), ("Customer ID", .number), ("客户特点", .customerClass), ("客户地址", .address),
    ])
    func unlistedLabelsAreReadByTheirWords(_ label: String, _ field: FieldName) throws {
        #expect(Labels.classify(folded: try Normalizer.fold(label)) == field)
    }

    @Test func customerFilesOfOtherTemplates() throws {
        // Two label and value pairs a row; an institution's name is a value though its words
        // (医院) would make it a label; the English name is another name of the customer.
        let d = try extract("""
            # 客户基本信息表

            | 单位全称 | 无锡市人民医院信息科 | 客户等级 | C |
            |---|---|---|---|
            | 英文名称 | Wuxi Municipal People's Hospital, IT Department | 客户类型 | 医院 |
            """)
        #expect(values(d, .customer) == ["无锡市人民医院信息科"] && values(d, .customerClass).first == "C")
        #expect(values(d, .alias) == ["Wuxi Municipal People's Hospital, IT Department"])
        #expect(d.kind == .customer)
        #expect(ArchiveStore.splitAliases("Wuxi Municipal People's Hospital, IT Department") == ["Wuxi Municipal People's Hospital, IT Department"])
        #expect(ArchiveStore.splitAliases("永豐公司、永豐科技 / Yongfeng Technology Corp.") == ["永豐公司", "永豐科技", "Yongfeng Technology Corp."])
        for title in ["# Account Profile", "# Installed Base Report", "# 客戶資訊登記表", "# 2022年度巡检计划"] {
            #expect(try extract("\(title)\n\nCustomer: 某市第一人民医院检验科\n").kind == .customer, "\(title)")
        }
        let profile = try extract("# Account Profile\n\n**Account name:** Yongfeng Technology Corp.\n**Registered Chinese name:** 永丰科技股份有限公司\n")
        #expect(values(profile, .customer) == ["Yongfeng Technology Corp."] && values(profile, .alias) == ["永丰科技股份有限公司"])
    }

    @Test func unitListsChatGroupsAndCellsAsParagraphs() throws {
        // A customer file's list of units: one serial per row (序号's 1, 2 are none).
        let list = try extract("""
            # 客户资料

            | 序号 | 设备名称 | 机型 | 出厂编号 |
            |---|---|---|---|
            | 1 | 荧光显微镜 | flx8000 | FX80_22M8095 |
            | 2 | 生物安全柜 | BSC-1500B2 | ＢＳ１５ １６Ｊ ０８３５ |
            """)
        #expect(list.values(.serial).filter { $0.how == "table column" }.compactMap(\.canonical) == ["FX8022M8095", "BS1516J0835"])
        // A transcript's group is named after its customer.
        let chat = try extract("群聊：西安金桥-售后服务群\n\n[2023/5/27 8:11] 胡护士长: 风机不转\n[2023/5/27 8:47] 售后客服: 收到\n[2023/5/27 9:09] 张伟: 已到现场\n")
        #expect(values(chat, .customer) == ["西安金桥"])
        #expect(try extract("群聊：周末聚餐\n[2023/5/27 8:11] a: 1\n[2023/5/27 8:12] b: 2\n[2023/5/27 8:13] c: 3\n").values(.customer).isEmpty)
        // A form exported cell by cell: the label alone on its line, the institution on the next.
        let form = try extract("设备维修申请单\n报修科室\nChangsha Cancer Hospital, Central Laboratory（长沙市肿瘤医院中心实验室）\n申请日期：2022年8月25日\n")
        #expect(values(form, .customer) == ["Changsha Cancer Hospital, Central Laboratory（长沙市肿瘤医院中心实验室）"])
        // A data table's column names are no label and value (客户 over 机型).
        let rma = try extract("| 登记日期 | RMA号 | 客户 | 机型 | 仪器编号 |\n|---|---|---|---|---|\n| 2020-9-27 | FC20-00376 | 郑州市疾控中心 | BSC 1300A2 | BS13-16U-4479 |\n")
        #expect(values(rma, .customer) == ["郑州市疾控中心"])
        // Minutes are dated by the complaint they record, not by the meeting.
        let minutes = try extract("# 售后服务部周例会会议纪要\n\n会议时间：2024-06-23 14:00\n\n西安理工大学分析测试中心于2024-06-15投诉其荧光定量PCR仪（序列号RQ48 22F 7265）：软件无法识别仪器。\n")
        #expect(minutes.date == "2024-06-15")
    }

    @Test func labelsThatSayNothingAndPersonsAreNoCustomer() throws {
        #expect(Labels.classify(folded: "备注") == nil)
        #expect(Labels.classify(folded: "note") == nil)
        let d = try extract("服务报告\n用户单位：某医院检验科\nAccount manager: 张伟\n客户要求：尽快到场\n")
        #expect(values(d, .customer) == ["某医院检验科"])
    }

    @Test func theVisitNeverTakesTheInstallationDate() throws {
        let d = try extract("维修单\n装机日期：2020-03-04\n购买日期：2019-12-01\n报修日期：2024-02-03\n故障现象：不升速\n")
        #expect(d.date == "2024-02-03")
        // Without a visit field, the first date of the text that is no role's.
        let narrative = try extract("""
            Field Service Report
            Installation date: 12 March 2020
            On 10 Nov 2024 the lab manager reported that the analyser showed E27.
            Action taken: replaced the lamp.
            """)
        #expect(narrative.date == "2024-11-10")
        // An equipment record is dated by its installation, as before.
        let record = try extract("设备档案\n出厂编号：DA7600-2019-0457\n安装日期：2020-03-04\n")
        #expect(record.date == "2020-03-04")
    }

    @Test func dayAndMonthFirstDatesAreToldApartOrLeftOpen() throws {
        // Another date of the document has a day over 12: day first.
        let uk = try extract("Service Report\nVisit date: 03/02/2024\nNext service due: 25/08/2024\nFault: E27\n")
        #expect(uk.date == "2024-02-03")
        // The letterhead says where it was written.
        let us = try extract("Service Report\nAcme Service Inc., Boston, USA\nVisit date: 03/02/2024\nFault: E27\n")
        #expect(us.date == "2024-03-02")
        // Nothing tells: no date rather than a guess.
        let open = try extract("Service Report\nVisit date: 03/02/2024\nFault: E27\n")
        #expect(open.date == nil)
        #expect(open.values(.date).first?.canonical == nil)
    }
}
