import Foundation
import GRDB

/// An engineer's proposal that a document's link is wrong or missing ("this card is about
/// unit 0457, not 0458"), waiting for a supervisor, who accepts it (the link is corrected by
/// hand, as `kb link add/remove` does) or declines it. Both acts name their author.
public struct LinkProposal: Sendable, Codable, Equatable {
    public let id: Int64
    public let document: Int64
    /// customer or unit
    public let target: String
    /// What the proposer typed: a customer's name or a serial.
    public let targetText: String
    /// add or remove
    public let action: String
    public let note: String
    public let proposedBy: String
    public let proposedAt: String
    /// waiting, accepted or declined
    public let state: String
    public let decidedBy: String?
    public let decidedAt: String?
}

extension ArchiveStore {
    static func registerProposalMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v11-link-proposals") { db in
            try db.execute(sql: """
                CREATE TABLE linkProposal (
                    id INTEGER PRIMARY KEY,
                    docId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    target TEXT NOT NULL,               -- customer | unit
                    targetText TEXT NOT NULL,
                    action TEXT NOT NULL,               -- add | remove
                    note TEXT NOT NULL,
                    proposedBy TEXT NOT NULL,
                    proposedAt TEXT NOT NULL,
                    state TEXT NOT NULL DEFAULT 'waiting',
                    decidedBy TEXT,
                    decidedAt TEXT
                );
                CREATE INDEX linkProposal_state ON linkProposal(state);
                """)
        }
    }

    public func linkProposals(state: String? = "waiting") throws -> [LinkProposal] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM linkProposal WHERE ? IS NULL OR state = ? ORDER BY id", arguments: [state, state]).map(Self.proposal)
        }
    }

    func linkProposal(_ id: Int64) throws -> LinkProposal {
        guard let p = try db.read({ db in try Row.fetchOne(db, sql: "SELECT * FROM linkProposal WHERE id = ?", arguments: [id]).map(Self.proposal) }) else {
            throw KBError.notFound("no link proposal #\(id)")
        }
        return p
    }

    static func proposal(_ r: Row) -> LinkProposal {
        LinkProposal(id: r["id"], document: r["docId"], target: r["target"], targetText: r["targetText"], action: r["action"], note: r["note"],
                     proposedBy: r["proposedBy"], proposedAt: r["proposedAt"], state: r["state"], decidedBy: r["decidedBy"], decidedAt: r["decidedAt"])
    }
}

extension ArchiveService {
    /// Records a proposal; the target must name exactly one customer or unit already.
    public func proposeLink(document: Int64, _ target: LinkTarget, _ action: LinkAction, note: String, by actor: Actor) throws -> LinkProposal {
        try actor.require(.proposeLinks)
        _ = try store.requireDocument(document)
        let (kind, text): (String, String)
        switch target {
        case .customer(let c): _ = try store.resolveCustomer(c); (kind, text) = ("customer", c)
        case .unit(let s): _ = try store.resolveUnit(s); (kind, text) = ("unit", s)
        }
        let id = try attributed(actor, "link propose", "document #\(document) \(action.rawValue) \(kind) \(text)") {
            let id = try store.db.write { db -> Int64 in
                try db.execute(sql: """
                    INSERT INTO linkProposal (docId, target, targetText, action, note, proposedBy, proposedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [document, kind, text, action.rawValue, String(note.prefix(2000)), actor.name, ArchiveStore.now()])
                return db.lastInsertedRowID
            }
            return (id, "#\(id): document #\(document) \(action.rawValue) \(kind) \(text)")
        }
        return try store.linkProposal(id)
    }

    /// A supervisor's decision: accepting applies the correction by hand.
    public func decideProposal(_ id: Int64, accept: Bool, by actor: Actor) throws -> LinkProposal {
        try actor.require(.correctLinks)
        let p = try store.linkProposal(id)
        guard p.state == "waiting" else { throw KBError.rule(.init("proposalDecided", ["id": "\(id)", "who": p.decidedBy ?? "?"], "link proposal #\(id) was already \(p.state) by \(p.decidedBy ?? "someone")")) }
        guard try Normalizer.nameKey(p.proposedBy) != Normalizer.nameKey(actor.name) else {
            throw KBError.rule(.init("ownProposal", ["id": "\(id)"], "link proposal #\(id) is \(actor.name)'s own; another person decides it"))
        }
        if accept {
            let target: LinkTarget = p.target == "customer" ? .customer(p.targetText) : .unit(p.targetText)
            try correctLink(document: p.document, target, LinkAction(rawValue: p.action) ?? .add, by: actor)
        }
        try attributed(actor, accept ? "link accept" : "link decline", "proposal #\(id) by \(p.proposedBy)") {
            try store.db.write { db in
                try db.execute(sql: "UPDATE linkProposal SET state = ?, decidedBy = ?, decidedAt = ? WHERE id = ?",
                               arguments: [accept ? "accepted" : "declined", actor.name, ArchiveStore.now(), id])
            }
        }
        return try store.linkProposal(id)
    }
}
