import Foundation
import Testing
@testable import ArchiveIndex

/// The library's own `contains`, and the trimming and replacing that stand in for Foundation's
/// `trimmingCharacters` and `replacingOccurrences` in ArchiveIndex, answer as Foundation's do
/// on the texts kb compares.
@Suite struct NativeStringsTests {
    /// SHA-256 in lowercase hex, two digits a byte (FIPS 180-2's examples), whole or streamed.
    @Test func sha256IsWrittenAsLowercaseHex() {
        #expect(Hashing.sha256Hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Hashing.sha256Hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var stream = Hashing.SHA256Stream()
        stream.update(Data("a".utf8))
        stream.update(Data("bc".utf8))
        #expect(stream.finish() == Hashing.sha256Hex(Data("abc".utf8)))
        #expect(Hashing.hex([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
    }

    @Test func containsFindsWholeScalarsOnly() {
        #expect("某市第一人民医院检验科".contains("医院"))
        #expect(!"某市第一人民医院".contains("醫院"))
        #expect("customer id: 7".contains(" id"))
        #expect("abc".contains(""))
        #expect(!"ab".contains("abc"))
        #expect("a🧪b".contains("🧪b"))
        #expect("检验科"[...].dropFirst().contains("验科"))
        // UTF-8 is self-synchronising: 人 (E4 BA BA) does not match inside 人 (E4 BA BA would have to start there).
        #expect(!"亻亼".contains("人"))
    }

    @Test func trimmingRemovesTheSetAtBothEndsOnly() {
        #expect("  客户名称： ".trimmingScalars(in: .whitespaces) == "客户名称：")
        #expect("**Customer**".trimmingScalars(in: CharacterSet(charactersIn: "*")) == "Customer")
        #expect("***".trimmingScalars(in: CharacterSet(charactersIn: "*")) == "")
        #expect("".trimmingScalars(in: .whitespaces) == "")
        #expect("\n a b \t".trimmingScalars(in: .whitespacesAndNewlines) == "a b")
        #expect("　全角　".trimmingScalars(in: .whitespaces) == "全角")
        #expect(" 🧪 "[...].trimmingScalars(in: .whitespaces) == "🧪")
    }

    @Test func replacingReplacesEveryOccurrenceLeftToRight() {
        #expect("a\r\nb\r\nc".replacingBytes(of: "\r\n", with: "\n") == "a\nb\nc")
        #expect("aaa".replacingBytes(of: "aa", with: "b") == "ba")
        #expect("检验科检验科".replacingBytes(of: "检验", with: "") == "科科")
        #expect("abc".replacingBytes(of: "", with: "x") == "abc")
        #expect("abc".replacingBytes(of: "d", with: "x") == "abc")
        #expect("2024-01-02".replacingBytes(of: "-", with: "") == "20240102")
    }

    /// `range(of:)` without options answers as Foundation's: the first occurrence, within a
    /// range when given, nil for an empty needle; its bounds index the text searched.
    @Test func rangeOfAnswersAsFoundation() {
        let cases: [(String, String)] = [("某市第一人民医院检验科", "医院"), ("error code e-12, code e-13", "code"), ("abc", ""),
                                         ("ab", "abc"), ("a🧪b🧪", "🧪"), ("亻亼", "人"), ("", "x"), ("报警代码E-07", "代码")]
        for (text, needle) in cases {
            let mine = text.range(of: needle), theirs = (text as NSString).range(of: needle)
            #expect(mine.map { NSRange($0, in: text) } == (theirs.location == NSNotFound ? nil : theirs), "\(text) / \(needle)")
            if let r = mine { #expect(String(text[r]) == needle) }
        }
        let text = "code a, code b"
        let second = text.range(of: "code", range: text.index(text.startIndex, offsetBy: 1)..<text.endIndex)
        #expect(second.map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 8)
        let sub = text.dropFirst(2)
        #expect(sub.range(of: "code").map { String(sub[$0.upperBound...]) } == " b")
    }

    /// Lines as `prefix(limit).split(separator: "\n")` gives them: empty ones left out, the
    /// window counted in scalars, a line cut where the window ends.
    @Test func linesAreTheLinesOfTheWindow() {
        let texts = ["", "\n\n", "一行", "first\n\nsecond\n", "\n客户：某市第一人民医院\n  \n故障：不开机\n处理：更换电源",
                     "a🧪b\nc\n\n\nd", String(repeating: "报修单\n", count: 40)]
        for text in texts {
            for limit in [0, 1, 3, 7, 50, Int.max] {
                #expect(text.lines(within: limit).map(String.init) == text.prefix(limit).split(separator: "\n").map(String.init),
                        "\(text.debugDescription) within \(limit)")
            }
            #expect(String(text.prefix(scalars: 9)) == String(text.prefix(9)))
        }
        #expect(Array("a\nb\nc\nd".lines().prefix(2)) == ["a", "b"])
        #expect(Array("x\ny"[...].dropFirst(2).lines()) == ["y"])
    }

    /// A string made of scalars at once, and white space told without the property tables for
    /// ASCII, are what the standard library's slower ways give.
    @Test func scalarsMakeTheStringTheyAre() {
        for text in ["", "a", "某市第一人民医院检验科", "a🧪b\u{301}c", "型　　號 SN-0457\n"] {
            let scalars = Array(text.unicodeScalars)
            #expect(String(scalars: scalars) == text)
            #expect(String(scalars: scalars.dropFirst()) == String(String.UnicodeScalarView(scalars.dropFirst())))
        }
        for v in UInt32(0)...0x3100 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(s.isSpace == s.properties.isWhitespace, "U+\(String(v, radix: 16))")
        }
    }
}
