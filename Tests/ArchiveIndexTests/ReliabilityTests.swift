import Foundation
import GRDB
import Testing
@testable import ArchiveIndex

/// Interrupted commands, `kb check`, backups, the store's privacy and the write lock.
@Suite struct ReliabilityTests {
    /// The bundled corpus's customer files, equipment files and repair cards: enough for
    /// customers, units, links and Chinese words.
    static func corpusFolder() -> URL { Repo.corpus }

    static func problems(_ report: StoreCheck.Report, _ part: String) -> [String] {
        report.parts.first { $0.name == part }?.problems ?? ["no part \(part)"]
    }

    static func counts(_ store: ArchiveStore) throws -> (customers: Int, units: Int, links: Int, lexicon: Int) {
        try store.db.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM customer")!, try Int.fetchOne(db, sql: "SELECT count(*) FROM unit")!,
             try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM documentCustomer) + (SELECT count(*) FROM documentUnit)")!,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM lexiconWord")!)
        }
    }

    /// An ingest killed after its files were stored, before linking and indexing: the next
    /// ingest finds every file unchanged, and must still make the links, the index and the
    /// lexicon (it used to say "0 added, N unchanged" and leave 0 customers and 0 units).
    @Test func anIngestCutAfterStoringIsCompletedByTheNext() throws {
        let clean = try TempDir("clean")
        let reference = try TestArchive(clean, paths: [Self.corpusFolder()])
        let expected = try Self.counts(reference.store)
        #expect(expected.customers > 5 && expected.units > 5)

        let dir = try TempDir()
        let store = try ArchiveStore.open(dir.store, create: true)
        let ingestor = Ingestor(store: store)
        // What an ingest does before it links: read and store every file (the kill comes next).
        let entries = FolderWalk.entries(under: Self.corpusFolder().path).filter { $0.problem == nil && FileFormat(path: $0.path) != nil }
        let prepared = try entries.compactMap { entry -> ArchiveStore.PreparedFile? in
            if case .file(let f) = try ingestor.prepare(entry) { return f } else { return nil }
        }
        _ = try store.apply(prepared)
        #expect(try Self.counts(store).units == 0)
        #expect(try store.pendingWork().toLink == reference.report.added)
        let cut = try StoreCheck.run(store)
        #expect(!cut.ok && Self.problems(cut, "pending").count == 1)

        let again = try Ingestor(store: store).ingest([Self.corpusFolder().path])
        #expect(again.added == 0 && again.unchanged == reference.report.added)
        #expect(try store.pendingWork().isEmpty)
        let after = try Self.counts(store)
        #expect(after.customers == expected.customers && after.units == expected.units && after.links == expected.links)
        #expect(after.lexicon == expected.lexicon)
        let check = try StoreCheck.run(store)
        #expect(check.ok, "\(check.parts.filter { !$0.ok })")
        #expect(try Searcher(store: store).search(SearchRequest(text: "lxj")).hits.count
                == (try Searcher(store: reference.store).search(SearchRequest(text: "lxj")).hits.count))
    }

    /// A new customer file marks the documents it may concern for linking in the transaction
    /// that stores it; a command cut before the relink leaves that pending, not lost.
    @Test func aNewCustomerFilePendsItsReach() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, paths: [Self.corpusFolder()])
        #expect(try a.store.pendingWork().isEmpty)
        try a.storeUnlinked([try dir.file("in/客户档案-新.txt", "客户档案\n客户名称：某市第一人民医院检验科\n别名：一院检验科\n")])
        #expect(try a.store.pendingWork().customerFiles == 1)
        // A store reopened (the command that stored it cut off) still has it to do.
        #expect(try ArchiveStore.open(dir.store, create: false).pendingWork().customerFiles == 1)
        try a.store.completePendingWork()
        #expect(try a.store.pendingWork().isEmpty)
        #expect(try StoreCheck.run(a.store).ok)
    }

    /// A rebuild or compaction killed between moving the old index aside and moving the new
    /// one in left no index at all, and nothing pending: every search found nothing.
    @Test func anIndexSwapCutInTwoIsPutBack() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, paths: [Self.corpusFolder()])
        let before = try a.search("离心机").hits.map(\.id)
        let old = dir.store.root.appendingPathComponent("xapian.old")
        let inode = { (path: String) -> Int in (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int) ?? -1 }
        let before_ = inode(dir.store.xapian.path)
        try FileManager.default.moveItem(at: dir.store.xapian, to: old)
        try a.store.completePendingWork()
        // The old index itself is back (not a new one built in its place), and nothing is left beside it.
        #expect(inode(dir.store.xapian.path) == before_)
        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(try a.search("离心机").hits.map(\.id) == before)
        #expect(try StoreCheck.run(a.store).ok)
    }

    /// An index deleted (or lost) is built again whole by the next command that writes.
    @Test func aMissingIndexIsBuiltAgain() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, paths: [Self.corpusFolder()])
        try FileManager.default.removeItem(at: dir.store.xapian)
        let check = try StoreCheck.run(a.store)
        #expect(Self.problems(check, "index").first?.contains("missing") == true)
        #expect(check.parts.first { $0.name == "index" }?.repair == "kb reindex")
        try a.store.completePendingWork()
        #expect(try a.search("离心机").hits.count > 3)
        #expect(try StoreCheck.run(a.store).ok)
    }

    /// `kb check` names what is wrong in each part, and each repair mends it.
    @Test func theCheckFindsWhatIsWrongAndTheRepairMendsIt() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, paths: [Self.corpusFolder()])
        #expect(try StoreCheck.run(a.store).ok)
        // A document changed in SQLite behind the index's back, a document gone from the index,
        // the lexicon emptied, a unit link lost.
        let ids = try a.store.allDocumentIDs().map(\.rawValue)
        let linked = try a.store.db.read { db in try Int64.fetchOne(db, sql: "SELECT docId FROM documentUnit ORDER BY docId LIMIT 1")! }
        try a.store.db.write { db in
            try db.execute(sql: "UPDATE document SET revision = revision + 1 WHERE id = ?", arguments: [ids[0]])
            try db.execute(sql: "DELETE FROM lexiconWord WHERE word IN (SELECT word FROM lexiconWord ORDER BY word LIMIT 50)")
            try db.execute(sql: "DELETE FROM documentUnit WHERE docId = ?", arguments: [linked])
        }
        let x = try XapianDatabase.openWritable(at: dir.store.xapian.path)
        try x.delete(uniqueTerm: DocumentID(ids[1]).uniqueTerm)
        try x.commit()
        let report = try StoreCheck.run(a.store)
        #expect(!report.ok)
        let index = Self.problems(report, "index").joined(separator: "\n")
        #expect(index.contains("1 document marked indexed is not in the index (#\(ids[1]))"), "\(index)")
        #expect(index.contains("1 document is in the index in an older version (#\(ids[0]))"), "\(index)")
        #expect(Self.problems(report, "lexicon").first?.contains("are not in the pinyin lexicon") == true)
        #expect(Self.problems(report, "links").first?.contains("#\(linked)") == true)
        #expect(report.parts.filter { !$0.ok }.allSatisfy { $0.repair == "kb reindex" })
        try IndexMaintenance.rebuild(a.store)
        let repaired = try StoreCheck.run(a.store)
        #expect(repaired.ok, "\(repaired.parts.filter { !$0.ok })")
    }

    @Test func theCheckFindsAnAlteredOriginalAndAnEditedAuditEntry() throws {
        let dir = try TempDir()
        let store = try ArchiveStore.open(dir.store, create: true)
        let slips = SlipArchive(store: store)
        guard case .added(let slip) = try slips.add(file: SlipTests.pdf, metadata: SlipMetadata(), who: "tester") else {
            Issue.record("not added"); return
        }
        #expect(try StoreCheck.run(store).ok)
        let blob = slips.blobURL(slip.sha256)
        chmod(blob.path, 0o644)
        try Data("forged".utf8).write(to: blob)
        try store.db.write { db in
            try db.execute(sql: "DROP TRIGGER audit_append_only_update; UPDATE audit SET who = 'someone else' WHERE seq = 1")
        }
        let report = try StoreCheck.run(store)
        #expect(Self.problems(report, "slips") == ["slip \(slip.number) v1: original altered (SHA-256 differs)"])
        #expect(Self.problems(report, "audit").contains("entry 1 was altered after it was written"))
    }

    /// A backup taken while a reader holds the store open is itself a store: it opens, passes
    /// the check, answers the same searches; `verify` sees any file or record changed after.
    @Test func aBackupIsAWholeStoreAndItsVerifySeesChanges() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, paths: [Self.corpusFolder()])
        let searcher = try Searcher(store: a.store)
        _ = try searcher.search(SearchRequest(text: "离心机"))
        let dest = dir.url.appendingPathComponent("backups/one")
        let manifest = try StoreBackup.make(a.store, to: dest)
        #expect(manifest.documents == (try a.store.statistics().documents))
        #expect(!FileManager.default.fileExists(atPath: dest.path + ".incomplete"))
        #expect(try FileManager.default.attributesOfItem(atPath: dest.path)[.posixPermissions] as? Int == 0o700)
        let copy = try ArchiveStore.open(StoreLocation(root: dest), create: false)
        #expect(try Searcher(store: copy).search(SearchRequest(text: "离心机")).hits.map(\.id)
                == (try a.search("离心机").hits.map(\.id)))
        var verified = try StoreBackup.verify(dest)
        #expect(verified.problems.isEmpty && verified.check.ok, "\(verified.problems) \(verified.check.parts.filter { !$0.ok })")
        // Opening and searching the backup is no change; a changed record or index file is.
        try copy.db.write { db in try db.execute(sql: "UPDATE document SET title = 'forged' WHERE id = 1") }
        let segment = try #require(manifest.files.keys.sorted().first { $0.hasPrefix("xapian/") && $0.hasSuffix(".glass") })
        let handle = try FileHandle(forWritingTo: dest.appendingPathComponent(segment))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0]))
        try handle.close()
        verified = try StoreBackup.verify(dest)
        #expect(verified.problems.contains("kb.sqlite: its records changed since the backup was made"), "\(verified.problems)")
        #expect(verified.problems.contains("\(segment): changed since the backup was made (SHA-256 differs)"), "\(verified.problems)")
        // Never into a folder with something in it, nor inside the store.
        #expect(throws: KBError.self) { try StoreBackup.make(a.store, to: dest) }
        #expect(throws: KBError.self) { try StoreBackup.make(a.store, to: dir.store.root.appendingPathComponent("inside")) }
    }

    @Test func aNewStoreIsItsOwnersAloneAndAnOpenOneIsSaidSo() throws {
        let dir = try TempDir()
        let store = try ArchiveStore.open(dir.store, create: true)
        let mode = { (path: String) in (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1 }
        #expect(try mode(dir.store.root.path) == 0o700)
        #expect(try mode(dir.store.sqlite.path) == 0o600)
        #expect(store.warnings.isEmpty)
        chmod(dir.store.root.path, 0o755)
        let reopened = try ArchiveStore.open(dir.store, create: false)
        #expect(reopened.warnings.count == 1 && reopened.warnings[0].contains("chmod -R go-rwx"), "\(reopened.warnings)")
        #expect(Self.problems(try StoreCheck.run(reopened), "privacy").count == 1)
    }

    /// Xapian aborts the process when a write fails half-way through a commit; so a commit or a
    /// compaction with less room than it needs is refused before it starts, as a full disk.
    @Test func anIndexCommitWithoutRoomIsRefusedAsAFullDiskBeforeXapianCanAbort() throws {
        let dir = try TempDir()
        let path = dir.url.appendingPathComponent("xapian").path
        let db = try XapianDatabase.openWritable(at: path)
        let free = try #require(DiskSpace.available(at: path))
        #expect(free > 0)
        #expect(throws: XapianError.self) { try db.commit(reserve: free + (1 << 40)) }
        do {
            try db.commit(reserve: free + (1 << 40))
        } catch {
            let plain = KBError.plain(error, store: dir.store)
            guard case KBError.diskFull(let message) = plain else { Issue.record("not a full disk: \(plain)"); return }
            #expect(message.contains("is full") && message.contains("a commit of the search index needs"), "\(message)")
        }
        try db.commit()
        #expect(throws: XapianError.self) {
            try XapianDatabase.compact(from: path, to: dir.url.appendingPathComponent("copy").path, sourceBytes: free + (1 << 40))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("copy").path))
    }

    /// Without util-linux's prlimit the PDF and OCR tools would run with no memory cap: the check says so.
    @Test func theCheckSaysWhenTheToolsWouldRunWithoutAMemoryCap() {
        #expect(StoreCheck.tools().ok, "prlimit is installed by scripts/setup")
        let missing = StoreCheck.tools(prlimit: "/nonexistent/prlimit")
        #expect(missing.problems == ["/nonexistent/prlimit is missing: PDFs and scans are read with no memory cap"])
        #expect(missing.repair == "apt-get install util-linux")
    }

    /// An act and its audit line are two transactions: a kill between them used to leave an
    /// approval nobody was named for. The intent written before the act goes on the log.
    @Test func anActCutOffBeforeItsAuditLineIsStillAttributed() throws {
        let dir = try TempDir()
        let store = try ArchiveStore.open(dir.store, create: true)
        let service = ArchiveService(store: store)
        let trainer = Actor(name: "王芳", role: .trainer, via: "test"), reviewer = Actor(name: "李涛", role: .trainer, via: "test")
        let article = try service.createArticle(ArticleContent(title: "离心机转速不稳", body: "先查碳刷。"), by: trainer)
        _ = try service.transition(article.id, .submit, by: trainer)
        _ = try service.transition(article.id, .approve, by: reviewer)
        let slips = SlipArchive(store: store)
        #expect(try slips.auditEntries().map(\.action) == ["article new", "article submit", "article approve"])
        #expect(try store.pendingWork().actsCutOff == 0)
        // The process dies after the act's transaction, before its line: the intent stays.
        _ = try slips.intend(who: "李涛", action: "article retire", detail: "#\(article.id) reason: wrong")
        #expect(try store.pendingWork().actsCutOff == 1)
        #expect(Self.problems(try StoreCheck.run(store), "pending").first?.contains("1 act cut off") == true)
        try store.completePendingWork()
        let last = try #require(try slips.auditEntries().last)
        #expect(last.who == "李涛" && last.action == "article retire" && last.result.hasPrefix("cut off"))
        #expect(try slips.verifyAudit().isEmpty)
        #expect(try store.pendingWork().isEmpty)
        // A refusal leaves nothing; the author may not approve their own article.
        let second = try service.createArticle(ArticleContent(title: "加热膜更换", body: "断电后更换。"), by: trainer)
        _ = try service.transition(second.id, .submit, by: trainer)
        #expect(throws: KBError.self) { try service.transition(second.id, .approve, by: trainer) }
        #expect(try slips.auditEntries().last?.action == "article submit")
        #expect(try store.pendingWork().actsCutOff == 0)
    }

    /// A slip whose records were committed keeps its original whatever fails after (the index
    /// could not be written): on a full disk the original used to be removed, the record kept.
    @Test func aSlipKeepsItsOriginalWhenIndexingFailsAfterItsRecords() throws {
        let dir = try TempDir()
        let store = try ArchiveStore.open(dir.store, create: true)
        let slips = SlipArchive(store: store)
        // The index cannot be opened for writing: a file stands where its folder should be.
        try? FileManager.default.removeItem(at: dir.store.xapian)
        try Data("not an index".utf8).write(to: dir.store.xapian)
        #expect(throws: (any Error).self) { try slips.add(file: SlipTests.pdf, metadata: SlipMetadata(), who: "tester") }
        let slip = try #require(try slips.list().first)
        #expect(FileManager.default.fileExists(atPath: slips.blobURL(slip.sha256).path))
        #expect(try slips.originalProblems().problems.isEmpty)
        // With an index possible again, the next writer completes the rest.
        try FileManager.default.removeItem(at: dir.store.xapian)
        try store.completePendingWork()
        #expect(try StoreCheck.run(store).ok)
    }

    /// A relink of everything makes unconfirmed customers afresh, but one a person linked a
    /// document to by hand stays, with its id and its link.
    @Test func aHandLinkToAnUnconfirmedCustomerSurvivesARelinkOfEverything() throws {
        let dir = try TempDir()
        let card = try dir.file("in/card.txt", "维修单\n客户名称：青禾县第二人民医院检验科\n出厂编号：QH-2020-0001\n故障现象：加样针堵塞\n")
        let other = try dir.file("in/other.txt", "维修单\n客户名称：白石镇卫生院\n出厂编号：BS-2021-0002\n故障现象：显示屏不亮\n")
        let a = try TestArchive(dir, paths: [card.deletingLastPathComponent()])
        let customers = try a.store.customers(matching: "白石镇")
        let target = try #require(customers.first)
        let cardDoc = try #require(try a.search("加样针").hits.first).id
        try a.store.correctLink(doc: cardDoc, target: "customer", targetId: target.id, action: "add", who: "tester")
        try a.store.relink(nil)
        #expect(try a.store.customers(matching: "白石镇").map(\.id) == [target.id])
        #expect(try a.store.document(cardDoc)?.customers.map(\.id).contains(target.id) == true)
        _ = other
        // An unconfirmed customer nobody touched is made again with the id it had.
        let card2 = try #require(try a.store.customers(matching: "青禾县").first)
        try a.store.relink(nil)
        #expect(try a.store.customers(matching: "青禾县").map(\.id) == [card2.id])
    }

    /// A second writer waits for the lock as long as it is told to, then says the archive is busy.
    @Test func aSecondWriterWaitsItsTurnOrGivesUpSayingWhy() throws {
        let dir = try TempDir()
        nonisolated(unsafe) var holder: StoreWriteLock? = try StoreWriteLock(dir.store)
        var told = false
        let started = Date()
        #expect {
            _ = try StoreWriteLock(dir.store, wait: 0.3, waiting: { told = true })
        } throws: { error in
            guard case KBError.busy(let m) = error else { return false }
            return m.contains("another kb process is writing to") && m.contains("after 0 s of waiting")
        }
        #expect(told && Date().timeIntervalSince(started) >= 0.3)
        #expect(throws: KBError.self) { _ = try StoreWriteLock(dir.store, wait: 0) }
        // Released while the second waits: the second gets it.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { holder = nil }
        let second = try StoreWriteLock(dir.store, wait: 10)
        withExtendedLifetime(second) {}
        #expect(holder == nil)
    }
}
