import Foundation

/// Bytes to text: BOMs, strict UTF-8, then ICU's detector among the legacy Chinese
/// encodings (GB18030, a superset of GBK and GB2312; Big5), each decoded strictly.
/// Garbage is never indexed: a file no rule decodes is an error.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public let text: String
        /// "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "GB18030", "Big5"…
        public let encoding: String
    }

    /// Thrown with the reason; the caller adds the file name.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.isEmpty { throw Failure(description: "empty file") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let s = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw Failure(description: "starts with a UTF-8 byte-order mark but is not valid UTF-8")
            }
            return try checked(Decoded(text: s, encoding: "UTF-8 (BOM)"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = Array(bytes.dropFirst(2))
            guard body.count % 2 == 0 else { throw Failure(description: "UTF-16 file with an odd number of bytes (truncated?)") }
            let units = stride(from: 0, to: body.count, by: 2).map { i in
                little ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1])
            }
            guard let s = String(validating: units, as: UTF16.self) else {
                throw Failure(description: "not valid UTF-16 (unpaired surrogate)")
            }
            return try checked(Decoded(text: s, encoding: little ? "UTF-16LE (BOM)" : "UTF-16BE (BOM)"))
        }
        if bytes.prefix(8192).contains(0) {
            throw Failure(description: "binary file (contains NUL bytes), not text")
        }
        if let s = String(validating: bytes, as: UTF8.self) {
            return try checked(Decoded(text: s, encoding: "UTF-8"))
        }
        // Legacy encodings: the detector's ranking among those we accept, then GB18030, then Big5.
        let accepted = ["GB18030", "Big5"]
        let detected = (try? TextShim.detect(bytes)) ?? []
        if let best = detected.first, !accepted.contains(best.name), best.confidence >= 60,
           ["Shift_JIS", "EUC-JP", "EUC-KR", "ISO-2022-JP", "ISO-2022-KR"].contains(best.name) {
            throw Failure(description: "looks like \(best.name) text (confidence \(best.confidence)%), which kb does not read; convert it to UTF-8")
        }
        let guesses = detected.map(\.name).filter { accepted.contains($0) }
        var lastError = ""
        for charset in guesses + accepted.filter({ !guesses.contains($0) }) {
            do {
                let text = try TextShim.decode(bytes, charset: charset)
                let odd = oddCharacters(text)
                if odd.count * 100 > max(odd.total, 1) {
                    lastError = lastError.isEmpty ? "\(odd.count) unassigned, private-use or control characters as \(charset)" : lastError
                    continue
                }
                return try checked(Decoded(text: text, encoding: charset))
            } catch let e as TextShim.Failure {
                lastError = lastError.isEmpty ? e.description : lastError
            } catch {
                lastError = lastError.isEmpty ? "\(error)" : lastError
            }
        }
        throw Failure(description: "cannot decode: not UTF-8, UTF-16, GB18030 or Big5 (\(lastError))")
    }

    /// Characters that real text in a legacy encoding almost never holds: C1 controls,
    /// private-use and unassigned code points. Many of them mean the guess was wrong.
    private static func oddCharacters(_ text: String) -> (count: Int, total: Int) {
        var odd = 0
        var total = 0
        for s in text.unicodeScalars {
            total += 1
            switch s.properties.generalCategory {
            case .privateUse, .unassigned, .surrogate: odd += 1
            case .control where s.value >= 0x7F: odd += 1
            default: break
            }
        }
        return (odd, total)
    }

    /// Rejects decoded text that is mostly control characters: binary data that happened to decode.
    private static func checked(_ d: Decoded) throws(Failure) -> Decoded {
        var control = 0
        var total = 0
        for s in d.text.unicodeScalars.prefix(20_000) {
            total += 1
            if s.value < 0x20 && s != "\n" && s != "\r" && s != "\t" && s != "\u{0C}" { control += 1 }
            if s == "\u{FFFD}" { control += 1 }
        }
        if total > 0 && control * 100 > total {
            throw Failure(description: "binary file (\(control) control characters in \(total)), not text")
        }
        if d.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw Failure(description: "no text (only white space)")
        }
        return d
    }
}
