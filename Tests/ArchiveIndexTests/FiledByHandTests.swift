import Foundation
import Testing
@testable import ArchiveIndex

/// What an archive filed by hand says of its files (a complaint's folder), when a complaint came
/// in (before the visit it asked for), and a workbook's second sheet of parts under the work
/// orders of its first.
@Suite struct FiledByHandTests: ReadsText {
    /// Outlook's traditional Chinese headers (寄件者, 寄件日期, 主旨), a reply above the
    /// customer's mail, and a subject that says no kind.
    static let replyInTraditional = """
    寄件者: 柯俊宏工程師 <service.tw@example.com>
    寄件日期: 2018年10月26日 星期五 上午 10:28
    收件者: 涂主任
    主旨: 回覆: 電腦驗光儀 ARK18C5491 異常反映

    涂主任 您好：
    本公司技術員已於 2018年10月25日 到場處理。處理內容：更換曲率環LED並用模型眼校正。

    -----原始郵件-----
    寄件者: 涂主任
    寄件日期: 2018年10月24日 星期三 上午 10:53
    主旨: 電腦驗光儀 ARK18C5491 異常反映

    本單位（型號 VisuRef 7，機器序號 ARK18C5491）角膜曲率讀數偏差大，已經是第二次報修。
    """

    @Test func aFileInAComplaintsFolderIsAComplaintWhereItsTitleSaysNoKind() throws {
        let filed = try extract(Self.replyInTraditional, source: "台灣分公司/客訴郵件/107/回覆_ARK18C5491_5669.txt")
        #expect(filed.kind == .complaint)
        // Dated by the customer's mail, quoted under the reply (its 寄件日期 is a date header).
        #expect(filed.date == "2018-10-24")
        // The same mail filed elsewhere is a visit's (its fault and fix), dated by the visit.
        let loose = try extract(Self.replyInTraditional, source: "mail/回覆_ARK18C5491_5669.txt")
        #expect(loose.kind == .repair)
        #expect(loose.date == "2018-10-25")
        let thread = """
        From: Service Desk
        Subject: RE: problem with our digital radiography system

        Our engineer attended on Thursday, 12 March 2020. Replaced the detector power board.

        -----Original Message-----
        From: Mr. Tom Hale, Imaging Manager
        Sent: Wednesday, 11 March 2020 15:16
        Subject: problem with our digital radiography system

        Our digital radiography system (S/N R20D83353): flat-panel detector gives no image. Please send someone.
        """
        let english = try extract(thread, source: "Customers/Ankang/Ankang Orthopaedic Hospital C045/Complaints/0176_thread.txt")
        #expect(english.kind == .complaint)
        #expect(english.date == "2020-03-11")
        // The file's own name says it too, and folders of numbers (a year, a month) are passed over.
        #expect(try extract(thread, source: "Service/2020/03/0176_complaint-thread.txt").kind == .complaint)
        #expect(try extract(thread, source: "客户投诉/2020/03/0176.txt").kind == .complaint)
        #expect(try extract(thread, source: "Service/Ankang/0176.txt").kind == .repair)
        #expect(try extract(thread, source: "客诉/2020年/03月/0176.txt").kind == .complaint)
        #expect(try extract(thread, source: "质量反馈/2020/0176.txt").kind == .quality)
        // A name that denies it says no kind; a folder three up is too far.
        #expect(try extract(thread, source: "非客诉工单/2020/0176.txt").kind == .repair)
        #expect(try extract(thread, source: "Non-complaint/0176.txt").kind == .repair)
        #expect(try extract(thread, source: "Complaints/Ankang/Orthopaedic/Imaging/0176.txt").kind == .repair)
        // A register's rows filed as complaints are complaints.
        let register = try LedgerReader.rows("登记号,客户,故障描述,处理结果\nTS18031939,苏州一院,离心机异响,更换轴承\n", name: "TS18031939.csv")
        #expect(try Extraction.extract(register[0], source: "呼叫中心/投诉登记/2018/TS18031939.csv#row=2").kind == .complaint)
        #expect(try Extraction.extract(register[0], source: "呼叫中心/维修登记/2018/TS18031939.csv#row=2").kind == .repair)
        // A visit report filed with the complaint it answers is a visit.
        let report = "现场服务记录\n故障现象：探测器无图像\n处理措施：更换探测器电源板\n服务工程师：柴永刚\n维修日期：2020-03-12"
        #expect(try extract(report, source: "客诉/2020/华西医院CT/现场服务记录.txt").kind == .repair)
    }

    /// A customer's folder holds every paper of the customer's: it makes no customer file, which
    /// would vouch for the names the paper writes.
    @Test func aCustomersFolderMakesNoCustomerFile() throws {
        let text = "客户：桂林医学院附属医院检验科\n故障现象：离心机不升速\n处理：更换碳刷"
        #expect(try extract(text, source: "客户资料/桂林/0157.txt").kind == .repair)
        #expect(try extract("培训签到\n讲师：张工", source: "客户资料/桂林/0158.txt").kind == .training)
    }

    /// A complaint came in before the visit it asked for and the reply that reports it.
    @Test func aComplaintIsDatedBeforeTheVisitItAskedFor() throws {
        let letter = """
        Fook Lam Dental Centre
        Our ref: FookLam/ENG/2018/346
        23 December 2018

        Re: complaint – intraoral scanner model IOS-300, serial no. IOS17W129863
        We wish to complain about the following: Software reports a licence error at start again.

        --- Service note (for office use) ---
        Attended on 25 December 2018 by Gary Kwong. Action: Re-imported the licence.
        """
        #expect(try extract(letter).kind == .complaint)
        #expect(try extract(letter).date == "2018-12-23")
        // A reply letter's own date heads it, after the visit it reports.
        let reply = """
        Qiheng Technical Services
        30 December 2018
        Re: complaint – intraoral scanner IOS17W129863
        Our engineer attended on 25 December 2018 and re-imported the licence.
        """
        #expect(try extract(reply).date == "2018-12-25")
        let ticket = """
        Ticket #40943  Solved
        Subject: cold-room condensing unit LK1805176-R – complaint
        Requester: 葛主管 (EPI cold store, Zhanjiang CDC)
        Created: Dec 22, 2022 10:19

        ---- SHI Lei, Dec 23, 2022 18:47
        Attended on Dec 23, 2022. Replaced the defrost heater.
        """
        #expect(try extract(ticket).kind == .complaint)
        #expect(try extract(ticket).date == "2022-12-22")
        // A reply without a date header above the customer's mail, whose `Sent:` dates it.
        let mail = """
        Subject: RE: Complaint – fibre laser cutter

        Our engineer Z. Ju attended on 4 September 2019.
        Result: Replaced deionised water and resin cartridge

        ________________________________
        From: Mr. Tobias Wendt (Facilities)
        Sent: Mon, 2 Sep 2019 09:18
        Subject: Complaint

        Our FLX-6025 (S/N FZ17415017): Cooling water over-temperature.
        """
        #expect(try extract(mail).kind == .complaint)
        #expect(try extract(mail).date == "2019-09-02")
        // The visit read as a labelled date (`Our engineer GONG Lixin attended on …`) is the visit too.
        let labelled = mail.replacingOccurrences(of: "Z. Ju attended on 4 September 2019", with: "GONG Lixin attended on 4 September 2019")
        #expect(try extract(labelled).fields.contains { $0.name == .date && $0.canonical == "2019-09-04" })
        #expect(try extract(labelled).date == "2019-09-02")
        // A purchase years before, written in prose, is no complaint's day.
        let bought = "Re: complaint – chiller\nWe purchased the unit on 3 May 2016; since January it trips daily.\nOur engineer attended on 5 Jan 2023."
        #expect(try extract(bought).date == "2023-01-05")
    }

    /// A reply's date followed by the coming dates a repair mail; a date asked for, set as a
    /// deadline or counted from does not.
    @Test func aMailsDateFollowedByTheComingIsItsVisitOnlyWhenSomeoneCame() throws {
        func mail(_ body: String) -> String {
            "寄件者: 客服部\n寄件日期: 2023年5月10日 星期三\n主旨: 回覆: 離心機維修\n\n\(body)\n故障現象：離心機不升速\n處理：更換碳刷"
        }
        #expect(try extract(mail("本公司技術員已於 2023年5月8日 到場處理。")).date == "2023-05-08")
        #expect(try extract(mail("貴院於 2023年5月3日接到報修後次日上門。")).date != "2023-05-03")
        #expect(try extract(mail("請於 2023年5月3日前上門。")).date != "2023-05-03")
        #expect(try extract(mail("2023年5月3日要求上门，已安排。")).date != "2023-05-03")
    }

    static func rows(_ sheet: Int, _ name: String, _ table: [[String]]) throws -> [WorkbookSheets.SheetRow] {
        try LedgerReader.rows(table: table, name: "工单.xlsx").map { .init(sheet: sheet, name: name, part: $0) }
    }

    /// A CRM's work orders with their parts on a second sheet: each part is a line of the work
    /// order it names, not a document with no customer, unit or date.
    @Test func aSecondSheetsRowsAreLinesOfTheFirstSheetsRowsTheyName() throws {
        let orders = try Self.rows(0, "工单", [
            ["工单编号", "客户名称", "序列号", "故障描述", "完成时间"],
            ["SHB179490", "揭阳四院", "r17d08395", "高压发生器报过流", "2021-02-15 14:47"],
            ["SHB179491", "揭阳四院", "r17d08396", "球管打火", "2021-02-16 09:10"],
        ])
        let spares = try Self.rows(1, "配件", [
            ["工单编号", "配件名称", "数量", "是否保内"],
            ["SHB179490", "X射线球管", "1", "否"],
            ["SHB179490", "高压电缆", "2", ""],
        ])
        let parts = WorkbookSheets.attach(orders + spares)
        #expect(parts.count == 2)
        #expect(parts[0].text.hasSuffix("完成时间：2021-02-15 14:47\n配件：配件名称 X射线球管；数量 1；是否保内 否\n配件：配件名称 高压电缆；数量 2"))
        #expect(parts[1].text.hasSuffix("完成时间：2021-02-16 09:10"))
        let d = try Extraction.extract(parts[0], source: "工单.xlsx#row=2")
        #expect(d.values(.parts).map(\.value) == ["配件名称 X射线球管；数量 1；是否保内 否", "配件名称 高压电缆；数量 2"])
    }

    /// Only a work order's number joins, of five characters or more, one first-sheet row's
    /// alone, in a sheet most of whose rows join: not a row's place (序号), a bare `ID`, a
    /// number two rows share, nor a row with a date of its own.
    @Test func onlyAWorkOrdersNumberJoinsRowsWithoutADay() throws {
        let first = try Self.rows(0, "2023", [
            ["序号", "维修单号", "客户名称", "故障描述"],
            ["10001", "HT-2023-01", "揭阳四院", "报过流"],
            ["10002", "HT-2023-01", "揭阳五院", "打火"],
        ])
        let second = try Self.rows(1, "2024", [["序号", "客户名称", "故障描述"], ["10001", "汕头二院", "漏油"]])
        let third = try Self.rows(2, "备注", [["维修单号", "备注"], ["HT-2023-01", "两院合同"]])
        #expect(WorkbookSheets.attach(first + second + third).count == 4)
        let ids = try Self.rows(0, "工单", [["ID", "客户名称", "故障描述"], ["10234", "揭阳四院", "报过流"]])
        let idParts = try Self.rows(1, "配件", [["ID", "配件名称"], ["10234", "保险丝"]])
        #expect(WorkbookSheets.attach(ids + idParts).count == 2)
        let short = try Self.rows(0, "工单", [["工单编号", "故障描述"], ["A123", "报过流"]])
        let shortParts = try Self.rows(1, "配件", [["工单编号", "配件名称"], ["A123", "保险丝"]])
        #expect(WorkbookSheets.attach(short + shortParts).count == 2)
        // A work order's follow-up call is dated: a record of its own.
        let orders = try Self.rows(0, "工单", [["工单编号", "故障描述"], ["SHB179490", "报过流"], ["SHB179491", "打火"]])
        let calls = try Self.rows(1, "回访", [["工单编号", "回访日期", "客户评价"], ["SHB179490", "2021-02-20", "满意"], ["SHB179491", "2021/2/21", "满意"]])
        #expect(WorkbookSheets.attach(orders + calls).count == 4)
        // A sheet most of whose rows name no work order is a list of its own.
        let stock = try Self.rows(1, "配件", [["工单编号", "配件名称"], ["SHB179490", "保险丝"], ["KC0000001", "碳刷"], ["KC0000002", "轴承"]])
        #expect(WorkbookSheets.attach(orders + stock).count == 5)
    }

    /// A cell's further lines stay with it; a sheet named for no listing field names its line
    /// without a label; a sheet that is one form, not rows, stays a document.
    @Test func whatASheetAddsIsKeptWhole() throws {
        let orders = try Self.rows(0, "工单", [["工单编号", "故障描述"], ["SHB179490", "报过流"]])
        let spares = try Self.rows(1, "配件", [["工单编号", "配件名称", "备注"], ["SHB179490", "高压电缆", "左侧\n右侧各一"]])
        let joined = WorkbookSheets.attach(orders + spares)
        #expect(joined.count == 1)
        #expect(joined[0].text.hasSuffix("\n配件：配件名称 高压电缆；备注 左侧 右侧各一"), "\(joined[0].text)")
        let people = try Self.rows(1, "客户", [["工单编号", "客户名称", "联系人"], ["SHB179490", "揭阳四院", "张三"]])
        let named = WorkbookSheets.attach(orders + people)
        #expect(named.count == 1 && named[0].text.hasSuffix("\n客户 · 客户名称 揭阳四院；联系人 张三"), "\(named)")
        let form = WorkbookSheets.SheetRow(sheet: 1, name: "说明", part: ReadPart(part: "sheet=说明", text: "工单编号：SHB179490\n说明：见附件"))
        #expect(WorkbookSheets.attach(orders + [form]).count == 2)
    }

    /// Through the reader: a workbook of two sheets, its parts read into its work order.
    @Test func aWorkbooksPartsSheetIsReadIntoItsWorkOrders() throws {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("工单.xlsx")
        func cells(_ row: Int, _ values: [String]) -> String {
            let columns = ["A", "B", "C"]
            return #"<row r="\#(row)">"# + values.enumerated().map { #"<c r="\#(columns[$0.offset])\#(row)" t="inlineStr"><is><t>\#($0.element)</t></is></c>"# }.joined() + "</row>"
        }
        let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
        try writeZip(url, [
            ("xl/workbook.xml", #"<workbook \#(ns)><sheets><sheet name="工单" sheetId="1" r:id="rId1"/><sheet name="配件" sheetId="2" r:id="rId2"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/a.xml"/><Relationship Id="rId2" Target="worksheets/b.xml"/></Relationships>"#),
            ("xl/worksheets/a.xml", #"<worksheet \#(ns)><sheetData>"# + cells(1, ["工单编号", "客户名称", "故障描述"]) + cells(2, ["SHB179490", "揭阳四院", "报过流"]) + "</sheetData></worksheet>"),
            ("xl/worksheets/b.xml", #"<worksheet \#(ns)><sheetData>"# + cells(1, ["工单编号", "配件名称", "数量"]) + cells(2, ["SHB179490", "X射线球管", "1"]) + "</sheetData></worksheet>"),
        ])
        let read = try Readers.read([UInt8](try Data(contentsOf: url)), format: .xlsx, name: "工单.xlsx")
        #expect(read.parts.map(\.part) == ["row=2"])
        #expect(read.parts.first?.text == "工单编号：SHB179490\n客户名称：揭阳四院\n故障描述：报过流\n配件：配件名称 X射线球管；数量 1")
    }

    /// A field report forwarded days later: the report opens with its day and the going
    /// (`2021-07-14，我到…处理…故障`), and that is the visit's day, not the forward's.
    @Test func aForwardedReportIsDatedByTheDayItTells() throws {
        let mail = """
        发件人: 尚佳 <service@example.com>
        发送时间: 2021-07-18 11:33
        收件人: 单经理
        主题: 转发: 江苏省扬州环境监测中心 紫外可见分光光度计维修完成

        单经理：
        转发工程师现场报告，请阅。

        -------- 原始邮件 --------
        发件人: 郝建业工程师
        收件人: 服务部
        主题: 维修报告 FW445244

        2021-07-14，我到江苏省扬州环境监测中心处理紫外可见分光光度计（型号LumiSpec 1900，编号A1049620A）故障。
        故障：波长准确度超差约1.5 nm，影响样品检测
        处理：调整光栅驱动并重新校准波长，交付使用
        """
        #expect(try extract(mail, source: "邮件存档/转发_维修报告_FW445244.txt").date == "2021-07-14")
        // A day after the forward's is none the report tells; nor is a customer's own day of
        // finding the fault, asking for someone, or a span of days.
        let later = mail.replacingOccurrences(of: "2021-07-14，", with: "2021-07-24，")
        #expect(try extract(later, source: "邮件存档/转发_维修报告_FW445244.txt").date == "2021-07-18")
        let asking = mail.replacingOccurrences(of: "2021-07-14，我到江苏省扬州环境监测中心处理紫外可见分光光度计（型号LumiSpec 1900，编号A1049620A）故障。",
                                               with: "2021-07-10，我到实验室开机发现仪器无法启动，请尽快派人维修。")
        #expect(try extract(asking, source: "邮件存档/转发_FW445244.txt").date == "2021-07-18")
        let span = mail.replacingOccurrences(of: "2021-07-14，我到", with: "2021-07-01到2021-07-05停机检修，")
        #expect(try extract(span, source: "邮件存档/转发_FW445244.txt").date == "2021-07-18")
    }
}
