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
}
