import Foundation
import Testing
@testable import ArchiveIndex

/// A long document's snippet maps back only the lines its passage stands on, and shows what
/// the whole document's map would show.
@Suite struct SnippetTests {
    /// A manual of 600 lines ending in CRLF: traditional Chinese, full-width letters, and on
    /// every line a fold that makes more characters (ß → ss, ﬁ → fi) and one that makes fewer
    /// (e and a combining accent → é), so a line's place in the folded text is not its place
    /// in the original.
    static func manual() -> String {
        var lines: [String] = []
        for i in 0..<600 { lines.append("第\(i)節 離心機保養說明 Straße ﬁlter cafe\u{301} ＤＡ－７６００ 轉速檢查") }
        lines[450] = "第450節 加樣針撞針後，更換加樣針並重新校準液面檢測 ＳＮ：ＡＢ１２３４"
        return lines.joined(separator: "\r\n")
    }

    /// Xapian's way of marking a passage: `撞针` highlighted, the passage from the middle of
    /// line 449 into line 452, omissions on both sides.
    static func marked(in folded: String) throws -> String {
        let scalars = Array(folded.unicodeScalars)
        let target = Array("撞针".unicodeScalars)
        let at = try #require(scalars.indices.first { Array(scalars[$0..<min(scalars.count, $0 + 2)]) == target })
        var out = String.UnicodeScalarView()
        out.append(SnippetMaker.omit)
        out.append(contentsOf: scalars[(at - 30)..<at])
        out.append(SnippetMaker.open); out.append(contentsOf: target); out.append(SnippetMaker.close)
        out.append(contentsOf: scalars[(at + 2)..<(at + 80)])
        out.append(SnippetMaker.omit)
        return String(out)
    }

    @Test func aLongDocumentsPassageMapsBackAsTheWholeDocumentWould() throws {
        let original = Self.manual()
        let folded = try Normalizer.fold(original)
        #expect(folded.utf8.count > SnippetMaker.wholeTextBytes)
        let marked = try Self.marked(in: folded)
        let lines = try #require(SnippetMaker.passageLines(marked, folded: folded, original: original))
        #expect(lines.original.hasPrefix("第449節"))
        #expect(lines.original.hasSuffix("轉速檢查\r"))
        #expect(lines.original.utf8.filter { $0 == 0x0A }.count == 3)   // lines 449 to 452 of 600
        let part = SnippetMaker.map(marked, folded: try Normalizer.origin(ofFolded: lines.folded, original: lines.original),
                                    original: lines.original, cjk: ["撞针"])
        let whole = SnippetMaker.map(marked, folded: try Normalizer.origin(ofFolded: folded, original: original),
                                     original: original, cjk: ["撞针"])
        #expect(part == whole)
        #expect(part.plainText.contains("加樣針撞針後"))
        #expect(part.plainText.contains("Straße ﬁlter cafe\u{301}"))
        #expect(part.runs.contains { $0.matched && $0.text == "撞針" })
    }

    @Test func aPassageNotInTheTextOrLinesThatDoNotMatchAreNotMapped() throws {
        let original = Self.manual()
        let folded = try Normalizer.fold(original)
        #expect(SnippetMaker.passageLines("\u{E000}不在文中\u{E001}", folded: folded, original: original) == nil)
        // A folded text with a line more than the original: no line of one is known to be the other's.
        let marked = try Self.marked(in: folded)
        #expect(SnippetMaker.passageLines(marked, folded: "\n" + folded, original: original) == nil)
    }

    @Test func searchingALongManualShowsItsPassageAsWritten() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: ["training/離心機保養手冊.txt": Self.manual()])
        let hit = try #require(try archive.search("加样针撞针").hits.first)
        #expect(hit.snippet.plainText.contains("加樣針撞針後"))
        #expect(hit.snippet.runs.contains { $0.matched && $0.text.contains("撞針") })
    }
}
