import GRDB

/// What the store keeps once: the folded text is derived from the text as written whenever it
/// is read (folding is a pure function of it, and skips OpenCC for text it cannot change), and
/// fields live in their primary key's tree without a second index beside it.
enum StoreSize {
    static func registerMigrations(_ m: inout DatabaseMigrator) {
        // The folded text was a second copy of every document (about 1 MB per thousand
        // documents of 1 KB): the update trigger named it, so it goes first.
        m.registerMigration("v20-folded-text-derived") { db in
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS document_update_revision;
                CREATE TRIGGER document_update_revision AFTER UPDATE OF kind, title, originalText, docDate, source ON document
                BEGIN UPDATE contentRevision SET n = n + 1 WHERE id = 1; END;
                ALTER TABLE document DROP COLUMN foldedText;
                """)
        }
        // Fields by (document, ordinal) in one tree; the index by name and canonical form held
        // every field of the archive to answer for serials only.
        m.registerMigration("v21-field-without-rowid") { db in
            try db.execute(sql: """
                CREATE TABLE fieldByDocument (
                    docId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    label TEXT NOT NULL,
                    value TEXT NOT NULL,
                    canonical TEXT,
                    how TEXT NOT NULL DEFAULT 'label',  -- label | pattern | table column
                    PRIMARY KEY (docId, ordinal)
                ) WITHOUT ROWID;
                INSERT INTO fieldByDocument (docId, ordinal, name, label, value, canonical, how)
                    SELECT docId, ordinal, name, label, value, canonical, how FROM field;
                DROP TABLE field;
                ALTER TABLE fieldByDocument RENAME TO field;
                CREATE INDEX field_serial ON field(canonical) WHERE name = 'serial';
                """)
        }
    }

    /// Gives the disk back what removed rows left free (a migration's rewrite, documents
    /// removed), when that is more than a tenth of the file: SQLite's VACUUM. Returns the
    /// file's bytes before and after, or nil when there was little to gain.
    static func reclaim(_ store: ArchiveStore) throws -> (before: Int, after: Int)? {
        let (free, pages, pageSize) = try store.db.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0, try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
        }
        guard pages > 0, free * 10 > pages else { return nil }
        try store.db.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
            // In WAL mode the smaller file is written back (and the file cut) at a checkpoint.
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let after = try store.db.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        return (pages * pageSize, after * pageSize)
    }
}
