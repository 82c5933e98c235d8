import Foundation
import Testing
@testable import ArchiveIndex

/// More layouts of forms written by other hands: bracketed and padded labels, a form exported
/// one field per CSV row, chat transcripts and forwarded e-mails, and which date is the visit.
@Suite struct FormLayoutTests: ReadsText {

    @Test func anInstallationReportIsDatedByItsInstallationNotByItsExport() throws {
        // The legacy export's header time is when the file was written out, not the visit.
        let report = try extract("""
            装机服务报告单
            （旧服务系统导出  导出时间 2021-02-03 09:12）
            单号：ZJ-2019-1188
            客户名称：某市第一人民医院检验科
            产品型号：DA7600
            出厂编号：DA760020190457
            购买日期：2019年11月28日
            安装日期：2019年12月20日
            保修期至：2021年12月20日
            服务内容：开箱验收，光度计自检
            """)
        #expect(report.kind == .repair && report.date == "2019-12-20")
        // A repair card is never dated by the unit's installation, and not by an export time either.
        let card = try extract("维修单\n打印时间：2024-01-05\n安装日期：2019-12-20\n故障现象：E23\n处理于 2023-11-01 现场更换样本针")
        #expect(card.date == "2023-11-01")
    }

    @Test func bracketedAndPaddedLabels() throws {
        let zh = try extract("保固期內維修紀錄\n〔使用單位〕 廈門中醫醫院-放射科\n〔到場時間〕 民國112年12月16日\n【問題描述】過載告警\n[处理人员] 黃濤")
        #expect(values(zh, .customer) == ["廈門中醫醫院-放射科"] && zh.date == "2023-12-16")
        #expect(values(zh, .fault) == ["過載告警"] && values(zh, .engineer) == ["黃濤"])
        let en = try extract("""
            RETURN MATERIAL AUTHORIZATION
            Bill-to           Suzhou Central Hospital – Dept. of Clinical Laboratory
            Model             BKC-1200
            Date received     25 SEP 2021
            Reported issue    Mixer paddle not turning
            Repair performed  Replaced the mixer motor
            """)
        #expect(values(en, .customer) == ["Suzhou Central Hospital – Dept. of Clinical Laboratory"])
        #expect(en.date == "2021-09-25" && en.kind == .repair)
        #expect(values(en, .fault) == ["Mixer paddle not turning"] && values(en, .action) == ["Replaced the mixer motor"])
        // Prose with two spaces is no label.
        #expect(try extract("The unit  was fine after the visit.").fields.isEmpty)
    }

    @Test func aFormExportedOneFieldPerCSVRow() throws {
        let csv = "字段,值\n维修单号,WX-339-1020\n验收日期,2018-04-03\n报修日期,20230718\n客户名称,厦门市中心医院-放射科\n故障描述,存储池容量告警\n"
        let parts = try LedgerReader.rows(csv, name: "wx.csv")
        #expect(parts.count == 1)
        let d = try Extraction.extract(parts[0], source: "wx.csv")
        #expect(d.date == "2023-07-18" && values(d, .customer) == ["厦门市中心医院-放射科"])
        // A ledger whose rows start with customer names stays one document per row.
        let ledger = "客户名称,出厂编号,报修日期\n南京市第一人民医院,DA7600-2019-0457,2024-02-03\n重庆市妇幼保健院,DA7600-2019-0458,2024-02-04\n南京市中医医院,DA7600-2019-0459,2024-02-05\n"
        #expect(try LedgerReader.rows(ledger, name: "l.csv").count == 3)
        // Two pairs in a row: the second is no part of the first's value.
        let sheet = "设备巡检表\n委托单位,科大附一院信息中心,巡检日期,2019年8月27日\n设备名称,负载均衡设备,型号,LB 2200\n机器编号,ADC18B053J22,巡检人,方志诚\n处理意见,检查日志与告警\n"
        let inspection = try Extraction.extract(try #require(try LedgerReader.rows(sheet, name: "xj.csv").first), source: "xj.csv")
        #expect(values(inspection, .customer) == ["科大附一院信息中心"] && inspection.date == "2019-08-27")
        #expect(values(inspection, .model) == ["LB 2200"])
    }

    @Test func scannedLabelsTwoRowHeadersAndTimelinesOfOtherHands() throws {
        // OCR read 号 as 亏, 编 as 遍, 户 as 尸; a parking space's 车位 is no slip of 单位.
        let scan = try extract("（登记本扫描 OCR）\n设备履历登记本\n客尸名称：秭归县人医 检验\n机器遍亏：SPG206333R\n车位：B2-015 充电站\n")
        #expect(values(scan, .customer) == ["秭归县人医 检验"] && values(scan, .serial) == ["SPG206333R"])
        // A label the scan spaced out, its value on the next line: `名 称：` is no customer.
        let spaced = try extract("—— 扫描件识别结果（OCR）——\n维  修  单\n用户 名 称：\n迈科塑胶\nS/N No.: MJ470416S\n原 因: 拉杆铜套磨损\n")
        #expect(values(spaced, .customer) == ["迈科塑胶"] && values(spaced, .cause) == ["拉杆铜套磨损"])
        // Nothing on the next line but another label: no customer. Nor a person, a message or a
        // comment under a label that names none (`客户：`, `客户 签字：`, `用户 意见：`), a date, or
        // a label alone on its line.
        for text in ["维修单\n客户名称：\n\n型号：IMX280S\n", "维修单\n客户：\n张伟\n", "聊天记录\n客户：\n屏幕显示E03报警，怎么处理\n",
                     "维修单\n客户 签字：\n张伟\n", "维修单\n用户 意见：\n非常满意\n", "维修单\n客户名称：\n2024年3月5日\n",
                     "维修单\n客户名称：\n故障现象\n", "Service report\nCustomer:\nJohn Smith\n"] {
            #expect(values(try extract(text), .customer).isEmpty, "\(text)")
        }
        // Groups over columns: the columns are the second row.
        let csv = "服务信息,,,客户信息,,设备信息,,,处理情况,,,\n服务单号,服务日期,服务类型,委托单位,联系人,设备名称,型号,机器编号,故障现象,原因,处理措施,服务工程师\nFW21-219,2021/9/27,维修,科大附一院·网络中心,谭科长,负载均衡设备,LB 2200,ADC18B053J22,业务口频繁up/down,光模块老化,更换光模块，测试正常,方志诚\n"
        let rows = try LedgerReader.rows(csv, name: "fw.csv")
        let row = try Extraction.extract(try #require(rows.first), source: "fw.csv")
        #expect(values(row, .customer) == ["科大附一院·网络中心"] && values(row, .fault) == ["业务口频繁up/down"])
        #expect(values(row, .serial) == ["ADC18B053J22"] && row.date == "2021-09-27")
        // A timeline's alarm is the fault, its cause the cause.
        let timeline = try extract("""
            ## 故障处理单 #77587

            委托单位 | 中科大附一院网络中心
            --- | ---
            整机序列号 | ADC18B053J22
            发生日期 | 2018年5月23日

            ### 时间线
            - 08:05 接到告警：虚拟服务状态DOWN，业务中断（反复出现）
            - 10:00 定位原因：健康检查探测端口配置错误
            """, source: "t.md")
        #expect(values(timeline, .fault).first?.hasPrefix("虚拟服务状态DOWN") == true)
        #expect(values(timeline, .cause) == ["健康检查探测端口配置错误"])
    }

    @Test func chatTranscriptsAndForwardedMailAreServiceDocuments() throws {
        let chat = try extract("""
            群聊：某医院-售后服务群
            [2023/5/27 8:11] 刘护士长: 你们好，离心机不转了
            [2023/5/27 8:47] 客服: 收到，已安排张伟跟进
            [2023/5/27 10:02] 张伟: 已到现场，更换碳刷后正常
            """)
        #expect(chat.kind == .repair)
        let mail = try extract("""
            From: Service Desk <service@example.com.sg>
            To: cn-service@instrument-oem.example
            Date: Mon, 14 Mar 2022 11:50:41 +0800
            Subject: FW: Service report - MS-620

            Customer: Hangzhou Municipal Hospital of TCM
            Date of visit: 10/03/2022
            Problem: Built-in printer not printing
            Solaris Instruments (S) Pte Ltd, Singapore
            """)
        // `exam` in `example` is no training material; the subject says what it is.
        #expect(mail.kind == .repair)
        // The visit's own date, read day first (Singapore), not the e-mail's.
        #expect(mail.date == "2022-03-10")
    }

    @Test func namedMonthsTellTheOrderOfNumericDates() {
        #expect(DocumentDates.order("visited on 14 mar 2022; next check 03/04/2022") == true)
        #expect(DocumentDates.order("visited on mar 14, 2022; next check 03/04/2022") == false)
        #expect(DocumentDates.order("date: mon, 14 mar 2022 11:50:41 +0800\nnext check 03/04/2022") == nil)
    }

    /// A number over 12 tells the order whichever separator the dates use; text with no
    /// numeric date and no month's name tells nothing.
    @Test func numericDatesTellTheirOrderWithAnySeparator() {
        #expect(DocumentDates.order("检修日期 13-04-2022，复检 02-05-2022") == true)
        #expect(DocumentDates.order("serviced 04.13.2019, checked 05.02.2019") == false)
        #expect(DocumentDates.order("serviced 13/04/2022") == true)
        #expect(DocumentDates.order("维修单 2022年4月13日 转速异常") == nil)
        #expect(DocumentDates.order("the date is 13 04 2022") == nil)
    }

    @Test func factsInProseAfterAFullStop() throws {
        let d = try extract("""
            外勤工作记录
            2021年1月12日　星期二　晴
            上午赴厦门医科大学处理不间断电源故障，机身号ST6018F3691。客户反映：风扇故障告警。处理：更换散热风扇。下午回访。
            故障现象：不开机。。；;！其他
            """)
        #expect(d.kind == .repair && d.values(.serial).first?.canonical == "ST6018F3691")
        #expect(values(d, .fault).first == "风扇故障告警" && values(d, .action) == ["更换散热风扇。下午回访。"])
    }

    @Test func sectionsUnderHeadingsAreFields() throws {
        let d = try extract("""
            # Incident Report IR-03660
            **Logged on:** September 11, 2024
            **Customer:** People's Hospital of Kunming (Clinical Laboratory)

            ## Description
            High-pitched whine when spinning

            ## Investigation
            Worn motor bearing

            **Corrective action**
            Replaced the motor bearing

            ## Sign-off
            J. Smith
            """)
        #expect(d.kind == .complaint && d.date == "2024-09-11")
        #expect(values(d, .fault) == ["High-pitched whine when spinning"] && values(d, .cause) == ["Worn motor bearing"])
        #expect(values(d, .action) == ["Replaced the motor bearing"])
        // A line whose only label falls away (`Customer reports:` names no institution) is the section's text.
        let reported = try extract("## Service Visit Summary\n### Reported issue\nCustomer reports: Main relay will not close\n")
        #expect(values(reported, .fault) == ["Customer reports: Main relay will not close"])
        // A sideways table's 客户描述 is what the customer described, not the customer.
        let sideways = try extract("| 返厂日期 | 所属单位 | 客户描述 |\n|---|---|---|\n| 2020-3-30 | 长沙人民医院设备科 | 过载告警 |\n")
        #expect(values(sideways, .fault) == ["过载告警"] && values(sideways, .customer) == ["长沙人民医院设备科"])
        // A numbered step under a field stays part of it.
        let steps = try extract("处理措施：\n1. 更换碳刷\n2. 校准转速")
        #expect(values(steps, .action) == ["\n1. 更换碳刷\n2. 校准转速"] || values(steps, .action).first?.contains("校准转速") == true)
    }

    @Test func reportedOnIsWhenAComplaintCameIn() throws {
        let d = try extract("Incident report\nReported on: 18 December 2024\nComplaint details: printer jams\nSite visit: attended on 20 December 2024 by Hao Wu")
        #expect(d.kind == .complaint && d.date == "2024-12-18")
    }
}
