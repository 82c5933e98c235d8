import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Excel workbooks (.xlsx): each worksheet's cells as rows of text, which `LedgerReader` reads
/// as it reads a CSV file (a ledger, a form one field per row, a form above its log). Shared and
/// inline strings are resolved; a number whose cell style is a date becomes `yyyy-MM-dd`.
enum XLSXReader {
    struct Sheet {
        var name: String
        var rows: [[String]]
    }

    /// No workbook is read past this many sheets.
    static let maxSheets = 256

    static func sheets(_ bytes: [UInt8]) throws(TextDecoding.Failure) -> [Sheet] {
        let zip = try OfficeZip(bytes, what: "Excel .xlsx")
        guard let workbook = try zip.entry("xl/workbook.xml") else {
            throw TextDecoding.Failure(description: "not an Excel .xlsx file (no xl/workbook.xml inside)")
        }
        var strings: [String] = [], styles = Styles(), targets: [String: String] = [:]
        if let xml = try zip.entry("xl/sharedStrings.xml") { strings = try parse(xml, SharedStrings(), "xl/sharedStrings.xml").strings }
        if let xml = try zip.entry("xl/styles.xml") { styles = try parse(xml, Styles(), "xl/styles.xml") }
        if let xml = try zip.entry("xl/_rels/workbook.xml.rels") { targets = try parse(xml, Relationships(), "xl/_rels/workbook.xml.rels").targets }
        let book = try parse(workbook, Workbook(), "xl/workbook.xml")
        var out: [Sheet] = []
        var read = Set<String>()
        for (n, sheet) in book.sheets.prefix(Self.maxSheets).enumerated() {
            // The sheet's file by its relationship, else by its place (sheet1.xml…); each file
            // once, however many sheets name it.
            let target = sheet.relationship.flatMap { targets[$0] } ?? "worksheets/sheet\(n + 1).xml"
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard read.insert(path).inserted, let xml = try zip.entry(path) else { continue }
            let cells = try parse(xml, Cells(strings: strings, dateStyles: styles.dateStyles, date1904: book.date1904), path)
            if cells.rows.contains(where: { $0.contains { !$0.isEmpty } }) { out.append(Sheet(name: sheet.name, rows: cells.rows)) }
        }
        guard !out.isEmpty else { throw TextDecoding.Failure(description: "the workbook has no cells with text") }
        return out
    }

    private static func parse<D: NSObject & XMLParserDelegate>(_ xml: Data, _ delegate: D, _ part: String) throws(TextDecoding.Failure) -> D {
        var xml = xml
        guard String(validating: xml, as: UTF8.self) != nil else {
            throw TextDecoding.Failure(description: "corrupt .xlsx: \(part) is not valid UTF-8 text (a damaged file?)")
        }
        _ = XMLEntities.strip(&xml)
        try OfficeZip.parse(xml, with: delegate, part: part, format: ".xlsx")
        return delegate
    }

    /// `B7` → 1 (the column's index from 0), or nil.
    static func column(ofReference r: String) -> Int? {
        var n = 0, letters = 0
        for c in r.unicodeScalars {
            guard c.value >= 65, c.value <= 90 else { break }
            n = n * 26 + Int(c.value - 64)
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : n - 1
    }

    /// Days since Excel's epoch as `yyyy-MM-dd` (1900 system, with its phantom 29 Feb 1900).
    static func date(fromSerial serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if !date1904 { days -= days > 59 ? 25_569 : 25_568 } else { days -= 24_107 }
        let date = Date(timeIntervalSince1970: Double(days) * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    private final class Workbook: NSObject, XMLParserDelegate {
        var sheets: [(name: String, relationship: String?)] = []
        var date1904 = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name.hasSuffix("sheet") && !name.hasSuffix("Sheet") {
                sheets.append((attributes["name"] ?? "sheet \(sheets.count + 1)", attributes["r:id"]))
            } else if name.hasSuffix("workbookPr") {
                date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            }
        }
    }

    private final class Relationships: NSObject, XMLParserDelegate {
        var targets: [String: String] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name.hasSuffix("Relationship"), let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
        }
    }

    /// The shared strings: each `<si>` the text of its runs (`<t>`), without phonetic guides.
    private final class SharedStrings: NSObject, XMLParserDelegate {
        var strings: [String] = []
        private var current = "", inText = false, inPhonetic = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "si": current = ""
            case "t": inText = !inPhonetic
            case "rPh": inPhonetic = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": inPhonetic = false
            default: break
            }
        }
    }

    /// Which cell styles (`s="3"`) show a number as a date: the built-in date formats, and
    /// custom ones whose code has a day or year and is not a duration.
    private final class Styles: NSObject, XMLParserDelegate {
        private var customDates = Set<Int>()
        private var inCellFormats = false
        private(set) var dateStyles = Set<Int>()
        private var count = 0
        static let builtInDates = Set(14...22).union(27...36).union(45...47).union(50...58)
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"]?.lowercased() {
                    let plain = code.replacingOccurrences(of: #""[^"]*"|\[[^\]]*\]"#, with: "", options: .regularExpression)
                    if plain.contains("d") || plain.contains("y") { customDates.insert(id) }
                }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                if Self.builtInDates.contains(id) || customDates.contains(id) { dateStyles.insert(count) }
                count += 1
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "cellXfs" { inCellFormats = false }
        }
    }

    /// A worksheet's cells as rows (`<row><c r="B7" t="s" s="3"><v>…</v></c>`); no more rows
    /// or columns than a ledger can have.
    private final class Cells: NSObject, XMLParserDelegate {
        let strings: [String]
        let dateStyles: Set<Int>
        let date1904: Bool
        var rows: [[String]] = []
        private var row: [String] = []
        private var inRow = false
        private var cellColumn = 0, cellType = "", cellStyle = 0
        private var value = "", collecting = false
        static let maxColumns = 256

        init(strings: [String], dateStyles: Set<Int>, date1904: Bool) {
            self.strings = strings
            self.dateStyles = dateStyles
            self.date1904 = date1904
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "row":
                // A row's number says where it stands; rows skipped in the file are empty rows.
                if let r = attributes["r"].flatMap(Int.init), r - 1 > rows.count, r - 1 - rows.count < 1000 {
                    rows += Array(repeating: [], count: r - 1 - rows.count)
                }
                row = []
                inRow = true
            case "c":
                cellColumn = attributes["r"].flatMap(XLSXReader.column(ofReference:)) ?? row.count
                cellType = attributes["t"] ?? ""
                cellStyle = attributes["s"].flatMap(Int.init) ?? 0
                value = ""
            case "v", "t": collecting = inRow
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { value += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "v", "t": collecting = false
            case "c":
                guard cellColumn < Self.maxColumns else { break }
                if cellColumn >= row.count { row += Array(repeating: "", count: cellColumn - row.count + 1) }
                row[cellColumn] = text()
            case "row":
                rows.append(row)
                inRow = false
            default: break
            }
        }

        private func text() -> String {
            switch cellType {
            case "s": return Int(value.trimmingCharacters(in: .whitespaces)).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
            case "b": return value == "1" ? "TRUE" : "FALSE"
            case "inlineStr", "str", "e": return value
            default:
                guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { return value }
                if dateStyles.contains(cellStyle), let d = XLSXReader.date(fromSerial: number, date1904: date1904) { return d }
                if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
                return value
            }
        }
    }
}
