import Foundation
import Testing
import ZIPFoundation
@testable import ArchiveIndex

/// Files an admin uploads: a zip is expanded inside the store's uploads, and none of its names
/// leads out of it; a zip that expands past the limit is refused, leaving nothing behind.
@Suite struct UploadsTests {
    static func zip(_ entries: [(String, String)], at url: URL) throws -> Data {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try Data(contentsOf: url)
    }

    @Test func aZipIsExpandedInsideTheStoreAndItsNamesLeadNowhereElse() throws {
        let dir = try TempDir()
        let card = "维修记录\n客户：某市第一人民医院检验科\n故障现象：E23 报警\n处理：换灯\n"
        let bytes = try Self.zip([("服务记录/2024/维修记录_E23.txt", card), ("notes.md", "# 培训\nDA7600 日常维护\n"),
                                  ("../evil.txt", "x"), ("/etc/abs.txt", "x"), (".hidden/x.txt", "x")],
                                 at: dir.url.appendingPathComponent("in.zip"))
        let store = try ArchiveStore.open(dir.store, create: true)
        let paths = try Uploads.keep([(name: "../../旧档案.zip", bytes: bytes)], in: store.location.root)
        #expect(paths.count == 1 && paths[0].hasPrefix(store.location.root.path + "/uploads/"))
        let kept = try FileManager.default.subpathsOfDirectory(atPath: paths[0]).sorted()
        #expect(kept == ["notes.md", "服务记录", "服务记录/2024", "服务记录/2024/维修记录_E23.txt"], "\(kept)")
        #expect(!FileManager.default.fileExists(atPath: store.location.root.appendingPathComponent("uploads/evil.txt").path))
        let report = try Ingestor(store: store).ingest(paths)
        #expect(report.added == 2 && report.failed.isEmpty, "\(report.failed)")
        // The same zip again is the same folder: nothing new.
        #expect(try Uploads.keep([(name: "旧档案.zip", bytes: bytes)], in: store.location.root) == paths)
    }

    @Test func aZipThatExpandsPastTheLimitIsRefusedAndLeavesNothing() throws {
        let dir = try TempDir()
        let bytes = try Self.zip([("big.txt", String(repeating: "维修记录 E23 ", count: 5_000))], at: dir.url.appendingPathComponent("bomb.zip"))
        let store = try ArchiveStore.open(dir.store, create: true)
        #expect { try Uploads.keep([(name: "bomb.zip", bytes: bytes)], in: store.location.root, maxExpandedBytes: 10_000) } throws: {
            "\($0)".contains("expands to over")
        }
        let folders = try FileManager.default.contentsOfDirectory(atPath: store.location.root.appendingPathComponent("uploads").path)
        let left = try folders.flatMap { try FileManager.default.contentsOfDirectory(atPath: store.location.root.appendingPathComponent("uploads/\($0)").path) }
        #expect(left.isEmpty, "\(left)")
        // The limit holds for one request's zips together.
        let half = try Self.zip([("a.txt", String(repeating: "维修记录 ", count: 400))], at: dir.url.appendingPathComponent("half.zip"))
        let other = try Self.zip([("b.txt", String(repeating: "故障现象 ", count: 400))], at: dir.url.appendingPathComponent("other.zip"))
        #expect(throws: Never.self) { try Uploads.keep([(name: "half.zip", bytes: half)], in: dir.url.appendingPathComponent("alone"), maxExpandedBytes: 6_000) }
        #expect { try Uploads.keep([(name: "half.zip", bytes: half), (name: "other.zip", bytes: other)], in: store.location.root, maxExpandedBytes: 6_000) }
            throws: { "\($0)".contains("expands to over") }
        #expect { try Uploads.keep([(name: "many.zip", bytes: try Self.zip((1...5).map { ("f\($0).txt", "x") }, at: dir.url.appendingPathComponent("many.zip")))],
                                   in: store.location.root, maxEntries: 3) } throws: { "\($0)".contains("over 3 files") }
    }

    /// A zip whose entry's compressed stream is cut short (its directory says it is smaller than
    /// the stream needs): refused at once, naming the entry, where ZIPFoundation's own reader
    /// loops for ever on Linux.
    @Test func aZipWhoseCompressedStreamEndsEarlyIsRefusedAtOnce() throws {
        let dir = try TempDir()
        let text = (1...2_000).map { "第\($0)次 维修记录 E\($0 % 97) 更换灯泡 serial SN-\($0 * 7919)" }.joined(separator: "\n")
        let whole = [UInt8](try Self.zip([("log.txt", text)], at: dir.url.appendingPathComponent("whole.zip")))
        let cut = Self.shortened(whole)
        let store = try ArchiveStore.open(dir.store, create: true)
        let started = Date()
        #expect { try Uploads.keep([(name: "cut.zip", bytes: Data(cut))], in: store.location.root) } throws: {
            "\($0)".contains("log.txt") && "\($0)".contains("does not end where the entry does")
        }
        #expect(Date().timeIntervalSince(started) < 5)
        // The whole one is read, through the same reader.
        let zip = try ZipReader(whole)
        var read = Data()
        try zip.extract(try #require(zip.entry("log.txt")), limit: 1 << 20) { read.append($0) }
        #expect(String(decoding: read, as: UTF8.self) == text)
    }

    /// A zip made on a Chinese Windows names its files in GB18030 without saying so.
    @Test func aZipEntryNamedInGB18030IsReadAsChinese() throws {
        let dir = try TempDir()
        let utf8Name = "维修记录.txt"
        var bytes = [UInt8](try Self.zip([(utf8Name, "故障现象：E23")], at: dir.url.appendingPathComponent("gbk.zip")))
        let gbk: [UInt8] = [0xCE, 0xAC, 0xD0, 0xDE, 0xBC, 0xC7, 0xC2, 0xBC, 0x2E, 0x74, 0x78, 0x74, 0x20, 0x20, 0x20, 0x20]  // 维修记录.txt, padded with spaces to the UTF-8 name's 16 bytes
        #expect(gbk.count == utf8Name.utf8.count)
        // Both copies of the name (local header and directory), with the UTF-8 flag cleared.
        for at in Self.occurrences(of: Array(utf8Name.utf8), in: bytes) {
            bytes.replaceSubrange(at ..< at + gbk.count, with: gbk)
        }
        for at in Self.occurrences(of: [0x50, 0x4B, 0x01, 0x02], in: bytes) { bytes[at + 9] &= ~0x08 }
        for at in Self.occurrences(of: [0x50, 0x4B, 0x03, 0x04], in: bytes) { bytes[at + 7] &= ~0x08 }
        let zip = try ZipReader(bytes)
        #expect(zip.entries.map(\.path) == ["维修记录.txt    "])
    }

    static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard bytes.count >= needle.count else { return [] }
        return (0 ... bytes.count - needle.count).filter { Array(bytes[$0 ..< $0 + needle.count]) == needle }
    }

    /// The zip with its one entry's compressed data cut to half, and the directory moved up to
    /// follow it: a deflate stream that ends before its end.
    static func shortened(_ zip: [UInt8]) -> [UInt8] {
        func u32(_ at: Int) -> Int { Int(zip[at]) | Int(zip[at + 1]) << 8 | Int(zip[at + 2]) << 16 | Int(zip[at + 3]) << 24 }
        func put32(_ value: Int, _ at: Int, in bytes: inout [UInt8]) { for i in 0..<4 { bytes[at + i] = UInt8(value >> (8 * i) & 0xFF) } }
        let central = occurrences(of: [0x50, 0x4B, 0x01, 0x02], in: zip)[0]
        let dataStart = 30 + Int(zip[26]) + Int(zip[27]) << 8 + Int(zip[28]) + Int(zip[29]) << 8
        let compressed = u32(central + 20)
        let keep = compressed / 2
        var out = Array(zip[0 ..< dataStart + keep]) + Array(zip[(dataStart + compressed)...])
        let removed = compressed - keep
        let newCentral = central - removed
        put32(keep, 18, in: &out)
        put32(keep, newCentral + 20, in: &out)
        let end = occurrences(of: [0x50, 0x4B, 0x05, 0x06], in: out).last!
        put32(newCentral, end + 16, in: &out)
        return out
    }
}
