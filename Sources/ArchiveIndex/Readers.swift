import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The formats kb reads.
public enum FileFormat: String, Sendable, CaseIterable {
    case text = "txt", markdown = "md", csv, docx, pdf

    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        case "docx": self = .docx
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
}

public struct ReadFile: Sendable {
    public var parts: [ReadPart]
    public var encoding: String?
}

/// Reads the bytes of a file of the given format into text parts.
public enum Readers {
    public static func read(_ bytes: [UInt8], format: FileFormat, name: String,
                            pdftotext: String = "pdftotext") throws(TextDecoding.Failure) -> ReadFile {
        switch format {
        case .text, .markdown:
            let d = try TextDecoding.decode(bytes)
            return ReadFile(parts: [ReadPart(part: "", text: d.text)], encoding: d.encoding)
        case .csv:
            let d = try TextDecoding.decode(bytes)
            return ReadFile(parts: try LedgerReader.rows(d.text, name: name), encoding: d.encoding)
        case .docx:
            return ReadFile(parts: [ReadPart(part: "", text: try DocxReader.text(bytes))], encoding: nil)
        case .pdf:
            return ReadFile(parts: [ReadPart(part: "", text: try PDFReader.text(bytes, tool: pdftotext))], encoding: nil)
        }
    }
}

/// A CSV ledger (服务信息台帐): one record per row, header names in any script.
/// Each row becomes labelled text, `header：value` per line, so the one field extractor serves.
enum LedgerReader {
    static func rows(_ text: String, name: String) throws(TextDecoding.Failure) -> [ReadPart] {
        let table = try parse(text)
        guard let headerIndex = table.firstIndex(where: { row in row.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }) else {
            throw TextDecoding.Failure(description: "CSV has no header row")
        }
        let header = table[headerIndex].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let known = header.filter { h in Labels.field(forFolded: (try? Normalizer.fold(h)) ?? h) != nil }
        guard !known.isEmpty else {
            throw TextDecoding.Failure(description: "CSV header names no known column (expected e.g. 客户名称, 出厂编号, Customer, Serial No.)")
        }
        let stem = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        var parts: [ReadPart] = []
        for (offset, row) in table[(headerIndex + 1)...].enumerated() {
            let cells = row.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if cells.allSatisfy(\.isEmpty) { continue }
            let rowNumber = headerIndex + offset + 2  // 1-based line of the record, header = row 1
            var lines: [String] = []
            for (i, cell) in cells.enumerated() where !cell.isEmpty {
                let label = i < header.count && !header[i].isEmpty ? header[i] : "column \(i + 1)"
                // Keep a multi-line cell under its label: indent continuation lines.
                lines.append("\(label)：\(cell.replacingOccurrences(of: "\n", with: "\n  "))")
            }
            parts.append(ReadPart(part: "row=\(rowNumber)", text: lines.joined(separator: "\n"),
                                  title: "\(stem) #\(rowNumber)", kind: nil))
        }
        return parts
    }

    /// RFC 4180: quoted fields with doubled quotes and embedded newlines; CRLF or LF.
    static func parse(_ text: String) throws(TextDecoding.Failure) -> [[String]] {
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
            case ",":
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
    static func text(_ bytes: [UInt8]) throws(TextDecoding.Failure) -> String {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw TextDecoding.Failure(description: "not a Word .docx file (not a valid zip archive)")
        }
        guard let entry = archive["word/document.xml"] else {
            throw TextDecoding.Failure(description: "not a Word .docx file (no word/document.xml inside)")
        }
        guard entry.uncompressedSize < 200_000_000 else {
            throw TextDecoding.Failure(description: "word/document.xml is too large")
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { xml.append($0) }
        } catch {
            throw TextDecoding.Failure(description: "corrupt .docx: cannot extract word/document.xml (\(error))")
        }
        let collector = DocxCollector()
        let parser = XMLParser(data: xml)
        parser.delegate = collector
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown XML error"
            throw TextDecoding.Failure(description: "corrupt .docx: document.xml is not well-formed (line \(parser.lineNumber): \(reason))")
        }
        let text = collector.lines.joined(separator: "\n")
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw TextDecoding.Failure(description: "the .docx document has no text")
        }
        return text
    }
}

final class DocxCollector: NSObject, XMLParserDelegate {
    var lines: [String] = []
    private var paragraph = ""
    private var inText = false
    private var tableDepth = 0
    private var row: [String] = []
    private var cell: [String] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "w:t": inText = true
        case "w:tab": paragraph += "\t"
        case "w:br", "w:cr": paragraph += "\n"
        case "w:p": paragraph = ""
        case "w:tbl": tableDepth += 1
        case "w:tr": row = []
        case "w:tc": cell = []
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            if tableDepth > 0 { cell.append(paragraph) } else { lines.append(paragraph) }
            paragraph = ""
        case "w:tc":
            row.append(cell.filter { !$0.isEmpty }.joined(separator: " "))
        case "w:tr":
            lines.append(contentsOf: Self.rowLines(row.map { $0.trimmingCharacters(in: .whitespaces) }))
        case "w:tbl":
            tableDepth -= 1
            lines.append("")
        default: break
        }
    }

    static func rowLines(_ cells: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < cells.count {
            let c = cells[i]
            let folded = (try? Normalizer.fold(c)) ?? c
            if Labels.field(forFolded: folded) != nil, i + 1 < cells.count {
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
    static func text(_ bytes: [UInt8], tool: String) throws(TextDecoding.Failure) -> String {
        guard bytes.starts(with: Array("%PDF-".utf8)) else {
            throw TextDecoding.Failure(description: "not a PDF file (no %PDF- header)")
        }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kb-pdf-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: tmp) }
        do { try Data(bytes).write(to: tmp) } catch {
            throw TextDecoding.Failure(description: "cannot stage PDF for pdftotext: \(error)")
        }
        let result: Subprocess.Result
        do {
            result = try Subprocess.run(tool, ["-q", "-enc", "UTF-8", "-eol", "unix", tmp.path, "-"], timeout: 120)
        } catch {
            throw TextDecoding.Failure(description: "cannot run \(tool) (install poppler-utils): \(error)")
        }
        if result.timedOut { throw TextDecoding.Failure(description: "pdftotext took over 120 s; PDF skipped") }
        guard result.status == 0 else {
            let why = String(decoding: result.stderr, as: UTF8.self).split(separator: "\n").first.map(String.init)
            throw TextDecoding.Failure(description: "broken or unreadable PDF (pdftotext exit \(result.status)\(why.map { ": " + $0 } ?? ""))")
        }
        let text = String(decoding: result.stdout, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n")
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw TextDecoding.Failure(description: "PDF has no text layer (a scan?); nothing to index")
        }
        return text
    }
}

/// Runs a tool, collecting its output, with a time limit.
enum Subprocess {
    struct Result { let status: Int32; let stdout: Data; let stderr: Data; let timedOut: Bool }

    static func run(_ tool: String, _ args: [String], timeout: TimeInterval) throws -> Result {
        let p = Process()
        if tool.contains("/") {
            p.executableURL = URL(fileURLWithPath: tool)
            p.arguments = args
        } else {
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = [tool] + args
        }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Read both pipes concurrently so a chatty tool cannot block on a full pipe.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let deadline = DispatchTime.now() + timeout
        nonisolated(unsafe) var timedOut = false
        let killer = DispatchWorkItem { if p.isRunning { timedOut = true; p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: killer)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        killer.cancel()
        group.wait()
        return Result(status: p.terminationStatus, stdout: outData, stderr: errData, timedOut: timedOut)
    }
}
