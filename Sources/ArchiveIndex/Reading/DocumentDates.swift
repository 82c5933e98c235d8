import Foundation

/// Dates with their role. A service document is dated by its visit (报修日期, 服务日期, Visit
/// date) or, for a complaint, by when it was received; installation, purchase, warranty and
/// follow-up dates are facts about the unit or the follow-up, never the visit. Numeric dates
/// written day or month first (03/02/2024) are read in the order the document's other dates
/// or its locale show; a date that stays ambiguous is left without a canonical form.
enum DocumentDates {
    /// Fields that date a document of this kind, best first.
    static func dating(_ kind: DocumentKind) -> [FieldName] {
        switch kind {
        case .repair: [.date, .received]
        // A complaint or a quality feedback is dated by when it came in (投诉日期, 反馈日期).
        case .complaint, .quality: [.received, .date]
        default: [.date, .received, .installDate, .purchaseDate]
        }
    }

    /// The document's date: from its dating fields, else, for a service document, the first
    /// date of its text that no role field holds ("On 10 Nov 2024 the lab reported …").
    static func date(kind: DocumentKind, fields: [Field], folded: String, dayFirst fileOrder: Bool? = nil) -> String? {
        // A label that says which date (服务日期, Date of visit) before a bare one (日期, an
        // e-mail's Date: header).
        let generic: Set<String> = ["date", "日期", "时间", "date/time", "sent"]
        // An installation report's visit is the installation (装机服务报告单, Installation Report).
        // An e-mail about a visit is dated by the visit it reports, not by when it was sent.
        // (A chat stays dated by its first message, the report: the brief finds its visit.)
        // A labelled visit date in the thread (`Date of visit: 31 Jul 2023`) says it outright.
        let labelledVisit = fields.contains { $0.name == .date && $0.canonical != nil && labelSays($0, visitLabelWords) }
        if kind == .repair, !labelledVisit, isMail(folded) {
            let dayFirst = order(folded) ?? fileOrder
            if let visit = visitInMail(folded, dayFirst: dayFirst) { return visit }
            // A call settled by phone or remotely is dated by the customer's message, not the reply.
            let lower = folded.lowercased()
            if settledWithoutVisit.contains(where: lower.contains), case let sent = messages(folded, dayFirst: dayFirst),
               sent.count >= 2, let first = sent.last?.date { return first }
        }
        // A narrative that counts the visit from the call's day (`10月20日接到…电话，…次日到场`)
        // says it, where no label does (a report's own date is when it was written).
        if kind == .repair, !labelledVisit, let visit = visitInNarrative(folded, roles: roleValues(fields)) { return visit }
        // A complaint by e-mail is dated by the customer's message, the thread's first that
        // complains (else its first), not by the reply that quotes it nor by the visit the reply
        // reports (`Our engineer attended on …`).
        if kind == .complaint, isMail(folded), !fields.contains(where: { $0.name == .received && $0.canonical != nil }),
           case let sent = messages(folded, dayFirst: order(folded) ?? fileOrder), sent.count >= 2,
           let first = (sent.last { $0.complains } ?? sent.last)?.date { return first }
        // An invoice or a quotation for a visit (`Re: Service visit 25/09/2024`, `事由：2025年1月8日上门维修`)
        // is dated by the visit, not by the bill.
        if kind == .repair, fields.contains(where: isBilling), let visit = visitInProse(folded) { return visit }
        let installation = kind == .repair && isInstallation(folded)
        var labelledComplaintVisit: String?
        for name in dating(kind) + (installation ? [.installDate] : []) {
            let dated = fields.filter { f in
                f.name == name && f.canonical != nil && !isOwnTime(f) && !isDelivery(f)
            }
            let labels = dated.map { ((try? Normalizer.fold($0.label)) ?? $0.label).trimmingCharacters(in: .whitespaces).lowercased() }
            let specific = dated.indices.first { !generic.contains(labels[$0]) }.map { dated[$0] }
            // The day someone came (实际上门, 上门日期, Visit date) before the day it was reported
            // (反馈日期) and the day the visit was booked for (预约上门).
            // A complaint is dated by when it came in, whatever its labels.
            // Not the last one (上次保养日期) nor the call (本次报修时间).
            let visits = kind == .complaint || kind == .quality ? [] : dated.indices.filter { i in
                visitLabelWords.contains { labels[i].contains($0) } && !plannedLabelWords.contains { labels[i].contains($0) }
                    && !earlierLabelWords.contains { labels[i].contains($0) }
            }
            let visit = (visits.first { ["实际", "actual", "本次"].contains(where: labels[$0].contains) } ?? visits.first).map { dated[$0] }
            guard let chosen = visit ?? specific ?? dated.first, let c = chosen.canonical else { continue }
            // A complaint's only date labelled a visit's (`上门日期`, `… attended on 3 January 2022`)
            // is the visit it asked for: the complaint came in before it (below).
            if kind == .complaint, name == .date, labelSays(chosen, visitLabelWords) { labelledComplaintVisit = c; continue }
            return c
        }
        guard kind == .repair || kind == .complaint else { return nil }
        let roles = roleValues(fields)
        let dayFirst = order(folded) ?? fileOrder
        let found = candidates(in: folded).filter { c in !roles.contains(where: { $0.contains(c.text) }) }
        func parsed(_ cues: [String]) -> String? {
            cues.lazy.compactMap { cue in found.first { $0.before.hasSuffix(cue) } }.compactMap { DateParser.parse($0.text, dayFirst: dayFirst) }.first
        }
        let first = found.lazy.compactMap { DateParser.parse($0.text, dayFirst: dayFirst) }.first
        guard kind == .complaint else { return parsed(visitCues + complaintCues) ?? first }
        // A complaint: the date the prose says is the complaint's (`Your complaint of 23-May-2024`).
        if let said = parsed(complaintCues) { return said }
        // Else it came before the visit it asked for and the reply that reports it: the earliest
        // of the visit (`attended on …`, where a reply letter's own date heads it), the first
        // date of the text (the customer's own letter, a ticket's `Created:`) and a message of
        // its thread (the customer's, quoted under a reply that has no date header), within
        // 120 days before the visit: a purchase or a visit years before, written in prose, is no
        // complaint's day.
        let sent = isMail(folded) ? messages(folded, dayFirst: dayFirst).map(\.date) : []
        let earlier = [first].compactMap { $0 } + sent
        guard let visit = labelledComplaintVisit ?? parsed(visitCues), let day = WorkingDays.dayNumber(visit) else { return earlier.min() }
        return earlier.filter { WorkingDays.dayNumber($0).map { (day - 120...day).contains($0) } ?? false }.min() ?? visit
    }

    /// The values of the fields that date the unit or a follow-up, not the visit, folded.
    static func roleValues(_ fields: [Field]) -> [String] {
        fields.filter { [.installDate, .purchaseDate, .warrantyUntil, .followUp, .contractExpiry].contains($0.name) }
            .map { (try? Normalizer.fold($0.value)) ?? $0.value }
    }

    /// An installation report or call (装机服务报告单, Installation Report, `Visit type ...
    /// Installation`, `服务类型：装机`): its visit is the installation.
    static func isInstallation(_ folded: String) -> Bool {
        let head = String(folded.prefix(60)).lowercased()
        if ["装机", "安装报告", "安装服务", "安装验收", "安装调试", "验收报告", "installation report", "acceptance report", "commissioning",
            // A unit handed over to its owner (`Equipment Handover Certificate`, 设备移交单).
            "handover certificate", "equipment handover", "设备移交", "移交证书"].contains(where: head.contains) {
            return true
        }
        let text = String(folded.prefix(1500))
        return installationType.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }

    private static let installationType = try! NSRegularExpression(
        pattern: #"(?m)^[\s\-*|]*(?:visit type|call type|service type|job type|type of visit|服务类型|服务方式|服务性质)[\s:.|*]{0,12}(?:\[x\]\s*)?(?:install|commission|安装|装机)"#)

    /// A date of the goods, not of a visit: delivered, shipped, ordered, a contract signed
    /// (`到货日期：2019-07-08` above `安装日期：2019年7月15日`; `Delivered .... 11/01/2022`).
    static func isDelivery(_ f: Field) -> Bool { labelSays(f, deliveryLabelWords) }

    /// The day a case or a ticket was closed (结案日期, 关单时间, Date closed).
    static func isClosing(_ f: Field) -> Bool { labelSays(f, ["结案", "关单", "闭环", "closed", "closure", "close date", "closing date"]) }

    /// A date of a bill: an invoice's, a quotation's, a tax point.
    static func isBilling(_ f: Field) -> Bool {
        f.name.isDate && labelSays(f, ["invoice", "tax point", "quotation", "quote", "报价", "发票", "开票", "账单"])
    }

    static let deliveryLabelWords = ["到货", "发货", "交付", "交货", "签收", "签订", "出厂日期", "生产日期", "delivered", "delivery", "shipped", "shipping", "dispatched",
                                     "ordered", "order date", "contract date"]

    /// What a reply says of a call settled without anyone coming.
    static let settledWithoutVisit = ["by phone", "over the phone", "by telephone", "remote session", "remotely", "电话指导", "电话解决", "远程"]

    /// Words of a date's label that make it a visit booked, not one made.
    static let plannedLabelWords = ["预约", "计划", "预计", "scheduled", "planned", "appointment", "booked", "due", "next"]

    /// Words of a date's label that make it an earlier visit's or the call's, not this visit's.
    static let earlierLabelWords = ["上次", "前次", "上回", "报修", "报障", "last", "previous", "prior"]

    /// Words of a date's label that make it the visit's.
    /// (A repair card's 维修日期 or 服务日期 is the visit; its 报修日期 the call before it.)
    static let visitLabelWords = ["上门", "到场", "到达", "现场", "维修日期", "维修时间", "服务日期", "服务时间", "维护日期", "保养日期", "visit", "on-site", "onsite", "on site",
                                  "attended", "arrival", "service date", "date of service", "repair date", "completed", "completion", "完工"]

    /// The day a document's prose says someone came: `attended on 02-Dec-2022`,
    /// `2019/08/05由蔡佩君到场处理`, `已安排工程师于2019年10月16日到现场`; nil if it says none.
    static func visitInProse(_ folded: String) -> String? {
        let dayFirst = order(folded)
        for c in candidates(in: folded) where visitCues.contains(where: c.before.hasSuffix) {
            if let d = DateParser.parse(c.text, dayFirst: dayFirst) { return d }
        }
        let text = String(folded.prefix(scalars: 20_000))
        let ns = text as NSString
        guard let m = cameAfterDate.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return DateParser.parse(ns.substring(with: m.range(at: 1)), dayFirst: dayFirst)
    }

    static let cameAfterDate = try! NSRegularExpression(
        pattern: #"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?)[^。；;，,\n]{0,10}?(?:到现场|到达现场|赴现场|到场|上门)"#)

    /// Words just before a date that make it the complaint's (received) or the visit's.
    static let complaintCues = ["complaint of", "complaint dated", "complained on", "reported on", "received on", "letter of", "letter dated",
                                "e-mail of", "email of", "call of", "request of"]
    static let visitCues = ["attended on", "attended site on", "visited on", "visited site on", "on site on", "on-site on", "onsite on",
                            "serviced on", "repaired on", "went on site on", "arrived on", "service visit", "site visit", "on-site repair", "onsite repair",
                            "on-site visit", "visit of", "visit on"]

    private static let patterns: [NSRegularExpression] = [
        #"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"#,
        // A letter dated in Chinese numerals: 二〇二四年六月二十五日, 民國一一三年十二月一日.
        #"(?:[〇零○一二三四五六七八九]{4}|民国[〇零○一二三四五六七八九]{3})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"#,
        #"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b"#,
        #"\b\d{1,2}(?:st|nd|rd|th)?[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[\s-]+(?:19|20)\d{2}\b"#,
        #"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b"#,
        // A year cut to two digits after an apostrophe: `24 Jul '23`, `Jul 24 '23`.
        #"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+['’]\d{2}\b"#,
        #"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+['’]\d{2}\b"#,
        // SAP's and Oracle's `2020-Nov-03` and `09-APR-25`, Jira's `29/May/23`.
        #"\b(?:19|20)\d{2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-\d{1,2}\b"#,
        #"\b\d{1,2}(?:/(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(?:(?:19|20)\d{2}|\d{2})|-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-\d{2})(?!\d|[-/.]\d)"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// When a file was exported, saved or printed, or the meeting it minutes was held, says nothing
    /// of the visit (`导出时间 2021-02-03`, LINE's `儲存日期：2021/01/13 16:16`; `会议时间：2024-06-23` over a complaint received on the 15th).
    static let ownTimeLabels = ["导出时间", "导出日期", "导出于", "打印时间", "打印日期", "储存日期", "储存时间", "保存日期", "保存时间", "写于", "填写于",
                                 "exported", "export date", "printed", "print date", "generated", "saved on", "date saved",
                                 "written on",
                                 "会议时间", "会议日期", "开会时间", "meeting date", "meeting time", "date of meeting"]

    /// Whether a date field is the time of the file or the meeting itself, in either script
    /// (`會議日期` as `会议日期`).
    static func isOwnTime(_ f: Field) -> Bool { labelSays(f, ownTimeLabels) }

    /// Whether a field's label, folded (traditional as simplified) and in lower case, holds one of `words`.
    static func labelSays(_ f: Field, _ words: [String]) -> Bool {
        let label = ((try? Normalizer.fold(f.label)) ?? f.label).lowercased()
        return words.contains { label.contains($0) }
    }

    /// Date-shaped runs of the folded text, in the order they occur (the first 20,000
    /// characters), except those labelled as the time a file was exported or printed; each
    /// with the words just before it (spaces closed up to one), for the cues above.
    static func candidates(in folded: String) -> [(text: String, before: String)] {
        let text = String(folded.prefix(scalars: 20_000))
        let ns = text as NSString
        var found: [(Int, String, String)] = []
        for p in patterns {
            for m in p.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let from = max(0, m.range.location - 24)
                let before = ns.substring(with: NSRange(location: from, length: m.range.location - from)).lowercased()
                // The label right before this date, not before another (`写于 2022年11月24日` over `2022年11月23日上午，我到…`).
                let near = before.suffix(16)
                if ownTimeLabels.contains(where: { label in near.range(of: label, options: .backwards).map { !near[$0.upperBound...].contains(where: \.isNumber) } ?? false }) { continue }
                var words = before.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                // The day of the week before a date (`attended on Fri 08 Jan 2021`) is no word of its cue.
                if let last = words.split(separator: " ").last, weekdays.contains(last.trimmingCharacters(in: CharacterSet(charactersIn: ",."))) {
                    words = String(words.dropLast(last.count)).trimmingCharacters(in: .whitespaces)
                }
                found.append((m.range.location, ns.substring(with: m.range), words))
            }
        }
        return found.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }

    /// A weekday as written beside a date (`Fri`, `星期三`, `周三`), folded.
    static let weekdays: Set<String> = Set(["星期", "周", "週", "礼拜", "禮拜"].flatMap { p in ["一", "二", "三", "四", "五", "六", "日", "天"].map { p + $0 } })
        .union(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday"])

    static let numeric = try! NSRegularExpression(pattern: #"\b(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d{2}\b"#)

    /// Whether the document writes numeric dates day first (true), month first (false), or
    /// cannot be told (nil): a first number over 12 says day first, a second one month first;
    /// else the locale it names (United Kingdom, DD/MM; USA, MM/DD).
    static func order(_ folded: String) -> Bool? {
        let text = String(folded.prefix(scalars: 20_000))
        let ns = text as NSString
        var dayFirst = false, monthFirst = false
        // The regular expressions run only where they can match (they were 3% of reading).
        let numericDates = yearAfterSeparator.contains { text.contains($0) } ? numeric.matches(in: text, range: NSRange(location: 0, length: ns.length)) : []
        for m in numericDates {
            let a = Int(ns.substring(with: m.range(at: 1))) ?? 0, b = Int(ns.substring(with: m.range(at: 2))) ?? 0
            if a > 12 && b <= 12 { dayFirst = true }
            if b > 12 && a <= 12 { monthFirst = true }
        }
        if dayFirst != monthFirst { return dayFirst }
        let dayCues = ["dd/mm", "dd-mm", "dd.mm", "日/月/年", "united kingdom", " u.k.", "(uk)", ", uk", "england", "scotland", "australia", "new zealand", "ireland",
                       "singapore", "hong kong", "malaysia", "india", "pte ltd", "pte. ltd", "sdn bhd", "sdn. bhd"]
        let monthCues = ["mm/dd", "mm-dd", "月/日/年", "united states", "usa", "u.s.a", ", us "]
        let d = dayCues.contains { text.contains($0) }, m = monthCues.contains { text.contains($0) }
        if d != m { return d }
        // Dots part a date whose year is last only where the day comes first (`01.04.2023`, SAP's
        // and Europe's); month-first locales write slashes.
        if numericDates.contains(where: { ns.substring(with: $0.range).contains(".") }) { return true }
        // WhatsApp's export writes the phone's locale: `04/06/2021, 09:00 - ` (a four-digit year,
        // a 24-hour clock) is the day-first form; the US form is `6/4/21, 9:00 AM - `.
        if text.lines().prefix(3).contains(where: { whatsAppDayFirst.firstMatch(in: String($0), range: NSRange(location: 0, length: ($0 as Substring).utf16.count)) != nil }) {
            return true
        }
        // The order the document writes dates with a month name in: `14 Mar 2022` day first,
        // `Mar 14, 2022` month first (an e-mail's `Date: Mon, 14 Mar 2022` header says nothing).
        guard monthNames.contains(where: { text.contains($0) }) else { return nil }
        let range = NSRange(location: 0, length: ns.length)
        let named = namedDayFirst.matches(in: text, range: range).filter { m in
            m.range.location < 5 || !ns.substring(with: NSRange(location: m.range.location - 5, length: 5)).contains(",")
        }.count
        let namedMonthFirst = namedMonthFirst.numberOfMatches(in: text, range: range)
        return (named > 0) != (namedMonthFirst > 0) ? named > 0 : nil
    }

    /// What a numeric date's year needs before it (`/2022`, `.19`…), and a named date its month.
    private static let yearAfterSeparator = ["/19", "/20", ".19", ".20", "-19", "-20"]
    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static let whatsAppDayFirst = try! NSRegularExpression(pattern: #"^\d{2}/\d{2}/(?:19|20)\d{2}, [0-2]\d:[0-5]\d - "#)

    private static let namedDayFirst = try! NSRegularExpression(
        pattern: #"\b\d{1,2}(?:st|nd|rd|th)?[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s-]+(?:19|20)\d{2}\b"#)
    private static let namedMonthFirst = try! NSRegularExpression(
        pattern: #"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b"#)
}
