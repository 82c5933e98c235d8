import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A zip held in memory, its entries found in the central directory and each inflated by
/// ZIPFoundation (`Data.decompress`) from the entry's own compressed bytes and no more, within a
/// limit counted while inflating.
///
/// Why not ZIPFoundation's `Archive`: on Linux it reads a deflate stream that ends early on past
/// the entry and the end of the file for ever (an empty read is no error to it; upstream
/// weichsel/ZIPFoundation#389, found here by fuzzing: Tests/Fuzz/docx/timeout-4785…), and its
/// in-memory archive traps on a damaged zip. Here a stream that asks for more than its entry
/// holds is an error at once, and nothing is copied to disk to be read.
public struct ZipReader {
    public struct Entry: Sendable {
        public let path: String
        public let isDirectory: Bool
        public let isSymbolicLink: Bool
        public let isEncrypted: Bool
        /// What the zip says it inflates to: the sender's word, never a limit.
        public let declaredSize: Int
        fileprivate let method: UInt16
        fileprivate let crc32: UInt32
        fileprivate let compressedSize: Int
        fileprivate let localHeader: Int
    }

    public enum Failure: Error, CustomStringConvertible {
        case notAZip(String)
        /// The entry inflates past the limit given (a zip bomb, or no ordinary file).
        case tooLarge(limit: Int)
        case damaged(String)

        public var description: String {
            switch self {
            case .notAZip(let why): "not a valid zip archive (\(why))"
            case .tooLarge(let limit): "inflates past \(limit >> 20) MB"
            case .damaged(let why): why
            }
        }
    }

    public let entries: [Entry]
    private let bytes: [UInt8]
    /// Each path's first entry.
    private let byPath: [String: Int]

    public init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        entries = try Self.centralDirectory(bytes)
        var byPath: [String: Int] = [:]
        for (i, e) in entries.enumerated() where byPath[e.path] == nil { byPath[e.path] = i }
        self.byPath = byPath
    }

    public func entry(_ path: String) -> Entry? { byPath[path].map { entries[$0] } }

    /// The entry's bytes, handed to `consumer` as they inflate; past `limit` bytes in all,
    /// `Failure.tooLarge`.
    public func extract(_ entry: Entry, limit: Int, to consumer: (Data) throws -> Void) throws {
        guard !entry.isEncrypted else { throw Failure.damaged("\(entry.path) is encrypted") }
        let start = try dataStart(entry)
        guard entry.compressedSize >= 0, entry.compressedSize <= bytes.count - start else {
            throw Failure.damaged("\(entry.path) runs past the end of the zip")
        }
        let compressed = bytes[start ..< start + entry.compressedSize]
        var inflated = 0
        var crc: CRC32 = 0
        func take(_ chunk: Data) throws {
            inflated += chunk.count
            guard inflated <= limit else { throw Failure.tooLarge(limit: limit) }
            crc = chunk.crc32(checksum: crc)
            try consumer(chunk)
        }
        switch entry.method {
        case 0:
            for from in stride(from: compressed.startIndex, to: compressed.endIndex, by: 64 << 10) {
                try take(Data(compressed[from ..< min(from + (64 << 10), compressed.endIndex)]))
            }
        case 8 where entry.compressedSize == 0 && entry.crc32 == 0:
            break  // an empty file, as some writers store it
        case 8:
            _ = try Data.decompress(size: Int64(entry.compressedSize), bufferSize: 64 << 10, skipCRC32: true,
                                    provider: { position, size in
                guard position < Int64(compressed.count) else {
                    throw Failure.damaged("\(entry.path): its compressed stream does not end where the entry does")
                }
                // Always `size` bytes, zeros past the entry: ZIPFoundation tells zlib the chunk is
                // that long whatever its length.
                let from = compressed.startIndex + Int(position)
                var chunk = Data(compressed[from ..< min(from + size, compressed.endIndex)])
                if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                return chunk
            }, consumer: take)
        default:
            throw Failure.damaged("\(entry.path) uses compression method \(entry.method), which kb does not read")
        }
        guard crc == entry.crc32 else { throw Failure.damaged("\(entry.path) fails its CRC-32 check") }
    }

    // MARK: - The zip's structure (APPNOTE.TXT 4.3)

    private func dataStart(_ entry: Entry) throws(Failure) -> Int {
        let at = entry.localHeader
        guard at >= 0, at <= bytes.count - 30, Self.u32(bytes, at) == 0x0403_4B50 else {
            throw .damaged("\(entry.path) has no local header where the directory says")
        }
        return at + 30 + Int(Self.u16(bytes, at + 26)) + Int(Self.u16(bytes, at + 28))
    }

    private static func centralDirectory(_ bytes: [UInt8]) throws(Failure) -> [Entry] {
        guard bytes.count >= 22 else { throw .notAZip("too short") }
        // The end record, searched backwards past a comment of up to 64 KB.
        guard let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 0xFFFF), by: -1)
            .first(where: { u32(bytes, $0) == 0x0605_4B50 }) else { throw .notAZip("no end of central directory") }
        var count = Int(u16(bytes, end + 10))
        var offset = Int(u32(bytes, end + 16))
        if count == 0xFFFF || offset == 0xFFFF_FFFF, end >= 20, u32(bytes, end - 20) == 0x0706_4B50 {
            let record = u64(bytes, end - 12)
            guard record >= 0, record <= bytes.count - 56, u32(bytes, record) == 0x0606_4B50 else { throw .notAZip("damaged ZIP64 end record") }
            count = u64(bytes, record + 32)
            offset = u64(bytes, record + 48)
        }
        guard count >= 0, count <= bytes.count / 46 else { throw .notAZip("its directory claims \(count) entries") }
        var entries: [Entry] = []
        var at = offset
        for _ in 0 ..< count {
            guard at >= 0, at <= bytes.count - 46, u32(bytes, at) == 0x0201_4B50 else { throw .notAZip("damaged central directory") }
            let nameLength = Int(u16(bytes, at + 28)), extraLength = Int(u16(bytes, at + 30)), commentLength = Int(u16(bytes, at + 32))
            guard at + 46 + nameLength + extraLength <= bytes.count else { throw .notAZip("damaged central directory") }
            let flags = u16(bytes, at + 8)
            var compressedSize = Int(u32(bytes, at + 20))
            var declaredSize = Int(u32(bytes, at + 24))
            var localHeader = Int(u32(bytes, at + 42))
            // ZIP64 sizes and offset, in the extra field, each there only when its field is full.
            var extra = at + 46 + nameLength
            while extra + 4 <= at + 46 + nameLength + extraLength {
                let id = u16(bytes, extra), size = Int(u16(bytes, extra + 2))
                if id == 1 {
                    var field = extra + 4
                    let fieldsEnd = min(extra + 4 + size, at + 46 + nameLength + extraLength)
                    func next() -> Int {
                        guard field + 8 <= fieldsEnd else { return -1 }
                        defer { field += 8 }
                        return u64(bytes, field)
                    }
                    if declaredSize == 0xFFFF_FFFF { declaredSize = next() }
                    if compressedSize == 0xFFFF_FFFF { compressedSize = next() }
                    if localHeader == 0xFFFF_FFFF { localHeader = next() }
                }
                extra += 4 + size
            }
            let name = Array(bytes[at + 46 ..< at + 46 + nameLength])
            let path = Self.name(name, utf8: flags & 0x800 != 0)
            let system = u16(bytes, at + 4) >> 8
            let mode = u32(bytes, at + 38) >> 16 & 0o170000
            entries.append(Entry(path: path,
                                 isDirectory: path.hasSuffix("/") || (system == 3 && mode == 0o040000)
                                    || (system == 0 && u32(bytes, at + 38) & 0x10 != 0),
                                 isSymbolicLink: system == 3 && mode == 0o120000,
                                 isEncrypted: flags & 1 != 0, declaredSize: declaredSize,
                                 method: u16(bytes, at + 10), crc32: u32(bytes, at + 16),
                                 compressedSize: compressedSize, localHeader: localHeader))
            at += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// A name as UTF-8 when flagged or valid, else as the legacy encoding a Chinese Windows wrote
    /// it in (GB18030 or Big5), else byte for byte.
    private static func name(_ bytes: [UInt8], utf8: Bool) -> String {
        if let name = String(validating: bytes, as: UTF8.self) { return name }
        if !utf8, let decoded = try? TextDecoding.decode(bytes) { return decoded.text }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func u16(_ b: [UInt8], _ at: Int) -> UInt16 { UInt16(b[at]) | UInt16(b[at + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ at: Int) -> UInt32 { UInt32(u16(b, at)) | UInt32(u16(b, at + 2)) << 16 }
    /// A 64-bit field as an Int; one past Int.max (no real zip) reads as -1, refused by the callers.
    private static func u64(_ b: [UInt8], _ at: Int) -> Int {
        let value = UInt64(u32(b, at)) | UInt64(u32(b, at + 4)) << 32
        return value > UInt64(Int.max) ? -1 : Int(value)
    }
}

/// The zip of an Office file, each entry inflated no further than a limit a zip bomb cannot pass,
/// and all of them together no further than another.
final class OfficeZip {
    /// The most one entry may inflate to, counted while inflating: the zip's size fields are
    /// the sender's word, and a bomb's say 1000 bytes.
    static let maxEntryBytes = 128 << 20
    /// The most one file's entries may inflate to in all (a workbook can name one sheet a
    /// hundred thousand times).
    static let maxTotalBytes = 256 << 20
    private var spent = 0

    private let zip: ZipReader
    let what: String

    init(_ bytes: [UInt8], what: String) throws(TextDecoding.Failure) {
        self.what = what
        do {
            zip = try ZipReader(bytes)
        } catch {
            throw TextDecoding.Failure(description: "not a \(what) file (\(error))")
        }
    }

    /// Parses one XML part with a delegate: from a stream, not from data (XMLParser hands data to
    /// libxml2 in one chunk, which refuses a chunk over 10 MB however well-formed), and
    /// without external entities.
    static func parse(_ xml: Data, with delegate: XMLParserDelegate, part: String, format: String) throws(TextDecoding.Failure) {
        let parser = XMLParser(stream: InputStream(data: xml))
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown XML error"
            throw TextDecoding.Failure(description: "corrupt \(format): \(part) is not well-formed (line \(parser.lineNumber): \(reason))")
        }
    }

    /// The entry's bytes, or nil when the zip has no such entry.
    func entry(_ path: String) throws(TextDecoding.Failure) -> Data? {
        guard let entry = zip.entry(path) else { return nil }
        var data = Data()
        let limit = min(Self.maxEntryBytes, Self.maxTotalBytes - spent)
        do {
            try zip.extract(entry, limit: limit) { data.append($0) }
            spent += data.count
            return data
        } catch ZipReader.Failure.tooLarge where limit < Self.maxEntryBytes {
            throw TextDecoding.Failure(description: "its parts inflate past \(Self.maxTotalBytes >> 20) MB in all: a zip bomb, or no ordinary \(what) file; not read")
        } catch ZipReader.Failure.tooLarge {
            throw TextDecoding.Failure(description: "\(path) inflates past \(Self.maxEntryBytes >> 20) MB (its header says \(entry.declaredSize) bytes): a zip bomb, or no ordinary \(what) file; not read")
        } catch {
            throw TextDecoding.Failure(description: "corrupt \(what) file: cannot extract \(path) (\(error))")
        }
    }
}
