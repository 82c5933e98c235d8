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
}
