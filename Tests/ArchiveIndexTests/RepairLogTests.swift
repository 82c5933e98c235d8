import Foundation
import Testing
@testable import ArchiveIndex

/// Visits logged entry by entry in equipment histories, in the layouts people write them.
@Suite struct RepairLogTests {
    @Test func datedLinesWithLabelledFactsInChinese() {
        let text = """
        设备档案
        出厂编号：DA7600-2019-0457
        安装日期：2019-04-02
        维修记录：
        2023-05-12  离心机不升速；处理：更换碳刷；工程师：王伟
        2024/2/3 开机报E27；原因：温控板老化；处理措施：更换温控板；维修人员：李强
        """
        let v = RepairLog.entries(in: text, dayFirst: nil)
        #expect(v.map(\.date) == ["2023-05-12", "2024-02-03"])
        #expect(v[0].fault == "离心机不升速" && v[0].action == "更换碳刷" && v[0].engineer == "王伟")
        #expect(v[1].fault == "开机报E27" && v[1].cause == "温控板老化" && v[1].action == "更换温控板" && v[1].engineer == "李强")
        #expect(v[0].line == 5)
    }

    @Test func englishBulletsDayFirstAndTraditionalRocDates() {
        let uk = """
        - 12/05/2023: Centrifuge would not reach speed. Action: replaced carbon brushes. Engineer: J. Smith
        * 03/02/2024 — Error E27 on start-up. Root cause: ageing controller. Work performed: controller replaced. Serviced by: Wang Wei
        """
        let v = RepairLog.entries(in: uk, dayFirst: true)
        #expect(v.map(\.date) == ["2023-05-12", "2024-02-03"])
        #expect(v[0].fault == "Centrifuge would not reach speed" && v[0].action == "replaced carbon brushes" && v[0].engineer == "J. Smith")
        #expect(v[1].fault == "Error E27 on start-up" && v[1].cause == "ageing controller" && v[1].action == "controller replaced"
            && v[1].engineer == "Wang Wei")
        let roc = "（一）113/02/03 離心機不升速，處理：更換碳刷，工程師：王偉\n（二）民國112年5月12日 列印異常；處理：更換硬碟"
        let t = RepairLog.entries(in: roc, dayFirst: nil)
        #expect(t.map(\.date) == ["2024-02-03", "2023-05-12"])
        #expect(t[0].fault == "離心機不升速" && t[0].action == "更換碳刷" && t[0].engineer == "王偉")
    }

    @Test func numberedEntriesWithLabelledLinesUnderThem() {
        let text = """
        1. 日期：2021年3月5日
           故障现象：样本针堵塞
           处理方法：疏通并更换样本针
           服务工程师：张伟
        2. 2022-07-18
           Symptom: no power
           Action taken: replaced the fuse
        备注：用户要求季度巡检
        """
        let v = RepairLog.entries(in: text, dayFirst: nil)
        #expect(v.map(\.date) == ["2021-03-05", "2022-07-18"])
        #expect(v[0].fault == "样本针堵塞" && v[0].action == "疏通并更换样本针" && v[0].engineer == "张伟")
        #expect(v[1].fault == "no power" && v[1].action == "replaced the fuse")
    }

    @Test func aLogTableReadByItsHeader() {
        let text = """
        | 日期 | 故障现象 | 处理结果 | 工程师 |
        |---|---|---|---|
        | 2023-05-12 | 离心机不升速 | 更换碳刷 | 王伟 |
        | 2024.02.03 | 开机报E27 | 更换温控板 | 李强 |
        | 合计 | 2 次 | | |
        """
        let v = RepairLog.entries(in: text, dayFirst: nil)
        #expect(v.map(\.date) == ["2023-05-12", "2024-02-03"])
        #expect(v[1].fault == "开机报E27" && v[1].action == "更换温控板" && v[1].engineer == "李强")
    }

    @Test func paragraphsOfLabelledLinesAndBarredTimelines() {
        let paragraphs = """
        年份：2019
        日期：2019年2月5日
        内容：BMS与PCS通讯中断，加装终端电阻
        工程师：黄涛

        年份：2020
        日期：2020年3月29日
        内容：用户报修：通讯中断
        工程师：王伟
        """
        let v = RepairLog.entries(in: paragraphs, dayFirst: nil, labelledDates: true)
        #expect(v.map(\.date) == ["2019-02-05", "2020-03-29"])
        #expect(v[0].fault == "BMS与PCS通讯中断，加装终端电阻" && v[0].engineer == "黄涛")
        // In a form, a date label is the form's date, not an entry.
        #expect(RepairLog.entries(in: paragraphs, dayFirst: nil).isEmpty)
        let timeline = """
        27 Mar 2020 | Cell 7 below 2.0 V | Probable cause: Cell failed. Remedy: Replaced the weak cell; tested OK | LIN Chih-Hao
        12 Aug 2020 | Scheduled PM | Annual PM done | Chen J.
        """
        let t = RepairLog.entries(in: timeline, dayFirst: nil)
        #expect(t.map(\.date) == ["2020-03-27", "2020-08-12"])
        #expect(t[0].fault == "Cell 7 below 2.0 V" && t[0].cause == "Cell failed" && t[0].action == "Replaced the weak cell; tested OK")
        #expect(t[0].engineer == "LIN Chih-Hao" && t[1].action == "Annual PM done" && t[1].engineer == "Chen J.")
    }

    @Test func aHostileLineIsSkipped() {
        let long = "2023-05-12 " + String(repeating: "故障：x | 处理：y ", count: 40_000)
        #expect(RepairLog.entries(in: long + "\n2024-02-03 开机报E27；处理：更换温控板", dayFirst: nil).map(\.date) == ["2024-02-03"])
    }

    @Test func aFormIsNotALog() {
        // Labelled dates, numbered steps and dotted numbers are not log entries.
        let text = """
        服务报告单
        服务日期：2024-03-05
        安装日期：2020-05-13
        1. 检查电源
        2.5 小时
        """
        #expect(RepairLog.entries(in: text, dayFirst: nil).isEmpty)
    }
}
