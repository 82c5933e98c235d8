import Foundation

/// One visit written as an entry of a repair log.
public struct LoggedVisit: Sendable, Equatable, Codable {
    public var date: String
    public var fault: String?
    public var cause: String?
    public var action: String?
    public var engineer: String?
    public var parts: String?
    /// The line of the document (1-based) where the entry starts.
    public var line: Int
    /// Started by a labelled date on a line without a list marker (`日期：…` paragraphs), which
    /// only `labelledDates` reads as an entry.
    public var dateLabelled = false
}

/// Visits logged entry by entry in an equipment history (设备档案, 儀器履歷表, a service history
/// export), in the layouts people use:
/// - a line that starts with a date, the fault, then the other facts after their labels:
///   `2023-05-12  离心机不升速；处理：更换碳刷；工程师：王伟`,
///   `- 12/05/2023: Would not reach speed. Action: replaced brushes. Engineer: J. Smith`;
/// - a dated entry line (`1. 2021年3月5日`, `（一）日期：…`) with labelled lines under it
///   (`故障：…`, `Action taken: …`);
/// - the rows of a table whose header names the columns (`| 日期 | 故障现象 | 处理 | 工程师 |`).
/// Labels are read by their words (`Labels.classify`), so a wording nobody listed still lands
/// in the right field; values keep the document's own script and spelling.
public enum RepairLog {
    /// The entries of a document's text (`folded`: its folded form, when stored); `dayFirst`
    /// reads numeric dates such as 03/02/2024. `labelledDates`: a line that starts with a date
    /// label (`日期：2019年2月5日`) starts an entry even without a list marker, as in a history
    /// file's paragraphs (such entries are marked `dateLabelled`).
    /// `narratives`: an equipment history's paragraphs that tell a day (`On 3 March 2018 …`) are
    /// entries too (not a service report's, whose paragraphs tell one visit's steps).
    public static func entries(in original: String, folded: String? = nil, dayFirst: Bool?, labelledDates: Bool = false,
                               narratives: Bool = false) -> [LoggedVisit] {
        let os = Array(original.unicodeScalars)
        let text: FoldedText? = try? {
            if let folded { return try Normalizer.origin(ofFolded: folded, original: original) }
            return try Normalizer.foldKeepingOrigin(original)
        }()
        var fs = os, origin = (0..<os.count).map(Int32.init)
        if let text, text.origin.count == text.text.unicodeScalars.count { fs = Array(text.text.unicodeScalars); origin = text.origin }
        var lines: [Range<Int>] = [], start = 0
        for i in 0...fs.count where i == fs.count || fs[i] == "\n" { lines.append(start..<i); start = i + 1 }

        var out: [LoggedVisit] = []
        let shortYears = shortYearOrder(original)
        var open: Int?  // the entry that labelled lines still add to
        // Entries whose fault is a few words after the date (`## 第二次 2021-06-02 故障维修`): a
        // labelled fault under them (`- 故障现象：…`) says what it was.
        var kindOnly = Set<Int>()
        var columns: [FieldName?]?  // the log table's columns, once its header is read
        var signed: [Int] = []  // entries signed at their end, kept only as a log's (two days or more)
        for (n, range) in lines.enumerated() {
            // No log entry runs to thousands of characters; reading one costs time in its length.
            guard range.count <= maxLine else { open = nil; columns = nil; continue }
            var line = Line(fs[range], os: os, origin: origin[range])
            line.shortYears = shortYears
            if line.isBlank { continue }
            if line.folded.hasPrefix("|") {
                open = nil
                let cells = line.cells()
                if cells.allSatisfy({ line.text(cells: $0).allSatisfy { "-: ".contains($0) } }) { continue }
                let names = cells.map { line.labelField(line.text(cells: $0)) }
                if names.contains(where: { $0 == .date }) && names.contains(where: { [.fault, .action].contains($0) }) {
                    columns = names
                    continue
                }
                guard let columns else { continue }
                var v: LoggedVisit?
                for (cell, name) in zip(cells, columns) {
                    if name == .date, let d = startingDate(line.text(cells: cell), dayFirst: dayFirst, shortYears: shortYears, compact: true)?.date { v = LoggedVisit(date: d, line: n + 1) }
                }
                guard var visit = v else { continue }
                for (cell, name) in zip(cells, columns) where name != .date {
                    // A cell may hold several facts under their labels (`故障：… 原因：… 处理：…`).
                    if let name { line.readCell(cell, into: &visit, headIs: name) }
                }
                out.append(visit)
                continue
            }
            // A query result's border (`+------+------------+`) rules the table it draws.
            if QueryOutput.isBorder(line.fs[...]) { open = nil; continue }
            columns = nil
            let markers = line.afterMarkers()
            let marked = !line.fs[..<markers].allSatisfy { $0.isSpace }
            if let (date, end, byLabel) = line.dateStart(from: markers, labelled: labelledDates || marked, dayFirst: dayFirst) {
                var visit = LoggedVisit(date: date, line: n + 1)
                visit.dateLabelled = byLabel && !marked
                line.readFacts(from: end, into: &visit, headIs: .fault)
                out.append(visit)
                open = out.count - 1
                if let f = visit.fault, f.unicodeScalars.count <= 6, visit.action == nil { kindOnly.insert(out.count - 1) }
            } else if line.firstLabel(from: markers) == nil, let signedAt = line.signedAtEnd(from: markers, dayFirst: dayFirst) {
                // An entry told first and signed after it (`…清洗并活化双铂电极（甘工，2022/11/17）`).
                var visit = LoggedVisit(date: signedAt.date, line: n + 1)
                visit.set(.fault, line.value(markers..<signedAt.textEnd))
                // A name may close with its number in brackets (`蓝海波（LC0379）`): kept whole.
                if let who = signedAt.engineer { visit.engineer = line.value(who).trimmingCharacters(in: .whitespaces) }
                signed.append(out.count)
                out.append(visit)
                open = nil
            } else if narratives, open == nil, line.firstLabel(from: markers) == nil, let date = line.narrativeDate(dayFirst: dayFirst) {
                // A history told in paragraphs (`On 3 March 2018 the engineer found …`, `A routine
                // visit took place on 14 November 2019.`): each paragraph one entry, its text the
                // fault; as `日期：` paragraphs, three days or more make a log.
                var visit = LoggedVisit(date: date, line: n + 1)
                visit.dateLabelled = true
                visit.fault = line.value(0..<line.fs.count).trimmingCharacters(in: .whitespaces)
                out.append(visit)
                open = nil
            } else if let i = open, let first = line.firstLabel(from: markers), Self.facts.contains(first.field) {
                if first.field == .fault, kindOnly.remove(i) != nil { out[i].fault = nil }
                line.readFacts(from: markers, into: &out[i], headIs: nil)
            } else if open != nil, line.startsWithLabel(from: markers) {
                // A label the entry has no column for (`类型: 维修`, `Type: Repair`) leaves it open.
                continue
            } else {
                open = nil
            }
        }
        // One line signed at its end is a note's (`已阅（王经理，2023-03-02）`), not a log's.
        if Set(signed.map { out[$0].date }).count < 2 { for i in signed.reversed() { out.remove(at: i) } }
        // A dated line that says nothing about the visit is not an entry.
        return out.filter { $0.fault != nil || $0.action != nil || $0.cause != nil || $0.engineer != nil }
    }

    /// Longer lines are no log entry (and a hostile file's one long line costs nothing).
    static let maxLine = 4000

    /// The fields a log entry carries.
    static let facts: Set<FieldName> = [.fault, .cause, .action, .engineer, .parts, .warranty, .result]

    /// Labels that in a log say what the visit was about (`内容：`, `Details:`): its fault column.
    /// A contract's schedule says what was done (`工作内容`): a column only here; read as an
    /// action label everywhere it cost the held-out fourthgen's link precision 0.981 → 0.964.
    static let entryText: Set<String> = ["内容", "情况", "说明", "摘要", "记录", "工作内容", "作业内容", "content", "details", "description", "summary", "notes"]

    private static let datePattern = try! NSRegularExpression(pattern: [
        #"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"#,
        #"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}"#,
        #"(?:民国\s*)?\d{3}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)"#,
        #"(?:民国\s*)?\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?"#,
        #"\d{1,2}(?:st|nd|rd|th)?[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[\s-]+(?:19|20)\d{2}"#,
        #"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"#,
        #"(?:19|20)\d{2}[-/. ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[-/. ]\d{1,2}(?!\d)"#,
        #"\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{2}(?!\d)"#,
        #"(?:19|20)\d{6}(?!\d)"#,
    ].map { "(?:\($0))" }.joined(separator: "|") + #"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"#)

    /// A date at the very start of folded text, and how many UTF-16 units it takes.
    /// `shortYears`: the document states its dates as `dd.mm.yy` (true) or `mm/dd/yy` (false),
    /// so `19.02.19` is a date too.
    /// `compact`: a date column's cell, where Taiwan's seven digits (`1130312`, 2024-03-12) are
    /// a date too (at a line's start they may be a work order's number).
    static func startingDate(_ folded: String, dayFirst: Bool?, shortYears: Bool? = nil, compact: Bool = false) -> (date: String, length: Int)? {
        let ns = folded as NSString
        let whole = NSRange(location: 0, length: ns.length)
        if compact, let m = compactROC.firstMatch(in: folded, options: .anchored, range: whole), let d = DateParser.parse(ns.substring(with: m.range)) {
            return (d, m.range.length)
        }
        if let m = datePattern.firstMatch(in: folded, options: .anchored, range: whole),
           let d = DateParser.parse(ns.substring(with: m.range), dayFirst: dayFirst) {
            return (d, m.range.length)
        }
        guard let dayFirst = shortYears, let m = shortYearPattern.firstMatch(in: folded, options: .anchored, range: whole),
              let a = Int(ns.substring(with: m.range(at: 1))), let b = Int(ns.substring(with: m.range(at: 3))),
              let yy = Int(ns.substring(with: m.range(at: 4))) else { return nil }
        let (day, month) = dayFirst ? (a, b) : (b, a)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (String(format: "%04d-%02d-%02d", 2000 + yy, month, day), m.range.length)
    }

    private static let compactROC = try! NSRegularExpression(pattern: #"1[01]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"#)
    private static let shortYearPattern = try! NSRegularExpression(pattern: #"(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d./-])"#)
    private static let statedShortYears = try! NSRegularExpression(pattern: #"(?<![a-z])(dd|mm)([./-])(mm|dd)\2yy(?![a-z])"#)

    /// Whether the text says its dates are day-first (`Date format dd.mm.yy`) or month-first
    /// (`mm/dd/yy`) with two-digit years; nil when it says neither.
    static func shortYearOrder(_ text: String) -> Bool? {
        let lower = text.lowercased(), ns = lower as NSString
        guard let m = statedShortYears.firstMatch(in: lower, range: NSRange(location: 0, length: ns.length)),
              ns.substring(with: m.range(at: 1)) != ns.substring(with: m.range(at: 3)) else { return nil }
        return ns.substring(with: m.range(at: 1)) == "dd"
    }
}

extension LoggedVisit {
    nonisolated(unsafe) private static let closingTag = #/</[a-zA-Z]+>$/#

    init(date: String, line: Int) { self.init(date: date, fault: nil, cause: nil, action: nil, engineer: nil, parts: nil, line: line) }

    private static let nameEnds = CharacterSet(charactersIn: " \t;；,，。、|*_()（）[]【】")
    private static let valueEnds = CharacterSet(charactersIn: " \t;；,，。.、|*_")

    mutating func set(_ name: FieldName, _ value: String) {
        // A name keeps its initial's full stop (Chen J.); a sentence loses it.
        let ends = name == .engineer ? Self.nameEnds : Self.valueEnds
        var v = value.trimmingCharacters(in: ends)
        // The tag that closes an HTML block (`预防性维护</summary>`) is no part of the value
        // (`Error <E-05>` keeps its code).
        while let tag = v.firstMatch(of: Self.closingTag) { v = String(v[..<tag.range.lowerBound]).trimmingCharacters(in: ends) }
        // A bracket the next label opened (`…报告（技術員：…）`) is not the value's.
        if let last = v.unicodeScalars.last, "(（[【".unicodeScalars.contains(last) {
            v.unicodeScalars.removeLast()
            v = v.trimmingCharacters(in: ends)
        }
        // A cell left blank on purpose (`—`, `/`, `N/A`, `无`) says nothing.
        guard !v.isEmpty, !v.allSatisfy({ "-—–/\\".contains($0) }), !["n/a", "na", "无", "none", "nil", "null"].contains(v.lowercased()) else { return }
        switch name {
        case .fault where fault == nil: fault = v
        case .cause where cause == nil: cause = v
        case .action where action == nil, .result where action == nil: action = v
        case .engineer where engineer == nil: engineer = v
        case .parts where parts == nil: parts = v
        default: break
        }
    }
}

/// One line of a document, folded for reading and kept as written for the values.
private struct Line {
    let folded: String
    let fs: [Unicode.Scalar]
    let os: [Unicode.Scalar]
    let origin: [Int32]
    /// The order of two-digit-year dates the document states (`RepairLog.shortYearOrder`).
    var shortYears: Bool?

    /// A line of the document's folded scalars, with the map into the whole original.
    init(_ fs: ArraySlice<Unicode.Scalar>, os: [Unicode.Scalar], origin: ArraySlice<Int32>) {
        self.fs = Array(fs)
        self.os = os
        self.origin = Array(origin)
        folded = FieldExtractor.string(self.fs, 0, self.fs.count)
    }

    var isBlank: Bool { fs.allSatisfy { $0.isSpace } }

    /// The original text of folded scalars start..<end.
    func value(_ r: Range<Int>) -> String { FieldExtractor.slice(os, origin, r.lowerBound, r.upperBound) }
    func text(cells r: Range<Int>) -> String {
        return String(scalars: fs[r]).trimmingCharacters(in: .whitespaces)
    }

    /// Table cells between pipes.
    func cells() -> [Range<Int>] {
        var out: [Range<Int>] = [], start = 1
        for i in 1..<max(1, fs.count) where fs[i] == "|" { out.append(start..<i); start = i + 1 }
        if start < fs.count, !fs[start...].allSatisfy({ $0.isSpace }) { out.append(start..<fs.count) }
        return out
    }

    private static let emphasis = CharacterSet(charactersIn: " *_`")

    func labelField(_ text: String) -> FieldName? {
        let t = text.trimmingCharacters(in: Self.emphasis)
        if let name = Labels.named(t)?.name ?? (RepairLog.entryText.contains(t) ? .fault : nil) { return name }
        // A bracket after the column's name says how it is written (`日期(民國)`, `Date (dd/mm)`).
        guard let open = t.firstIndex(where: { $0 == "(" || $0 == "（" }), open != t.startIndex,
              t.last == ")" || t.last == "）" else { return nil }
        return labelField(String(t[..<open]))
    }

    /// Past list markers, numbering (`1.`, `(一)`, `二、`, `第二次`) and heading marks.
    func afterMarkers() -> Int {
        var i = 0
        func skipSpace() { while i < fs.count, fs[i].isSpace { i += 1 } }
        while true {
            skipSpace()
            guard i < fs.count else { return i }
            if "-*+•·>#▲△▶►▸■□◆◇●○※✓√".unicodeScalars.contains(fs[i]) { i += 1; continue }
            // An HTML tag that opens a block (`<details><summary>2019-05-02 预防性维护</summary>`).
            if let end = Self.tagEnd(fs, at: i) { i = end; continue }
            // The visit's count (`## 第二次 2021-06-02 故障维修`).
            if fs[i] == "第" {
                var j = i + 1
                while j < fs.count, j - i <= 3, fs[j].properties.numericType != nil { j += 1 }
                if j > i + 1, j < fs.count, "次回".unicodeScalars.contains(fs[j]) {
                    i = j + 1
                    if i < fs.count, ":：、".unicodeScalars.contains(fs[i]) { i += 1 }
                    continue
                }
            }
            // A number or Chinese numeral, closed by `.`, `)`, `、`, and not the start of a date.
            var j = i
            let open = fs[j] == "("
            if open { j += 1 }
            let digitsStart = j
            while j < fs.count, j - digitsStart < 3, fs[j].properties.numericType != nil { j += 1 }
            guard j > digitsStart, j < fs.count, ")、.".unicodeScalars.contains(fs[j]) || (open && fs[j] == ")") else { return i }
            if fs[j] == ".", j + 1 < fs.count, fs[j + 1].properties.numericType != nil { return i }
            i = j + 1
        }
    }

    /// The end of an HTML tag that starts at `i` (`<summary>`, `</td>`), if one does.
    static func tagEnd(_ fs: [Unicode.Scalar], at i: Int) -> Int? {
        guard fs[i] == "<", i + 1 < fs.count, fs[i + 1] == "/" || fs[i + 1].properties.isAlphabetic && fs[i + 1].isASCII else { return nil }
        var j = i + 1
        while j < fs.count, j - i <= 40, fs[j] != ">", fs[j] != "<" { j += 1 }
        return j < fs.count && fs[j] == ">" ? j + 1 : nil
    }

    /// A date that starts the entry at `i`; after a list marker or a number, also a labelled
    /// one (`1. 日期：…`; in a form, `服务日期：…` is the form's date, not a log entry).
    func dateStart(from i: Int, labelled: Bool, dayFirst: Bool?) -> (String, Int, byLabel: Bool)? {
        var from = i
        if labelled, let l = firstLabel(from: i), l.field == .date || l.field == .received { from = l.valueStart }
        while from < fs.count, fs[from].isSpace { from += 1 }
        // A date in brackets (`[2019-12-03] CM 维修 — …`, `【2021-07-06 维修】现象：…`): the entry
        // goes on after the bracket closes (a word of kind before it is no fault).
        let bracketed = from < fs.count && (fs[from] == "[" || fs[from] == "【")
        if bracketed { from += 1 }
        let s = String(scalars: fs[from...])
        guard let (date, length) = RepairLog.startingDate(s, dayFirst: dayFirst, shortYears: shortYears) else { return nil }
        var end = from + s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: String.Index(utf16Offset: length, in: s))
        if bracketed {
            guard let close = fs[end..<min(fs.count, end + 12)].firstIndex(where: { $0 == "]" || $0 == "】" }) else { return nil }
            end = close + 1
        }
        // The day of the week after it (`2023年3月29日(星期三)`, `(Wed)`) is the date's, not the entry's.
        if end < fs.count, fs[end] == "(" || fs[end] == "（",
           let close = fs[(end + 1)..<min(fs.count, end + 11)].firstIndex(where: { $0 == ")" || $0 == "）" }),
           DocumentDates.weekdays.contains(FieldExtractor.string(fs, end + 1, close)) {
            end = close + 1
        }
        return (date, end, from > i + (bracketed ? 1 : 0))
    }

    /// A line that tells a visit and closes with who came and when, in brackets (`检查发现双铂电极
    /// 污染，清洗并活化双铂电极（甘工，2022/11/17）`, `…（蓝海波（LC0379），2023/2/6）`): the date,
    /// the engineer's scalars, and where the told text ends. The date must fill the bracket's last part.
    func signedAtEnd(from start: Int, dayFirst: Bool?) -> (date: String, engineer: Range<Int>?, textEnd: Int)? {
        var end = fs.count
        while end > start, fs[end - 1].isSpace { end -= 1 }
        guard end - start >= 12 else { return nil }
        guard fs[end - 1] == ")" || fs[end - 1] == "）" else { return signedBy(from: start, end: end, dayFirst: dayFirst) }
        var depth = 0, open: Int?
        for i in stride(from: end - 1, through: start, by: -1) {
            if fs[i] == ")" || fs[i] == "）" { depth += 1 } else if fs[i] == "(" || fs[i] == "（" {
                depth -= 1
                if depth == 0 { open = i; break }
            }
        }
        guard let open, fs[start..<open].filter({ !$0.isSpace }).count >= 4, !Self.notAVisit(String(scalars: fs[start..<open])),
              let comma = fs[(open + 1)..<(end - 1)].lastIndex(where: { $0 == "," || $0 == "，" }) else { return nil }
        var from = comma + 1
        while from < end - 1, fs[from].isSpace { from += 1 }
        var to = end - 1
        while to > from, fs[to - 1].isSpace { to -= 1 }
        let written = String(scalars: fs[from..<to])
        guard let (date, length) = RepairLog.startingDate(written, dayFirst: dayFirst, shortYears: shortYears),
              length == written.utf16.count else { return nil }
        var who = (open + 1)..<comma
        while let f = who.first, fs[f].isSpace { who = (f + 1)..<who.upperBound }
        return (date, who.isEmpty ? nil : who, open)
    }

    /// The same, signed after a label (`… unit returned to service. Sign: Y. Ling   11-Mar-2024`).
    private func signedBy(from start: Int, end: Int, dayFirst: Bool?) -> (date: String, engineer: Range<Int>?, textEnd: Int)? {
        let line = String(scalars: fs[start..<end])
        guard let label = Self.signLabels.lazy.compactMap({ line.range(of: $0, options: .backwards) }).first else { return nil }
        let labelStart = start + line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: label.lowerBound)
        var from = start + line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: label.upperBound)
        while from < end, fs[from].isSpace { from += 1 }
        guard fs[start..<labelStart].filter({ !$0.isSpace }).count >= 4, !Self.notAVisit(String(scalars: fs[start..<labelStart])) else { return nil }
        // The date: the last one to three words, read whole (`9-Sep-22`, `14 Sep 2023`).
        let words = fs[from..<end].split(whereSeparator: { $0.isSpace })
        for n in stride(from: min(3, words.count), through: 1, by: -1) {
            let first = words[words.count - n].startIndex
            let written = String(scalars: fs[first..<end])
            guard let (date, length) = RepairLog.startingDate(written, dayFirst: dayFirst, shortYears: shortYears),
                  length == written.utf16.count else { continue }
            var who = from..<first
            while let l = who.last, fs[l].isSpace || fs[l] == "," || fs[l] == "，" { who = who.lowerBound..<l }
            return (date, who.isEmpty ? nil : who, labelStart)
        }
        return nil
    }

    static let signLabels = [" sign:", " signed:", " signed by:", "签字:", "签名:", "签字：", "签名："]

    /// What a document's revision history or its approvals say, signed and dated as a log's
    /// entries are (`V1.1 增加第5章（李四，2022-05-10）`, `同意（王经理，2023-03-02）`).
    static func notAVisit(_ folded: String) -> Bool {
        let t = folded.trimmingCharacters(in: .whitespaces).lowercased()
        if t.first == "v", t.dropFirst().first?.isNumber == true { return true }
        return ["修订", "修改", "版本", "审批", "审核", "批准", "意见", "同意", "已阅", "revision", "version", "approved", "reviewed by"].contains(where: t.contains)
    }

    /// The date a paragraph of an English narrative is about: `on <date>` in its first sentence
    /// (`On 3 March 2018 the engineer …`, `… took place on 14 November 2019`). Only a paragraph:
    /// a short line is a label's or a list's.
    func narrativeDate(dayFirst: Bool?) -> String? {
        guard fs.count >= 60, fs.first.map({ $0.isASCII }) == true else { return nil }
        let sentence = folded.prefix(240).split(separator: ". ", maxSplits: 1).first ?? ""
        var from = sentence.startIndex
        while let r = sentence.range(of: "on ", range: from..<sentence.endIndex) {
            from = r.upperBound
            guard r.lowerBound == sentence.startIndex || !sentence[sentence.index(before: r.lowerBound)].isLetter else { continue }
            if let (date, _) = RepairLog.startingDate(String(sentence[r.upperBound...]), dayFirst: dayFirst, shortYears: shortYears) { return date }
        }
        return nil
    }

    struct Label { let field: FieldName; let start: Int; let valueStart: Int }

    /// Whether a few words and a colon start the text at `i` (`Type: Repair`, `类型：维修`),
    /// whatever they name.
    func startsWithLabel(from i: Int) -> Bool {
        var j = i, letters = 0
        while j < fs.count, j - i <= 16 {
            let c = fs[j]
            if c == ":" || c == "：" { return letters > 0 }
            guard c.properties.isAlphabetic || c == " " else { return false }
            if c != " " { letters += 1 }
            j += 1
        }
        return false
    }

    /// A label that starts at `i` (`故障：`, `Action taken:`), if any.
    func firstLabel(from i: Int) -> Label? {
        labels(from: i).first.flatMap { $0.start <= i + 1 ? $0 : nil }
    }

    /// Every label from `i` on: the words right before a colon that name a field.
    func labels(from i: Int) -> [Label] {
        var out: [Label] = []
        var j = i
        while j < fs.count {
            defer { j += 1 }
            guard fs[j] == ":" else { continue }
            // Latin: up to four words back, the shortest that names a field; CJK: the run of
            // ideographs back to a separator, or its tail of 2–4 that the label table holds.
            var k = j
            while k > i, fs[k - 1] == " " { k -= 1 }
            guard k > i else { continue }
            var found: Label?
            if Normalizer.isCJK(fs[k - 1]) {
                var s = k
                while s > i, Normalizer.isCJK(fs[s - 1]), k - s < 10 { s -= 1 }
                let run = text(cells: s..<k)
                if k - s <= 6, let f = labelField(run) { found = Label(field: f, start: s, valueStart: j + 1) }
                else {
                    for len in stride(from: min(4, k - s), through: 2, by: -1) {
                        if let f = Labels.field(forFolded: text(cells: (k - len)..<k)) { found = Label(field: f, start: k - len, valueStart: j + 1); break }
                    }
                }
            } else if fs[k - 1].properties.isAlphabetic {
                // Of the word runs before the colon that name a field, the longest that starts
                // with a capital (`Root cause`, `Action taken`), else the shortest.
                var s = k, words = 0
                var named: [Label] = []
                while s > i, words < 4 {
                    var w = s
                    while w > i, fs[w - 1].properties.isAlphabetic || fs[w - 1] == "/" || fs[w - 1] == "-" { w -= 1 }
                    guard w < s else { break }
                    words += 1
                    if let f = labelField(text(cells: w..<k)) { named.append(Label(field: f, start: w, valueStart: j + 1)) }
                    s = w
                    guard s > i, fs[s - 1] == " " else { break }
                    s -= 1
                }
                found = named.last { l in Int(origin[l.start]) < os.count && os[Int(origin[l.start])].properties.isUppercase } ?? named.first
            }
            if let found { out.append(found) }
        }
        return out
    }

    /// The facts from `i` on: text before the first label is `headIs` (the fault of a dated
    /// entry); each label's value runs to the next label.
    func readFacts(from i: Int, into visit: inout LoggedVisit, headIs: FieldName?) {
        var k = i
        while k < fs.count, " :-—–,|".unicodeScalars.contains(fs[k]) || fs[k].isSpace { k += 1 }
        // Cells of a line written `date | fault | Remedy: … | engineer`: each read alone; a
        // cell without a label is the fault first, then the fix, and a short last one the engineer.
        let bars = (k..<fs.count).filter { fs[$0] == "|" }
        if !bars.isEmpty {
            var cells: [Range<Int>] = [], start = k
            for b in bars { cells.append(start..<b); start = b + 1 }
            cells.append(start..<fs.count)
            cells = cells.filter { r in !fs[r].allSatisfy { $0.isSpace } }
            for (n, cell) in cells.enumerated() {
                if let l = labels(from: cell.lowerBound).first, l.start < cell.upperBound,
                   fs[cell.lowerBound..<l.start].allSatisfy({ $0.isSpace }) {
                    readFacts(in: cell, into: &visit, headIs: nil)
                } else {
                    let text = value(cell)
                    let short = text.split(separator: " ").count <= 4 && text.count <= 24 && !text.contains(where: \.isNumber)
                    let name: FieldName = visit.fault == nil && headIs != nil ? .fault
                        : (n == cells.count - 1 && short && visit.engineer == nil ? .engineer : .action)
                    visit.set(name, text)
                }
            }
            return
        }
        readFacts(in: k..<fs.count, into: &visit, headIs: headIs)
    }

    /// A table cell of the column `headIs`: its text, or the facts under the labels it holds.
    func readCell(_ cell: Range<Int>, into visit: inout LoggedVisit, headIs: FieldName) {
        let labelled = labels(from: cell.lowerBound).contains { $0.start < cell.upperBound && RepairLog.facts.contains($0.field) }
        guard labelled, RepairLog.facts.contains(headIs) else { visit.set(headIs, value(cell)); return }
        readFacts(in: cell, into: &visit, headIs: headIs)
    }

    private func readFacts(in r: Range<Int>, into visit: inout LoggedVisit, headIs: FieldName?) {
        let k = r.lowerBound
        let found = labels(from: k).filter { $0.start < r.upperBound && (RepairLog.facts.contains($0.field) || $0.field == .date) }
        let firstStart = found.first?.start ?? r.upperBound
        if headIs == .fault, k < firstStart, let arrow = (k..<firstStart).first(where: { fs[$0] == "→" || fs[$0] == "⇒" }) {
            // `fault→fix`, as a log written in haste has it.
            visit.set(.fault, value(k..<arrow))
            visit.set(.action, value((arrow + 1)..<firstStart))
        } else if let headIs, k < firstStart { visit.set(headIs, value(k..<firstStart)) }
        for (n, l) in found.enumerated() where l.field != .date {
            let end = n + 1 < found.count ? found[n + 1].start : r.upperBound
            if l.valueStart < end { visit.set(l.field, value(l.valueStart..<end)) }
        }
    }
}
