import Foundation

/// Labels as OCR misreads them on a scanned form (`Fau1t:`, `J0b no.:`, `Eng1neer:`): before a
/// line's first colon, a word of letters with a digit that looks like a letter (1 for l or i,
/// 0 for o, 5 for s) is read as the label word it spells. Only the text fields are found in
/// changes (one character for one, so values are still cut from the text as written).
enum OCRLabels {
    /// The Latin words of the label table (`fault`, `engineer`, `serial`…).
    static let words: Set<String> = Set(Labels.table.flatMap { $0.1 }
        .flatMap { $0.split(whereSeparator: { !$0.isLetter }).map { String($0) } }
        .filter { $0.count >= 3 && $0.allSatisfy { $0.isASCII && $0.isLetter } })

    private static let readings: [[Unicode.Scalar: Unicode.Scalar]] = [
        ["1": "l", "0": "o", "5": "s"], ["1": "i", "0": "o", "5": "s"],
    ]

    /// Repairs the labels of folded text's scalars in place (one scalar for one, so the fold's
    /// origin map still holds).
    static func repair(_ s: inout [Unicode.Scalar]) {
        var lineStart = 0
        while lineStart < s.count {
            var lineEnd = lineStart
            while lineEnd < s.count, s[lineEnd] != "\n" { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard let colon = s[lineStart..<min(lineEnd, lineStart + 40)].firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
            var w = lineStart
            while w < colon {
                guard isWordScalar(s[w]) else { w += 1; continue }
                var e = w
                while e < colon, isWordScalar(s[e]) { e += 1 }
                defer { w = e }
                let word = s[w..<e]
                guard word.count >= 3, word.contains(where: { "015".unicodeScalars.contains($0) }),
                      word.filter({ $0.properties.isAlphabetic }).count >= 2, word.allSatisfy({ $0.properties.isAlphabetic || "015".unicodeScalars.contains($0) })
                else { continue }
                for reading in readings {
                    let read = word.map { reading[$0] ?? $0 }
                    guard words.contains(String(scalars: read)) else { continue }
                    s.replaceSubrange(w..<e, with: read)
                    break
                }
            }
        }
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c)) }
}
