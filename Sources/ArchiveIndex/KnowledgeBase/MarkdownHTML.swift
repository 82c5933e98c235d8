import Foundation

/// An article's Markdown as HTML for the pages: headings, paragraphs, lists, quotes, fenced
/// code, pipe tables, and inline code, bold, italics and links. Every character of the text is
/// escaped before any tag is made, and a link leads only to http(s) or a path of kb's own, so
/// nothing an author writes becomes markup or script. What it does not know stays text.
public enum MarkdownHTML {
    /// Quotes deeper than this are shown at this depth (each level is one more pass).
    static let maxQuoteDepth = 8

    public static func render(_ markdown: String) -> String {
        render(markdown, depth: 0)
    }

    static func render(_ markdown: String, depth: Int) -> String {
        var out: [String] = []
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [String])?
        var quote: [String] = []
        var table: [[String]] = []
        var fence: [String]?

        func flushParagraph() {
            if !paragraph.isEmpty { out.append("<p>" + paragraph.map(inline).joined(separator: "<br>") + "</p>") }
            paragraph = []
        }
        func flushList() {
            if let l = list {
                let tag = l.ordered ? "ol" : "ul"
                out.append("<\(tag)>" + l.items.map { "<li>" + inline($0) + "</li>" }.joined() + "</\(tag)>")
            }
            list = nil
        }
        func flushQuote() {
            if !quote.isEmpty {
                let inner = quote.joined(separator: "\n")
                // Past the deepest level, what is left is shown as text at that level.
                out.append("<blockquote>" + (depth + 1 < maxQuoteDepth ? render(inner, depth: depth + 1) : "<p>" + inline(inner) + "</p>") + "</blockquote>")
            }
            quote = []
        }
        func flushTable() {
            guard !table.isEmpty else { return }
            // A second row of dashes makes the first the head.
            let isRule = { (row: [String]) in row.allSatisfy { $0.trimmingCharacters(in: CharacterSet(charactersIn: "-: ")).isEmpty && $0.contains("-") } }
            var rows = table
            var head: [String]?
            if rows.count >= 2, isRule(rows[1]) { head = rows[0]; rows.removeFirst(2) }
            var html = "<table>"
            if let head { html += "<thead><tr>" + head.map { "<th>" + inline($0) + "</th>" }.joined() + "</tr></thead>" }
            html += "<tbody>" + rows.map { "<tr>" + $0.map { "<td>" + inline($0) + "</td>" }.joined() + "</tr>" }.joined() + "</tbody></table>"
            out.append(html)
            table = []
        }
        func flushAll() { flushParagraph(); flushList(); flushQuote(); flushTable() }

        for raw in markdown.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var code = fence {
                if trimmed.hasPrefix("```") {
                    out.append("<pre><code>" + HTML.escape(code.joined(separator: "\n")) + "</code></pre>")
                    fence = nil
                } else {
                    code.append(line)
                    fence = code
                }
                continue
            }
            if trimmed.hasPrefix("```") { flushAll(); fence = []; continue }
            if trimmed.isEmpty { flushAll(); continue }
            if trimmed.hasPrefix(">") {
                flushParagraph(); flushList(); flushTable()
                quote.append(String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces))
                continue
            }
            flushQuote()
            if let level = heading(trimmed) {
                flushAll()
                let text = trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                out.append("<h\(level + 1)>" + inline(text) + "</h\(level + 1)>")
                continue
            }
            if trimmed.hasPrefix("|"), trimmed.count > 1 {
                flushParagraph(); flushList()
                var cells = trimmed.dropFirst().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                if trimmed.hasSuffix("|"), !cells.isEmpty { cells.removeLast() }
                table.append(cells)
                continue
            }
            flushTable()
            if let (ordered, item) = listItem(trimmed) {
                flushParagraph()
                if let l = list, l.ordered == ordered { list?.items.append(item) } else { flushList(); list = (ordered, [item]) }
                continue
            }
            if list != nil, line.hasPrefix("  "), var l = list, !l.items.isEmpty {
                // A list item's next line, indented.
                l.items[l.items.count - 1] += " " + trimmed
                list = l
                continue
            }
            flushList()
            paragraph.append(trimmed)
        }
        if let code = fence { out.append("<pre><code>" + HTML.escape(code.joined(separator: "\n")) + "</code></pre>") }
        flushAll()
        return out.joined(separator: "\n")
    }

    /// `## Heading`: its level (1…6), or nil.
    static func heading(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    /// `- item`, `* item`, `+ item`, `1. item`, `1) item`.
    static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        if let f = line.first, "-*+".contains(f), line.dropFirst().first == " " {
            return (false, String(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if (1...9).contains(digits.count) {
            let rest = line.dropFirst(digits.count)
            if let m = rest.first, m == "." || m == ")", rest.dropFirst().first == " " { return (true, String(rest.dropFirst(2))) }
        }
        return nil
    }

    /// Inline marks on escaped text: `code`, **bold**, *italics* or _italics_, [text](link).
    static func inline(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        // Where the next closing character is, remembered: a line of 60,000 `[` would otherwise
        // be searched to its end 60,000 times. (Every text searched is a tail of the line, and
        // a remembered place at or after a tail's start is still the first one in it.)
        var next: [String: String.Index?] = [:]
        func find(_ mark: String, in tail: Substring) -> String.Index? {
            if let known = next[mark] {
                guard let i = known else { return nil }
                if i >= tail.startIndex { return i }
            }
            let i = tail.range(of: mark)?.lowerBound
            next[mark] = .some(i)
            return i
        }
        while let c = rest.first {
            let afterFirst = rest.index(after: rest.startIndex)
            if c == "`", let end = find("`", in: rest[afterFirst...]) {
                out += "<code>" + HTML.escape(String(rest[afterFirst..<end])) + "</code>"
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("**"), case let open = rest.index(rest.startIndex, offsetBy: 2), let end = find("**", in: rest[open...]), end > open {
                out += "<strong>" + inline(String(rest[open..<end])) + "</strong>"
                rest = rest[rest.index(end, offsetBy: 2)...]
            } else if c == "*" || (c == "_" && !(rest.startIndex > text.startIndex && text[text.index(before: rest.startIndex)].isLetterOrDigit)),
                      let end = find(String(c), in: rest[afterFirst...]), end > afterFirst, rest[afterFirst] != " " {
                out += "<em>" + inline(String(rest[afterFirst..<end])) + "</em>"
                rest = rest[rest.index(after: end)...]
            } else if c == "[", let close = find("]", in: rest), rest[close...].dropFirst().first == "(",
                      let paren = find(")", in: rest[close...]) {
                let label = String(rest[afterFirst..<close])
                let target = String(rest[rest.index(close, offsetBy: 2)..<paren]).trimmingCharacters(in: .whitespaces)
                if safeLink(target) {
                    out += "<a href=\"" + HTML.escape(target) + "\">" + inline(label) + "</a>"
                } else {
                    out += HTML.escape(label) + " (" + HTML.escape(target) + ")"
                }
                rest = rest[rest.index(after: paren)...]
            } else {
                out += HTML.escape(String(c))
                rest = rest.dropFirst()
            }
        }
        return out
    }

    /// http(s) addresses and kb's own paths; never `javascript:`, `data:` or another scheme.
    static func safeLink(_ target: String) -> Bool {
        let lower = target.lowercased()
        guard !target.isEmpty, !target.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " }) else { return false }
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return true }
        return target.hasPrefix("/") && !target.hasPrefix("//") && !target.contains("\\")
    }
}

extension Character {
    var isLetterOrDigit: Bool { isLetter || isNumber }
}
