import Foundation
import Testing
@testable import ArchiveIndex

/// Customers written apart but naming the same units are one; a unit that moved, or names
/// that differ in what says which institution, never make two customers one.
@Suite struct SharedUnitsTests {
    func customers(_ files: [String: String]) throws -> [String: Int64?] {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: files)
        let docs = try archive.store.documents(try archive.store.allDocumentIDs())
        return Dictionary(uniqueKeysWithValues: docs.map { ($0.source, $0.customers.first?.id) })
    }

    func card(_ customer: String, _ serial: String) -> String {
        "维修单\n客户名称：\(customer)\n出厂编号：\(serial)\n故障现象：离心机不升速\n"
    }

    func report(_ customer: String, _ serial: String) -> String {
        "Service report\nCustomer: \(customer)\nSerial No.: \(serial)\nFault: rotor imbalance alarm\n"
    }

    @Test func namesWrittenApartThatNameTheSameUnitsAreOneCustomer() throws {
        let c = try customers([
            "a.txt": card("南方医科大学南方医院检验科", "K20E46288D"),
            "b.txt": card("南医大南方医院 检验", "K20E46288D"),
            // Its former name.
            "c.txt": card("第一军医大学南方医院检验科", "K20E46288D"),
            "d.txt": card("南医大南方医院 检验", "K21E11111A"),
            "e.txt": card("南方医科大学南方医院检验科", "K21E11111A"),
        ])
        #expect(c["a.txt"] != nil)
        for doc in ["b.txt", "c.txt", "d.txt", "e.txt"] { #expect(c[doc] == c["a.txt"], "\(doc)") }
    }

    @Test func theSameNamesWithoutSharedUnitsStayApart() throws {
        // Nothing but the names: 南医大 is no rule's abbreviation, so they wait for a person.
        let c = try customers([
            "a.txt": card("南方医科大学南方医院检验科", "K20E46288D"),
            "b.txt": card("南医大南方医院 检验", "K21E11111A"),
        ])
        #expect(c["a.txt"] != nil && c["b.txt"] != nil && c["a.txt"] != c["b.txt"])
    }

    @Test func aUniversityOrARegionWrittenShortIsOneCustomerByItsUnits() throws {
        let c = try customers([
            "a.txt": card("中国科学技术大学附属第一医院信息中心", "NV0123K34909"), "b.txt": card("中国科学技术大学附属第一医院信息中心", "NV0124K55555"),
            "c.txt": card("中科大附一院网络中心", "NV0123K34909"), "d.txt": card("科大附一院 信息科", "NV0124K55555"),
            "e.txt": card("科大附一院 信息科", "NV0123K34909"), "f.txt": card("中科大附一院网络中心", "NV0124K55555"),
            "g.txt": card("广西壮族自治区人民医院信息中心", "BL7D20L8008"), "h.txt": card("广西壮族自治区人民医院信息中心", "BL7D20L8009"),
            "i.txt": card("广西区人医 信息中心", "BL7D20L8008"), "j.txt": card("广西区人医 信息中心", "BL7D20L8009"),
            // 中大 is a university of four characters (中山大学), never 中国科学技术大学, whatever units they share.
            "k.txt": card("中国科学技术大学附属第一医院检验科", "MW20319273"), "l.txt": card("中国科学技术大学附属第一医院检验科", "MW22466476"),
            "m.txt": card("中大附一院 检验科", "MW20319273"), "n.txt": card("中大附一院 检验科", "MW22466476"),
        ])
        for doc in ["b.txt", "d.txt", "e.txt"] { #expect(c[doc] == c["a.txt"], "\(doc)") }
        #expect(c["g.txt"] != nil && c["i.txt"] == c["g.txt"] && c["j.txt"] == c["g.txt"])
        #expect(c["k.txt"] != nil && c["m.txt"] != nil && c["m.txt"] != c["k.txt"])
        #expect(InstitutionName.shortens("中大", "中山大学") && InstitutionName.shortens("南医大", "南方医科大学"))
        #expect(!InstitutionName.shortens("北大", "北京科技大学") && !InstitutionName.shortens("广区", "广西壮族自治区"))
        #expect(!InstitutionName.shortens("中大", "中南大学") && !InstitutionName.shortens("南大", "南开大学"))
        // Other universities people write in two characters.
        #expect(InstitutionName.shortens("扬大", "扬州大学") && InstitutionName.shortens("华科", "华中科技大学") && !InstitutionName.shortens("扬大", "扬州职业大学"))
    }

    @Test func aNameThatSaysItsCityIsNoCustomerRegisteredWithoutOne() throws {
        // A customer file registers "the city's" TCM hospital by its short name; the cards of
        // two cities' TCM hospitals are neither it nor each other.
        let c = try customers([
            "file.txt": "客户档案\n客户简称：化验室（市中医院）\n",
            "a.txt": card("长春市中医院·化验室", "S20165000U"),
            "b.txt": card("烟台市中医医院·化验室", "S10193782B"),
        ])
        #expect(c["file.txt"] != nil && c["a.txt"] != nil && c["b.txt"] != nil)
        #expect(c["a.txt"] != c["file.txt"] && c["b.txt"] != c["file.txt"] && c["a.txt"] != c["b.txt"])
    }

    @Test func aUnitThatMovedJoinsNoTwoCustomers() throws {
        let c = try customers([
            // Two logistics groups, one switch moved between them.
            "a.txt": card("卓信物流集团有限公司信息中心", "NV0123K34909"),
            "b.txt": card("启航物流集团有限公司信息中心", "NV0123K34909"),
            // Two cities' hospitals of one number.
            "c.txt": card("芜湖市第一人民医院检验科", "MW20319273"),
            "d.txt": card("芜湖市第二人民医院检验科", "MW20319273"),
            "e.txt": card("芜湖市第一人民医院检验科", "MW22466476"),
            "f.txt": card("芜湖市第二人民医院检验科", "MW22466476"),
            // A laboratory and another department of one hospital.
            "g.txt": card("湛江市第一人民医院微生物室", "SPC190910A"),
            "h.txt": card("湛江市第一人民医院信息科", "SPC190910A"),
        ])
        for (x, y) in [("a.txt", "b.txt"), ("c.txt", "d.txt"), ("g.txt", "h.txt")] {
            #expect(c[x] != nil && c[y] != nil && c[x] != c[y], "\(x) and \(y)")
        }
    }

    @Test func aCompanyWrittenWithItsLineOfBusinessIsOneByItsUnits() throws {
        let c = try customers([
            // The brand alone and with its line of business (精机).
            "a.txt": card("株洲锐驰", "VMC22D1650"), "b.txt": card("锐驰精机-设备部", "VMC22D1650"),
            "d.txt": card("株洲锐驰", "VMC22D1777"), "e.txt": card("锐驰精机-设备部", "VMC22D1777"),
            // One character more is another brand, whatever units they share.
            "g.txt": card("恒通数据科技有限公司", "HT2203K0001"), "h.txt": card("恒通达物流有限公司", "HT2203K0001"),
            "i.txt": card("恒通数据科技有限公司", "HT2203K0002"), "j.txt": card("恒通达物流有限公司", "HT2203K0002"),
        ])
        #expect(c["a.txt"] != nil)
        for doc in ["b.txt", "d.txt", "e.txt"] { #expect(c[doc] == c["a.txt"], "\(doc)") }
        #expect(c["g.txt"] != nil && c["h.txt"] != nil && c["g.txt"] != c["h.txt"])
        let readings = try PinyinReadings.load()
        // A line of business kb knows (精机) is no part of the brand; one it does not know (数控) may be.
        let ruichi = try #require(CompanyName.of("株洲锐驰")), machinery = try #require(CompanyName.of("锐驰精机"))
        #expect(ruichi.same(as: machinery, pinyin: readings.keys(of:)))
        let cnc = try #require(CompanyName.of("锐驰数控"))
        #expect(!ruichi.same(as: cnc, pinyin: readings.keys(of:)) && ruichi.mayBeSame(as: cnc, pinyin: readings.keys(of:)))
        // An English brand that spells the Chinese brand's first characters (银行 is no part of what it spells).
        let bank = try #require(CompanyName.of("蒙商银行")), english = try #require(CompanyName.of("Mengshang Bank"))
        #expect(bank.mayBeSame(as: english, pinyin: readings.keys(of:)) && english.mayBeSame(as: bank, pinyin: readings.keys(of:)))
        let other = try #require(CompanyName.of("Mengxian Bank"))
        #expect(!bank.mayBeSame(as: other, pinyin: readings.keys(of:)))
        #expect(try #require(CompanyName.of("Ruichi Precision Machinery")).mayBeSame(as: machinery, pinyin: readings.keys(of:)))
        // The pinyin must end on a word (恒通 is no `Hengtongda`), and a department stays one.
        let hengtong = try #require(CompanyName.of("恒通数据科技有限公司"))
        #expect(!hengtong.mayBeSame(as: try #require(CompanyName.of("Hengtongda Logistics")), pinyin: readings.keys(of:)))
        #expect(hengtong.mayBeSame(as: try #require(CompanyName.of("Hengtong Data Technology")), pinyin: readings.keys(of:)))
        let itDepartment = try #require(CompanyName.of("锐驰精机信息部")), plant = try #require(CompanyName.of("株洲锐驰设备部"))
        #expect(!itDepartment.mayBeSame(as: plant, pinyin: readings.keys(of:)))
    }

    /// A factory's workshops and plants are departments of its company (注塑车间, 二厂, 射出課), a
    /// workshop alone is no customer, and one brand in two trades (博纳电子, 博纳金属制品) or two
    /// places is two companies, whichever of their names a document writes.
    @Test func aFactorysWorkshopsAndTradesTellItsCompaniesApart() throws {
        let readings = try PinyinReadings.load()
        let moulding = try #require(CompanyName.of("惠州鸿晟电子有限公司注塑车间"))
        #expect(moulding.brand == "鸿晟" && moulding.place == "惠州" && moulding.department == "注塑车间")
        #expect(try #require(CompanyName.of("永晟塑膠工業股份有限公司射出課")).department == "射出课")
        #expect(CompanyName.of("注塑车间") == nil && ArchiveStore.isBareName("动力车间") && ArchiveStore.isBareName("三号车间"))
        #expect(ArchiveStore.customerName("动力车间（诸暨朗固）") == "诸暨朗固 动力车间")
        #expect(ArchiveStore.customerName("动力车间（朗固新能源）") == "朗固新能源 动力车间")
        let electronics = try #require(CompanyName.of("博纳电子")), metal = try #require(CompanyName.of("义乌博纳金属制品有限公司设备部"))
        #expect(!electronics.same(as: metal, pinyin: readings.keys(of:)) && electronics.conflicts(with: metal, pinyin: readings.keys(of:)))
        #expect(electronics.same(as: try #require(CompanyName.of("昆山博纳电子科技有限公司")), pinyin: readings.keys(of:)))
        #expect(!electronics.same(as: try #require(CompanyName.of("Yiwu Bona Metal Products Co., Ltd.")), pinyin: readings.keys(of:)))
        #expect(!(try #require(CompanyName.of("汇智五金"))).same(as: try #require(CompanyName.of("南宁汇智金属制品有限公司")), pinyin: readings.keys(of:)))
        // A plant however it is numbered; a numbered workshop written first.
        let second = try #require(CompanyName.of("诸暨朗固第二分厂")), plant2 = try #require(CompanyName.of("朗固2厂"))
        #expect(second.brand == "朗固" && second.same(as: plant2, pinyin: readings.keys(of:)))
        #expect(try #require(CompanyName.of("朗固注塑二车间")).brand == "朗固")
        #expect(!second.same(as: try #require(CompanyName.of("朗固三号车间")), pinyin: readings.keys(of:)))
        #expect(ArchiveStore.customerName("三号车间（诸暨朗固）") == "诸暨朗固 三号车间")
        // A word of two trades, and names of one customer that disagree among themselves, say nothing against it.
        #expect(try #require(CompanyName.of("锦澜机械")).same(as: try #require(CompanyName.of("江阴锦澜纺织机械有限公司")), pinyin: readings.keys(of:)))
        let hardware = try #require(CompanyName.of("东莞博纳五金制品有限公司"))
        #expect(!hardware.conflicts(with: try #require(CompanyName.of("Dongguan Bona Metal Products Co., Ltd.")), pinyin: readings.keys(of:)))
        #expect(!hardware.conflicts(with: try #require(CompanyName.of("Bona Metal")), pinyin: readings.keys(of:)))
        let twoPlaces = [try #require(CompanyName.of("苏州朗固电子")), try #require(CompanyName.of("昆山朗固电子"))]
        #expect(!(try #require(CompanyName.of("朗固电子"))).conflicts(withNamesOf: twoPlaces, pinyin: readings.keys(of:)))
        #expect(try #require(CompanyName.of("朗固金属")).conflicts(withNamesOf: [twoPlaces[0]], pinyin: readings.keys(of:)))
        // A trade written short is the same trade.
        #expect(try #require(CompanyName.of("锦澜纺机")).same(as: try #require(CompanyName.of("江阴锦澜纺织机械有限公司")), pinyin: readings.keys(of:)))
        #expect(try #require(CompanyName.of("越达汽配")).same(as: try #require(CompanyName.of("重庆越达汽车零部件有限公司")), pinyin: readings.keys(of:)))
        let c = try customers([
            // Two companies' power workshops, each written department first.
            "r1.txt": card("动力车间（诸暨朗固）", "BT17-3000-S"), "r2.txt": card("动力车间（桐乡新铭）", "BT18-4410-S"),
            // A customer file without the place in its name is in the city its address names.
            "f1.txt": "客户档案\n客户名称：义乌鑫泽电子科技有限公司动力车间\n地址：义乌市稠江街道杨村路18号\n",
            "f2.txt": "客户档案\n客户名称：鑫泽公司\n地址：贵阳市科技园路227号\n",
            // A customer also written in another trade is not the one a third trade means.
            "h1.txt": card("海门鼎晟", "DS21-0001"), "h2.txt": card("海门鼎晟五金制品有限公司", "DS21-0001"),
            "z1.txt": card("鼎晟电子·注塑车间", "DS22-0777"),
        ])
        #expect(c["r1.txt"] != nil && c["r2.txt"] != nil && c["r1.txt"] != c["r2.txt"], "\(c)")
        #expect(c["f1.txt"] != nil && c["f2.txt"] != nil && c["f1.txt"] != c["f2.txt"], "\(c)")
        #expect(c["h1.txt"] != nil && c["h2.txt"] == c["h1.txt"] && c["z1.txt"] != c["h1.txt"], "\(c)")
    }

    /// A customer written by its initials alone, its legal form left out (`SRR` for Swan River
    /// Radiology Pty Ltd), is the customer whose units it names.
    @Test func initialsWithoutTheLegalFormNameTheCustomerOfTheirUnits() throws {
        #expect(SharedUnits.initials("Swan River Radiology Pty Ltd").contains("srr") && SharedUnits.initials("Kwong Wah Hospital") == ["kwh"])
        let c = try customers([
            "a.txt": report("Swan River Radiology Pty Ltd", "SRR18G667"), "b.txt": report("SRR", "SRR18G667"),
            "d.txt": report("Swan River Radiology Pty Ltd", "SRR19K001"), "e.txt": report("SRR", "SRR19K001"),
        ])
        #expect(c["a.txt"] != nil && c["b.txt"] == c["a.txt"] && c["e.txt"] == c["a.txt"])
    }

    @Test func aCityOrAHubUnitIsNoEvidence() throws {
        let c = try customers([
            // Two hospitals of one city share a relocated analyser: the city says nothing.
            "a.txt": card("杭州市中医院检验科", "MW21529415"),
            "b.txt": card("杭州市红十字会医院检验科", "MW21529415"),
            // A date in a serial field names no unit.
            "c.txt": card("恒泰电子有限公司", "2019年5月"),
            "d.txt": card("恒泰电子有限公司信息部", "2019年5月"),
        ])
        #expect(c["a.txt"] != nil && c["b.txt"] != nil && c["a.txt"] != c["b.txt"])
        #expect(SharedUnits.namingPairs("杭州市中医院检验科").isEmpty)
        // A county is written after its prefecture, never a city inside another's name.
        #expect(InstitutionName.of("马鞍山市人民医院检验科").conflict(with: InstitutionName.of("鞍山市人民医院检验科")) != nil)
        #expect(InstitutionName.of("宜昌秭归县人民医院检验科").conflict(with: InstitutionName.of("秭归县人民医院检验科")) == nil)
        // A hospital's regional centre is no campus.
        #expect(InstitutionName.of("南京鼓楼医院区域检验中心").campus == nil)
        // A pasted paragraph of brackets is cut, not read bracket by bracket without end.
        #expect(ArchiveStore.customerName("芜湖市一院" + String(repeating: "（东院）", count: 4000)).count <= 200)
    }

    @Test func aNameThatFitsTwoCustomersOfTheUnitJoinsNeither() throws {
        // A unit moved from one city's metro group to another's; `Metro Group` may be either.
        let c = try customers([
            "f1.txt": "客户档案\n客户名称：大连地铁集团有限公司供电中心\n英文名称：Dalian Metro Group, Power Supply Center\n出厂编号：GF200-2108-874\n",
            "f2.txt": "客户档案\n客户名称：洛阳地铁集团有限公司供电中心\n英文名称：Luoyang Metro Group, Power Supply Center\n出厂编号：GF200-2108-874\n",
            "r1.md": "Field service report\n\nSite: Metro Group, Power Supply Center\nSerial No.: GF200-2108-874\nFault: cell voltage low\n",
        ])
        #expect(c["f1.txt"] != nil && c["f2.txt"] != nil && c["f1.txt"] != c["f2.txt"])
        #expect(c["r1.md"] != c["f1.txt"] && c["r1.md"] != c["f2.txt"])
    }

    @Test func whatSaysWhichInstitutionIsReadFromShortAndReorderedNames() {
        #expect(ArchiveStore.customerName("检验科@如东县人医") == "如东县人医 检验科")
        #expect(ArchiveStore.customerName("資訊部－高雄長庚") == "高雄長庚 資訊部")
        #expect(ArchiveStore.customerName("检验（固阳县医院）") == "固阳县医院 检验")
        #expect(ArchiveStore.customerName("南通第一人民医院-检验") == "南通第一人民医院-检验")
        #expect(InstitutionName.of("南通第一人民医院 检验").department == "检验科")
        #expect(InstitutionName.of("贵州省医-后勤").department == "后勤")
        // A laboratory's own name is no department's.
        #expect(InstitutionName.of("瑞铂医学检验").department == nil)
        #expect(InstitutionName.of("Hongjun Med Lab").department == nil)
        #expect(InstitutionName.of("Anlan Group – IT").department == "信息科")
        #expect(InstitutionName.of("Kwong Wah Hosp. - Path Lab").department == "病理科")
        #expect(ArchiveStore.isBareName("检验"))
        func conflict(_ a: String, _ b: String) -> String? { InstitutionName.of(a).conflict(with: InstitutionName.of(b)) }
        #expect(conflict("潍坊市第一人民医院（动力科）", "潍坊市第一人民医院后勤保障部") == nil)
        #expect(conflict("仁濟醫院化驗室", "仁濟醫院病理部") == nil)
        #expect(conflict("启航物流集团 IT部", "启航物流集团有限公司信息中心") == nil)
        #expect(conflict("潍坊市第一人民医院检验科", "潍坊市第一人民医院信息中心") != nil)
        #expect(conflict("潍坊市第一人民医院化验室", "潍坊市第一人民医院信息中心") != nil)
    }

    @Test func aHospitalsCampusIsAnotherCustomer() throws {
        #expect(InstitutionName.of("芜湖市第一人民医院东院区检验科").campus == "东")
        #expect(InstitutionName.of("芜湖市一院（东院）·检验科").campus == "东")
        #expect(InstitutionName.of("芜湖市一院（东院）·检验科").number == 1)
        #expect(InstitutionName.of("Department of Clinical Laboratory, The First People's Hospital of Wuhu, East Campus").campus == "东")
        #expect(InstitutionName.of("臺北市立聯合醫院仁愛院區檢驗醫學部").campus == "仁爱")
        #expect(InstitutionName.of("芜湖市第一人民医院东院区检验科").conflict(with: InstitutionName.of("芜湖市第一人民医院西院区检验科")) != nil)
        let c = try customers([
            "f1.txt": "客户档案\n客户名称：芜湖市第一人民医院检验科\n",
            "f2.txt": "客户档案\n客户名称：芜湖市第一人民医院东院区检验科\n",
            "r1.txt": card("芜湖一院东院区 检验科", "MW20319273"),
            "r2.txt": card("芜湖市一院（东院）·检验", "MW22466476"),
        ])
        #expect(c["f1.txt"] != nil && c["f2.txt"] != nil && c["f1.txt"] != c["f2.txt"])
        #expect(c["r1.txt"] == c["f2.txt"] && c["r2.txt"] == c["f2.txt"])
    }

    /// A campus the only customer file of the hospital does not name is that hospital's
    /// campus, another customer: the card waits under its own name, it does not join the
    /// main hospital's laboratory by the likeness of the rest.
    @Test func aCampusNoCustomerFileNamesIsNotTheHospital() throws {
        let c = try customers([
            "f1.txt": "客户档案\n客户名称：山东省立医院检验科\n",
            "r1.txt": card("山东省立医院东院·检验", "G9H20235275"),
            "r2.txt": card("山东省立医院·检验", "G9H20231111"),
        ])
        #expect(c["f1.txt"] != nil && c["r1.txt"] != nil)
        #expect(c["r1.txt"] != c["f1.txt"], "\(c)")
        #expect(c["r2.txt"] == c["f1.txt"], "\(c)")
    }

    /// A company's department with its company in brackets (变电运维中心（安平热电）) is that
    /// company's: not the department another company's documents wrote alone, which the
    /// first company's units made one of its names.
    @Test func aDepartmentWithItsCompanyInBracketsIsThatCompanys() throws {
        #expect(ArchiveStore.customerName("变电运维中心（安平热电）") == "安平热电 变电运维中心")
        #expect(ArchiveStore.customerName("变电检修室（宁波安平热电有限公司）") == "宁波安平热电有限公司 变电检修室")
        // A note in brackets stays a note.
        #expect(ArchiveStore.customerName("变电运维中心（新楼三层）") == "变电运维中心")
        #expect(ArchiveStore.customerName("信息中心（二楼）") == "信息中心")
        #expect(ArchiveStore.customerName("信息科（HIS系统）") == "信息科")
        #expect(ArchiveStore.customerName("配电室（双路供电）") == "配电室")
        #expect(ArchiveStore.customerName("配电室（中山路老院）") == "配电室")
        let c = try customers([
            "f1.txt": "客户档案\n客户名称：宜昌益民热电有限公司电气车间\n设备清单：镍镉蓄电池组 GNC200 出厂编号 GNC20019748201\n",
            "r0.txt": card("益民热电 变电运维中心", "GNC20019748201"),
            "r1.txt": card("变电运维中心", "GNC20019748201"),
            "r2.txt": card("变电运维中心（安平热电）", "GNC20020001111"),
        ])
        #expect(c["r1.txt"] == c["f1.txt"], "\(c)")
        #expect(c["r2.txt"] != nil && c["r2.txt"] != c["f1.txt"], "\(c)")
    }

    /// A county's hospital written after its prefecture (赣州信丰县) is not the prefecture's
    /// city hospital, though its place starts as the city's; the county written alone is
    /// still the county written after its prefecture.
    @Test func aCountyAfterItsPrefectureIsNotThePrefecture() throws {
        #expect(InstitutionName.of("赣州信丰县人民医院检验科").conflict(with: InstitutionName.of("赣州市人民医院检验科")) != nil)
        #expect(InstitutionName.of("宜昌秭归县人民医院检验科").conflict(with: InstitutionName.of("秭归县人民医院检验科")) == nil)
        #expect(InstitutionName.of("湖南省人民医院检验科").conflict(with: InstitutionName.of("湖南人民医院检验科")) == nil)
        // With its city's 市 or without, the county is the place.
        #expect(InstitutionName.of("宜昌市秭归县人民医院检验科").conflict(with: InstitutionName.of("宜昌秭归县人民医院检验科")) == nil)
        #expect(InstitutionName.of("赣州市信丰县人民医院检验科").conflict(with: InstitutionName.of("赣州市人民医院检验科")) != nil)
        let c = try customers([
            "f1.txt": "客户档案\n客户名称：赣州市人民医院检验科\n",
            "r1.txt": card("赣州信丰县人民医院检验科", "K22E45101Z"),
        ])
        #expect(c["f1.txt"] != nil && c["r1.txt"] != nil && c["r1.txt"] != c["f1.txt"], "\(c)")
    }

    /// A hospital of one speciality named by its city alone is the city's, with its 市 or
    /// without it (安康骨科医院, 安康市骨科医院), as its 人民医院 is; one with a name of its own
    /// beside the city's (安康华山骨科医院) is another hospital.
    @Test func aSpecialityHospitalNamedByItsCityIsTheCitys() throws {
        #expect(InstitutionName.of("安康市骨科医院").namedByItsPlace)
        #expect(InstitutionName.of("铜陵骨科医院 设备科").namedByItsPlace)
        #expect(!InstitutionName.of("安康华山骨科医院").namedByItsPlace)
        let c = try customers([
            "f1.txt": "客户档案\n客户名称：安康市骨科医院\n",
            "f2.txt": "客户档案\n客户名称：安康骨科医院\n",
            "f3.txt": "客户档案\n客户名称：铜陵市肾病医院\n",
            "r1.txt": card("铜陵肾病医院", "MW20319273"),
            "r2.txt": card("安康华山骨科医院", "MW20319274"),
        ])
        #expect(c["f1.txt"] != nil && c["f1.txt"] == c["f2.txt"], "\(c)")
        #expect(c["f3.txt"] != nil && c["r1.txt"] == c["f3.txt"], "\(c)")
        #expect(c["r2.txt"] != c["f1.txt"] && c["r2.txt"] != c["f2.txt"], "\(c)")
        // A hospital of no speciality may bear a place's name as a brand (仁和医院).
        #expect(!InstitutionName.of("安康医院").namedByItsPlace && !InstitutionName.of("仁和医院").namedByItsPlace)
        #expect(InstitutionName.of("宜昌市秭归县骨科医院").namedByItsPlace && InstitutionName.of("宜昌秭归县骨科医院").namedByItsPlace)
        // Met first, the hospital with a name of its own is no home for the city's.
        let unconfirmed = try customers([
            "r1.txt": card("安康华山骨科医院", "MW20319273"),
            "r2.txt": card("安康骨科医院", "MW20319274"),
        ])
        #expect(unconfirmed["r1.txt"] != nil && unconfirmed["r2.txt"] != nil && unconfirmed["r1.txt"] != unconfirmed["r2.txt"], "\(unconfirmed)")
    }

    /// An archive filed by customer: a customer file in the folder of a hospital's department
    /// that names the hospital only is that department's, the customer it is filed under; filed
    /// under another department of it, it is no evidence for this one.
    @Test func aCustomerFileNamingTheWholeInItsDepartmentsFolderIsTheDepartments() throws {
        let folder = "客户/揭阳/揭阳市第四人民医院-总务设备科/客户资料"
        let c = try customers([
            "\(folder)/f1.md": "客户主数据\n客户名称：总务设备科（揭阳市第四人民医院）\n",
            "\(folder)/f2.md": "客户主数据\n客户名称：揭阳市第四人民医院\n",
            "r1.txt": card("揭阳市第四人民医院", "MW20319273"),
        ])
        #expect(c["\(folder)/f1.md"] != nil && c["\(folder)/f2.md"] == c["\(folder)/f1.md"], "\(c)")
        #expect(c["r1.txt"] == c["\(folder)/f1.md"], "\(c)")
        let other = try customers([
            "\(folder)/f1.md": "客户主数据\n客户名称：总务设备科（揭阳市第四人民医院）\n",
            "客户/揭阳/揭阳市第四人民医院-检验科/客户资料/f2.md": "客户主数据\n客户名称：揭阳市第四人民医院\n",
        ])
        #expect(other["\(folder)/f1.md"] != other["客户/揭阳/揭阳市第四人民医院-检验科/客户资料/f2.md"], "\(other)")
    }

    /// A company written by its initials (`OCBC Bank`, `PACC`) and by its name in full, on
    /// reports of the same units, is one customer. Initials that are not the other's (OCBC
    /// beside Orient Coastal Bank) say nothing.
    @Test func aCompanyWrittenByItsInitialsIsOneCustomerByItsUnits() throws {
        #expect(SharedUnits.writesInitials(of: "Oversea-Chinese Banking Corporation Limited", in: "OCBC Branch Ops"))
        #expect(SharedUnits.writesInitials(of: "Pan-Asia Cold Chain Pte. Ltd.", in: "PACC"))
        #expect(!SharedUnits.writesInitials(of: "Oversea-Chinese Banking Corporation Limited", in: "Ocbc Bank"))
        #expect(!SharedUnits.writesInitials(of: "Orient Coastal Bank Berhad", in: "OCBC Bank"))
        // A modality's or a legal form's letters are no company's initials.
        #expect(!SharedUnits.writesInitials(of: "Metro Radiology Imaging Pty Ltd", in: "Apex Diagnostics MRI Pty Ltd"))
        #expect(!SharedUnits.writesInitials(of: "Southern Diagnostics Networks Berhad", in: "APEX SDN BHD"))
        let c = try customers([
            "a.txt": report("Oversea-Chinese Banking Corporation Limited", "CR161214963"),
            "b.txt": report("OCBC Bank", "CR161214963"),
            "c.txt": report("OCBC Bank", "CR161214964"),
            "d.txt": report("Oversea-Chinese Banking Corporation Limited", "CR161214964"),
        ])
        #expect(c["a.txt"] != nil && c["a.txt"] == c["b.txt"] && c["a.txt"] == c["c.txt"], "\(c)")
    }

    /// A city's hospitals of two specialities are two customers, whatever else they share.
    @Test func aKidneyHospitalIsNotTheCancerHospital() throws {
        #expect(InstitutionName.of("本溪市肾病医院设备科").conflict(with: InstitutionName.of("本溪市肿瘤医院设备科")) != nil)
        #expect(InstitutionName.of("长治市急救中心").conflict(with: InstitutionName.of("长治市妇幼保健院")) != nil)
        let c = try customers([
            "f1.txt": "客户档案\n客户名称：本溪市肾病医院 设备科\n",
            "f2.txt": "客户档案\n客户名称：本溪市肿瘤医院 设备科\n",
        ])
        #expect(c["f1.txt"] != nil && c["f2.txt"] != nil && c["f1.txt"] != c["f2.txt"], "\(c)")
    }

    /// The main campus (本部) is the hospital a name without a campus means: a card written
    /// without one is the main campus's, not a question between it and the east campus.
    @Test func aNameWithoutItsCampusIsTheMainCampus() throws {
        #expect(InstitutionName.of("南阳市中心医院（本部）设备处").campus == nil)
        #expect(InstitutionName.of("南阳市中心医院主院区设备处").campus == nil)
        let c = try customers([
            "f1.txt": "客户档案\n客户名称：南阳市中心医院本部设备处\n",
            "f2.txt": "客户档案\n客户名称：南阳市中心医院东院区设备处\n",
            "r1.txt": card("南阳市中心医院设备处", "MW20319273"),
        ])
        #expect(c["f1.txt"] != nil && c["f2.txt"] != nil && c["f1.txt"] != c["f2.txt"])
        #expect(c["r1.txt"] == c["f1.txt"], "\(c)")
        // Another city's campus is no campus of this hospital; a card that names the campus
        // elsewhere (its address) is the campus's question.
        let other = try customers([
            "f1.txt": "客户档案\n客户名称：南阳市中心医院本部设备处\n",
            "f2.txt": "客户档案\n客户名称：郑州市中心医院东院区设备处\n",
            "r1.txt": card("中心医院设备处", "MW20319273"),
        ])
        #expect((other["r1.txt"] ?? nil) == nil, "\(other)")
    }

    @Test func aUnitsFormerOwnerIsNoCustomerOfTheReport() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "move.txt": "移机服务报告\n\n接收单位：洛阳市第一人民医院检验科\n原使用单位：泉州市第一人民医院微生物室\n机器编号：MW2125 2623\n移机日期：2023.9.12\n",
            "en.txt": "Relocation report\nCustomer: Wuhu Shengchuan Clinical Laboratories Co., Ltd.\nPrevious owner: Anshan No.1 Hospital, Microbiology\nSerial No.: VT18A5479\n",
        ])
        #expect(try a.customers(of: "move.txt") == ["洛阳市第一人民医院检验科"])
        #expect(try a.customers(of: "en.txt") == ["Wuhu Shengchuan Clinical Laboratories Co., Ltd."])
        let move = try #require(try a.store.documents(try a.store.allDocumentIDs()).first { $0.source == "move.txt" })
        #expect(move.fields.first { $0.name == .formerOwner }?.value == "泉州市第一人民医院微生物室")
    }
}

/// A serial's check letter, written apart (`SP X19 0076 W`), names the unit written whole.
@Suite struct CheckLetterTests {
    @Test func aSerialWrittenInGroupsIsOneUnitAndAnOlderArchiveIsMendedOnUpgrade() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "repair/SR-1.txt": "Service report\nCustomer: Lakeside Hospital\nS/N: SP X19 0076 W\nProblem: sorter track jams\n",
            "repair/维修单_1.txt": "维修单\n客户名称：湖畔医院\n出厂编号：SPX190076W\n故障现象：分拣轨道堵管\n",
        ])
        #expect(try archive.unitSerials() == ["SPX190076W"])
        #expect(try archive.store.unitDocuments(try archive.store.findUnits("SP-X19-0076-W")[0].id).count == 2)
        // As an archive read before v23 had it: the letter left out, two units.
        try archive.store.db.write { db in
            try db.execute(sql: "UPDATE field SET canonical = 'SPX190076' WHERE name = 'serial' AND value = 'SP X19 0076 W'")
        }
        try archive.store.relink(nil)
        #expect(try archive.unitSerials() == ["SPX190076", "SPX190076W"])
        // The upgrade reads the fields again, and the relink it asks for leaves one unit.
        try archive.store.db.write { try UnitSerials.readAgain($0) }
        #expect(try archive.store.pendingWork().relinkAll)
        try archive.store.linkPending()
        #expect(try archive.unitSerials() == ["SPX190076W"])
        #expect(try archive.store.unitDocuments(try archive.store.findUnits("SPX190076W")[0].id).count == 2)
    }
}

/// A serial as OCR writes it, an O for a zero (`NVO222A17056`), is the unit written in digits.
@Suite struct OCRSerialTests {
    @Test func aSerialWithAnOForAZeroIsTheUnitInDigits() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "设备档案/登记本.txt": "设备履历登记本\n单位：中山大学附属第一医院信息中心\n机器编号：NVO222A17056\n\n2023.02.09  预防性维护  → 清灰  签名:姚伟民\n",
            "repair/SR-1.txt": "Service report\nCustomer: Sun Yat-sen Hospital IT Centre\nS/N: NV0222A17056\nProblem: no video\n",
            "repair/SR-2.txt": "Service report\nCustomer: Lakeside Hospital\nS/N: SPO1234X\nProblem: jam\n",
        ])
        // An O after a letter with no twin in digits stays a letter (SPO1234X).
        #expect(try archive.unitSerials() == ["NV0222A17056", "SPO1234X"])
        let unit = try archive.store.findUnits("NV0222A17056")[0]
        #expect(try archive.store.unitDocuments(unit.id).count == 2)
        // Asked as the scan wrote it, the same unit.
        #expect(try archive.store.findUnits("NVO222A17056").map(\.id) == [unit.id])
        try archive.store.relink(nil)
        #expect(try archive.unitSerials() == ["NV0222A17056", "SPO1234X"])
        #expect(try archive.store.unitDocuments(unit.id).count == 2)
    }
}
