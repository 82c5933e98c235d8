import Foundation
import Testing
@testable import ArchiveIndex

/// Service histories as other tools export them: a database session pasted into a text file,
/// Markdown notes that fold each visit into `<details>`, a CMMS's work orders with column names
/// run together, a maintenance record's title, Taiwan's dates as seven digits.
@Suite struct ExportedLogsTests: ReadsText {
    static let session = """
        mysql> SELECT acct_no, name FROM customer WHERE acct_no = 'A-0711';
        +---------+------------------------------+
        | acct_no | name                         |
        +---------+------------------------------+
        | A-0711  | 南通市第三人民医院 输血科 |
        +---------+------------------------------+
        1 row in set (0.00 sec)

        mysql> SELECT id, visit_date, type, fault, cause, action, engineer FROM service_log WHERE sn = 'RX7705-1142' ORDER BY visit_date;
        +-----+------------+--------+--------------+--------------+--------------+--------+
        | id  | visit_date | type   | fault        | cause        | action       | engineer |
        +-----+------------+--------+--------------+--------------+--------------+--------+
        | 301 | 2021-03-09 | 维修   | 离心机异响   | 轴承磨损     | 更换轴承     | 顾海 |
        | 302 | 2021-09-14 | 保养   | NULL         | NULL         | 年度保养完成 | 顾海 |
        | 303 | 2022-04-02 | 维修   | 温控失灵     | 传感器老化   | 更换温度传感器 | 钱立 |
        +-----+------------+--------+--------------+--------------+--------------+--------+
        3 rows in set (0.01 sec)
        """

    @Test func aDatabaseSessionSaysItsUnitItsCustomerAndItsVisits() throws {
        let d = try extract(Self.session)
        #expect(d.values(.serial).first?.canonical == "RX77051142")
        #expect(d.values(.customer).first?.value == "南通市第三人民医院 输血科")
        // A unit's visits of three days, one after another: its service history.
        #expect(d.kind == .equipment)
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["db/service_log_RX77051142.txt": Self.session])
        let b = try BriefBuilder.build(.serial("RX7705-1142"), store: a.store, today: "2024-06-01")
        #expect(b.history.compactMap(\.date).sorted() == ["2021-03-09", "2021-09-14", "2022-04-02"], "\(b.history.map { $0.date ?? "-" })")
        #expect(b.history.first { $0.date == "2022-04-02" }?.fault == "温控失灵")
        // A column left NULL says nothing.
        #expect(b.history.first { $0.date == "2021-09-14" }?.fault == nil)
    }

    @Test func visitsFoldedIntoDetailsAreEntriesOfTheLog() {
        let note = """
            # 仪器档案 · 血气分析仪

            - 机身编号：BG31-0442
            - 装机时间：2019-02-11

            <details>
            <summary>2020-06-18 故障维修</summary>

            - 现象：电极漂移
            - 处理：更换参比电极
            - 工程师：任涛

            </details>

            <details><summary>2021-01-05 预防性维护</summary>

            - 处理：年度保养
            - 工程师：任涛

            </details>
            """
        let entries = RepairLog.entries(in: note, dayFirst: nil)
        #expect(entries.map(\.date) == ["2020-06-18", "2021-01-05"])
        #expect(entries.first?.fault == "电极漂移")
        #expect(entries.first?.action == "更换参比电极")
        // The closing tag is no part of what the summary says.
        #expect(entries.last?.fault == "预防性维护")
    }

    @Test func aWorkOrdersRunTogetherDateColumnIsItsDate() throws {
        let d = try extract("WONUM：WO-5521\nWORKTYPE：CM\nREPORTDATE：4-Nov-21\nSERIALNUM：QX88120044\nDESCRIPTION：Printer jams\n")
        #expect(d.date == "2021-11-04")
    }

    @Test func aJiraIssueIsTypedByItsIssueTypeAndDatedAsJiraWritesDates() throws {
        let csv = "Summary,Issue key,Issue Type,Status,Assignee,Reporter,Created,Resolved,Custom field (Customer),Custom field (Serial Number),Description,Comment\n"
            + "Film jams,FSV-4105,Field Repair,Done,Qian Guoqing,Rachel Hu,29/May/23 8:48 AM,29/May/23 1:02 PM,"
            + "\"Imaging Dept., Affiliated Hospital of Hebei University of Engineering\",1902dl1208,Film jams,\"29/May/23 1:02 PM;Qian Guoqing;Replaced the pick-up roller\"\n"
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["jira/FSV-4105.csv": csv])
        let doc = try #require(try a.store.documents(try a.store.allDocumentIDs()).first)
        #expect(doc.kind == .repair)
        #expect(doc.date == "2023-05-29")
        #expect(DateParser.parse("29/May/23 8:48 AM") == "2023-05-29" && DateParser.parse("29/May/2023") == "2023-05-29")
        #expect(DateParser.parse("09-APR-25") == "2025-04-09")
    }

    @Test func aContractsScheduleOfVisitsDonePutsEachVisitInTheBrief() throws {
        // The plan's month is no visit; the day it was done, the work and the engineer are.
        let table = """
            2024年度维保合同执行表
            客户：放射科（扬州一院）
            型号：ＤＬ－８３００
            序列号：2104DL9221
            | 序号 | 计划月份 | 实际日期 | 服务类型 | 工作内容 | 工程师 | 状态 |
            |---|---|---|---|---|---|---|
            | 1 | 2024年4月 | 2024-04-07 | 预防性维护 | 按保养规程完成清洁、检查和功能测试 | 尹德旺 | 已完成 |
            | 2 | 2024年10月 | 2024-10-13 | 质控校准 | 完成校准与性能检测，结果合格 | 邵佳琪 | 已完成 |
            """
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["contracts/执行表_2104DL9221_2024.md": table])
        let b = try BriefBuilder.build(.serial("2104DL9221"), store: a.store, today: "2025-06-01")
        #expect(b.history.compactMap(\.date).sorted() == ["2024-04-07", "2024-10-13"], "\(b.history.map { $0.date ?? "-" })")
    }

    @Test func anEngineersDailyReportIsAServiceRecordOfItsDay() throws {
        // Its recipients (接收人) are no date a complaint was received.
        let d = try extract("""
            【工作汇报】日报
            汇报人：石磊
            汇报日期：2021-04-26
            今日完成工作：
            1. 河北工程大学附院影像中心 医用干式激光相机（1902DL1208）上门维修：开机报显影鼓加热超时。
               原因：加热器固态继电器损坏
               处理：更换固态继电器
            接收人：庞经理、葛主管
            """)
        #expect(d.kind == .repair)
        #expect(d.date == "2021-04-26")
    }

    @Test func aMaintenanceRecordIsAServiceRecord() throws {
        let d = try extract("""
            定期维护记录
            设备使用方：绍兴市人民医院检验科
            机身编号：HT2207-0093
            投入使用日期：2020年3月1日
            本次维护日期：2023年9月12日
            维护工程师：楼工
            """)
        #expect(d.kind == .repair)
        #expect(d.date == "2023-09-12")
    }

    @Test func taiwansSevenDigitDatesDateALogTable() {
        #expect(DateParser.parse("1130312") == "2024-03-12")
        #expect(DateParser.parse("1131332") == nil)
        // Seven digits of another kind are no date.
        #expect(DateParser.parse("2130312") == nil)
        let lines = DocxCollector.tableLines([
            ["日期", "類別", "異常描述", "處理", "技師"],
            ["1120705", "維修", "風扇異音", "更換風扇", "林技師"],
            ["1121130", "保養", "—", "例行保養", "林技師"],
        ])
        let entries = RepairLog.entries(in: lines.joined(separator: "\n"), dayFirst: nil)
        #expect(entries.map(\.date) == ["2023-07-05", "2023-11-30"], "\(lines)")
        #expect(entries.first?.fault == "風扇異音")
    }

    /// A CRM's events of one ticket, a row per step: one document (not five), whose unit's brief
    /// shows one visit, on the day a step says someone came.
    @Test func aTicketsEventsAreOneDocumentAndOneVisit() throws {
        let csv = """
            工单号,时间,操作人,动作,内容
            C-7781,2022-08-15 08:40,周敏,创建,血透室水处理 RO-300 row-2019-5521 电导率报警，第二次了
            C-7781,2022-08-15 09:12,周敏,派工,指派高工
            C-7781,2022-08-17 13:05,高工,到场,已到现场
            C-7781,2022-08-17 15:30,高工,完成,更换反渗透膜
            """
        let dir = try TempDir()
        // The unit, as a repair card introduces it.
        let a = try TestArchive(dir, files: ["crm/C-7781_events.csv": csv, "card.txt": "维修单\n序列号：ROW-2019-5521\n维修日期：2021-03-02\n故障现象：漏水\n"])
        let docs = try a.store.documents(try a.store.allDocumentIDs()).filter { $0.source.hasPrefix("crm/") }
        #expect(docs.count == 1, "\(docs.map(\.source))")
        #expect(docs.first?.kind == .repair)
        #expect(docs.first?.date == "2022-08-15")
        let b = try BriefBuilder.build(.serial("ROW-2019-5521"), store: a.store, today: "2024-06-01")
        // The ticket's visit is the day someone came, not the day it was opened.
        #expect(b.history.compactMap(\.date).sorted() == ["2021-03-02", "2022-08-17"], "\(b.history.map { $0.date ?? "-" })")
        // A ledger's rows of several units stay rows, though they share a contract's number.
        let ledger = try LedgerReader.rows("""
            Contract No,Date,Serial No,Fault
            K-11,2022-01-03,AB-1001,Noise
            K-11,2022-02-04,AB-1002,Leak
            """, name: "ledger.csv")
        #expect(ledger.count == 2)
    }

    /// What these rules must not take: a grid drawn with a border under every row is no query's
    /// result; an asset's history in a CSV stays a row per visit; a name in brackets after a date
    /// is no weekday; an error code in angle brackets is no HTML tag; a work order's seven-digit
    /// number at a line's start is no date; `No fault found` is no heading; who asked for a
    /// repair is no engineer; a target date is no visit.
    @Test func whatTheseRulesMustNotTake() throws {
        let grid = try extract("""
            Service history
            +------------+-------------+
            | visit date | serial no   |
            +------------+-------------+
            | 2021-02-03 | PX-1100-01  |
            +------------+-------------+
            | 2022-05-06 | PX-1100-02  |
            +------------+-------------+
            """)
        #expect(!grid.fields.contains { $0.how.hasPrefix("query") }, "\(grid.fields.map { ($0.name, $0.value, $0.how) })")
        let asset = try LedgerReader.rows("""
            资产编号,维修日期,维修人员,维修内容
            ZC-2018-0042,2021-03-02,王工,更换泵
            ZC-2018-0042,2022-05-10,王工,更换阀
            ZC-2018-0042,2023-11-21,李工,年度保养
            """, name: "asset.csv")
        #expect(asset.count == 3)
        let log = RepairLog.entries(in: "2022-08-17（周敏）到场更换滤芯\n2023-01-05（周四）更换滤芯\n2023-02-01 Display shows error <E-05>; Action: reset board\n", dayFirst: nil)
        #expect(log.first?.fault?.contains("周敏") == true, "\(log)")
        #expect(log.dropFirst().first?.fault == "更换滤芯")
        #expect(log.last?.fault == "Display shows error <E-05>")
        #expect(RepairLog.entries(in: "1120815 客户来电，打印机卡纸\n1120920 客户来电，卡纸\n", dayFirst: nil).isEmpty)
        let findings = try extract("FIELD SERVICE REPORT\nVisit date: 2023-04-04\nFindings:\nChecked PSU and cables.\nNo fault found\nUnit returned to customer.\n")
        #expect(findings.values(.fault).isEmpty, "\(findings.fields.map { ($0.name, $0.value) })")
        #expect(Labels.classify(folded: "repair requested by") != .engineer)
        #expect(Labels.classify(folded: "visited by") == .engineer)
        #expect(Labels.classify(folded: "target completion date") == .followUp)
        #expect(Labels.classify(folded: "targcompdate") == .followUp)
        #expect(Labels.classify(folded: "reportdate") == .date)
        #expect(Labels.classify(folded: "candidate") != .date)
    }
}
