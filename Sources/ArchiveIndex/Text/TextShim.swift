// The one Swift file that touches CTextShim (ICU and OpenCC).

internal import CTextShim
import Foundation

/// Text as the index sees it, with the way back to the text as written.
public struct FoldedText: Sendable, Equatable {
    /// NFKC_Casefold, then traditional folded to simplified.
    public let text: String
    /// For each Unicode scalar of `text`, the index of the scalar of the original it came from.
    public let origin: [Int32]
}

enum TextShim {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private static func message(_ err: UnsafeMutablePointer<CChar>?) -> String {
        guard let err else { return "unknown error" }
        defer { kbt_free(err) }
        return String(cString: err)
    }

    /// Folds text for search; see FoldedText. Without `t2s`, no traditional→simplified step;
    /// `alwaysConvert` runs OpenCC even on text it cannot change (the same result: for tests).
    static func fold(_ text: String, keepOrigin: Bool, t2s: Bool = true, alwaysConvert: Bool = false) throws(Failure) -> FoldedText {
        let mode: Int32 = !t2s ? 0 : alwaysConvert ? 2 : 1
        var out: UnsafeMutablePointer<CChar>?
        var outLen = 0
        var map: UnsafeMutablePointer<Int32>?
        var mapLen = 0
        var err: UnsafeMutablePointer<CChar>?
        var t = text
        let rc = t.withUTF8 { buf in
            keepOrigin ? kbt_fold_ex(buf.baseAddress, buf.count, mode, &out, &outLen, &map, &mapLen, &err)
                       : kbt_fold_ex(buf.baseAddress, buf.count, mode, &out, &outLen, nil, nil, &err)
        }
        guard rc == 0, let out else { throw Failure(description: message(err)) }
        defer {
            kbt_free(out)
            kbt_free(map)
        }
        let folded = String(decoding: UnsafeRawBufferPointer(start: out, count: outLen), as: UTF8.self)
        let origin = map.map { Array(UnsafeBufferPointer(start: $0, count: mapLen)) } ?? []
        return FoldedText(text: folded, origin: origin)
    }

    /// ICU's charset guesses for bytes, best first.
    static func detect(_ bytes: [UInt8]) throws(Failure) -> [(name: String, confidence: Int)] {
        var names = [UnsafePointer<CChar>?](repeating: nil, count: 8)
        var conf = [Int32](repeating: 0, count: 8)
        var n = 0
        var err: UnsafeMutablePointer<CChar>?
        let rc = bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { c in
                kbt_detect(c.baseAddress, c.count, &names, &conf, 8, &n, &err)
            }
        }
        guard rc == 0 else { throw Failure(description: message(err)) }
        return (0..<n).compactMap { i in names[i].map { (String(cString: $0), Int(conf[i])) } }
    }

    /// Strict decoding: an invalid or unmappable byte sequence is an error.
    static func decode(_ bytes: [UInt8], charset: String) throws(Failure) -> String {
        var out: UnsafeMutablePointer<CChar>?
        var outLen = 0
        var err: UnsafeMutablePointer<CChar>?
        let rc = bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { c in
                kbt_decode(c.baseAddress, c.count, charset, &out, &outLen, &err)
            }
        }
        guard rc == 0, let out else { throw Failure(description: message(err)) }
        defer { kbt_free(out) }
        return String(decoding: UnsafeRawBufferPointer(start: out, count: outLen), as: UTF8.self)
    }
}
