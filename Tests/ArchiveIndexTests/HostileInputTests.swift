import Foundation
import Testing
import ZIPFoundation
@testable import ArchiveIndex
#if canImport(Glibc)
import Glibc
#endif

/// Hostile files from tools/hostile/make_hostile.py (small scale), the cases of
/// docs/RELIABILITY.md.
enum Hostile {
    static func make(_ cases: [String], in folder: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Repo.root.appendingPathComponent("tools/hostile/make_hostile.py").path,
                       folder.path, "--scale", "small", "--only"] + cases
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw KBError.environment("make_hostile.py \(cases) failed") }
    }
}

@Suite struct HostileInputTests {
    let card = "维修单\n客户名称：某市第一人民医院检验科\n出厂编号：DA7600-2019-0457\n故障现象：比色杯污染\n"

    @Test func aLongWordNeverBlocksTheIndex() throws {
        let dir = try TempDir()
        let folder = dir.url.appendingPathComponent("in")
        try Hostile.make(["long-words"], in: folder)
        _ = try dir.file("in/card.txt", card)
        let a = try TestArchive(dir, paths: [folder])
        #expect(a.report.failed.isEmpty && a.report.notIndexed.isEmpty)
        #expect(try a.store.statistics().pendingIndex == 0)
        #expect(try a.sources("长词测试医院").first == "long-words.md")
        #expect(try a.sources("LONGWORD0001") == ["long-words.md"])
        // The index still takes new documents.
        let later = try dir.file("later.txt", "维修单\n客户名称：后来医院\n故障现象：加热膜损坏\n")
        let r = try Ingestor(store: a.store).ingest([later.path])
        #expect(r.added == 1 && r.notIndexed.isEmpty)
        #expect(try a.sources("后来医院").first == "later.txt")
    }

    @Test func aDocumentTheIndexRefusesIsSetAsideAndTheOthersAreWritten() throws {
        let dir = try TempDir()
        _ = try dir.file("in/a.txt", card)
        _ = try dir.file("in/b.txt", "维修单\n客户名称：乙医院\n故障现象：碳刷磨损\n")
        let a = try TestArchive(dir, paths: [dir.url.appendingPathComponent("in")])
        let docs = try a.store.documents(try a.store.allDocumentIDs())
        #expect(docs.map(\.source) == ["a.txt", "b.txt"])
        // The second gets a term Xapian refuses (over 245 bytes). Xapian then drops every
        // change since the last commit, the first document's too: it must be written again.
        var built = DocumentIndexer.build(docs, with: try DocumentIndexer.indexers())
        let (x, lexicon, spelling) = try built[1].get()
        try x.addTerm(String(repeating: "z", count: 300))
        built[1] = .success((x, lexicon, spelling))
        let db = try XapianDatabase.openWritable(at: dir.url.appendingPathComponent("x").path)
        var words = Set<String>()
        let refused = try DocumentIndexer.write(docs, built, to: db, words: &words)
        try db.commit()
        #expect(Array(refused.keys) == [docs[1].id])
        #expect(refused[docs[1].id]?.contains("Term too long") == true)
        #expect(try db.documentCount() == 1)
        // The store sets it aside with its reason: no longer pending, listed by source.
        try a.store.markIndexed([docs[0].id], deleted: [], refused: refused)
        #expect(try a.store.statistics().pendingIndex == 0)
        #expect(try a.store.statistics().refusedByIndex == 1)
        #expect(try a.store.indexRefusals().map(\.source) == ["b.txt"])
        // A catch-up does not retry it; a rebuild does, and clears it once it is indexed.
        #expect(try IndexMaintenance.catchUp(a.store).indexed == 0)
        let rebuilt = try IndexMaintenance.rebuild(a.store)
        #expect(rebuilt.indexed == 2 && rebuilt.refused.isEmpty)
        #expect(try a.store.indexRefusals().isEmpty)
        #expect(try a.sources("碳刷") == ["b.txt"])
    }

    @Test func aZipBombIsStoppedWhileInflating() throws {
        let dir = try TempDir()
        let folder = dir.url.appendingPathComponent("in")
        try Hostile.make(["zip-bomb"], in: folder)
        _ = try dir.file("in/card.txt", card)
        let a = try TestArchive(dir, paths: [folder])
        let reason = a.report.failed.first { $0.path == "bomb.docx" }?.reason ?? ""
        #expect(reason.contains("inflates past 128 MB") && reason.contains("header says 1000 bytes"), "\(reason)")
        #expect(a.report.added == 1)
    }

    @Test func anXMLEntityIsNotExpandedAndTheTextAfterItIsKept() throws {
        let dir = try TempDir()
        let folder = dir.url.appendingPathComponent("in")
        try Hostile.make(["xxe"], in: folder)
        let a = try TestArchive(dir, paths: [folder])
        #expect(a.report.failed.isEmpty)
        let warning = a.report.warnings.first { $0.path == "xxe.docx" }?.reason ?? ""
        #expect(warning.contains("&xxe;") && warning.contains("never expands"), "\(warning)")
        let doc = try #require(try a.store.documents(try a.store.allDocumentIDs()).first)
        #expect(doc.originalText.contains("离心机不升速，之后的文字"))
        #expect(doc.originalText.contains("出厂编号：XXE20240001"))
        #expect(!doc.originalText.contains("root:"))
    }

    @Test func frontMatterAliasesCannotExpandWithoutBound() throws {
        // Seven levels of nine aliases each: 4.8 million values once expanded.
        var lines = ["---", "title: 别名炸弹", "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
        for (p, c) in zip("abcdef", "bcdefg") {
            lines.append("\(c): &\(c) [" + Array(repeating: "*\(p)", count: 9).joined(separator: ",") + "]")
        }
        lines += ["tags: *g", "---", "", "正文"]
        do {
            _ = try ArticleFile.parse(lines.joined(separator: "\n"), file: "bomb.md")
            Issue.record("an alias bomb was accepted")
        } catch let KBError.badInput(path, reason) {
            #expect(path == "bomb.md")
            #expect(reason.contains("over 10000 YAML values"), "\(reason)")
        }
        // Plain front matter still reads.
        let plain = try ArticleFile.parse("---\ntitle: 转速异常\ntags: [离心机, 转速]\n---\n正文\n", file: "ok.md")
        #expect(plain.content.tags == ["离心机", "转速"])
    }

    /// Reading four times the text takes about four times as long, not sixteen: a ratio
    /// within one run, as benchmarks measure, for two shapes that were quadratic (a list of
    /// thousands of serials; a file of one long line) and one of many prose fields.
    @Test func readingTextIsLinearInItsSize() throws {
        let shapes: [(String, (Int) -> String)] = [
            ("serial list", { n in (0..<n).map { "\($0) 出厂编号 DA7600-2019-\(String(format: "%05d", $0)) 转速很低；处理：更换碳刷" }.joined(separator: "\n") }),
            ("one line", { n in String(repeating: "离心机不升速 rotor imbalance E23 ", count: n * 2) }),
            ("prose fields", { n in (0..<n).map { "故障现象：第\($0)次转速很低\n  升速到约 6000 rpm 后停住" }.joined(separator: "\n") }),
        ]
        func seconds(_ text: String) throws -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try Extraction.extract(ReadPart(part: "", text: text), source: "notes.txt")
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        // Interleaved, the best of three each, so a busy machine slows both alike; quadratic
        // would be 16×, linear 4×, and the bound leaves room for noise between them.
        for (name, make) in shapes {
            let small = make(1_500), large = make(6_000)
            var t1 = Double.infinity, t4 = Double.infinity
            for _ in 0..<3 {
                t1 = min(t1, try seconds(small))
                t4 = min(t4, try seconds(large))
            }
            #expect(t4 / t1 < 11, "\(name): 4× the text took \(t4 / t1)× the time (\(t1) s → \(t4) s)")
        }
    }

    @Test func aTIFFWhosePagesLoopIsRefusedAtOnce() throws {
        let dir = try TempDir()
        try Hostile.make(["looping-tiff"], in: dir.url)
        let loop = dir.url.appendingPathComponent("loop.tif")
        #expect(throws: TIFFPages.Invalid.self) { try TIFFPages.count([UInt8](try Data(contentsOf: loop))) }
        #expect(try TIFFPages.count(try [UInt8](Data(contentsOf: SlipTests.tiff))) == 1)
        let store = try ArchiveStore.open(dir.store, create: true)
        do {
            _ = try SlipArchive(store: store).add(file: loop, metadata: SlipMetadata(), who: "tester")
            Issue.record("a looping TIFF was archived")
        } catch let KBError.badInput(_, reason) {
            #expect(reason.contains("page 2 points back to page 1"), "\(reason)")
        }
    }

    /// OCR runs within a time budget, on a private copy that is gone afterwards.
    @Test func ocrIsBoundedInTimeAndItsCopyIsPrivate() throws {
        let dir = try TempDir()
        let seen = dir.url.appendingPathComponent("seen")
        // A tesseract that notes the modes of its input and folder, then never finishes.
        let tool = try dir.file("slow-tesseract", "#!/bin/sh\nstat -c %a \"$(dirname \"$1\")\" \"$1\" > '\(seen.path)'\ndirname \"$1\" >> '\(seen.path)'\nexec sleep 60\n")
        chmod(tool.path, 0o755)
        let store = try ArchiveStore.open(dir.store, create: true)
        let archive = SlipArchive(store: store, tesseract: tool.path, ocrSeconds: 2)
        let start = Date()
        do {
            _ = try archive.add(file: SlipTests.png, metadata: SlipMetadata(), who: "tester")
            Issue.record("a slip whose OCR never ends was archived")
        } catch let KBError.badInput(_, reason) {
            #expect(reason.contains("took over 2 s"), "\(reason)")
        }
        #expect(Date().timeIntervalSince(start) < 30)
        let lines = try String(contentsOf: seen, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(2)) == ["700", "600"])
        let folder = try #require(lines.last)
        #expect(folder.contains("/kb-ocr-\(getpid())-"))
        #expect(!FileManager.default.fileExists(atPath: folder), "\(folder) left behind")
    }

    @Test func foldersLeftByAKilledKbAreSweptAway() throws {
        // A process that has exited: its pid names a stale folder.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        let base = FileManager.default.temporaryDirectory
        let stale = base.appendingPathComponent("kb-ocr-\(p.processIdentifier)-test\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temp = try PrivateTemp("ocr")
        defer { temp.remove() }
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func linksLeavingTheFolderAreNotFollowedAndFIFOsAreSkipped() throws {
        let dir = try TempDir()
        let outside = try dir.file("outside/secret.txt", "维修单\n客户名称：外面医院\n故障现象：不该读到\n")
        let folder = dir.url.appendingPathComponent("in")
        _ = try dir.file("in/card.txt", card)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("secret.txt").path, withDestinationPath: outside.path)
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("up").path, withDestinationPath: outside.deletingLastPathComponent().path)
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("card-link.txt").path, withDestinationPath: "card.txt")
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let a = try TestArchive(dir, paths: [folder])
        let skipped = Dictionary(uniqueKeysWithValues: a.report.skipped.map { ($0.path, $0.reason) })
        #expect(skipped["secret.txt"]?.contains("outside the folder being ingested") == true, "\(skipped)")
        #expect(skipped["up"]?.contains("outside the folder being ingested") == true, "\(skipped)")
        #expect(skipped["pipe.txt"] == "a FIFO (named pipe), not a file")
        #expect(try a.store.documents(try a.store.allDocumentIDs()).allSatisfy { !$0.originalText.contains("外面医院") })
        #expect(a.report.files == 2)  // card.txt, and the link to it inside the folder
        // A FIFO named on the command line is refused, not read (which would block).
        let direct = try Ingestor(store: a.store).ingest([folder.appendingPathComponent("pipe.txt").path])
        #expect(direct.failed.first?.reason.contains("FIFO") == true)
    }

    @Test func filesAreStoredInBoundedBatches() throws {
        let dir = try TempDir()
        for i in 0..<10 {
            _ = try dir.file("in/\(i).txt", "维修单\n客户名称：批次医院\n故障现象：第\(i)号\n" + String(repeating: "转速很低。", count: 700))
        }
        var options = IngestOptions()
        options.batchBytes = 25_000  // a file decodes to about 21 KB of text and folded text
        let store = try ArchiveStore.open(dir.store, create: true)
        var atBatchStart: [(done: Int, stored: Int)] = []
        let r = try Ingestor(store: store, options: options).ingest([dir.url.appendingPathComponent("in").path], progress: { done, _ in
            atBatchStart.append((done, (try? store.statistics().documents) ?? -1))
        })
        #expect(r.added == 10)
        // Stored in several batches as the text adds up, each reported once it is stored.
        #expect(Set(atBatchStart.map(\.done)).count >= 4, "\(atBatchStart)")
        #expect(atBatchStart.allSatisfy { $0.done == $0.stored }, "\(atBatchStart)")
    }

    /// A link put in a file's place after the folder was read is not followed, and a document
    /// stored from a file that has since become a link out of the folder is removed.
    @Test func aLinkSwappedInForAFileIsNotFollowed() throws {
        let dir = try TempDir()
        let outside = try dir.file("outside/secret.txt", "维修单\n客户名称：外面医院\n")
        let folder = dir.url.appendingPathComponent("in")
        let file = try dir.file("in/a.txt", card)
        let root = try #require(FolderWalk.realPath(folder.path))
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: outside.path)
        #expect(throws: FolderWalk.ReadError.self) {
            try FolderWalk.readRegularFile(root + "/a.txt", maxBytes: 1 << 20, inside: root, viaLink: false)
        }
        #expect(throws: FolderWalk.ReadError.self) {
            try FolderWalk.readRegularFile(root + "/a.txt", maxBytes: 1 << 20, inside: root, viaLink: true)
        }
        // Stored as a file first; once it is a link out of the folder, its document goes.
        try FileManager.default.removeItem(at: file)
        _ = try dir.file("in/a.txt", card)
        let a = try TestArchive(dir, paths: [folder])
        #expect(a.report.added == 1)
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: outside.path)
        let again = try Ingestor(store: a.store).ingest([folder.path])
        #expect(again.removed == 1)
        #expect(try a.store.statistics().documents == 0)
    }

    @Test func manyEntityNamesAreCutOutInOnePass() throws {
        let names = (0..<20_000).map { "&e\($0);" }.joined()
        var xml = Data("<?xml version=\"1.0\"?><!-- \(String(repeating: " ", count: 6000)) -->\n<!DOCTYPE w:document [<!ENTITY e0 \"x\">]>\n<w:document><w:body><w:p><w:r><w:t>前\(names)后</w:t></w:r></w:p></w:body></w:document>".utf8)
        let removed = XMLEntities.strip(&xml)
        #expect(removed.count == 10)
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains("<w:t>前后</w:t>") && !text.contains("DOCTYPE"))
    }

    /// Small Word files that hold much text fill a batch by their text, not their size.
    @Test func aBatchIsBoundedByTheTextFilesDecodeTo() throws {
        let dir = try TempDir()
        let body = String(repeating: "<w:p><w:r><w:t>故障现象：转速很低，升速到约 6000 rpm 后停住。</w:t></w:r></w:p>", count: 1500)
        let xml = Data("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>".utf8)
        for i in 0..<16 {
            let url = dir.url.appendingPathComponent("in/\(i).docx")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let archive = try Archive(url: url, accessMode: .create)
            let doc = xml + Data("<!-- \(i) -->".utf8)
            try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(doc.count), compressionMethod: .deflate) { position, size in
                doc.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let sizes = try (0..<16).map { try FileManager.default.attributesOfItem(atPath: dir.url.appendingPathComponent("in/\($0).docx").path)[.size] as! Int }
        var options = IngestOptions()
        options.batchBytes = 150_000  // more than all sixteen files on disk, less than two files' text
        #expect(sizes.reduce(0, +) < options.batchBytes)
        let store = try ArchiveStore.open(dir.store, create: true)
        var reported: [Int] = []
        let r = try Ingestor(store: store, options: options).ingest([dir.url.appendingPathComponent("in").path], progress: { done, _ in
            reported.append(done)
        })
        #expect(r.added == 16)
        #expect(Set(reported).count >= 3, "\(reported)")  // 0, then after each group of files read together
    }
}
