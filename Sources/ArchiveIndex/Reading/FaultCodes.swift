import Foundation

/// Where a document says what an error code means: `吸样针堵塞，报警代码E-07`, `Q: Sample probe
/// blocked (code E-07)?`, a manual's table row `| E-07 | 吸样针堵塞 | … |` under a `代码` column.
/// A code is the same in every language, so the archive's statements of one code, some in
/// English and some in Chinese, name one fault in both (`FaultNames` pairs them for search).
/// Kept as fields (`fault_code`: the code as the label, the description folded as the value).
enum FaultCodes {
    /// The code's statements in a document's folded text (lower case, simplified).
    static func statements(inFolded folded: String) -> [Field] {
        // Most documents state no code: they are not read line by line.
        guard folded.contains("|") || folded.contains("code") || folded.contains("码") else { return [] }
        var out: [Field] = []
        var seen = Set<String>()
        var header: [String]?  // the cells of the current table's first row
        var previousWasTable = false
        for raw in folded.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let isTable = line.hasPrefix("|")
            defer { previousWasTable = isTable }
            if isTable {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                if !previousWasTable { header = cells; continue }
                if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }  // the rule under the header
                if let header, let statement = row(cells, header: header), seen.insert(statement.code + "\t" + statement.description).inserted {
                    out.append(field(statement))
                }
                continue
            }
            header = nil
            guard line.contains("code") || line.contains("码") else { continue }
            for statement in inProse(line) where seen.insert(statement.code + "\t" + statement.description).inserted {
                out.append(field(statement))
            }
        }
        return out
    }

    private static func field(_ s: (code: String, description: String)) -> Field {
        Field(name: .faultCode, label: s.code.uppercased(), value: s.description, canonical: s.code, how: "code")
    }

    /// Words that introduce a code in prose, longest first (`报警代码` before `代码`).
    static let introducers = ["error code", "alarm code", "fault code", "报警代码", "故障代码", "错误代码", "告警代码",
                              "故障码", "报警码", "错误码", "告警码", "代码", "code"]

    /// A code: letters then digits (`e-12`, `p333`), or words joined by hyphens (`oa-lost`, `bm-r`).
    static func isCode(_ s: String) -> Bool {
        guard (2...16).contains(s.count), s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
              s.first!.isLetter, s.last != "-" else { return false }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        if parts.contains(where: \.isEmpty) || parts.count > 3 { return false }
        if parts.count == 1 {
            // Letters then digits, at most one letter after: e12, p333, e879a.
            let letters = s.prefix { $0.isLetter }, rest = s.dropFirst(letters.count)
            return (1...4).contains(letters.count) && !rest.isEmpty && rest.dropLast().allSatisfy(\.isNumber) && rest.first!.isNumber
        }
        // e-12, b-02 (a letter group then digits), oa-lost, time-drift, eps-inv (words).
        return parts[0].allSatisfy(\.isLetter) && parts[0].count <= 6 && parts.dropFirst().allSatisfy { $0.count <= 8 }
    }

    /// `…description…(code e-12)`, `…，报警代码e-12`: the code after an introducer, and what
    /// the line says before it (after its label), else after it.
    static func inProse(_ line: String) -> [(code: String, description: String)] {
        var out: [(code: String, description: String)] = []
        var searchFrom = line.startIndex
        while searchFrom < line.endIndex {
            guard let (word, range) = introducers.lazy.compactMap({ w in line.range(of: w, range: searchFrom..<line.endIndex).map { (w, $0) } })
                .min(by: { $0.1.lowerBound < $1.1.lowerBound }) else { break }
            searchFrom = range.upperBound
            // `code` inside a word (barcode, decode) introduces nothing.
            if word == "code", range.lowerBound > line.startIndex, line[line.index(before: range.lowerBound)].isLetter { continue }
            var after = line[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "：" || $0 == "#" }
            let token = String(after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            guard isCode(token) else { continue }
            after = after.dropFirst(token.count)
            var before = String(line[..<range.lowerBound])
            // After the line's label (`报障内容：`, `q:`, `fault:`) or cell (`| repair |`), if any.
            if let colon = before.lastIndex(where: { $0 == "：" || $0 == ":" || $0 == "|" }) { before = String(before[before.index(after: colon)...]) }
            // Of a line laid out in columns (`reported failure   handpiece drips`, a page's header
            // beside the first row: `第2页  测量时…`), the column next to the code; two spaces
            // inside a sentence (a justified PDF line) part nothing.
            before = before.trimmingCharacters(in: .whitespaces)
            if let gap = before.range(of: "   ", options: .backwards) {
                before = String(before[gap.upperBound...])
            } else if let gap = before.range(of: "  "), isPageHeader(before[..<gap.lowerBound]) {
                before = String(before[gap.upperBound...])
            }
            var description = withoutLeadingDate(trimmed(before))
            if description.count < 3 {
                let rest = after.drop { " )）:：-–,，".contains($0) }
                description = trimmed(String(rest.prefix { !"?？。;；()（）".contains($0) }))
            }
            if plausible(description) { out.append((token, description)) }
        }
        return out
    }

    /// A table row's code and description: the code in a column whose header says code, the
    /// description in one whose header says what it means, else in the next column.
    static func row(_ cells: [String], header: [String]) -> (code: String, description: String)? {
        let codeWords = ["代码", "故障码", "报警码", "错误码", "code", "error"]
        let meaningWords = ["现象", "故障", "描述", "含义", "说明", "symptom", "fault", "problem", "description", "meaning", "message"]
        guard let c = header.firstIndex(where: { h in codeWords.contains { h.contains($0) } }), c < cells.count,
              isCode(cells[c]) else { return nil }
        let d = header.indices.first { $0 != c && meaningWords.contains(where: header[$0].contains) } ?? (c + 1)
        guard d < cells.count else { return nil }
        let description = trimmed(cells[d])
        return plausible(description) ? (cells[c], description) : nil
    }

    private static let punctuationAround = CharacterSet(charactersIn: " \t,，;；(（)）-–—:：*«»\"'“”、。?？")

    private static func trimmed(_ s: String) -> String {
        s.trimmingCharacters(in: punctuationAround)
    }

    /// `第2页`, `page 2`, `p. 2`, `- 2 -`: a page's header or footer.
    static func isPageHeader(_ s: Substring) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        return t.range(of: #"^(第\s*\d+\s*页(\s*/?\s*共\s*\d+\s*页)?|page\s*\d+(\s*of\s*\d+)?|p\.\s*\d+|-\s*\d+\s*-)$"#, options: .regularExpression) != nil
    }

    /// Without a date before the words (`2022.4.9  风扇故障告警`); `3号电源` keeps its number.
    static func withoutLeadingDate(_ s: String) -> String {
        let run = s.prefix { $0.isNumber || "./-年月日 ".contains($0) }
        guard run.contains(where: \.isNumber), run.contains(where: { "./-年月日".contains($0) }), run.count < s.count else { return s }
        return trimmed(String(s.dropFirst(run.count)))
    }

    /// Words, not a number or a stray mark: 3 to 80 characters with letters or Han.
    private static func plausible(_ d: String) -> Bool {
        (3...80).contains(d.count) && d.contains { $0.isLetter }
    }
}
