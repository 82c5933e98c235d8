import Foundation
import Testing
@testable import ArchiveIndex

/// One institution and department written in different ways is one customer; other
/// institutions, departments and cities never are.
@Suite struct WrittenAlikeTests {
    @Test(arguments: [
        ("佛山市儿童医院 信息科", "佛山儿童医院", "信息科"),
        ("佛山儿童医院（信息科）", "佛山儿童医院", "信息科"),
        ("信息科（佛山儿童医院）", "佛山儿童医院", "信息科"),
        ("佛山儿童医院信息科", "佛山儿童医院", "信息科"),
        ("大连大学医学院·中心实验室", "大连大学医学院", "中心实验室"),
        ("宜昌大学医学院中心实验室", "宜昌大学医学院", "中心实验室"),
        ("公共技术平台 扬州大学医学院", "扬州大学医学院", "公共技术平台"),
        ("食品检测实验室 南昌海关技术中心", "南昌海关技术中心", "食品检测实验室"),
        ("南昌海关技术中心食品检测实验室", "南昌海关技术中心", "食品检测实验室"),
        ("台中醫院 資訊室", "台中医院", "信息科"),
        ("衛生福利部臺中醫院資訊室", "台中医院", "信息科"),
        ("私立德生醫事檢驗所", "德生检验所", nil),
        ("德生醫檢所", "德生检验所", nil),
        ("绍兴市CDC微生物检验所", "绍兴疾病预防控制中心", "微生物检验科"),
        ("山西省医（信息科）", "山西人民医院", "信息科"),
        ("遵义市教育信息化中心", "遵义教育信息化中心", nil),
        ("財團法人慈恩紀念醫院檢驗醫學科", "慈恩医院", "检验科"),
        ("康和醫學化驗所有限公司", "康和化验所", nil),
        ("扬州市CDC·理化检验所", "扬州疾病预防控制中心", "理化检验科"),
        ("扬州市疾病预防控制中心理化检验所", "扬州疾病预防控制中心", "理化检验科"),
    ] as [(String, String, String?)])
    func partsOfAName(_ name: String, _ institution: String, _ department: String?) throws {
        let p = try #require(WrittenAlike.parts(name))
        #expect(p.institution == institution && p.department == department, "\(name): \(p)")
    }

    @Test func englishNamesAndMarketsAreLeftAlone() {
        #expect(WrittenAlike.parts("Foshan Children's Hospital (IT)") == nil)
        // 市 in a word is no city's.
        #expect(WrittenAlike.looseKey("佛山市场部") == "佛山市场部")
    }

    func customers(_ files: [String: String]) throws -> [String: Int64?] {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: files)
        let docs = try archive.store.documents(try archive.store.allDocumentIDs())
        return Dictionary(uniqueKeysWithValues: docs.map { ($0.source, $0.customers.first?.id) })
    }

    func card(_ customer: String) -> String { "维修单\n客户名称：\(customer)\n故障现象：噪音\n" }

    @Test func twoCustomerFilesOfOneDataCentreCompanyAreOneCustomer() throws {
        func handover(_ account: String) -> String {
            "ACCOUNT HANDOVER NOTES\n\nAccount: \(account)\nMain contact: Eric Leung\n\nInstalled base:\n  - UPS EPX 80, S/N 15JB-788094, installed 02-JUN-15\n"
        }
        #expect(CompanyName.of("Ka Lok Data Centre Limited")?.brand == "kalok")
        #expect(CompanyName.of("Ka Lok Data Centre")?.brand == "kalok")
        // A centre that is no data centre stays an institution of its own kind.
        #expect(CompanyName.of("Ka Lok Medical Centre") == nil)
        let c = try customers([
            "a.txt": handover("Ka Lok Data Centre Limited"),
            "b.txt": handover("Ka Lok Data Centre"),
            "c.txt": handover("Wah Kin Data Centre Limited"),
        ])
        #expect(c["a.txt"] != nil && c["a.txt"] == c["b.txt"])
        #expect(c["c.txt"] != nil && c["c.txt"] != c["a.txt"])
    }

    /// Alike but for what says which: a hospital of a group written instead of another, a
    /// company of another brand, another department of one brand, a laboratory of a brand that
    /// is also a textile group's.
    @Test func aWordWrittenInsteadOfAnothersIsAnotherCustomer() throws {
        #expect(CustomerMatcher.substitutes(InstitutionName.ownPart("东华三院东华医院资讯科技部"), InstitutionName.ownPart("东华三院广华医院资讯科技部")))
        #expect(!CustomerMatcher.substitutes(InstitutionName.ownPart("柳溪中医院检验科"), InstitutionName.ownPart("柳溪县中医院检验科")))
        #expect(InstitutionName.of("Hongjun Med Lab").kind == "医学检验实验室")
        #expect(InstitutionName.of("嘉兴宏骏医学检验所有限公司").kind == "医学检验实验室")
        let c = try customers([
            "f1.txt": "客戶資料卡\n客戶全稱：東華三院廣華醫院資訊科技部\n",
            "r1.txt": card("東華三院東華醫院資訊科技部"),
            "f2.txt": "Customer file\nCustomer: IT Center, Hongjun Textile Group Co., Ltd.\n",
            "r2.txt": "Service report\nCustomer: IT Center, Runhe Textile Group Co., Ltd.\nFault: switch port down\n",
            "f3.txt": "客户档案\n客户名称：润禾微电子（柳州）有限公司厂务部\n别名：润禾半导体\n",
            "r3.txt": card("润禾集团（信息中心）"),
            "f4.txt": "客户档案\n客户名称：宏骏纺织集团有限公司信息中心\n",
            "r4.txt": "Service report\nCustomer: Hongjun Med Lab\nFault: centrifuge imbalance\n",
        ])
        for (doc, file) in [("r1.txt", "f1.txt"), ("r2.txt", "f2.txt"), ("r3.txt", "f3.txt"), ("r4.txt", "f4.txt")] {
            #expect(c[file] != nil && c[doc] != c[file], "\(doc) was linked to the customer of \(file)")
        }
    }

    @Test func anEnglishNameIsNotShownAsAnotherCompanyOfTheSameGenericWords() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "file.txt": "Customer file\nCustomer: Ming Tak Data Centre Limited\nAddress: 10/F, 94 Siu Lek Yuen Road, Sha Tin\n",
            "job.txt": "Job sheet\nCustomer: Wing On Data Centre Limited\nSerial No.: 21020136YX1726032\nFault: Controller A failed\n",
        ])
        let job = try #require(try a.store.documents(try a.store.allDocumentIDs()).first { $0.source == "job.txt" })
        let id = try #require(job.customers.first?.id)
        // `wingondatacentrelimited` shares 0.8 of its pairs with Ming Tak's name, all of them generic.
        #expect(try a.store.confirmedName(id) != "Ming Tak Data Centre Limited")
    }

    /// Names of other hands that fit another customer's but for what they leave out (the
    /// city, the kind, the department) are not that customer.
    @Test func whatANameLeavesOutIsNotAnotherCustomers() throws {
        func file(_ name: String) -> String { "客户信息卡\n客户全称：\(name)\n" }
        func letter(_ attn: String, _ address: String) -> String {
            "Customer Care\n\(attn)\n\(address)\nAttn: Ms. Luo\n\nRe: Your complaint concerning the ULT-86V490\n"
        }
        let c = try customers([
            "f1.txt": file("唐山市中心医院检验科"),
            "f2.txt": file("东莞市儿童医院检验科"),
            "f3.txt": file("扬州大学第一附属医院检验科"),
            "f4.txt": file("大连海关技术中心食品检测实验室"),
            "f5.txt": file("宜昌市第三人民医院信息科"),
            // An English blood station with its Chinese name in brackets.
            "r1.txt": "Service report\nCustomer: Tangshan Central Blood Station (唐山市中心血站)\nFault: Alarm\n",
            // The first line of an address is no `label value`, and its university places the hospital.
            "r2.txt": letter("The First Affiliated Hospital of Qingdao University", "No. 404, Jianshe Avenue, Qingdao, Shandong"),
            // A name without its city, in a document that names another city.
            "r3.txt": "服务报告\n客户名称：儿童医院检验科\n地址：宜昌市夷陵区发展大道\n故障现象：离心报警\n",
            // The end of a name, its place in brackets.
            "r4.txt": "质量反馈\n反馈单位：食品检测实验室（南昌海关）\n问题描述：温度偏高\n",
            // 附三院 is a university's third hospital, no city's 三院.
            "r5.txt": "维修报告\n委托单位：宜昌医大附三院 信息科\n故障现象：交换机端口掉线\n",
            // A city-less name, and no other city named: the one customer it fits.
            "r6.txt": "维修报告\n客户名称：三院信息科\n故障现象：交换机端口掉线\n",
        ])
        for (doc, file) in [("r1.txt", "f1.txt"), ("r2.txt", "f3.txt"), ("r3.txt", "f2.txt"), ("r4.txt", "f4.txt"), ("r5.txt", "f5.txt")] {
            #expect(c[doc] != c[file], "\(doc) was linked to the customer of \(file)")
        }
        #expect(c["r6.txt"] != nil && c["r6.txt"] == c["f5.txt"])
        #expect(c["r2.txt"] != nil && c["r2.txt"] != c["f3.txt"])
    }

    @Test func aCompanysDepartmentAndAFoundationsHospitalWrittenShortAreOneCustomer() throws {
        // A company's department ends its name: the company is its brand, however its legal
        // form and line of business are written, and its department another's is not.
        #expect(CompanyName.of("晶毅電子股份有限公司資訊部").map { [$0.brand, $0.department] } == ["晶毅", "资讯部"])
        #expect(CompanyName.of("晶毅資訊部").map { [$0.brand, $0.department] } == ["晶毅", "资讯部"])
        #expect(CompanyName.of("慈恩醫院 檢驗醫學科") == nil)
        #expect(InstitutionName.shortForm("财团法人慈恩纪念医院检验医学科") == "慈恩医院检验医学科")
        #expect(InstitutionName.shortForm("纪念医院") == "纪念医院")
        let c = try customers([
            "r1.txt": card("晶毅電子股份有限公司資訊部"),
            "r2.txt": card("晶毅公司資訊部"),
            "r3.txt": card("晶毅資訊部"),
            "r4.txt": card("晶毅公司（廠務部）"),
            "f1.txt": "客戶資料卡\n客戶全稱：財團法人慈恩紀念醫院檢驗醫學科\n",
            "r5.txt": card("慈恩醫院 檢驗醫學科"),
            "r6.txt": card("檢驗醫學科（慈恩醫院）"),
            "f2.txt": "客戶資料卡\n客戶全稱：財團法人佑民紀念醫院檢驗醫學科\n",
            // Short in the customer file, whole in the document.
            "f3.txt": "客戶資料卡\n客戶全稱：安康醫院檢驗醫學科\n",
            "r7.txt": card("財團法人安康紀念醫院 檢驗醫學科"),
            // No customer file: unconfirmed customers written long and short are one.
            "u1.txt": card("仁愛紀念醫院檢驗醫學科"),
            "u2.txt": card("仁愛醫院（檢驗醫學科）"),
            "u3.txt": card("康和醫學化驗所有限公司"),
            "u4.txt": card("康和化驗所"),
            "u5.txt": card("華健化驗所"),
        ])
        #expect(c["r1.txt"] != nil && c["r1.txt"] == c["r2.txt"] && c["r2.txt"] == c["r3.txt"])
        #expect(c["r4.txt"] != nil && c["r4.txt"] != c["r1.txt"])
        #expect(c["f1.txt"] != nil && c["r5.txt"] == c["f1.txt"] && c["r6.txt"] == c["f1.txt"])
        #expect(c["f2.txt"] != nil && c["f2.txt"] != c["f1.txt"])
        #expect(c["f3.txt"] != nil && c["r7.txt"] == c["f3.txt"])
        #expect(c["u1.txt"] != nil && c["u1.txt"] == c["u2.txt"])
        #expect(c["u3.txt"] != nil && c["u3.txt"] == c["u4.txt"] && c["u5.txt"] != nil && c["u5.txt"] != c["u3.txt"])
    }

    @Test func aCompanysDepartmentNamedOtherwiseIsTheSameDepartment() throws {
        // 信息中心, 信息部 and IT部 are one company's IT department; 厂务部 is another department.
        #expect(CompanyName.of("卓信集团 IT部").map { [$0.brand, $0.department] } == ["卓信", "it部"])
        // A line of business is left out of the brand (纺织), but a laboratory stays a laboratory.
        let readings = PlaceReadings()
        let pinyin = { (s: String) in readings.keys(s) }
        let textile = try #require(CompanyName.of("宏骏纺织集团有限公司信息中心"))
        #expect(textile.same(as: try #require(CompanyName.of("宏骏集团（信息中心）")), pinyin: pinyin))
        #expect(!textile.same(as: try #require(CompanyName.of("Hongjun Med Lab")), pinyin: pinyin))
        #expect(try #require(CompanyName.of("宏骏检验所")).same(as: try #require(CompanyName.of("Hongjun Med Lab")), pinyin: pinyin))
        // A name of the brand alone may be the laboratory's.
        #expect(try #require(CompanyName.of("泉州康泰")).same(as: try #require(CompanyName.of("Kangtai Medical Laboratory")), pinyin: pinyin))
        let c = try customers([
            "f1.txt": "客户资料卡\n客户全称：卓信物流集团有限公司信息中心\n",
            "f2.txt": "客户资料卡\n客户全称：卓信物流集团有限公司厂务部\n",
            "r1.txt": card("信息部@卓信集团"),
            "r2.txt": card("卓信集团 IT部"),
            "r3.txt": card("卓信集团（厂务部）"),
        ])
        #expect(c["f1.txt"] != nil && c["r1.txt"] == c["f1.txt"] && c["r2.txt"] == c["f1.txt"])
        #expect(c["f2.txt"] != nil && c["f2.txt"] != c["f1.txt"] && c["r3.txt"] == c["f2.txt"])
    }

    @Test func aNameInBothScriptsWithASpaceBetweenIsOneCustomer() throws {
        #expect(ArchiveStore.namesInTwoScripts("Hong Wo Medical Laboratory Ltd. 康和醫學化驗所")?.1 == "康和醫學化驗所")
        #expect(ArchiveStore.namesInTwoScripts("哈尔滨教育信息化中心 Harbin Education IT Center")?.1 == "Harbin Education IT Center")
        // Not a department in the other language, nor a name with a Latin abbreviation in it.
        #expect(ArchiveStore.namesInTwoScripts("南京市中医院 Dept. of Radiology") == nil)
        #expect(ArchiveStore.namesInTwoScripts("大连市CDC 理化检验所") == nil)
        #expect(ArchiveStore.customerName("Hong Wo Medical Laboratory Ltd. 康和醫學化驗所") == "Hong Wo Medical Laboratory Ltd.")
        let c = try customers([
            "e.txt": "Service report\nCustomer: Hong Wo Medical Laboratory Limited\nFault: Alarm\n",
            "z.txt": card("康和醫學化驗所有限公司"),
            "b.txt": "Service report\nCustomer: Hong Wo Medical Laboratory Ltd. 康和醫學化驗所\nFault: Alarm\n",
        ])
        #expect(c["e.txt"] != nil && c["e.txt"] == c["z.txt"] && c["b.txt"] == c["e.txt"])
    }

    @Test func taiwansMinistryHospitalsInEnglishArePlacedByTheirCity() throws {
        // `MOHW Taichung Hospital` is 衛生福利部臺中醫院: the ministry's hospital of 台中.
        let taichung = InstitutionName.of("MOHW Taichung Hospital, Information Technology Office")
        #expect(taichung.kind == "部立医院" && taichung.city == "taichung" && taichung.department == "信息科")
        let tainan = InstitutionName.of(ArchiveStore.customerName("Tainan Hospital (MOHW) – IT Office"))
        #expect(tainan.kind == "部立医院" && tainan.city == "tainan" && tainan.department == "信息科")
        #expect(InstitutionName.of("Tainan Hospital, Ministry of Health and Welfare (IT Office)").city == "tainan")
        func report(_ customer: String) -> String { "Service report\nCustomer: \(customer)\nFault: Alarm\n" }
        let c = try customers([
            "m1.txt": card("衛生福利部臺南醫院 資訊室"),
            "m2.txt": report("Tainan Hospital (MOHW) – IT Office"),
            "m3.txt": report("Tainan Hospital, Ministry of Health and Welfare (IT Office)"),
            "m4.txt": report("MOHW Taichung Hospital, Information Technology Office"),
        ])
        #expect(c["m2.txt"] != nil && c["m2.txt"] == c["m3.txt"])
        #expect(c["m4.txt"] != nil && c["m4.txt"] != c["m2.txt"] && c["m4.txt"] != c["m1.txt"])
    }

    @Test func oneInstitutionWrittenOtherwiseIsOneCustomer() throws {
        let c = try customers([
            "r1.txt": card("佛山市儿童医院 信息科"),
            "r2.txt": card("佛山儿童医院（信息科）"),
            "r3.txt": card("信息科（佛山儿童医院）"),
            // The institution alone: its one department the archive knows.
            "r4.txt": card("佛山市儿童医院"),
            "r5.txt": card("私立德生醫事檢驗所"),
            "r6.txt": card("德生醫檢所"),
            "r7.txt": card("绍兴市疾病预防控制中心微生物检验所"),
            "r8.txt": card("绍兴市CDC微生物检验所"),
            "r9.txt": card("南昌海关技术中心·食品检测实验室"),
            "r10.txt": card("食品检测实验室 南昌海关技术中心"),
            // A shorter name of the institution with the same department.
            "r11.txt": card("南昌海关 食品检测实验室"),
            // A CDC's department that ends as an institution does.
            "r12.txt": card("扬州市疾病预防控制中心理化检验所"),
            "r13.txt": card("扬州市CDC·理化检验所"),
            // Never: another institution, another city, another department.
            "n1.txt": card("佛山市第一人民医院信息科"),
            "n2.txt": card("大连海关技术中心食品检测实验室"),
            "n3.txt": card("佛山儿童医院放射科"),
        ])
        let foshan = try #require(c["r1.txt"] ?? nil)
        #expect(c["r2.txt"] == foshan && c["r3.txt"] == foshan)
        #expect(c["r5.txt"] != nil && c["r5.txt"] == c["r6.txt"])
        #expect(c["r7.txt"] != nil && c["r7.txt"] == c["r8.txt"])
        #expect(c["r12.txt"] != nil && c["r12.txt"] == c["r13.txt"] && c["r12.txt"] != c["r7.txt"])
        let nanchang = try #require(c["r9.txt"] ?? nil)
        #expect(c["r10.txt"] == nanchang && c["r11.txt"] == nanchang)
        #expect(c["n1.txt"] != foshan && c["n2.txt"] != nanchang && c["n3.txt"] != foshan && c["n3.txt"] != nil)
        // Two departments of 佛山儿童医院 are known (信息科, 放射科): the bare name joins neither.
        #expect(c["r4.txt"] != foshan && c["r4.txt"] != c["n3.txt"])
    }

    @Test func theInstitutionAloneJoinsItsOnlyDepartmentEvenAConfirmedOne() throws {
        let c = try customers([
            "file.txt": "客户档案\n客户名称：宜昌大学医学院中心实验室\n",
            "r1.txt": card("宜昌大学医学院"),
            "r2.txt": card("宜昌大学医学院（中心实验室）"),
            "r3.txt": card("山西省人民医院信息科"),
            "r4.txt": card("山西省医（信息科）"),
        ])
        let yichang = try #require(c["file.txt"] ?? nil)
        #expect(c["r1.txt"] == yichang && c["r2.txt"] == yichang)
        #expect(c["r3.txt"] != nil && c["r3.txt"] == c["r4.txt"])
    }

    @Test func aCitysNameInPinyinIsNoNameOfACompanyOfThatCity() throws {
        let c = try customers([
            "file.txt": "客户档案\n客户名称：青岛汇智医学检验实验室有限公司\n",
            "r1.txt": "Service Report\nCustomer: Qingdao Central Blood Station\nProblem reported: E27\n",
            "r2.txt": "Service Report\nCustomer: Huizhi Medical Laboratory\nProblem reported: E27\n",
        ])
        let huizhi = try #require(c["file.txt"] ?? nil)
        #expect(c["r2.txt"] == huizhi)
        #expect(c["r1.txt"] != huizhi)
    }
}
