import Foundation

/// Snippets shown as the document was written: Xapian picks the passage in the folded
/// text and highlights Latin words (stems included); CJK is highlighted here by the query's
/// character pairs, since Xapian 1.4 highlights CJK character by character or not at all.
/// The fold's origin map carries the passage back to the original.
enum SnippetMaker {
    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"
    static let omit: Unicode.Scalar = "\u{E002}"

    /// Folded text longer than this (in bytes) maps back only the lines its passage stands on:
    /// folding a whole 100 KB manual again for the origin map took 5 ms a hit, half of a search
    /// whose hits were manuals.
    static let wholeTextBytes = 16_384

    static func make(mset: XapianMatchSet, document: StoredDocument, cjk: Set<String>, length: Int = 300) throws -> Snippet {
        let long = document.foldedText.utf8.count > wholeTextBytes
        let folded = long ? nil : try Normalizer.origin(ofFolded: document.foldedText, original: document.originalText)
        let raw = try mset.snippet(of: folded?.text ?? document.foldedText, length: length,
                                   highlight: (String(open), String(close)), omit: String(omit))
        let marked = raw.utf8.contains(UInt8(ascii: "&")) ? raw.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&") : raw
        if let folded { return map(marked, folded: folded, original: document.originalText, cjk: cjk) }
        if let lines = passageLines(marked, folded: document.foldedText, original: document.originalText) {
            return map(marked, folded: try Normalizer.origin(ofFolded: lines.folded, original: lines.original),
                       original: lines.original, cjk: cjk)
        }
        let whole = try Normalizer.origin(ofFolded: document.foldedText, original: document.originalText)
        return map(marked, folded: whole, original: document.originalText, cjk: cjk)
    }

    /// The lines of the folded text that the passage stands on, and the same lines of the
    /// original: folding keeps every line break and makes none, so line n of one is line n of
    /// the other. Nil when the passage is not found or the two texts' line counts differ.
    static func passageLines(_ marked: String, folded: String, original: String) -> (folded: String, original: String)? {
        var passage = String.UnicodeScalarView()
        for s in marked.unicodeScalars where s != open && s != close && s != omit { passage.append(s) }
        let text = String(passage)
        guard !text.isEmpty, let at = folded.utf8Offset(of: text) else { return nil }
        let first = lineBreaks(in: folded.utf8.prefix(at))
        let last = first + lineBreaks(in: text.utf8)
        guard lineBreaks(in: folded.utf8) == lineBreaks(in: original.utf8),
              let f = lines(first...last, of: folded), let o = lines(first...last, of: original) else { return nil }
        return (f, o)
    }

    private static func lineBreaks<C: Collection>(in bytes: C) -> Int where C.Element == UInt8 {
        bytes.withContiguousStorageIfAvailable { $0.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
            ?? bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// Lines `range` of the text (counted from 0), without the break after the last.
    private static func lines(_ range: ClosedRange<Int>, of text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            var line = 0
            var start: Int? = range.lowerBound == 0 ? 0 : nil
            for k in bytes.indices where bytes[k] == 0x0A {
                if line == range.upperBound, let start { return String(decoding: bytes[start..<k], as: UTF8.self) }
                line += 1
                if line == range.lowerBound { start = k + 1 }
            }
            guard let start, line == range.upperBound else { return nil }
            return String(decoding: bytes[start...], as: UTF8.self)
        }
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
        // The query's characters and pairs as numbers: no string made per character of the passage.
        var keys = Set<UInt64>()
        for k in cjk {
            let s = Array(k.unicodeScalars)
            if s.count == 1 { keys.insert(UInt64(s[0].value)) }
            if s.count == 2 { keys.insert(UInt64(s[0].value) << 32 | UInt64(s[1].value)) }
        }
        for i in cells.indices where Normalizer.isCJK(cells[i].scalar) {
            let here = UInt64(cells[i].scalar.value)
            if keys.contains(here) { cells[i].matched = true }
            if i + 1 < cells.count, keys.contains(here << 32 | UInt64(cells[i + 1].scalar.value)) {
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
        let origin = folded.origin
        // The passage's place in the folded text, and the stretch of the original it came from
        // (a document may be long: neither is copied whole).
        guard let start = scalarOffset(of: plain, in: folded.text), start + plain.count <= origin.count,
              let window = plain.isEmpty ? [] : slice(original, from: Int(origin[start]), through: Int(origin[start + plain.count - 1]))
        else {
            // Cannot map back: show the passage in its folded form.
            for c in cells { add(c.isOmit ? ["…"] : [c.scalar], c.matched) }
            return flush()
        }
        let first = plain.isEmpty ? 0 : Int(origin[start])
        var k = start
        var emitted = -1
        for c in cells {
            if c.isOmit { add(["…"], false); continue }
            let o = Int(origin[k])
            if emitted < 0 { emitted = o }
            let groupEnds = k + 1 >= origin.count || Int(origin[k + 1]) != o
            if groupEnds, o + 1 > emitted, o >= first, o - first < window.count {
                add(window[(max(emitted, first) - first)..<(o + 1 - first)], c.matched)
                emitted = o + 1
            }
            k += 1
        }
        return flush()
    }

    /// Where these scalars first stand in the text, in scalars; found by bytes (UTF-8 lets a
    /// match start only where a scalar does).
    private static func scalarOffset(of needle: [Unicode.Scalar], in text: String) -> Int? {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: needle)
        guard let offset = text.utf8Offset(of: String(view)) else { return nil }
        return text.utf8.prefix(offset).reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
    }

    /// The original's scalars from `lo` through `hi` (as far as it goes); nil if it is shorter than `lo`.
    private static func slice(_ original: String, from lo: Int, through hi: Int) -> [Unicode.Scalar]? {
        let scalars = original.unicodeScalars
        guard lo >= 0, hi >= lo, let a = scalars.index(scalars.startIndex, offsetBy: lo, limitedBy: scalars.endIndex), a < scalars.endIndex else { return nil }
        let b = scalars.index(a, offsetBy: hi - lo + 1, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return Array(scalars[a..<b])
    }
}
