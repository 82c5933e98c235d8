import Foundation
import GRDB

/// A customer with its aliases and what links to it.
public struct CustomerRecord: Sendable, Codable {
    public let id: Int64
    public let name: String
    /// False once a customer file or a person has vouched for this customer; true when kb
    /// created it from a name in a document that matched no known customer.
    public let provisional: Bool
    public var aliases: [String] = []
    public var documents = 0
    public var units: [String] = []
}

/// One link of a document, with how it was made.
public struct LinkExplanation: Sendable, Codable {
    public let target: String      // "customer" | "unit"
    public let id: Int64
    public let name: String
    public let how: String
}

/// A fact about a unit from one document: the newest (by document date) wins, the rest are kept.
public struct UnitFact: Sendable, Codable {
    public let fact: String
    public let value: String
    public let docId: Int64
    public let date: String?
    public let how: String
}

public struct UnitRecord: Sendable, Codable {
    public let id: Int64
    public let serial: String
    public let serialAsWritten: String
    public var facts: [UnitFact] = []

    /// The newest value of a fact, or nil.
    public func current(_ fact: String) -> UnitFact? {
        facts.filter { $0.fact == fact }.max { ($0.date ?? "", $0.docId) < ($1.date ?? "", $1.docId) }
    }
    public var model: String? { current("model")?.value }
    /// Conflicting values of a fact, newest first (the first is current).
    public func history(_ fact: String) -> [UnitFact] {
        facts.filter { $0.fact == fact }.sorted { ($0.date ?? "", $0.docId) > ($1.date ?? "", $1.docId) }
    }
}

extension ArchiveStore {
    /// The migration that adds customer aliases, unit facts and hand corrections.
    static func registerLinkMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v2-links") { db in
            try db.execute(sql: """
                ALTER TABLE customer ADD COLUMN provisional INTEGER NOT NULL DEFAULT 1;
                CREATE TABLE customerAlias (
                    aliasKey TEXT PRIMARY KEY,           -- Normalizer.nameKey
                    customerId INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
                    alias TEXT NOT NULL,                 -- as written
                    how TEXT NOT NULL,                   -- name | customer file #N | by hand | merged
                    docId INTEGER
                );
                CREATE INDEX customerAlias_customer ON customerAlias(customerId);
                INSERT INTO customerAlias (aliasKey, customerId, alias, how) SELECT nameKey, id, name, 'name' FROM customer;
                CREATE TABLE unitFact (
                    unitId INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
                    fact TEXT NOT NULL,                  -- model | owner | purchase_date | install_date | warranty_until
                    value TEXT NOT NULL,
                    docId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    docDate TEXT,
                    how TEXT NOT NULL
                );
                CREATE INDEX unitFact_unit ON unitFact(unitId, fact);
                CREATE INDEX unitFact_doc ON unitFact(docId);
                CREATE TABLE linkCorrection (
                    docId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    target TEXT NOT NULL,                -- customer | unit
                    targetId INTEGER NOT NULL,
                    action TEXT NOT NULL,                -- add | remove
                    who TEXT NOT NULL,
                    at TEXT NOT NULL,
                    PRIMARY KEY (docId, target, targetId)
                );
                """)
        }
    }

    // MARK: linking

    /// Recomputes the links of documents (all when ids is nil): customers from customer
    /// fields through the alias registry, units from serial fields, unit facts, then the
    /// hand corrections. Customer files are registered first, so order of ingest does not
    /// matter. Relinked documents whose links changed are marked for indexing.
    public func relink(_ ids: [DocumentID]?) throws { try relink(ids, reach: nil) }

    /// `reach`: new customer files, and what they concern, that `ids` holds (see CustomerFileReach).
    func relink(_ ids: [DocumentID]?, reach: CustomerFileReach.Scope?) throws {
        try db.write { db in
            let now = Self.now()
            let targets: [Int64] = try ids.map { $0.map(\.rawValue) }
                ?? Int64.fetchAll(db, sql: "SELECT id FROM document ORDER BY id")
            // Done in this transaction, or pending still (see PendingWork).
            try Self.markLinked(db, ids.map { _ in targets }, customerFiles: reach?.files ?? [])
            guard !targets.isEmpty else { return }
            // A date only its folder can say the order of (the visit dates facts and entries).
            try FolderDateOrder.settle(db, targets: ids == nil ? nil : targets)
            try LinkChanges.remember(db, targets: targets, all: ids == nil)
            try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS formerCustomer (nameKey TEXT PRIMARY KEY, id INTEGER NOT NULL)")
            defer { try? db.execute(sql: "DELETE FROM temp.formerCustomer") }
            if ids == nil {
                try Self.forgetUnconfirmedCustomers(db)
                try UnitSerials.removeStale(db)
            } else if let reach, !reach.unconfirmed.isEmpty {
                try Self.forgetUnconfirmedCustomers(db, only: reach.unconfirmed)
            }
            // The unconfirmed customers these documents link to: those left with no document go.
            let formerlyUnconfirmed = ids == nil ? [] : try targets.chunked(500).flatMap { chunk in
                try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT dc.customerId FROM documentCustomer dc JOIN customer c ON c.id = dc.customerId
                    WHERE c.provisional = 1 AND dc.docId IN (\(chunk.map(String.init).joined(separator: ",")))
                    """)
            }
            // Steps 1 and 2 read only customer files and serial fields; step 3 reads the
            // documents 500 at a time, so memory does not grow with the archive.
            // (A contract is the customer's paper, but the names its parties go by, a company's
            // legal one, a brand, are linked as any document's: measured, contracts that vouched
            // for them split tenthgen's customers from their departments' and English names.)
            let customerFiles = try targets.chunked(500).flatMap { chunk in
                try Row.fetchAll(db, sql: "SELECT id, title FROM document WHERE kind = 'customer' AND id IN (\(chunk.map(String.init).joined(separator: ","))) ORDER BY id")
                    .filter { !KindDetector.isContract(title: $0["title"]) }.map { $0["id"] as Int64 }
            }
            // 1. Customer files vouch for their customers and aliases.
            var ownerBySerial: [String: Int64] = [:]
            var unitsByCustomer: [Int64: Set<String>] = [:], foldersByCustomer: [Int64: Set<String>] = [:]
            let institutions = try ConfirmedInstitutions(db)
            // Files whose names state the most first, so a name without its city (`Municipal
            // Cancer Hospital`) meets the customers of the cities its address may name.
            let inputs = try Self.linkInputs(db, customerFiles, fieldsOnly: true)
            let stated: [Int64: Int] = Dictionary(uniqueKeysWithValues: inputs.map { d in
                (d.id, d.fields.first { $0.name == .customer }.map { InstitutionName.of(Self.customerName($0.value)).stated } ?? 0)
            })
            let files = inputs.sorted { a, b in stated[a.id]! != stated[b.id]! ? stated[a.id]! > stated[b.id]! : a.id < b.id }
            for d in files {
                // The names the file writes; one that writes none has its folders' (see linkInputs),
                // and vouches for the deepest that may name a customer (`客户/苏州/苏州瑞铂精密机械有限公司-二厂/
                // 客户资料`), not the folders above it (`Customers/Hong Kong/Chai Wan/…`: a district is no alias).
                let customers = d.fields.filter { $0.name == .customer }
                let written = customers.first?.how == FolderCustomers.how ? Array(customers.prefix(1)) : customers
                let names = written.map { Self.customerName($0.value) }
                guard let first = names.first else { continue }
                let address = d.fields.first { $0.name == .address }?.value
                let id = try Self.registerCustomer(db, name: first, docId: d.id, now: now, institutions: institutions, address: address)
                for f in d.fields where f.name == .serial { if let c = f.canonical { ownerBySerial[c] = id; unitsByCustomer[id, default: []].insert(c) } }
                if let folder = FolderCustomers.candidates(d.source).first { foldersByCustomer[id, default: []].insert(folder.value) }
                let otherScript = written.compactMap { Self.otherScriptName($0.value) }
                for alias in names.dropFirst() + otherScript + d.fields.filter({ $0.name == .alias }).flatMap({ Self.splitAliases($0.value) }) {
                    try Self.addAlias(db, customerId: id, alias: alias, how: "customer file #\(d.id)", docId: d.id, replace: false)
                    institutions.add(id, alias)
                }
            }
            for (whole, department) in institutions.wholesOfOneDepartment(units: unitsByCustomer, folders: foldersByCustomer) {
                try Self.merge(db, from: whole, into: department, how: "the institution of #\(department), by its units or its folder")
                for (serial, owner) in ownerBySerial where owner == whole { ownerBySerial[serial] = department }
                unitsByCustomer[department, default: []].formUnion(unitsByCustomer.removeValue(forKey: whole) ?? [])
                institutions.moved(from: whole, into: department)
            }
            // One customer's files that made two customers (its CRM export and its branch's
            // master), by the units they list; in a relink of some, with the lists of the stored
            // files it does not relink (a serial only files list makes no unit, so no reach finds them).
            if ids != nil {
                let listed = unitsByCustomer.values.reduce(into: Set<String>()) { $0.formUnion($1) }
                for (id, serials) in try Self.unitsOfOtherCustomerFiles(db, listed: listed, files: customerFiles) {
                    unitsByCustomer[id, default: []].formUnion(serials)
                }
            }
            let decided = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT targetId FROM linkCorrection WHERE target = 'customer'"))
            for (from, keep) in institutions.filesOfOneCustomer(units: unitsByCustomer, decided: decided) {
                try Self.merge(db, from: from, into: keep, how: "one customer's files, which list the units of #\(keep)'s")
                for (serial, owner) in ownerBySerial where owner == from { ownerBySerial[serial] = keep }
                institutions.moved(from: from, into: keep)
            }
            // A relink of some documents: the units they name that customer files it does not
            // relink list are those files' customers' too (a document added after its
            // customer's file meets the customer by its units, as in a relink of everything).
            if ids != nil {
                try Self.ownersByOtherCustomerFiles(db, targets: targets, into: &ownerBySerial)
            }
            // 2. Units named in serial fields exist before any document is linked, so a
            //    serial mentioned in prose links to a unit another document introduced.
            for chunk in targets.chunked(500) {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO unit (serial, serialAsWritten, createdAt)
                    SELECT canonical, value, ? FROM field WHERE +name = 'serial' AND canonical IS NOT NULL
                    AND how != 'table column'
                    AND docId IN (\(chunk.map(String.init).joined(separator: ","))) ORDER BY docId, ordinal
                    """, arguments: [now])
            }
            // One unit however OCR wrote its serial's zeros and ones (NVO222A17056).
            let twins = try UnitSerials.twins(db)
            ownerBySerial = Dictionary(ownerBySerial.map { (twins[$0.key] ?? $0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            var unitBySerial: [String: Int64] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT serial, id FROM unit") { unitBySerial[r[0]] = r[1] }
            let knownSerials = Set(unitBySerial.keys).subtracting(twins.keys)
            let matcher = try CustomerMatcher(db)
            var romanised: RomanisedNames?
            let romanisedNames = { () throws -> RomanisedNames in
                if let r = romanised { return r }
                let r = try RomanisedNames(db)
                romanised = r
                return r
            }
            // 3. Each document's links.
            var bilingual = BilingualNames()
            var filed: [(id: Int64, kind: DocumentKind, date: String?, folders: [Field], evidence: Evidence, units: [Int64])] = []
            // The next chunk's texts are folded (and their identifiers found) on the other cores
            // while this chunk is linked.
            let chunks = targets.chunked(500).map(Array.init)
            var upcoming = try chunks.first.map { try Self.linkInputs(db, $0, foldingInBackground: true) }
            for n in chunks.indices {
                // Each document once (a target named twice was linked twice, its old links
                // deleted between).
                var once = Set<Int64>()
                let inputs = try upcoming!.value().filter { once.insert($0.id).inserted }
                upcoming = try chunks.indices.contains(n + 1) ? Self.linkInputs(db, chunks[n + 1], foldingInBackground: true) : nil
                // The chunk's links made before go at once (four statements a document were a
                // sixth of linking); nothing below reads another document's.
                let ids = Self.idArgument(inputs.map(\.id))
                for table in ["documentCustomer", "documentUnit", "unitFact", "customerReview"] {
                    try db.execute(sql: "DELETE FROM \(table) WHERE docId IN (SELECT value FROM json_each(?))", arguments: [ids])
                }
                var rows = LinkRows()
                for d in inputs {
                    var customerIDs: [Int64] = []
                    // Training material and articles name customers as examples, not as their subject;
                    // a document that is an article only because it says no kind names its own.
                    let namesCustomers = d.kind != .training && (d.kind != .article || !KindDetector.saysArticle(folded: d.folded, fields: d.fields, source: d.source))
                    let evidence = Evidence(owners: Set(d.fields.filter { $0.name == .serial }.compactMap { $0.canonical.flatMap { ownerBySerial[twins[$0] ?? $0] } }),
                                            folded: d.folded,
                                            source: d.source)
                    for f in Self.servedCustomers(d.fields) where namesCustomers {
                        // Folders are read once every document has made its customers (3a).
                        if f.how == FolderCustomers.how { continue }
                        let name = Self.customerName(f.value)
                        let other = Self.otherScriptName(f.value)
                        guard let (cid, how) = try Self.resolveCustomer(db, name: name, docId: d.id, now: now, matcher: matcher,
                                                                       romanised: romanisedNames, evidence: evidence,
                                                                       alternative: other,
                                                                       isCustomerFile: d.kind == .customer) else { continue }
                        if let other {
                            try bilingual.note(other, of: cid, docId: d.id, find: { name in
                                try Self.resolveCustomer(db, name: name, docId: d.id, now: now, matcher: matcher, romanised: romanisedNames,
                                                         evidence: evidence, create: false, unconfirmed: true)?.0
                            }, db, matcher: matcher)
                        }
                        if customerIDs.contains(cid) { continue }
                        customerIDs.append(cid)
                        rows.customer(doc: d.id, cid, how: "field \(f.label)\(how)")
                    }
                    let serialFields = d.fields.filter { $0.name == .serial && $0.canonical != nil }
                    var unitIDs: [Int64] = []
                    let model = d.fields.first { $0.name == .model && $0.canonical != nil }
                    for f in serialFields {
                        guard let written = f.canonical else { continue }
                        let serial = twins[written] ?? written
                        var uid = unitBySerial[serial]
                        // A customer file's list names units others introduce: a serial only
                        // listed there is no unit of service (every text mentioning it would join it).
                        if uid == nil, f.how == "table column" { continue }
                        if uid == nil {
                            try db.cachedStatement(sql: "INSERT INTO unit (serial, serialAsWritten, createdAt) VALUES (?, ?, ?)")
                                .execute(arguments: [serial, f.value, now])
                            uid = db.lastInsertedRowID
                            unitBySerial[serial] = uid
                        }
                        guard let uid, !unitIDs.contains(uid) else { continue }
                        unitIDs.append(uid)
                        rows.unit(doc: d.id, uid, how: "\(f.how == "pattern" ? "pattern" : "field") \(f.label)")
                    }
                    // Known serials written in the text without a label (tables, prose).
                    let linked = Set(serialFields.compactMap { $0.canonical.map { twins[$0] ?? $0 } })
                    for serial in d.identifierRuns.intersection(knownSerials).subtracting(linked).sorted() {
                        guard let uid = unitBySerial[serial] else { continue }
                        rows.unit(doc: d.id, uid, how: "mention of a known serial")
                    }
                    // Facts about a unit: only from documents about one unit, except the owner,
                    // which a document about several units of one customer states for each.
                    func fact(_ uid: Int64, _ name: String, _ value: String, _ how: String) {
                        rows.fact(unit: uid, name, value, doc: d.id, docDate: d.date, how: how)
                    }
                    if customerIDs.count == 1, d.kind != .training, d.kind != .article {
                        for uid in unitIDs { fact(uid, "owner", String(customerIDs[0]), "customer of \(d.kind.rawValue) #\(d.id)") }
                    }
                    let folders = d.fields.filter { $0.how == FolderCustomers.how }
                    // (Not a customer file: its units would all take a folder's customer.)
                    if customerIDs.isEmpty, namesCustomers, d.kind != .customer, !folders.isEmpty {
                        filed.append((d.id, d.kind, d.date, folders, evidence, unitIDs))
                    }
                    if unitIDs.count == 1, let uid = unitIDs.first {
                        if let model, let c = model.canonical { fact(uid, "model", c, "field \(model.label)") }
                        for (name, key) in [(FieldName.purchaseDate, "purchase_date"), (.installDate, "install_date"), (.warrantyUntil, "warranty_until")] {
                            if let f = d.fields.first(where: { $0.name == name && $0.canonical != nil }), let c = f.canonical {
                                fact(uid, key, c, "field \(f.label)")
                            }
                        }
                    }
                }
                // The chunk's links, then its corrections by hand (step 4).
                try rows.write(db, documents: inputs.map(\.id))
            }
            // 3a. A document that names no customer, by the deepest of its folders that names a
            //     customer kb knows (a folder makes none).
            for d in filed {
                for f in d.folders {
                    guard let (cid, how) = try Self.resolveCustomer(db, name: Self.customerName(f.value), docId: d.id, now: now, matcher: matcher,
                                                                   romanised: romanisedNames, evidence: d.evidence, create: false,
                                                                   unconfirmed: true) else { continue }
                    try db.cachedStatement(sql: "INSERT OR IGNORE INTO documentCustomer (docId, customerId, how) VALUES (?, ?, ?)")
                        .execute(arguments: [d.id, cid, "folder \(f.value)\(how)"])
                    // (An article's units are not its customer's: it lists what it ships or quotes.)
                    for uid in d.units where d.kind != .article {
                        try Self.addUnitFact(db, unit: uid, "owner", String(cid), docId: d.id, docDate: d.date,
                                             how: "customer of \(d.kind.rawValue) #\(d.id), by its folder")
                    }
                    break
                }
            }
            // 4a. A value that names a customer in both languages joins what each name found.
            try bilingual.merge(db)
            // 4b. Unconfirmed customers whose names state the same institution are one (only
            //     names met in this relink can have made two of them one).
            if matcher.provisionalsChanged {
                try Self.mergeUnconfirmed(db)
                // 4c. So are those whose names write one institution and department otherwise.
                try Self.mergeWrittenAlike(db)
            }
            // 4d. And those whose documents are about the same units, if their names allow it.
            try Self.mergeSharingUnits(db)
            // 5. A document that names no customer but is about units of one owner (a quality
            //    report naming the instrument) belongs to that owner on the document's day.
            for chunk in targets.chunked(500) { try UnitOwners.linkUnnamed(db, documents: Array(chunk)) }
            try Self.forgetForsaken(db, unconfirmed: formerlyUnconfirmed)
            // Only the documents whose links the index holds changed (new ones are marked already).
            try UnitSerials.removeUnlinked(db, serials: Array(twins.keys))
            for chunk in try LinkChanges.changed(db, targets: targets, all: ids == nil).chunked(500) {
                try db.execute(sql: "UPDATE document SET needsIndex = 1 WHERE id IN (\(chunk.map(String.init).joined(separator: ",")))")
            }
        }
    }

    /// A relink of everything makes the unconfirmed customers afresh, so they are what the
    /// documents say whatever order the documents came in: one made from a name before the
    /// customer file that vouches for it arrived does not stay beside the confirmed customer.
    /// Those a person linked a document to by hand stay (a hand act confirms the others).
    /// Each keeps its id when its name is met again (temp.formerCustomer, this connection's).
    /// `only`: those of these ids (a relink for new customer files, whose documents it relinks).
    static func forgetUnconfirmedCustomers(_ db: Database, only: [Int64]? = nil) throws {
        let kept = "SELECT targetId FROM linkCorrection WHERE target = 'customer'"
        let these = only.map { " AND id IN (SELECT value FROM json_each('[\($0.map(String.init).joined(separator: ","))]'))" } ?? ""
        try db.execute(sql: "INSERT OR IGNORE INTO temp.formerCustomer (nameKey, id) SELECT nameKey, id FROM customer WHERE provisional = 1 AND id NOT IN (\(kept))\(these)")
        try db.execute(sql: "DELETE FROM documentCustomer WHERE customerId IN (SELECT id FROM customer WHERE provisional = 1 AND id NOT IN (\(kept))\(these))")
        try db.execute(sql: "DELETE FROM customer WHERE provisional = 1 AND id NOT IN (\(kept))\(these)")
    }

    /// The customers whose customer files (stored, linked) list the units the targets' serial
    /// fields name, where the relink's own customer files did not.
    private static func ownersByOtherCustomerFiles(_ db: Database, targets: [Int64], into owners: inout [String: Int64]) throws {
        for chunk in targets.chunked(500) {
            for r in try Row.fetchAll(db, sql: """
                SELECT f.canonical AS serial, dc.customerId FROM field f
                JOIN document d ON d.id = f.docId AND d.kind = 'customer' JOIN documentCustomer dc ON dc.docId = d.id
                WHERE f.name = 'serial' AND f.canonical IN (
                    SELECT canonical FROM field WHERE docId IN (\(chunk.map(String.init).joined(separator: ","))) AND +name = 'serial' AND canonical IS NOT NULL)
                ORDER BY f.docId
                """) {
                let serial: String = r["serial"]
                if owners[serial] == nil { owners[serial] = r["customerId"] }
            }
        }
    }

    /// Unconfirmed customers no document links to any more (their documents now link to the
    /// customer a new customer file vouches for, or to another), as a relink of everything
    /// would leave them: gone, unless a person linked a document to one by hand.
    /// A fact a document states about a unit (its owner, model, dates), with where it came from.
    private static func addUnitFact(_ db: Database, unit: Int64, _ name: String, _ value: String, docId: Int64, docDate: String?, how: String) throws {
        try db.cachedStatement(sql: "INSERT INTO unitFact (unitId, fact, value, docId, docDate, how) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [unit, name, value, docId, docDate, how])
    }

    private static func forgetForsaken(_ db: Database, unconfirmed: [Int64]) throws {
        for chunk in unconfirmed.chunked(500) {
            try db.execute(sql: """
                DELETE FROM customer WHERE id IN (\(chunk.map(String.init).joined(separator: ","))) AND provisional = 1
                AND NOT EXISTS (SELECT 1 FROM documentCustomer dc WHERE dc.customerId = customer.id)
                AND NOT EXISTS (SELECT 1 FROM linkCorrection c WHERE c.target = 'customer' AND c.targetId = customer.id)
                """)
        }
    }

    private struct LinkInput {
        let id: Int64; let kind: DocumentKind; let date: String?; var folded: String; var fields: [Field]; let source: String
        /// Runs of identifier characters in the text (`Normalizer.identifierRuns`), where serials are.
        var identifierRuns: Set<String> = []
    }

    private static func linkInputs(_ db: Database, _ ids: [Int64], fieldsOnly: Bool = false) throws -> [LinkInput] {
        try ids.chunked(500).flatMap { chunk in
            try linkInputs(db, Array(chunk), fieldsOnly: fieldsOnly, foldingInBackground: false).value()
        }
    }

    /// At most 500 documents' inputs: what SQLite holds is read at once, on the connection's
    /// thread; their texts are folded on every core, at once or (`foldingInBackground`) while
    /// the caller goes on, until it asks for the value.
    private static func linkInputs(_ db: Database, _ chunk: [Int64], fieldsOnly: Bool = false,
                                   foldingInBackground: Bool) throws -> Background<[LinkInput]> {
        let list = chunk.map(String.init).joined(separator: ",")
        var byID: [Int64: LinkInput] = [:]
        let text = fieldsOnly ? "'' AS originalText" : "originalText"
        let rows = try Row.fetchAll(db, sql: "SELECT id, kind, docDate, source, \(text) FROM document WHERE id IN (\(list))")
        var texts: [Int64: String] = [:]
        for r in rows {
            let id: Int64 = r["id"]
            texts[id] = r["originalText"]
            byID[id] = LinkInput(id: id, kind: DocumentKind(rawValue: r["kind"]) ?? .article, date: r["docDate"],
                                 folded: "", fields: [], source: r["source"])
        }
        // `+name`: look the rows up by document (the primary key), not by field name,
        // which would visit every serial field of the archive for each batch.
        for r in try Row.fetchAll(db, sql: "SELECT * FROM field WHERE docId IN (\(list)) AND +name IN ('customer', 'alias', 'serial', 'model', 'purchase_date', 'install_date', 'warranty_until', 'address', 'type') ORDER BY docId, ordinal") {
            let id: Int64 = r["docId"]
            guard let name = FieldName(rawValue: r["name"]) else { continue }
            byID[id]?.fields.append(Field(name: name, label: r["label"], value: r["value"], canonical: r["canonical"], how: r["how"]))
        }
        // A list of units under a serial column says whose they are in a customer file;
        // elsewhere (a register of calls, a checklist of a round) the serials are mentions.
        // Either way it makes no unit (see step 2).
        for id in chunk where byID[id]?.kind != .customer {
            byID[id]?.fields.removeAll { $0.name == .serial && $0.how == "table column" }
        }
        // A document that names no customer may be filed under its customer's folder.
        for id in chunk {
            guard let input = byID[id], !input.fields.contains(where: { $0.name == .customer }) else { continue }
            byID[id]?.fields += FolderCustomers.candidates(input.source)
        }
        let inputs = chunk.compactMap { byID[$0] }
        let fold = { () throws -> [LinkInput] in
            guard !fieldsOnly else { return inputs }
            let folded = Parallel.map(inputs) { _, d in
                Result { () throws -> (String, Set<String>) in
                    let folded = try Normalizer.fold(texts[d.id] ?? "")
                    return (folded, Normalizer.identifierRuns(inFolded: folded))
                }
            }
            return try zip(inputs, folded).map { d, result in
                var d = d
                (d.folded, d.identifierRuns) = try result.get()
                return d
            }
        }
        return foldingInBackground ? Background(fold) : Background(done: Result(catching: fold))
    }

    /// The customer fields of a document that name who was served: a distributor or a payer
    /// (`Bill-to: Foo Instruments (distributor)`, `Sold-to`, `经销商`) is no customer when the
    /// document names the end customer too (`Ship-to / End customer: …`, `最终用户`), and a
    /// value marked as a distributor's never is. The end customer comes first.
    static func servedCustomers(_ fields: [Field]) -> [Field] {
        let customers = fields.filter { $0.name == .customer }
        let labels = customers.map { ((try? Normalizer.fold($0.label)) ?? $0.label).lowercased() }
        let payerWords = ["bill-to", "bill to", "sold-to", "sold to", "payer", "invoice to", "经销", "代理", "付款", "distributor", "dealer",
                          // Where a part was shipped: a dealer's warehouse as often as the user's.
                          "收货单位", "收货方", "consignee"]
        let endWords = ["ship-to", "ship to", "end customer", "end user", "end-user", "最终用户", "终端用户", "使用单位", "用户单位"]
        let distributor = ["(distributor)", "(dealer)", "(经销商)", "(代理商)", "(reseller)"]
        let marked = { (f: Field) in
            let v = ((try? Normalizer.fold(f.value)) ?? f.value).lowercased().replacingOccurrences(of: " )", with: ")")
            return distributor.contains { v.contains($0) }
        }
        let isEnd = labels.map { l in endWords.contains { l.contains($0) } }
        let isPayer = labels.map { l in payerWords.contains { l.contains($0) } }
        let ends = customers.indices.filter { isEnd[$0] }
        let others = customers.indices.filter { !isEnd[$0] && (ends.isEmpty || !isPayer[$0]) }
        return (ends + others).map { customers[$0] }.filter { !marked($0) }
    }

    /// `一院检验科、市一院检验科`, `岳澜新能源 / 岳澜新材` → names. An English name keeps its
    /// commas (`Kaohsiung Municipal Hospital, Clinical Laboratory` is one name).
    static func splitAliases(_ value: String) -> [String] {
        let separators = value.unicodeScalars.contains(where: Normalizer.isCJK) ? "、,，;；/\n" : "、，;；/\n"
        return value.split(whereSeparator: { separators.contains($0) })
            .map { customerName(String($0)) }.filter { !$0.isEmpty }
    }

    /// Finds or creates the customer a customer file names, and vouches for it. Files written
    /// by different hands name one customer differently (长沙市一院-放射科 in an inspection plan,
    /// 长沙市第一人民医院放射科 in the customer file, Changsha No. 1 People's Hospital, Radiology
    /// in an installed-base report): a name that states the same institution as one confirmed
    /// customer's names (see `ConfirmedInstitutions`) is that customer's alias, and the name that
    /// states the most becomes the customer's name.
    private static func registerCustomer(_ db: Database, name: String, docId: Int64, now: String,
                                         institutions: ConfirmedInstitutions, address: String? = nil) throws -> Int64 {
        let key = try Normalizer.nameKey(name)
        if let id = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT customerId FROM customerAlias WHERE aliasKey = ?"), arguments: [key]) {
            try db.cachedStatement(sql: "UPDATE customer SET provisional = 0 WHERE id = ?").execute(arguments: [id])
            institutions.add(id, name)
            return id
        }
        if let (id, known) = institutions.same(as: name, address: address) {
            try db.cachedStatement(sql: "INSERT INTO customerAlias (aliasKey, customerId, alias, how, docId) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [key, id, name, "customer file #\(docId), the institution \(known) names", docId])
            if let current = try String.fetchOne(db, sql: "SELECT name FROM customer WHERE id = ?", arguments: [id]),
               InstitutionName.statesMore(name, than: current) {
                try db.cachedStatement(sql: "UPDATE OR IGNORE customer SET name = ?, nameKey = ? WHERE id = ?")
                    .execute(arguments: [name, key, id])
            }
            institutions.add(id, name)
            return id
        }
        try db.cachedStatement(sql: "INSERT INTO customer (name, nameKey, createdAt, provisional) VALUES (?, ?, ?, 0)")
            .execute(arguments: [name, key, now])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO customerAlias (aliasKey, customerId, alias, how, docId) VALUES (?, ?, ?, 'name', ?)")
            .execute(arguments: [key, id, name, docId])
        institutions.add(id, name)
        return id
    }

    /// Adds an alias; an alias that names a provisional customer moves that customer's links here.
    static func addAlias(_ db: Database, customerId: Int64, alias: String, how: String, docId: Int64?, replace: Bool) throws {
        let key = try Normalizer.nameKey(alias)
        guard key.count >= 2 else { return }
        if let other = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT customerId FROM customerAlias WHERE aliasKey = ?"), arguments: [key]) {
            guard other != customerId else { return }
            let provisional = try Bool.fetchOne(try db.cachedStatement(sql: "SELECT provisional FROM customer WHERE id = ?"), arguments: [other]) ?? false
            guard provisional || replace else { return }  // a vouched customer keeps its own name
            try merge(db, from: other, into: customerId, how: how)
            return
        }
        try db.cachedStatement(sql: "INSERT INTO customerAlias (aliasKey, customerId, alias, how, docId) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [key, customerId, alias, how, docId])
    }

    /// Joins unconfirmed customers that are one institution by what all their names state:
    /// the same city (in either script), number and kind, and the same department, or none
    /// where only one department of that institution is known (长沙一院（放射科）, The First
    /// People's Hospital of Changsha, 長沙第一人民醫院). Documents arrive in any order, so two
    /// written forms may each have become a customer before either was seen with the other.
    static func mergeUnconfirmed(_ db: Database) throws {
        var names: [Int64: [InstitutionName]] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT a.customerId, a.alias FROM customerAlias a JOIN customer c ON c.id = a.customerId WHERE c.provisional = 1 ORDER BY a.customerId
            """) {
            names[r["customerId"], default: []].append(InstitutionName.of(r["alias"] as String))
        }
        // Each customer's parts, as its names state them together; one whose names disagree is left alone.
        var parts: [(id: Int64, whole: InstitutionName, names: [InstitutionName])] = []
        for (id, list) in names.sorted(by: { $0.key < $1.key }) {
            var w = InstitutionName()
            for n in list {
                w.city = w.city ?? n.city; w.number = w.number ?? n.number
                w.kind = w.kind ?? n.kind; w.department = w.department ?? n.department
                w.namedByItsPlace = w.namedByItsPlace || n.namedByItsPlace
            }
            guard w.city != nil, w.number != nil || w.namedAfterItsCity,
                  !list.contains(where: { a in list.contains { b in a.conflict(with: b) != nil } }) else { continue }
            parts.append((id, w, list))
        }
        guard parts.count > 1 else { return }
        let readings = try PinyinReadings.load()
        let pinyin = { (text: String) in readings.keys(of: text) }
        func fit(_ a: Int, _ b: Int) -> Bool {
            let x = parts[a], y = parts[b]
            guard x.whole.number == y.whole.number, let k1 = x.whole.kind, let k2 = y.whole.kind,
                  k1 == k2 || InstitutionName.compatible(k1, k2), x.whole.namedAlike(y.whole), y.whole.namedAlike(x.whole) else { return false }
            return x.names.allSatisfy { n in y.names.allSatisfy { n.conflict(with: $0, pinyin: pinyin) == nil } }
        }
        var root = Array(parts.indices)
        func find(_ i: Int) -> Int { var i = i; while root[i] != i { i = root[i] }; return i }
        // Same department (or both none): one institution.
        for a in parts.indices {
            for b in parts.indices where b > a && parts[a].whole.department == parts[b].whole.department && fit(a, b) {
                root[find(b)] = find(a)
            }
        }
        // No department: the one department-stating group it fits, if only one.
        for a in parts.indices where parts[a].whole.department == nil {
            let groups = Set(parts.indices.filter { $0 != a && parts[$0].whole.department != nil && fit(a, $0) }.map(find))
            if groups.count == 1, let g = groups.first { root[find(a)] = g }
        }
        for i in parts.indices where find(i) != i {
            let keep = parts[find(i)].id
            try merge(db, from: parts[i].id, into: keep, how: "same institution as unconfirmed #\(keep)")
        }
    }

    /// Moves every link, alias and unit fact of customer `from` to `keep` and deletes `from`.
    static func merge(_ db: Database, from: Int64, into keep: Int64, how: String) throws {
        try db.cachedStatement(sql: "UPDATE customerAlias SET customerId = ?, how = ? || ' (was ' || how || ')' WHERE customerId = ?")
            .execute(arguments: [keep, how, from])
        try db.execute(sql: """
            INSERT OR IGNORE INTO documentCustomer (docId, customerId, how) SELECT docId, ?, how FROM documentCustomer WHERE customerId = ?
            """, arguments: [keep, from])
        let moved = try Int64.fetchAll(try db.cachedStatement(sql: "SELECT docId FROM documentCustomer WHERE customerId = ?"), arguments: [from])
        try db.cachedStatement(sql: "DELETE FROM documentCustomer WHERE customerId = ?").execute(arguments: [from])
        try db.cachedStatement(sql: "UPDATE unitFact SET value = ? WHERE fact = 'owner' AND value = ?")
            .execute(arguments: [String(keep), String(from)])
        try db.cachedStatement(sql: "UPDATE OR REPLACE linkCorrection SET targetId = ? WHERE target = 'customer' AND targetId = ?")
            .execute(arguments: [keep, from])
        try db.cachedStatement(sql: "DELETE FROM customer WHERE id = ?").execute(arguments: [from])
        // Within a relink, the documents whose links end up changed are marked at its end;
        // those it does not relink (a relink of some) here.
        let comparing = try LinkChanges.comparing(db)
        for chunk in moved.chunked(500) {
            try db.execute(sql: "UPDATE document SET needsIndex = 1 WHERE id IN (\(chunk.map(String.init).joined(separator: ",")))"
                           + (comparing ? " AND id NOT IN (SELECT docId FROM temp.linkedBefore)" : ""))
        }
    }

    /// What else a document says about its customer: the customers whose customer files
    /// list its units, and its text (a city it names).
    struct Evidence {
        let owners: Set<Int64>
        let folded: String
        /// Where the document was filed (`客户/靖江/靖江精诚塑胶制品有限公司/维修记录/0645.xlsx`).
        let source: String

        /// The companies the document's folders name.
        func folderCompanies() -> [CompanyName] {
            FolderCustomers.candidates(source).compactMap { CompanyName.of(ArchiveStore.customerName($0.value)) }
        }
    }

    /// The customers of a brand a document's folders leave: a folder that names a company of the
    /// brand in another place or trade than a customer's names (a note filed under
    /// 靖江精诚塑胶制品有限公司 that writes 精诚塑胶 is no 平湖精诚's) rules that customer out.
    static func notDeniedByFolders(_ candidates: [(id: Int64, alias: String)], _ evidence: Evidence,
                                   matcher: CustomerMatcher) -> [(id: Int64, alias: String)] {
        guard !candidates.isEmpty, case let folders = evidence.folderCompanies(), !folders.isEmpty else { return candidates }
        return candidates.filter { c in !folders.contains { $0.conflicts(withNamesOf: matcher.companyNames(of: c.id), pinyin: matcher.readings) } }
    }

    /// The customer a name in a document means: an exact alias (after folding); else the one
    /// customer its city, number, kind and department fit (several: none, and the name waits in
    /// the review queue); for a Chinese
    /// name, the one customer whose name or alias contains it or is contained in it (4+
    /// characters), or is 0.8 similar; for an English name, the one confirmed customer with an
    /// English alias of the same distinctive words (the words before the first generic one),
    /// else the one whose Chinese name they spell in pinyin (the name then becomes its alias);
    /// else what the name in brackets in the other script means; else the unconfirmed customer
    /// of the same parts, or a new one (with `create` false, none; with `unconfirmed` too, an
    /// unconfirmed one but no new one). Never one whose name differs in those parts. Returns
    /// the id and how it was resolved.
    private static func resolveCustomer(_ db: Database, name: String, docId: Int64, now: String,
                                        matcher: CustomerMatcher, romanised: () throws -> RomanisedNames,
                                        evidence: Evidence, alternative: String? = nil, create: Bool = true,
                                        unconfirmed: Bool = false, isCustomerFile: Bool = false) throws -> (Int64, String)? {
        let key = try Normalizer.nameKey(name)
        guard key.count >= 2 else { return nil }
        let structure = InstitutionName.of(name)
        let english = RomanisedNames.mayBeRomanised(name)
        // A bare name (市中医院放射科, 一院, Dept. of Radiology, TCM Hospital) is a different
        // customer in every city: it may mean a confirmed customer of the city the document
        // names, never an unconfirmed customer another document wrote the same way.
        let bare = isBareName(name, key: key, structure: structure)
        // Nor a confirmed customer whose own name is as bare (an installed-base report's `MCH
        // Hospital`): only its customer file means it by that name.
        if let r = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT a.customerId, a.alias, a.how, c.provisional, c.name FROM customerAlias a JOIN customer c ON c.id = a.customerId WHERE a.aliasKey = ?
            """), arguments: [key]), !(bare && (r["provisional"] as Bool)),
            !(bare && !isCustomerFile && InstitutionName.of(r["name"] as String).city == nil) {
            let how: String = r["how"]
            return (r["customerId"], how == "name" ? "" : " → alias \(r["alias"] as String)")
        }
        // An English place is compared with a Chinese one by its readings, whichever the name is.
        let pinyin = matcher.readings
        switch matcher.structural(structure, evidence: evidence) {
        case .one(let id, let how): return (id, how)
        // Several customers fit and nothing says which: no link rather than a wrong one; a
        // person decides (kb customer review).
        case .several(let ids):
            try queueReview(db, docId: docId, written: name, candidates: ids,
                            reason: "\(ids.count) customers fit what the name says, and nothing in the document says which")
            return nil
        case .none: break
        }
        // A company's name: the one confirmed customer of the same brand (and no other place).
        let company = CompanyName.of(name)
        if let company {
            let same = notDeniedByFolders(matcher.companies(like: company, confirmed: true), evidence, matcher: matcher)
            let owning = same.filter { evidence.owners.contains($0.id) }
            if same.count == 1 || owning.count == 1 {
                let (id, alias) = same.count == 1 ? same[0] : owning[0]
                return (id, " → \(alias), the same company")
            }
            if same.count > 1 {
                try queueReview(db, docId: docId, written: name, candidates: same.map(\.id),
                                reason: "\(same.count) customers' names state the company \(company.brand), and nothing in the document says which")
                return nil
            }
        }
        let distinctive = RomanisedNames.distinctiveWords(name).joined()
        if english, distinctive.count >= 4 {
            // English names are compared by the words that tell one customer from another,
            // whole: `Qihui Medical Laboratory` is not `Yuehui Medical Laboratory`, and `Enhao`
            // is not in `Shenhao`; and never across a number, city, kind or department.
            let names = try romanised()
            // Its place in brackets left out too (`Runhe Microelectronics (Liuzhou) Co., Ltd.`): an
            // English alias may not write it (`englishAlias` refuses one that states another).
            if let found = names.englishAlias(distinctive, structure: structure, written: name) { return found }
            if RomanisedNames.placeInBrackets(name) != nil,
               case let withoutPlace = RomanisedNames.distinctiveWords(RomanisedNames.withoutPlaceInBrackets(name)).joined(),
               withoutPlace != distinctive, withoutPlace.count >= 4,
               let found = names.englishAlias(withoutPlace, structure: structure, written: name) {
                return found
            }
            // One that spells a Chinese customer's name in pinyin becomes its alias, so the
            // next document that writes it, and a search for it, find the customer.
            if let (id, part) = names.match(name, structure: structure) {
                try addAlias(db, customerId: id, alias: name, how: "pinyin of \(part), document #\(docId)", docId: docId, replace: false)
                return (id, " → pinyin of \(part)")
            }
        } else if key.unicodeScalars.count >= 4, !bare, let found = matcher.match(key, structure: structure, name: name) {
            // Chinese, or English of generic words only (`First Affiliated Hospital`).
            return found
        }
        // `Foo Hospital (某某医院)`: the name in the other script may be the one kb knows.
        if let alternative, let (id, how) = try resolveCustomer(db, name: alternative, docId: docId, now: now, matcher: matcher,
                                                                romanised: romanised, evidence: evidence, create: false) {
            return (id, " (by the name in brackets\(how))")
        }
        guard create || unconfirmed, !bare else { return nil }
        // An unconfirmed customer another document already wrote with the same parts
        // (重庆妇幼 and 重庆市妇幼保健院) is the same unconfirmed customer.
        if let (id, alias) = matcher.provisional(structure, pinyin: pinyin) {
            matcher.addProvisional(id, name, structure)
            return (id, " → unconfirmed \(alias), by its parts")
        }
        if english, distinctive.count >= 4, let (id, alias) = matcher.englishProvisional(name, structure: structure) {
            matcher.addProvisional(id, name, structure)
            return (id, " → unconfirmed \(alias), by its distinctive words")
        }
        if let company, case let same = notDeniedByFolders(matcher.companies(like: company, confirmed: false), evidence, matcher: matcher),
           same.count == 1 {
            matcher.addProvisional(same[0].id, name, structure)
            return (same[0].id, " → unconfirmed \(same[0].alias), the same company")
        }
        guard create else { return nil }
        // Made again by a relink of everything: the id it had, so pages and proposals that
        // name it still mean it (see forgetUnconfirmedCustomers).
        let former = try Int64.fetchOne(db, sql: """
            SELECT f.id FROM temp.formerCustomer f WHERE f.nameKey = ? AND NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = f.id)
            """, arguments: [key])
        try db.cachedStatement(sql: "INSERT INTO customer (id, name, nameKey, createdAt, provisional) VALUES (?, ?, ?, ?, 1)")
            .execute(arguments: [former, name, key, now])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO customerAlias (aliasKey, customerId, alias, how, docId) VALUES (?, ?, ?, 'name', ?)")
            .execute(arguments: [key, id, name, docId])
        matcher.addProvisional(id, name, structure)
        return (id, " (new, unconfirmed)")
    }

    /// The name in brackets after a customer's name, when it is in the other script:
    /// `Foo Hospital (某某医院)` → 某某医院, `某某医院（Foo Hospital）` → Foo Hospital.
    static func otherScriptName(_ value: String) -> String? {
        // `Hong Wo Medical Laboratory Ltd. 康和醫學化驗所`
        if let (_, second) = ArchiveStore.namesInTwoScripts(value) { return customerName(second) }
        // `福州格林水务集团有限公司 / Fuzhou Gelin Water Group Co., Ltd.`
        if let slash = value.range(of: " / ") {
            let before = value[..<slash.lowerBound], after = value[slash.upperBound...].trimmingCharacters(in: .whitespaces)
            let cjk = { (t: Substring) in t.unicodeScalars.contains(where: Normalizer.isCJK) }
            if after.count >= 2, cjk(before) != cjk(Substring(after)) { return customerName(after) }
        }
        guard let open = value.firstIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let rest = value[value.index(after: open)...]
        let inner = rest.prefix { $0 != ")" && $0 != "）" }.trimmingCharacters(in: .whitespaces)
        let outer = value[..<open]
        let cjk = { (t: Substring) in t.unicodeScalars.contains(where: Normalizer.isCJK) }
        guard inner.count >= 2, cjk(Substring(inner)) != cjk(outer) else { return nil }
        return inner
    }

    /// Dice coefficient of character bigrams: 1 for the same string, 0 for nothing shared.
    static func similarity(_ a: String, _ b: String) -> Double {
        similarity(PairIndex.pairs(a), PairIndex.pairs(b))
    }

    /// The one confirmed customer whose name or alias is at least 0.8 similar to key.
    static func similarConfirmed(_ db: Database, key: String) throws -> (Int64, String)? {
        try CustomerMatcher(db, similarOnly: true).similar(key)
    }

    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var x = a, common = 0
        for g in b { if let i = x.firstIndex(of: g) { x.remove(at: i); common += 1 } }
        return Double(2 * common) / Double(a.count + b.count)
    }

    // MARK: customers

    public func customerRecords() throws -> [CustomerRecord] { try customerRecords(only: nil) }

    /// Every customer (or those of `only`), in the order lists show them (confirmed first, by
    /// documents), with aliases, document counts and the units each owns now. Owners are worked
    /// out in one pass over the units (for a few customers, over the units they ever owned),
    /// not once per customer: on 20,000 documents that was 486 passes over 11,000 units.
    func customerRecords(only: Set<Int64>?) throws -> [CustomerRecord] {
        let ids = only.map { ids in "[" + ids.map(String.init).joined(separator: ",") + "]" }
        return try db.read { db in
            var owned: [Int64: [String]] = [:]
            let units = ids != nil && only!.count <= 16
                ? "u.id IN (SELECT unitId FROM unitFact WHERE fact = 'owner' AND CAST(value AS INTEGER) IN (SELECT value FROM json_each(?)))"
                : nil
            for (serial, owner) in try Self.currentOwners(db, of: units, arguments: ids.map { [$0] } ?? []) {
                if let owner = Int64(owner) { owned[owner, default: []].append(serial) }
            }
            var out: [CustomerRecord] = []
            for r in try Row.fetchAll(db, sql: """
                SELECT c.id, c.name, c.provisional, (SELECT count(*) FROM documentCustomer dc WHERE dc.customerId = c.id) AS n
                FROM customer c WHERE ?1 IS NULL OR c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.provisional, n DESC, c.id
                """, arguments: [ids]) {
                var c = CustomerRecord(id: r["id"], name: r["name"], provisional: r["provisional"])
                c.documents = r["n"]
                c.aliases = try String.fetchAll(try db.cachedStatement(sql: "SELECT alias FROM customerAlias WHERE customerId = ? AND how != 'name' ORDER BY alias"), arguments: [c.id])
                c.units = (owned[c.id] ?? []).sorted()
                out.append(c)
            }
            return out
        }
    }

    /// The current owner (`UnitOwners.current`) of each unit (those `filter`, an SQL condition on
    /// `u`, keeps), by serial, as stored customer ids; units without an owner fact are left out.
    static func currentOwners(_ db: Database, of filter: String? = nil, arguments: StatementArguments = []) throws -> [(serial: String, owner: String)] {
        var out: [(serial: String, owner: String)] = []
        var facts: [(owner: String, confirmed: Bool)] = [], serial: String?
        let differ = try OtherInstitutions(db)
        func flush() { if let s = serial, let o = UnitOwners.current(newestFirst: facts, differ: differ.callAsFunction) { out.append((s, o)) } }
        for r in try Row.fetchAll(db, sql: """
            SELECT u.serial, f.value, coalesce(c.provisional, 1) AS provisional FROM unit u
            JOIN unitFact f ON f.unitId = u.id AND f.fact = 'owner' LEFT JOIN customer c ON c.id = CAST(f.value AS INTEGER)
            \(filter.map { "WHERE " + $0 } ?? "")
            ORDER BY u.id, coalesce(f.docDate, '') DESC, f.docId DESC
            """, arguments: arguments) {
            let s: String = r["serial"]
            if s != serial { flush(); facts = []; serial = s }
            facts.append((r["value"], !(r["provisional"] as Bool)))
        }
        flush()
        return out
    }

    /// The unit's current owner (`UnitOwners.current`), as a customer id.
    public func owner(ofUnit id: Int64) throws -> Int64? {
        try db.read { db in
            try Self.currentOwners(db, of: "u.id = ?", arguments: [id]).first.flatMap { Int64($0.owner) }
        }
    }

    /// Customers a user means by text: an id, an exact alias, or name fragments.
    public func findCustomers(_ text: String) throws -> [CustomerRecord] {
        let ids = try customerIDs(meant: text)
        guard !ids.isEmpty else { return [] }
        let records = Dictionary(uniqueKeysWithValues: try customerRecords(only: Set(ids)).map { ($0.id, $0) })
        return ids.compactMap { records[$0] }
    }

    /// The ids `findCustomers` answers with, in the order it gives them.
    func customerIDs(meant text: String) throws -> [Int64] {
        try db.read { db in
            if let id = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text),
               try Bool.fetchOne(db, sql: "SELECT 1 FROM customer WHERE id = ?", arguments: [id]) != nil {
                return [id]
            }
            let key = try Normalizer.nameKey(text)
            guard !key.isEmpty else { return [] }
            // In list order: confirmed first, then by documents.
            func ordered(_ ids: Set<Int64>) throws -> [Int64] {
                try Int64.fetchAll(db, sql: """
                    SELECT c.id FROM customer c WHERE c.id IN (SELECT value FROM json_each(?))
                    ORDER BY c.provisional, (SELECT count(*) FROM documentCustomer dc WHERE dc.customerId = c.id) DESC, c.id
                    """, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
            }
            let exact = Set(try Int64.fetchAll(try db.cachedStatement(sql: "SELECT customerId FROM customerAlias WHERE aliasKey = ?"), arguments: [key]))
            if !exact.isEmpty {
                let matches = try ordered(exact)
                let allProvisional = try Int.fetchOne(db, sql: "SELECT count(*) FROM customer WHERE provisional = 0 AND id IN (SELECT value FROM json_each(?))",
                                                      arguments: ["[" + exact.map(String.init).joined(separator: ",") + "]"]) == 0
                // Only an unconfirmed name matched: offer the confirmed customer it resembles, too.
                if allProvisional, let (similar, _) = try Self.similarConfirmed(db, key: key), !exact.contains(similar) {
                    return matches + [similar]
                }
                return matches
            }
            let partial = Set(try Int64.fetchAll(try db.cachedStatement(sql: "SELECT customerId FROM customerAlias WHERE instr(aliasKey, ?) > 0"), arguments: [key]))
            if !partial.isEmpty { return try ordered(partial) }
            // A near spelling of a confirmed customer's name.
            if key.unicodeScalars.count >= 4, let (id, _) = try Self.similarConfirmed(db, key: key) { return [id] }
            return []
        }
    }

    public func addCustomerAlias(_ customerId: Int64, alias: String) throws {
        let key = try Normalizer.nameKey(alias)
        guard key.count >= 2 else { throw KBError.badQuery("alias '\(alias)' is too short (at least 2 characters besides spaces and punctuation)") }
        try db.write { db in
            if let r = try Row.fetchOne(db, sql: """
                SELECT c.id, c.name, c.provisional FROM customerAlias a JOIN customer c ON c.id = a.customerId WHERE a.aliasKey = ?
                """, arguments: [key]), (r["id"] as Int64) != customerId, !(r["provisional"] as Bool) {
                throw KBError.badQuery("'\(alias)' already names \(r["name"] as String) (#\(r["id"] as Int64)), a confirmed customer; if they are one customer, use kb customer merge")
            }
            try Self.addAlias(db, customerId: customerId, alias: alias, how: "by hand", docId: nil, replace: true)
            try db.cachedStatement(sql: "UPDATE customer SET provisional = 0 WHERE id = ?").execute(arguments: [customerId])
            try Self.relinkEverythingLater(db)  // any document may write the new alias
        }
    }

    /// Folds customer `other` into `keep`: every link moves, `other`'s names become aliases.
    public func mergeCustomers(keep: Int64, other: Int64, confirmed: Bool = false) throws {
        guard keep != other else { throw KBError.badQuery("cannot merge a customer into itself") }
        try db.write { db in
            let k = try Bool.fetchOne(try db.cachedStatement(sql: "SELECT provisional FROM customer WHERE id = ?"), arguments: [keep]) ?? true
            let o = try Bool.fetchOne(try db.cachedStatement(sql: "SELECT provisional FROM customer WHERE id = ?"), arguments: [other]) ?? true
            if k && !o {
                throw KBError.badQuery("#\(keep) is unconfirmed and #\(other) is confirmed: keep the confirmed one (kb customer merge \(other) \(keep))")
            }
            if !k && !o && !confirmed {
                throw KBError.rule(.init("mergeConfirmed", ["keep": "#\(keep)", "other": "#\(other)"],
                                         "#\(keep) and #\(other) are both confirmed customers (each has a customer file); add --confirm if they really are one customer"))
            }
            try Self.merge(db, from: other, into: keep, how: "merged")
            try db.cachedStatement(sql: "UPDATE customer SET provisional = 0 WHERE id = ?").execute(arguments: [keep])
        }
    }

    // MARK: hand corrections and explanations

    public func correctLink(doc: DocumentID, target: String, targetId: Int64, action: String, who: String) throws {
        guard !who.trimmingCharacters(in: .whitespaces).isEmpty else { throw KBError.badQuery("say who makes the correction: --as NAME") }
        try db.write { db in
            guard try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM document WHERE id = ?"), arguments: [doc.rawValue]) != nil else {
                throw KBError.notFound("no document #\(doc)")
            }
            let table = target == "customer" ? "documentCustomer" : "documentUnit"
            let column = target == "customer" ? "customerId" : "unitId"
            let linked = try Int64.fetchOne(db, sql: "SELECT 1 FROM \(table) WHERE docId = ? AND \(column) = ?", arguments: [doc.rawValue, targetId]) != nil
            if action == "remove" && !linked { throw KBError.badQuery("document #\(doc) is not linked to that \(target)") }
            if action == "add" && linked {
                let how = try String.fetchOne(db, sql: "SELECT how FROM \(table) WHERE docId = ? AND \(column) = ?", arguments: [doc.rawValue, targetId]) ?? ""
                if !how.hasPrefix("by hand") { throw KBError.badQuery("document #\(doc) is already linked to that \(target) (\(how))") }
            }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO linkCorrection (docId, target, targetId, action, who, at) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [doc.rawValue, target, targetId, action, who, Self.now()])
            try db.cachedStatement(sql: "UPDATE document SET needsLink = 1 WHERE id = ?").execute(arguments: [doc.rawValue])
        }
        try relink([doc])
    }

    public func explainLinks(_ doc: DocumentID) throws -> [LinkExplanation] {
        try db.read { db in
            let customers = try Row.fetchAll(db, sql: """
                SELECT c.id, c.name, dc.how FROM documentCustomer dc JOIN customer c ON c.id = dc.customerId WHERE dc.docId = ? ORDER BY c.id
                """, arguments: [doc.rawValue]).map { LinkExplanation(target: "customer", id: $0["id"], name: $0["name"], how: $0["how"]) }
            let units = try Row.fetchAll(db, sql: """
                SELECT u.id, u.serial, du.how FROM documentUnit du JOIN unit u ON u.id = du.unitId WHERE du.docId = ? ORDER BY u.serial
                """, arguments: [doc.rawValue]).map { LinkExplanation(target: "unit", id: $0["id"], name: $0["serial"], how: $0["how"]) }
            let removed = try Row.fetchAll(db, sql: """
                SELECT l.target, l.targetId, l.who, l.at, coalesce(c.name, u.serial, '') AS name FROM linkCorrection l
                LEFT JOIN customer c ON l.target = 'customer' AND c.id = l.targetId
                LEFT JOIN unit u ON l.target = 'unit' AND u.id = l.targetId
                WHERE l.docId = ? AND l.action = 'remove'
                """, arguments: [doc.rawValue]).map {
                LinkExplanation(target: $0["target"], id: $0["targetId"], name: $0["name"],
                                how: "removed by hand (\($0["who"] as String), \(($0["at"] as String).prefix(10)))")
            }
            return customers + units + removed
        }
    }

    /// Documents naming a customer kb could not match to a known one, or a serial it could not read.
    public func unresolvedLinks() throws -> [(doc: DocumentID, source: String, what: String)] {
        try db.read { db in
            var out: [(DocumentID, String, String)] = []
            for r in try Row.fetchAll(db, sql: """
                SELECT d.id, d.source, c.name FROM documentCustomer dc JOIN customer c ON c.id = dc.customerId
                JOIN document d ON d.id = dc.docId WHERE c.provisional = 1 ORDER BY d.id
                """) {
                out.append((DocumentID(r["id"] as Int64), r["source"], "customer '\(r["name"] as String)' matches no known customer"))
            }
            for r in try Row.fetchAll(db, sql: """
                SELECT d.id, d.source, f.label, f.value FROM field f JOIN document d ON d.id = f.docId
                WHERE f.name = 'serial' AND f.canonical IS NULL ORDER BY d.id
                """) {
                out.append((DocumentID(r["id"] as Int64), r["source"], "\(r["label"] as String) '\(r["value"] as String)' is not a serial number"))
            }
            return out.sorted { $0.0 < $1.0 }
        }
    }

    // MARK: units

    /// Units a user means by a serial in any format: the exact unit, else those whose serial
    /// ends with or contains it (4+ characters).
    public func findUnits(_ text: String) throws -> [UnitRecord] {
        let letters = text.filter { $0.isLetter || $0.isNumber }
        if letters.count < 4 { throw KBError.badQuery("'\(text)': give at least 4 characters of the serial (the last digits are enough when they are unique)") }
        guard let canon = Normalizer.canonicalSerial(text) ?? Normalizer.canonicalModel(text).flatMap({ $0.count >= 4 ? $0 : nil }) else { return [] }
        return try db.read { db in
            var ids = try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM unit WHERE serial = ?"), arguments: [canon])
            if ids.isEmpty {
                ids = try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM unit WHERE serial LIKE '%' || ? ORDER BY serial"), arguments: [canon])
            }
            if ids.isEmpty {
                ids = try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM unit WHERE instr(serial, ?) > 0 ORDER BY serial"), arguments: [canon])
            }
            if ids.isEmpty, canon.contains(where: { $0 == "O" || $0 == "I" }) {
                // As OCR writes it: an O for a zero, an I for a one (see UnitSerials.twins).
                ids = try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM unit WHERE serial = ?"), arguments: [UnitSerials.inDigits(canon)])
            }
            return try ids.map { try Self.unitRecord(db, $0) }
        }
    }

    static func unitRecord(_ db: Database, _ id: Int64) throws -> UnitRecord {
        guard let r = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM unit WHERE id = ?"), arguments: [id]) else {
            throw KBError.notFound("no unit #\(id)")
        }
        var u = UnitRecord(id: id, serial: r["serial"], serialAsWritten: r["serialAsWritten"])
        u.facts = try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM unitFact WHERE unitId = ? ORDER BY coalesce(docDate, ''), docId"), arguments: [id])
            .map { UnitFact(fact: $0["fact"], value: $0["value"], docId: $0["docId"], date: $0["docDate"], how: $0["how"]) }
        return u
    }

    public func unitDocuments(_ unitId: Int64) throws -> [DocumentID] {
        try db.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT d.id FROM documentUnit du JOIN document d ON d.id = du.docId WHERE du.unitId = ?
                ORDER BY d.docDate IS NULL, d.docDate, d.id
                """, arguments: [unitId]).map { DocumentID($0) }
        }
    }

    public func customerDocuments(_ customerId: Int64) throws -> [DocumentID] {
        try db.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT d.id FROM documentCustomer dc JOIN document d ON d.id = dc.docId WHERE dc.customerId = ?
                ORDER BY d.docDate IS NULL, d.docDate, d.id
                """, arguments: [customerId]).map { DocumentID($0) }
        }
    }

    public func customerName(_ id: Int64) throws -> String? {
        try db.read { db in try String.fetchOne(try db.cachedStatement(sql: "SELECT name FROM customer WHERE id = ?"), arguments: [id]) }
    }

    public func unitID(serial: String) throws -> Int64? {
        try db.read { db in try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM unit WHERE serial = ?"), arguments: [serial]) }
    }

    /// Repair documents about units of a model (the model in force, `unitModels`).
    public func repairDocuments(model: String) throws -> [(doc: DocumentID, unit: Int64)] {
        try repairDocuments(units: Set(unitModels().filter { $0.value == model }.keys))
    }

    /// Each unit's model in force (the newest stated), by unit id: one pass over the model
    /// facts, for a caller that needs the units of many models.
    public func unitModels() throws -> [Int64: String] {
        try db.read { db in
            var out: [Int64: String] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT unitId, value FROM unitFact WHERE fact = 'model' ORDER BY unitId, coalesce(docDate, '') DESC, docId DESC
                """)
            while let r = try rows.next() {
                let unit: Int64 = r[0]
                if out[unit] == nil { out[unit] = r[1] }
            }
            return out
        }
    }

    /// Every customer's id.
    public func customerIDs() throws -> [Int64] {
        try db.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM customer ORDER BY id") }
    }

    /// Repair documents about these units.
    public func repairDocuments(units: Set<Int64>) throws -> [(doc: DocumentID, unit: Int64)] {
        guard !units.isEmpty else { return [] }
        let list = "[" + units.sorted().map(String.init).joined(separator: ",") + "]"
        return try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT du.docId, du.unitId FROM documentUnit du JOIN document d ON d.id = du.docId
                WHERE d.kind = 'repair' AND du.unitId IN (SELECT value FROM json_each(?)) ORDER BY du.docId
                """, arguments: [list]).map { (DocumentID($0["docId"] as Int64), $0["unitId"] as Int64) }
        }
    }

    /// Models of the units on record, canonical.
    public func knownModels() throws -> Set<String> {
        try db.read { db in Set(try String.fetchAll(db, sql: "SELECT DISTINCT value FROM unitFact WHERE fact = 'model'")) }
    }

    public func documentIDs(kind: DocumentKind) throws -> [DocumentID] {
        try db.read { db in
            try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM document WHERE kind = ? ORDER BY id"), arguments: [kind.rawValue]).map { DocumentID($0) }
        }
    }

    /// A customer's name, or for an unconfirmed one the confirmed customer it resembles.
    public func confirmedName(_ id: Int64) throws -> String {
        try confirmedNames([id])[id] ?? "#\(id)"
    }

    /// `confirmedName` of each: the customers' names, an unconfirmed one as the confirmed
    /// customer it resembles. The names of the confirmed are read once for all of them (a
    /// brief names the customers of hundreds of repair cards).
    public func confirmedNames(_ ids: Set<Int64>) throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        return try db.read { db in
            var out: [Int64: String] = [:]
            var matcher: CustomerMatcher?
            for id in ids {
                guard let r = try Row.fetchOne(try db.cachedStatement(sql: "SELECT name, nameKey, provisional FROM customer WHERE id = ?"), arguments: [id]) else {
                    out[id] = "#\(id)"
                    continue
                }
                out[id] = r["name"]
                guard r["provisional"] as Bool else { continue }
                if matcher == nil { matcher = try CustomerMatcher(db, similarOnly: true) }
                if let (other, _) = try matcher?.similar(r["nameKey"], name: r["name"]),
                   let name = try String.fetchOne(try db.cachedStatement(sql: "SELECT name FROM customer WHERE id = ?"), arguments: [other]) {
                    out[id] = name
                }
            }
            return out
        }
    }
}


/// Confirmed customers by the English names documents write: by the distinctive words of
/// their English aliases, and by the pinyin of their Chinese names (`Qihui Medical
/// Laboratory` for 启晖医学检验实验室, `Enhao Technology Corp.` for 基隆恩澔科技股份有限公司), or
/// their Cantonese (`Shun Wo Medical Lab` for 信和醫學化驗所).
/// The words before the first generic one (Medical, Technology, Hospital…) must spell in
/// pinyin 2 to 4 characters of one customer's name or alias, at its start or after a place
/// name of 2 or 3 characters; of two customers spelled alike, the one whose names say what the
/// generic words say wins, if only one does.
final class RomanisedNames {
    private var byKey: [String: [Int64: String]] = [:]
    private var byDistinctive: [String: [Int64: String]] = [:]
    /// The same parts by their Cantonese (`Cantonese` keys), for Hong Kong's and Macau's
    /// English names (`Shun Wo Medical Lab` for 信和醫學化驗所).
    private var byCantonese: [String: [Int64: String]] = [:]

    /// A company's legal form in English (`Pty Ltd`, `Sdn Bhd`): no part of which company it is.
    static let legalForms: Set<String> = ["co", "ltd", "corp", "inc", "limited", "pty", "pte", "llc", "plc", "sdn", "bhd", "gmbh"]

    /// Words that say what a customer is, not which one.
    static let generic: Set<String> = legalForms.union([
        "medical", "laboratory", "laboratories", "lab", "labs", "hospital", "clinic", "center", "centre",
        "central", "county", "city", "district", "provincial", "municipal", "people", "peoples", "first",
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "university", "college", "school", "institute", "academy", "technology", "technologies",
        "tech", "water", "environmental", "software", "pharmaceutical", "pharma", "chemical", "precision", "instruments", "instrument",
        "equipment", "storage", "smart", "intelligent", "trading", "engineering", "communications", "optoelectronics", "electronics", "electronic", "electric", "manufacturing", "industrial", "industries", "industry",
        "corporation", "company", "group", "holdings", "energy", "new",
        // Hong Kong's `Hospital Authority` runs every public hospital: it names none of them.
        "authority",
        // Kinds as Portuguese, Spanish and French name them after `Hospital` (Macau's
        // `Hospital Universitário` is a university hospital, no name).
        "universitario", "universitaire", "regional", "geral",
        "materials", "material", "science", "sciences", "life", "health", "healthcare", "biotech", "bio", "data",
        "network", "networks", "information", "power", "systems", "system", "testing", "test", "inspection",
        "diagnostics", "of", "the", "and", "for", "tcm", "maternal", "child", "children", "women", "general",
        "traditional", "chinese", "medicine", "research", "idc", "cloud", "semiconductor", "battery", "batteries",
        "vocational", "technical", "polytechnic", "normal", "union", "affiliated", "no", "dc",
        "med", "univ", "hosp", "inst", "dept", "coll", "ctr", "mch", "cdc",
        // What a department or a kind is: `Clinical Lab, Yichang Children's Hospital` is no
        // `Clinical Laboratory, The First Affiliated Hospital`.
        "clinical", "pathology", "department", "jabatan", "transfusion", "microbiology", "office", "blood", "station", "childrens", "affil",
        // Taiwan's foundation hospitals are written with or without it (`An Kang Memorial Hospital`).
        "memorial",
    ])

    /// What generic English words say in Chinese names, to tell apart two customers spelled
    /// alike: `Enhong Hospital` is 恩弘医院, `Enhong Medical Laboratory` 恩弘医学检验实验室.
    static let genericInChinese: [String: [String]] = [
        "hospital": ["医院"], "laboratory": ["实验室", "检验"], "laboratories": ["实验室", "检验"], "lab": ["实验室", "检验"],
        "labs": ["实验室", "检验"], "medical": ["医学", "医疗", "医"], "clinic": ["诊所", "门诊"], "center": ["中心"],
        "centre": ["中心"], "university": ["大学"], "college": ["学院"], "school": ["学院", "学校"], "institute": ["研究所", "研究院"],
        "technology": ["科技", "技术"], "technologies": ["科技", "技术"], "tech": ["科技", "技术"], "electronics": ["电子"],
        "electronic": ["电子"], "manufacturing": ["制造"], "energy": ["能源"], "materials": ["材料"], "battery": ["电池"],
        "batteries": ["电池"], "network": ["网络"], "networks": ["网络"], "data": ["数据"], "power": ["电力", "动力"],
        "county": ["县"], "city": ["市"], "tcm": ["中医"], "people": ["人民"], "peoples": ["人民"],
        "vocational": ["职业"], "technical": ["技术"], "group": ["集团"], "blood": ["血"], "station": ["站"],
        "children": ["儿童"], "childrens": ["儿童"],
    ]

    private var names: [Int64: [String]] = [:]
    /// Each customer's registered name, read for its city, number, kind and department.
    private var structures: [Int64: InstitutionName] = [:]
    private let readings: PinyinReadings

    convenience init(_ db: Database) throws {
        try self.init(try Row.fetchAll(db, sql: """
            SELECT a.customerId, a.alias, a.aliasKey, a.how FROM customerAlias a JOIN customer c ON c.id = a.customerId
            WHERE c.provisional = 0 ORDER BY a.customerId, a.aliasKey
            """).map { (id: $0["customerId"], alias: $0["alias"], key: $0["aliasKey"], registered: ($0["how"] as String) == "name") })
    }

    /// Of these names only: `registered`, the customer's own name (not an alias).
    init(_ confirmed: [(id: Int64, alias: String, key: String, registered: Bool)]) throws {
        readings = try PinyinReadings.load()
        for (id, alias, key, registered) in confirmed {
            names[id, default: []].append(key)
            if registered { structures[id] = InstitutionName.of(alias) }
            let distinctive = Self.distinctiveWords(alias).joined()
            if Self.mayBeRomanised(alias), distinctive.count >= 4 { byDistinctive[distinctive, default: [:]][id] = alias }
            let chars = Array(key.unicodeScalars)
            for start in [0, 2, 3] {
                for length in 2...4 where start + length <= chars.count {
                    let part = chars[start..<(start + length)]
                    guard part.allSatisfy(Normalizer.isCJK) else { continue }
                    let text = String(scalars: part)
                    for key in PinyinReadings.fullKeys(readings.readings(of: text)) where key.count >= 4 {
                        byKey[key, default: [:]][id] = text
                    }
                    for key in readings.cantoneseKeys(of: text) { byCantonese[key, default: [:]][id] = text }
                }
            }
        }
    }

    /// No Chinese, and some letters.
    static func mayBeRomanised(_ name: String) -> Bool {
        !name.unicodeScalars.contains(where: Normalizer.isCJK) && name.contains(where: \.isLetter)
    }

    /// The words of an English name before the first generic one, lower case; a department
    /// written first (`Ophthalmology, Da Chien General Hospital`, `Eye Dept., Xiangyang Central
    /// Hosp.`) is read after its institution, as `Da Chien General Hospital – Ophthalmology` is.
    /// A hospital named as Malay, Spanish or French write it, its kind first (`Hospital Raja
    /// Permaisuri Bainun`), has the words after the kind (not `Hospital of Stomatology`).
    static func distinctiveWords(_ name: String) -> [String] {
        let written = institutionFirst(name)
        // A department written first (`Operations Dept., Guilin Bank`, `Facilities Engineering,
        // Runhe Microelectronics`): the institution after it says which customer, unless it says only a place (`Taiwan
        // Power Company`: taiwan would be every company of Taiwan).
        if let comma = written.firstIndex(of: ","), case let head = String(written[..<comma]), let last = words(head).last,
           departmentWords.contains(last) || InstitutionName.of(head).department != nil,
           case let found = distinctiveWords(String(written[written.index(after: comma)...])), !found.isEmpty,
           found.count > 1 || !Places.shared.romanised.contains(found[0]) {
            return found
        }
        let all = words(written)
        // A bank named by what follows `of` (`Bank of Handan`, `Bank of Taiwan, Keelung Branch`):
        // both were `bank`, and one bank.
        if all.count > 2, all[0] == "bank", all[1] == "of" {
            return Array(all.dropFirst(2).prefix { !generic.contains($0) })
        }
        if all.count > 1, kindsWrittenFirst.contains(all[0]), !generic.contains(all[1]) {
            // Up to the department or campus set off after it (` – Jabatan Oftalmologi`, ` (Eye Clinic)`).
            let head = written.prefix { !"–—(（,;/".contains($0) }.components(separatedBy: " - ")[0]
            return Array(words(head).dropFirst().prefix { !generic.contains($0) })
        }
        return Array(all.prefix { !generic.contains($0) })
    }
    private static let kindsWrittenFirst: Set = ["hospital", "hosp", "clinic"]
    /// Words that end a department's English name.
    private static let departmentWords: Set = ["dept", "department", "division", "section", "office", "unit", "team", "workshop"]

    /// `Department, Institution` as `Institution – Department`; other names as written.
    static func institutionFirst(_ name: String) -> String {
        guard let comma = name.firstIndex(of: ","), case let head = String(name[..<comma]), head.count <= 40 else { return name }
        let tail = name[name.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        let department = InstitutionName.of(head), rest = InstitutionName.of(tail)
        guard department.department != nil, department.kind == nil, department.city == nil, department.number == nil,
              rest.kind != nil, tail.count >= 6 else { return name }
        // A place after the institution (`Chang Gung Memorial Hospital, Linkou`) is one of its
        // distinctive words, before it, as `Linkou Chang Gung …` writes it: which Chang Gung.
        if let second = tail.lastIndex(of: ","), case let place = tail[tail.index(after: second)...].trimmingCharacters(in: .whitespaces),
           !place.isEmpty, !place.contains(" "), place.first?.isUppercase == true, !legalForms.contains(place.lowercased().filter(\.isLetter)) {
            return place + " " + tail[..<second] + " – " + head
        }
        return tail + " – " + head
    }

    /// Every word of the name that is not generic, wherever it stands (`shenzhen` in `Dept. of
    /// Clinical Laboratory, Shenzhen Maternal & Child Health Care Hospital`).
    static func namingWords(_ name: String) -> [String] {
        words(name).filter { $0.count > 1 && !generic.contains($0) }
    }

    /// Lower case, accents taken off (`Universitário` is `universitario`).
    private static func words(_ name: String) -> [String] {
        let plain = name.utf8.allSatisfy { $0 < 0x80 } ? name.lowercased() : name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return plain.split { !($0.isASCII && $0.isLetter) }.map(String.init)
    }

    /// Whether a customer's registered name and this name differ in number, city, kind or department.
    private func conflicts(_ id: Int64, _ structure: InstitutionName) -> Bool {
        guard let registered = structures[id] else { return false }
        return registered.conflict(with: structure, pinyin: readings.keys(of:)) != nil
    }

    /// Words that say a name is a laboratory's or a hospital's, and what its Chinese names then have.
    static let kindWords: [(english: Set<String>, chinese: [String])] = [
        (["lab", "labs", "laboratory", "laboratories"], ["检验", "实验室", "化验", "医检"]),
        (["hospital", "hosp"], ["医院", "院"]),
    ]

    /// Whether a customer's names say the kind of institution an English name says it is:
    /// `Hongjun Med Lab` is no 宏骏纺织集团, though both are 宏骏.
    private func saysItsKind(_ name: String, _ id: Int64) -> Bool {
        let words = Set(Self.words(name))
        // A hospital's laboratory is a department: the hospital is what the name says it is.
        let kinds = Self.kindWords.filter { !$0.english.isDisjoint(with: words) }.suffix(1)
        return kinds.allSatisfy { kind in
            kind.english.isDisjoint(with: words) || (names[id] ?? []).contains { n in kind.chinese.contains(where: n.contains) }
        }
    }

    /// Whether an English name's distinctive words are those of one of these names' English
    /// aliases, or spell part of a Chinese one (what `englishAlias` and `match` start from).
    func mayMean(_ name: String) -> Bool {
        let words = Self.distinctiveWords(name), lead = words.joined()
        return !lead.isEmpty && (byDistinctive[lead] != nil || byKey[lead] != nil || spelledInCantonese(words) != nil)
    }

    /// The parts of confirmed names that words of two or more syllables say in Cantonese.
    private func spelledInCantonese(_ words: [String]) -> [Int64: String]? {
        Cantonese.key(of: words).flatMap { byCantonese[$0] }
    }

    /// The one confirmed customer with an English alias of these distinctive words, and how.
    func englishAlias(_ distinctive: String, structure: InstitutionName = InstitutionName(), written: String? = nil) -> (Int64, String)? {
        // `Kunming No.1 People's Hosp.`: a city's words tell none of its hospitals from another;
        // nor is a company in one place (`(Kunshan) Co., Ltd.`) the brand's in another.
        let place = written.flatMap(Self.placeInBrackets)
        guard structure.city != distinctive, let found = byDistinctive[distinctive]?.filter({ id, alias in
                  !conflicts(id, structure) && !(place != nil && Self.placeInBrackets(alias).map { $0 != place } == true)
              }), found.count == 1,
              let (id, alias) = found.first else { return nil }
        return (id, " → English name \(alias)")
    }

    /// The place an English company name states in brackets (`Hanfeng Precision Engineering
    /// (Kunshan) Co., Ltd.`: kunshan), as the dictionary romanises it; nil when it states none.
    static func placeInBrackets(_ name: String) -> String? {
        bracketedPlace(name)?.place
    }

    /// The name without the place it states in brackets.
    static func withoutPlaceInBrackets(_ name: String) -> String {
        guard let found = bracketedPlace(name) else { return name }
        var out = name
        out.removeSubrange(found.range)
        return out
    }

    private static func bracketedPlace(_ name: String) -> (place: String, range: Range<String.Index>)? {
        guard let open = name.firstIndex(where: { $0 == "(" || $0 == "（" }),
              let close = name[open...].firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
        let inner = name[name.index(after: open)..<close].lowercased().filter(\.isLetter)
        return Places.shared.romanised.contains(inner) ? (inner, open..<name.index(after: close)) : nil
    }

    /// The customer the name spells, and the Chinese it spells. Of several spelled alike, the
    /// one whose names say most of what the generic words say, if only one does; never one
    /// whose name differs in number, city, kind or department.
    func match(_ name: String, structure: InstitutionName = InstitutionName()) -> (Int64, String)? {
        let lead = Self.distinctiveWords(name)
        // `Fuzhou Second People's Hospital`: the words before the generic ones are its city,
        // not a name of its own; and a hospital named after its city is no company of that city.
        let civic = structure.kind.map(InstitutionName.civicKinds.contains) ?? false
        // Nor is the city of a customer's name that name (`Qingdao Central Blood Station` is no
        // 青岛汇智, whose city is 青岛).
        guard !lead.isEmpty, lead.count <= 3, structure.city != lead.joined(),
              let found = (byKey[lead.joined()] ?? spelledInCantonese(lead))?.filter({ id, part in
                  !conflicts(id, structure) && (!civic || structures[id]?.kind.map { InstitutionName.compatible($0, structure.kind!) } == true)
                      && structures[id]?.city != part && saysItsKind(name, id)
              }),
              !found.isEmpty else { return nil }
        if found.count == 1, let (id, part) = found.first { return (id, part) }
        let said = Self.words(name).compactMap { Self.genericInChinese[$0] }
        let scored = found.map { id, part in
            (id, part, said.filter { options in (names[id] ?? []).contains { n in options.contains { n.contains($0) } } }.count)
        }
        let best = scored.map(\.2).max() ?? 0
        let top = scored.filter { $0.2 == best }
        guard best > 0, top.count == 1 else { return nil }
        return (top[0].0, top[0].1)
    }
}

/// Every alias of every customer, indexed by character pair, for the fragments a query may
/// name (`一院检验科`, `恒澔`): a fragment is contained in an alias only if all its pairs are,
/// so the pairs' lists are intersected instead of every alias being searched.
final class AliasIndex {
    private var entries: [(id: Int64, name: String, key: String)] = []
    private var index = PairIndex()

    init(_ db: Database) throws {
        for r in try Row.fetchAll(db, sql: """
            SELECT c.id, c.name, a.aliasKey FROM customerAlias a JOIN customer c ON c.id = a.customerId ORDER BY c.id
            """) {
            let key: String = r["aliasKey"]
            index.add(PairIndex.pairs(key), as: entries.count)
            entries.append((r["id"], r["name"], key))
        }
    }

    /// Customers with an alias containing the fragment (folded to a name key), as
    /// `ArchiveStore.customers(matching:)` finds them.
    func customers(matching fragment: String) throws -> [(id: Int64, name: String)] {
        let key = try Normalizer.nameKey(fragment)
        guard key.unicodeScalars.count >= 2 else { return [] }
        var seen = Set<Int64>()
        return index.havingAll(PairIndex.pairs(key)).map { entries[$0] }
            .filter { $0.key.contains(key) && seen.insert($0.id).inserted }
            .sorted { $0.id < $1.id }.map { ($0.id, $0.name) }
    }
}

extension ArchiveStore {
    func aliasIndex() throws -> AliasIndex { try db.read { db in try AliasIndex(db) } }
}
