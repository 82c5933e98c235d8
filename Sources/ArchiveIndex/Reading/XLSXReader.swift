import Foundation
import ZIPFoundation
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

    static func sheets(_ bytes: [UInt8]) throws(TextDecoding.Failure) -> [Sheet] {
        let zip = try OfficeZip(bytes, what: "Excel .xlsx")
        defer { zip.close() }
        guard let workbook = try zip.entry("xl/workbook.xml") else {
            throw TextDecoding.Failure(description: "not an Excel .xlsx file (no xl/workbook.xml inside)")
        }
        var strings: [String] = [], styles = Styles(), targets: [String: String] = [:]
        if let xml = try zip.entry("xl/sharedStrings.xml") { strings = try parse(xml, SharedStrings(), "xl/sharedStrings.xml").strings }
        if let xml = try zip.entry("xl/styles.xml") { styles = try parse(xml, Styles(), "xl/styles.xml") }
        if let xml = try zip.entry("xl/_rels/workbook.xml.rels") { targets = try parse(xml, Relationships(), "xl/_rels/workbook.xml.rels").targets }
        let book = try parse(workbook, Workbook(), "xl/workbook.xml")
        var out: [Sheet] = []
        for (n, sheet) in book.sheets.enumerated() {
            // The sheet's file by its relationship, else by its place (sheet1.xml…).
            let target = sheet.relationship.flatMap { targets[$0] } ?? "worksheets/sheet\(n + 1).xml"
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = try zip.entry(path) else { continue }
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

/// The zip of an Office file, read from a private copy (ZIPFoundation's in-memory archive traps
/// on a damaged zip), each entry inflated no further than a limit a zip bomb cannot pass.
struct OfficeZip {
    /// The most one entry may inflate to, counted while inflating: the zip's size fields are
    /// the sender's word, and a bomb's say 1000 bytes.
    static let maxEntryBytes = 128 << 20

    private let archive: Archive
    private let folder: PrivateTemp
    private let file: URL
    let what: String

    /// The longest one entry may take to inflate. ZIPFoundation reads a damaged deflate stream on
    /// past the end of the file for ever (an empty read is no error to it; found by fuzzing:
    /// tools/fuzz/findings/docx/timeout-4785…): past this, the file is made unreadable under it, so its
    /// next read fails and the entry is refused.
    static let entrySeconds: TimeInterval = 30

    struct Inflated: Error {}

    init(_ bytes: [UInt8], what: String) throws(TextDecoding.Failure) {
        self.what = what
        do {
            folder = try PrivateTemp("office")
        } catch {
            throw TextDecoding.Failure(description: "cannot read it: no private temporary folder (\(error))")
        }
        do {
            file = try folder.write(bytes, named: "file.zip")
            archive = try Archive(url: file, accessMode: .read)
        } catch {
            folder.remove()
            throw TextDecoding.Failure(description: "not a \(what) file (not a valid zip archive)")
        }
    }

    func close() { folder.remove() }

    /// Parses one XML part with a delegate: from a stream, not from data (XMLParser hands data to
    /// libxml2 in one chunk, which refuses a chunk over 10 MB however well-formed), and
    /// without external entities.
    static func parse(_ xml: Data, with delegate: XMLParserDelegate, part: String, format: String) throws(TextDecoding.Failure) {
        let parser = XMLParser(stream: InputStream(data: xml))
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown XML error"
            throw TextDecoding.Failure(description: "corrupt \(format): \(part) is not well-formed (line \(parser.lineNumber): \(reason))")
        }
    }

    /// The entry's bytes, or nil when the zip has no such entry.
    func entry(_ path: String) throws(TextDecoding.Failure) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        let started = Date()
        let watchdog = DispatchWorkItem { [file] in Self.makeUnreadable(file.resolvingSymlinksInPath().path) }
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.entrySeconds, execute: watchdog)
        defer { watchdog.cancel() }
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= Self.maxEntryBytes else { throw Inflated() }
                data.append(chunk)
            }
        } catch is Inflated {
            throw TextDecoding.Failure(description: "\(path) inflates past \(Self.maxEntryBytes >> 20) MB (its header says \(entry.uncompressedSize) bytes): a zip bomb, or no ordinary \(what) file; not read")
        } catch {
            if Date().timeIntervalSince(started) >= Self.entrySeconds {
                throw TextDecoding.Failure(description: "corrupt \(what) file: \(path) is still inflating after \(Int(Self.entrySeconds)) s (a damaged compressed stream); not read")
            }
            throw TextDecoding.Failure(description: "corrupt \(what) file: cannot extract \(path) (\(error))")
        }
        return data
    }

    /// Puts a directory in place of every descriptor this process has open on `path`: reading
    /// one then fails (EISDIR) instead of returning nothing.
    static func makeUnreadable(_ path: String) {
        let directory = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { return }
        defer { _ = Glibc.close(directory) }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
            guard let fd = Int32(name), fd != directory,
                  (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(name)")) == path else { continue }
            dup2(directory, fd)
        }
    }
}
