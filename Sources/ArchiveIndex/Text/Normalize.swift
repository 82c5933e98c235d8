import Foundation

/// The one normalisation module, used identically at index time and at query time:
/// a query and a document meet in the same normal form.
public enum Normalizer {
    /// NFKC + case folding + traditional→simplified: the form Xapian sees.
    public static func fold(_ text: String) throws -> String {
        do { return try TextShim.fold(text, keepOrigin: false).text }
        catch { throw KBError.environment("text folding failed: \(error)") }
    }

    /// Folded text with, per folded scalar, the original scalar it came from.
    public static func foldKeepingOrigin(_ text: String) throws -> FoldedText {
        do { return try TextShim.fold(text, keepOrigin: true) }
        catch { throw KBError.environment("text folding failed: \(error)") }
    }

    /// The origin map of a stored document: its folded text as stored, and the map from the
    /// cheap half of folding (NFKC_Casefold, no OpenCC), which is the same map whenever the
    /// traditional→simplified step kept one character per character (almost always);
    /// otherwise the full fold.
    public static func origin(ofFolded folded: String, original: String) throws -> FoldedText {
        let light: FoldedText
        do { light = try TextShim.fold(original, keepOrigin: true, t2s: false) }
        catch { throw KBError.environment("text folding failed: \(error)") }
        if light.origin.count == folded.unicodeScalars.count { return FoldedText(text: folded, origin: light.origin) }
        return try foldKeepingOrigin(original)
    }

    /// Han ideographs and the CJK symbols Xapian's n-grams treat as CJK.
    public static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x2FDF, 0x3040...0x30FF, 0x3100...0x312F, 0x31A0...0x31FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }

    // MARK: identifiers

    /// Labels that may stand before a serial number, folded (lower case, simplified).
    static let serialLabels = ["serial number", "serial no.", "serial no", "serial", "s/n", "sn", "no.",
                               "出厂编号", "序列号", "机身编号", "机身号", "编号", "序号", "机号"]

    /// Canonical serial number: NFKC, upper case, labels and separators removed.
    /// `ＳＮ：ＤＡ７６００－２０１９－０４５７`, `S/N da7600 2019 0457` → `DA760020190457`.
    /// Nil when what is left is not an identifier (needs a digit and 4+ characters).
    public static func canonicalSerial(_ raw: String) -> String? {
        guard let id = canonicalIdentifier(raw, labels: serialLabels, checkLetter: true) else { return nil }
        return id.count >= 4 ? ocrDigits(id) : nil
    }

    /// A serial as OCR or a hurried hand writes it, with the letter O after a digit for the
    /// digit 0 (`BCX2O4179W`, `K2OE41913B`, `1OO5`): the digit. Makers leave O out of serials
    /// for this reason; an O after a letter (`SPO1234`) stays a letter.
    static func ocrDigits(_ id: String) -> String {
        guard id.contains("O") else { return id }
        var out = ""
        for c in id {
            out.append(c == "O" && out.last.map { $0.isASCII && $0.isNumber } == true ? "0" : c)
        }
        return out
    }

    /// Canonical model: `DA-7600`, `ＤＡ７６００`, `da 7600` → `DA7600`.
    public static func canonicalModel(_ raw: String) -> String? {
        guard let id = canonicalIdentifier(raw, labels: ["model", "型号"]) else { return nil }
        return id.count >= 2 ? id : nil
    }

    /// The leading identifier in a field value: tokens of letters and digits joined across
    /// separators, stopping at prose (a CJK character, a bracket, or a word without digits
    /// that is not a short letter prefix of the next token). With `checkLetter`, one or two
    /// letters alone at the very end are the serial's check letters (`SP X19 0076 W`, `GZ22-1573-WW`).
    static func canonicalIdentifier(_ raw: String, labels: [String], checkLetter: Bool = false) -> String? {
        guard var s = try? fold(raw) else { return nil }
        // Labels may come stacked (`出厂编号 / SN：…`): strip separators and labels until none is left.
        var stripped = true
        while stripped {
            stripped = false
            s = s.trimmingCharacters(in: CharacterSet(charactersIn: " :#.-/\t"))
            for label in labels where s.hasPrefix(label) {
                let rest = s.dropFirst(label.count)
                if let f = rest.first, f.isLetter && f.isASCII && label.allSatisfy({ $0.isASCII && $0.isLetter }) { continue }
                s = String(rest)
                stripped = true
                break
            }
        }
        // Split into tokens at separators; stop at anything else, or at a column gap (two spaces, a tab).
        var tokens: [String] = []
        var current = ""
        var spaces = 0
        let chars = Array(s)
        for (i, ch) in chars.enumerated() {
            // A slash with a space beside it separates alternatives (`DA7600 / DA-7600`).
            if ch == "/", !(tokens.isEmpty && current.isEmpty), (i > 0 && chars[i - 1] == " ") || (i + 1 < chars.count && chars[i + 1] == " ") {
                break
            }
            if ch.isASCII && (ch.isLetter || ch.isNumber) {
                current.append(ch)
                spaces = 0
            } else if ch == " " || ch == "\t" {
                spaces += ch == "\t" ? 2 : 1
                if spaces >= 2 { break }
                if !current.isEmpty { tokens.append(current); current = "" }
            } else if "-_/.·:".contains(ch) {
                spaces = 0
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                break
            }
        }
        if !current.isEmpty { tokens.append(current) }
        var kept: [String] = []
        for (i, t) in tokens.enumerated() {
            let hasDigit = t.contains(where: \.isNumber)
            if hasDigit {
                kept.append(t)
            } else if t.count <= 4, let next = tokens[(i + 1)...].prefix(3).firstIndex(where: { $0.contains(where: \.isNumber) }),
                      tokens[(i + 1)..<next].allSatisfy({ $0.count <= 4 }) {
                kept.append(t)  // "da 7600", "TDL-5M", "yu/swl/a-190877"
            } else if checkLetter, i > 0, t.count <= 2, i == tokens.count - 1, kept.count == i, tokens[i - 1].contains(where: \.isNumber) {
                kept.append(t)  // "SP-X19-0076-W", "GZ22-1573-WW"; not the "a" of "12345 a unit"
            } else {
                break
            }
        }
        let id = kept.joined().uppercased()
        guard id.contains(where: \.isNumber) else { return nil }
        return id
    }

    /// Identifier-shaped tokens in folded text (letters and digits, at least one digit,
    /// 3+ characters, inner separators allowed), each in canonical form.
    /// `e23`, `da-7600`, `lfp48100` → `E23`, `DA7600`, `LFP48100`.
    public static func identifierTokens(inFolded text: String) -> [String] {
        // On UTF-8 bytes: identifiers are ASCII, and everything else only ends a token.
        var result: [String] = []
        var current: [UInt8] = []
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            var letters = false, digits = false
            var canon: [UInt8] = []
            for b in current {
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits = true; canon.append(b)
                case UInt8(ascii: "a")...UInt8(ascii: "z"): letters = true; canon.append(b - 32)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters = true; canon.append(b)
                default: continue
                }
            }
            if canon.count >= 3, digits, letters || canon.count >= 4 {
                result.append(String(decoding: canon, as: UTF8.self))
            }
        }
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(b)
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "."):
                if !current.isEmpty { current.append(b) }
            default:
                if !current.isEmpty { flush() }
            }
        }
        if !current.isEmpty { flush() }
        return result
    }

    /// Look-alike form of a canonical identifier, as worn labels and scans confuse characters:
    /// O→0, I and L→1, S→5, B→8.
    public static func lookAlike(_ canonical: String) -> String {
        String(canonical.map { c -> Character in
            switch c {
            case "O": "0"
            case "I", "L": "1"
            case "S": "5"
            case "B": "8"
            default: c
            }
        })
    }

    /// Every run of 1 to 4 adjacent identifier tokens in folded text (joined by `-`, `_`, `/`,
    /// `.` or one space), in canonical form: the ways a serial can stand in prose
    /// (`TL5M 1811 0209`, `(TL5M-1706-0031)`, `| EPX560JX7821 |`).
    public static func identifierRuns(inFolded text: String) -> Set<String> {
        // By bytes: every character of a run is ASCII (a segment is a stretch of letters,
        // digits and -_/. and space; its tokens are split at those five).
        var runs = Set<String>()
        var tokens: [[UInt8]] = [], token: [UInt8] = []
        func endToken() {
            if !token.isEmpty { tokens.append(token); token.removeAll(keepingCapacity: true) }
        }
        func endSegment() {
            endToken()
            for i in tokens.indices {
                var joined: [UInt8] = [], digit = false
                for j in i..<min(tokens.count, i + 4) {
                    joined += tokens[j]
                    digit = digit || tokens[j].contains { $0 >= 0x30 && $0 <= 0x39 }
                    if joined.count >= 6, digit { runs.insert(String(decoding: joined, as: UTF8.self)) }
                }
            }
            tokens.removeAll(keepingCapacity: true)
        }
        for b in text.utf8 {
            switch b {
            case 0x61...0x7A: token.append(b - 0x20)                 // a-z, upper-cased
            case 0x41...0x5A, 0x30...0x39: token.append(b)           // A-Z 0-9
            case 0x2D, 0x5F, 0x2F, 0x2E, 0x20: endToken()            // - _ / . space
            default: endSegment()
            }
        }
        endSegment()
        return runs
    }

    /// Key under which customer names are matched: folded, with white space and punctuation removed,
    /// so `某市第一人民醫院 檢驗科` and `某市第一人民医院检验科` are one key.
    public static func nameKey(_ name: String) throws -> String {
        let f = try fold(name)
        return String(f.unicodeScalars.filter { s in
            !(CharacterSet.whitespacesAndNewlines.contains(s) || CharacterSet.punctuationCharacters.contains(s)
              || CharacterSet.symbols.contains(s))
        }.map(Character.init))
    }
}
