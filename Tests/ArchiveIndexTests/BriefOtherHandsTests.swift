import Foundation
import Testing
@testable import ArchiveIndex

/// The brief on forms other hands keep: a chat whose engineer comes days after the report, a
/// quality feedback that records its site visit, a customer's letter about a fault, an account
/// handover's list of units, a service form whose content cell holds the fault, cause and fix,
/// an incident's timeline, a row of boxes to tick in place of the fix.
@Suite struct BriefOtherHandsTests: ReadsText {
    static let serial = "14PG879408"

    @Test func aChatIsOneVisitOnTheDayTheEngineerIsOnSite() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "chat.txt": """
                28/05/2018, 08:01 - Winnie Cheung created group "Wai Shun Hospital – service"
                28/05/2018, 08:03 - Winnie Cheung: Hi Ken, our UPS (PW-9395-60K) shows this since this morning: Garbled front panel display
                28/05/2018, 08:09 - Ken Chan: Noted. Can you send me the serial number?
                28/05/2018, 08:12 - Winnie Cheung: \(Self.serial)
                02/06/2018, 15:15 - Ken Chan: On site now
                02/06/2018, 16:40 - Ken Chan: Done. Reseated the display board cable.
                """,
            // The unit, as another record introduces it.
            "card.txt": "Job sheet\nSerial No.: \(Self.serial)\nDate: 2019-06-13\nFault: mains to battery\n",
        ])
        let doc = try #require(try a.store.documents(try a.store.allDocumentIDs()).first { $0.source == "chat.txt" })
        // The transcript is dated by its first message; its visit is the day someone came.
        #expect(doc.date == "2018-05-28")
        let b = try BriefBuilder.build(.serial(Self.serial), store: a.store, today: "2024-06-01")
        #expect(b.history.map(\.date) == ["2018-06-02", "2019-06-13"], "\(b.history.map { ($0.date ?? "-", $0.line ?? 0) })")
        #expect(b.history.first?.fault?.contains("Garbled front panel display") == true)
        // WeChat's stamps, 已到现场.
        #expect(FieldExtractor.chatVisit("""
            [2019/9/5 9:11] 韩主任: 你好，连接螺栓发热
            [2019/9/5 9:55] 客服: 收到，已安排张伟跟进
            [2019/9/6 10:55] 张伟（售后）: 已到现场，机身号GF05 15R 8168
            """) == .day("2019/9/6"))
        // The chat says nothing of a visit: no visit day.
        #expect(FieldExtractor.chatVisit("""
            [2019/9/5 9:11] 韩主任: 你好，连接螺栓发热
            [2019/9/5 9:55] 客服: 备件已到货
            [2019/9/5 9:58] 韩主任: 好的
            """) == nil)
        // The engineer sent writes what they did, days later, and no message says 到现场: that day.
        #expect(FieldExtractor.chatVisit("""
            [2022-09-16 07:37] 闻课长: 起升无力
            [2022-09-16 07:30] 闻课长: 设备编号FK17S60565A，再不处理要投诉了
            [2022-09-16 08:31] 客服符晓蕾: 已安排边少华
            [2022-09-17 09:02] 闻课长: 人呢？
            [2022-09-19 15:22] 边少华(LT0712): 更换液压齿轮泵并调整溢流压力
            """) == .day("2022-09-19"))
        // Dealt with from afar, by someone sent or not: nobody came.
        #expect(FieldExtractor.chatVisit("""
            [2024-01-24 07:28] 沙科长: 切割头调高报警，这周出现好几次
            [2024-01-24 07:37] 沙科长: 设备编号FZ20107920，再不处理要投诉了
            [2024-01-24 08:28] 宓建新: 远程指导操作工复位，恢复运行
            """) == .fromAfar)
        #expect(FieldExtractor.chatVisit("""
            [2024-01-24 07:28] 沙科长: 切割头调高报警
            [2024-01-24 08:00] 客服: 已安排宓建新
            [2024-01-24 08:28] 宓建新: 远程指导操作工复位，恢复运行
            """) == .fromAfar)
        // The customer asking for someone is no one sent; the one sent first acknowledging is no
        // visit; a fault the customer states with the word remote is no help from afar.
        #expect(FieldExtractor.chatVisit("""
            [2019/9/5 9:11] 韩主任: 交换机无法远程管理，麻烦尽快安排人来看一下
            [2019/9/5 9:55] 客服小刘: 收到，已安排吴昊跟进，请保持电话畅通
            [2019/9/5 10:10] 吴昊: 收到，明天过去
            [2019/9/6 15:02] 吴昊: 重新配置管理VLAN，恢复正常
            """) == .day("2019/9/6"))
        #expect(FieldExtractor.chatVisit("""
            [2019/9/5 9:11] 韩主任: 交换机无法远程管理
            [2019/9/5 9:55] 客服小刘: 备件已到货
            [2019/9/5 9:58] 韩主任: 好的
            """) == nil)
    }

    /// A unit's maintenance reports label its serial `編號 Serial`, read as the report's number
    /// too, and carry the blank form's number (`表单编号`): each is still its own visit. Its contract, whose term begins on a day nobody came,
    /// and a chat in which the fault was dealt with from afar are no visits.
    @Test func reportsOfOneSerialContractsAndRemoteHelpAreNoVisitsMerged() throws {
        let dir = try TempDir()
        func report(_ day: String, _ job: String) -> String {
            "定期維護報告 PERIODIC MAINTENANCE REPORT\n表单编号：LT-QR-0712 第B版\n客戶 Customer：FCCL\n型號 Model：EF-30B\n編號 Serial：fk16s30588g\n"
                + "日期 Date (DD/MM/YYYY)：\(day)\n| 工作 Work done | Checked brakes, steering |\n|---|---|\n工程師 Engineer：C. Chiu\n編號 Job No.：\(job)\n"
        }
        let a = try TestArchive(dir, files: [
            "0546.txt": report("30/10/2018", "LT486318"),
            "0586.txt": report("05/11/2019", "LT486502"),
            "1375.txt": report("26/10/2017", "LT486177"),
            "contract.txt": "设备维保服务合同\n甲方（委托方）：粉嶺冷鏈物流有限公司\n合同期限：自2021年3月19日起至2022年3月18日止\n"
                + "服务内容：定期保养2次/年\n| 序号 | 设备名称 | 型号 | 出厂编号 |\n|---|---|---|---|\n| 1 | 叉车 | EF-30B | FK16S30588G |\n",
            "chat.txt": "聊天记录 - 粉嶺冷鏈\n[2022-05-10 07:28] 沙科长: 叉车报警，这周出现好几次\n[2022-05-10 07:37] 沙科长: 设备编号FK16S30588G\n"
                + "[2022-05-10 08:28] 宓建新: 远程指导操作工复位，恢复运行\n",
        ])
        let b = try BriefBuilder.build(.serial("FK16S30588G"), store: a.store, today: "2024-06-01")
        #expect(b.history.map(\.date) == ["2017-10-26", "2018-10-30", "2019-11-05"], "\(b.history.map { ($0.date ?? "-", $0.source) })")
        #expect(b.history.map(\.number) == ["LT486177", "LT486318", "LT486502"])
    }

    /// An engineer's notes and a complaints ledger give the unit's serial under `编号`, read as
    /// their number: two years apart, they are two visits.
    @Test func aSerialUnderANumbersLabelJoinsNoVisits() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "card.txt": "维修单\n出厂编号：CH18-0019-A\n服务日期：2021-03-02\n故障现象：压缩机过热保护\n",
            "notes.md": "# 2022/1/28 昆山金诺\n- 编号：CH18 0019 A\n- 类型：定期保养\n- 处理：清洗冷凝器，检查冷媒压力与电气接线\n",
            "ledger.txt": "客诉登记\n编号：CH18 0019 A\n登记日期：2024/11/21\n投诉内容：压缩机过热保护\n上门日期：2024-11-22\n",
        ])
        let b = try BriefBuilder.build(.serial("CH180019A"), store: a.store, today: "2025-01-01")
        #expect(b.history.map(\.date) == ["2021-03-02", "2022-01-28", "2024-11-22"], "\(b.history.map { ($0.date ?? "-", $0.source) })")
    }

    @Test func aQualityFeedbackIsDatedByItsFeedbackAndItsSiteVisitIsAVisit() throws {
        let form = """
            # 产品质量信息反馈单

            【反馈编号】QF-22-0116
            【反馈日期】2022.11.27
            【反馈单位】检验科（厦门中心医院）
            【产品名称】血细胞分析仪　【型号】HX-3100 CRP　【仪器编号】2205-W31950
            【问题描述】自动进样器卡管
            【处理方式】☑现场 □电话 □寄回
            【上门日期】2022.11.30
            【处理结果】清洁导轨和试管检测传感器，调整进样位置
            【原因分析】试管架导轨积尘
            """
        let d = try extract(form, source: "QF-22-0116.md")
        #expect(d.kind == .quality)
        #expect(d.date == "2022-11-27")
        // Bracketed labels after an ideographic space are fields of their own.
        #expect(values(d, .model) == ["HX-3100 CRP"])
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["QF-22-0116.md": form])
        let b = try BriefBuilder.build(.serial("2205-W31950"), store: a.store, today: "2024-06-01")
        #expect(b.history.map(\.date) == ["2022-11-30"])
        // The ticked box says how; the result says what was done.
        #expect(b.history.first?.fix == "清洁导轨和试管检测传感器，调整进样位置")
    }

    @Test func aRepairCardWithAVisitDateIsDatedByTheVisit() throws {
        let d = try extract("维修记录\n客户名称：某市中心医院检验科\n反馈日期：2023-05-02\n上门日期：2023-05-04\n出厂编号：HX5-2020-0001\n故障现象：不升速\n")
        #expect(d.kind == .repair)
        #expect(d.date == "2023-05-04")
        // A complaint stays dated by when it came in.
        let c = try extract("8D报告（客户投诉）\n接报日期：2019年10月10日\n投诉单位：某市中心医院\n现场确认日期：2019年10月13日\nD2 问题描述\n硬盘亮红灯\n")
        #expect(c.kind == .complaint)
        #expect(c.date == "2019-10-10")
        #expect(c.values(.received).first?.canonical == "2019-10-10")
    }

    @Test func aCustomersLetterAboutAFaultIsAComplaintNotAVisit() throws {
        let letter = """
            关于机架式服务器故障问题的函

            深圳市科联信息技术有限公司：

                我单位购置贵司机架式服务器一台（型号：TS-2280 G5，出厂编号：1WS 24FB），近期出现系统日志报内存可纠正错误等问题。

                                          扬州农村商业银行股份有限公司信息科技部（盖章）
                                          2024年10月29日
            处理意见（售后服务部填写）：
            收函当日电话联系科室，远程登录排查，调整配置后业务恢复。
            客诉编号：KS24055　　经办人：周敏
            """
        let d = try extract(letter)
        #expect(d.kind == .complaint)
        // Two ideographic spaces part the cells of a line.
        #expect(values(d, .number) == ["KS24055"])
        #expect(values(d, .engineer) == ["周敏"])
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["KS24055.txt": letter])
        let b = try BriefBuilder.build(.serial("1WS24FB"), store: a.store, today: "2024-11-01")
        #expect(b.history.isEmpty, "\(b.history.map { $0.date ?? "-" })")
        #expect(b.complaints.count == 1)
    }

    @Test func anAccountHandoverListsUnitsAndIsNoVisit() throws {
        let notes = """
            ACCOUNT HANDOVER NOTES
            ======================

            Account: Ka Lok Data Centre Limited
            Main contact: Eric Leung (tel. 3162 6674)

            Installed base:
              - UPS EPX 80, S/N 15JB-788094, installed 02-JUN-15, warranty until 01-JUN-16
              - Rack server TS-2280 G5, S/N 9DZK70F, installed 23-SEP-23, warranty until 22-SEP-25
            """
        #expect(try extract(notes).kind == .equipment)
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["Ka_Lok_DC.txt": notes])
        let b = try BriefBuilder.build(.serial("15JB788094"), store: a.store, today: "2024-11-01")
        #expect(b.history.isEmpty)
    }

    @Test func aContentCellsOwnLabelsSayWhatItHolds() throws {
        let d = try extract("""
            技术服务单
            服务日期：2025.7.7
            服务内容：故障现象：科室反映：HGB结果不稳定 原因：HGB比色池污染 处理方法：清洗HGB比色池并重新校准
            """)
        #expect(values(d, .fault) == ["HGB结果不稳定"])
        #expect(values(d, .cause) == ["HGB比色池污染"])
        #expect(values(d, .action) == ["清洗HGB比色池并重新校准"])
    }

    @Test func anIncidentTimelineStatesItsFaultInACell() throws {
        let d = try extract("""
            # UPS不间断电源故障处理报告

            - 发生时间：2025年7月14日 11:55
            - 设备信息：PW-9395-60K，序列号：15ne194927

            | 时间 | 事项 |
            |---|---|
            | 12:40 | 值班人员发现：市电正常时频繁切换到电池 |
            | 13:40 | 工程师黄志强到达现场 |
            """)
        #expect(values(d, .fault) == ["市电正常时频繁切换到电池"])
        // What an inspection found is the cause; what someone on duty found, the fault.
        #expect(Labels.classify(folded: "检查发现") == .cause)
        #expect(Labels.classify(folded: "工程师发现") == .cause)
        #expect(Labels.classify(folded: "科室反映") == .fault)
    }

    @Test func aVisitThatStatesOnlyItsFindingsFoundItsFault() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["visit.md": """
            ---
            title: Battery system site visit
            site: "Education IT Center"
            date_attended: "27th of March, 2019"
            serial: "GF1000-1802-466"
            ---

            ## Findings

            Hot inter-cell connector

            ## Work carried out

            Torqued all connections
            """])
        let b = try BriefBuilder.build(.serial("GF1000-1802-466"), store: a.store, today: "2024-06-01")
        #expect(b.history.first?.fault == "Hot inter-cell connector")
        #expect(b.history.first?.cause == nil)
        #expect(b.history.first?.fix == "Torqued all connections")
    }

    @Test func aComplaintsVisitIsTheDayItsProseSaysSomeoneCame() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "reply.txt": """
                08-Dec-2022
                Ming Tak Data Centre
                Our ref.: CC-22-0131
                Re: Your complaint of 29-Nov-2022 concerning the DS-7600 (S/N 21025557YB2016666)

                Thank you for informing us of the following issue with your storage array: Controller A failed.
                Our field service engineer Ken Chan attended on 02-Dec-2022.
                Corrective action: Replaced the controller A cache battery.
                """,
            "minutes.txt": """
                客訴檢討會議紀錄
                會議日期：2019/08/07
                客訴編號：CS10808-19；客戶：亞泰·廠務部；客訴日期：2019/08/04
                機身序號：21025557YB2016666
                問題描述：使用者反應UPS轉旁路運行
                2019/08/05由蔡佩君到場處理：更換逆變器功率模組。
                """,
        ])
        let b = try BriefBuilder.build(.serial("21025557YB2016666"), store: a.store, today: "2024-06-01")
        #expect(Set(b.history.compactMap(\.date)) == ["2022-12-02", "2019-08-05"], "\(b.history.map { $0.date ?? "-" })")
        // The reply states the fault in a sentence.
        #expect(b.history.first { $0.date == "2022-12-02" }?.fault == "Controller A failed")
        #expect(FieldExtractor.faultInProse("我单位购置贵司分析仪一台，近期出现反应盘温度报警，温度在36.2℃左右波动等问题，已影响工作。")
                == "反应盘温度报警，温度在36.2℃左右波动")
        #expect(DocumentDates.visitInProse("已安排工程师于2019年10月16日到现场更换温度探头") == "2019-10-16")
        // A date that nobody came on is no visit.
        #expect(DocumentDates.visitInProse("收函日期2019年10月16日，电话指导后恢复") == nil)
    }

    @Test func anEmergencyRepairRecordIsAVisit() throws {
        let d = try extract("""
            阀控式铅酸蓄电池组 抢修记录

            单位：致远数据科技运维部
            电池组编号：GF1000-1609002
            抢修日期：2022.6.7
            告警内容：电池漏液，端子腐蚀
            原因：安全阀失效
            处理措施：更换漏液电池并清洁端子
            """)
        #expect(d.kind == .repair)
        #expect(d.date == "2022-06-07")
        #expect(d.values(.serial).first?.canonical == "GF10001609002")
    }

    /// A bilingual work order (Malay and English) reported and completed the same day: a service
    /// visit dated by its completion, whichever way round its numbers go.
    @Test func aWorkOrderCompletedIsAVisitOnTheDayOfCompletion() throws {
        let d = try extract("""
            EQUIPMENT SERVICE FORM
            Kuantan Medical Services Sdn. Bhd.
            Pelanggan / Customer          : Hospital Tengku Ampuan Afzan Makmal
            No. Siri / Serial No.         : KX4410-2291
            Tarikh Aduan / Date Reported  : 3/3/2022
            Tarikh Siap / Date Completed  : 4/3/2022
            Kerosakan / Fault             : Display flickers
            Tindakan / Action Taken       : Replaced the LCD cable
            """)
        #expect(d.kind == .repair)
        #expect(d.date == "2022-03-04")
        #expect(DateParser.parse("8/8/2021") == "2021-08-08")
    }

    /// A reply that says which day of the week the engineer came (`attended on Fri 08 Jan 2021`).
    @Test func aVisitsDayOfTheWeekIsNoPartOfItsCue() {
        #expect(DocumentDates.visitInProse("our engineer attended on fri 08 jan 2021.\ncause: loose cable.") == "2021-01-08")
        #expect(DocumentDates.visitInProse("summary of the visit on mon, 3 jun 2019:") == "2019-06-03")
    }

    /// A customer's letter that informs of a fault (`…故障问题的告知函`) is a complaint, and the
    /// receipt under it says the day someone came.
    @Test func aLetterInformingOfAFaultIsAComplaint() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["letter.txt": """
            关于全自动化学发光仪故障问题的告知函

            某某仪器服务公司：
            　　我单位使用的化学发光仪（机身号：CL9-2024-0031）近期试剂针堵塞，请尽快派员处理。

                                    镇江市第一人民医院检验科
                                    2024年2月6日

            回执：来函收悉。我公司已于2024年2月7日派工程师到现场处理：疏通试剂针。
                                    2024年2月9日
            """])
        let doc = try #require(try a.store.documents(try a.store.allDocumentIDs()).first)
        #expect(doc.kind == .complaint)
        let b = try BriefBuilder.build(.serial("CL9-2024-0031"), store: a.store, today: "2024-06-01")
        #expect(b.history.compactMap(\.date) == ["2024-02-07"], "\(b.history.map { $0.date ?? "-" })")
    }

    /// A visit report whose headings stand on lines of their own, without marks, and whose
    /// engineer signs `Visited by`.
    @Test func aReportsBareHeadingsSayItsFaultCauseAndFix() throws {
        let d = try extract("""
            SITE VISIT REPORT
            Visit date:  3 May 2022
            Serial:  QP-4410-88

            Symptom
            Door seal alarm after each cycle
            Finding
            Worn door gasket
            Remedy
            Fitted a new gasket and tested three cycles

            Visited by: Marta Olsen
            """)
        #expect(d.values(.fault).first?.value == "Door seal alarm after each cycle")
        #expect(d.values(.cause).first?.value == "Worn door gasket")
        #expect(d.values(.action).first?.value == "Fitted a new gasket and tested three cycles")
        #expect(d.values(.engineer).first?.value == "Marta Olsen")
        #expect(d.date == "2022-05-03")
    }

    /// A letter that accounts for a repair: one visit on the day it tells, with the fault its
    /// sentence reports, though the letter is signed days later (each date with its weekday).
    @Test func aLetterAccountingForARepairIsOneVisitWithItsFault() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["letter.txt": """
            关于某某医院检验科生化分析仪故障维修情况的说明

            某某医院检验科：
            　　2022年5月9日(星期一)，我公司接到科室电话，反映贵科使用的生化分析仪（型号BA-880，机身号BA88-1903-2217）试剂针撞针报警。我公司工程师于当日到现场检查，原因为液面传感器松动，紧固后恢复正常。
            　　特此说明。

                                          某某仪器服务公司
                                          2022年5月12日(星期四)
            """])
        let b = try BriefBuilder.build(.serial("BA88-1903-2217"), store: a.store, today: "2024-06-01")
        #expect(b.history.compactMap(\.date) == ["2022-05-09"], "\(b.history.map { $0.date ?? "-" })")
        #expect(b.history.first?.fault == "试剂针撞针报警")
    }
}
