import Foundation
import Testing
@testable import ArchiveIndex

/// The fault where other hands write it: in the middle of a daily report's item or of meeting
/// minutes, in a handover's table, in a CRM case's subject, in Cantonese; and a prose field that
/// ends where the list or the minutes go on to something else.
@Suite struct FaultsInProseTests: ReadsText {
    @Test func aDailyReportsItemSaysItsFaultAndItsFixEndsAtTheNextItem() throws {
        let d = try extract("""
            【工作汇报】日报
            汇报人：石磊
            汇报日期：2021-04-26
            今日完成工作：
            1. 河北工程大学附院影像中心 医用干式激光相机 ImageDry 5950（1902DL1208）上门维修：开机报显影鼓加热超时。
               原因：经检查为加热器固态继电器损坏
               处理：更换固态继电器，加热时间正常，交付使用
            2. 整理车载备件，补录出入库。
            3. 回复客户微信咨询 6 条。
            需协调事项：申请补充升降继电器两件
            """)
        #expect(values(d, .fault) == ["开机报显影鼓加热超时"], "\(d.fields.map { ($0.name, $0.value) })")
        #expect(values(d, .action) == ["更换固态继电器，加热时间正常，交付使用"])
    }

    @Test func minutesSayTheComplaintMidLineAndTheirFixEndsAtTheNextSection() throws {
        let d = try extract("""
            客户投诉处理专题会议纪要
            会议编号：HY21-457　　会议时间：2021年9月8日 15:00
            一、投诉情况
            襄阳市中心医院眼科 于2021年8月29日通过院内OA投诉：打印机不出纸，影响正常使用。涉及设备 电脑验光仪，机身号 ARK17E8371。
            二、处理经过
            聂明轩工程师于2021年8月30日到现场处理。处理措施：重新插接排线并固定，打印正常。
            同时了解到该客户另一台设备运行正常。
            三、决议
            1. 由聂明轩工程师在一周内电话回访；2. 将该故障纳入月度质量分析。
            """)
        #expect(values(d, .fault) == ["打印机不出纸，影响正常使用"], "\(d.fields.map { ($0.name, $0.value) })")
        #expect(values(d, .action) == ["重新插接排线并固定，打印正常。\n同时了解到该客户另一台设备运行正常。"])
    }

    /// A repair's account in prose: the fault after the unit it names, mid-line.
    @Test func anAccountOfARepairSaysItsFaultAfterTheUnit() throws {
        let d = try extract("""
            维修情况说明

            报告日期：2022年10月18日

            10月17日接到重症医学科电话，南阳市中心医院的呼吸机（型号AirCare S7，出厂编号ＡＶ１８１４７２－Ｍ）故障：氧浓度报警，近一周反复出现。
            厂家工程师霍建平当天下午到场检查，确认为氧电池耗尽，更换氧电池并标定。

            设备科 吕干事
            """)
        #expect(values(d, .fault) == ["氧浓度报警，近一周反复出现"], "\(d.fields.map { ($0.name, $0.value) })")
        #expect(d.values(.serial).first?.canonical == "AV181472M")
    }

    /// A help desk ticket's thread: the requester's first comment is the fault; a subject that
    /// names the unit and `complaint` is none, and a quoted e-mail's header heads no comment.
    @Test func aTicketsFirstCommentIsItsFault() throws {
        let d = try extract("""
            Ticket #45391  Solved
            Subject: dry laser film imager 1706dl2977 – complaint
            Requester: 洪護理長 (Yang-Ming Univ. Hospital – Radiology)
            Assignee: Wen Shu-fen
            Created: Apr 7, 2020 9:08

            ---- 洪護理長, Apr 7, 2020 11:30
            Films too light again, not happy with the response time.
            Model ImageDry 5950, serial 1706dl2977.

            ---- Wen Shu-fen, Apr 7, 2020 16:59
            Sorry for the trouble. An engineer will come on site.
            """)
        #expect(values(d, .fault) == ["Films too light again, not happy with the response time."], "\(d.fields.map { ($0.name, $0.value) })")
        #expect(FieldExtractor.commentAuthor("---- On Mon, 27 May 2019 08:26:09 +0800 Mr. Fan wrote ----") == nil)
    }

    /// A thread exported newest first: the agent's reply on top, the customer's request under
    /// its own heading; the request is the fault.
    @Test func aTicketsOriginalRequestIsItsFaultWhereverItStands() throws {
        let d = try extract("""
            Ticket #69655: UV-Vis spectrophotometer – School of Materials Science and Engineering, Jingdezhen Ceramic University
            Status: Closed   Priority: Medium   Type: Field Repair

            --- Reply from 蓝海波 (Lan Haibo) (agent) ---
            Visited on 22 Nov 2022.
            Found loose positioning sensor on the sampler arm.
            S/N A1094717D, model UV 2850.

            --- Original request from Ms. Liu ---
            Autosampler arm misses the cuvette, sample spilled (code S-40).
            Could you send someone?
            """)
        #expect(values(d, .fault) == ["Autosampler arm misses the cuvette, sample spilled (code S-40)."], "\(d.fields.map { ($0.name, $0.value) })")
        #expect(!FieldExtractor.isRequestHeader("--- Reply from 蓝海波 (Lan Haibo) (agent) ---"))
    }

    @Test func aHandoversTableIsAFormLaidOutSideways() throws {
        let d = try extract("""
            # 服务台交接班记录
            **日期：** 2025年2月14日（星期五）

            | 客户 | 设备 / 机身号 | 事项 | 工程师 | 状态 |
            |---|---|---|---|---|
            | 深圳人民医院影像科 | 医用干式激光相机 / 1708dl0963 | 开机报显影鼓加热超时 | Anders Lindqvist | 已完成 |
            """)
        #expect(values(d, .customer) == ["深圳人民医院影像科"], "\(d.fields.map { ($0.name, $0.value) })")
        #expect(values(d, .fault) == ["开机报显影鼓加热超时"])
        #expect(values(d, .engineer) == ["Anders Lindqvist"])
    }

    @Test func aCRMCasesSubjectIsItsProblemUnlessItRepeatsTheWorkType() throws {
        let rows = try LedgerReader.rows("""
            WorkOrderNumber,Account,Asset Serial,Work Type,Start Date,Subject,Resolution,Technician
            00206671,Singapore National Eye Centre,ARK18H5806,Calibration / QC,2023-08-22 08:20,Calibration / QC,Checks done,Seah Kok Leong
            00206670,Singapore National Eye Centre,ARK18H5806,Corrective repair,2023-08-02 08:17,Touch screen does not respond,Replaced the touch board,Seah Kok Leong
            """, name: "WO_by_asset.csv")
        let docs = try rows.map { try Extraction.extract($0, source: "WO_by_asset.csv") }
        #expect(docs.count == 2)
        #expect(docs.first?.values(.fault).isEmpty == true, "\(docs.first?.fields.map { ($0.name, $0.value) } ?? [])")
        #expect(docs.last?.values(.fault).map(\.value) == ["Touch screen does not respond"])
        // A table that names its fault keeps it: the subject is then only a subject.
        let named = try LedgerReader.rows("Case,Subject,Fault,Serial\nC-1,Site visit,Noise,AB-1001\n", name: "cases.csv")
            .map { try Extraction.extract($0, source: "cases.csv") }
        #expect(named.first?.values(.fault).map(\.value) == ["Noise"])
    }

    @Test func whatTheySaidInCantoneseIsTheFault() throws {
        let d = try extract("""
            Service memo
            Date: 2025年2月17日
            今日去咗 聯合醫院 睇部機 (S/N ARK19U2410)。
            佢哋話：打印機不出紙，個 display 出 code R-15。
            """)
        #expect(values(d, .fault).first?.hasPrefix("打印機不出紙") == true, "\(d.fields.map { ($0.name, $0.value) })")
    }

    /// What these rules must not take: a line's 事项 or an e-mail's subject is no fault, a phone
    /// number is a phone, a list at the field's own margin is its text, and so is a decimal.
    @Test func whatTheseRulesMustNotTake() throws {
        let notes = try extract("注意事项：开机前检查电源\n需协调事项：申请备件\n电话：0571-8888 8888\nSubject: RE: [SR-21510] cash recycling ATM CR161250435\n")
        #expect(notes.values(.fault).isEmpty, "\(notes.fields.map { ($0.name, $0.value) })")
        #expect(values(notes, .phone) == ["0571-8888 8888"])
        let list = try extract("故障现象：开机报错\n1. 报错代码E23\n2. 无法自检\n")
        #expect(values(list, .fault) == ["开机报错\n1. 报错代码E23\n2. 无法自检"])
        let decimal = try extract("1. 上门处理\n   处理：更换滤芯，重量\n2.5 kg 以内\n")
        #expect(values(decimal, .action) == ["更换滤芯，重量\n2.5 kg 以内"])
        // A repair word after no unit is no label (`今日维修：3 台`).
        #expect(try extract("今日共计维修：3 台。\n").values(.fault).isEmpty)
    }
}

/// A logbook scanned and read by OCR, its title spaced out as printed; an export of one record
/// under its title and run date.
@Suite struct ScannedLogbookTests: ReadsText {
    static let logbook = """
        设 备 维 修 记 录 本        第 29 页
        单 位：影像科（常州二院）
        编 号：1903DL1640
        ------------------------------------------
        2020.3.23  按保养规程完成清洁、检查和功能测试，各项指标正常
                  签 名：LINDQVIST, Anders
        2020 年 9 月 3 日  胶片出现横向白线，清洁激光光学组件，打印测试片正常
                  签 名：孟师傅  |
        （以下空白）
        """

    @Test func aSpacedTitleStillSaysTheKindAndTheLogsLinesAreVisits() throws {
        // A logbook is its unit's record (it was read as one repair before the kinds were counted).
        #expect(try extract(Self.logbook).kind == .equipment)
        let dir = try TempDir()
        // The unit, as a repair card introduces it.
        let a = try TestArchive(dir, files: ["scans/logbook_1903DL1640.txt": Self.logbook,
                                             "card.txt": "维修单\n序列号：1903DL1640\n维修日期：2021-03-02\n故障现象：胶片卡住\n"])
        let b = try BriefBuilder.build(.serial("1903DL1640"), store: a.store, today: "2024-06-01")
        #expect(b.history.compactMap(\.date).sorted() == ["2020-03-23", "2020-09-03", "2021-03-02"], "\(b.history.map { $0.date ?? "-" })")
    }

    /// A logbook's 编号 is its unit's serial, however OCR read its zeros (`D718O6-2929B`): its
    /// visits are the unit's, though the text never writes the serial as another document does.
    @Test func aLogbooksNumberIsItsUnitsSerial() throws {
        let logbook = Self.logbook.replacingOccurrences(of: "1903DL1640", with: "D718O6-2929B")
        let d = try extract(logbook)
        #expect(d.values(.serial).map(\.canonical) == ["D718062929B"], "\(d.fields.map { ($0.name, $0.label, $0.value) })")
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["scans/logbook.txt": logbook,
                                             "card.txt": "维修单\n序列号：D71806-2929B\n维修日期：2021-03-02\n故障现象：胶片卡住\n"])
        let b = try BriefBuilder.build(.serial("D71806-2929B"), store: a.store, today: "2024-06-01")
        #expect(b.history.compactMap(\.date).sorted() == ["2020-03-23", "2020-09-03", "2021-03-02"], "\(b.history.map { $0.date ?? "-" })")
        // A repair card's 编号 is the card's number.
        #expect(try extract("维修单\n编号：WX2023A0012\n型号：DRX-560S\n故障现象：无图像\n").values(.serial).isEmpty)
    }

    /// A history told in paragraphs, each about one day: each paragraph is a visit.
    @Test func aHistoryToldInParagraphsIsALog() throws {
        let history = """
            Cryostat CM1950 — instrument history
            Customer: Royal Liverpool University Hospital, Cellular Pathology
            Serial number: 4756/2016/07

            The cryostat was installed on 18 July 2016 by Graham Pike, who ran the chamber down to -35 °C.

            On 3 March 2018 the engineer found that the chamber would not go below -12 °C; the joint was re-brazed.

            A routine preventive maintenance visit took place on 14 November 2019. No faults found.
            """
        #expect(try extract(history).kind == .equipment)
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["history.txt": history])
        let b = try BriefBuilder.build(.serial("4756/2016/07"), store: a.store, today: "2024-06-01")
        #expect(b.history.compactMap(\.date).sorted() == ["2016-07-18", "2018-03-03", "2019-11-14"], "\(b.history.map { $0.date ?? "-" })")
        #expect(b.history.first { $0.date == "2018-03-03" }?.fault?.contains("-12 °C") == true)
        // A service report's paragraphs tell one visit's steps, not a log's entries.
        let report = """
            Field service report
            Customer: Royal Liverpool University Hospital, Cellular Pathology
            Serial number: 4756/2016/08
            Fault: chamber would not go below -12 °C

            The call was logged on 2 May 2023 by the laboratory manager, who reported the chamber warm.

            The engineer attended on 4 May 2023 and found a refrigerant leak at a brazed joint.

            Parts were fitted on 9 May 2023 and the chamber was run down to -35 °C and handed back.
            """
        let r = try TestArchive(try TempDir(), files: ["report.txt": report])
        let rb = try BriefBuilder.build(.serial("4756/2016/08"), store: r.store, today: "2024-06-01")
        #expect(rb.history.count == 1, "\(rb.history.map { $0.date ?? "-" })")
    }

    @Test func anExportOfOneRecordUnderItsTitleIsOneDocument() throws {
        let parts = try LedgerReader.rows("""
            报表名称：服务工单明细表
            导出时间：2018-09-22 18:08:19

            序号,单据编号,完工日期,报修单位,产品名称,出厂序列号,故障现象
            1,SR18090371,2018-09-14,徐州市中心血站,全自动血液分析仪,C915P6430,清洗液报警
            合计：1条
            """, name: "服务工单明细_SR18090371.csv")
        #expect(parts.count == 1, "\(parts.map(\.part))")
    }
}

/// A tracker's export (Jira's custom fields, its issue key), a certificate's addressee, and a
/// fault grouped without who reported it.
@Suite struct TrackerExportTests: ReadsText {
    @Test func aTrackersCustomFieldsAreNamedInTheirBrackets() throws {
        let rows = try LedgerReader.rows("""
            Summary,Issue key,Issue Type,Created,Custom field (Customer),Custom field (Serial Number),Description,Custom field (Root Cause)
            DC fast charger – gun lock fails,FSV-5258,Field Repair,13/Jan/20 8:56 AM,"Jiujiang Minghui New Energy Technology Co., Ltd.",EVC18WB799049,Display shows ER-32: gun lock fails,Lock micro-switch broken
            """, name: "jira_FSV-5258.csv")
        let d = try Extraction.extract(try #require(rows.first), source: "jira_FSV-5258.csv")
        #expect(d.values(.customer).map(\.value) == ["Jiujiang Minghui New Energy Technology Co., Ltd."], "\(d.fields.map { ($0.name, $0.value) })")
        #expect(d.values(.serial).first?.canonical == "EVC18WB799049")
        #expect(d.values(.fault).map(\.value) == ["Display shows ER-32: gun lock fails"])
        #expect(d.values(.cause).map(\.value) == ["Lock micro-switch broken"])
        #expect(d.values(.number).map(\.value) == ["FSV-5258"])
    }

    @Test func whomACertificateIsIssuedToIsNoFault() throws {
        let d = try extract("CERTIFICATE OF VERIFICATION\nCertificate no.: QTS-CV-239163\nIssued to: ANLAN DENTAL\nDate of verification: 04 SEP 2023\n")
        #expect(values(d, .fault).isEmpty, "\(d.fields.map { ($0.name, $0.value) })")
        #expect(Labels.classify(folded: "issue reported") == .fault)
    }

    @Test func aFaultIsGroupedWithoutWhoReportedIt() {
        #expect(SameModel.withoutReporter("据使用人员讲，开机报显影鼓加热超时") == "开机报显影鼓加热超时")
        #expect(SameModel.withoutReporter("科室反映，打印机不出纸") == "打印机不出纸")
        #expect(SameModel.withoutReporter("Operator says QA software will not start") == "QA software will not start")
        #expect(SameModel.withoutReporter("Customer reported that the chair lift does not respond") == "the chair lift does not respond")
        // A fault that names no reporter is as written, and so is one that is only a report.
        #expect(SameModel.withoutReporter("显影鼓加热超时，据说") == "显影鼓加热超时，据说")
        #expect(SameModel.withoutReporter("用户反映") == "用户反映")
    }
}
