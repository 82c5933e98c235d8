import Foundation

/// The visit a narrative tells by the day of the call: `10月20日接到放射科电话，…厂家工程师次日到场`,
/// `On 9 May the clinic called about … I attended the same afternoon`. The call's day is written
/// without its year; the document's own dates (the report's, the mail's) give it.
extension DocumentDates {
    /// The day someone came, counted from a call's day written without its year (次日, 两天后,
    /// 当天下午; `the next day`, `two days later`, `the same afternoon`; not 次日未能到场), told
    /// before the next day the text names. The year is that of a full date of the text, not one
    /// `roles` (installation, warranty…) hold, on the call's day or up to 60 days after it (the
    /// report's, the mail's); nil when the text tells no such visit or gives no such year.
    static func visitInNarrative(_ folded: String, roles: [String]) -> String? {
        let text = String(folded.prefix(scalars: 8_000)).lowercased()
        // The regular expressions run only where someone is said to have come.
        guard visitWords.contains(where: text.contains) else { return nil }
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        let days = callDay.matches(in: text, range: whole)
        // The day of the call: one followed in its clause by the call (接到…电话, 报修, `called`).
        for (n, call) in days.enumerated() {
            let clause = NSRange(location: call.range.upperBound, length: min(60, ns.length - call.range.upperBound))
            guard callWords.firstMatch(in: text, range: clause) != nil else { continue }
            let groups = (1...6).map { call.range(at: $0).location == NSNotFound ? nil : ns.substring(with: call.range(at: $0)) }
            let month: Int?, day: Int?
            if let m = groups[0], let d = groups[1] { (month, day) = (Int(m), Int(d)) }
            else if let d = groups[2], let name = groups[3] { (month, day) = (DateParser.months[String(name.prefix(3))], Int(d)) }
            else if let name = groups[4], let d = groups[5] { (month, day) = (DateParser.months[String(name.prefix(3))], Int(d)) }
            else { continue }
            guard let month, let day else { continue }
            // The visit is told before the next day the text names.
            let next = n + 1 < days.count ? days[n + 1].range.location : ns.length
            let rest = NSRange(location: call.range.upperBound, length: min(320, next - call.range.upperBound))
            guard let offset = visitOffset(ns, in: rest) else { return nil }
            // The year: that of a date the document writes whole on the call's day or within
            // two months after it (the report's, the mail's); never the unit's own dates.
            let dayFirst = order(folded)
            let written = candidates(in: folded).filter { c in !roles.contains(where: { $0.contains(c.text) }) }
                .compactMap { DateParser.parse($0.text, dayFirst: dayFirst) }
            for w in written.sorted() {
                guard let year = Int(w.prefix(4)), let wMonth = Int(w.dropFirst(5).prefix(2)) else { continue }
                let called = String(format: "%04d-%02d-%02d", month > wMonth ? year - 1 : year, month, day)
                guard let c = WorkingDays.dayNumber(called), let d = WorkingDays.dayNumber(w), (0...60).contains(d - c) else { continue }
                return WorkingDays.shift(called, days: offset)
            }
            return nil
        }
        return nil
    }

    /// Days after the call that the words following it say someone came, if they do.
    private static func visitOffset(_ ns: NSString, in range: NSRange) -> Int? {
        let text = ns as String
        if let m = chineseVisit.firstMatch(in: text, range: range), !["未", "没", "无法", "不能"].contains(where: ns.substring(with: m.range).contains) {
            let said = ns.substring(with: m.range(at: 1))
            if let n = chineseDays[said] { return n }
            if m.range(at: 2).location != NSNotFound { return count(ns.substring(with: m.range(at: 2))) }
        }
        if let m = englishVisit.firstMatch(in: text, range: range) {
            let said = ns.substring(with: m.range(at: 1))
            if said.hasPrefix("the same") || said.hasPrefix("that") { return 0 }
            if m.range(at: 2).location != NSNotFound { return count(ns.substring(with: m.range(at: 2))) }
            return 1
        }
        return nil
    }

    private static func count(_ word: String) -> Int? {
        Int(word) ?? ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5][word]
    }

    /// Words one of `chineseVisit` or `englishVisit` needs.
    private static let visitWords = ["到场", "上门", "到现场", "赶到", "赶赴", "前往", "attended", "visited", "came out", "went out", "went to site",
                                     "on site", "onsite", "on-site"]

    private static let chineseDays = ["当天": 0, "当日": 0, "同日": 0, "即日": 0, "次日": 1, "翌日": 1, "第二天": 1, "隔天": 1, "隔日": 1]

    /// `10月20日` not inside a whole date (`2019年10月20日`), or `on 9 may` / `on may 9` with no year after it.
    private static let callDay = try! NSRegularExpression(pattern: #"(?<![\d年./-])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?!\s*[-至到~]\s*\d)|\bon\s+(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\.?,?\s*(?:19|20)\d{2}|\.?,?\s*'\d{2})|\bon\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d{2}|:)"#)
    private static let callWords = try! NSRegularExpression(pattern: #"^[^。；;.\n]{0,40}?(?:接到|接报|来电|电话|报修|报障|反映|called|rang|phoned|reported|logged|emailed)"#)
    private static let chineseVisit = try! NSRegularExpression(
        pattern: #"(当天|当日|同日|即日|次日|翌日|第二天|隔天|隔日|([一二两三四五]|\d{1,2})天后)[^，。；,;\n]{0,6}?(?:到场|上门|到现场|赶到|赶赴|前往)"#)
    private static let englishVisit = try! NSRegularExpression(
        pattern: #"\b(?:attended|visited|came out|went out|went to site|was on site|were on site|on site|onsite|on-site)\s+(the same (?:day|afternoon|morning|evening)|that (?:day|afternoon|morning|evening)|the (?:next|following) (?:day|morning|afternoon)|the day after|(one|two|three|four|five|\d{1,2}) days later)"#)
}
