import Crypto
import Foundation

enum Hashing {
    static func sha256Hex<D: DataProtocol>(_ data: D) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// SHA-256 of data that comes in chunks (a file copied or read a megabyte at a time).
    struct SHA256Stream {
        private var hasher = SHA256()
        mutating func update(_ data: Data) { hasher.update(data: data) }
        func finish() -> String { hasher.finalize().map { String(format: "%02x", $0) }.joined() }
    }
}
