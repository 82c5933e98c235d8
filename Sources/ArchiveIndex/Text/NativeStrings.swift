import Foundation

/// String search, trimming and replacing without NSString, for the whole library.
///
/// With Foundation imported, `text.contains("医院")`, `trimmingCharacters(in:)` and
/// `replacingOccurrences(of:with:)` resolve to Foundation's `StringProtocol` methods, which
/// on Linux copy the string into an NSString of UTF-16 and back: together they were the
/// largest cost of ingest (label words, kind cues, institution names, every field value),
/// ten to a hundred times the work below. These overloads are chosen over Foundation's
/// everywhere in ArchiveIndex (a non-generic overload wins; a module's own member shadows an
/// imported one of the same signature). The texts kb compares are folded or written in one
/// normal form, so byte equality is character equality; a match can only start on a scalar's
/// first byte. Calls with options (regular expressions, case-insensitive) still go to Foundation.
extension StringProtocol {
    /// Whether `other` occurs in this text (an empty string occurs in every text).
    func contains(_ other: String) -> Bool {
        utf8Offset(of: other) != nil
    }

    /// Where needle first occurs in the text, in UTF-8 bytes from its start; nil if it does not.
    func utf8Offset(of needle: String) -> Int? {
        if needle.isEmpty { return 0 }
        if let found = utf8.withContiguousStorageIfAvailable({ h in ByteSearch.offset(of: needle, in: h) }) {
            return found
        }
        var copy = String(self)  // a text not stored as UTF-8: made contiguous once
        return copy.withUTF8 { ByteSearch.offset(of: needle, in: $0) }
    }
}

extension StringProtocol {
    /// Foundation's `trimmingCharacters(in:)`, shadowed (see above).
    func trimmingCharacters(in set: CharacterSet) -> String { trimmingScalars(in: set) }

    /// Foundation's `range(of:)` without options, shadowed (see above): the first occurrence,
    /// nil for an empty needle as Foundation gives.
    func range(of needle: String) -> Range<Index>? {
        guard !needle.isEmpty, let at = utf8Offset(of: needle) else { return nil }
        let start = utf8.index(startIndex, offsetBy: at)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// Foundation's `range(of:range:)` without options, shadowed: the first occurrence inside
    /// `bounds`.
    func range(of needle: String, range bounds: Range<Index>) -> Range<Index>? {
        self[bounds].range(of: needle)
    }

    /// Foundation's `replacingOccurrences(of:with:)` without options, shadowed (see above).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        replacingBytes(of: target, with: replacement)
    }

    /// The text without the scalars of `set` at either end.
    func trimmingScalars(in set: CharacterSet) -> String {
        let text = String(self), scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { scalars.formIndex(after: &start) }
        while start < end {
            let before = scalars.index(before: end)
            guard set.contains(scalars[before]) else { break }
            end = before
        }
        return start == scalars.startIndex && end == scalars.endIndex ? text : String(text[start..<end])
    }

    /// The text with every occurrence of `target` replaced, left to right (an empty target
    /// replaces nothing).
    func replacingBytes(of target: String, with replacement: String) -> String {
        let text = String(self)
        guard !target.isEmpty, var at = text.utf8Offset(of: target) else { return text }
        let bytes = Array(text.utf8), t = target.utf8.count
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var from = 0
        while true {
            out += bytes[from..<at]
            out += replacement.utf8
            from = at + t
            guard let next = bytes[from...].withUnsafeBufferPointer({ ByteSearch.offset(of: target, in: $0) }) else { break }
            at = from + next
        }
        out += bytes[from...]
        return String(decoding: out, as: UTF8.self)
    }
}

enum ByteSearch {
    static func offset(of needle: String, in h: UnsafeBufferPointer<UInt8>) -> Int? {
        var needle = needle
        return needle.withUTF8 { n -> Int? in
            guard let hb = h.baseAddress, let nb = n.baseAddress, n.count <= h.count else { return nil }
            let first = Int32(n[0]), last = h.count - n.count
            var i = 0
            while i <= last {
                guard let p = memchr(hb + i, first, last + 1 - i) else { return nil }
                let at = hb.distance(to: p.assumingMemoryBound(to: UInt8.self))
                if memcmp(hb + at, nb, n.count) == 0 { return at }
                i = at + 1
            }
            return nil
        }
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without the property tables for ASCII (the
    /// readers ask it of every scalar of every line).
    @inline(__always) var isSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}

extension StringProtocol {
    /// The non-empty lines of the text's first `limit` scalars: what
    /// `prefix(limit).split(separator: "\n")` gives, found in the bytes and counted in
    /// scalars (a character's combining marks count apart), lazily. The readers call it on
    /// every document, often to look at a few lines; splitting by characters walked the
    /// grapheme breaks of the whole window first.
    func lines(within limit: Int = .max) -> TextLines { TextLines(Substring(self), limit: limit) }

    /// The text's first `n` scalars (as `prefix(n)` gives characters, without finding their breaks).
    func prefix(scalars n: Int) -> Substring {
        let text = Substring(self), u = text.utf8
        var left = n, i = u.startIndex
        while i < u.endIndex {
            if u[i] & 0xC0 != 0x80 {
                if left == 0 { break }
                left -= 1
            }
            u.formIndex(after: &i)
        }
        return text[..<i]
    }
}

/// See `lines(within:)`.
struct TextLines: Sequence, IteratorProtocol {
    private let text: Substring
    private var at: String.Index
    private var budget: Int

    init(_ text: Substring, limit: Int) {
        self.text = text
        at = text.startIndex
        budget = limit
    }

    mutating func next() -> Substring? {
        let u = text.utf8, end = u.endIndex
        while at < end {
            let start = at
            var i = at, cut = false
            while i < end {
                let b = u[i]
                if b & 0xC0 != 0x80 {
                    if budget == 0 { cut = true; break }
                    budget -= 1
                    if b == 0x0A { break }
                }
                u.formIndex(after: &i)
            }
            at = cut || i == end ? end : u.index(after: i)
            if start < i { return text[start..<i] }
        }
        return nil
    }
}

extension String {
    /// A string of these scalars, written as UTF-8 at once: appending them to a
    /// `UnicodeScalarView` one by one was ten times slower, and the readers make a string of
    /// every label and value they look at.
    init(scalars: some Collection<Unicode.Scalar>) {
        // The exact length: a short string stays small (inline), a long one holds no slack.
        let bytes = scalars.reduce(0) { $0 + UTF8.width($1) }
        self.init(unsafeUninitializedCapacity: bytes) { buffer in
            var i = 0
            for s in scalars { UTF8.encode(s) { buffer[i] = $0; i += 1 } }
            return i
        }
    }
}
