import Foundation
import Testing
@testable import ArchiveIndex

/// Forms and messages as other tools write them: Markdown notes with YAML front matter,
/// WhatsApp exports, reply letters to a complaint, letters dated in Chinese numerals, forms whose
/// cells are parted by tabs, incident e-mails with an `On-site:` time.
@Suite struct OtherHandsFormTests: ReadsText {

    @Test func frontMatterIsReadWithoutItsQuotesAndTitlesTheNote() throws {
        let note = try extract("""
            ---
            title: Battery system site visit
            site: "Ka Lok Data Centre Limited"
            date_attended: "7 November 2024"
            engineer: 'Ken CHAN Ka-ho'
            serial: "LFP 17109024"
            ---

            ## Findings

            Loss of communication between battery rack and PCS
            """, source: "visit.md")
        #expect(note.title == "Battery system site visit")
        #expect(note.kind == .repair)
        #expect(values(note, .customer) == ["Ka Lok Data Centre Limited"])
        #expect(values(note, .engineer) == ["Ken CHAN Ka-ho"])
        #expect(note.values(.serial).first?.canonical == "LFP17109024")
        #expect(note.date == "2024-11-07")
        // Quotes inside a value, or two quoted values, stay as written.
        #expect(FieldExtractor.unquoted("\"A\" and \"B\"") == "\"A\" and \"B\"")
        #expect(FieldExtractor.unquoted("“某某医院”") == "某某医院")
        #expect(FrontMatter.title("title: no fence\n") == nil)
    }

    @Test func aWhatsAppExportIsAServiceConversationOfItsGroupsCustomer() throws {
        let chat = try extract("""
            30/06/2021, 10:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
            30/06/2021, 10:01 - Grace Cheng created group "Wah Kin Data Centre Limited – service"
            30/06/2021, 10:01 - Grace Cheng added Ken Chan
            30/06/2021, 10:03 - Grace Cheng: Hi Ken, our rack server shows this since this morning: Data port keeps dropping its link
            30/06/2021, 10:09 - Ken Chan: Noted. Can you send me the serial number?
            01/07/2021, 14:45 - Ken Chan: On site now
            """)
        #expect(chat.kind == .repair)
        #expect(values(chat, .customer) == ["Wah Kin Data Centre Limited"])
        #expect(chat.date == "2021-06-30")
        #expect(values(chat, .fault).first?.hasPrefix("Hi Ken, our rack server") == true)
        // A renamed group is its last name; a group named after no institution names no customer.
        let renamed = try extract("""
            02/03/2022, 09:00 - Amy created group "Printer fix"
            02/03/2022, 09:05 - Amy changed the subject from "Printer fix" to "On Tai Hospital IT – service"
            02/03/2022, 09:06 - Amy: Printer jams on tray 2
            02/03/2022, 09:07 - Bob: Noted
            """)
        #expect(values(renamed, .customer) == ["On Tai Hospital IT"])
        let friends = try extract("""
            02/03/2022, 09:00 - Amy created group "Friday lunch"
            02/03/2022, 09:06 - Amy: Who is in?
            02/03/2022, 09:07 - Bob: Me
            """)
        #expect(values(friends, .customer).isEmpty)
    }

    @Test func aReplyToAComplaintIsDatedByTheComplaintNotByTheReply() throws {
        let letter = try extract("""
            Northbridge Systems Asia Pte Ltd
            Global Services
                                                        May 3, 2021
            IT Dept., Ching Yi Electronics Corp.
            Attn: Mr. Han

            Our ref.: CC-21-2751
            Re: Your complaint of April 28, 2021 concerning the TS 4860 G6 (S/N cn745141mbr)

            Dear Mr. Han,
            Thank you for informing us of the following issue with your rack server: Server will not power on.
            Our field service engineer Pei-Chun Tsai attended on May 1, 2021.
            """)
        #expect(letter.kind == .complaint)
        #expect(letter.date == "2021-04-28")
        // Day, month name and year joined by hyphens, as such letters print them.
        let hyphens = try extract("Re: Your complaint of 23-May-2024 concerning the LQ 1200\n26-May-2024\nOur engineer attended on 25-May-2024.")
        #expect(hyphens.date == "2024-05-23")
        // A repair report's visit comes before the date it was written.
        let visit = try extract("Service report\nWritten 12 March 2024\nThe engineer attended on 9 March 2024 and replaced the fan.")
        #expect(visit.date == "2024-03-09")
    }

    @Test func aLetterDatedInChineseNumerals() throws {
        #expect(DateParser.parse("二〇二四年六月二十五日") == "2024-06-25")
        #expect(DateParser.parse("二〇一九年十二月十日") == "2019-12-10")
        #expect(DateParser.parse("一九九八年一月三十一日") == "1998-01-31")
        #expect(DateParser.parse("第一人民医院2024年3月") == nil)
        // Taiwan's calendar in numerals: the year of the Republic, three digits.
        #expect(DateParser.parse("中華民國一一三年十二月一日") == "2024-12-01")
        #expect(DateParser.parse("民國一一〇年二月十五日") == "2021-02-15")
        #expect(try extract("維修紀錄表\n[型號] DS-7200\n[到場時間] 中華民國一一〇年三月三日\n[保固截止] 110年12月11日\n[故障描述] 控制器離線").date == "2021-03-03")
        let letter = try extract("""
            关于全自动生化分析仪故障问题的函
            广州瑞检医疗设备有限公司：
                我单位购置贵司全自动生化分析仪一台（型号：CS-1600，出厂编号：KA-1601-8768），近期出现比色杯空白值超限等问题。现致函贵司，请派工程师到现场处理。
                                          泉州康泰医学检验实验室有限公司（盖章）
                                          二〇二四年六月二十五日
            处理意见：已安排郭晓东于2024年6月27日到现场处理。
            """)
        #expect(letter.date == "2024-06-25")
    }

    @Test func aYearCutToTwoDigitsAfterAnApostrophe() throws {
        #expect(DateParser.parse("24 Jul '23 22:00-02:00") == "2023-07-24")
        #expect(DateParser.parse("Jul 24 ’23") == "2023-07-24")
        #expect(DateParser.parse("Jul '23") == nil)
        // A maintenance window is the visit, whether labelled or not.
        let window = try extract("# Maintenance Window Report\n\n* Client: Harbour Clinic Ltd\n* Equip. S/N: HC-0001\n* Window: 3 May '24 22:00-02:00\n\n## Work performed\nChecked logs")
        #expect(window.kind == .repair && window.date == "2024-05-03")
        #expect(try extract("Site visit report\nUnit HC-0001 checked on 5 Jun '22; fan replaced.").date == "2022-06-05")
    }

    @Test func anObsidianNotesInlineFieldsAreFields() throws {
        let note = try extract("""
            ---
            type: site-visit
            ---
            # Water purifier preventive maintenance

            visit-date:: 2018-09-14
            customer:: [[Harbour Clinic Ltd - Lab Medicine]]
            unit:: AquaLab UP-30 / HC-0001
            engineer:: Sam Lee

            ## Work
            - Replaced pre-filter and UV lamp
            """)
        #expect(values(note, .customer) == ["Harbour Clinic Ltd - Lab Medicine"])
        #expect(values(note, .engineer) == ["Sam Lee"])
        #expect(note.date == "2018-09-14")
        // Its type, a tag's words run together, says it is a visit; so does its title under the front matter.
        #expect(note.kind == .repair)
        #expect(try extract("---\ntags: [water]\n---\n# AquaLab UP-30 preventive maintenance\n\ncustomer:: [[Harbour Clinic Ltd]]").kind == .repair)
    }

    @Test func thePartyThatUsesTheUnitIsTheCustomerAndItsNameplateItsSerial() throws {
        let form = try extract("校准记录\n| 设备使用方 | 烟台市中医医院·化验室 |\n|---|---|\n设备型号：ESR60Plus\n铭牌编号：S10193782B\n本次维护日期：２０２４年５月３０日")
        #expect(values(form, .customer) == ["烟台市中医医院·化验室"])
        #expect(values(form, .serial) == ["S10193782B"])
        #expect(form.date == "2024-05-30")
        // The day the unit was put into use is its installation, not this visit.
        let pm = try extract("预防性维护记录\n| 设备使用方 | 武汉协和医院(检验科) |\n|---|---|\n投入使用日期：2022.03.21\n铭牌编号：S2022-0413D\n本次维护日期：2023.03.21")
        #expect(pm.date == "2023-03-21")
        #expect(values(pm, .installDate) == ["2022.03.21"])
        // Not the last maintenance nor the call, whatever their labels share with the visit's.
        #expect(try extract("保养记录\n上次保养日期：2022-03-21\n本次保养日期：2023-03-21").date == "2023-03-21")
        #expect(try extract("维修单\n本次报修时间：2023-10-01\n维修日期：2023-10-03\n故障现象：不开机").date == "2023-10-03")
        // How a repair was reported or a unit is used names no customer (报修方式, 使用方法).
        let how = try extract("维修单\n报修方式：科室电话\n使用方法：按说明书所示操作\n故障现象：不开机")
        #expect(values(how, .customer).isEmpty)
        // `Windows version` is no maintenance window.
        #expect(values(try extract("Service report\nWindows version: 10\nWindow: 3 May '24 22:00-02:00"), .date) == ["3 May '24 22:00-02:00"])
    }

    @Test func aLINEExportIsDatedByItsFirstMessageNotWhenItWasSaved() throws {
        let chat = try extract("""
            [LINE] 與亞東-儀器報修的聊天記錄
            儲存日期：2021/01/13 16:16

            2021/01/05（二）
            09:45	鄭組長	反映備份任務失敗，要求盡快上門
            10:27	鄭組長	機號BKX5-20Q2-1241
            """)
        #expect(chat.date == "2021-01-05")
    }

    @Test func aFormPrintedWithoutColonsPartsItsCellsByPadding() throws {
        let form = try extract("""
            现 场 服 务 单

            服务单号  服字第98754号  服务时间  2023/10/25

            交付日期  2018/03/22  保修  过保

            SN码  GNC20018710203  服务类型  故障维修

            问题现象  值班人员发现连接条发热
            """)
        #expect(values(form, .number) == ["服字第98754号"])
        #expect(form.date == "2023-10-25")
        #expect(values(form, .fault) == ["值班人员发现连接条发热"])
        // After a label with a colon, padding inside a value is no cell.
        #expect(values(try extract("处理措施：更换  配件  后正常"), .action) == ["更换  配件  后正常"])
    }

    @Test func cellsPartedByTabsAreFieldsOfTheirOwn() throws {
        let form = try extract("叫修服務紀錄表\n叫修單號：1131122-16\t報修時間：113年11月22日 11:50\n機構名稱：衛生福利部桃園醫院資訊室\t聯絡人：韓先生\n技術員：蔡佩君\t到場時間：113年11月22日 13:10\n故障情形：硬碟框告警")
        #expect(values(form, .number) == ["1131122-16"])
        #expect(values(form, .engineer) == ["蔡佩君"])
        #expect(form.date == "2024-11-22")
        // Padding of two spaces or more parts cells too.
        let padded = try extract("Repair card\nTicket: 4471  Visit date: 2024-02-03\nFault: fan noise")
        #expect(values(padded, .number) == ["4471"] && padded.date == "2024-02-03")
    }

    @Test func anIncidentEmailIsDatedByItsOnSiteTimeNotByTheEmail() throws {
        let mail = try extract("""
            From: Service Desk <servicedesk@example.com>
            Date: Wed, 12 Mar 2025 11:01:51 +0800
            Subject: INC4301550 resolved - 6-GFM-200

            Company: Zhengyuan Energy Storage Tech. (Tangshan)
            Short description: Backup time too short
            Opened: 2025-03-10 11:26:35
            On-site: 2025-03-10 13:00
            Resolution notes: Ran a capacity test and recommended replacing the string
            """)
        #expect(mail.date == "2025-03-10")
    }

    @Test func anSAPExportsLinesAreFieldsOfTheirOwn() throws {
        let row = try extract("""
            Notification：315814177
            Notif.date：01.04.2023
            Serial number：21023667QZ1681039
            Description：Intermittent loss of the host-to-array link
            Long text：Replaced the SFP and the fibre patch cord.
            User status：NOCO
            """)
        // A label nobody listed ends the field above; its words may be parted by a dot.
        #expect(values(row, .fault) == ["Intermittent loss of the host-to-array link"])
        #expect(row.date == "2023-04-01")
        // A heading's first line is its body, whatever it starts with.
        let visit = try extract("Service Visit Summary\nSerial No.: BS15-16J0835\n\n### Customer concern\nCustomer reports: Touch screen unresponsive\n")
        #expect(values(visit, .fault).first?.contains("Touch screen unresponsive") == true)
    }

    @Test func aWhatsAppExportWithA24HourClockWritesTheDayFirst() throws {
        let chat = try extract("""
            04/06/2021, 09:00 - Messages and calls are end-to-end encrypted.
            04/06/2021, 09:03 - Grace Cheng: Hi Chan, our UPS shows this since this morning: Transfers to battery
            04/06/2021, 09:09 - Chan Ka Ho: Noted. Can you send me the serial number?
            """)
        #expect(chat.date == "2021-06-04")
        // The US form (`6/4/21, 9:00 AM - `) says nothing of the order.
        #expect(DocumentDates.order("6/4/21, 9:00 am - a: b\n6/4/21, 9:01 am - a: c\n") == nil)
        // A reply's `Your complaint of 2020-Nov-03` is a date.
        let reply = try extract("Customer Care\nRe: Your complaint of 2020-Nov-03 concerning the LumiQ800 (S/N LQ19 11205)\nThank you for informing us of the following issue with your analyzer: Incomplete bead separation.\n")
        #expect(reply.date == "2020-11-03")
    }
}
