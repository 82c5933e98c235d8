import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The formats kb reads.
public enum FileFormat: String, Sendable, CaseIterable {
    case text = "txt", markdown = "md", csv, docx, xlsx, pdf

    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        case "docx": self = .docx
        case "xlsx": self = .xlsx
        case "pdf": self = .pdf
        default: return nil
        }
    }
}

/// One document's text as read from a file: the whole file, or one ledger row.
public struct ReadPart: Sendable {
    public var part: String
    public var text: String
    /// A title the reader knows better than the text's first line (ledger rows: the
    /// ledger's name and row, to which the row's customer, model, serial and fault are added).
    public var title: String?
    public var kind: DocumentKind?
    /// Whether numeric dates are written day first, as the whole file shows where the part
    /// alone may not (a ledger's row `01/03/2024 … 12/03/2024` under rows dated `20/02/2023`).
    public var dayFirst: Bool? = nil
}

public struct ReadFile: Sendable {
    public var parts: [ReadPart]
    public var encoding: String?
    /// What reading left out, said in the file's report line.
    public var warnings: [String] = []
}

/// Reads the bytes of a file of the given format into text parts.
public enum Readers {
    /// Rows of one ledger stored as documents; the rest of a longer one is left out, and its
    /// file's line says from which line (a ledger of millions of tiny rows would take hours).
    public static let maxLedgerRows = 50_000

    public static func read(_ bytes: [UInt8], format: FileFormat, name: String,
                            pdftotext: String = "pdftotext", maxLedgerRows: Int = maxLedgerRows) throws(TextDecoding.Failure) -> ReadFile {
        switch format {
        case .text, .markdown:
            let d = try TextDecoding.decode(bytes)
            return ReadFile(parts: [ReadPart(part: "", text: d.text)], encoding: d.encoding)
        case .csv:
            let d = try TextDecoding.decode(bytes)
            return try ledgerFile(try LedgerReader.rows(d.text, name: name), encoding: d.encoding, warnings: [], maxLedgerRows: maxLedgerRows)
        case .xlsx:
            // Each worksheet read as a CSV file is; the rows of a second sheet are told apart by its
            // name, and those that write a first-sheet row's number are lines of that row.
            var parts: [WorkbookSheets.SheetRow] = [], warnings: [String] = []
            let sheets = try XLSXReader.sheets(bytes)
            for (n, sheet) in sheets.enumerated() {
                let rows: [ReadPart]
                do { rows = try LedgerReader.rows(table: sheet.rows, name: name) } catch {
                    if sheets.count == 1 { throw error }
                    warnings.append("sheet “\(sheet.name)”: \(error.description)")
                    continue
                }
                parts += rows.map { part in
                    guard n > 0 else { return .init(sheet: n, name: sheet.name, part: part) }
                    var p = part
                    p.part = p.part.isEmpty ? "sheet=\(sheet.name)" : "\(p.part);sheet=\(sheet.name)"
                    return .init(sheet: n, name: sheet.name, part: p)
                }
            }
            return try ledgerFile(WorkbookSheets.attach(parts), encoding: nil, warnings: warnings, maxLedgerRows: maxLedgerRows)
        case .docx:
            let docx = try DocxReader.read(bytes)
            return ReadFile(parts: [ReadPart(part: "", text: docx.text)], encoding: nil, warnings: docx.warnings)
        case .pdf:
            let text = try PDFReader.text(bytes, tool: pdftotext)
            return ReadFile(parts: [ReadPart(part: "", text: text)], encoding: nil, warnings: Subprocess.memoryCapped ? []
                : ["pdftotext ran with no memory cap: \(Subprocess.prlimit) is missing (apt-get install util-linux)"])
        }
    }
}

extension Readers {
    /// A ledger's rows as a file's parts, at most `maxLedgerRows` of them, with what was left out said.
    static func ledgerFile(_ rows: [ReadPart], encoding: String?, warnings: [String], maxLedgerRows: Int) throws(TextDecoding.Failure) -> ReadFile {
        var warnings = warnings
        if rows.isEmpty { warnings.append("the ledger has a header and no rows: no document") }
        if rows.count > maxLedgerRows {
            let first = rows[maxLedgerRows].part.replacingOccurrences(of: "row=", with: "")
            warnings.append("the ledger has \(rows.count) rows; only the first \(maxLedgerRows) are stored, "
                            + "the rows from line \(first) on are not (split the file to store them)")
        }
        return ReadFile(parts: Array(rows.prefix(maxLedgerRows)), encoding: encoding, warnings: warnings)
    }
}

/// A CSV ledger (服务信息台帐): one record per row, header names in any script.
/// Each row becomes labelled text, `header：value` per line, so the one field extractor serves.
enum LedgerReader {
    static func rows(_ text: String, name: String) throws(TextDecoding.Failure) -> [ReadPart] {
        try rows(table: try parse(text), name: name)
    }

    /// The rows of a table (a CSV file's, a worksheet's) as documents.
    static func rows(table: [[String]], name: String) throws(TextDecoding.Failure) -> [ReadPart] {
        // Comment lines above the header (`# Exported from FieldServe (dates are MM/DD/YYYY)`) are no header.
        let filled = { (row: [String]) in row.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
        let comment = { (row: [String]) in row.first?.trimmingCharacters(in: .whitespaces).hasPrefix("#") == true }
        guard var headerIndex = table.firstIndex(where: { filled($0) && !comment($0) }) ?? table.firstIndex(where: filled) else {
            throw TextDecoding.Failure(description: "CSV has no header row")
        }
        // A header of two rows, groups over columns (`客户信息,,设备信息,,` over `委托单位,联系人,设备名称,型号`):
        // the columns are the row below, when it names more of them and the groups leave cells empty.
        let labels = { (row: [String]) in row.filter { isLabel($0.trimmingCharacters(in: .whitespaces)) }.count }
        if headerIndex + 1 < table.count, table[headerIndex].contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }),
           labels(table[headerIndex + 1]) >= labels(table[headerIndex]) + 2 {
            headerIndex += 1
        }
        // A report's title and run date above its columns (`Report: Accounts with Assets,,,`,
        // `Generated,21 May 2023,,`): the header is the row below them that names more columns,
        // over rows of records, one or more. Not when a customer's name stands above them
        // (`客户,芜湖口腔医院`): the sheet is that customer's, read below as a form or a customer's sheet.
        let cellsFilled = { (row: [String]) in row.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count }
        let namesCustomer = { (row: [String]) in
            cellsFilled(row) == 2 && row.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { fieldNamed(by: $0) == .customer } == true
        }
        if cellsFilled(table[headerIndex]) <= 2, labels(table[headerIndex]) <= 1, formWithTable(Array(table[headerIndex...])) == nil,
           let below = table.indices.dropFirst(headerIndex + 1).prefix(4).first(where: { labels(table[$0]) >= 3 }),
           table[headerIndex..<below].allSatisfy({ cellsFilled($0) <= 2 }), !table[headerIndex..<below].contains(where: namesCustomer),
           table[(below + 1)...].contains(where: { cellsFilled($0) >= 3 }) {
            headerIndex = below
        }
        let header = table[headerIndex].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let stem = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        // A form with its fields in pairs above a log table: one document too.
        if let form = formWithTable(Array(table[headerIndex...])) ?? customerSheet(Array(table[headerIndex...])) {
            return [ReadPart(part: "", text: form)]
        }
        // A form exported one field per row (`项目,内容` / `Field,Value`): one document.
        let body = table[(isLabel(header[0]) ? headerIndex : headerIndex + 1)...].filter { $0.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
        let labelled = body.filter { $0.count >= 2 && isLabel($0[0]) && !$0[1...].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        if header.count <= 3, header.filter(isLabel).count <= 1, labelled.count >= 3, labelled.count * 2 >= body.count {
            // The form's title, alone in the row above its fields (`洁净空调机组运行维护记录`), says
            // what the form is: its first line.
            let filled = header.filter { !$0.isEmpty }
            let title = filled.count == 1 && !isLabel(filled[0]) ? filled : []
            let lines = body.flatMap { row -> [String] in
                let cells = row.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                // Two pairs in a row (`委托单位 | 科大附一院信息中心 | 巡检日期 | 2019年8月27日`): a line each,
                // so that the second is no part of the first's value; a label left blank at
                // the row's end (`维护人员 | 贾工 | 使用方确认 |`) is a field without a value.
                var pairs = cells.count >= 4 ? DocxCollector.rowLines(cells.filter { !$0.isEmpty }) : []
                if pairs.count >= 2, let last = pairs.last, !last.contains("："), isLabel(last) { pairs[pairs.count - 1] = last + "：" }
                if pairs.count >= 2, pairs.allSatisfy({ $0.contains("：") }) { return pairs }
                return [cells.count >= 2 ? "\(cells[0])：\(cells[1...].filter { !$0.isEmpty }.joined(separator: " "))" : cells.joined()]
            }
            return [ReadPart(part: "", text: (title + lines).joined(separator: "\n"))]
        }
        // No column the ledger reader knows: a sheet laid out as a form (a quotation, a
        // report with its fields where a person put them) is one document, its rows as lines.
        guard header.contains(where: isLabel) else {
            return [ReadPart(part: "", text: DocxCollector.tableLines(trimmed(table[headerIndex...])).joined(separator: "\n"))]
        }
        if let timeline = ticketTimeline(header: header, rows: trimmed(table[(headerIndex + 1)...])) {
            // A ticket is a service call, whatever words its steps use.
            return [ReadPart(part: "", text: timeline, title: stem, kind: .repair)]
        }
        // What the comment lines above the header say holds for every row (`dates are MM/DD/YYYY`).
        let preamble = table[..<headerIndex].filter(comment).map { $0.joined(separator: ",").trimmingCharacters(in: CharacterSet(charactersIn: "# ")) }
        var parts: [ReadPart] = []
        let dayFirst = DocumentDates.order(table[(headerIndex + 1)...].lazy.flatMap { $0 }.joined(separator: "\n").lowercased())
        let subject = caseSubjectColumn(header)
        for (offset, row) in table[(headerIndex + 1)...].enumerated() {
            let cells = row.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if cells.allSatisfy(\.isEmpty) { continue }
            let rowNumber = headerIndex + offset + 2  // 1-based line of the record, header = row 1
            var lines: [String] = []
            for (i, cell) in cells.enumerated() where !cell.isEmpty {
                var label = i < header.count && !header[i].isEmpty ? header[i] : "column \(i + 1)"
                // A case's subject is the problem reported, unless it only repeats the work's type
                // (`Calibration / QC` under both Work Type and Subject).
                if i == subject, !cells.enumerated().contains(where: { $0.offset != i && $0.element.caseInsensitiveCompare(cell) == .orderedSame }) {
                    label = "Problem reported (\(label))"
                }
                // Keep a multi-line cell under its label: indent continuation lines.
                lines.append("\(label)：\(cell.replacingOccurrences(of: "\n", with: "\n  "))")
            }
            parts.append(ReadPart(part: "row=\(rowNumber)", text: (preamble + lines).joined(separator: "\n"),
                                  title: "\(stem) #\(rowNumber)", kind: nil, dayFirst: dayFirst))
        }
        return parts
    }

    /// The column of a service case's subject (`Subject`, `Summary`, 主题), as a CRM's export of
    /// work orders or cases has it, when no column names the fault: what the case is about.
    /// (An e-mail's `Subject:` line is no fault: `RE: [SR-21510] …` names the request.)
    static func caseSubjectColumn(_ header: [String]) -> Int? {
        let folded = header.map { ((try? Normalizer.fold($0)) ?? $0).lowercased() }
        guard !folded.contains(where: { Labels.named($0)?.name == .fault }) else { return nil }
        return folded.firstIndex { ["subject", "summary", "short description", "case subject", "主题", "摘要"].contains($0) }
    }

    /// A ticket's timeline, as a CRM exports its events (`工单号,时间,操作人,动作,内容`, a row per
    /// step and every row of one ticket): one document, the ticket's number as a field over its
    /// steps written as the messages of a conversation (`[2022-07-11 14:20] 杜工: 到场 已到现场`),
    /// which it is: the call is one visit, on the day a step says someone came. Nil unless two
    /// rows or more share one value in a number column and another column dates them.
    static func ticketTimeline(header: [String], rows: [[String]]) -> String? {
        let names = header.map { Labels.named((try? Normalizer.fold($0)) ?? $0)?.name }
        let filled = { (i: Int) in rows.allSatisfy { $0.count > i && !$0[i].isEmpty } }
        let same = { (i: Int) in filled(i) && rows.allSatisfy { $0[i] == rows[0][i] } }
        // The number is a ticket's (工单号, Case No), not an asset's or a customer's, whose rows
        // are the history of one unit or one account.
        let ticket = { (i: Int) in
            let h = ((try? Normalizer.fold(header[i])) ?? header[i]).lowercased()
            return ["工单", "单号", "事件", "案件", "ticket", "case", "work order", "incident", "call"].contains(where: h.contains)
        }
        let dates = { (i: Int) in rows.compactMap { RepairLog.startingDate((try? Normalizer.fold($0[i])) ?? $0[i], dayFirst: nil)?.date } }
        guard rows.count >= 2, rows.count <= 500,
              let c = header.indices.first(where: { names[$0] == .number && ticket($0) && same($0) }),
              let d = header.indices.first(where: { i in i != c && filled(i) && dates(i).count == rows.count }),
              // One call's steps: days apart, not years (a log's visits).
              case let days = dates(d).compactMap(WorkingDays.dayNumber), let first = days.min(), let last = days.max(), last - first <= 60,
              // Rows of several units or customers are a ledger's, whatever number they share.
              !header.indices.contains(where: { [.serial, .customer].contains(names[$0]) && !same($0) })
        else { return nil }
        // Who took each step: the column of people (操作人, User, Handled by), else the first of short names.
        let others = header.indices.filter { $0 != c && $0 != d }
        let short = { (i: Int) in filled(i) && rows.allSatisfy { $0[i].count <= 16 && !$0[i].contains(where: \.isNumber) } }
        let person = { (i: Int) in
            let h = ((try? Normalizer.fold(header[i])) ?? header[i]).lowercased()
            return [.engineer, .contact].contains(names[i]) || h.hasSuffix("人") || ["user", "operator", "by", "agent", "owner"].contains(where: h.contains)
        }
        let who = others.first { short($0) && person($0) } ?? others.first(where: short)
        let steps = rows.map { row in
            let said = others.filter { $0 != who && $0 < row.count && !row[$0].isEmpty }.map { row[$0] }.joined(separator: " ")
            return "[\(row[d])] \(who.map { row[$0] } ?? header[c]): \(said)"
        }
        return (["\(header[c])：\(rows[0][c])", ""] + steps).joined(separator: "\n")
    }

    /// A form exported with its fields in pairs above a log table (an equipment file:
    /// `出厂编号,LQ15 53428,所属单位,…`, then `序号,日期,类别,…` and a row per visit): one
    /// document, its pairs as `label：value` lines and the table as Markdown rows for the
    /// repair-log reader. Nil unless two rows of pairs come before the table.
    static func formWithTable(_ table: [[String]]) -> String? {
        let rows = trimmed(table[...])
        guard let start = rows.indices.first(where: { DocxCollector.logTable(rows[$0...]) != nil }),
              rows[..<start].filter({ DocxCollector.rowLines($0).contains { $0.contains("：") } }).count >= 2 else { return nil }
        return DocxCollector.tableLines(rows).joined(separator: "\n")
    }

    /// A customer's sheet (an asset count, a site's list): its customer and other fields in
    /// pairs under the sheet's title (`客户 | 设备科（运城市肿瘤医院）`, `客户编号 | CH-M-6777`), then a
    /// table of what it has, with no customer column: one document, its pairs as `label：value`
    /// lines and the table as Markdown rows, as a customer file in Word is. (A table whose rows
    /// name their customers is a ledger, whatever its title says.) Nil unless two pairs, one
    /// of them the customer's, come before a header of three labels and a row under it.
    static func customerSheet(_ table: [[String]]) -> String? {
        let rows = trimmed(table[...])
        guard let header = rows.indices.first(where: { i in rows[i].filter(isLabel).count >= 3 }), header + 1 < rows.count,
              !rows[header].contains(where: { fieldNamed(by: $0) == .customer }) else { return nil }
        let pairs = rows[..<header].filter { $0.count == 2 && isLabel($0[0]) }
        guard pairs.count >= 2, pairs.contains(where: { fieldNamed(by: $0[0]) == .customer }) else { return nil }
        return DocxCollector.tableLines(rows).joined(separator: "\n")
    }

    /// The rows with their cells trimmed, without the empty cells that end a row and without
    /// empty rows.
    static func trimmed(_ table: ArraySlice<[String]>) -> [[String]] {
        table.map { row in
            let cells = row.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            return Array(cells.prefix((cells.lastIndex { !$0.isEmpty } ?? -1) + 1))
        }.filter { !$0.isEmpty }
    }

    /// A column header or a row's first cell that names a field, by the label table or by its words.
    static func isLabel(_ text: String) -> Bool { fieldNamed(by: text) != nil }

    /// The field a cell names as a label, if any.
    static func fieldNamed(by cell: String) -> FieldName? {
        Labels.named((try? Normalizer.fold(cell.trimmingCharacters(in: .whitespaces))) ?? cell)?.name
    }

    /// RFC 4180: quoted fields with doubled quotes and embedded newlines; CRLF or LF. Cells are
    /// parted by commas, or by semicolons where the first line that is no comment has more of
    /// them (Excel's export in locales whose decimal mark is a comma).
    static func parse(_ text: String) throws(TextDecoding.Failure) -> [[String]] {
        let first = text.split(separator: "\n", maxSplits: 8).first { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) } ?? ""
        let separator: Unicode.Scalar = first.filter { $0 == ";" }.count > max(1, first.filter { $0 == "," }.count) ? ";" : ","
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var quoteLine = 1
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return it.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true; pending = n }
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
                quoteLine = line
            case separator:
                row.append(field); field = ""; afterQuote = false
            case "\r":
                continue
            case "\n":
                row.append(field); field = ""; afterQuote = false
                rows.append(row); row = []
                line += 1
            default:
                field.unicodeScalars.append(c)
            }
        }
        if quoted {
            throw TextDecoding.Failure(description: "CSV line \(quoteLine): quoted field is never closed (truncated file?)")
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

/// Word files: paragraphs and tables from word/document.xml. A table row whose cells are
/// `label | value` pairs becomes `label：value` lines.
enum DocxReader {
    static func read(_ bytes: [UInt8]) throws(TextDecoding.Failure) -> (text: String, warnings: [String]) {
        let zip = try OfficeZip(bytes, what: "Word .docx")
        guard var xml = try zip.entry("word/document.xml") else {
            throw TextDecoding.Failure(description: "not a Word .docx file (no word/document.xml inside)")
        }
        // Foundation's XMLParser traps (the process dies) on element names that are not UTF-8
        // (found by fuzzing: Tests/Fuzz/docx): the XML is checked first, UTF-16 converted.
        if xml.starts(with: [0xFF, 0xFE]) || xml.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: xml, encoding: .utf16) else {
                throw TextDecoding.Failure(description: "corrupt .docx: word/document.xml is not valid UTF-16 text")
            }
            xml = Data(text.replacingOccurrences(of: "encoding=\"UTF-16\"", with: "encoding=\"UTF-8\"", options: .caseInsensitive).utf8)
        } else if String(validating: xml, as: UTF8.self) == nil {
            throw TextDecoding.Failure(description: "corrupt .docx: word/document.xml is not valid UTF-8 text (a damaged file?)")
        }
        var warnings: [String] = []
        let declared = XMLEntities.strip(&xml)
        if !declared.isEmpty {
            warnings.append("document.xml declares XML entities (\(declared.joined(separator: ", "))), which kb never expands; the text they stand for is left out")
        }
        let collector = DocxCollector()
        try OfficeZip.parse(xml, with: collector, part: "document.xml", format: ".docx")
        let text = collector.lines.joined(separator: "\n")
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw TextDecoding.Failure(description: "the .docx document has no text")
        }
        return (text, warnings)
    }
}

/// Word never writes a document type declaration; one in document.xml declares entities
/// (`<!ENTITY xxe SYSTEM "file:///etc/passwd">`). The declaration is cut out and each
/// reference to a declared entity removed, so the parser neither expands them nor loses
/// the text after them.
enum XMLEntities {
    /// Removes the DOCTYPE and references to non-predefined entities; returns `&name;` for
    /// each entity removed (none when the XML has no DOCTYPE).
    static func strip(_ xml: inout Data) -> [String] {
        // The prolog: everything before the root element, however long its comments or spaces.
        let root = xml.range(of: Data("<w:document".utf8))?.lowerBound ?? xml.endIndex
        guard let start = xml[..<root].range(of: Data("<!DOCTYPE".utf8)) else { return [] }
        // The declaration ends at the first `>` after its internal subset `[ … ]`, if any.
        var i = start.upperBound
        var inSubset = false
        var quote: UInt8? = nil
        while i < xml.endIndex {
            let b = xml[i]
            if let q = quote { if b == q { quote = nil } }
            else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b }
            else if b == UInt8(ascii: "[") { inSubset = true }
            else if b == UInt8(ascii: "]") { inSubset = false }
            else if b == UInt8(ascii: ">") && !inSubset { break }
            i += 1
        }
        let end = min(i + 1, xml.endIndex)
        xml.removeSubrange(start.lowerBound..<end)
        // References: `&name;` other than the five XML predefines and character references.
        let predefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
        var out = Data()
        out.reserveCapacity(xml.count)
        var removed: [String] = []
        var seen = Set<String>()
        var j = xml.startIndex
        while j < xml.endIndex {
            let b = xml[j]
            if b == UInt8(ascii: "&") {
                var k = j + 1
                while k < xml.endIndex, k - j <= 64, isNameByte(xml[k]) { k += 1 }
                if k < xml.endIndex, xml[k] == UInt8(ascii: ";"), k > j + 1 {
                    let name = String(decoding: xml[(j + 1)..<k], as: UTF8.self)
                    if !predefined.contains(name) && !name.hasPrefix("#") {
                        if seen.insert(name).inserted && removed.count < 10 { removed.append("&\(name);") }
                        j = k + 1
                        continue
                    }
                }
            }
            out.append(b)
            j += 1
        }
        xml = out
        return removed
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: "#") || b >= 0x80
    }
}

final class DocxCollector: NSObject, XMLParserDelegate {
    var lines: [String] = []
    private var paragraph = ""
    private var inText = false
    /// The rows of each open table (tables nest), written out when the table closes.
    private var tables: [[[String]]] = []
    private var row: [String] = []
    private var cell: [String] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "w:t": inText = true
        case "w:tab": paragraph += "\t"
        case "w:br", "w:cr": paragraph += "\n"
        case "w:p": paragraph = ""
        case "w:tbl": tables.append([])
        case "w:tr": row = []
        case "w:tc": cell = []
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if inText { paragraph += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            if tables.isEmpty { lines.append(paragraph) } else { cell.append(paragraph) }
            paragraph = ""
        case "w:tc":
            row.append(cell.filter { !$0.isEmpty }.joined(separator: " "))
        case "w:tr":
            if !tables.isEmpty { tables[tables.count - 1].append(row.map { $0.trimmingCharacters(in: .whitespaces) }) }
        case "w:tbl":
            guard let rows = tables.popLast() else { break }
            lines.append(contentsOf: Self.tableLines(rows))
            lines.append("")
        default: break
        }
    }

    /// A table's lines: a log table as Markdown rows under its header (`logTable`), the rest
    /// row by row (`rowLines`).
    static func tableLines(_ rows: [[String]]) -> [String] {
        var out: [String] = []
        var ruled = false
        var i = 0
        while i < rows.count {
            if let log = logTable(rows[i...]) {
                out += log.lines
                i += log.rows
                continue
            }
            let rowLines = Self.rowLines(rows[i])
            out.append(contentsOf: rowLines)
            if rowLines.count == 1, rowLines[0].hasPrefix("| "), !ruled {
                out.append("|" + String(repeating: "---|", count: rows[i].count))
                ruled = true
            }
            i += 1
        }
        return out
    }

    /// A log table at the start of these rows: a header of three or more cells, then rows
    /// dated in one column (`序号 | 日期 | 类别 | 内容 | 工程师` over `1 | 2023/01/10 | 维修 | …`),
    /// as Markdown rows under the header, and how many rows it took. (A row of column names
    /// can look like pairs of labels and values, `类别 | 内容`, which `rowLines` would take it for.)
    static func logTable(_ rows: ArraySlice<[String]>) -> (lines: [String], rows: Int)? {
        guard let header = rows.first, header.filter({ !$0.isEmpty }).count >= 3, rows.count >= 2 else { return nil }
        let width = header.count
        let shaped = { (row: [String]) in Array((row + Array(repeating: "", count: max(0, width - row.count))).prefix(width)) }
        let first = shaped(rows[rows.startIndex + 1])
        // Column names have no digits, and a date right after a label is a form's pair (`启用日期,2015-07-09`).
        guard !header.contains(where: { $0.contains(where: \.isNumber) }),
              let column = (0..<width).first(where: { c in isDate(first[c], compact: namesDate(header[c])) }),
              column == 0 || !LedgerReader.isLabel(first[column - 1]) else { return nil }
        var body: [[String]] = []
        for row in rows.dropFirst() {
            // Cells past the header's are only allowed empty.
            guard row.count <= width || row[width...].allSatisfy(\.isEmpty) else { break }
            let cells = shaped(row)
            guard isDate(cells[column], compact: namesDate(header[column])) else { break }
            body.append(cells)
        }
        let pipe = { (cells: [String]) in "| " + cells.map { $0.replacingOccurrences(of: "|", with: "/") }.joined(separator: " | ") + " |" }
        return ([pipe(header), "|" + String(repeating: "---|", count: width)] + body.map(pipe), 1 + body.count)
    }

    /// `compact`: under a column named a date, Taiwan's seven digits (`1130312`) are one.
    private static func isDate(_ cell: String, compact: Bool = false) -> Bool {
        !cell.isEmpty && RepairLog.startingDate(fold(cell), dayFirst: nil, compact: compact) != nil
    }

    private static func namesDate(_ header: String) -> Bool {
        Labels.named(fold(header))?.name == .date
    }

    private static func fold(_ s: String) -> String { (try? Normalizer.fold(s)) ?? s }

    /// A row of `label | value` cells as `label：value` lines; any other row (a header or a
    /// data row of a log table) as a Markdown table row, which the table readers take apart.
    static func rowLines(_ cells: [String]) -> [String] {
        let isLabel = cells.map { LedgerReader.isLabel($0.trimmingCharacters(in: CharacterSet(charactersIn: ":："))) }
        let pairs = stride(from: 0, to: cells.count - 1, by: 2).contains { isLabel[$0] && !isLabel[$0 + 1] }
        if !pairs, cells.count >= 2 { return ["| " + cells.map { $0.replacingOccurrences(of: "|", with: "/") }.joined(separator: " | ") + " |"] }
        var out: [String] = []
        var i = 0
        while i < cells.count {
            let c = cells[i]
            if isLabel[i], i + 1 < cells.count, !isLabel[i + 1] {
                out.append("\(c.trimmingCharacters(in: CharacterSet(charactersIn: ":：")))：\(cells[i + 1])")
                i += 2
            } else {
                if !c.isEmpty { out.append(c) }
                i += 1
            }
        }
        return out
    }
}

/// PDF text layer through poppler's pdftotext.
enum PDFReader {
    /// A PDF's text beyond this is no service document (pdftotext can write gigabytes).
    static let maxText = 64 << 20

    /// The longest pdftotext may take over one PDF.
    static let timeout: TimeInterval = 120

    static func text(_ bytes: [UInt8], tool: String, timeout: TimeInterval = timeout) throws(TextDecoding.Failure) -> String {
        guard bytes.starts(with: Array("%PDF-".utf8)) else {
            throw TextDecoding.Failure(description: "not a PDF file (no %PDF- header)")
        }
        let tmp: URL
        let staging: PrivateTemp
        do {
            staging = try PrivateTemp("pdf")
            tmp = try staging.write(bytes, named: "in.pdf")
        } catch {
            throw TextDecoding.Failure(description: "cannot stage PDF for pdftotext: \(error)")
        }
        defer { staging.remove() }
        let result: Subprocess.Result
        do {
            result = try Subprocess.run(tool, ["-q", "-layout", "-enc", "UTF-8", "-eol", "unix", tmp.path, "-"], timeout: timeout,
                                        maxOutput: maxText, memory: 2 << 30)
        } catch {
            throw TextDecoding.Failure(description: "cannot run \(tool) (install poppler-utils): \(error)")
        }
        if result.timedOut { throw TextDecoding.Failure(description: "pdftotext took over \(Int(timeout)) s; PDF skipped") }
        if result.outputTooLarge { throw TextDecoding.Failure(description: "the PDF's text runs past \(maxText >> 20) MB; PDF skipped") }
        guard result.status == 0 else {
            let why = String(decoding: result.stderr, as: UTF8.self).split(separator: "\n").first.map(String.init)
            throw TextDecoding.Failure(description: "broken or unreadable PDF (pdftotext exit \(result.status)\(why.map { ": " + $0 } ?? ""))")
        }
        // Read with its layout kept (tables row by row, fields beside their labels), then made plain.
        let text = PDFLayout.readable(String(decoding: result.stdout, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n"))
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw TextDecoding.Failure(description: "PDF has no text layer (a scan?); nothing to index")
        }
        return text
    }
}

/// Runs a tool, collecting its output, within limits of time, output and memory.
enum Subprocess {
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: Data
        let timedOut: Bool
        /// The tool wrote more than maxOutput bytes and was stopped.
        let outputTooLarge: Bool
    }

    private static let launching = NSLock()

    /// Address space for a tool given a memory limit (prlimit from util-linux).
    static let prlimit = "/usr/bin/prlimit"
    /// Whether tools given a memory limit get it (util-linux is installed).
    static var memoryCapped: Bool { FileManager.default.isExecutableFile(atPath: prlimit) }

    /// Runs tool; past `timeout` seconds or `maxOutput` bytes of output it is sent SIGTERM,
    /// then SIGKILL two seconds later. With `memory`, the tool's address space is capped.
    static func run(_ tool: String, _ args: [String], timeout: TimeInterval,
                    maxOutput: Int = 256 << 20, memory: Int? = nil) throws -> Result {
        let p = Process()
        var command = tool.contains("/") ? [tool] : ["/usr/bin/env", tool]
        if let memory, memoryCapped {
            command = [prlimit, "--as=\(memory)", "--"] + command
        }
        p.executableURL = URL(fileURLWithPath: command[0])
        p.arguments = Array(command.dropFirst()) + args
        p.standardInput = FileHandle.nullDevice
        // One launch at a time: Foundation's Process.run on Linux crashed (in memcpy) when
        // readers on two threads launched pdftotext at once; the tools still run side by side.
        // The pipes are made inside the lock too, so that no other tool started meanwhile
        // inherits their write ends (and holds this one's output open until it ends).
        let (out, err) = try launching.withLock { () throws -> (Pipe, Pipe) in
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            try p.run()
            return (out, err)
        }
        let pid = p.processIdentifier
        let stopped = Stopped()
        // The timers see the process through a weak reference: a process object holds its
        // pipes, and a timer waits out its deadline even when cancelled, so each run kept its
        // pipes open for `timeout` seconds (an ingest of many PDFs ran out of descriptors).
        weak let running = p
        func stop(_ why: Stopped.Why) {
            guard stopped.set(why) else { return }
            kill(pid, SIGTERM)
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) { if running?.isRunning == true { kill(pid, SIGKILL) } }
        }
        // Read both pipes concurrently so a chatty tool cannot block on a full pipe.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            // Kept up to 64 KB; the rest is read and dropped (a tool can write gigabytes of warnings).
            while true {
                let chunk = err.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                if errData.count < 64 << 10 { errData.append(chunk.prefix((64 << 10) - errData.count)) }
            }
            group.leave()
        }
        let killer = DispatchWorkItem { if running?.isRunning == true { stop(.time) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        var outData = Data()
        while true {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            if outData.count + chunk.count > maxOutput {
                stop(.output)
                continue  // drain until the tool has gone
            }
            outData.append(chunk)
        }
        p.waitUntilExit()
        killer.cancel()
        group.wait()
        try? out.fileHandleForReading.close()
        try? err.fileHandleForReading.close()
        return Result(status: p.terminationStatus, stdout: outData, stderr: errData,
                      timedOut: stopped.why == .time, outputTooLarge: stopped.why == .output)
    }

    /// Why a tool was stopped, set once from whichever thread sees it first.
    final class Stopped: @unchecked Sendable {
        enum Why { case time, output }
        private let lock = NSLock()
        private var value: Why?
        var why: Why? { lock.withLock { value } }
        func set(_ w: Why) -> Bool { lock.withLock { if value != nil { return false }; value = w; return true } }
    }
}
