import Foundation
import Synchronization

/// A large addition (a first ingest, a rebuild) is not written into the index batch by batch:
/// Xapian's writer slows as the index it updates grows, each commit rewriting more of the
/// posting lists it touches. Each core writes its own run of documents into a small, fresh
/// database (a segment) instead, and Xapian's compaction merges the index and the segments
/// into a new index, keeping kb's document ids, which is swapped in whole as `kb compact`'s
/// copy is. Until the swap the index is untouched and the documents stay pending in SQLite: a
/// crash costs the work done, never the index (the segments are left to `recoverInterruptedSwap`).
public enum SegmentedIndexing {
    /// When segments are used, and how big they are.
    public struct Policy: Sendable {
        /// New documents from which segments pay: a merge rewrites the whole index, so a few
        /// thousand documents go straight into it (a thousand into a million-document index:
        /// a few seconds, where a merge would take minutes).
        public var threshold: Int
        /// Documents per segment: small enough that its writer stays fast; the unit of work
        /// a core takes.
        public var segmentSize: Int

        public init(threshold: Int, segmentSize: Int) {
            self.threshold = threshold
            self.segmentSize = segmentSize
        }

        public static let standard = Policy(threshold: 20_000, segmentSize: 10_000)

        /// Whether `new` documents go into segments beside an index of `indexed`: from the
        /// threshold on, and from a tenth of it when the index holds no more than they are (a
        /// first ingest: the merge then costs little more than the segments, and both cores
        /// write where one writer would).
        func pays(new: Int, indexed: Int) -> Bool {
            new >= threshold || (new >= max(1, threshold / 10) && new >= indexed)
        }

        /// Documents per segment for `new` documents: every core gets work, none more than
        /// `segmentSize`.
        func size(for new: Int, workers: Int) -> Int {
            min(segmentSize, max(1, (new + workers - 1) / max(1, workers)))
        }
    }

    /// What a segmented build did: the documents the index refused, with their reasons, and
    /// the pinyin lexicon words of those it took.
    struct Outcome {
        var refused: [DocumentID: String] = [:]
        var words = Set<String>()
        var segments = 0
    }

    /// Writes `ids` (ascending, each above every document id `base` holds) into segments
    /// beside `destination`, one writer per core, then merges `base` (if given) and the
    /// segments into `destination`, a new folder.
    static func build(_ ids: [DocumentID], store: ArchiveStore, base: String?, into destination: URL,
                      segmentSize: Int, batchSize: Int, progress: ((Int) -> Void)? = nil) throws -> Outcome {
        let fm = FileManager.default
        let folder = destination.deletingLastPathComponent().appendingPathComponent(IndexFolders.segments)
        // What a killed run may have left (a swap cut in two leaves its merged copy).
        try? fm.removeItem(at: folder)
        try? fm.removeItem(at: destination)
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: folder) }
        let clock = PhaseClock()
        let runs = Array(ids.chunked(max(1, segmentSize))).enumerated().map { (k, run) in
            (path: folder.appendingPathComponent(String(format: "%05d", k)).path, ids: Array(run))
        }
        let indexers = try DocumentIndexer.indexers()
        let done = Mutex(0)
        let written = Parallel.map(runs, workers: indexers.count) { w, run in
            Result {
                try write(run.ids, store: store, indexer: indexers[w], to: run.path, batchSize: batchSize) { n in
                    done.withLock { total in
                        total += n
                        progress?(total)
                    }
                }
            }
        }
        var outcome = Outcome(segments: runs.count)
        for result in written {
            let part = try result.get()
            outcome.refused.merge(part.refused) { a, _ in a }
            outcome.words.formUnion(part.words)
        }
        clock.lap("index: \(runs.count) segments written")
        let sources = (base.map { [$0] } ?? []) + runs.map(\.path)
        do {
            try XapianDatabase.merge(sources, into: destination.path,
                                     sourceBytes: sources.reduce(0) { $0 + IndexMaintenance.bytes(under: $1) })
        } catch {
            try? fm.removeItem(at: destination)
            throw error
        }
        clock.lap("index: segments merged")
        return outcome
    }

    /// One segment: its documents read, made and written in batches by one worker.
    private static func write(_ ids: [DocumentID], store: ArchiveStore, indexer: DocumentIndexer, to path: String,
                              batchSize: Int, wrote: (Int) -> Void) throws -> Outcome {
        let db = try XapianDatabase.openWritable(at: path)
        var outcome = Outcome()
        for chunk in ids.chunked(batchSize) {
            let docs = try store.documents(Array(chunk))
            let refused = try DocumentIndexer.write(docs, docs.map(indexer.built), to: db, words: &outcome.words)
            try db.commit()
            outcome.refused.merge(refused) { a, _ in a }
            wrote(chunk.count)
        }
        try db.close()
        return outcome
    }
}

/// The folders beside the index that its maintenance writes, then moves in or removes.
enum IndexFolders {
    static let old = "xapian.old"
    static let rebuilding = "xapian.rebuilding"
    static let compacting = "xapian.compacting"
    static let segments = "xapian.segments"
    /// What a crash can leave beside a complete index: never to be put back.
    static let leftovers = [old, rebuilding, compacting, segments]
}
