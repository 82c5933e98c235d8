// The one Swift file that touches the Xapian C API (CXapianShim). Each C handle
// has exactly one owner, a final class that frees it in deinit; C strings are
// copied into Swift values at once and freed in a defer.

internal import CXapianShim
import Foundation

/// A failure reported by Xapian, with the operation that failed.
public struct XapianError: Error, CustomStringConvertible, Sendable {
    public enum Code: Sendable {
        case locked, corrupt, modified, cannotOpen, badQuery, invalid, documentNotFound, noMemory, other
    }
    public let code: Code
    public let operation: String
    public let message: String

    public var description: String {
        switch code {
        case .locked: "the index is locked by another kb process (\(operation)): \(message)"
        case .corrupt: "the index is damaged (\(operation)): \(message); run `kb reindex` to rebuild it"
        case .modified: "the index changed while reading (\(operation)); try again"
        case .cannotOpen: "cannot open the index (\(operation)): \(message)"
        case .badQuery: "the query was rejected: \(message)"
        default: "Xapian error in \(operation): \(message)"
        }
    }
}

/// Turns a status and its message into a Swift error: the one choke point.
private func check(_ status: kbx_status, _ err: UnsafeMutablePointer<CChar>?, _ operation: String) throws(XapianError) {
    defer { kbx_free(err) }
    guard status != KBX_OK else { return }
    let message = err.map { String(cString: $0) } ?? "no message"
    let code: XapianError.Code = switch status {
    case KBX_ERR_LOCKED: .locked
    case KBX_ERR_CORRUPT: .corrupt
    case KBX_ERR_MODIFIED: .modified
    case KBX_ERR_OPENING: .cannotOpen
    case KBX_ERR_QUERY: .badQuery
    case KBX_ERR_INVALID: .invalid
    case KBX_ERR_DOC_NOT_FOUND: .documentNotFound
    case KBX_ERR_NO_MEMORY: .noMemory
    default: .other
    }
    throw XapianError(code: code, operation: operation, message: message)
}

private func takeString(_ p: UnsafeMutablePointer<CChar>?, _ len: Int) -> String {
    guard let p else { return "" }
    defer { kbx_free(p) }
    return String(decoding: UnsafeRawBufferPointer(start: p, count: len), as: UTF8.self)
}

/// Xapian's library version, e.g. "1.4.22".
public var xapianVersion: String { String(cString: kbx_version()) }

/// An open Xapian database: a writer (one per store, behind the store's lock) or a reader
/// over one or more shards. Not thread-safe: one owner at a time.
public final class XapianDatabase {
    fileprivate let handle: OpaquePointer
    public let isWritable: Bool
    /// A writer's folder, whose disk is looked at before each commit.
    private let path: String?

    private init(handle: OpaquePointer, writable: Bool, path: String? = nil) {
        self.handle = handle
        self.isWritable = writable
        self.path = path
    }

    deinit { kbx_db_free(handle) }

    /// Writers take the store's write lock first, so Xapian's own lock is held by no other kb.
    /// It can still be held for a moment after a writer in this process closed the index: the
    /// lock lives on while a process started meanwhile (OCR, gzip) holds an inherited copy of
    /// its file. (Seen once in a test run, with tests writing and spawning in parallel.) So a
    /// lock found held is tried again for a few seconds.
    public static func openWritable(at path: String, create: Bool = true) throws(XapianError) -> XapianDatabase {
        let deadline = Date().addingTimeInterval(lockRetrySeconds)
        while true {
            var out: OpaquePointer?
            var err: UnsafeMutablePointer<CChar>?
            do {
                try check(kbx_db_open_writable(path, create ? 1 : 0, &out, &err), err, "open \(path) for writing")
            } catch let e where e.code == .locked && Date() < deadline {
                usleep(50_000)
                continue
            }
            guard let out else { throw XapianError(code: .noMemory, operation: "open", message: "no handle") }
            return XapianDatabase(handle: out, writable: true, path: path)
        }
    }

    static let lockRetrySeconds: TimeInterval = 5

    /// Opens the shards as one read-only database.
    public static func openReadOnly(shards: [String]) throws(XapianError) -> XapianDatabase {
        guard let first = shards.first else {
            throw XapianError(code: .cannotOpen, operation: "open", message: "no database given")
        }
        var out: OpaquePointer?
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_db_open_readonly(first, &out, &err), err, "open \(first)")
        guard let out else { throw XapianError(code: .noMemory, operation: "open", message: "no handle") }
        let db = XapianDatabase(handle: out, writable: false)
        for shard in shards.dropFirst() {
            var err2: UnsafeMutablePointer<CChar>?
            try check(kbx_db_add_shard(out, shard, &err2), err2, "add shard \(shard)")
        }
        return db
    }

    public func reopen() throws(XapianError) {
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_db_reopen(handle, &err), err, "reopen")
    }

    /// Whether any term has positions (Latin words do; Chinese characters are indexed without).
    public func hasPositions() throws(XapianError) -> Bool {
        var yes: Int32 = 0
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_db_has_positions(handle, &yes, &err), err, "look for positions")
        return yes != 0
    }

    public func documentCount() throws(XapianError) -> Int {
        var n: UInt32 = 0
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_db_doccount(handle, &n, &err), err, "count documents")
        return Int(n)
    }

    public func termFrequency(_ term: String) throws(XapianError) -> Int {
        var n: UInt32 = 0
        var err: UnsafeMutablePointer<CChar>?
        var t = term
        let status = t.withUTF8 { kbx_db_termfreq(handle, $0.baseAddress, $0.count, &n, &err) }
        try check(status, err, "term frequency")
        return Int(n)
    }

    /// Terms that start with prefix, with their document frequencies, at most limit.
    public func terms(withPrefix prefix: String, limit: Int = .max) throws(XapianError) -> [(term: String, frequency: Int)] {
        final class Box { var items: [(term: String, frequency: Int)] = []; var limit = 0 }
        let box = Box()
        box.limit = limit
        var err: UnsafeMutablePointer<CChar>?
        var p = prefix
        let status = p.withUTF8 { buf in
            kbx_db_terms(handle, buf.baseAddress, buf.count, { ctx, term, len, freq in
                guard let ctx, let term else { return 1 }
                let box = Unmanaged<Box>.fromOpaque(ctx).takeUnretainedValue()
                let s = String(decoding: UnsafeRawBufferPointer(start: term, count: len), as: UTF8.self)
                box.items.append((s, Int(freq)))
                return box.items.count >= box.limit ? 1 : 0
            }, Unmanaged.passUnretained(box).toOpaque(), &err)
        }
        try check(status, err, "list terms")
        return box.items
    }

    /// Adds or replaces the document carrying uniqueTerm.
    @discardableResult
    public func replace(uniqueTerm: String, with document: XapianDocument) throws(XapianError) -> UInt32 {
        var id: UInt32 = 0
        var err: UnsafeMutablePointer<CChar>?
        var t = uniqueTerm
        let status = t.withUTF8 { kbx_db_replace(handle, $0.baseAddress, $0.count, document.handle, &id, &err) }
        try check(status, err, "replace document")
        return id
    }

    /// The terms that best characterise these documents ("more like this"), best first.
    public func expand(docids: [UInt32], terms n: Int) throws(XapianError) -> [(term: String, weight: Double)] {
        final class Box { var items: [(term: String, weight: Double)] = [] }
        let box = Box()
        var err: UnsafeMutablePointer<CChar>?
        let status = docids.withUnsafeBufferPointer { ids in
            kbx_db_expand(handle, ids.baseAddress, ids.count, UInt32(clamping: n), { ctx, term, len, weight in
                guard let ctx, let term else { return }
                let s = String(decoding: UnsafeRawBufferPointer(start: term, count: len), as: UTF8.self)
                Unmanaged<Box>.fromOpaque(ctx).takeUnretainedValue().items.append((s, weight))
            }, Unmanaged.passUnretained(box).toOpaque(), &err)
        }
        try check(status, err, "expand")
        return box.items
    }

    /// Adds or replaces the document with this docid.
    public func replace(docid: UInt32, with document: XapianDocument) throws(XapianError) {
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_db_replace_id(handle, docid, document.handle, &err), err, "replace document \(docid)")
    }

    public func delete(uniqueTerm: String) throws(XapianError) {
        var err: UnsafeMutablePointer<CChar>?
        var t = uniqueTerm
        let status = t.withUTF8 { kbx_db_delete(handle, $0.baseAddress, $0.count, &err) }
        try check(status, err, "delete document")
    }

    public func addSpelling(_ word: String, frequency: UInt32 = 1) throws(XapianError) {
        var err: UnsafeMutablePointer<CChar>?
        var w = word
        let status = w.withUTF8 { kbx_db_add_spelling(handle, $0.baseAddress, $0.count, frequency, &err) }
        try check(status, err, "add spelling")
    }

    /// The archive word nearest to word (within maxEdits), or nil.
    public func spellingSuggestion(_ word: String, maxEdits: UInt32 = 2) throws(XapianError) -> String? {
        var out: UnsafeMutablePointer<CChar>?
        var len = 0
        var err: UnsafeMutablePointer<CChar>?
        var w = word
        let status = w.withUTF8 { kbx_db_spelling_suggestion(handle, $0.baseAddress, $0.count, maxEdits, &out, &len, &err) }
        try check(status, err, "spelling")
        let s = takeString(out, len)
        return s.isEmpty ? nil : s
    }

    /// Commits, unless the disk has less than `reserve` bytes free: Xapian aborts the process
    /// when a write fails half-way through a commit, so that case is refused before it starts
    /// (a disk-full error; what was committed before stays, the rest stays pending).
    public func commit(reserve: Int = DiskSpace.indexReserve) throws(XapianError) {
        if let path, let short = DiskSpace.shortfall(at: path, needed: reserve, for: "a commit of the search index") {
            throw XapianError(code: .other, operation: "commit", message: short)
        }
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_db_commit(handle, &err), err, "commit")
    }

    /// Compacts into a new folder, every document keeping its id (kb's: Xapian's default
    /// renumbering moved an index whose first documents were deleted down to 1, and every hit
    /// then named another document); refused unless the disk has room for a copy the size of
    /// the source and the index reserve besides.
    public static func compact(from source: String, to destination: String, sourceBytes: Int = 0) throws(XapianError) {
        try merge([source], into: destination, sourceBytes: sourceBytes, what: "a compacted copy of the index")
    }

    /// Merges databases whose document ids do not overlap into a new folder, every document
    /// keeping its id, with the same room refused as `compact`.
    public static func merge(_ sources: [String], into destination: String, sourceBytes: Int = 0,
                             what: String = "the merged index") throws(XapianError) {
        let parent = (destination as NSString).deletingLastPathComponent
        if let short = DiskSpace.shortfall(at: parent, needed: sourceBytes + DiskSpace.indexReserve, for: what) {
            throw XapianError(code: .other, operation: "compact", message: short)
        }
        var err: UnsafeMutablePointer<CChar>?
        let copies = sources.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let status = copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { kbx_db_merge($0.baseAddress, $0.count, destination, &err) }
        try check(status, err, "compact")
    }

    /// The highest document id the database has used (0 when it is empty).
    public func lastDocumentID() throws(XapianError) -> UInt32 {
        var n: UInt32 = 0
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_db_last_docid(handle, &n, &err), err, "last document id")
        return n
    }

    /// Closes the database (a writer commits first, with the disk checked): its files and
    /// Xapian's lock are released now, not when the last reference goes.
    public func close() throws(XapianError) {
        if isWritable { try commit() }
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_db_close(handle, &err), err, "close")
    }

    /// Runs query and returns the match set. `unweighted`: documents in id order, no weights,
    /// so the match stops once it has `limit` documents and has checked `checkAtLeast`
    /// (`sortSlot` is then ignored). `facetTable`: count the facets from a table of every
    /// document's values, made once per revision of the index and shared by every reader of it
    /// (for long-lived readers: a one-off search reads only its matches' values).
    public func search(_ query: XapianQuery, offset: Int = 0, limit: Int, checkAtLeast: Int = 0,
                       sortSlot: Int? = nil, descending: Bool = true, unweighted: Bool = false,
                       facetSlots: [UInt32] = [], facetTable: Bool = false) throws(XapianError) -> XapianMatchSet {
        var out: OpaquePointer?
        var err: UnsafeMutablePointer<CChar>?
        let status = facetSlots.withUnsafeBufferPointer { slots in
            var opts = kbx_search_options(
                offset: UInt32(clamping: offset), limit: UInt32(clamping: limit),
                check_at_least: UInt32(clamping: checkAtLeast),
                sort_slot: Int32(clamping: sortSlot ?? -1), sort_descending: descending ? 1 : 0,
                facet_slots: slots.baseAddress, n_facet_slots: slots.count,
                boolean_in_docid_order: unweighted ? 1 : 0, facet_table: facetTable ? 1 : 0)
            return kbx_search(handle, query.handle, &opts, &out, &err)
        }
        try check(status, err, "search")
        guard let out else { throw XapianError(code: .noMemory, operation: "search", message: "no match set") }
        return XapianMatchSet(handle: out, facetCount: facetSlots.count)
    }

    /// Xapian's own QueryParser (CJK n-grams, stemming): for comparisons, never for user text in kb.
    public func parse(_ text: String, spelling: Bool) throws(XapianError) -> (query: XapianQuery, corrected: String?) {
        var out: OpaquePointer?
        var corrected: UnsafeMutablePointer<CChar>?
        var err: UnsafeMutablePointer<CChar>?
        var t = text
        let status = t.withUTF8 { kbx_query_parse(handle, $0.baseAddress, $0.count, spelling ? 1 : 0, &out, &corrected, &err) }
        defer { kbx_free(corrected) }
        try check(status, err, "parse query")
        guard let out else { throw XapianError(code: .noMemory, operation: "parse", message: "no query") }
        return (XapianQuery(handle: out), corrected.map { String(cString: $0) })
    }
}

/// A document being built for the index.
public final class XapianDocument {
    fileprivate let handle: OpaquePointer

    public init() throws(XapianError) {
        guard let h = kbx_doc_new() else { throw XapianError(code: .noMemory, operation: "new document", message: "") }
        handle = h
    }

    deinit { kbx_doc_free(handle) }

    public func setData(_ data: String) throws(XapianError) {
        var err: UnsafeMutablePointer<CChar>?
        var d = data
        let status = d.withUTF8 { kbx_doc_set_data(handle, $0.baseAddress, $0.count, &err) }
        try check(status, err, "set data")
    }

    public func addTerm(_ term: String, wdf: UInt32 = 1) throws(XapianError) {
        var err: UnsafeMutablePointer<CChar>?
        var t = term
        let status = t.withUTF8 { kbx_doc_add_term(handle, $0.baseAddress, $0.count, wdf, &err) }
        try check(status, err, "add term")
    }

    public func addBooleanTerm(_ term: String) throws(XapianError) {
        var err: UnsafeMutablePointer<CChar>?
        var t = term
        let status = t.withUTF8 { kbx_doc_add_boolean_term(handle, $0.baseAddress, $0.count, &err) }
        try check(status, err, "add boolean term")
    }

    public func addValue(_ value: String, slot: UInt32) throws(XapianError) {
        var err: UnsafeMutablePointer<CChar>?
        var v = value
        let status = v.withUTF8 { kbx_doc_add_value(handle, slot, $0.baseAddress, $0.count, &err) }
        try check(status, err, "add value")
    }
}

/// Xapian's TermGenerator, set up for kb: CJK n-grams, English stems for Latin words only.
public final class XapianIndexer {
    private let handle: OpaquePointer

    public init() throws(XapianError) {
        guard let h = kbx_indexer_new() else { throw XapianError(code: .noMemory, operation: "new indexer", message: "") }
        handle = h
    }

    deinit { kbx_indexer_free(handle) }

    public func start(_ document: XapianDocument) { kbx_indexer_set_document(handle, document.handle) }

    public func index(_ text: String, wdfIncrement: UInt32 = 1, prefix: String = "") throws(XapianError) {
        var err: UnsafeMutablePointer<CChar>?
        var t = text
        let status = t.withUTF8 { kbx_indexer_index_text(handle, $0.baseAddress, $0.count, wdfIncrement, prefix, &err) }
        try check(status, err, "index text")
    }

    public func increaseTermPosition(by delta: UInt32 = 100) { kbx_indexer_increase_termpos(handle, delta) }

    /// The stem the indexer gives a Latin word (empty for CJK).
    public static func stem(_ word: String) throws(XapianError) -> String {
        var out: UnsafeMutablePointer<CChar>?
        var len = 0
        var err: UnsafeMutablePointer<CChar>?
        var w = word
        let status = w.withUTF8 { kbx_stem($0.baseAddress, $0.count, &out, &len, &err) }
        try check(status, err, "stem")
        return takeString(out, len)
    }
}

/// An immutable Xapian query tree.
public final class XapianQuery: CustomStringConvertible {
    public enum Operator: Sendable {
        case and, or, andNot, xor, andMaybe, filter, near, phrase, eliteSet, synonym, max
        var c: kbx_op {
            switch self {
            case .and: KBX_OP_AND
            case .or: KBX_OP_OR
            case .andNot: KBX_OP_AND_NOT
            case .xor: KBX_OP_XOR
            case .andMaybe: KBX_OP_AND_MAYBE
            case .filter: KBX_OP_FILTER
            case .near: KBX_OP_NEAR
            case .phrase: KBX_OP_PHRASE
            case .eliteSet: KBX_OP_ELITE_SET
            case .synonym: KBX_OP_SYNONYM
            case .max: KBX_OP_MAX
            }
        }
    }

    fileprivate let handle: OpaquePointer

    fileprivate init(handle: OpaquePointer) { self.handle = handle }

    deinit { kbx_query_free(handle) }

    private static func make(_ p: OpaquePointer?) throws(XapianError) -> XapianQuery {
        guard let p else { throw XapianError(code: .noMemory, operation: "build query", message: "") }
        return XapianQuery(handle: p)
    }

    public static func term(_ term: String, wqf: UInt32 = 1, position: UInt32 = 0) throws(XapianError) -> XapianQuery {
        var t = term
        return try make(t.withUTF8 { kbx_query_term($0.baseAddress, $0.count, wqf, position) })
    }

    public static func matchAll() throws(XapianError) -> XapianQuery { try make(kbx_query_match_all()) }

    public static func matchNothing() throws(XapianError) -> XapianQuery { try make(kbx_query_match_nothing()) }

    /// Combines subqueries; window is the NEAR/PHRASE window (0: as many as subqueries).
    public static func combine(_ op: Operator, _ subqueries: [XapianQuery], window: UInt32 = 0) throws(XapianError) -> XapianQuery {
        var out: OpaquePointer?
        var err: UnsafeMutablePointer<CChar>?
        let handles: [OpaquePointer?] = subqueries.map { $0.handle }
        let status = handles.withUnsafeBufferPointer { kbx_query_combine(op.c, $0.baseAddress, $0.count, window, &out, &err) }
        try check(status, err, "combine queries")
        return try withExtendedLifetime(subqueries) { () throws(XapianError) -> XapianQuery in try make(out) }
    }

    public func scaled(by factor: Double) throws(XapianError) -> XapianQuery {
        var out: OpaquePointer?
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_query_scale(handle, factor, &out, &err), err, "scale query")
        return try Self.make(out)
    }

    /// Every term starting with pattern (its prefix included).
    public static func wildcard(_ pattern: String, maxExpansion: UInt32 = 100) throws(XapianError) -> XapianQuery {
        var out: OpaquePointer?
        var err: UnsafeMutablePointer<CChar>?
        var p = pattern
        let status = p.withUTF8 { kbx_query_wildcard($0.baseAddress, $0.count, maxExpansion, &out, &err) }
        try check(status, err, "wildcard")
        return try make(out)
    }

    /// Documents whose value in slot lies between low and high (inclusive; nil is open).
    public static func valueRange(slot: UInt32, low: String?, high: String?) throws(XapianError) -> XapianQuery {
        var out: OpaquePointer?
        var err: UnsafeMutablePointer<CChar>?
        let lo = low.map { Array($0.utf8CString) }
        let hi = high.map { Array($0.utf8CString) }
        let status = kbx_query_value_range(slot, lo, (lo?.count ?? 1) - 1, hi, (hi?.count ?? 1) - 1, &out, &err)
        try check(status, err, "value range")
        return try make(out)
    }

    public var description: String {
        guard let p = kbx_query_describe(handle) else { return "Query(?)" }
        defer { kbx_free(p) }
        return String(cString: p)
    }
}

/// The result of a search: hits in rank order, and facet counts.
public final class XapianMatchSet {
    private let handle: OpaquePointer
    private let facetCount: Int

    fileprivate init(handle: OpaquePointer, facetCount: Int) {
        self.handle = handle
        self.facetCount = facetCount
    }

    deinit { kbx_mset_free(handle) }

    public var count: Int { Int(kbx_mset_size(handle)) }
    public var estimatedTotal: Int { Int(kbx_mset_estimated(handle)) }
    public func docid(_ i: Int) -> UInt32 { kbx_mset_docid(handle, UInt32(i)) }
    public func weight(_ i: Int) -> Double { kbx_mset_weight(handle, UInt32(i)) }
    public func percent(_ i: Int) -> Int { Int(kbx_mset_percent(handle, UInt32(i))) }

    public func data(_ i: Int) throws(XapianError) -> String {
        var out: UnsafeMutablePointer<CChar>?
        var len = 0
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_mset_data(handle, UInt32(i), &out, &len, &err), err, "document data")
        return takeString(out, len)
    }

    public func value(_ i: Int, slot: UInt32) throws(XapianError) -> String {
        var out: UnsafeMutablePointer<CChar>?
        var len = 0
        var err: UnsafeMutablePointer<CChar>?
        try check(kbx_mset_value(handle, UInt32(i), slot, &out, &len, &err), err, "document value")
        return takeString(out, len)
    }

    /// Xapian's snippet of text for this match set's query (HTML-escaped by Xapian).
    public func snippet(of text: String, length: Int, highlight: (String, String), omit: String,
                        cjk: Bool = true) throws(XapianError) -> String {
        var out: UnsafeMutablePointer<CChar>?
        var len = 0
        var err: UnsafeMutablePointer<CChar>?
        var t = text
        let status = t.withUTF8 {
            kbx_mset_snippet(handle, $0.baseAddress, $0.count, UInt32(clamping: length),
                             highlight.0, highlight.1, omit, cjk ? 1 : 0, &out, &len, &err)
        }
        try check(status, err, "snippet")
        return takeString(out, len)
    }

    /// Values and their counts in the k-th facet slot asked for.
    public func facet(_ k: Int) throws(XapianError) -> [(value: String, count: Int)] {
        guard k < facetCount else { return [] }
        let n = kbx_mset_facet_count(handle, UInt32(k))
        var result: [(value: String, count: Int)] = []
        for i in 0..<n {
            var out: UnsafeMutablePointer<CChar>?
            var len = 0
            var freq: UInt32 = 0
            var err: UnsafeMutablePointer<CChar>?
            try check(kbx_mset_facet(handle, UInt32(k), i, &out, &len, &freq, &err), err, "facet")
            result.append((takeString(out, len), Int(freq)))
        }
        return result
    }
}
