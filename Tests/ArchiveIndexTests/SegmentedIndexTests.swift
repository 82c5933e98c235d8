import Foundation
import GRDB
import Testing
@testable import ArchiveIndex

/// Large additions written into segments and merged with the index (`SegmentedIndexing`):
/// the index they give must be the one batch-by-batch writing gives.
@Suite struct SegmentedIndexTests {
    /// Segments from the first document on, a few documents each: many segments, merged.
    static let tiny = SegmentedIndexing.Policy(threshold: 1, segmentSize: 7)
    static let queries = ["离心机", "lxj", "转速", "SN 0457", "碳刷", "centrifuge", "维修", "服务报告"]

    /// What a search index answers, by which its equality is judged: the documents, their
    /// revisions, and the ranked hits of several queries with their weights' order.
    static func answers(_ store: ArchiveStore) throws -> [String] {
        let searcher = try Searcher(store: store)
        let x = try XapianDatabase.openReadOnly(shards: [store.location.xapian.path])
        var out = ["documents \(try x.documentCount()) last \(try x.lastDocumentID())"]
        for q in queries {
            out.append(q + ": " + (try searcher.search(SearchRequest(text: q)).hits.map { String($0.id.rawValue) }.joined(separator: " ")))
        }
        out.append("spelling: " + (try x.spellingSuggestion("centrifgue") ?? "-"))
        return out
    }

    static func lexicon(_ store: ArchiveStore) throws -> [String] {
        try store.db.read { db in try String.fetchAll(db, sql: "SELECT word FROM lexiconWord ORDER BY word") }
    }

    /// The index built again from nothing in segments is the index ingest built batch by batch.
    @Test func anIndexBuiltInSegmentsAnswersAsOneWrittenInBatches() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, paths: [Repo.corpus])
        let expected = try Self.answers(a.store)
        let words = try Self.lexicon(a.store)
        #expect(expected.count > 5 && expected[1].split(separator: " ").count > 3, "\(expected)")

        try FileManager.default.removeItem(at: dir.store.xapian)
        try a.store.db.write { db in try db.execute(sql: "DELETE FROM lexiconWord") }
        let result = try IndexMaintenance.catchUp(a.store, segments: Self.tiny)
        #expect(result.indexed == a.report.added && result.refused.isEmpty)
        #expect(result.segments == (a.report.added + 6) / 7)
        #expect(try Self.answers(a.store) == expected)
        #expect(try Self.lexicon(a.store) == words)
        #expect(try a.store.pendingWork().isEmpty)
        let folder = dir.store.xapian.deletingLastPathComponent()
        for leftover in IndexFolders.leftovers {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(leftover).path), "\(leftover)")
        }
        let check = try StoreCheck.run(a.store)
        #expect(check.ok, "\(check.parts.filter { !$0.ok })")

        // A rebuild in segments too.
        let rebuilt = try IndexMaintenance.rebuild(a.store, segments: Self.tiny)
        #expect(rebuilt.indexed == a.report.added && rebuilt.segments == result.segments)
        #expect(try Self.answers(a.store) == expected)
        #expect(try StoreCheck.run(a.store).ok)
    }

    /// A first ingest writes segments from a tenth of the threshold, one a core: the index
    /// they give answers as one written batch by batch. A small addition to an index as large
    /// as it goes straight in.
    @Test func aFirstIngestIsWrittenOneSegmentACore() throws {
        let policy = SegmentedIndexing.Policy(threshold: 1_000, segmentSize: 10_000)
        #expect(policy.pays(new: 100, indexed: 0) && policy.pays(new: 1_000, indexed: 50_000))
        #expect(!policy.pays(new: 99, indexed: 0) && !policy.pays(new: 500, indexed: 501))
        #expect(policy.size(for: 10_000, workers: 2) == 5_000 && policy.size(for: 100_000, workers: 2) == 10_000)
        #expect(policy.size(for: 3, workers: 8) == 1)

        let dir = try TempDir()
        let a = try TestArchive(dir, paths: [Repo.corpus])
        let expected = try Self.answers(a.store)
        try FileManager.default.removeItem(at: dir.store.xapian)
        let small = SegmentedIndexing.Policy(threshold: 10 * (a.report.added - 1), segmentSize: 10_000)
        let result = try IndexMaintenance.catchUp(a.store, segments: small)
        #expect(result.indexed == a.report.added && result.segments == min(Parallel.cores, a.report.added))
        #expect(try Self.answers(a.store) == expected)
        #expect(try a.store.pendingWork().isEmpty)

        // Three documents changed: written into the index that holds the others.
        try a.store.db.write { db in try db.execute(sql: "UPDATE document SET needsIndex = 1 WHERE id IN (1, 2, 3)") }
        #expect(try IndexMaintenance.catchUp(a.store, segments: small).segments == 0)
        #expect(try Self.answers(a.store) == expected)
    }

    /// New documents merged into an index that already holds others, while a changed one is
    /// written into the index directly: the result answers as one ingest of everything.
    @Test func documentsAddedInSegmentsJoinTheIndexBesideChangedOnes() throws {
        let files = FolderWalk.entries(under: Repo.corpus.path).map(\.relative).sorted()
        #expect(files.count > 10)
        let (first, rest) = (Array(files.prefix(files.count / 2)), Array(files.dropFirst(files.count / 2)))
        func copy(_ names: [String], to folder: URL) throws {
            for name in names {
                let to = folder.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: Repo.corpus.appendingPathComponent(name), to: to)
            }
        }
        let all = try TempDir("all")
        try copy(files, to: all.url.appendingPathComponent("in"))
        let reference = try TestArchive(all, paths: [all.url.appendingPathComponent("in")])

        let dir = try TempDir()
        let input = dir.url.appendingPathComponent("in")
        try copy(first, to: input)
        let a = try TestArchive(dir, paths: [input])
        // The rest stored and linked, and one of the first half marked changed, then the index caught up.
        try copy(rest, to: input)
        let ingestor = Ingestor(store: a.store)
        let prepared = try FolderWalk.entries(under: input.path).filter { rest.contains($0.relative) }.compactMap { entry -> ArchiveStore.PreparedFile? in
            if case .file(let f) = try ingestor.prepare(entry) { return f } else { return nil }
        }
        _ = try a.store.apply(prepared)
        try a.store.completePendingWork(index: false)
        let changed = try a.store.allDocumentIDs()[0]
        try a.store.db.write { db in try db.execute(sql: "UPDATE document SET needsIndex = 1 WHERE id = ?", arguments: [changed.rawValue]) }
        let pending = try a.store.pendingWork().toIndex
        #expect(pending > 5)
        let result = try IndexMaintenance.catchUp(a.store, segments: Self.tiny)
        #expect(result.indexed == pending && result.segments == (pending - 1 + 6) / 7)
        #expect(try a.store.pendingWork().isEmpty)
        // Same ids, same order of ingest: the same answers as the reference.
        #expect(try Self.answers(a.store) == (try Self.answers(reference.store)))
        #expect(try Self.lexicon(a.store) == (try Self.lexicon(reference.store)))
        let check = try StoreCheck.run(a.store)
        #expect(check.ok, "\(check.parts.filter { !$0.ok })")
    }

    /// A catch-up killed while it wrote segments or merged them leaves them beside an intact
    /// index, and the documents pending: the next command removes them and does the work.
    @Test func segmentsLeftByAKilledCatchUpAreRemovedAndTheWorkDoneAgain() throws {
        let dir = try TempDir()
        let a = try TestArchive(dir, paths: [Repo.corpus])
        let expected = try Self.answers(a.store)
        let folder = dir.store.xapian.deletingLastPathComponent()
        for leftover in [IndexFolders.segments, IndexFolders.compacting] {
            let junk = folder.appendingPathComponent(leftover)
            try FileManager.default.createDirectory(at: junk.appendingPathComponent("00000"), withIntermediateDirectories: true)
            try Data("half written".utf8).write(to: junk.appendingPathComponent("00000/postlist.glass"))
        }
        try a.store.db.write { db in try db.execute(sql: "UPDATE document SET needsIndex = 1") }
        try a.store.completePendingWork()
        for leftover in IndexFolders.leftovers {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(leftover).path), "\(leftover)")
        }
        #expect(try a.store.pendingWork().isEmpty)
        #expect(try Self.answers(a.store) == expected)

        // A merged copy left by a swap cut in two (the old index put back beside it) does not
        // stop the next merge, which writes a whole new copy in its place.
        let copy = folder.appendingPathComponent(IndexFolders.compacting)
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try Data("left over".utf8).write(to: copy.appendingPathComponent("postlist.glass"))
        let ids = try a.store.allDocumentIDs()
        _ = try SegmentedIndexing.build(ids, store: a.store, base: nil, into: copy, segmentSize: 5, batchSize: 3)
        #expect(try XapianDatabase.openReadOnly(shards: [copy.path]).documentCount() == ids.count)
    }

    /// `kb compact` keeps kb's ids: with Xapian's default renumbering, an index whose first
    /// document was removed started at 1 again, and every hit named the document before it.
    @Test func compactionKeepsTheIdsOfAnIndexWhoseFirstDocumentIsGone() throws {
        let dir = try TempDir()
        let input = dir.url.appendingPathComponent("in")
        try FileManager.default.copyItem(at: Repo.corpus, to: input)
        let a = try TestArchive(dir, paths: [input])
        let first = try #require(try a.store.documents([DocumentID(1)]).first)
        try FileManager.default.removeItem(atPath: first.path)
        _ = try Ingestor(store: a.store).ingest([input.path])
        #expect(try a.store.documents([DocumentID(1)]).isEmpty)
        let expected = try Self.answers(a.store)
        _ = try IndexMaintenance.compact(a.store)
        #expect(try Self.answers(a.store) == expected)
        let check = try StoreCheck.run(a.store)
        #expect(check.ok, "\(check.parts.filter { !$0.ok })")
    }
}
