import Foundation
import Testing
@testable import ArchiveIndex

/// The customer where account records put it: a CRM report's columns under its title and run
/// date, an account review titled by its account, a bank's name, and a form that names both the
/// party served and the company serving.
@Suite struct AccountRecordsTests: ReadsText {
    @Test func aReportsColumnsAreBelowItsTitleAndRunDate() throws {
        let rows = try LedgerReader.rows("""
            Report: Accounts with Assets,,,,,
            Generated,21 May 2023,,,,

            Account Name,Former Name,Billing City,Asset Serial,Product,Install Date
            "Eye Dept., Xiangyang Central Hosp.",,Xiangyang,OCT52-47562-19,OCT scanner OCT-5200,2019-10-28
            "Eye Dept., Xiangyang Central Hosp.",,Xiangyang,ark17e8371,auto refractor-keratometer VisuRef 7,2018-02-13
            """, name: "account_KH006.csv")
        let docs = try rows.map { try Extraction.extract($0, source: "account_KH006.csv") }
        #expect(docs.count == 2)
        #expect(docs.last?.values(.customer).map(\.value) == ["Eye Dept., Xiangyang Central Hosp."], "\(docs.last?.fields.map { ($0.name, $0.value) } ?? [])")
        #expect(docs.last?.values(.serial).first?.canonical == "ARK17E8371")
        #expect(docs.last?.kind == .equipment)
        // One account's export: its one record under the same columns, not the title read as
        // the header over the run date, the columns and the record.
        let one = try LedgerReader.rows("""
            Report: Accounts with Assets,,,,,
            Generated,23 September 2019,,,,

            Account Name,Former Name,Billing City,Asset Serial,Product,Install Date
            "Dept. of Ophthalmology, Qinhuangdao No.1 Hospital",,Qinhuangdao,OCT 527146818,OCT scanner RetiView 80,2018-05-28
            """, name: "account_KH036.csv")
        #expect(one.count == 1)
        let record = try Extraction.extract(try #require(one.first), source: "account_KH036.csv")
        #expect(record.values(.customer).map(\.value) == ["Dept. of Ophthalmology, Qinhuangdao No.1 Hospital"], "\(record.fields.map { ($0.name, $0.value) })")
        #expect(record.values(.serial).first?.canonical == "OCT527146818")
        // A form's fields above one row of columns are the form's: one document, its customer kept.
        let form = try LedgerReader.rows("""
            客户,芜湖口腔医院,,
            日期,2024-04-15,,
            型号,序列号,故障现象,处理措施
            RadView C3,M5X1990676,屏幕闪烁,更换背光模组
            """, name: "维修记录.csv")
        #expect(form.count == 1)
        let card = try Extraction.extract(try #require(form.first), source: "维修记录.csv")
        #expect(card.values(.customer).map(\.value) == ["芜湖口腔医院"], "\(card.fields.map { ($0.name, $0.value) })")
    }

    @Test func anAccountReviewIsTitledByItsAccount() throws {
        let d = try extract("""
            Account review – Xiangyang Central Hospital – Ophthalmology

            Installed base:
            - auto refractor-keratometer VisuRef 7, S/N ark17e8371, installed February 2018
            """)
        #expect(values(d, .customer) == ["Xiangyang Central Hospital – Ophthalmology"], "\(d.fields.map { ($0.name, $0.value) })")
        // A title that names no institution names no customer.
        #expect(try extract("Customer complaint – printer does not feed paper\n").values(.customer).isEmpty)
    }

    @Test func aBankIsAnInstitution() throws {
        let d = try extract("""
            存取款一体机保养报告
            | 用户单位 | 保养日期 | 型号 | 出厂编号 |
            |---|---|---|---|
            | 台州嘉禾农村商业银行·运营管理部 | 2021.6.23 | crs-9680 | CR161214963 |
            """)
        #expect(values(d, .customer) == ["台州嘉禾农村商业银行·运营管理部"], "\(d.fields.map { ($0.name, $0.value) })")
    }

    @Test func theCompanyServingBesideTheCustomerIsNoCustomer() throws {
        let both = try extract("2018年度维保服务年报\n客户：襄阳市中心医院（眼科）\n服务单位：启衡技术服务有限公司\n")
        #expect(values(both, .customer) == ["襄阳市中心医院（眼科）"], "\(both.fields.map { ($0.name, $0.value) })")
        // Nor is a contractor who worked beside the engineer.
        let contractor = try extract("设备服务技术报告\n用户单位：迈科塑胶\n施工配合单位：无锡德汇电力工程有限公司\n出厂编号：MJ4704 16S\n")
        #expect(values(contractor, .customer) == ["迈科塑胶"], "\(contractor.fields.map { ($0.name, $0.value) })")
        // Alone, 服务单位 is the party served, as other forms write it.
        let alone = try extract("服务报告\n服务单位：山东省立医院东院·检验中心\n服务日期：2023-03-02\n")
        #expect(values(alone, .customer) == ["山东省立医院东院·检验中心"])
    }

    /// A transfer slip's 调出单位 is where the unit came from; a 督办单's 承办单位 is the company
    /// serving; a department written alone (眼科, 仓储部) is no customer of its own.
    @Test func aTransferSlipsGiverAndADepartmentAloneAreNoCustomers() throws {
        let slip = try extract("固定资产调拨单\n调出单位：漳州市医院口腔科\n调入单位：漳州安澜口腔门诊部\n出厂编号：D71903-8484Y\n")
        #expect(values(slip, .customer) == ["漳州安澜口腔门诊部"], "\(slip.fields.map { ($0.name, $0.value) })")
        #expect(values(slip, .formerOwner) == ["漳州市医院口腔科"])
        let dir = try TempDir("DepartmentAlone")
        let archive = try TestArchive(dir, paths: [
            try dir.file("d1.txt", "襄阳中心医院  设备故障督办单\n发起科室：眼科\n督办事项：扫描仪无法升降，机身号 OCT52-47562-19\n承办单位：启衡技术服务有限公司\n"),
            try dir.file("d2.txt", "桂林医院  设备故障督办单\n发起科室：眼科\n督办事项：验光仪不出纸，机身号 ARK17E8371\n承办单位：启衡技术服务有限公司\n"),
        ])
        // Neither the company serving both nor 眼科 joins two hospitals' documents.
        let d1 = try archive.customers(of: "d1.txt")
        #expect(d1 == [], "\(d1 ?? [])")
        #expect(try archive.customers(of: "d2.txt") == [])
        #expect(InstitutionName.isBare("仓储部") && InstitutionName.isBare("消化内镜中心"))
        #expect(!InstitutionName.isBare("襄阳眼科") && !InstitutionName.isBare("德心医院") && !InstitutionName.isBare("瑞铂医学检验"))
    }

    @Test func aNoteSignedByItsEngineerAndAnInstallationItRecords() throws {
        let note = """
            # 装机记录：常州市一院-眼科 电脑验光仪

            - 出厂编号：ARK 21T3819

            ## 安装

            安装日期：2021-04-28。设备安装调试完成，开机测试正常，已对操作人员进行培训。

            —— 贾工
            """
        #expect(values(try extract(note), .engineer) == ["贾工"])
        let dir = try TempDir()
        let a = try TestArchive(dir, files: ["notes/装机_ARK21T3819.md": note])
        let b = try BriefBuilder.build(.serial("ARK21T3819"), store: a.store, today: "2024-06-01")
        #expect(b.history.compactMap(\.date) == ["2021-04-28"], "\(b.history.map { $0.date ?? "-" })")
        // A dash before no engineer's name signs nothing.
        #expect(try extract("谢谢\n—— 客户服务部\n").values(.engineer).isEmpty)
    }

    /// An English name that writes its department first is the same name as one that writes
    /// it after the institution.
    @Test func aDepartmentWrittenFirstIsTheSameCustomer() throws {
        #expect(RomanisedNames.distinctiveWords("Ophthalmology, Da Chien General Hospital") == ["da", "chien"])
        #expect(RomanisedNames.distinctiveWords("Eye Dept., Xiangyang Central Hosp.") == ["xiangyang"])
        #expect(RomanisedNames.distinctiveWords("Da Chien General Hospital – Ophthalmology") == ["da", "chien"])
        // Which of a group's hospitals: its place stays one of its words.
        #expect(RomanisedNames.distinctiveWords("Department of Laboratory Medicine, Chang Gung Memorial Hospital, Linkou").first == "linkou")
        // A comma inside an institution's name parts nothing (`Foo Co., Ltd.`).
        #expect(RomanisedNames.distinctiveWords("Jiujiang Minghui New Energy Co., Ltd.") == ["jiujiang", "minghui"])
        let dir = try TempDir("DepartmentFirst")
        let archive = try TestArchive(dir, paths: [
            try dir.file("r1.txt", "Service Report\nCustomer: Da Chien General Hospital – Ophthalmology\nSerial: ARK18C5491\nProblem: printer does not feed paper\n"),
            try dir.file("r2.txt", "Service Report\nCustomer: Ophthalmology, Da Chien General Hospital\nSerial: ARK19C7702\nProblem: touch screen does not respond\n"),
        ])
        let first = try #require(try archive.customers(of: "r1.txt")?.first)
        #expect(try archive.customers(of: "r2.txt") == [first])
    }

    /// An archive filed by customer: a document that names no customer belongs to the one its
    /// folder names, when kb knows that customer; a folder makes no customer of its own.
    @Test func aDocumentFiledUnderItsCustomersFolder() throws {
        let dir = try TempDir("Folders")
        let root = dir.url.appendingPathComponent("archive")
        for (path, text) in [
            ("客户/安庆/安庆市第二人民医院-设备科/客户档案.txt", "客户档案\n客户名称：安庆市第二人民医院设备科\n"),
            ("客户/安庆/安庆市第二人民医院-设备科/维修/r1.txt", "维修记录\n出厂编号：E2261892\n服务日期：2022-07-08\n故障现象：打印空白\n"),
            ("Overseas/Perth/Swan River Radiology/Repairs/r2.txt", "JOB SHEET\nSerial: SRR18G667\nDate: 2020-05-21\nProblem reported: no image\n"),
            ("Overseas/Perth/Swan River Radiology/Repairs/r3.txt", "JOB SHEET\nCustomer: Swan River Radiology Pty Ltd\nSerial: SRR19K001\nDate: 2020-06-01\nProblem reported: no image\n"),
            ("Overseas/Perth/Harbour Imaging Group/Repairs/r4.txt", "JOB SHEET\nSerial: HIG20A123\nDate: 2020-07-01\nProblem reported: no image\n"),
        ] { _ = try dir.file("archive/" + path, text) }
        let archive = try TestArchive(dir, paths: [root])
        #expect(try archive.customers(of: "客户/安庆/安庆市第二人民医院-设备科/维修/r1.txt") == ["安庆市第二人民医院设备科"])
        #expect(try archive.customers(of: "Overseas/Perth/Swan River Radiology/Repairs/r2.txt") == ["Swan River Radiology Pty Ltd"])
        #expect(try archive.customers(of: "Overseas/Perth/Harbour Imaging Group/Repairs/r4.txt") == [])
        #expect(FolderCustomers.candidates("客户/安庆/维修/2022/r1.txt").isEmpty)
        // A folder of many customers' records names none of them.
        #expect(FolderCustomers.candidates("Exports/Customer Master/acct_1.csv").isEmpty)
        #expect(FolderCustomers.candidates("Sales/Installed base/Zhongshan Data Centre.xlsx").isEmpty)
    }

    /// A customer file that writes no customer's name (a profile filed under the customer's
    /// folder) vouches for the folder it is filed in, without the account code filed after the
    /// name, and not for the folders above (`Chai Wan`, a district).
    @Test func aCustomerFileNamingNoCustomerVouchesForItsOwnFolderWithoutItsCode() throws {
        #expect(FolderCustomers.withoutAccountCode("Harbourline Plastic Products Factory Ltd. C029") == "Harbourline Plastic Products Factory Ltd.")
        #expect(FolderCustomers.withoutAccountCode("Swan River Radiology (C-0291)") == "Swan River Radiology")
        #expect(FolderCustomers.withoutAccountCode("Kowloon Clinic #0042") == "Kowloon Clinic")
        // A number of the name stays.
        #expect(FolderCustomers.withoutAccountCode("Plant 2") == "Plant 2")
        #expect(FolderCustomers.withoutAccountCode("Foxconn Plant F12") == "Foxconn Plant F12")
        #expect(FolderCustomers.withoutAccountCode("Chinese PLA General Hospital 301") == "Chinese PLA General Hospital 301")
        let dir = try TempDir("FolderOfCustomerFile")
        let root = dir.url.appendingPathComponent("archive")
        let folder = "Customers/Hong Kong/Chai Wan/Harbourline Plastic Products Factory Ltd. C029"
        for (path, text) in [
            ("\(folder)/Account/0024.txt", "CUSTOMER PROFILE\nIndustry: plastic products\nInstalled base:\n"
                + "- screw air compressor SK-90W, S/N KS-1611-22286, installed 2016\n"),
            ("\(folder)/Service/r1.txt", "JOB SHEET\nSerial: KS-1611-22286\nDate: 2020-05-21\nProblem reported: pressure low\n"),
        ] { _ = try dir.file("archive/" + path, text) }
        let archive = try TestArchive(dir, paths: [root])
        let links = try CustomerFileReachTests.links(archive.store)
        #expect(links.contains("customer Harbourline Plastic Products Factory Ltd.: Harbourline Plastic Products Factory Ltd."), "\(links)")
        #expect(try archive.customers(of: "\(folder)/Service/r1.txt") == ["Harbourline Plastic Products Factory Ltd."])
    }

    /// A contract's party goes by the company's legal name or its brand (`甲方：苏州瑞铂精密机械有限公司`), not the
    /// name its department's records are kept under: it vouches for no customer as a customer
    /// file does, and is linked as any document's name.
    @Test func aContractsPartyIsNoCustomerFilesName() throws {
        let dir = try TempDir("ContractParty")
        let archive = try TestArchive(dir, paths: [
            try dir.file("contract.txt", "设备维保服务合同\n甲方（委托方）：苏州瑞铂精密机械有限公司\n乙方（服务方）：砺拓工业装备技术服务有限公司\n"
                         + "| 序号 | 设备名称 | 型号 | 出厂编号 |\n|---|---|---|---|\n| 1 | 空压机 | SK-90W | KS-1611-22286 |\n"),
            try dir.file("r1.txt", "维修单\n客户名称：苏州瑞铂精密机械有限公司\n出厂编号：KS-1611-22286\n故障现象：排气温度高\n"),
        ])
        let links = try CustomerFileReachTests.links(archive.store)
        #expect(links.contains { $0.hasPrefix("customer 苏州瑞铂精密机械有限公司 (unconfirmed):") }, "\(links)")
    }

    /// A hospital named with its kind first, as Malay, Spanish and French write it, is named
    /// by the words after the kind, and is a customer like any other.
    @Test func aHospitalNamedKindFirstIsACustomer() throws {
        #expect(RomanisedNames.distinctiveWords("Hospital Raja Permaisuri Bainun – Jabatan Oftalmologi") == ["raja", "permaisuri", "bainun"])
        #expect(RomanisedNames.distinctiveWords("Hospital of Stomatology").isEmpty)
        #expect(RomanisedNames.distinctiveWords("Hospital Authority (Princess Margaret Hospital)").isEmpty)
        #expect(RomanisedNames.distinctiveWords("IT Dept, Hospital Universitário").isEmpty)
        let dir = try TempDir("KindFirst")
        let archive = try TestArchive(dir, paths: [
            try dir.file("r1.txt", "Service Report\nCustomer: Hospital Raja Permaisuri Bainun – Jabatan Oftalmologi\nSerial: ARK17T6806\nProblem: keratometry readings off\n"),
            try dir.file("r2.txt", "Service Report\nCustomer: Hospital Raja Permaisuri Bainun (Eye Clinic)\nSerial: ARK19C5771\nProblem: printer does not feed paper\n"),
            try dir.file("r3.txt", "Service Report\nCustomer: Hospital Sultanah Aminah – Jabatan Oftalmologi\nSerial: ARK20C1234\nProblem: printer does not feed paper\n"),
        ])
        let first = try #require(try archive.customers(of: "r1.txt")?.first)
        #expect(try archive.customers(of: "r2.txt") == [first])
        let other = try #require(try archive.customers(of: "r3.txt")?.first)
        #expect(other != first)
    }
}
