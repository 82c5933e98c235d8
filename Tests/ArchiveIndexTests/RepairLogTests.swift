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

    /// A heading that counts the visit (`## 第二次 2021-06-02 故障维修`) opens an entry; the
    /// kind of visit after the date gives way to a labelled fault under it.
    @Test func countedHeadingsOpenEntries() {
        let text = """
        # 华为 S5735 交换机 设备档案
        ## 第一次 2020-09-18 安装
        - 上架、加电、升级
        ## 第二次 2021-06-02 故障维修
        - 故障现象：交换机频繁重启
        - 原因：电源模块输出电压不稳
        - 处理：更换电源模块
        - 工程师：吴俊
        ### 第12回：2023-10-10 巡检
        - 工程师：郑晓
        """
        let v = RepairLog.entries(in: text, dayFirst: nil)
        #expect(v.map(\.date) == ["2020-09-18", "2021-06-02", "2023-10-10"])
        #expect(v[0].fault == "安装")
        #expect(v[1].fault == "交换机频繁重启" && v[1].cause == "电源模块输出电压不稳" && v[1].engineer == "吴俊", "\(v[1])")
        #expect(v[2].fault == "巡检" && v[2].engineer == "郑晓")
    }

    /// Blocks of labelled lines, one per visit (YAML-like lists, English visit sheets): a label
    /// the entry has no column for (`类型`, `Type`) does not end it.
    @Test func labelledBlocksWithLabelsOfNoColumn() {
        let yaml = """
        记录:
          - 日期: 2020-04-16
            类型: 维修
            现象: WBC通道计数偏高
            处理: 清洗计数池，重新校准WBC
            工程师: 刘洋
        """
        let v = RepairLog.entries(in: yaml, dayFirst: nil)
        #expect(v.map(\.date) == ["2020-04-16"])
        #expect(v.first?.fault == "WBC通道计数偏高" && v.first?.engineer == "刘洋", "\(v)")
        let sheet = """
        Visit date: 2020-09-01
        Type: Repair
        Reported: Amber LED, iDRAC shows "PSU 2 input lost"
        Resolution: Replaced PSU 2 (part 0PJMDN). Cleared SEL.
        Engineer: Conor Byrne
        """
        let w = RepairLog.entries(in: sheet, dayFirst: nil, labelledDates: true)
        #expect(w.map(\.date) == ["2020-09-01"])
        #expect(w.first?.action?.hasPrefix("Replaced PSU 2") == true && w.first?.engineer == "Conor Byrne", "\(w)")
    }

    /// Two-digit years where the log says how it writes its dates (`Date format dd.mm.yy`), and
    /// only there: `19.02.19` is the 19th of February 2019, and nothing in a log that says no format.
    @Test func twoDigitYearsWhereTheLogStatesItsFormat() {
        let log = """
        BATTERY SYSTEM LOG BOOK
        Date format dd.mm.yy
        dd.mm.yy   Code  Details                                   By
        19.02.19   INS   String installed & commissioned           Faizal
        03.03.20   CM    Block 17 low float V 12.9, replaced block Wong K.H.
        """
        #expect(RepairLog.entries(in: log, dayFirst: nil).map(\.date) == ["2019-02-19", "2020-03-03"])
        let us = "Dates are MM/DD/YY\n03/04/21 - Fan noise. Action: replaced fan\n"
        #expect(RepairLog.entries(in: us, dayFirst: nil).map(\.date) == ["2021-03-04"])
        let none = "1.2.10 Fan noise. Action: replaced fan\n"
        #expect(RepairLog.entries(in: none, dayFirst: nil).isEmpty)
    }

    /// A table whose date column says in brackets how its dates are written (`日期(民國)`), and
    /// whose text is under 說明.
    @Test func aDateColumnWithItsWritingInBrackets() {
        let text = """
        - 日期以民國年記載

        | 日期(民國) | 項目 | 說明 | 工程師 |
        |---|---|---|---|
        | 108-03-17 | 巡檢 | 電池內阻量測、紅外線熱像檢查，正常 | 謝宗翰 |
        | 109-04-06 | 維修 | 第3功率模組故障燈亮；更換功率模組 | 謝宗翰 |
        """
        let v = RepairLog.entries(in: text, dayFirst: nil)
        #expect(v.map(\.date) == ["2019-03-17", "2020-04-06"])
        #expect(v.last?.fault?.hasPrefix("第3功率模組故障燈亮") == true && v.last?.engineer == "謝宗翰", "\(v)")
    }

    /// Dates in brackets open entries too; a word of kind inside the bracket is no fault.
    @Test func bracketedDatesOpenEntries() {
        let text = """
        后备电池柜 履历卡
        【2020-10-12 巡检】投运后首次巡检，BMS通讯正常。人员：梁永强
        【2021-07-06 维修】现象：BMS报第3组通讯中断。处理：更换第3组RS485通讯线。人员：梁永强
        [2019-12-03] CM — roller worn; replaced pick roller. eng: 徐斌
        [see page 2] not an entry
        """
        let v = RepairLog.entries(in: text, dayFirst: nil)
        #expect(v.map(\.date) == ["2020-10-12", "2021-07-06", "2019-12-03"])
        #expect(v[1].fault == "BMS报第3组通讯中断" && v[1].action == "更换第3组RS485通讯线", "\(v[1])")
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

    /// Other hands' logs: ROC dates after a ▲ bullet with `fault→fix (技術員：…)`, and a table
    /// whose one content cell holds the facts under their labels.
    @Test func bulletsArrowsAndLabelledFactsInsideACell() {
        let roc = """
        德生醫事檢驗所　儀器維修履歷
        ▲109/10/29　校正：完成年度校正，出具校正報告（技術員：蔡佩君）
        ▲109/01/23　自動進樣器卡管→清潔導軌和試管檢測感測器，調整進樣位置（技術員：蔡佩君）
        """
        let v = RepairLog.entries(in: roc, dayFirst: nil)
        #expect(v.map(\.date) == ["2020-10-29", "2020-01-23"])
        #expect(v[0].engineer == "蔡佩君" && v[0].fault == "校正：完成年度校正，出具校正報告")
        #expect(v[1].fault == "自動進樣器卡管" && v[1].action == "清潔導軌和試管檢測感測器，調整進樣位置" && v[1].engineer == "蔡佩君")
        let table = """
        | 序号 | 日期 | 类别 | 内容 | 工程师 |
        |---|---|---|---|---|
        | 1 | 2023/01/10 | 维修 | 故障：软件频繁死机 原因：硬盘坏道 处理：更换硬盘，重装软件 | 赵磊 |
        | 2 | 2023/01/19 | 保养 | 按保养规程完成预防性维护 | 赵磊 |
        """
        let t = RepairLog.entries(in: table, dayFirst: nil)
        #expect(t.map(\.date) == ["2023-01-10", "2023-01-19"])
        #expect(t[0].fault == "软件频繁死机" && t[0].cause == "硬盘坏道" && t[0].action == "更换硬盘，重装软件" && t[0].engineer == "赵磊")
        #expect(t[1].fault == "按保养规程完成预防性维护")
        // Dates as SAP and Oracle print them.
        let sap = "| Date | WO number | Problem | Resolution |\n| 09-APR-25 | WO-4639235 | — | PM done |\n| 2024-Aug-01 | WO-3837768 | Cannot load cuvettes | Replaced the loader belt |"
        let s = RepairLog.entries(in: sap, dayFirst: nil)
        #expect(s.map(\.date) == ["2025-04-09", "2024-08-01"])
        #expect(s[0].fault == nil && s[1].fault == "Cannot load cuvettes")
    }
}

/// Faults reported without a form: the first message of a chat, a dispatch message, a quoted mail.
@Suite struct ReportedFaultTests {
    @Test func theFirstMessageOfAChatSaysWhatWentWrong() {
        let wecom = """
            —— 企业微信聊天记录导出 · 芜湖学院现代教育技术中心 ——

            邹主管 2024-05-09 10:18
            芜湖学院现代教育技术中心这边负载均衡设备又出问题了，上午开机后主备配置不同步

            姚伟民 2024-05-09 10:33
            收到，机器编号是AD-C18D351B16那台吗？我上午过去
            """
        #expect(FieldExtractor.faultInChat(wecom) == "上午开机后主备配置不同步")
        let group = """
            【群聊】信息中心@某大学附属第一医院 设备售后群 聊天记录

            —— 2023年12月9日 ——
            侯组长 09:10
            负载均衡设备（ADC18B053J22）虚拟服务状态DOWN，业务中断，对维修时效不满意，你们到底什么时候来？
            严涛 09:46
            抱歉给您添麻烦了，我马上安排
            """
        #expect(FieldExtractor.faultInChat(group) == "虚拟服务状态DOWN，业务中断，对维修时效不满意")
        // A chat whose first message reports nothing this way, and a letter that is no chat.
        #expect(FieldExtractor.faultInChat("张三 09:10\n在吗\n李四 09:12\n在\n") == nil)
        #expect(FieldExtractor.faultInChat("设备又出问题了，上午开机后主备配置不同步\n") == nil)
    }

    @Test func aDispatchMessageAndAQuotedMailStateTheFault() {
        let sms = "[2023-08-18 08:34] 发给 姚伟民：【派工】工单GD-G99273，芜湖市一院 后勤，蓄电池在线监测系统 CellGuard 24，序列号BMS2 2064 728，问题：报障：主机死机，界面无响应。请于2023-8-18上门。"
        #expect(FieldExtractor.faultInProse(sms) == "报障：主机死机，界面无响应")
        let mail = "Dear Mr. Menon,\nOur engineer attended on June 16, 2021.\n\n> From: Mr. Ravi Menon\n> Our application delivery controller (ADX 4600) - Data port flapping, third call this month. Please send someone."
        #expect(FieldExtractor.faultInProse(mail) == "Data port flapping, third call this month")
    }

    @Test func aReportOfAFaultIsItsLabel() throws {
        let d = try Extraction.extract(ReadPart(part: "", text: "服务报告\n报障内容：条码扫描器读不出瓶码，影响出报告\n报障人：王老师\n"), source: "t.txt")
        #expect(d.fields.first { $0.name == .fault }?.value == "条码扫描器读不出瓶码，影响出报告", "\(d.fields)")
        #expect(d.fields.first { $0.name == .contact }?.value == "王老师", "\(d.fields)")
        // The department that reported it is the customer.
        let form = try Extraction.extract(ReadPart(part: "", text: "设备问题转办单\n- 报障科室：泉州第一人民医院（微生物室）\n- 问题：填充仓真空度不足\n"), source: "t.md")
        #expect(form.fields.first { $0.name == .customer }?.value == "泉州第一人民医院（微生物室）", "\(form.fields)")
    }

    /// A usage log whose entries tell the visit first and are signed after it, in brackets or
    /// after a label: each a visit of its day, its engineer the one who signed.
    @Test func entriesSignedAfterWhatTheyTell() throws {
        let chinese = """
        卡尔费休水分测定仪使用登记与维护记录
        使用单位：瑞弘制药QC
        仪器型号：AquaTitre C30    出厂编号：21XKF0570

        滴定终点判断不稳，结果偏高。检查发现双铂电极污染，清洗并活化双铂电极（甘工，2022/11/17）
        计量校准。年度计量校准完成，出具校准证书（蓝海波（LC0379），2023/2/6）
        04-04 样品测定 正常  刘
        据操作人员讲，电解池发生电极无电流。更换发生电极（LC0431，2024-05-08）
        已阅（2024-06-01）
        """
        let v = RepairLog.entries(in: chinese, dayFirst: nil)
        try #require(v.map(\.date) == ["2022-11-17", "2023-02-06", "2024-05-08"])
        #expect(v[0].fault == "滴定终点判断不稳，结果偏高。检查发现双铂电极污染，清洗并活化双铂电极" && v[0].engineer == "甘工")
        #expect(v[1].engineer == "蓝海波（LC0379）" && v[2].engineer == "LC0431")
        let english = """
        INSTRUMENT LOG – SERVICE ENTRIES
        Instrument: UV-Vis spectrophotometer  Model: UV-2850  S/N: a1208822p
        Installation. Unpacked, installed and commissioned; performance tests passed. Sign: Zhenhua Yu   9-Sep-22
        Error L-01 – heavy baseline drift after start-up. Replaced the deuterium lamp. Sign: Y. Ling   11-Mar-2024
        Calibration. Annual calibration done, certificate issued. Sign: H. Lan   25 Aug 2025
        Reviewed by the lab manager. Sign: pending
        """
        let e = RepairLog.entries(in: english, dayFirst: nil)
        try #require(e.map(\.date) == ["2022-09-09", "2024-03-11", "2025-08-25"])
        // A revision history and an approval, signed and dated, are no visits; nor is one note.
        let history = """
        作业指导书
        V1.1 增加第5章（李四，2022-05-10）
        V1.2 修订附录（王五，2023-01-04）
        部门意见：同意（王经理，2023-03-02）
        """
        #expect(RepairLog.entries(in: history, dayFirst: nil).isEmpty)
        #expect(RepairLog.entries(in: "服务报告\n更换发生电极，运行正常（LC0431，2024-05-08）\n", dayFirst: nil).isEmpty)
        #expect(e[1].fault == "Error L-01 – heavy baseline drift after start-up. Replaced the deuterium lamp" && e[1].engineer == "Y. Ling")
    }
}
