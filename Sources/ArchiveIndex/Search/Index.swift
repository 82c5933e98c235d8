import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The term prefixes and value slots: one table for the indexer and the query builder.
enum Schema {
    static let kindPrefix = "K"
    static let serialPrefix = "XS"
    static let modelPrefix = "XM"
    static let identifierPrefix = "XI"

    static let customerPrefix = "XC"
    /// Chinese dictionary words (转速), without positions, beside the n-grams.
    static let wordPrefix = "W"
    /// Article state (`XApublished`): with wdf, so published articles earn a bonus.
    static let articlePrefix = "XA"

    static let dateSlot: UInt32 = 0      // yyyyMMdd
    static let kindSlot: UInt32 = 1
    static let modelSlot: UInt32 = 2
    static let customerSlot: UInt32 = 3
    static let yearSlot: UInt32 = 4
    /// The document's revision when it was indexed (`kb check` compares it with SQLite's).
    static let revisionSlot: UInt32 = 5

    /// The longest term kb gives Xapian, prefix included. Xapian refuses terms over 245 bytes
    /// (and its tables keys over 252), and one refused term used to block every later commit;
    /// the term generator already skips words over 64 bytes.
    static let maxTermBytes = 160
    /// Positions left between title and body so phrases do not cross them.
    static let fieldGap: UInt32 = 100
    /// How much a title word counts against a body word.
    static let titleWeight: UInt32 = 3
}

/// Turns stored documents into Xapian documents. SQLite is the truth; this is derived.
struct DocumentIndexer {
    private let indexer: XapianIndexer
    private let dictionary: WordDictionary

    init() throws {
        indexer = try XapianIndexer()
        dictionary = try WordDictionary.loaded()
    }

    /// The Xapian document, and the Chinese words it was given (for the pinyin lexicon).
    func xapianDocument(for doc: StoredDocument) throws -> (XapianDocument, [String]) {
        let x = try XapianDocument()
        try x.setData(String(doc.id.rawValue))
        try x.addBooleanTerm(doc.id.uniqueTerm)
        try x.addBooleanTerm(Schema.kindPrefix + doc.kind.rawValue)
        indexer.start(x)
        let title = try Normalizer.fold(doc.title)
        // Title words weigh more; no second, prefixed copy of the title (no query asked for one:
        // it was a tenth of the index).
        try indexer.index(title, wdfIncrement: Schema.titleWeight)
        indexer.increaseTermPosition(by: Schema.fieldGap)
        try indexer.index(doc.foldedText)
        let words = dictionary.words(inFolded: title + "\n" + doc.foldedText)
        for (w, n) in words { try add(Schema.wordPrefix + w, wdf: n, to: x) }
        // Identifiers: serials and models from fields carry weight (a rare term ranks high);
        // identifier-shaped tokens in the text (E23, DA-7600, LFP48100) are findable in canonical form.
        for serial in Set(doc.serials) { try add(Schema.serialPrefix + serial, wdf: 2, to: x) }
        for model in Set(doc.models) { try add(Schema.modelPrefix + model, to: x) }
        for id in Set(Normalizer.identifierTokens(inFolded: doc.foldedText) + Normalizer.identifierTokens(inFolded: title)) {
            try add(Schema.identifierPrefix + id, to: x)
        }
        // With wdf 1, not boolean: a query naming the customer weighs its documents up.
        for c in doc.customers { try x.addTerm(Schema.customerPrefix + String(c.id)) }
        if let state = doc.articleState { try x.addTerm(Schema.articlePrefix + state.rawValue) }
        if let date = doc.date {
            try x.addValue(date.replacingOccurrences(of: "-", with: ""), slot: Schema.dateSlot)
            try x.addValue(String(date.prefix(4)), slot: Schema.yearSlot)
        }
        try x.addValue(doc.kind.rawValue, slot: Schema.kindSlot)
        try x.addValue(String(doc.revision), slot: Schema.revisionSlot)
        if let model = doc.models.first { try x.addValue(model, slot: Schema.modelSlot) }
        if let customer = doc.customers.first { try x.addValue(customer.name, slot: Schema.customerSlot) }
        return (x, Self.lexicon(words: words.keys, folded: doc.foldedText))
    }

    /// What a document gives the pinyin lexicon: its dictionary words, and its characters.
    static func lexicon(words: some Sequence<String>, folded: String) -> [String] {
        var lexicon = Array(words)
        var seen = Set<Unicode.Scalar>()
        for s in folded.unicodeScalars where s.value >= 0x3400 && Normalizer.isCJK(s) && seen.insert(s).inserted {
            lexicon.append(String(s))
        }
        return lexicon
    }

    /// The lexicon words of a stored document, as indexing it gives them.
    static func lexicon(of doc: StoredDocument, dictionary: WordDictionary) throws -> [String] {
        let title = try Normalizer.fold(doc.title)
        return lexicon(words: dictionary.words(inFolded: title + "\n" + doc.foldedText).keys, folded: doc.foldedText)
    }

    /// A term of bounded length: a longer one (a base64 blob, a URL) is no word anyone searches for.
    private func add(_ term: String, wdf: UInt32 = 1, to x: XapianDocument) throws {
        guard term.utf8.count <= Schema.maxTermBytes else { return }
        try x.addTerm(term, wdf: wdf)
    }
}

extension DocumentIndexer {
    /// Latin words worth a place in the spelling dictionary: runs of 4 or more ASCII letters,
    /// found in the bytes (a letter's byte is never part of another scalar's). (Xapian's
    /// FLAG_SPELLING would add every CJK pair as well.)
    static func spellingWords(_ doc: StoredDocument) -> [String] {
        var words: [String] = []
        for text in [doc.title.lowercased(), doc.foldedText] {
            let bytes = Array(text.utf8)
            var start = 0
            for i in 0...bytes.count {
                if i < bytes.count, case 0x61...0x7A = bytes[i] | 0x20 { continue }
                if (4...maxSpellingWord).contains(i - start) { words.append(String(decoding: bytes[start..<i], as: UTF8.self)) }
                start = i + 1
            }
        }
        return words
    }

    /// Longer runs of letters are base64 or run-together junk, not words to suggest.
    static let maxSpellingWord = 40

    typealias Built = [Result<(XapianDocument, [String], [String]), Error>]

    /// The Xapian documents for a batch, built on every core (one TermGenerator each).
    static func build(_ docs: [StoredDocument], with indexers: [DocumentIndexer]) -> Built {
        Parallel.map(docs, workers: indexers.count) { w, doc in indexers[w].built(doc) }
    }

    /// One document's Xapian document, lexicon words and spelling words.
    func built(_ doc: StoredDocument) -> Built.Element {
        Result {
            let (x, found) = try xapianDocument(for: doc)
            return (x, found, Self.spellingWords(doc))
        }
    }

    /// Writes a built batch (this thread is the one writer); spelling words are counted over
    /// the batch and added once each. A document the index refuses is left out and returned
    /// with the reason: Xapian drops every change since the last commit when it refuses one,
    /// so the batch is written again without it.
    static func write(_ docs: [StoredDocument], _ built: Built, to db: XapianDatabase,
                      words: inout Set<String>) throws -> [DocumentID: String] {
        var refused: [DocumentID: String] = [:]
        for (doc, result) in zip(docs, built) {
            if case .failure(let e) = result { refused[doc.id] = IndexMaintenance.reason(e) }
        }
        attempt: while true {
            var counts: [String: UInt32] = [:]
            var found = Set<String>()
            for (doc, result) in zip(docs, built) where refused[doc.id] == nil {
                let (x, lexicon, spelling) = try result.get()
                do {
                    try db.replace(docid: doc.id.xapianDocid, with: x)
                } catch {
                    refused[doc.id] = IndexMaintenance.reason(error)
                    continue attempt
                }
                found.formUnion(lexicon)
                for w in spelling { counts[w, default: 0] += 1 }
            }
            for (w, n) in counts { try db.addSpelling(w, frequency: n) }
            // A refused document's older version leaves the index too: it is not searchable
            // until it is indexed, whichever way (catch-up or rebuild) refused it.
            for id in refused.keys { try db.delete(uniqueTerm: id.uniqueTerm) }
            words.formUnion(found)
            return refused
        }
    }

    /// Indexes documents in batches, building batch k+1 on the other cores while batch k is
    /// written and committed; `committed` runs after each commit with the batch's documents,
    /// those the index refused and the batch's lexicon words.
    static func index(_ ids: [DocumentID], store: ArchiveStore, into db: XapianDatabase, batchSize: Int,
                      committed: (_ ids: [DocumentID], _ refused: [DocumentID: String], _ words: Set<String>) throws -> Void) throws {
        let indexers = try indexers()
        var pending: (ids: [DocumentID], docs: [StoredDocument], built: Built)?
        func writePending() throws {
            guard let p = pending else { return }
            var words = Set<String>()
            let refused = try write(p.docs, p.built, to: db, words: &words)
            try db.commit()
            try committed(p.ids, refused, words)
            pending = nil
        }
        for chunk in ids.chunked(batchSize) {
            let docs = try store.documents(Array(chunk))
            nonisolated(unsafe) var built: Built = []
            nonisolated(unsafe) let indexers = indexers
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { built = build(docs, with: indexers) }
            try writePending()
            group.wait()
            pending = (Array(chunk), docs, built)
        }
        try writePending()
    }

    /// One indexer per core.
    static func indexers() throws -> [DocumentIndexer] {
        try (0..<Parallel.cores).map { _ in try DocumentIndexer() }
    }
}

/// Applies SQLite's pending changes to the Xapian index, and rebuilds it from scratch.
public enum IndexMaintenance {
    /// Documents per Xapian commit. Xapian's writer keeps a batch's postings in memory, in
    /// maps that slow down as they grow: on 10,000 of kb's documents (450 terms each) a
    /// batch of 250 wrote in 20.5 s, 1,000 in 22.3 s, 4,000 in 27.3 s (100 was slower again,
    /// its commits the cost), and two batches of built documents are held at once, so the
    /// batch is also what indexing holds in memory.
    public static let batchSize = 250

    /// What a catch-up did.
    public struct CatchUp: Sendable {
        public var indexed = 0
        public var deleted = 0
        /// Segments written and merged in (0: every document went straight into the index).
        public var segments = 0
        /// Documents the index refused: stored, not searchable, set aside until they change
        /// or `kb reindex` tries them again.
        public var refused: [(id: DocumentID, reason: String)] = []
    }

    /// Writes every pending document to the index and deletes removed ones, committing in batches;
    /// each batch is marked indexed in SQLite, its lexicon words added in the same transaction,
    /// only after Xapian has committed it. A document the index refuses is set aside with its
    /// reason and never holds up the others. A missing index is built again whole.
    @discardableResult
    public static func catchUp(_ store: ArchiveStore, batchSize: Int = IndexMaintenance.batchSize,
                               segments: SegmentedIndexing.Policy = .standard, progress: ((Int, Int) -> Void)? = nil) throws -> CatchUp {
        try recoverInterruptedSwap(store.location)
        let fresh = !FileManager.default.fileExists(atPath: store.location.xapian.path)
        if fresh { try store.markAllForIndexing() }
        try store.readMissingFaultCodes()
        try VisitFaultNames.learnIfWaiting(store)
        let work = try store.pendingIndexWork()
        var result = CatchUp()
        if work.index.isEmpty && work.delete.isEmpty && !fresh { return result }
        let db = try XapianDatabase.openWritable(at: store.location.xapian.path)
        for id in work.delete { try db.delete(uniqueTerm: id.uniqueTerm) }
        if !work.delete.isEmpty {
            try db.commit()
            try store.markIndexed([], deleted: work.delete)
        }
        // New documents above every id the index holds can be written beside it and merged in.
        let last = try db.lastDocumentID()
        let appended = work.index.filter { $0.xapianDocid > last }
        let segmented = segments.pays(new: appended.count, indexed: try db.documentCount())
        let direct = segmented ? work.index.filter { $0.xapianDocid <= last } : work.index
        var done = 0
        try DocumentIndexer.index(direct, store: store, into: db, batchSize: batchSize) { ids, refused, words in
            try store.markIndexed(ids.filter { refused[$0] == nil }, deleted: [], refused: refused, lexicon: words)
            result.refused += refused.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            done += ids.count
            progress?(done, work.index.count)
        }
        try db.close()
        if segmented {
            let target = store.location.xapian
            let merged = target.deletingLastPathComponent().appendingPathComponent(IndexFolders.compacting)
            let before = done
            let outcome = try SegmentedIndexing.build(appended, store: store, base: target.path, into: merged,
                                                      segmentSize: segments.size(for: appended.count, workers: Parallel.cores),
                                                      batchSize: batchSize) { n in progress?(before + n, work.index.count) }
            try swapIn(merged, for: target)
            result.segments = outcome.segments
            // Marked after the swap: a crash between the two leaves them pending, written again.
            try store.markIndexed(appended.filter { outcome.refused[$0] == nil }, deleted: [], refused: outcome.refused,
                                  lexicon: outcome.words)
            result.refused += outcome.refused.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        // What the new documents say error codes mean (a removed one may have said it too).
        if work.delete.isEmpty { try store.learnFaultNames(of: work.index) } else { try store.db.write { try FaultNames.learn($0, codes: nil) } }
        // And what visits recorded in both languages say a fault is called in each.
        try VisitFaultNames.learn(store, units: try VisitFaultNames.units(of: work.index, removed: !work.delete.isEmpty, store: store))
        result.indexed = work.index.count - result.refused.count
        result.deleted = work.delete.count
        return result
    }

    /// Why the index refused a document, in one line of bounded length.
    static func reason(_ error: Error) -> String {
        let text = "\(error)".replacingOccurrences(of: "\n", with: " ")
        return text.count > 160 ? String(text.prefix(159)) + "…" : text
    }

    /// Compacts the index with Xapian's compaction into a copy, then swaps the copy in, and
    /// gives back SQLite's free pages when they are many (`StoreSize.reclaim`). Returns the
    /// store's size (index and SQLite) before and after, in bytes.
    public static func compact(_ store: ArchiveStore) throws -> (before: Int, after: Int) {
        let sqlite = { bytes(under: store.location.sqlite.path) }
        let sqliteBefore = sqlite()
        let index = try compactIndex(store)
        // A server's readers may hold the file; the index is compacted either way.
        _ = try? StoreSize.reclaim(store)
        return (index.before + sqliteBefore, index.after + sqlite())
    }

    private static func compactIndex(_ store: ArchiveStore) throws -> (before: Int, after: Int) {
        let fm = FileManager.default
        let target = store.location.xapian
        guard fm.fileExists(atPath: target.path) else {
            throw KBError.store("no search index at \(target.path); run `kb reindex` first")
        }
        let copy = target.deletingLastPathComponent().appendingPathComponent(IndexFolders.compacting)
        try? fm.removeItem(at: copy)
        let before = bytes(under: target.path)
        do { try XapianDatabase.compact(from: target.path, to: copy.path, sourceBytes: before) } catch {
            // A half-written copy (a full disk) is no use to anyone, and takes the space.
            try? fm.removeItem(at: copy)
            throw error
        }
        try swapIn(copy, for: target)
        return (before, bytes(under: target.path))
    }

    /// Puts the old index back when a swap was cut between its two moves (the old index is
    /// the one SQLite's bookkeeping describes: a rebuild marks documents indexed after its swap).
    static func recoverInterruptedSwap(_ location: StoreLocation) throws {
        let fm = FileManager.default
        let folder = location.xapian.deletingLastPathComponent()
        let old = folder.appendingPathComponent(IndexFolders.old)
        if fm.fileExists(atPath: location.xapian.path) {
            // The swap finished; what it left beside the index (and copies a killed rebuild or
            // compaction was writing) only takes space, and must never be put back later.
            for leftover in IndexFolders.leftovers {
                try? fm.removeItem(at: folder.appendingPathComponent(leftover))
            }
            return
        }
        guard fm.fileExists(atPath: old.path) else { return }
        do { try fm.moveItem(at: old, to: location.xapian) } catch {
            throw KBError.store("cannot put the search index back from \(old.path): \(error.localizedDescription)")
        }
    }

    /// Puts a finished index in the place of the old one (moved aside first, then removed).
    static func swapIn(_ new: URL, for target: URL) throws {
        let fm = FileManager.default
        let old = target.deletingLastPathComponent().appendingPathComponent(IndexFolders.old)
        try? fm.removeItem(at: old)
        if fm.fileExists(atPath: target.path) { try fm.moveItem(at: target, to: old) }
        try fm.moveItem(at: new, to: target)
        // The renames reach the disk before the caller records in SQLite what the new index
        // holds: after a power cut, the old index back with SQLite saying otherwise would leave
        // documents marked indexed that are not.
        let folder = open(target.deletingLastPathComponent().path, O_RDONLY)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
        try? fm.removeItem(at: old)
    }

    /// Bytes of a file, or of every file below a folder.
    public static func bytes(under path: String) -> Int {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { return 0 }
        guard isDir.boolValue else { return (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        return (fm.enumerator(atPath: path)?.allObjects as? [String] ?? []).reduce(0) { total, rel in
            total + ((try? fm.attributesOfItem(atPath: path + "/" + rel)[.size] as? Int) ?? 0)
        }
    }

    /// Makes every link again (links are derived from SQLite too), then builds a new index
    /// from SQLite beside the old one and swaps it in: a crash leaves the old index in place.
    @discardableResult
    public static func rebuild(_ store: ArchiveStore, batchSize: Int = IndexMaintenance.batchSize,
                               segments: SegmentedIndexing.Policy = .standard, progress: ((Int, Int) -> Void)? = nil) throws -> CatchUp {
        try store.relink(nil)
        let fm = FileManager.default
        let target = store.location.xapian
        let building = target.deletingLastPathComponent().appendingPathComponent(IndexFolders.rebuilding)
        try? fm.removeItem(at: building)
        let ids = try store.allDocumentIDs()
        var refused: [DocumentID: String] = [:]
        defer { try? fm.removeItem(at: building) }  // left only by a failure: moved in otherwise
        var words = Set<String>()
        var segmentCount = 0
        if segments.pays(new: ids.count, indexed: 0) {
            let outcome = try SegmentedIndexing.build(ids, store: store, base: nil, into: building,
                                                      segmentSize: segments.size(for: ids.count, workers: Parallel.cores),
                                                      batchSize: batchSize) {
                progress?($0, ids.count)
            }
            (refused, words, segmentCount) = (outcome.refused, outcome.words, outcome.segments)
        } else {
            let db = try XapianDatabase.openWritable(at: building.path)
            var done = 0
            try DocumentIndexer.index(ids, store: store, into: db, batchSize: batchSize) { chunk, refusedHere, found in
                refused.merge(refusedHere) { a, _ in a }
                words.formUnion(found)
                done += chunk.count
                progress?(done, ids.count)
            }
            try db.close()
        }
        try PinyinLexicon.update(store, words: words)
        // Words that went in while CC-CEDICT could not be read get their English now.
        try Bilingual.fillMissing(store)
        try store.db.write { try FaultNames.learn($0, codes: nil) }
        try swapIn(building, for: target)
        let pending = try store.pendingIndexWork()
        try store.markIndexed(ids.filter { refused[$0] == nil }, deleted: pending.delete, refused: refused)
        var result = CatchUp()
        result.indexed = ids.count - refused.count
        result.segments = segmentCount
        result.refused = refused.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return result
    }
}
