import Foundation
import Testing
@testable import ArchiveIndex

/// A document's kind as other hands title and lay it out: a customer's record in words no list
/// has, a unit's file or logbook, and reference material that lists faults and fixes in general.
/// (`kb-bench links` counts the kinds read right against every generator's truth.)
@Suite struct DocumentKindTests: ReadsText {
    @Test func aTitleThatNamesACustomersRecordMakesACustomerFile() throws {
        for title in ["往來客戶概況", "客户资产盘点表", "客戶主檔", "# 客户主数据：河源爱康宁", "用户资料一览"] {
            let d = try extract("\(title)\n客户名称：河源爱康宁体检中心\n地址：河源市滨江路24号\n")
            #expect(d.kind == .customer, "\(title): \(d.kind)")
        }
        // A service record of a customer, a survey or a follow-up of customers, a field's line
        // (with or without its colon), a log's header: no customer file.
        for title in ["Customer service record", "客户满意度调查表", "现场记录\n客户：河源市人民医院信息科", "客户回访信息表", "客户服务明细表",
                      "现场记录\n客户名称 河源市人民医院信息科", "| 日期 | 客户名称 | 资产编号 | 故障 | 处理 |"] {
            let d = try extract("\(title)\n客户名称：河源爱康宁体检中心\n故障现象：打印机不走纸\n")
            #expect(d.kind != .customer, "\(title): \(d.kind)")
        }
    }

    /// A contract is the customer's paper, whatever service it promises: its term's dates are
    /// no visit. A form that gives a contract's number, or a record kept under one, is not one.
    @Test func aContractIsTheCustomersPaper() throws {
        for title in ["设备维保服务合同", "MAINTENANCE SERVICES AGREEMENT", "設備維護合約書", "# 维修服务协议书", "《设备维保合同》", "维保合同（2021版）"] {
            let d = try extract("\(title)\n合同期限：自2017年10月4日起至2018年10月3日止\n服务内容：定期保养2次/年，故障响应4小时\n| 序号 | 设备名称 | 型号 | 出厂编号 |\n|---|---|---|---|\n| 1 | 铅酸蓄电池组 | VR-2V800 | BT168836S |\n")
            #expect(d.kind == .customer, "\(title): \(d.kind)")
        }
        // Its customer is the party that commissions the service, or the one it calls the customer.
        #expect(try extract("设备维保服务合同\n甲方（委托方）：合肥冠能新能源科技有限公司\n乙方（服务方）：砺拓工业装备技术服务有限公司\n").values(.customer)
                    .map(\.value) == ["合肥冠能新能源科技有限公司"])
        #expect(try extract("MAINTENANCE SERVICES AGREEMENT\nBetween: Harbourline Plastic Products Factory Ltd. (海灣塑膠製品廠有限公司) (the Customer)\nand: Lituo Ltd.\n")
                    .values(.customer).map(\.value) == ["Harbourline Plastic Products Factory Ltd. (海灣塑膠製品廠有限公司)"])
        #expect(try extract("SERVICE AGREEMENT\nBetween: Lituo Industrial Equipment Ltd. (the Contractor)\nand: Harbourline Plastics (the Customer)\n")
                    .values(.customer).isEmpty)
        #expect(try extract("设备维保服务合同\n甲方：安庆市立医院　　乙方：砺拓工业装备技术服务有限公司\n").values(.customer).map(\.value) == ["安庆市立医院"])
        #expect(try extract("设备维保服务合同\n甲方：（盖章）\n").values(.customer).isEmpty)
        #expect(try extract("SERVICE AGREEMENT\nBetween: Harbourline Plastics Ltd. (hereinafter \"the Customer\"), and\n").values(.customer).map(\.value)
                    == ["Harbourline Plastics Ltd."])
        for head in ["维修服务单\n合同编号：LTHT-54423", "2018年度维保合同执行表", "Service report\nContract: SC-2231", "Modbus通讯协议",
                     "维修单\n☐保修 ☐收费 ☑合同", "Repair – non-contract", "Field service report\nWarranty / Chargeable / Contract"] {
            let d = try extract("\(head)\n出厂编号：BT168836S\n故障现象：内阻偏高\n处理方法：更换单体\n")
            #expect(d.kind != .customer, "\(head): \(d.kind)")
        }
    }

    /// Taiwan's record of a customer's complaint (`顧客抱怨處理紀錄`, `抱怨內容`), and a Word report
    /// whose headings stand over their paragraphs (`故障现象` over `低压报警`).
    @Test func aComplaintAsTaiwanWritesItAndHeadingsOverParagraphs() throws {
        let complaint = try extract("顧客抱怨處理紀錄\n受理日期：2020年2月7日\n客戶：粉嶺冷鏈物流有限公司\n序號：FK16 S437 43B\n"
                                    + "抱怨內容：充滿電用半天就沒電（代碼BT-60）\n到場日期：2020年2月10日\n處理：更換失效單格並補液均衡充電\n")
        #expect(complaint.kind == .complaint)
        #expect(complaint.values(.fault).map(\.value) == ["充滿電用半天就沒電（代碼BT-60）"])
        let report = try extract("现场服务报告\n| 客户名称 | 设备型号 | 出厂编号 |\n|---|---|---|\n| 昆山金诺 | CW 30AS | CH18-0019-A |\n"
                                 + "故障现象\n低压报警\n原因分析\n制冷剂泄漏\n处理措施\n查漏补焊并补充冷媒，出水温度达到设定\n")
        #expect(report.values(.fault).map(\.value) == ["低压报警"])
        #expect(report.values(.cause).map(\.value) == ["制冷剂泄漏"])
        #expect(report.values(.action).map(\.value) == ["查漏补焊并补充冷媒，出水温度达到设定"])
    }

    @Test func aUnitsFileHistoryOrLogbookIsItsRecord() throws {
        for title in ["设备维修保养档案", "WORK HISTORY BY ASSET", "设 备 维 修 记 录 本        第 5 页", "Repair logbook", "設備維修檔案"] {
            let d = try extract("\(title)\n使用单位：长治妇幼设备科\n型号：FlowSure 2\n出厂编号：F13770V17\n2023-05-12  不升速；处理：更换碳刷\n")
            #expect(d.kind == .equipment, "\(title): \(d.kind)")
        }
        // One visit's card stays a repair, whatever its second line says.
        for head in ["设备维修记录单", "维修服务单\n请如实记录本次服务内容并由客户签字", "Re: Service visit 12 May – history of repeated UPS faults"] {
            let card = try extract("\(head)\n使用单位：长治妇幼设备科\n出厂编号：F13770V17\n故障现象：不升速\n")
            #expect(card.kind == .repair, "\(head): \(card.kind)")
        }
    }

    /// A machine's file (机台档案), an asset's service log, or visits logged on three days under
    /// a title that says nothing, are a unit's record; a dealer's service receipt or an
    /// acceptance record is a visit; a question bank is training.
    @Test func machineFilesReceiptsAndQuestionBanks() throws {
        for title in ["机台档案", "Asset service log"] {
            let d = try extract("\(title)\n使用单位：宜兴启航精密机械有限公司\n型号 SK37 VF\n编号：KS-1706-82050\n2019-03-02 故障：排气温度高；处理：清洗冷却器\n")
            #expect(d.kind == .equipment, "\(title): \(d.kind)")
        }
        let untitled = try extract("""
            # 海门亿丰塑胶制品有限公司厂务部 · PL-1600E

            序列号 `MJ4453 21A`

            ### 2021-06-07 安装调试
            - 处理：设备安装调试，试运行合格，交付使用

            ### 2021-10-04 故障维修
            - 现象：射胶量不足，影响生产
            - 处理：更换止逆环及螺杆头

            ### 2022-10-21 故障维修
            - 现象：料筒温度波动大
            - 处理：更换热电偶
            """, source: "0001_机台笔记.md")
        #expect(untitled.kind == .equipment, "\(untitled.kind)")
        // One visit whose card gives its call, arrival and finish days stays a repair.
        let card = try extract("维修单\n客户名称：常熟天翊模具有限公司\n出厂编号：MJ4141-16E\n报修日期：2024-03-01\n到场日期：2024-03-02\n完成日期：2024-03-04\n故障现象：锁模异响\n处理：更换铜套\n")
        #expect(card.kind == .repair, "\(card.kind)")
        for title in ["售后服务回执（经销商渠道）", "设备进场安装验收记录"] {
            let d = try extract("\(title)\n最终用户：鸿晟电子·注塑车间\n序列号：CH186784W\n故障：无\n")
            #expect(d.kind == .repair, "\(title): \(d.kind)")
        }
        #expect(try extract("技能认证题库（工业机器人）\n1. 设备出现J2轴碰撞检测报警，最可能的原因是？\n答案：负载参数设置与实际夹具不符\n").kind == .training)
    }

    @Test func faultsAndFixesInGeneralAreTrainingMaterial() throws {
        let tips = try extract("""
            SERVICE NOTES – mobile C-arm OrbiScan M

            1. C-arm rotation sticks (CA-41)
               Likely cause: guide rail slider worn
               Fix: replaced the sliders and lubricated the rail

            2. Foot switch does not respond (CA-55)
               Likely cause: foot switch cable broken
               Fix: replaced the foot switch
            """)
        #expect(tips.kind == .training, "\(tips.kind) \(tips.fields.map { ($0.name, $0.value) })")
        let table = try extract("""
            CT 故障代碼一覽
            適用機型：HCT-1680
            | 代碼 | 現象 | 原因 | 處理 |
            |---|---|---|---|
            | CT-402 | 掃描中斷提示滑環通訊錯誤 | 滑環碳刷磨損 | 更換碳刷並清潔滑環 |
            | CT-215 | 圖像出現環狀偽影 | 偵測器模塊通道失效 | 更換偵測器模塊並做空氣校准 |
            """)
        #expect(table.kind == .training, "\(table.kind) \(table.fields.map { ($0.name, $0.value) })")
        for title in ["AquaLab UP-30 software V2.0.031 – release notes", "维修技巧：离心机", "【经验分享】整流器无法启动怎么办"] {
            #expect(try extract("\(title)\n\n故障现象：整流器无法启动\n").kind == .training, "\(title)")
        }
        for title in ["# Service Bulletin SB-197: Unbalanced cell voltages", "# RoomSense Pro 常見錯誤碼與排除", "UPS 常见故障一览"] {
            #expect(try extract("\(title)\n\n现象：电压不平衡\n").kind == .training, "\(title)")
        }
        // A visit that carries out a bulletin, a card whose field names a common fault, a note of two codes: visits.
        #expect(try extract("现场记录\n故障类型：常见故障\n出厂编号：F13770V17\n故障现象：不升速\n").kind == .repair)
        #expect(try extract("Service report – Service Bulletin SB-045 implementation\nSerial: CA22P2101\nAction: fitted the new board\n").kind == .repair)
        #expect(try extract("UPS报警，故障码E01、E05\n处理：更换电池后恢复\n").kind != .training)
        // The same faults about one unit, a customer or a day are a visit's.
        let visit = try extract("""
            SERVICE NOTES – mobile C-arm OrbiScan M
            Serial: CA22P2101
            1. C-arm rotation sticks
               Likely cause: guide rail slider worn
               Fix: replaced the sliders
            2. Foot switch does not respond
               Likely cause: foot switch cable broken
               Fix: replaced the foot switch
            """)
        #expect(visit.kind == .repair)
        #expect(try extract("维修单\n故障现象：不升速\n处理方法：更换碳刷\n").kind == .repair)
    }

    /// What the kinds change: a customer's record links its customer (an article names none),
    /// and tips that mention a customer as an example link nothing.
    @Test func aCustomersRecordLinksAndTipsDoNot() throws {
        let dir = try TempDir("DocumentKinds")
        let archive = try TestArchive(dir, paths: [
            try dir.file("profile.md", "# 客户主数据：河源爱康宁\n\n- 客户名称：河源爱康宁体检中心\n- 地址：河源市滨江路24号\n"),
            try dir.file("card.txt", "维修单\n客户名称：河源爱康宁体检中心\n出厂编号：VU-173878-U\n故障现象：探头无图像\n"),
            try dir.file("tips.txt", "Service tips\n客户名称：河源爱康宁体检中心\n1. 探头无图像\n原因：探头线断\n处理：更换探头线\n2. 开机黑屏\n原因：电源板故障\n处理：更换电源板\n"),
        ])
        let profile = try archive.customers(of: "profile.md")
        #expect(profile?.isEmpty == false, "\(profile ?? [])")
        #expect(profile == (try archive.customers(of: "card.txt")))
        #expect(try archive.customers(of: "tips.txt") == [])
    }
}
