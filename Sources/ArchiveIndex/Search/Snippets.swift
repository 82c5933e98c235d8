import Foundation

/// Snippets shown as the document was written: Xapian picks the passage in the folded
/// text and highlights Latin words (stems included); CJK is highlighted here by the query's
/// character pairs, since Xapian 1.4 highlights CJK character by character or not at all.
/// The fold's origin map carries the passage back to the original.
enum SnippetMaker {
    private static let open: Unicode.Scalar = "\u{E000}"
    private static let close: Unicode.Scalar = "\u{E001}"
    private static let omit: Unicode.Scalar = "\u{E002}"

    static func make(mset: XapianMatchSet, document: StoredDocument, cjk: Set<String>, length: Int = 300) throws -> Snippet {
        let folded = try Normalizer.origin(ofFolded: document.foldedText, original: document.originalText)
        let raw = try mset.snippet(of: folded.text, length: length,
                                   highlight: (String(open), String(close)), omit: String(omit))
        let marked = raw.contains("&") ? raw.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&") : raw
        return map(marked, folded: folded, original: document.originalText, cjk: cjk)
    }

    /// One scalar of the passage: folded scalar, highlighted, or an omission mark.
    private struct Cell { var scalar: Unicode.Scalar; var matched: Bool; var isOmit: Bool }

    static func map(_ marked: String, folded: FoldedText, original: String, cjk: Set<String>) -> Snippet {
        var cells: [Cell] = []
        var inMatch = false
        for s in marked.unicodeScalars {
            if s == open { inMatch = true } else if s == close { inMatch = false }
            else { cells.append(Cell(scalar: s, matched: inMatch && !Normalizer.isCJK(s), isOmit: s == omit)) }
        }
        for i in cells.indices where Normalizer.isCJK(cells[i].scalar) {
            let here = String(cells[i].scalar)
            if cjk.contains(here) { cells[i].matched = true }
            if i + 1 < cells.count, cjk.contains(here + String(cells[i + 1].scalar)) {
                cells[i].matched = true
                cells[i + 1].matched = true
            }
        }
        // Runs are built scalar by scalar in buffers (line breaks become spaces), then made strings.
        var runs: [Snippet.Run] = []
        var buffer = String.UnicodeScalarView()
        var bufferMatched = false
        func add<S: Sequence>(_ scalars: S, _ matched: Bool) where S.Element == Unicode.Scalar {
            for s in scalars where s != "\r" {
                if matched != bufferMatched, !buffer.isEmpty {
                    runs.append(.init(text: String(buffer), matched: bufferMatched))
                    buffer = String.UnicodeScalarView()
                }
                bufferMatched = matched
                buffer.append(s == "\n" ? " " : s)
            }
        }
        func flush() -> Snippet {
            if !buffer.isEmpty { runs.append(.init(text: String(buffer), matched: bufferMatched)) }
            return Snippet(runs: runs)
        }
        let plain = cells.filter { !$0.isOmit }.map(\.scalar)
        let fs = Array(folded.text.unicodeScalars)
        let os = Array(original.unicodeScalars)
        guard let start = find(plain, in: fs), folded.origin.count == fs.count else {
            // Cannot map back: show the passage in its folded form.
            for c in cells { add(c.isOmit ? ["…"] : [c.scalar], c.matched) }
            return flush()
        }
        var k = start
        var emitted = -1
        for c in cells {
            if c.isOmit { add(["…"], false); continue }
            let o = Int(folded.origin[k])
            if emitted < 0 { emitted = o }
            let groupEnds = k + 1 >= fs.count || Int(folded.origin[k + 1]) != o
            if groupEnds, o + 1 > emitted, o < os.count {
                add(os[max(emitted, 0)..<(o + 1)], c.matched)
                emitted = o + 1
            }
            k += 1
        }
        return flush()
    }

    private static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard needle.count <= hay.count else { return nil }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
