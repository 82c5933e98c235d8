import Foundation
import GRDB
import Testing
@testable import ArchiveIndex

/// The store keeps each document's text once (folded when read) and its fields in one tree.
@Suite struct StoreSizeTests {
    static let files = [
        "card.txt": "维修单\n客户名称：南京市中医医院\n出厂编号：DA7600-2019-0457\n故障现象：離心機轉速異常，瞭解後更換碳刷。",
        "report.txt": "Service report\nCustomer: Wuxi No.2 People's Hospital\nS/N: BCX204179W\nProblem reported: Rotor imbalance alarm E23",
    ]

    @Test func theFoldedTextIsMadeWhenReadNotStored() throws {
        let dir = try TempDir("FoldedOnRead")
        let archive = try TestArchive(dir, files: Self.files)
        let columns = try archive.store.db.read { db in try db.columns(in: "document").map(\.name) }
        #expect(columns.contains("originalText") && !columns.contains("foldedText"))
        for d in try archive.store.documents(try archive.store.allDocumentIDs()) {
            #expect(d.foldedText == (try Normalizer.fold(d.originalText)))
        }
        #expect(try archive.sources("离心机转速异常 了解") == ["card.txt"])
        #expect(try archive.sources("rotor imbalance") == ["report.txt"])
    }

    /// Chinese characters are indexed without positions (a run is found by its pairs); Latin
    /// words keep theirs, and a Chinese run between two words still parts them.
    @Test func chineseCharactersHaveNoPositionsAndWordsKeepTheirs() throws {
        let chinese = try TempDir("HanWithoutPositions")
        let a = try TestArchive(chinese, files: ["card.txt": "维修单\n客户名称：南京市中医医院\n故障现象：离心机转速异常。\n处理：更换碳刷。"])
        #expect(try !XapianDatabase.openReadOnly(shards: [chinese.store.xapian.path]).hasPositions())
        #expect(try a.sources("离心机转速异常") == ["card.txt"])
        #expect(try a.sources("转速异常 碳刷") == ["card.txt"])

        let mixed = try TempDir("LatinWithPositions")
        // The same words; only b.txt has them in a row (a.txt, first by id, wins a tie).
        let b = try TestArchive(mixed, files: ["a.txt": "Service report: rotor 转子 imbalance alarm.",
                                               "b.txt": "Service report: rotor imbalance alarm 转子."])
        #expect(try XapianDatabase.openReadOnly(shards: [mixed.store.xapian.path]).hasPositions())
        #expect(try b.sources("rotor imbalance") == ["b.txt", "a.txt"])
    }

    /// An archive of the shape before: the folded text stored beside the original, fields in a
    /// rowid table with an index over every field. Opening it gives the same documents, fields,
    /// links and answers; the update trigger still counts a changed text; compaction gives the
    /// freed pages back.
    @Test func anOlderArchiveLosesTheCopiesAndKeepsEverythingElse() throws {
        let dir = try TempDir("StoreSizeMigration")
        let before: (fields: [Row], links: Int, hits: [String])
        do {
            let archive = try TestArchive(dir, files: Self.files)
            try archive.store.db.write { db in
                try db.execute(sql: """
                    ALTER TABLE document ADD COLUMN foldedText TEXT NOT NULL DEFAULT '';
                    DROP TRIGGER document_update_revision;
                    CREATE TRIGGER document_update_revision AFTER UPDATE OF kind, title, originalText, foldedText, docDate, source ON document
                    BEGIN UPDATE contentRevision SET n = n + 1 WHERE id = 1; END;
                    CREATE TABLE fieldOld (
                        docId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                        name TEXT NOT NULL, label TEXT NOT NULL, value TEXT NOT NULL, canonical TEXT,
                        how TEXT NOT NULL DEFAULT 'label', PRIMARY KEY (docId, ordinal));
                    INSERT INTO fieldOld SELECT docId, ordinal, name, label, value, canonical, how FROM field;
                    DROP TABLE field;
                    ALTER TABLE fieldOld RENAME TO field;
                    CREATE INDEX field_lookup ON field(name, canonical);
                    DELETE FROM grdb_migrations WHERE identifier IN ('v20-folded-text-derived', 'v21-field-without-rowid');
                    """)
                // A large copy (8 MB in all), so that the migration frees a good part of the file.
                try db.execute(sql: "UPDATE document SET foldedText = lower(originalText) || zeroblob(4000000)")
            }
            before = (try archive.store.db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM field ORDER BY docId, ordinal") },
                      try archive.store.db.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documentUnit") ?? 0 },
                      try archive.sources("离心机转速异常") + archive.sources("rotor imbalance"))
            #expect(before.fields.count >= 6 && before.links == 2 && before.hits.count == 2)
        }
        let store = try ArchiveStore.open(dir.store, create: false)
        let (columns, tableSQL, indexes) = try store.db.read { db in
            (try db.columns(in: "document").map(\.name),
             try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'field'") ?? "",
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'field'"))
        }
        #expect(!columns.contains("foldedText"))
        #expect(tableSQL.contains("WITHOUT ROWID"))
        #expect(indexes == ["field_serial"])
        #expect(try store.db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM field ORDER BY docId, ordinal") } == before.fields)
        let searcher = try Searcher(store: store)
        #expect(try searcher.search(SearchRequest(text: "离心机转速异常")).hits.map(\.source)
                + searcher.search(SearchRequest(text: "rotor imbalance")).hits.map(\.source) == before.hits)
        // The unit a serial names is found through the index the check and the problems list use.
        #expect(try store.db.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM field INDEXED BY field_serial WHERE name = 'serial' AND canonical IS NOT NULL")
        } == 2)
        let revision = try store.db.read(ContentRevision.current)
        try store.db.write { db in try db.execute(sql: "UPDATE document SET originalText = originalText || '。' WHERE id = 1") }
        #expect(try store.db.read(ContentRevision.current) == revision + 1)
        let sqliteBefore = IndexMaintenance.bytes(under: dir.store.sqlite.path)
        _ = try IndexMaintenance.compact(store)
        #expect(IndexMaintenance.bytes(under: dir.store.sqlite.path) + 7_000_000 < sqliteBefore)
    }
}
