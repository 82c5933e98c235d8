import Foundation

/// A PDF's text as `pdftotext -layout` gives it (each line where it stands on the page), made
/// into the shapes kb's readers take: without `-layout` a table comes out one column after the
/// other and a form's two fields on a line come out apart from their labels.
/// - A line holding fields side by side (`Product: LumiQ800      Serial: LQ15-53428`) becomes one
///   line per field.
/// - A table (a header of column names, then rows starting with a date) becomes Markdown rows
///   under its header, a row's wrapped lines joined into its cells, for the repair-log reader.
/// - Other lines lose their indentation; a wide gap inside them becomes two spaces.
enum PDFLayout {
    /// Columns of a page are set apart by at least this many spaces; words by fewer.
    static let gap = 3

    static func readable(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())  // no trailing spaces
        }
        var out: [String] = []
        var i = 0
        while i < lines.count {
            if let table = table(at: i, lines) {
                out += table.lines
                i = table.end
                continue
            }
            out += fields(lines[i])
            i += 1
        }
        return out.joined(separator: "\n")
    }

    /// A run of text on a line and the column it starts at.
    struct Chunk {
        var start: Int
        var text: String
    }

    /// The runs of a line set apart by `minimum` spaces or more.
    static func chunks(_ line: String, minimum: Int = 2) -> [Chunk] {
        var out: [Chunk] = []
        var current = "", start = 0, spaces = 0, column = 0
        for c in line {
            if c == " " {
                spaces += 1
            } else {
                if !current.isEmpty && spaces >= minimum {
                    out.append(Chunk(start: start, text: current))
                    current = ""
                }
                if current.isEmpty { start = column } else if spaces > 0 { current += String(repeating: " ", count: spaces) }
                current.append(c)
                spaces = 0
            }
            column += 1
        }
        if !current.isEmpty { out.append(Chunk(start: start, text: current)) }
        return out
    }

    /// A line of fields side by side as a line per field: split at each wide gap followed by
    /// a label (`Serial:`, `出厂编号：`); the other gaps close to two spaces.
    static func fields(_ line: String) -> [String] {
        let parts = chunks(line, minimum: gap)
        guard parts.count > 1 else { return [parts.first?.text ?? ""] }
        var out = [parts[0].text]
        for part in parts.dropFirst() {
            if startsWithLabel(part.text) { out.append(part.text) } else { out[out.count - 1] += "  " + part.text }
        }
        return out
    }

    /// A label within the first words: `Warranty end:`, `出厂编号：`.
    static func startsWithLabel(_ text: String) -> Bool {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let label = text[..<colon]
        return !label.isEmpty && label.count <= 24 && !label.contains(where: \.isNumber) && label.split(separator: " ").count <= 4
    }

    /// A table starting at line `i`: its Markdown lines and the line after it.
    static func table(at i: Int, _ lines: [String]) -> (lines: [String], end: Int)? {
        let header = chunks(lines[i])
        guard header.count >= 3, !header.contains(where: { $0.text.contains(where: \.isNumber) }),
              !header.contains(where: { startsWithLabel($0.text) }) else { return nil }
        // The first row: the next line with text, starting with a date.
        var j = i + 1
        while j < lines.count, lines[j].allSatisfy({ $0 == " " }) { j += 1 }
        guard j < lines.count, startsWithDate(lines[j]) else { return nil }
        let starts = header.map(\.start)
        func column(of chunk: Chunk) -> Int {
            // The last column that starts at or a little after the chunk (text may overflow left).
            starts.lastIndex { $0 <= chunk.start + 2 } ?? 0
        }
        var rows: [[String]] = []
        var blank = 0
        while j < lines.count {
            let line = lines[j]
            if line.allSatisfy({ $0 == " " }) {
                blank += 1
                if blank > 1 { break }
                j += 1
                continue
            }
            let dated = startsWithDate(line)
            let indented = line.prefix { $0 == " " }.count >= max(1, starts.count > 1 ? starts[1] - 1 : 1)
            // A new row starts with a date; a wrapped cell's next line is indented past the first
            // column; anything else ends the table.
            guard dated || (indented && !rows.isEmpty && blank == 0) else { break }
            blank = 0
            if dated { rows.append(Array(repeating: "", count: starts.count)) }
            for chunk in chunks(line) {
                let c = column(of: chunk)
                rows[rows.count - 1][c] += (rows[rows.count - 1][c].isEmpty ? "" : " ") + chunk.text
            }
            j += 1
        }
        guard !rows.isEmpty else { return nil }
        let pipe = { (cells: [String]) in "| " + cells.map { $0.replacingOccurrences(of: "|", with: "/") }.joined(separator: " | ") + " |" }
        return ([pipe(header.map(\.text)), "|" + String(repeating: "---|", count: starts.count)] + rows.map(pipe), j)
    }

    static func startsWithDate(_ line: String) -> Bool {
        let text = line.drop { $0 == " " }
        guard let first = text.first, first.isNumber || first.isLetter else { return false }
        let folded = (try? Normalizer.fold(String(text.prefix(40)))) ?? String(text.prefix(40))
        return RepairLog.startingDate(folded, dayFirst: nil) != nil
    }
}
