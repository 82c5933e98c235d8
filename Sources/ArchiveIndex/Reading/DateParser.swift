import Foundation

/// Dates as written in service documents → `yyyy-MM-dd`.
public enum DateParser {
    static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
                                 "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12]
    /// Months as Malaysian and Indonesian forms write them (`1 Oktober 2020`, `Tarikh: 5 Ogos
    /// 2021`) and German ones abbreviate them, whole words only (`dis` is no `display`).
    static let otherMonths = ["mac": 3, "mei": 5, "julai": 7, "ogos": 8, "okt": 10, "oktober": 10, "dis": 12, "disember": 12,
                              "maret": 3, "agu": 8, "agustus": 8, "des": 12, "desember": 12, "mrz": 3, "märz": 3, "mai": 5, "dez": 12, "dezember": 12]

    /// `2023-03-15`, `2023/3/15`, `2023.03.15`, `2023年3月15日`, `民國112年3月15日`, `112年3月15日`,
    /// `二〇二三年三月十五日`, `中華民國一一二年三月十五日`, `Mar 15, 2023`, `15 Mar 2023`, `15 Mar '23`, `20230315`. Nil if no valid date starts the text.
    public static func parse(_ raw: String) -> String? { parse(raw, dayFirst: nil) }

    /// With `dayFirst`, numeric dates whose year comes last (03/02/2024) are read day first
    /// (true) or month first (false); without it, only when one number is over 12.
    public static func parse(_ raw: String, dayFirst: Bool?) -> String? {
        guard var s = try? Normalizer.fold(raw) else { return nil }
        // Chinese numerals: 二〇二四年六月二十五日, and Taiwan's 中華民國一一三年十二月一日 (three digits).
        if let year = s.firstIndex(of: "年"), s[..<year].reversed().prefix(while: { chineseDigits[$0] != nil }).count >= 3 {
            s = arabic(s)
        }
        // Japan's era, as a Japanese company's forms date them: 令和5年7月25日 is 2023-07-25, 元年
        // its first year; beside a Western year (`2019年（令和元年）5月1日`) it is left out.
        if s.contains("令和") || s.contains("平成") || s.contains("昭和") { s = westernYear(s) }
        let nums = numbers(in: s)
        // Day or month first, year last: 03/02/2024.
        if nums.count >= 3, nums[0].digits <= 2, nums[1].digits <= 2, nums[2].digits == 4,
           (1900...2100).contains(nums[2].value) {
            let a = nums[0].value, b = nums[1].value
            if a > 12 || a == b { return make(nums[2].value, b, a) }
            if b > 12 { return make(nums[2].value, a, b) }
            guard let dayFirst else { return nil }
            return dayFirst ? make(nums[2].value, b, a) : make(nums[2].value, a, b)
        }
        // Day or month first and a year cut to two digits (`08/11/19` under `Date (dd/mm/yyyy)`),
        // only where the order is known (a form's `dd/mm/yyyy`, another date, a locale): else it
        // may be year first. (Where the order comes from elsewhere, `23/05/12` is 2012-05-23.)
        if let dayFirst, nums.count == 3, nums.allSatisfy({ $0.digits <= 2 }), case let t = s.trimmingCharacters(in: .whitespaces),
           let separator = t.first(where: { "/.-".contains($0) }), t.allSatisfy({ $0.isASCII && $0.isNumber || $0 == separator }),
           t.filter({ $0 == separator }).count == 2 {
            let a = nums[0].value, b = nums[1].value, year = century(nums[2].value)
            return dayFirst ? make(year, b, a) : make(year, a, b)
        }
        // Year-first forms.
        if let y = nums.first, nums.count >= 3 {
            var year = y.value
            let afterYear = s[y.range.upperBound...].first
            // ROC (Taiwan) calendar: 113年2月3日, 113/02/03 (no one writes a three-digit year otherwise).
            // A year of two digits below 60 before 年 (`24年1月30日` in a mainland log) is this
            // century's: Taiwan's year 59 was 1970, before any record kb keeps; 民國 says otherwise.
            if year < 200, afterYear == "年" || (y.digits == 3 && afterYear.map { "/.-".contains($0) } == true) {
                year += y.digits <= 2 && year < 60 && afterYear == "年" && !s.contains("民国") ? 2000 : 1911
            }
            if (1900...2100).contains(year), y.digits == 4 || year != y.value {
                return make(year, nums[1].value, nums[2].value)
            }
        }
        if nums.count == 1, nums[0].digits == 8 {
            let v = nums[0].value
            return make(v / 10000, v / 100 % 100, v % 100)
        }
        // Taiwan's year in three digits run together with month and day: 1130312 is 2024-03-12.
        if nums.count == 1, nums[0].digits == 7, case let v = nums[0].value, (100...119).contains(v / 10000) {
            return make(v / 10000 + 1911, v / 100 % 100, v % 100)
        }
        // English month names.
        let words = s.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if let m = words.lazy.compactMap({ otherMonths[$0] ?? months[String($0.prefix(3))] }).first, nums.count >= 2 {
            let year = nums.first(where: { $0.digits == 4 })?.value
            let day = nums.first(where: { $0.digits <= 2 })?.value
            if let year, let day { return make(year, m, day) }
            // A year cut to two digits after an apostrophe: `24 Jul '23`, `Jul 24 '23`.
            if let yy = nums.first(where: { $0.digits == 2 && $0.range.lowerBound > s.startIndex && "'’".contains(s[s.index(before: $0.range.lowerBound)]) }),
               let day = nums.first(where: { $0.digits <= 2 && $0.range.upperBound < yy.range.lowerBound }) {
                return make(century(yy.value), m, day.value)
            }
            // Day, month, two-digit year, as SAP and Oracle print them (09-APR-25), and Jira with
            // its time (`29/May/23 8:48 AM`).
            if nums.count >= 2, nums.prefix(2).allSatisfy({ $0.digits <= 2 }),
               let word = s.range(of: #"^\s*\d{1,2}[-/ ][a-z]{3,9}\.?[-/ ]\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?\s*$"#,
                                  options: .regularExpression), !word.isEmpty {
                let yy = nums[1].value
                return make(century(yy), m, nums[0].value)
            }
        }
        return nil
    }

    /// Japan's eras since 1926, folded, with the year before each one's first.
    private static let eras: [Substring: Int] = ["令和": 2018, "平成": 1988, "昭和": 1925]
    nonisolated(unsafe) private static let eraYear = #/(令和|平成|昭和)\s*(元|\d{1,2})\s*年/#

    /// An era's year written as the Western one, or left out where the text gives that too.
    static func westernYear(_ s: String) -> String {
        let written = numbers(in: s).contains { $0.digits == 4 }
        return s.replacing(eraYear) { m in
            guard !written, let offset = eras[m.output.1] else { return "" }
            return "\(offset + (m.output.2 == "元" ? 1 : Int(m.output.2) ?? 0))年"
        }
    }

    /// A year written in two digits: 00–69 this century, 70–99 the last.
    private static func century(_ yy: Int) -> Int { yy < 70 ? 2000 + yy : 1900 + yy }

    private static let chineseDigits: [Character: Int] = ["〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                                                           "六": 6, "七": 7, "八": 8, "九": 9]

    /// A date in Chinese numerals, as formal letters are dated (二〇二四年六月二十五日), in
    /// digits (2024年6月25日): the year digit by digit, month and day as numbers (二十五 = 25).
    static func arabic(_ s: String) -> String {
        var out = "", run = ""
        func flush(_ next: Character?) {
            defer { run = "" }
            guard !run.isEmpty else { return }
            if next == "年" { out += run.map { String(chineseDigits[$0] ?? 0) }.joined(); return }
            // 十 = 10, 十二 = 12, 二十 = 20, 二十五 = 25.
            var value = 0, digit = 0
            for c in run {
                if c == "十" { value += (digit == 0 ? 1 : digit) * 10; digit = 0 } else { digit = chineseDigits[c] ?? 0 }
            }
            out += String(value + digit)
        }
        for c in s {
            if chineseDigits[c] != nil || c == "十" { run.append(c) } else { flush(c); out.append(c) }
        }
        flush(nil)
        return out
    }

    /// A date or partial date as the start or end of a range: `2023` → 2023-01-01 or 2023-12-31.
    public static func parseBound(_ raw: String, end: Bool) -> String? {
        if let d = parse(raw) { return d }
        guard let s = try? Normalizer.fold(raw) else { return nil }
        let nums = numbers(in: s)
        if nums.count == 1, nums[0].digits == 4 {
            return end ? "\(nums[0].value)-12-31" : "\(nums[0].value)-01-01"
        }
        if nums.count == 2, nums[0].digits == 4, (1...12).contains(nums[1].value) {
            let y = nums[0].value, m = nums[1].value
            let last = end ? daysIn(y, m) : 1
            return make(y, m, last)
        }
        return nil
    }

    private struct Number { let value: Int; let digits: Int; let range: Range<String.Index> }

    private static func numbers(in s: String) -> [Number] {
        var out: [Number] = []
        var i = s.startIndex
        while i < s.endIndex {
            if s[i].isASCII, s[i].isNumber {
                var j = i
                while j < s.endIndex, s[j].isASCII, s[j].isNumber { j = s.index(after: j) }
                let digits = s.distance(from: i, to: j)
                if digits <= 8, let v = Int(s[i..<j]) { out.append(Number(value: v, digits: digits, range: i..<j)) }
                i = j
            } else {
                i = s.index(after: i)
            }
        }
        return out
    }

    private static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func make(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1, d <= daysIn(y, m) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
