import Foundation
import Testing
@testable import ArchiveIndex

@Suite struct IngestTests {
    let card = "维修单\n客户名称：某市第一人民医院检验科\n出厂编号：DA7600-2019-0457\n故障现象：比色杯污染，吸光度漂移\n"

    @Test func reIngestingTheSameBytesChangesNothing() throws {
        let dir = try TempDir()
        let f = try dir.file("in/a.txt", card)
        let a = try TestArchive(dir, paths: [f.deletingLastPathComponent()])
        #expect((a.report.added, a.report.unchanged) == (1, 0))
        let again = try Ingestor(store: a.store).ingest([f.deletingLastPathComponent().path])
        #expect((again.added, again.updated, again.unchanged, again.failed.count) == (0, 0, 1, 0))
        // A copy of the same bytes under another name is the same document.
        let copy = try dir.file("in/copy-of-a.txt", card)
        let third = try Ingestor(store: a.store).ingest([copy.path])
        #expect((third.added, third.unchanged) == (0, 1))
        #expect(try a.store.statistics().documents == 1)
    }

    @Test func aChangedFileReplacesItsDocument() throws {
        let dir = try TempDir()
        let f = try dir.file("a.txt", card)
        let a = try TestArchive(dir, paths: [f])
        #expect(try a.search("比色杯").hits.count == 1)
        _ = try dir.file("a.txt", "维修单\n客户名称：柳溪县中医院检验科\n出厂编号：TL5M-1811-0209\n故障现象：碳刷磨损\n")
        let r = try Ingestor(store: a.store).ingest([f.path])
        #expect((r.added, r.updated, r.unchanged) == (0, 1, 0))
        #expect(try a.search("比色杯").hits.isEmpty)
        let hit = try #require(try a.search("碳刷").hits.first)
        #expect(hit.serials == ["TL5M18110209"])
        #expect(hit.customer == "柳溪县中医院检验科")
        let doc = try #require(try a.store.document(hit.id))
        #expect(doc.units.map(\.serial) == ["TL5M18110209"])  // links recomputed, old one gone
    }

    @Test func ledgerRowsAreUpdatedAddedAndRemovedOneByOne() throws {
        let dir = try TempDir()
        let header = "客户名称,产品型号,出厂编号,客户反映\n"
        let f = try dir.file("l.csv", header + "甲医院,DA7600,DA7600-2019-0457,E23 报警\n乙医院,TDL-5M,TL5M-1811-0209,碳刷磨损\n")
        let a = try TestArchive(dir, paths: [f])
        #expect(a.report.added == 2)
        _ = try dir.file("l.csv", header + "甲医院,DA7600,DA7600-2019-0457,E23 报警\n乙医院,TDL-5M,TL5M-1811-0209,转子裂纹\n丙医院,H1850R,H1850R-2020-3317,制冷差\n")
        let r = try Ingestor(store: a.store).ingest([f.path])
        #expect((r.added, r.updated, r.unchanged, r.removed) == (1, 1, 1, 0))
        _ = try dir.file("l.csv", header + "甲医院,DA7600,DA7600-2019-0457,E23 报警\n")
        let r2 = try Ingestor(store: a.store).ingest([f.path])
        #expect((r2.unchanged, r2.removed) == (1, 2))
        #expect(try a.search("制冷").hits.isEmpty)
        #expect(try a.store.statistics().documents == 1)
    }

    @Test func removingALedgerRowKeepsTheOtherRowsDocuments() throws {
        let dir = try TempDir()
        let header = "客户名称,出厂编号,客户反映\n"
        let rows = ["甲医院,DA7600-2019-0457,E23 报警", "乙医院,TL5M-1811-0209,碳刷磨损", "丙医院,H1850R-2020-3317,制冷差"]
        let f = try dir.file("l.csv", header + rows.joined(separator: "\n") + "\n")
        let a = try TestArchive(dir, paths: [f])
        let before = try #require(try a.search("制冷").hits.first)
        #expect(before.source == "l.csv#row=4")
        _ = try dir.file("l.csv", header + [rows[0], rows[2]].joined(separator: "\n") + "\n")
        let r = try Ingestor(store: a.store).ingest([f.path])
        #expect((r.added, r.updated, r.unchanged, r.removed) == (0, 0, 2, 1))
        let after = try #require(try a.search("制冷").hits.first)
        #expect(after.id == before.id && after.source == "l.csv#row=3")
        #expect(try a.search("碳刷").hits.isEmpty)
    }

    @Test func filesDeletedFromAFolderLeaveTheArchive() throws {
        let dir = try TempDir()
        let keep = try dir.file("in/keep.txt", card)
        let gone = try dir.file("in/sub/gone.txt", "维修单\n故障现象：风扇异响\n")
        let a = try TestArchive(dir, paths: [keep.deletingLastPathComponent()])
        #expect(try a.search("风扇").hits.count == 1)
        try FileManager.default.removeItem(at: gone)
        let r = try Ingestor(store: a.store).ingest([keep.deletingLastPathComponent().path])
        #expect((r.removed, r.unchanged) == (1, 1))
        #expect(try a.search("风扇").hits.isEmpty)
        #expect(try a.search("比色杯").hits.count == 1)
    }

    @Test func symlinkedFoldersAndFilesAreFollowedAndTheStoreIsNotIngested() throws {
        let dir = try TempDir()
        let real = try dir.file("real/a.txt", card)
        let link = dir.url.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real.deletingLastPathComponent())
        try FileManager.default.createSymbolicLink(at: dir.url.appendingPathComponent("real/broken.txt"),
                                                   withDestinationURL: dir.url.appendingPathComponent("nowhere.txt"))
        let a = try TestArchive(dir, paths: [link])
        #expect(a.report.added == 1)
        #expect(a.report.skipped.map(\.reason) == ["broken link"])
        // Ingesting the folder that holds the store does not read the store.
        let r = try Ingestor(store: a.store).ingest([dir.url.path])
        #expect(r.skipped.allSatisfy { !$0.path.hasPrefix("store/") })
    }

    @Test func serialsInProseAndWithoutColonsAreLinked() throws {
        let dir = try TempDir()
        let f = try dir.file("c.txt", "客户档案\n在用设备：\n  1. 生化分析仪 DA7600，出厂编号 DA7600-2019-0457，2019.12 装机\n  2. TDL-5M, S/N TL5M 1706 0031\nsnapshot 2024\n")
        let a = try TestArchive(dir, paths: [f])
        let doc = try #require(try a.store.documents(try a.store.allDocumentIDs()).first)
        #expect(doc.units.map(\.serial).sorted() == ["DA760020190457", "TL5M17060031"])
        #expect(doc.units.allSatisfy { $0.how.hasPrefix("pattern ") })
    }

    /// A customer card's list, each serial with the year it was installed after it (`SN：…　2022年装机`):
    /// the year is no part of the serial, which a repair card writes without it.
    @Test func aYearAfterASerialIsNoPartOfIt() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "简卡.txt": "客户资料卡\n客户简称：中国医大一院 病理室\n设备：\n  1. 染色封片一体机　StainMate Duo　SN：28-SC22B-7741　2022年装机\n  2. 纯水系统　SN：WQ1805Y0344 2018年5月装机\n",
        ])
        let doc = try #require(try archive.store.documents(try archive.store.allDocumentIDs()).first)
        #expect(doc.fields.filter { $0.name == .serial }.compactMap(\.canonical).sorted() == ["28SC22B7741", "WQ1805Y0344"])
    }

    @Test func badInputIsReportedAndTheRestGoesOn() throws {
        let dir = try TempDir()
        let good = try dir.file("in/good.txt", card)
        let a = try TestArchive(dir, paths: [good])
        let before = try a.search("比色杯").hits.map(\.id)
        _ = try dir.file("in/empty.txt", "")
        _ = try dir.file("in/binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]))
        _ = try dir.file("in/fake.docx", "plain text, not a zip")
        _ = try dir.file("in/broken.pdf", "%PDF-1.7\n1 0 obj <<")
        _ = try dir.file("in/undecodable.txt", Data([0x61, 0x62, 0xFF, 0xFF, 0x80, 0x80, 0xFF]))
        _ = try dir.file("in/big.txt", String(repeating: "大文件 ", count: 200_000))
        _ = try dir.file("in/second.txt", "服务报告单\n客户：柳溪县中医院\n故障现象：转子裂纹\n")
        _ = try dir.file("in/picture.jpg", Data([0xFF, 0xD8, 0xFF]))
        var options = IngestOptions()
        options.maxBytes = 1_000_000
        let r = try Ingestor(store: a.store, options: options).ingest([dir.url.appendingPathComponent("in").path])
        let failed = Dictionary(uniqueKeysWithValues: r.failed.map { ($0.path, $0.reason) })
        #expect(Set(failed.keys) == ["empty.txt", "binary.txt", "fake.docx", "broken.pdf", "undecodable.txt", "big.txt"])
        #expect(failed["empty.txt"]?.contains("empty") == true)
        #expect(failed["binary.txt"]?.contains("binary") == true)
        #expect(failed["fake.docx"]?.contains("zip") == true)
        #expect(failed["broken.pdf"]?.contains("PDF") == true)
        #expect(failed["undecodable.txt"]?.contains("cannot decode") == true)
        #expect(failed["big.txt"]?.contains("too large") == true)
        #expect(r.skipped.map(\.path) == ["picture.jpg"])
        #expect((r.added, r.unchanged) == (1, 1))
        // Nothing stored was lost or altered.
        #expect(try a.search("比色杯").hits.map(\.id) == before)
        #expect(try a.search("转子裂纹").hits.count == 1)
    }

    @Test func aFileThatTurnsBadKeepsItsStoredDocument() throws {
        let dir = try TempDir()
        let f = try dir.file("a.txt", card)
        let a = try TestArchive(dir, paths: [f])
        _ = try dir.file("a.txt", Data([0x00, 0x01, 0x02]))
        let r = try Ingestor(store: a.store).ingest([f.path])
        #expect(r.failed.count == 1)
        #expect(try a.search("比色杯").hits.count == 1)
    }

    @Test func pendingIndexWorkIsCaughtUpAfterACrash() throws {
        // A document recorded in SQLite whose index write never happened is indexed on the next run.
        let dir = try TempDir()
        let store = try ArchiveStore.open(dir.store, create: true)
        let doc = try Extraction.extract(ReadPart(part: "", text: card), source: "a.txt")
        _ = try store.apply(path: "/x/a.txt", sha256: "00", size: 1, format: .text, encoding: "UTF-8", documents: [doc])
        #expect(try store.pendingIndexWork().index.count == 1)
        try IndexMaintenance.catchUp(store)
        #expect(try store.pendingIndexWork().index.isEmpty)
        var r = SearchRequest(text: "比色杯")
        r.limit = 5
        #expect(try Searcher(store: store).search(r).hits.count == 1)
    }
}
