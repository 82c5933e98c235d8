import Foundation

extension DocumentDates {
    /// The visit an e-mail reports, dated from the message that reports it: `Following my visit
    /// yesterday` in a message sent on 22 Nov 2023 is 21 Nov; `昨天（8月8日）已到…处理完毕` in
    /// one sent on 2023年8月9日 is 8 Aug; `Summary of yesterday's visit (12/09/2023)` is that day.
    /// Messages are read newest first (a reply above the mail it quotes); nil if no message
    /// says when someone came. For a text that `isMail`.
    static func visitInMail(_ folded: String, dayFirst: Bool?) -> String? {
        let lines = folded.prefix(20_000).split(separator: "\n", omittingEmptySubsequences: false).map { $0.drop { $0 == ">" || $0 == " " } }
        var sent: String?
        var body: [Substring] = []
        func visit() -> String? {
            guard let sent else { return nil }
            let text = body.joined(separator: "\n").replacingOccurrences(of: ". ", with: "\n")
            for sentence in text.split(whereSeparator: { "\n。；;！!".contains($0) }) {
                if let d = visitIn(sentence, sent: sent, dayFirst: dayFirst) { return d }
            }
            return nil
        }
        for line in lines {
            if let opening = opening(line, dayFirst: dayFirst) {
                if let d = visit() { return d }
                body = []
                sent = opening
            } else if !mailHeaders.contains(where: { line.hasPrefix($0) }) {
                body.append(line)
            }
        }
        return visit()
    }

    /// The messages of a thread, newest first as the thread reads (a reply above the mail it
    /// quotes): when each was sent (its `Date:`/`Sent:` header's, or the line that opens a quoted
    /// one), and whether its text complains of a fault come back (`again`, `第三次`).
    static func messages(_ folded: String, dayFirst: Bool?) -> [(date: String, complains: Bool)] {
        var out: [(date: String, complains: Bool)] = []
        for raw in folded.lines(within: 20_000) {
            let line = raw.drop { $0 == ">" || $0 == " " }
            if let opening = opening(line, dayFirst: dayFirst) {
                if let d = opening { out.append((d, false)) }
            } else if !out.isEmpty, !out[out.count - 1].complains, !subjectHeaders.contains(where: line.hasPrefix) {
                let l = line.lowercased()
                out[out.count - 1].complains = complaintWords.contains(where: l.contains)
            }
        }
        return out
    }

    /// What a customer writes of a fault that came back (a reply's `your complaint` is no such word).
    private static let complaintWords = ["again", "third time", "second time", "still not", "not fixed", "unacceptable", "第三次", "第二次", "再次",
                                         "又出现", "又坏", "不满"]

    /// Whether a line opens a message (a `Date:`/`Sent:` header, or the line that opens a quoted
    /// one: `On Mon, 31 Jul 2023 at 18:49, … wrote:`, `在 2023年7月31日 … 写道：`), and if so the
    /// date it gives: `.some(nil)` for an opening line without a date that reads.
    private static func opening(_ line: Substring, dayFirst: Bool?) -> String?? {
        guard let h = dateHeaders.first(where: { line.hasPrefix($0) }) ?? (opensQuote(line) ? "" : nil) else { return nil }
        return .some(candidates(in: String(line.dropFirst(h.count))).lazy.compactMap { DateParser.parse($0.text, dayFirst: dayFirst) }.first)
    }

    /// The line that opens a quoted message: `On Tue, 7 Mar 2023 at 18:49, … wrote:`, `---- On
    /// Wed, 21 Jun 2023 08:23:27 +0800 Dr. Cui wrote ----`, `在 2023年7月31日 … 写道：`.
    static func opensQuote(_ line: Substring) -> Bool {
        guard line.contains("wrote") || line.contains("写道") else { return false }
        let t = line.trimmingCharacters(in: dashesAndSpaces)
        return (t.hasPrefix("on ") && (t.hasSuffix("wrote:") || t.hasSuffix("wrote"))) || t.hasSuffix("写道:") || t.hasSuffix("写道：")
    }

    private static let dashesAndSpaces = CharacterSet(charactersIn: "- ")

    /// Headers as mail programs write them, folded (Outlook's traditional Chinese `寄件者`,
    /// `寄件日期`, `主旨` among them).
    static let mailHeaders = ["from:", "to:", "cc:", "date:", "sent:", "subject:", "发件人:", "收件人:", "抄送:", "日期:", "发送时间:", "主题:",
                              "寄件者:", "收件者:", "副本:", "寄件日期:", "主旨:"]
    private static let dateHeaders = ["date:", "sent:", "日期:", "发送时间:", "寄件日期:"]
    static let subjectHeaders = ["subject:", "主题:", "主旨:"]

    /// A sentence's visit: a day relative to the message's (`yesterday`, `昨天`, `today`), or a
    /// date in brackets after it, with visit words in the sentence.
    private static func visitIn(_ sentence: Substring, sent: String, dayFirst: Bool?) -> String? {
        let s = String(sentence)
        // A report that opens with its day and the going (`2021-07-14，我到…处理…故障`), forwarded
        // days later: that day, not the forward's.
        if s.drop(while: \.isWhitespace).first?.isNumber == true, let m = s.firstMatch(of: wentOnTheDay),
           !notCameWords.contains(where: s.contains), !plannedVisitWords.contains(where: s.contains),
           let d = DateParser.parse(String(m.1), dayFirst: dayFirst), d <= sent { return d }
        guard visitWords.contains(where: s.contains) else { return nil }
        // The visit's own date (`Summary of the visit on 1 July 2023`), not one planned.
        for c in candidates(in: s) where visitCues.contains(where: c.before.hasSuffix) && !plannedWords.contains(where: s.contains) {
            if let d = DateParser.parse(c.text, dayFirst: dayFirst) { return d }
        }
        // A date followed by the coming (`已於 2018年10月25日 到場處理`); not one planned, asked
        // for, set as a deadline, counted from or denied (`要求上门`, `请于…前上门`, `接到报修后次日上门`,
        // `报修至今无人上门`).
        let ns = s as NSString
        if !plannedVisitWords.contains(where: s.contains), let m = cameAfterDate.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)),
           case let gap = ns.substring(with: NSRange(location: m.range(at: 1).upperBound, length: m.range.upperBound - m.range(at: 1).upperBound)),
           !notCameWords.contains(where: gap.contains),
           let d = DateParser.parse(ns.substring(with: m.range(at: 1)), dayFirst: dayFirst) { return d }
        for (word, offset) in relativeDays {
            guard let r = s.range(of: word) else { continue }
            // A date in brackets just after the word: `昨天（8月8日）`, `yesterday's visit (12/09/2023)`.
            if let open = s[r.upperBound...].prefix(16).firstIndex(where: { "(（".contains($0) }) {
                let inside = String(s[s.index(after: open)...].prefix { !")）".contains($0) })
                if let d = candidates(in: inside).lazy.compactMap({ DateParser.parse($0.text, dayFirst: dayFirst) }).first { return d }
                if let d = monthDay(inside, year: sent) { return d }
            }
            return WorkingDays.shift(sent, days: offset)
        }
        return nil
    }

    nonisolated(unsafe) private static let wentOnTheDay =
        #/^\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?)\s*[，,]?\s*(?:我们|我|本人|工程师|技术员)(?:到|前往|赴)(?!\d)[^。；;\n]{2,40}?(?:处理|维修|检修|排查)/#

    // Narrower than `plannedWords`: 将 alone is also the object marker (`已于…到场处理，将主板更换`).
    private static let plannedVisitWords = ["将于", "将会", "预约", "计划", "预计", "安排在", "will", "schedule"]
    private static let notCameWords = ["要求", "请", "希望", "前", "未", "无人", "没有", "至今", "报修", "来电", "接到", "后", "次日", "隔天", "翌日"]
    private static let plannedWords = ["will", "arrange", "schedule", "plan", "next", "book", "安排", "预约", "计划", "将"]
    private static let visitWords = ["visit", "on site", "onsite", "on-site", "attended", "came out", "came to", "现场", "上门", "到场", "已到", "赶到"]
    private static let relativeDays: [(String, Int)] = [("yesterday", -1), ("昨天", -1), ("昨日", -1), ("前天", -2), ("today", 0), ("this morning", 0),
                                                        ("今天", 0), ("今日", 0)]

    /// `8月8日` in the year of `sent` (the year before, for a month after the message's).
    private static func monthDay(_ text: String, year sent: String) -> String? {
        guard let m = text.firstMatch(of: #/(\d{1,2})\s*月\s*(\d{1,2})\s*日/#), let month = Int(m.1), let day = Int(m.2),
              let y = Int(sent.prefix(4)), let sentMonth = Int(sent.dropFirst(5).prefix(2)) else { return nil }
        let d = String(format: "%04d-%02d-%02d", month > sentMonth ? y - 1 : y, month, day)
        return WorkingDays.dayNumber(d) != nil ? d : nil
    }
}

extension DocumentDates {
    /// An e-mail or a thread of them: its first line (past quote marks) is a mail header.
    static func isMail(_ folded: String) -> Bool {
        let first = folded.lines(within: 200).lazy.map { $0.drop { $0 == ">" || $0 == " " } }.first { !$0.isEmpty }
        return first.map { line in mailHeaders.contains(where: { line.hasPrefix($0) }) } ?? false
    }
}
