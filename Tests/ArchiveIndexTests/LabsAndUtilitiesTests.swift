import Foundation
import Testing
@testable import ArchiveIndex

/// Customers of an analytical instruments' service: a utility's plant written before its
/// company in brackets, a city's inspection institutes written short, a manufacturer's quality
/// control in two cities, one brand in two trades, the operator beside the site it runs, and a
/// unit's owner on the day of a document that names none.
@Suite struct LabsAndUtilitiesTests: ReadsText {
    func customers(_ files: [String: String]) throws -> [String: Int64?] {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: files)
        let docs = try archive.store.documents(try archive.store.allDocumentIDs())
        return Dictionary(uniqueKeysWithValues: docs.map { ($0.source, $0.customers.first?.id) })
    }

    func card(_ customer: String, _ serial: String, date: String = "2023-03-01") -> String {
        "维修单\n客户：\(customer)\n出厂编号：\(serial)\n维修日期：\(date)\n故障现象：基线漂移大\n"
    }

    @Test func aPlantWrittenBeforeItsCompanyInBracketsIsThatCompanysPlant() throws {
        #expect(ArchiveStore.customerName("污水处理厂（上饶排水公司）") == "上饶排水公司 污水处理厂")
        #expect(ArchiveStore.customerName("水质检测站（舟山自来水水质站）") == "舟山自来水水质站 水质检测站")
        // A note in brackets stays a note; a name of its own is no unit of anyone's.
        #expect(ArchiveStore.customerName("检验科（二楼）") == "检验科")
        #expect(ArchiveStore.customerName("红星化工有限公司（原红星化工厂）") == "红星化工有限公司")
        // A workshop with its company's brand alone in brackets is the brand's; a place or a
        // note in them is no brand.
        #expect(ArchiveStore.customerName("储能电站（冠能）") == "冠能 储能电站")
        #expect(ArchiveStore.customerName("注塑车间（二号楼）") == "注塑车间")
        #expect(ArchiveStore.customerName("储能电站（合肥）") == "储能电站")
        #expect(CompanyName.of("冠能 储能电站")?.brand == "冠能")
        // A campus in brackets in English is the campus's, as in Chinese.
        #expect(ArchiveStore.customerName("Nanyang Central Hospital (East Campus)") == "Nanyang Central Hospital East Campus")
        #expect(InstitutionName.of(ArchiveStore.customerName("Nanyang Central Hospital (East Campus)")).campus == "东")
        #expect(ArchiveStore.customerName("Nanyang Central Hospital (East Campus) (IT Office)") == "Nanyang Central Hospital East Campus IT Office")
        let g = try customers([
            "file.txt": "客户档案\n客户名称：合肥冠能新能源科技有限公司-储能电站\n",
            "a.txt": card("储能电站（冠能）", "BT221841S"),
            "b.txt": card("储能电站（华能）", "BT221999S"),
        ])
        #expect(g["file.txt"] != nil && g["a.txt"] == g["file.txt"] && g["b.txt"] != g["file.txt"], "\(g)")
        let c = try customers([
            "a.txt": card("污水处理厂（上饶排水公司）", "TOC1900231"),
            "b.txt": card("污水处理厂（赤峰排水公司）", "TOC1900588"),
        ])
        #expect(c["a.txt"] != nil && c["b.txt"] != nil && c["a.txt"] != c["b.txt"])
    }

    @Test func aCitysQualityInspectionInstituteWrittenShortIsNoDepartmentOfItsCDC() throws {
        let short = InstitutionName.of("宝鸡质检所"), whole = InstitutionName.of("宝鸡市产品质量检验所")
        #expect(short.kind == "质量检验所" && whole.kind == "质量检验所" && short.city == "宝鸡" && whole.city == "宝鸡")
        for name in ["岳阳食药检所", "岳阳市食品药品检验所", "岳阳市药检所", "岳阳市食品药品检验检测研究院"] {
            #expect(InstitutionName.of(name).kind == "食品药品检验所" && InstitutionName.of(name).city == "岳阳", "\(name)")
        }
        #expect(InstitutionName.of("龙岩生态监测站").kind == "生态环境监测站" && InstitutionName.of("龙岩市生态环境监测站").kind == "生态环境监测站")
        // After words that are no place, the words are another trade's station, not the city's.
        #expect(InstitutionName.of("龙岩市林业局生态监测站").kind != "生态环境监测站")
        #expect(InstitutionName.of("常德CDC理化所").kind == "疾病预防控制中心")
        #expect(InstitutionName.of("常德CDC理化所").department == "理化检验科" && InstitutionName.of("常德市疾病预防控制中心理化检验所").department == "理化检验科")
        // A unit that moved from the CDC's laboratory to the institute names both: they stay two.
        let c = try customers([
            "a.txt": card("宝鸡市疾病预防控制中心理化检验所", "AS-17Z-1939", date: "2018-03-01"),
            "b.txt": card("宝鸡市疾病预防控制中心理化检验所", "AS-17Z-2044", date: "2019-03-01"),
            "c.txt": card("宝鸡质检所", "AS-17Z-1939", date: "2020-03-01"),
            "d.txt": card("宝鸡质检所", "AS-17Z-1939", date: "2021-03-01"),
        ])
        #expect(c["a.txt"] != nil && c["c.txt"] != nil && c["a.txt"] != c["c.txt"])
        #expect(c["d.txt"] == c["c.txt"])
    }

    @Test func aSubsidiaryNamedByItsCityIsNotTheProvincesCompanyOfItsBrand() throws {
        let province = CompanyName.of("山东瑞弘制药有限公司质量控制部"), city = CompanyName.of("瑞弘制药（济宁）有限公司QC实验室")
        #expect(province?.brand == "瑞弘" && province?.place == "山东" && province?.department == "质量控制部")
        #expect(city?.brand == "瑞弘" && city?.place == "济宁" && city?.department == "qc实验室")
        // They name the same units (a reader's slip on one card): still two companies.
        let c = try customers([
            "a.txt": card("山东瑞弘制药有限公司质量控制部", "DS18475-ZG"),
            "b.txt": card("瑞弘制药（济宁）有限公司QC实验室", "DS17519-EE"),
            "c.txt": card("瑞弘制药（济宁）有限公司QC实验室", "DS18475-ZG"),
            "d.txt": card("山东瑞弘制药有限公司质量控制部", "DS17519-EE"),
        ])
        #expect(c["a.txt"] != nil && c["b.txt"] != nil && c["a.txt"] != c["b.txt"])
    }

    @Test func oneBrandInTwoTradesIsTwoCompanies() throws {
        let pharma = CompanyName.of("许昌禾信药业有限公司质量部"), testing = CompanyName.of("禾信检测")
        #expect(pharma?.lines == ["pharma"] && testing?.lines == ["testing"])
        let power = CompanyName.of("锦州润中热电有限公司化学车间"), english = CompanyName.of("Jinzhou Runzhong Pharmaceutical Co., Ltd. QA")
        #expect(power?.lines == ["power", "energy"] && english?.lines == ["pharma"])
        // A province and its city before the brand: the city places it.
        #expect(CompanyName.of("湖南长沙瑞弘制药有限公司")?.place == "长沙" && CompanyName.of("湖南长沙瑞弘制药有限公司")?.brand == "瑞弘")
        let c = try customers([
            "a.txt": card("许昌禾信药业有限公司质量部", "UV2850-0001"),
            "b.txt": card("禾信检测", "UV2850-0002"),
        ])
        #expect(c["a.txt"] != nil && c["b.txt"] != nil && c["a.txt"] != c["b.txt"])
    }

    @Test func theOperatorOfAMonitorIsNotTheSiteItMonitors() throws {
        let text = """
        在线监测设备巡检记录
        运维单位：栎川分析仪器技术服务有限公司
        排污单位/站点：赤峰市城市排水污水处理厂
        设备：COD在线分析仪  出厂编号：CD2201334
        巡检日期：2022-01-20
        """
        let d = try extract(text)
        #expect(values(d, .customer) == ["赤峰市城市排水污水处理厂"])
        // Alone, the operator is still no customer.
        let alone = try extract(text.replacingOccurrences(of: "排污单位/站点：赤峰市城市排水污水处理厂\n", with: ""))
        #expect(values(alone, .customer).isEmpty, "\(alone.fields.map { ($0.name, $0.value) })")
    }

    @Test func aReportThatNamesNoCustomerIsTheUnitsOwnersOnItsDay() throws {
        // The unit moved from the monitoring station to the institute in 2023; a complaint of
        // 2022 that names only the unit is the station's.
        let complaint = "客户投诉\n投诉日期：2022-05-10\n仪器：电位滴定仪  出厂编号：EP19-00523\n问题：电极响应慢\n"
        let c = try customers([
            "a.txt": card("湖州市生态环境监测站", "EP19-00523", date: "2021-03-01"),
            "b.txt": card("宝鸡市产品质量检验所", "EP19-00523", date: "2024-03-01"),
            "c.txt": complaint,
            "d.txt": complaint.replacingOccurrences(of: "2022-05-10", with: "2024-06-10"),
        ])
        #expect(c["a.txt"] != nil && c["b.txt"] != nil && c["a.txt"] != c["b.txt"])
        #expect(c["c.txt"] == c["a.txt"])
        #expect(c["d.txt"] == c["b.txt"])
        // A unit whose owner is written one way, then another that may be the same: no handover,
        // the newest name's.
        let renamed = "客户投诉\n投诉日期：2022-05-10\n仪器：交换机  出厂编号：SW2201R0048\n问题：端口闪断\n"
        let r = try customers([
            "a.txt": card("泉州职业技术学院现代教育技术中心", "SW2201R0048", date: "2021-03-01"),
            "b.txt": card("泉州职院 现教中心", "SW2201R0048", date: "2024-03-01"),
            "b2.txt": card("泉州职院 现教中心", "SW2201R0099", date: "2024-04-01"),
            "c.txt": renamed,
        ])
        #expect(r["c.txt"] != nil && r["c.txt"] == r["b.txt"])
    }

    @Test func aUnitHandedOverIsItsFormerOwnersBeforeTheDayNotOneNameOfTwoThatAlternate() {
        typealias F = UnitOwners.Fact
        let moved = [F(owner: "1", date: "2021-03-01"), F(owner: "1", date: "2022-01-05"), F(owner: "2", date: "2023-02-01"), F(owner: "2", date: nil)]
        #expect(UnitOwners.owner(onDay: "2022-05-10", facts: moved) == "1")
        #expect(UnitOwners.owner(onDay: "2020-01-01", facts: moved) == "1")
        #expect(UnitOwners.owner(onDay: "2024-06-10", facts: moved) == "2")
        #expect(UnitOwners.owner(onDay: nil, facts: moved) == "2")
        // Two records of one customer, stated in turn: the newest, whatever the day.
        let alternating = [F(owner: "7", date: "2021-03-01"), F(owner: "9", date: "2021-08-01"), F(owner: "7", date: "2022-02-01"), F(owner: "9", date: "2023-01-01")]
        #expect(UnitOwners.owner(onDay: "2022-05-10", facts: alternating) == "9")
        #expect(UnitOwners.owner(onDay: "2021-04-01", facts: alternating) == "9")
        #expect(UnitOwners.owner(onDay: "2021-04-01", facts: []) == nil)
        // One customer's name written one way, then another: no handover when the two may be one.
        #expect(UnitOwners.owner(onDay: "2022-05-10", facts: moved, differ: { _, _ in false }) == "2")
    }

    /// A unit its customer file lists, whose later reports name another institution kb has
    /// no file of, is that institution's now; a later report naming its customer short (an
    /// unconfirmed name that may be the file's) takes it nowhere.
    @Test func aUnitHandedOverToACustomerWithoutAFileIsTheNewOnes() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "file.txt": "客户档案\n客户名称：湖州市生态环境监测站\n出厂编号：EP19-00523\n出厂编号：EP19-00611\n",
            "a.txt": card("湖州市生态环境监测站", "EP19-00523", date: "2021-03-01"),
            "b.txt": card("宝鸡市产品质量检验所", "EP19-00523", date: "2024-03-01"),
            "c.txt": card("湖州市生态环境监测站", "EP19-00611", date: "2021-03-01"),
            "d.txt": card("湖州监测站", "EP19-00611", date: "2024-03-01"),
        ])
        func owner(_ serial: String) throws -> String? {
            let unit = try #require(try archive.store.findUnits(serial).first)
            return try archive.store.owner(ofUnit: unit.id).flatMap { try archive.store.customerName($0) }
        }
        #expect(try owner("EP1900523") == "宝鸡市产品质量检验所")
        #expect(try owner("EP1900611") == "湖州市生态环境监测站")
        // The customer list says the same.
        let records = try archive.store.customerRecords()
        #expect(records.first { $0.name == "宝鸡市产品质量检验所" }?.units == ["EP1900523"])
        #expect(records.first { $0.name == "湖州市生态环境监测站" }?.units == ["EP1900611"])
        // As the rule reads facts: the confirmed owner, unless the newest names another institution.
        let facts: [(owner: String, confirmed: Bool)] = [("2", false), ("1", true), ("1", true)]
        #expect(UnitOwners.current(newestFirst: facts, differ: { _, _ in true }) == "2")
        #expect(UnitOwners.current(newestFirst: facts, differ: { _, _ in false }) == "1")
        #expect(UnitOwners.current(newestFirst: [("3", false)], differ: { _, _ in true }) == "3")
        #expect(UnitOwners.current(newestFirst: [], differ: { _, _ in true }) == nil)
    }
}
