import Foundation
import GRDB
import Testing
@testable import ArchiveIndex

/// Fields from forms written by other hands: Markdown tables, bold labels and lists, labels
/// nobody listed, dates with their role and their order.
@Suite struct LongTailFieldTests: ReadsText {
    func extract(_ text: String) throws -> ExtractedDocument {
        try Extraction.extract(ReadPart(part: "", text: text), source: "t.md")
    }

    /// A scanned job card as OCR reads it: `Fau1t`, `Eng1neer` are the labels they look like;
    /// the values keep their digits as written (`nv0520r29652`).
    @Test func labelsMisreadByOCRAreTheLabelsTheyLookLike() throws {
        let card = try extract("""
            [scanned job card - text recognised automatically]
            J0B CARD   Job no. JOB-243481
            Equip. S/N: nv0520r29652
            Date: 5/9/2024
            Fau1t: User complaint: recording timestamps wrong
            Eng1neer: Alan Mak
            Room 101: not a label
            """)
        #expect(values(card, .fault) == ["User complaint: recording timestamps wrong"])
        #expect(values(card, .engineer) == ["Alan Mak"])
        #expect(card.values(.serial).first?.canonical == "NV0520R29652")
    }

    /// A Hong Kong office's `日期格式：日/月/年` says its dates are day first; a bracket after a
    /// label says how, not what (`日期(民國)`, `序號(S/N)`).
    @Test func aDateFormatInChineseAndABracketAfterALabel() throws {
        let hk = try extract("香港辦事處服務部 — 日期格式：日/月/年\n客戶：香港仔醫院 資訊科技組\n日期：05/09/2018\n")
        #expect(hk.date == "2018-09-05")
        #expect(Labels.named("日期(民国)")?.name == .date)
        #expect(Labels.named("序号(s/n)")?.name == .serial)
        #expect(Labels.named("备注(内部)") == nil)
        let huawei = try extract("# 华为 S5735 交换机 设备档案\n\n客户：杭州市西湖区教育局 数据中心\n设备序列号(SN)：2102 3519 31P0 K800 0123\n")
        #expect(huawei.values(.serial).first?.canonical == "2102351931P0K8000123")
    }

    /// `Serial` alone and a vendor's `Service tag` name the unit (equipment histories by other hands).
    @Test func serialAloneAndServiceTagAreSerials() throws {
        let dell = try extract("=== Equipment history: Dell PowerEdge R740 ===\nCustomer: Galway Clinic, IT Department\nService tag: 7xk2p93  (asset label reads 7XK-2P93)\n")
        #expect(dell.values(.serial).first?.canonical == "7XK2P93")
        let zeiss = try extract("Customer: Garvan Institute of Medical Research\nSerial: 3525 00 1877\n")
        #expect(zeiss.values(.serial).first?.canonical == "3525001877")
    }

    @Test func labelsInTwoLanguagesSpreadOverAColumnOrOverTheirValues() throws {
        // `客戶 Customer：…` and `客戶 Customer     …`: the English is the label's, not the value's.
        let sheet = try extract("""
            客戶 Customer：康和醫院資訊科技部 (Hong Wo Hospital, IT Department)
            日期 Date (DD/MM/YYYY)：23/01/2023
            序號 S/N：18FD 239559
            維修 Work Done：更換整組電池
            工程師 Engineer      陳家豪
            """)
        #expect(values(sheet, .customer) == ["康和醫院資訊科技部 (Hong Wo Hospital, IT Department)"])
        #expect(sheet.date == "2023-01-23")
        #expect(sheet.values(.serial).first?.canonical == "18FD239559")
        #expect(values(sheet, .action) == ["更換整組電池"] && values(sheet, .engineer) == ["陳家豪"])
        // `型　　號　：` — a label spread to a column's width with ideographic spaces.
        let spread = try extract("客戶名稱　：安康醫院檢驗醫學科\n型　　號　：CS-2400i\n序　　號　：KB20043556\n")
        #expect(spread.values(.model).first?.value == "CS-2400i" && spread.values(.serial).first?.canonical == "KB20043556")
        // A semicolon separates fields: any field's label after it ends the value before it.
        let joined = try extract("客訴單\n客戶：台北醫院資訊室；客訴日期：108年9月27日\n")
        #expect(values(joined, .customer) == ["台北醫院資訊室"])
        #expect(joined.values(.received).first?.canonical == "2019-09-27")
        // …but a clause after it is no field of its own unless its words name one.
        let clauses = try extract("处理：更换碳刷；备注：客户满意\n")
        #expect(values(clauses, .action) == ["更换碳刷；备注：客户满意"])
        // A form exported label over value, line by line (three pairs or more)…
        let export = try extract("工单编号\nWX20180806003\n客户全称\n宁波中心医院-信息科\n产品序列号\n2102 1133 BK17 69137\n到场时间\n2018-08-06 13:00:58\n用户反映\n硬盘框告警\n")
        #expect(values(export, .customer) == ["宁波中心医院-信息科"] && export.date == "2018-08-06")
        #expect(export.values(.serial).first?.canonical == "21021133BK1769137" && values(export, .fault) == ["硬盘框告警"])
        // …but one such line in prose is no label.
        let prose = try extract("处理结果\n更换硬盘后正常\n")
        #expect(values(prose, .result).isEmpty && values(prose, .action).isEmpty)
        // A letter: the institution above `Attn:`; a signature's `Customer Care Manager, Foo` is no label.
        let letter = try extract("""
            Kiu Kwong Medical Laboratory Limited
            16/F, 75 Siu Lek Yuen Road, Sha Tin
            Attn: Winnie Cheung

            Yours sincerely,
            Customer Care Manager, Hanseatic Labtech Asia Pacific Ltd.
            """)
        #expect(values(letter, .customer) == ["Kiu Kwong Medical Laboratory Limited"])
    }

    @Test func markdownTablesBoldLabelsAndLists() throws {
        let d = try extract("""
            # 维修报告

            | 项目 | 内容 |
            |---|---|
            | 客户名称 | 重庆市妇幼保健院中心实验室 |
            | 报修日期 | 2024/2/3 | 出厂编号 | DA7600-2019-0457 |

            - **故障现象**：离心机不升速
            **处理方法:** 更换碳刷
            * **Service engineer**: Li Wei
            """)
        #expect(values(d, .customer) == ["重庆市妇幼保健院中心实验室"])
        #expect(d.date == "2024-02-03")
        #expect(d.values(.serial).first?.canonical == "DA7600201904 57".replacingOccurrences(of: " ", with: ""))
        #expect(values(d, .fault) == ["离心机不升速"])
        #expect(values(d, .action) == ["更换碳刷"])
        #expect(values(d, .engineer) == ["Li Wei"])
        // A table of column names over several rows of data is a log, no label and value…
        let log = try extract("| 日期 | 故障现象 | 处理 | 工程师 |\n|---|---|---|---|\n| 2023-05-12 | 不升速 | 更换碳刷 | 王伟 |\n| 2024-02-03 | 报E27 | 更换温控板 | 李强 |\n")
        #expect(log.fields.filter { $0.name != .serial }.isEmpty, "\(log.fields)")
        // …and over one row, a form laid out sideways.
        let form = try extract("| 客户 | 报修日期 | 故障现象 | 处理 | 备注 |\n|---|---|---|---|---|\n| 重庆市妇幼保健院 | 2023-05-12 | 不升速 | 更换碳刷 | 无 |\n")
        #expect(values(form, .customer) == ["重庆市妇幼保健院"] && form.date == "2023-05-12")
        #expect(values(form, .fault) == ["不升速"] && values(form, .action) == ["更换碳刷"])
    }

    @Test func markdownTablesWithoutOuterBarsAndBoldLabelsWithoutAColon() throws {
        // Markdown lets a table leave out its outer bars; the first cell is the label.
        let table = try extract("""
            ## 现场处理记录

            使用单位 | 嘉禾市第三人民医院 放射科
            --- | ---
            设备编号 | XR-7788-2021
            报修日期 | 2023-11-08
            现象描述 | 球管过热报警，曝光中断
            """)
        #expect(values(table, .customer) == ["嘉禾市第三人民医院 放射科"], "\(table.fields)")
        #expect(table.date == "2023-11-08")
        #expect(values(table, .fault) == ["球管过热报警，曝光中断"])
        // A bold label followed by its value, with no colon between.
        let bold = try extract("# 保养记录\n\n**委托单位** 清溪县人民医院设备科  \n**保养日期** 2022.06.15  \n\n保养人：赵明\n")
        #expect(values(bold, .customer) == ["清溪县人民医院设备科"], "\(bold.fields)")
        #expect(bold.date == "2022-06-15")
        // A line of prose with a bar in it is no table row, nor is a row of column names.
        // Labelled cells parted by bars are read as before, each with its own label.
        let cells = try extract("工程师：张伟 | 日期：2024-01-02\n客户：某某医院检验科 | 故障：不开机\n")
        #expect(values(cells, .engineer) == ["张伟"] && cells.date == "2024-01-02", "\(cells.fields)")
        #expect(values(cells, .customer) == ["某某医院检验科"] && values(cells, .fault) == ["不开机"], "\(cells.fields)")
        let prose = try extract("故障现象：电源指示灯亮 | 风扇不转\n")
        #expect(values(prose, .fault) == ["电源指示灯亮 | 风扇不转"], "\(prose.fields)")
        let columns = try extract("型号 | 序列号 | 日期\n--- | --- | ---\nXR-7788 | XR7788-2021 | 2023-11-08\n")
        #expect(columns.values(.model).isEmpty, "\(columns.fields)")
    }

    @Test(arguments: [
        ("报修单位", FieldName.customer), ("送修单位", .customer), ("服务对象", .customer), ("End user", .customer),
        ("Requesting lab", .customer), ("投诉内容", .fault), ("Problem reported", .fault), ("Work performed", .action),
        ("Corrective action", .action), ("FSE", .engineer), ("Serviced by", .engineer), ("到场日期", .date),
        ("Date of visit", .date), ("装机日期", .installDate), ("Commissioned on", .installDate), ("回访日期", .followUp),
        ("客户编号", .number), ("Customer ID", .number), ("客户特点", .customerClass), ("客户地址", .address),
        // A label that ends in a date word is a date, whatever its other words say.
        ("现场处理日期", .date), ("處理完成時間", .date), ("Resolution date", .date), ("接獲日期", .received),
        ("现场处理", .action), ("處理措施", .action),
        // Whom a certificate was made for.
        ("Issued to", .customer), ("Prepared for", .customer),
    ])
    func unlistedLabelsAreReadByTheirWords(_ label: String, _ field: FieldName) throws {
        #expect(Labels.classify(folded: try Normalizer.fold(label)) == field)
    }

    /// A form headed by the institution that keeps it (a bank branch's book of visits to its
    /// machine), and a company written by its line of business without its legal form.
    @Test func anInstitutionThatHeadsItsFormAndACompanyWithoutItsLegalForm() throws {
        let book = try extract("中国工商银行常州分行  自助设备维护登记簿\n机具型号：TELLERMAX 560　　机具编号：CR221092186\n\n日期\t维护单位\t维护人员\n2023-10-06\t启衡技术服务有限公司\t鲍建平\n")
        #expect(values(book, .customer) == ["中国工商银行常州分行"], "\(book.fields)")
        // A department heads nothing: every hospital has one. Nor does the company that writes a report.
        #expect(values(try extract("医学影像科  设备维修登记簿\n型号：BC-5000\n"), .customer).isEmpty)
        #expect(values(try extract("启衡技术服务有限公司  维修报告\n型号：BC-5000\n"), .customer).isEmpty)
        #expect(values(try extract("设备维修登记簿\n型号：BC-5000\n"), .customer).isEmpty)
        let table = try extract("维修费用确认单\n| 客户单位 | 联系人 | 服务日期 |\n|---|---|---|\n| 三江源新能源 | 葛主管 | 2025-05-27 |\n")
        #expect(values(table, .customer) == ["三江源新能源"], "\(table.fields)")
    }

    /// A model and a serial under one label, parted by a slash in both.
    @Test func aModelAndASerialUnderOneLabel() throws {
        let cert = try extract("CERTIFICATE OF VERIFICATION\n\nIssued to                           Changzhou First Hospital (Ophthalmology)\nModel / Serial                      VisuRef 7 / ARK20J9194\nDate of verification                18 July 2023\n")
        #expect(cert.values(.serial).compactMap(\.canonical) == ["ARK20J9194"], "\(cert.fields)")
        #expect(values(cert, .model) == ["VisuRef 7"] && values(cert, .customer) == ["Changzhou First Hospital (Ophthalmology)"], "\(cert.fields)")
        // A model that looks like a serial is no serial mention either.
        // After a value, a serial label is no second label (`P/N 8003-1234 / S/N XL2001234`).
        let parts = try extract("Board replaced (P/N 8003-1234 / S/N XL2001234) on the analyser.\n")
        #expect(parts.values(.serial).compactMap(\.canonical).contains("XL2001234"), "\(parts.fields)")
        let washer = try extract("Issued to      Jinhua Central Hosp. – Endoscopy Unit\nModel / Serial                      MD-5MP21 / M5R1894221\n")
        #expect(washer.values(.serial).compactMap(\.canonical) == ["M5R1894221"], "\(washer.fields)")
        let chinese = try extract("型号/出厂编号：BC-5000/BC50021K0137\n")
        #expect(chinese.values(.serial).compactMap(\.canonical) == ["BC50021K0137"], "\(chinese.fields)")
        #expect(values(chinese, .model) == ["BC-5000"], "\(chinese.fields)")
    }

    @Test func customerFilesOfOtherTemplates() throws {
        // Two label and value pairs a row; an institution's name is a value though its words
        // (医院) would make it a label; the English name is another name of the customer.
        let d = try extract("""
            # 客户基本信息表

            | 单位全称 | 无锡市人民医院信息科 | 客户等级 | C |
            |---|---|---|---|
            | 英文名称 | Wuxi Municipal People's Hospital, IT Department | 客户类型 | 医院 |
            """)
        #expect(values(d, .customer) == ["无锡市人民医院信息科"] && values(d, .customerClass).first == "C")
        #expect(values(d, .alias) == ["Wuxi Municipal People's Hospital, IT Department"])
        #expect(d.kind == .customer)
        #expect(ArchiveStore.splitAliases("Wuxi Municipal People's Hospital, IT Department") == ["Wuxi Municipal People's Hospital, IT Department"])
        #expect(ArchiveStore.splitAliases("永豐公司、永豐科技 / Yongfeng Technology Corp.") == ["永豐公司", "永豐科技", "Yongfeng Technology Corp."])
        for title in ["# Account Profile", "# Installed Base Report", "# 客戶資訊登記表", "# 2022年度巡检计划"] {
            #expect(try extract("\(title)\n\nCustomer: 某市第一人民医院检验科\n").kind == .customer, "\(title)")
        }
        let registered = try extract("客戶資料\n客戶編號：KH074\n登記名稱：基督教聯合醫院眼科\n英文名稱：United Christian Hospital – Eye Department\n")
        #expect(values(registered, .customer) == ["基督教聯合醫院眼科"] && registered.kind == .customer)
        // A label in Chinese then English; an account titled by a bank's branch or a laboratory.
        let bilingual = try extract("| 客戶 Customer | 浸會·資訊科技服務處 |\n|---|---|\n| 日期 Date | 2025-03-02 |\n")
        #expect(values(bilingual, .customer) == ["浸會·資訊科技服務處"])
        #expect(values(try extract("Account review – BOT Keelung Branch\n\nInstalled: 3 ATMs\n"), .customer) == ["BOT Keelung Branch"])
        #expect(values(try extract("ACCOUNT PLAN – UCH Pathology\n\nOwner: K. Lau\n"), .customer) == ["UCH Pathology"])
        #expect(values(try extract("保養工作單\n院所名稱\u{3000}：佛教慈濟醫療財團法人花蓮慈濟醫院\n"), .customer) == ["佛教慈濟醫療財團法人花蓮慈濟醫院"])
        let profile = try extract("# Account Profile\n\n**Account name:** Yongfeng Technology Corp.\n**Registered Chinese name:** 永丰科技股份有限公司\n")
        #expect(values(profile, .customer) == ["Yongfeng Technology Corp."] && values(profile, .alias) == ["永丰科技股份有限公司"])
    }

    @Test func unitListsChatGroupsAndCellsAsParagraphs() throws {
        // A customer file's list of units: one serial per row (序号's 1, 2 are none).
        let list = try extract("""
            # 客户资料

            | 序号 | 设备名称 | 机型 | 出厂编号 |
            |---|---|---|---|
            | 1 | 荧光显微镜 | flx8000 | FX80_22M8095 |
            | 2 | 生物安全柜 | BSC-1500B2 | ＢＳ１５ １６Ｊ ０８３５ |
            """)
        #expect(list.values(.serial).filter { $0.how == "table column" }.compactMap(\.canonical) == ["FX8022M8095", "BS1516J0835"])
        // A transcript's group is named after its customer.
        let chat = try extract("群聊：西安金桥-售后服务群\n\n[2023/5/27 8:11] 胡护士长: 风机不转\n[2023/5/27 8:47] 售后客服: 收到\n[2023/5/27 9:09] 张伟: 已到现场\n")
        #expect(values(chat, .customer) == ["西安金桥"])
        #expect(try extract("群聊：周末聚餐\n[2023/5/27 8:11] a: 1\n[2023/5/27 8:12] b: 2\n[2023/5/27 8:13] c: 3\n").values(.customer).isEmpty)
        // A form exported cell by cell: the label alone on its line, the institution on the next.
        let form = try extract("设备维修申请单\n报修科室\nChangsha Cancer Hospital, Central Laboratory（长沙市肿瘤医院中心实验室）\n申请日期：2022年8月25日\n")
        #expect(values(form, .customer) == ["Changsha Cancer Hospital, Central Laboratory（长沙市肿瘤医院中心实验室）"])
        // A label with its value is never the label of the line below (a machine room is no
        // customer), and a company's operations department names an institution.
        let site = try extract("阀控式铅酸蓄电池组 抢修记录\n\n单位：云枢数据运维部\n站点/机房：控制中心电源室\n电池组编号：GF1000-1609002\n")
        #expect(values(site, .customer) == ["云枢数据运维部"])
        #expect(try extract("抢修记录\n单位：迅达储能\n站点/机房：控制中心电源室\n").values(.customer).isEmpty)
        // A data table's column names are no label and value (客户 over 机型).
        let rma = try extract("| 登记日期 | RMA号 | 客户 | 机型 | 仪器编号 |\n|---|---|---|---|---|\n| 2020-9-27 | FC20-00376 | 郑州市疾控中心 | BSC 1300A2 | BS13-16U-4479 |\n")
        #expect(values(rma, .customer) == ["郑州市疾控中心"])
        // Minutes are dated by the complaint they record, not by the meeting.
        let minutes = try extract("# 售后服务部周例会会议纪要\n\n会议时间：2024-06-23 14:00\n\n西安理工大学分析测试中心于2024-06-15投诉其荧光定量PCR仪（序列号RQ48 22F 7265）：软件无法识别仪器。\n")
        #expect(minutes.date == "2024-06-15")
    }

    @Test func labelsThatSayNothingAndPersonsAreNoCustomer() throws {
        #expect(Labels.classify(folded: "备注") == nil)
        #expect(Labels.classify(folded: "note") == nil)
        let d = try extract("服务报告\n用户单位：某医院检验科\nAccount manager: 张伟\n客户要求：尽快到场\n")
        #expect(values(d, .customer) == ["某医院检验科"])
    }

    @Test func anAddressIsNoCustomer() throws {
        let d = try extract("ASSET SERVICE HISTORY\nCustomer: Sarawak General Hospital (Jabatan Radiologi)\nSite: Jalan Hospital, 93586 Kuching, Sarawak\n")
        #expect(values(d, .customer) == ["Sarawak General Hospital (Jabatan Radiologi)"])
        #expect(values(try extract("Service history\nSite: 65 Chulia Street, OCBC Centre, Singapore 049513\n"), .customer) == [])
        #expect(values(try extract("维修单\n客户：臺灣銀行基隆分行\n客户：基隆市仁愛區義一路16號\n"), .customer) == ["臺灣銀行基隆分行"])
        // A name with a number or a road in it is still a name.
        #expect(values(try extract("Service report\nSite: Kwong Wah Hospital, Waterloo Road\n"), .customer) == ["Kwong Wah Hospital, Waterloo Road"])
        #expect(values(try extract("维修单\n客户名称：第二人民医院\n"), .customer) == ["第二人民医院"])
        #expect(values(try extract("维修单\n客户名称：南京鼓楼医院（中山路321号）\n"), .customer) == ["南京鼓楼医院（中山路321号）"])
        #expect(values(try extract("Service report\nCustomer: St. Mary's Hospital, Madison WI 53715\n"), .customer) == ["St. Mary's Hospital, Madison WI 53715"])
        #expect(values(try extract("Service report\nCustomer: Shanghai Sixth People's Hospital, 600 Yishan Road, Shanghai 200233\n"), .customer).count == 1)
        // A form's placeholder names no one.
        #expect(values(try extract("备件发货单\n收货单位：合肥瀚峰精工科技有限公司\n最终用户：同上\n"), .customer) == ["合肥瀚峰精工科技有限公司"])
    }

    @Test func theVisitNeverTakesTheInstallationDate() throws {
        let d = try extract("维修单\n装机日期：2020-03-04\n购买日期：2019-12-01\n报修日期：2024-02-03\n故障现象：不升速\n")
        #expect(d.date == "2024-02-03")
        // Without a visit field, the first date of the text that is no role's.
        let narrative = try extract("""
            Field Service Report
            Installation date: 12 March 2020
            On 10 Nov 2024 the lab manager reported that the analyser showed E27.
            Action taken: replaced the lamp.
            """)
        #expect(narrative.date == "2024-11-10")
        // An equipment record is dated by its installation, as before.
        let record = try extract("设备档案\n出厂编号：DA7600-2019-0457\n安装日期：2020-03-04\n")
        #expect(record.date == "2020-03-04")
    }

    @Test func dayAndMonthFirstDatesAreToldApartOrLeftOpen() throws {
        // Another date of the document has a day over 12: day first.
        let uk = try extract("Service Report\nVisit date: 03/02/2024\nNext service due: 25/08/2024\nFault: E27\n")
        #expect(uk.date == "2024-02-03")
        // The letterhead says where it was written.
        let us = try extract("Service Report\nAcme Service Inc., Boston, USA\nVisit date: 03/02/2024\nFault: E27\n")
        #expect(us.date == "2024-03-02")
        // Nothing tells: no date rather than a guess.
        let open = try extract("Service Report\nVisit date: 03/02/2024\nFault: E27\n")
        #expect(open.date == nil)
        #expect(open.values(.date).first?.canonical == nil)
    }

    /// Where other hands write the fault: labels nobody listed, a value that starts with a label's
    /// words, prose after a full stop, a chat's first message, an 8D report's disciplines, the
    /// reason a unit was sent back.
    @Test func theFaultWhereverAFormPutsIt() throws {
        let table = try extract("""
            | 報修單號 | A72909113 | 叫修日期 | 109/12/03 |
            | 異常狀況 | 光源能量不足，已停機 |  |  |
            | 檢修結果 | 鹵素燈老化 |  |  |
            """)
        #expect(values(table, .fault) == ["光源能量不足，已停機"])
        #expect(values(table, .cause) == ["鹵素燈老化"])
        let request = try extract("| 报修内容 | 客户反映仪器无法开机 |\n| 原因 | 经检查，电源线接触不良 |\n")
        #expect(values(request, .fault) == ["客户反映仪器无法开机"], "a value that starts with 客户反映 is still a value")
        #expect(values(request, .cause) == ["经检查，电源线接触不良"])
        let alarm = try extract("告警内容：扩展柜链路告警，影响正常使用\n异常情况：机房温度过高\n")
        #expect(values(alarm, .fault) == ["扩展柜链路告警，影响正常使用", "机房温度过高"])

        let prose = try extract("上午赴河南省人医检验科处理全自动血细胞分析仪故障，机身号HX53-21B4932。科室反映：废液桶已空仍报废液满。经检查发现：废液传感器结晶。处理：清洗废液传感器。下午电话回访另一客户。\n")
        #expect(values(prose, .fault).first?.hasPrefix("废液桶已空仍报废液满") == true, "\(prose.fields)")
        #expect(values(prose, .cause).first?.hasPrefix("废液传感器结晶") == true)
        #expect(values(prose, .action).first?.hasPrefix("清洗废液传感器") == true)

        let chat = try extract("""
            聊天记录（深圳第一人民医院（病理科））

            [2019/5/22 8:19] 何护士长: 你好，我们这台研究级荧光显微镜（flx-8000）相机采图有条纹，麻烦尽快安排人来看一下
            [2019/5/22 8:32] 客服-周周: 收到，已安排吴昊跟进，请保持电话畅通
            [2019/5/22 9:34] 吴昊: 已到现场，机身号FX80-17T4961
            [2019/5/22 10:44] 吴昊: 更换数据线
            """)
        #expect(values(chat, .fault).first?.contains("相机采图有条纹") == true, "\(chat.fields)")
        // A chat whose lines label the fault keeps that one.
        let labelled = try extract("[2019/5/22 8:19] 何护士长: 你好，机器坏了\n[2019/5/22 8:32] 客服: 收到\n[2019/5/22 9:34] 吴昊: 已到现场\n\n故障现象：相机采图有条纹\n")
        #expect(values(labelled, .fault) == ["相机采图有条纹"])

        let eightD = try extract("""
            客户投诉8D报告
            报告编号：8D-2019-3636
            D1 成立小组
            组长：质量经理罗某
            D2 问题描述
            设备无法远程管理，影响科室正常工作
            D4 根本原因
            管理网络IP冲突
            D5 永久纠正措施
            修改管理IP
            """)
        #expect(values(eightD, .fault) == ["设备无法远程管理，影响科室正常工作"], "\(eightD.fields)")
        #expect(values(eightD, .cause) == ["管理网络IP冲突"])
        #expect(values(eightD, .action) == ["修改管理IP"])

        // What must not become a fault: a line saying there was none, a column named like a
        // label, a finding after a full stop labelled by a person's title.
        let none = try extract("异常情况：无\n检查结果：正常\n告警信息：-\n")
        #expect(values(none, .fault).isEmpty && values(none, .cause).isEmpty, "\(none.fields)")
        let header = try extract("| 故障现象 | 原因分析及处理措施 | 更换配件 |\n|---|---|---|\n| 不升速 | 碳刷磨损，更换碳刷 | 碳刷 |\n| E27 | 温控板坏，更换 | 温控板 |\n")
        #expect(!values(header, .fault).contains("原因分析及处理措施"), "\(header.fields)")
        let finding = try extract("故障现象：开机报E27。工程师检查：温控板损坏。\n")
        #expect(values(finding, .engineer).isEmpty, "\(finding.fields)")
        let greeting = try extract("[2019/5/22 8:19] 何护士长: 在吗\n[2019/5/22 8:32] 客服: 在\n[2019/5/22 9:34] 吴昊: 已到现场\n")
        #expect(values(greeting, .fault).isEmpty)

        let returned = try extract("| 登记日期 | RMA号 | 送修原因 | 维修措施 |\n|---|---|---|---|\n| 2020-9-27 | FC20-00376 | 客户反映下降气流风速偏低 | 更换高效过滤器 |\n")
        #expect(values(returned, .fault) == ["客户反映下降气流风速偏低"], "\(returned.fields)")
    }
}

/// A date only its folder can read: an office's cards filed together write their dates one way.
@Suite struct FolderDateOrderTests {
    func card(_ date: String, _ serial: String) -> String {
        "JOB CARD\nCustomer: Kwong Wah Hospital - IT Dept\nS/N: \(serial)\nDate: \(date)\nFault: recording timestamps wrong\nEngineer: Alan Mak\n"
    }

    @Test func anAmbiguousDateIsReadAsItsFolderWritesDates() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "HK/2024/card-1.txt": card("13/9/2024", "NV0520R29652"),
            "HK/2024/card-2.txt": card("21/10/2024", "NV0520R29653"),
            "HK/2024/card-3.txt": card("5/9/2024", "NV0520R29654"),
            "US/2024/card-1.txt": card("9/13/2024", "NV0520R29655"),
            "US/2024/card-2.txt": card("10/21/2024", "NV0520R29656"),
            "US/2024/card-3.txt": card("5/9/2024", "NV0520R29657"),
            // A folder whose dates disagree says nothing; nor does one with a single date.
            "mixed/card-1.txt": card("13/9/2024", "NV0520R29658"),
            "mixed/card-2.txt": card("10/21/2024", "NV0520R29659"),
            "mixed/card-3.txt": card("5/9/2024", "NV0520R29660"),
        ])
        let dates = try archive.store.db.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT source, docDate FROM document").map { ($0["source"] as String, $0["docDate"] as String?) })
        }
        #expect(dates["HK/2024/card-3.txt"] == .some("2024-09-05"), "\(dates)")
        #expect(dates["US/2024/card-3.txt"] == .some("2024-05-09"), "\(dates)")
        #expect(dates["mixed/card-3.txt"] == .some(String?.none), "\(dates)")
        #expect(dates["HK/2024/card-1.txt"] == .some("2024-09-13"))
        // The date's field says it too, and the index has the document by its date.
        let hits = try archive.search("timestamps") { $0.from = "2024-09-05"; $0.to = "2024-09-05" }
        #expect(hits.hits.map(\.source) == ["HK/2024/card-3.txt"], "\(hits.hits.map(\.source))")
    }
}
