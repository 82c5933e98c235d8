import Foundation
import Testing
@testable import ArchiveIndex

@Suite struct BriefTests {
    static func card(_ customer: String, _ serial: String, _ date: String, _ fault: String, _ fix: String) -> String {
        "维修单\n客户名称：\(customer)\n设备型号：HX5\n出厂编号：\(serial)\n报修日期：\(date)\n故障现象：\(fault)\n处理方法：\(fix)\n"
    }

    @Test func aComplaintsMeetingIsNoVisitButItsSiteVisitIs() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "minutes.txt": "客訴處理會議紀錄\n客戶：甲市第一人民醫院檢驗科\n客訴日期：113年2月8日\n會議日期：113年2月16日\n機型：HX5\n序號：HX5-2020-0001\n客訴內容：離心機不升速\n",
            "visit.txt": "投诉处理单\n客户：甲市第一人民医院检验科\n投诉日期：2024-03-01\n上门日期：2024-03-04\n型号：HX5\n出厂编号：HX5-2020-0001\n投诉内容：离心机异响\n",
        ])
        let b = try BriefBuilder.build(.serial("HX5-2020-0001"), store: a.store, today: "2024-06-01")
        let dates = b.history.compactMap(\.date)
        #expect(!dates.contains("2024-02-16"), "\(dates)")
        #expect(dates.contains("2024-03-04"), "\(dates)")
        #expect(b.complaints.compactMap(\.received).sorted() == ["2024-02-08", "2024-03-01"])
    }

    @Test func aComplaintsSiteDayIsItsVisitNotTheDayItsReportWasWritten() throws {
        // 现场处理日期 says both what was done and when: the when makes it the visit; the
        // report's own date, after it, is not.
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "report.txt": """
                质量投诉处理报告
                投诉单位：乙市人民医院（信息中心）
                接报日期：2019年7月25日
                整机序列号：ADC18W065C12
                投诉问题：并发会话数满，访问缓慢
                现场处理日期：2019年7月29日
                纠正措施：调整会话超时并扩容许可
                报告日期：2019年8月4日
                """,
        ])
        let b = try BriefBuilder.build(.serial("ADC18W065C12"), store: a.store, today: "2024-06-01")
        #expect(b.history.compactMap(\.date) == ["2019-07-29"], "\(b.history.compactMap(\.date))")
        #expect(b.complaints.compactMap(\.received) == ["2019-07-25"])
    }

    @Test func aRequestRegisteredOneDayAndServedAnotherIsTheDaySomeoneCame() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "转办单.md": """
                # 后勤/设备问题转办单
                - 报障科室：乙市一院（网络中心）
                - 登记日期：2022-12-12
                - 设备：负载均衡设备，序列号 ADC18H300E93
                - 问题：近一周虚拟服务状态DOWN，业务中断

                ## 厂家反馈
                2022-12-13 派工程师钟明上门。
                处理：修正健康检查配置，业务恢复
                """,
        ])
        let b = try BriefBuilder.build(.serial("ADC18H300E93"), store: a.store, today: "2024-06-01")
        #expect(b.history.compactMap(\.date) == ["2022-12-13"], "\(b.history.compactMap(\.date))")
        #expect(b.history.first?.fault == "近一周虚拟服务状态DOWN，业务中断")
    }

    @Test func anInstallationReportIsTheVisitThatInstalledTheUnit() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "验收单.txt": """
                设备安装调试验收单
                委托单位：IT部（宏骏集团）
                规格型号：ADX 4600
                整机序列号：AD-C18E521W63
                到货/购置日期：2018.04.21
                安装日期：2018.06.25
                安装内容：上架安装，完成初始配置并接入业务网络，测试通过
                安装工程师：许振宇
                """,
            // An asset card states the date too, but nobody came that day as far as it says.
            "台账.txt": "设备档案卡\n使用单位：IT部（宏骏集团）\n出厂编号：ADC18E521W64\n安装日期：2019-03-02\n",
        ])
        let b = try BriefBuilder.build(.serial("ADC18E521W63"), store: a.store, today: "2024-06-01")
        #expect(b.history.compactMap(\.date) == ["2018-06-25"], "\(b.history.compactMap(\.date))")
        #expect(b.history.first?.fix == "上架安装，完成初始配置并接入业务网络，测试通过")
        #expect(b.history.first?.engineer == "许振宇")
        let card = try BriefBuilder.build(.serial("ADC18E521W64"), store: a.store, today: "2024-06-01")
        #expect(card.history.isEmpty, "\(card.history.compactMap(\.date))")
    }

    @Test func aCardJoinsTheLogEntryOfItsOwnDayNotTheDayBefore() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "履历.txt": """
                设备履历登记本
                单位：甲市一院检验科
                出厂编号：MW22466476
                2025.05.16  上午开机后酶标仪读数整体偏高  → 更换450nm滤光片并做光路校准，交付使用  签名:卢工
                2025.5.15  预防性维护  → 按保养规程清洁管路、更换耗损件、运行质控，结果在控  签名:许工
                2024.11.11  校准  → 完成年度校准，各项指标在允许误差内  签名:卢俊杰
                """,
            "card.txt": Self.card("甲市一院检验科", "MW22466476", "2025-05-16", "酶标仪读数整体偏高", "更换450nm滤光片"),
        ])
        let b = try BriefBuilder.build(.serial("MW22466476"), store: a.store, today: "2025-06-01")
        #expect(b.history.compactMap(\.date) == ["2024-11-11", "2025-05-15", "2025-05-16"], "\(b.history.compactMap(\.date))")
        #expect(b.history.last?.alsoIn.isEmpty == false, "the card and the log's entry of its day are one visit")
    }

    @Test func aGroupChatsVisitIsTheDayTheEngineerWroteFromTheSite() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "card.txt": Self.card("潍坊学院现代教育技术中心", "ADC18D351B16", "2021-05-10", "虚拟服务状态DOWN", "重启服务"),
            "投诉/complaint.txt": """
                潍坊学院现代教育技术中心 设备售后群 聊天记录

                —— 2022年2月13日 星期日 ——
                王老师 09:27
                负载均衡设备（ADC18D351B16）虚拟服务状态DOWN，业务中断，多次报修未彻底解决，你们到底什么时候来？
                姚伟民 09:53
                抱歉给您添麻烦了，明天上午到。

                —— 2022年2月14日 星期一 ——
                姚伟民 14:25
                已到现场，定位原因：健康检查探测端口配置错误，已修正，业务恢复
                """,
            "repair.txt": """
                —— 企业微信聊天记录导出 · 潍坊一院-后勤保障部 ——

                龚主任 2023-11-07 08:13
                后勤保障部这边EPS应急电源又出问题了，报障：逆变器无法启动，机器编号EPS20J8465
                许振宇 2023-11-07 08:37
                收到，我明天过去
                许振宇 2023-11-08 10:02
                已到现场，逆变驱动板IGBT击穿，更换逆变驱动板
                """,
        ])
        let complaint = try BriefBuilder.build(.serial("ADC18D351B16"), store: a.store, today: "2024-06-01")
        #expect(complaint.history.compactMap(\.date).sorted() == ["2021-05-10", "2022-02-14"], "\(complaint.history.compactMap(\.date))")
        let repair = try BriefBuilder.build(.serial("EPS20J8465"), store: a.store, today: "2024-06-01")
        #expect(repair.history.compactMap(\.date) == ["2023-11-08"], "\(repair.history.compactMap(\.date))")
    }

    @Test func aKeptBriefComputationIsDroppedWhenTheArchiveChanges() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "own.txt": Self.card("甲市第一人民医院检验科", "HX5-2020-0001", "2024-01-10", "离心机不升速", "更换碳刷"),
            "other1.txt": Self.card("乙市中心医院检验科", "HX5-2020-0002", "2024-02-10", "离心机不升速", "更换碳刷"),
        ])
        let cache = BriefCache(store: a.store)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = { (b: Brief) in String(decoding: try encoder.encode(b), as: UTF8.self) }
        let fresh = try BriefBuilder.build(.serial("HX5-2020-0001"), store: a.store, today: "2024-06-01")
        let first = try BriefBuilder.build(.serial("HX5-2020-0001"), store: a.store, today: "2024-06-01", cache: cache)
        let again = try BriefBuilder.build(.serial("HX5-2020-0001"), store: a.store, today: "2024-06-01", cache: cache)
        let (f1, f0) = (try json(first), try json(fresh))
        #expect(f1 == f0, "\(f1)\n\(f0)")
        #expect(try json(again) == json(fresh))
        #expect(again.sameModelElsewhere.map(\.count) == [1])

        // Another repair of the model elsewhere, ingested by a second store handle (as
        // `kb ingest` at the shell would): the cached cases must not hide it.
        _ = try dir.file("more/other2.txt", Self.card("丙县人民医院检验科", "HX5-2020-0003", "2024-03-10", "离心机不升速", "更换电机"))
        let shell = try ArchiveStore.open(dir.store, create: false)
        _ = try Ingestor(store: shell, options: IngestOptions()).ingest([dir.url.appendingPathComponent("more").path])
        let after = try BriefBuilder.build(.serial("HX5-2020-0001"), store: a.store, today: "2024-06-01", cache: cache)
        #expect(after.sameModelElsewhere.map(\.count) == [2])
        #expect(after.sameModelElsewhere.first?.fix == "更换电机")
        #expect(try json(after) == json(try BriefBuilder.build(.serial("HX5-2020-0001"), store: a.store, today: "2024-06-01")))
    }

    @Test func whatTheArchiveSaysHasARevisionThatAccountsLeaveAlone() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "a.txt": Self.card("甲市第一人民医院检验科", "HX5-2020-0001", "2024-01-10", "离心机不升速", "更换碳刷"),
            "b.txt": Self.card("乙市中心医院检验科", "HX5-2020-0002", "2024-02-10", "离心机不升速", "更换碳刷"),
        ])
        let revision = { try a.store.db.read { try ContentRevision.current($0) } }
        let start = try revision()
        #expect(start > 0)
        let accounts = Accounts(store: a.store)
        let admin = try accounts.add(name: "admin", role: .admin, password: "long-enough-password", by: .shell("setup"))
        _ = try accounts.authenticate(name: "admin", password: "long-enough-password")
        try accounts.setLanguage(of: admin.id, "en")
        #expect(try revision() == start)

        let customers = try a.store.customerRecords()
        let first = try #require(customers.first)
        try a.store.addCustomerAlias(first.id, alias: "甲一院检验科")
        let aliased = try revision()
        #expect(aliased > start)
        let other = try #require(customers.first { $0.id != first.id })
        try a.store.mergeCustomers(keep: first.id, other: other.id, confirmed: true)
        #expect(try revision() > aliased)
    }

    @Test func theSameModelElsewhereIsGroupedByWhatTheFaultIsWithItsUsualAndLatestFix() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "own.txt": Self.card("甲市第一人民医院检验科", "HX5-2020-0001", "2024-01-10", "离心机不升速", "更换碳刷"),
            "b.txt": Self.card("乙市中心医院检验科", "HX5-2020-0002", "2024-01-05", "E27 温控异常，停机", "更换温控板，试机正常"),
            "c.txt": Self.card("丙县人民医院检验科", "HX5-2020-0003", "2024-02-05", "E27 温度不稳", "更换温控板"),
            "d.txt": Self.card("丁市妇幼保健院检验科", "HX5-2020-0004", "2024-03-05", "E27 温控异常", "重新校准温控"),
            "e.txt": Self.card("乙市中心医院检验科", "HX5-2020-0002", "2024-04-05", "离心机不升速", "更换碳刷"),
        ])
        let b = try BriefBuilder.build(.serial("HX5-2020-0001"), store: a.store, today: "2024-06-01")
        let e27 = try #require(b.sameModelElsewhere.first { $0.code == "E27" }, "\(b.sameModelElsewhere)")
        #expect(e27.count == 3)
        #expect(e27.fault.contains("温"), "a group has words, not a bare code: \(e27.fault)")
        #expect(e27.usualFix == "更换温控板" && e27.usualFixCount == 2)
        #expect(e27.fix == "重新校准温控")
        #expect(e27.customers.count == 3)
        let text = BriefRenderer.render(b, as: .text)
        #expect(text.contains("更换温控板 (2×)") && text.contains("latest: 重新校准温控"), "\(text)")
        // The brief's own customer's repair is not "elsewhere"; another customer's is, once.
        let spin = b.sameModelElsewhere.filter { $0.fault.contains("不升速") }
        #expect(spin.map(\.count) == [1] && spin.first?.code == nil)
    }
}
