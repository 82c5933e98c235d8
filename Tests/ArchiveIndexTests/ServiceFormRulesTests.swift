import Foundation
import Testing
@testable import ArchiveIndex

/// The rules that other hands' service documents (`bench/other-hands-service`) asked for, each on
/// a document written here in another wording: drawn tables, a department on its own line, dot
/// leaders, a person where the customer goes, a short name beside the institution's, and the
/// visit's date in installation reports, ledgers, e-mails, chats and invoices.
@Suite struct ServiceFormRulesTests: ReadsText {
    @Test func aTableDrawnWithBoxCharactersIsReadAsATable() throws {
        let card = try extract("""
            设 备 检 修 单　　　　　　　　编号：XA-JX-22-0101
            ╔════════╦══════════════════════╗
            ║ 用户名称 ║ 西安市中心医院　病理科         ║
            ║ 出厂编号 ║ PX-7731-0042                ║
            ╠════════╬══════════════════════╣
            ║ 故障现象 ║ 脱水机加热不升温，          ║
            ║        ║ 报警 E07。                ║
            ║ 维修内容 ║ 更换加热管                 ║
            ╚════════╩══════════════════════╝
            """)
        #expect(values(card, .customer) == ["西安市中心医院　病理科"])
        #expect(card.values(.serial).first?.canonical == "PX77310042")
        // A row whose label cell is empty goes on with the value above it.
        #expect(values(card, .fault) == ["脱水机加热不升温，\n报警 E07。"])
        #expect(values(card, .action) == ["更换加热管"])
        #expect(card.kind == .repair)
    }

    @Test func aDepartmentOnItsOwnLineIsTheCustomersDepartment() throws {
        let file = try extract("""
            客户名称：南宁市第二人民医院
            所在科室：输血科（血库）
            联系人：韦老师
            """)
        #expect(values(file, .customer) == ["南宁市第二人民医院 输血科"])
        // A second customer line that is an institution stays as written.
        let two = try extract("客户名称：南宁市第二人民医院\n使用单位：南宁市第一人民医院")
        #expect(values(two, .customer) == ["南宁市第二人民医院", "南宁市第一人民医院"])
    }

    @Test func theLaboratoryAndTheRadiologyOfOneHospitalAreTwoCustomers() throws {
        let dir = try TempDir()
        _ = try dir.file("in/lab.txt", "客户档案\n单位：柳州市人民医院\n科室：检验科\n出厂编号：LZ-1001\n")
        _ = try dir.file("in/rad.txt", "客户档案\n单位：柳州市人民医院\n科室：放射科\n出厂编号：LZ-2002\n")
        _ = try dir.file("in/card.txt", "维修单\n客户：柳州市人民医院放射科\n出厂编号：LZ-2002\n故障：无法开机\n")
        let archive = try TestArchive(dir, paths: [dir.url.appendingPathComponent("in")])
        let lab = try #require(try archive.customers(of: "lab.txt")).first
        let rad = try #require(try archive.customers(of: "rad.txt")).first
        #expect(lab != rad)
        #expect(try archive.customers(of: "card.txt")?.first == rad)
    }

    @Test func dotLeadersStandForPaddingAndAPersonIsNoCustomer() throws {
        let report = try extract("""
            Field Service Report
            Customer ....... Riverside Veterinary Hospital
            Serial ......... RVH-20-118
            Signed: A. Patel       Customer: J. Okafor
            """)
        #expect(values(report, .customer) == ["Riverside Veterinary Hospital"])
        #expect(report.values(.serial).first?.canonical == "RVH20118")
        #expect(FieldExtractor.namesPerson("Mr Okafor") && FieldExtractor.namesPerson("J. Okafor"))
        #expect(!FieldExtractor.namesPerson("Okafor Diagnostics Ltd"))
    }

    @Test func aShortNameBesideTheInstitutionsOwnGivesWayToIt() {
        #expect(ArchiveStore.customerName("RVH / Riverside Veterinary Hospital") == "Riverside Veterinary Hospital")
        #expect(ArchiveStore.customerName("BDL Bristol (Bay Diagnostics Ltd) – Haematology") == "Bay Diagnostics Ltd")
        #expect(ArchiveStore.customerName("AC-0042   RVH / Riverside Veterinary Hospital") == "Riverside Veterinary Hospital")
        // An institution written short, its department in brackets: not a short name beside one.
        #expect(ArchiveStore.customerName("Changzhou Med. Univ. (Instrumental Analysis Center)") != "Instrumental Analysis Center")
        // Two institutions, or a name in two scripts, as before.
        #expect(ArchiveStore.customerName("Foo Hospital (某某医院)") == "Foo Hospital")
        #expect(ArchiveStore.customerName("某某医院 / Foo Hospital") == "某某医院")
    }

    @Test func anInstallationIsDatedByTheInstallationNotTheDelivery() throws {
        let report = try extract("""
            # 仪器安装调试记录
            **使用单位**：江门市妇幼保健院　检验科
            **到货日期**：2021-03-02
            - 安装日期：2021年3月9日
            """)
        #expect(report.date == "2021-03-09")
        let english = try extract("""
            Service Report SR-0310
            Customer ... Harbour Clinic Ltd
            Visit type ... Installation
            Shipped ...... 12/03/2021
            Installed .... 19/03/2021
            """)
        #expect(english.date == "2021-03-19")
    }

    @Test func aLedgerRowIsDatedByTheVisitMadeInTheOrderTheFileWrites() throws {
        let csv = """
            Ref,Logged,Customer,Serial,Booked visit,Actual visit,Engineer
            C-1,14/02/2023,Harbour Clinic Ltd,HC-0001,20/02/2023,21/02/2023,Sam Lee
            C-2,01/03/2023,Harbour Clinic Ltd,HC-0001,05/03/2023,06/03/2023,Sam Lee
            """
        let rows = try LedgerReader.rows(csv, name: "calls.csv").map { try Extraction.extract($0, source: "calls.csv") }
        // Logged, then attended: a service call, not a complaint; the visit made, not the one booked;
        // 01/03 and 06/03 read day first as the file's 14/02 shows.
        #expect(rows.map(\.kind) == [.repair, .repair])
        #expect(rows.map(\.date) == ["2023-02-21", "2023-03-06"])
        // A customer's concern logged, then attended: still a complaint, dated when it was logged.
        let concern = try extract("""
            # Incident IR-7
            **Logged on:** March 2, 2023
            **Customer:** Harbour Clinic Ltd
            ## Customer concern
            Centrifuge lid will not latch
            Site visit: attended on March 4, 2023 by Sam Lee
            """)
        #expect(concern.kind == .complaint && concern.date == "2023-03-02")
    }

    /// A write-up that counts the visit from the day of the call, written without its year:
    /// the visit, not the day the report was written.
    @Test func aNarrativeIsDatedByTheVisitItCountsFromTheCall() throws {
        let chinese = try extract("""
            维修情况说明

            报告日期：2019-10-30

            10月20日接到超声科电话，儋州市中医院·总务设备科的彩色多普勒超声诊断仪（型号US7E，出厂编号VU169928D）故障：探头图像缺失一条暗带。
            厂家工程师次日到场检查，确认为探头晶片损坏，更换凸阵探头，试机正常。
            """)
        #expect(chinese.date == "2019-10-21")
        let sameDay = try extract("维修情况说明\n报告日期：2022年08月03日\n7月28日接到放射科电话，DR（出厂编号R22D40459）工作站无法上传PACS。\n厂家柴工当天下午到场检查，恢复DICOM节点配置。\n")
        #expect(sameDay.date == "2022-07-28")
        // A call in December reported in January is the year before.
        let english = try extract("""
            From: L. Whitford
            Date: January 3, 2023
            Subject: repair of IP-300 F12646J20

            On 30 December the clinic called about the infusion pump: air-in-line alarm will not clear.
            I attended two days later. Found: air detector dirty.
            """)
        #expect(english.date == "2023-01-01")
        // Not a day before the call, nor a visit that did not happen, nor a year from a warranty.
        let earlier = try extract("维修情况说明\n报告日期：2019-10-30\n该设备9月15日曾更换探头。10月20日接到超声科电话，探头图像缺失一条暗带。\n工程师次日到场检查，更换凸阵探头。\n")
        #expect(earlier.date == "2019-10-21")
        let notCame = try extract("维修情况说明\n报告日期：2019-10-30\n10月20日接到超声科电话，探头图像缺失一条暗带。\n因路途较远工程师次日未能到场，10月24日到场更换探头。\n")
        #expect(notCame.date != "2019-10-21")
        let warranty = try extract("维修情况说明\n10月20日接到超声科电话，探头图像缺失一条暗带，保修至2021年12月31日。\n工程师15天后到场检查。\n报告日期：2019-11-30\n")
        #expect(warranty.date == "2019-11-04")
        // A month written first (`On September 18`).
        let monthFirst = try extract("From: Carlos Medina\nDate: September 24, 2023\nSubject: ECG-1260 E1784090 repair\n\nOn September 18 the imaging department called about the ECG machine: blank printout.\nI attended the following morning.\n")
        #expect(monthFirst.date == "2023-09-19")
        // No visit counted from the call: the report's date stays.
        let noVisit = try extract("维修情况说明\n报告日期：2019-10-30\n10月20日接到超声科电话，探头图像缺失一条暗带。\n")
        #expect(noVisit.date == "2019-10-30")
    }

    /// A year cut to two digits is read where the form says the order, and only there.
    @Test func aTwoDigitYearUnderALabelThatSaysTheOrder() throws {
        let sheet = try extract("SERVICE JOB SHEET\nJob No.: JS498896\nDate (dd/mm/yyyy): 08/11/19\nSerial: VU186412D\nProblem reported: probe image shows a dark band\n")
        #expect(sheet.date == "2019-11-08")
        #expect(DateParser.parse("08/11/19") == nil && DateParser.parse("08/11/19", dayFirst: false) == "2019-08-11")
        #expect(DateParser.parse("08/11/19 2.5 h", dayFirst: true) == nil)
    }

    /// A call settled by phone is dated by the customer's message, not by the reply.
    @Test func aCallSettledByPhoneIsDatedByTheCustomersMessage() throws {
        let d = try extract("""
            From: Chengheng Service Desk
            Date: 24 February 2025
            Subject: RE: problem with our mobile C-arm

            Dear customer,
            Talked the user through a restart and checked the settings by phone (Y. Chai).

            -----Original Message-----
            From: Dr. Ellen Brooks
            Sent: Sunday, 23 February 2025 19:58
            Subject: problem with our mobile C-arm

            Our mobile C-arm (S/N CA22P2101, model OrbiScanM): C-arm rotation sticks. Please send someone.
            """)
        #expect(d.date == "2025-02-23")
    }

    @Test func anEmailAboutAVisitIsDatedByTheVisit() throws {
        let english = try extract("""
            From: Sam Lee <sam@example.com>
            To: Clinic Manager <m@example.org>
            Date: Tue, 7 Mar 2023 09:12:00 +0000
            Subject: RE: centrifuge lid

            Hi, thanks for having me on site yesterday. The lid latch of the centrifuge (S/N HC-0001) is replaced.
            """)
        #expect(english.kind == .repair)
        #expect(english.date == "2023-03-06")
        let chinese = try extract("""
            发件人: 王工 <wang@example.cn>
            日期: 2022年5月12日 星期四 09:30
            主题: 回复: 离心机异响维修

            李老师好，前天（5月10日）已到现场处理，异响系转子不平衡，已校正。

            > 发送时间: 2022年5月9日 16:02
            > 离心机异响，麻烦安排维修。
            """)
        #expect(chinese.date == "2022-05-10")
        // `today's visit` in the mail quoted below a reply is that mail's day, not the reply's.
        let quoted = try extract("""
            From: Clinic Manager <m@example.org>
            Date: Fri, 10 Mar 2023 14:46:43 +0800
            Subject: Re: Service visit summary – HC-9000

            Thanks, running fine since your visit.

            On Tue, 7 Mar 2023 at 18:49, Sam Lee <sam@example.com> wrote:
            > Summary of today's visit: electrode replaced on the analyser S/N HC-0001.
            """)
        #expect(quoted.date == "2023-03-07")
        // A summary that dates its visit outright.
        let summary = try extract("""
            From: Sam Lee <sam@example.com>
            Date: Sun, 02 Jul 2023 21:10:14 +0800
            Subject: Visit summary – Harbour Clinic – centrifuge S/N HC-0001

            Thanks for your time yesterday. Summary of the visit on 30 June 2023:
            Symptom: lid will not latch
            """)
        #expect(summary.date == "2023-06-30")
        // A visit planned is no visit made.
        let planned = try extract("""
            From: Sam Lee <sam@example.com>
            Date: Sun, 02 Jul 2023 21:10:14 +0800
            Subject: RE: centrifuge S/N HC-0001 repair

            We will arrange a site visit on 12 July 2023 to replace the latch.
            """)
        #expect(planned.date != "2023-07-12")
    }

    @Test func aComplaintByMailIsDatedByTheCustomersMessage() throws {
        // The reply reports the visit and quotes the complaint: the complaint came in on the 3rd.
        let reply = try extract("""
            Date: 9 Oct 2023
            Subject: RE: Complaint - centrifuge S/N HC-0001

            Dear Dr Lee,
            We apologise for the inconvenience. Our engineer Sam Wong attended on 6 Oct 2023.
            Cause: worn lid latch.
            Action: replaced the latch.

            > From: Dr Lee, Harbour Clinic Ltd
            > Sent: 3 Oct 2023
            > Our centrifuge lid will not latch again. This is the third time. Please send someone.
            """)
        #expect(reply.kind == .complaint)
        #expect(reply.date == "2023-10-03")
        let chinese = try extract("""
            发件人: 客服中心
            日期: 2023年10月9日
            主题: 回复: 投诉 离心机 HC-0001

            李老师：您好，对此我们深表歉意。工程师已于10月6日上门更换门锁。

            > 发送时间: 2023年10月3日 16:02
            > 离心机门锁又坏了，第三次了，请尽快处理，我们要投诉。
            """)
        #expect(chinese.kind == .complaint && chinese.date == "2023-10-03")
        // The customer's own mail, unanswered, is dated when it was sent.
        let alone = try extract("From: Dr Lee\nDate: 3 Oct 2023\nSubject: Complaint - centrifuge HC-0001\n\nThe lid will not latch again. Formal complaint.")
        #expect(alone.kind == .complaint && alone.date == "2023-10-03")
        // A quoted message opened the way other mail programs open it.
        let zoho = try extract("""
            From: Customer Care
            Date: Mon, 26 Jun 2023 14:45:02 +0800
            Subject: RE: Complaint – centrifuge S/N HC-0001

            Our engineer attended on Sat 24 Jun 2023.

            ---- On Wed, 21 Jun 2023 08:23:27 +0800 Dr. Lee wrote ----
            > The lid will not latch.
            """)
        #expect(zoho.kind == .complaint && zoho.date == "2023-06-21")
        // A customer who complains by replying to our mail: the complaint is the reply.
        let byReply = try extract("""
            From: Dr Lee
            Date: 12 Oct 2023
            Subject: RE: Service visit - centrifuge HC-0001 - complaint

            The lid will not latch again, a week after your visit. Not acceptable.

            On 28 Sep 2023, Sam Lee wrote:
            > Summary of today's visit: lid latch replaced.
            """)
        #expect(byReply.kind == .complaint && byReply.date == "2023-10-12")
    }

    @Test func aChatsVisitIsTheDayTheEngineerArrived() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "chat.txt": """
                2023-06-01 10:02 赵老师
                冰箱温度报警了，出厂编号 ZB-3301
                2023-06-01 10:05 陈工
                后天上午过来
                2023-06-03 09:41 陈工
                我到了，在门口
                2023-06-03 11:20 陈工
                温控器已更换，修好了
                """,
        ])
        let doc = try #require(try a.store.documents(try a.store.allDocumentIDs()).first)
        #expect(doc.date == "2023-06-01")  // the report: a chat is dated by its first message
        let b = try BriefBuilder.build(.serial("ZB3301"), store: a.store, today: "2024-01-01")
        #expect(b.history.map(\.date) == ["2023-06-03"])
    }

    @Test func anInvoiceForAVisitIsDatedByTheVisit() throws {
        let invoice = try extract("""
            Harbour Service Ltd
            INVOICE  INV-0042
            Invoice date: 31/03/2023
            Customer: Harbour Clinic Ltd
            Re: on-site repair 28/03/2023, S/N HC-0001
            """)
        #expect(invoice.date == "2023-03-28")
    }

    @Test func aNoteIsDatedByItsVisitNotByWhenItWasWritten() throws {
        let note = try extract("""
            随访记录
            记录人：周工　　写于 2023年4月19日
            2023年4月18日下午到珠海市人民医院检验科回访，出厂编号 ZH-0099 运行正常。
            """)
        #expect(note.date == "2023-04-18")
    }

    @Test func aTitleUnderALetterheadSaysTheKind() throws {
        let sheet = try extract("""
            HARBOUR SERVICE LTD
            Service Department
            CUSTOMER INFORMATION SHEET
            Customer: Harbour Clinic Ltd
            """)
        #expect(sheet.kind == .customer)
    }

    @Test func aLabelInEnglishAndChineseIsReadByEitherHalf() throws {
        let report = try extract("""
            SERVICE REPORT 服務報告
            S/N 機身編號 : HC-0001
            Problem reported 故障:
              Door will not unlock after the run.
            Action taken 處理:
              Replaced the lock solenoid.
            """)
        #expect(values(report, .fault) == ["\n  Door will not unlock after the run."] || values(report, .fault).first?.contains("Door will not unlock") == true)
        #expect(values(report, .action).first?.contains("Replaced the lock solenoid") == true)
    }

    @Test func aCallLogsTypeIsHowTheCallWasServedNotTheCustomersClass() throws {
        let csv = """
            Call,Logged,Customer,Serial,Call Type,Attended,Notes
            K-1,02/05/2023,Harbour Clinic Ltd,HC-0001,PM,15/05/2023,annual PM
            """
        let row = try Extraction.extract(try #require(try LedgerReader.rows(csv, name: "calls.csv").first), source: "calls.csv")
        #expect(row.kind == .repair)
        #expect(row.date == "2023-05-15")
    }

    @Test func aComplaintClosedOnADayWasNotVisitedThatDay() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "complaint.txt": """
                客户投诉登记表
                受理日期：2023年9月4日
                投诉人：汕头市中心医院 检验科
                涉及设备：出厂编号 ST-5501
                投诉内容：报修后三天无人联系
                结案日期：2023-09-20
                """,
        ])
        let b = try BriefBuilder.build(.serial("ST5501"), store: a.store, today: "2024-01-01")
        #expect(!b.history.contains { $0.date == "2023-09-20" }, "\(b.history.map { $0.date ?? "-" })")
        #expect(b.complaints.count == 1)
    }

    @Test func aMailThatStatesNoFaultIsAboutItsSubject() {
        let mail = """
            From: Sam Lee <sam@example.com>
            Date: Tue, 7 Mar 2023 09:12:00 +0000
            Subject: RE: FW: Drifting potassium results - HC-9000

            Visited yesterday, electrode replaced.
            """
        #expect(FieldExtractor.faultInSubject(mail) == "Drifting potassium results")
        #expect(FieldExtractor.faultInSubject("主题：回复：离心机门锁故障 —— 维修完成\n") == nil)  // no mail header first
        #expect(FieldExtractor.faultInSubject("发件人: 王工\n主题: 回复: 离心机门锁故障 —— 维修完成\n\n已处理") == "离心机门锁故障")
    }

    @Test func anEngineersAccountStatesTheFaultItDealtWith() {
        let note = "2023年7月3日，工程师到惠州市中心医院检验科，处理KF-9离心机（SN: HZ-9-0031）转速不稳定的问题。更换碳刷后正常。"
        #expect(FieldExtractor.faultInProse(note) == "转速不稳定")
    }

    @Test func aMailThatListsAUnitsHistoryKeepsEveryVisit() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, files: [
            "history.txt": """
                From: Service Coordination <dispatch@example.com>
                Date: Mon, 5 Feb 2024 16:35
                Subject: History for S/N HC-7001 before the next visit

                Here is what we have on the analyser:

                  * Oct. 9, 2023 – Upgrade – Updated the firmware (Wang J.)
                  * Jan. 23, 2023 – Noisy cooling fans – Replaced the fans (Wang J.)
                  * Jun. 2, 2022 – Pump fault – Replaced the pump (Guo X.)
                """,
        ])
        let b = try BriefBuilder.build(.serial("HC7001"), store: a.store, today: "2024-06-01")
        #expect(Set(b.history.compactMap(\.date)) == ["2023-10-09", "2023-01-23", "2022-06-02"], "\(b.history.map { $0.date ?? "-" })")
    }
}
