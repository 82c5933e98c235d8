import ArchiveIndex
import Foundation

/// What the fuzzers feed kb: bytes as a file of each kind kb reads, through the same public
/// calls an ingest, an article import and a slip intake make. Whatever the bytes, the call
/// must return, or refuse them with an error kb can say; a crash, a hang or memory without
/// bound is a finding (docs/RELIABILITY.md). `kb-fuzz` runs these under libFuzzer; the
/// regression tests replay every input kept in Tests/Fuzz/<target>/.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A .txt file: decoding (every encoding kb guesses), then fields, kind, dates, repair logs.
    case text
    /// A .csv ledger: RFC 4180 records, headers, vertical forms, then each row's fields.
    case csv
    /// A .docx: the zip, its XML (entities, nesting), tables, then the fields.
    case docx
    /// An .xlsx: the zip, its workbook, shared strings, styles and sheets, then each row's fields.
    case xlsx
    /// A .zip an admin uploads to the server: its directory, then every entry inflated.
    case zip
    /// A knowledge-base article: Markdown with YAML front matter.
    case article
    /// A scanned slip's TIFF page chain (read before tesseract is given the file).
    case tiff

    /// Runs one input. Errors are answers (kb refuses the file and says why); only a crash,
    /// a hang or unbounded memory is not.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .text: extract(bytes, .text)
        case .csv: extract(bytes, .csv)
        case .docx: extract(bytes, .docx)
        case .xlsx: extract(bytes, .xlsx)
        case .zip:
            guard let zip = try? ZipReader(bytes) else { return }
            for entry in zip.entries where !entry.isDirectory && !entry.isSymbolicLink {
                try? zip.extract(entry, limit: 64 << 20) { _ in }
            }
        case .article:
            guard let text = String(bytes: bytes, encoding: .utf8) else { return }
            _ = try? ArticleFile.parse(text, file: "fuzz.md")
        case .tiff:
            _ = try? TIFFPages.count(bytes)
        }
    }

    private func extract(_ bytes: [UInt8], _ format: FileFormat) {
        guard let read = try? Readers.read(bytes, format: format, name: "fuzz.\(format.rawValue)") else { return }
        for part in read.parts {
            _ = try? Extraction.extract(part, source: "fuzz#\(part.part)")
        }
    }
}
