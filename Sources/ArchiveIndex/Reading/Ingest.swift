import Foundation
import Synchronization

public struct IngestOptions: Sendable {
    /// Overrides kind detection for every document ingested.
    public var kind: DocumentKind?
    /// Files larger than this are refused.
    public var maxBytes: Int = 50 * 1024 * 1024
    public var pdftotext = "pdftotext"
    /// Bytes of text (as decoded and folded) per transaction: a batch's texts are held in
    /// memory until it is stored, and a batch is what an interruption can cost.
    public var batchBytes = 32 << 20
    public init() {}
}

/// What an ingest did, counted in documents (a ledger row is a document); failures by file.
public struct IngestReport: Sendable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0
    /// Paths not read: types kb does not read, and what is not a file it may read (an
    /// unreadable folder, a FIFO or device, a link leaving the folder, a broken link).
    public var skipped: [(path: String, reason: String)] = []
    public var failed: [(path: String, reason: String)] = []
    /// Files stored with something left out (an XML entity kb does not expand).
    public var warnings: [(path: String, reason: String)] = []
    /// Documents stored but refused by the search index (set aside; `kb stats` lists them).
    public var notIndexed: [(path: String, reason: String)] = []
    public var files = 0

    /// The reason given for a file of a type kb does not read.
    public static let unreadType = "not a type kb reads (.txt .md .csv .docx .xlsx .pdf)"
}

/// Reads files and folders into the store, then brings the index up to date.
public final class Ingestor: Sendable {
    private let store: ArchiveStore
    private let options: IngestOptions

    public init(store: ArchiveStore, options: IngestOptions = IngestOptions()) {
        self.store = store
        self.options = options
    }

    /// Ingests each path (files, or folders recursively). A bad file is reported and the
    /// rest go on; nothing already stored is lost. `onFile` sees each file's outcome.
    /// Files are stored in bounded batches, so what was read is kept whatever comes later.
    public func ingest(_ paths: [String], onFile: ((String, String) -> Void)? = nil,
                       progress: ((Int, Int) -> Void)? = nil,
                       indexProgress: ((Int, Int) -> Void)? = nil) throws -> IngestReport {
        var report = IngestReport()
        var work: [FolderWalk.Entry] = []
        var folders: [(path: String, present: Set<String>)] = []
        let storeRoot = FolderWalk.realPath(store.location.root.path) ?? store.location.root.path
        for p in paths {
            let url = URL(fileURLWithPath: p).standardizedFileURL
            guard let real = FolderWalk.realPath(url.path) else {
                report.failed.append((p, "no such file or folder"))
                continue
            }
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: real, isDirectory: &isDir)
            if isDir.boolValue {
                var present = Set<String>()
                // A folder holding the store leaves the store out; a folder in the store's
                // uploads (a zip an admin sent) is read.
                let inUploads = real.hasPrefix(storeRoot + "/uploads/")
                for entry in FolderWalk.entries(under: real) {
                    if !inUploads, entry.path == storeRoot || entry.path.hasPrefix(storeRoot + "/") { continue }
                    if !entry.outside { present.insert(entry.path) }
                    if let problem = entry.problem {
                        report.skipped.append((entry.relative, problem))
                    } else if FileFormat(path: entry.path) == nil {
                        report.skipped.append((entry.relative, IngestReport.unreadType))
                    } else {
                        work.append(entry)
                    }
                }
                folders.append((real, present))
            } else {
                work.append(FolderWalk.Entry(path: real, relative: url.lastPathComponent, size: FolderWalk.size(real), problem: nil))
            }
        }
        let clock = PhaseClock()
        // Files are read, hashed, decoded and extracted on every core, each worker taking the
        // next file as it finishes one, at most `readAhead` ahead of the file being recorded;
        // what they gave is stored in one transaction once it holds `batchBytes` of text or 256
        // files. The budget counts the text files decode to, not their size on disk (a 48 KB
        // .docx can hold 8 MB of text). A batch is written on another thread while the next is
        // read, so at most two are held. Progress and outcomes are reported in input order.
        var done = 0
        var pending: [(item: FolderWalk.Entry, outcome: Result<Prepared, Error>)] = []
        var pendingBytes = 0
        func record(_ item: FolderWalk.Entry, _ outcome: Result<Prepared, Error>, _ stored: inout IndexingIterator<[Result<FileChange, Error>]>) throws {
            var change: FileChange
            var warnings: [String] = []
            do {
                switch try outcome.get() {
                case .unchanged(let ids): change = FileChange(unchanged: ids)
                case .file(let f):
                    change = try stored.next()!.get()
                    warnings = f.warnings
                }
            } catch let KBError.badInput(_, reason) {
                report.failed.append((item.relative, reason))
                onFile?(item.relative, "failed: \(reason)")
                return
            } catch let e as KBError {
                throw e
            } catch {
                report.failed.append((item.relative, "\(error)"))
                onFile?(item.relative, "failed: \(error)")
                return
            }
            report.files += 1
            report.added += change.added.count
            report.updated += change.updated.count
            report.unchanged += change.unchanged.count
            report.removed += change.removed.count
            report.warnings += warnings.map { (item.relative, $0) }
            let what = !change.added.isEmpty ? "added" : !change.updated.isEmpty || !change.removed.isEmpty ? "updated" : "unchanged"
            onFile?(item.relative, warnings.isEmpty ? what : "\(what) (warning: \(warnings.joined(separator: "; ")))")
        }
        // The batch being written, if any: its files, and the transaction's outcome once done.
        final class Writing: @unchecked Sendable {
            let batch: [(item: FolderWalk.Entry, outcome: Result<Prepared, Error>)]
            let done = DispatchGroup()
            var stored: Result<[Result<FileChange, Error>], Error> = .success([])
            init(_ batch: [(item: FolderWalk.Entry, outcome: Result<Prepared, Error>)]) { self.batch = batch }
        }
        var writing: Writing?
        let storing = DispatchQueue(label: "kb.ingest.store")
        defer { writing?.done.wait() }  // never return while a transaction is still being written
        func finishWriting() throws {
            guard let w = writing else { return }
            w.done.wait()
            writing = nil
            var stored = try w.stored.get().makeIterator()
            for p in w.batch { try record(p.item, p.outcome, &stored) }
            done += w.batch.count
            progress?(done, work.count)
        }
        func flush() throws {
            guard !pending.isEmpty else { return }
            try finishWriting()
            let w = Writing(pending)
            pending = []
            pendingBytes = 0
            let toStore = w.batch.compactMap { p -> ArchiveStore.PreparedFile? in
                if case .success(.file(let f)) = p.outcome { return f } else { return nil }
            }
            let store = self.store
            // A queue of its own (a thread made when needed): the global queue's threads may all
            // be reading files.
            storing.async(group: w.done) { w.stored = Result { try store.apply(toStore) } }
            writing = w
        }
        progress?(0, work.count)
        try Parallel.inOrder(work, window: Self.readAhead, { item in Result { try self.prepare(item) } }) { item, outcome in
            pending.append((item, outcome))
            if case .success(.file(let f)) = outcome {
                pendingBytes += f.documents.reduce(0) { $0 + $1.text.utf8.count + $1.folded.utf8.count }
            }
            if pendingBytes >= options.batchBytes || pending.count >= Self.batchSize { try flush() }
        }
        try flush()
        try finishWriting()
        progress?(work.count, work.count)
        clock.lap("read, decode, extract, store")
        // Files deleted from a folder since it was last ingested take their documents with them.
        for folder in folders {
            report.removed += try store.removeFiles(under: folder.path, keeping: folder.present).count
        }
        // Links after every file is stored, so a customer file vouches for its customer
        // whatever order the files came in: the documents stored were marked for linking in
        // their transaction (all of them when a customer file changed or a file went), so
        // links an interrupted ingest never made are made now too.
        try store.linkPending()
        clock.lap("link")
        let indexed = try IndexMaintenance.catchUp(store, progress: indexProgress)
        let sources = try store.sources(indexed.refused.map(\.id))
        report.notIndexed = indexed.refused.map { (sources[$0.id] ?? "#\($0.id)", $0.reason) }
        clock.lap("index")
        return report
    }

    /// Files per transaction.
    static let batchSize = 256
    /// Files read ahead of the one being recorded, over every core: what they gave is held
    /// beside the batches, so this bounds memory with them.
    static var readAhead: Int { min(Parallel.cores * 4, 16) }

    /// What reading a file gave: its documents as stored already, or a file to record.
    enum Prepared: Sendable {
        case unchanged([DocumentID])
        case file(ArchiveStore.PreparedFile)
    }

    /// One file: hash first (unchanged bytes cost nothing more), then read and extract.
    /// Safe to run on several threads at once (reads only).
    func prepare(_ entry: FolderWalk.Entry) throws -> Prepared {
        let path = entry.path, source = entry.relative
        guard let format = FileFormat(path: path) else {
            throw KBError.badInput(path: source, reason: IngestReport.unreadType)
        }
        let bytes: [UInt8]
        do {
            bytes = try FolderWalk.readRegularFile(path, maxBytes: options.maxBytes, inside: entry.root, viaLink: entry.viaLink)
        } catch let FolderWalk.ReadError.tooLarge(size) {
            throw KBError.badInput(path: source, reason: "too large (\(Self.megabytes(size)); the limit is \(Self.megabytes(options.maxBytes)), see --max-size)")
        } catch {
            throw KBError.badInput(path: source, reason: "\(error)")
        }
        let sha = Hashing.sha256Hex(bytes)
        if let ids = try store.unchangedDocumentIDs(atPath: path, sha256: sha) { return .unchanged(ids) }
        if try store.file(atPath: path) == nil, let twin = try store.file(withSHA256: sha) {
            // The same bytes under another name: one document, not two.
            return .unchanged(try store.documentIDs(ofFile: twin.id))
        }
        let read: ReadFile
        do {
            read = try Readers.read(bytes, format: format, name: source, pdftotext: options.pdftotext)
        } catch {
            throw KBError.badInput(path: source, reason: error.description)
        }
        var docs: [ExtractedDocument] = []
        for part in read.parts {
            docs.append(try Extraction.extract(part, source: part.part.isEmpty ? source : "\(source)#\(part.part)",
                                               kindOverride: options.kind))
        }
        return .file(.init(path: path, sha256: sha, size: bytes.count, format: format, encoding: read.encoding,
                           documents: docs, warnings: read.warnings))
    }


    static func megabytes(_ n: Int) -> String {
        String(format: "%.1f MB", Double(n) / 1_048_576)
    }
}

/// Fields, kind, title and date for one part of a file.
public enum Extraction {
    public static func extract(_ part: ReadPart, source: String, kindOverride: DocumentKind? = nil) throws -> ExtractedDocument {
        let text = part.text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let folded = try Normalizer.foldKeepingOrigin(text)
        var fields = FieldExtractor.extract(original: text, folded: folded, dayFirst: part.dayFirst)
            + FaultCodes.statements(inFolded: folded.text)
        // Declared an article (`--kind article`): kept as a field, so that linking, which reads
        // the stored fields, knows it from one that says no kind (`KindDetector.saysArticle`).
        if kindOverride == .article, !fields.contains(where: { $0.name == .type }) {
            fields.append(Field(name: .type, label: "kind", value: "article", canonical: nil, how: "declared"))
        }
        // The file's path, without a row's part (`…/台账.xlsx#row=2;sheet=配件`).
        let path = !part.part.isEmpty && source.hasSuffix("#" + part.part) ? String(source.dropLast(part.part.count + 1)) : source
        let kind = kindOverride ?? part.kind ?? KindDetector.detect(folded: folded.text, fields: fields, path: path,
                                                                          ledgerRow: part.part.hasPrefix("row="))
        if kind == .equipment { unitsNumberAsSerial(&fields) }
        let date = DocumentDates.date(kind: kind, fields: fields, folded: folded.text, dayFirst: part.dayFirst)
        var title = part.title ?? title(of: text, source: source)
        if part.title != nil {
            let summary = [FieldName.customer, .model, .serial, .fault].compactMap { name in
                fields.first(where: { $0.name == name }).map { String($0.value.prefix(30)) }
            }
            if !summary.isEmpty { title += ": " + summary.joined(separator: " · ") }
        }
        return ExtractedDocument(part: part.part, source: source, kind: kind, title: title,
                                 text: text, folded: folded.text, fields: fields, date: date)
    }

    /// A unit's own book (设备维修记录本, 设备档案) numbers the unit: where no field names a serial,
    /// its 编号 (`编 号：D718O6-2929B`, as OCR read a logbook's) is the unit's serial, not a
    /// report's number. Other labels of a number (单号, 报告编号) stay numbers.
    static func unitsNumberAsSerial(_ fields: inout [Field]) {
        guard !fields.contains(where: { $0.name == .serial }),
              let i = fields.firstIndex(where: { f in
                  f.name == .number && ["编号", "編號"].contains(f.label.filter { !$0.isWhitespace && $0 != "：" && $0 != ":" })
              }),
              let serial = Normalizer.canonicalSerial(fields[i].value), serial.contains(where: \.isLetter), serial.count >= 6 else { return }
        fields[i].name = .serial
        fields[i].canonical = serial
    }

    /// White space and the marks around a heading or a rule.
    private static let titleMarks = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "#*=-_|"))

    /// Front matter's `title:`, else the first line with words in it, without Markdown heading
    /// marks; at most 120 characters.
    static func title(of text: String, source: String) -> String {
        if let t = FrontMatter.title(text), t.contains(where: { $0.isLetter || $0.isNumber }) {
            return t.count > 120 ? String(t.prefix(119)) + "…" : t
        }
        for line in text.lines(within: 16_384) {
            let t = line.trimmingCharacters(in: Self.titleMarks)
            if t.contains(where: { $0.isLetter || $0.isNumber }) {
                return t.count > 120 ? String(t.prefix(119)) + "…" : t
            }
        }
        return (source as NSString).lastPathComponent
    }
}

/// Wall-clock and CPU time per phase, printed to standard error when KB_TIMING is set
/// (profiling: a phase whose CPU time is below its wall time waits on something).
final class PhaseClock {
    private var last = Date()
    private var lastCPU = ProcessUsage.cpuSeconds()
    static let on = ProcessInfo.processInfo.environment["KB_TIMING"] != nil

    /// A line of its own, with the peak memory so far: what a phase found, not how long it took.
    static func note(_ line: @autoclosure () -> String) {
        guard on else { return }
        FileHandle.standardError.write(Data("timing: \(line()) (peak memory so far \(ProcessUsage.peakMemoryKB() / 1024) MB)\n".utf8))
    }

    func lap(_ name: String) {
        guard Self.on else { return }
        let now = Date(), cpu = ProcessUsage.cpuSeconds()
        FileHandle.standardError.write(Data(String(format: "timing: %@ %.2f s (CPU %.2f s, peak memory so far %d MB)\n", name,
                                                   now.timeIntervalSince(last), cpu - lastCPU, ProcessUsage.peakMemoryKB() / 1024).utf8))
        last = now
        lastCPU = cpu
    }
}

/// What this process has used so far, every thread (`KB_TIMING`, and the scale benchmark).
public enum ProcessUsage {
    /// User and system time, in seconds.
    public static func cpuSeconds() -> Double {
        let u = usage()
        return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }

    /// Peak resident memory, in KB.
    public static func peakMemoryKB() -> Int { Int(usage().ru_maxrss) }

    private static func usage() -> rusage {
        var u = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        return u
    }
}

/// Work done on another thread while the caller goes on; `value()` waits for it. The caller
/// must ask for the value (or let the work finish) before what the work reads goes away.
final class Background<T>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var result: Result<T, Error>?

    init(_ work: @escaping () throws -> T) {
        nonisolated(unsafe) let work = work
        DispatchQueue.global().async(group: done) { self.result = Result(catching: work) }
    }

    init(done result: Result<T, Error>) { self.result = result }

    func value() throws -> T {
        done.wait()
        return try result!.get()
    }

    deinit { done.wait() }
}

/// Work spread over the cores: each worker takes the next item not yet taken, so a slow
/// item holds up only its own worker; results in input order. A worker keeps its number
/// throughout (so each worker may own a resource, such as a TermGenerator). `transform` must
/// be safe to run on several threads at once.
enum Parallel {
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Each item's result, made on every core, handed to `consume` on the calling thread in
    /// input order as soon as it and those before it are made; workers run at most `window`
    /// items ahead of `consume`, so memory is bounded however many items there are. When
    /// `consume` throws, no further item is begun and the error is thrown once the workers
    /// stop. The workers are threads of their own: held for the whole run, they would starve
    /// Dispatch's global queue (as many threads as cores on Linux), where a batch's write and
    /// pdftotext's pipes are served.
    static func inOrder<T, R>(_ items: [T], window: Int, workers: Int = cores, _ transform: (T) -> R,
                              consume: (T, R) throws -> Void) throws {
        guard !items.isEmpty else { return }
        let window = max(1, window)
        let slots = (0..<window).map { _ in InOrderSlot<R>() }
        // A permit an item begun and not yet consumed: the item a worker claims with one is at
        // most `window` past the last consumed, so its slot's last item was consumed. Made at 0
        // and signalled: libdispatch traps on freeing a semaphore left below the value it was
        // made with, as this one is when `consume` throws with items begun.
        let permits = DispatchSemaphore(value: 0)
        for _ in 0..<window { permits.signal() }
        let next = Atomic<Int>(0)
        let stop = Atomic<Bool>(false)
        let running = DispatchGroup()
        let n = max(1, min(workers, window, items.count))
        try withoutActuallyEscaping(transform) { transform in
            // Held in a box the threads share, let go once they are done: a Thread keeps its
            // block a while after it ends, and `transform` must not outlive this call.
            let job = InOrderJob(transform)
            nonisolated(unsafe) let items = items
            for _ in 0..<n {
                running.enter()
                let worker = Thread {
                    defer { running.leave() }
                    while true {
                        permits.wait()
                        let i = stop.load(ordering: .sequentiallyConsistent) ? items.count
                            : next.add(1, ordering: .sequentiallyConsistent).oldValue
                        guard i < items.count else { permits.signal(); return }
                        let slot = slots[i % window]
                        slot.value = job.transform!(items[i])
                        slot.ready.signal()
                    }
                }
                worker.stackSize = 8 << 20
                worker.start()
            }
            // Whatever happens, the workers are gone before `transform` and the items are.
            defer {
                stop.store(true, ordering: .sequentiallyConsistent)
                for _ in 0..<n { permits.signal() }
                running.wait()
                job.transform = nil
            }
            for i in items.indices {
                let slot = slots[i % window]
                slot.ready.wait()
                let result = slot.value!
                slot.value = nil
                permits.signal()
                try consume(items[i], result)
            }
        }
    }

    /// What the workers of `inOrder` make each item's result with.
    private final class InOrderJob<T, R>: @unchecked Sendable {
        var transform: ((T) -> R)?
        init(_ transform: @escaping (T) -> R) { self.transform = transform }
    }

    /// A result made by a worker of `inOrder`, `ready` once made.
    private final class InOrderSlot<R>: @unchecked Sendable {
        var value: R?
        let ready = DispatchSemaphore(value: 0)
    }

    static func map<T, R>(_ items: [T], workers: Int = cores, _ transform: (_ worker: Int, T) -> R) -> [R] {
        let n = max(1, min(workers, items.count))
        guard n > 1 else { return items.map { transform(0, $0) } }
        var results = [R?](repeating: nil, count: items.count)
        let next = Atomic<Int>(0)
        results.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            nonisolated(unsafe) let items = items
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: n) { w in
                    while true {
                        let i = next.add(1, ordering: .relaxed).oldValue
                        guard i < items.count else { return }
                        out[i] = transform(w, items[i])
                    }
                }
            }
        }
        return results.map { $0! }
    }
}
