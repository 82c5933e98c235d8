import Foundation
import GRDB

/// A customer name kb would not decide alone: several confirmed customers fit it (三院检验科
/// when two cities have a third hospital; a hospital's name when two of its departments are
/// customers) and nothing in the document says which. It is left unlinked and waits here,
/// with the candidates, until a person decides. A decision survives every relink and
/// re-ingest: a link by hand (`linkCorrection`), or "none of them" (`customerReviewDecision`),
/// each with its author and time.
public struct CustomerReview: Sendable, Codable {
    public let document: Int64
    public let source: String
    /// The name as the document writes it.
    public let written: String
    public let candidates: [CustomerRecordRef]
    public let reason: String
}

public struct CustomerRecordRef: Sendable, Codable {
    public let id: Int64
    public let name: String
}

extension ArchiveStore {
    static func registerReviewMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v9-customer-review") { db in
            try db.execute(sql: """
                CREATE TABLE customerReview (
                    docId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    written TEXT NOT NULL,
                    candidates TEXT NOT NULL,           -- customer ids, comma-separated
                    reason TEXT NOT NULL,
                    PRIMARY KEY (docId, written)
                );
                CREATE TABLE customerReviewDecision (
                    docId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    written TEXT NOT NULL,
                    decision TEXT NOT NULL,             -- none
                    who TEXT NOT NULL,
                    at TEXT NOT NULL,
                    PRIMARY KEY (docId, written)
                );
                """)
        }
    }

    /// Records that a name of a document waits for a person, unless one has decided already
    /// (a customer linked by hand, or "none of them").
    static func queueReview(_ db: Database, docId: Int64, written: String, candidates: [Int64], reason: String) throws {
        let decided = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM customerReviewDecision WHERE docId = ? AND written = ?)
                OR EXISTS (SELECT 1 FROM linkCorrection WHERE docId = ? AND target = 'customer' AND action = 'add')
            """, arguments: [docId, written, docId]) ?? false
        guard !decided else { return }
        try db.execute(sql: "INSERT OR REPLACE INTO customerReview (docId, written, candidates, reason) VALUES (?, ?, ?, ?)",
                       arguments: [docId, written, candidates.map(String.init).joined(separator: ","), reason])
    }

    /// The names waiting for a person, oldest document first.
    public func customerReviews() throws -> [CustomerReview] {
        try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.docId, d.source, r.written, r.candidates, r.reason FROM customerReview r JOIN document d ON d.id = r.docId
                ORDER BY r.docId, r.written
                """).map { r in
                let ids = (r["candidates"] as String).split(separator: ",").compactMap { Int64($0) }
                let refs = try ids.compactMap { id in
                    try String.fetchOne(db, sql: "SELECT name FROM customer WHERE id = ?", arguments: [id]).map { CustomerRecordRef(id: id, name: $0) }
                }
                return CustomerReview(document: r["docId"], source: r["source"], written: r["written"], candidates: refs, reason: r["reason"])
            }
        }
    }

    /// A person's decision on a waiting name: this customer (a link by hand), or none of them.
    public func decideReview(document: DocumentID, written: String, customer: Int64?, who: String) throws {
        guard !who.trimmingCharacters(in: .whitespaces).isEmpty else { throw KBError.badQuery("say who decides: --as NAME") }
        let waiting = try db.read { db in
            try String.fetchOne(db, sql: "SELECT candidates FROM customerReview WHERE docId = ? AND written = ?", arguments: [document.rawValue, written])
        }
        guard waiting != nil else { throw KBError.notFound("no name '\(written)' of document #\(document) waits for review (kb customer review lists them)") }
        if let customer {
            try correctLink(doc: document, target: "customer", targetId: customer, action: "add", who: who)
        } else {
            try db.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO customerReviewDecision (docId, written, decision, who, at) VALUES (?, ?, 'none', ?, ?)",
                               arguments: [document.rawValue, written, who, Self.now()])
                try db.execute(sql: "UPDATE document SET needsLink = 1 WHERE id = ?", arguments: [document.rawValue])
            }
            try relink([document])
        }
    }
}
