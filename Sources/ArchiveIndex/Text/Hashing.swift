import Crypto
import Foundation

enum Hashing {
    static func sha256Hex<D: DataProtocol>(_ data: D) -> String {
        hex(SHA256.hash(data: data))
    }

    /// SHA-256 of data that comes in chunks (a file copied or read a megabyte at a time).
    struct SHA256Stream {
        private var hasher = SHA256()
        mutating func update(_ data: Data) { hasher.update(data: data) }
        func finish() -> String { hex(hasher.finalize()) }
    }

    /// Lowercase hexadecimal, two digits a byte. (`String(format: "%02x")` per byte went
    /// through Foundation's formatter: a fifth of a re-ingest of unchanged files.)
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
