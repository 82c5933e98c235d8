import Foundation
import GRDB
import ZIPFoundation
@testable import ArchiveIndex

/// A temporary folder per test, removed when the value goes away.
final class TempDir {
    let url: URL
    init(_ name: String = #function) throws {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kbtest-\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ rel: String, _ text: String) throws -> URL { try file(rel, Data(text.utf8)) }
    func file(_ rel: String, _ data: Data) throws -> URL {
        let u = url.appendingPathComponent(rel)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: u)
        return u
    }
    var store: StoreLocation { StoreLocation(root: url.appendingPathComponent("store")) }
}

enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus/archive")
    static func corpusBytes(_ rel: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: corpus.appendingPathComponent(rel)))
    }
}

/// A store with documents ingested, and a searcher over it.
struct TestArchive {
    let store: ArchiveStore
    let report: IngestReport
    init(_ dir: TempDir, paths: [URL], options: IngestOptions = IngestOptions()) throws {
        store = try ArchiveStore.open(dir.store, create: true)
        report = try Ingestor(store: store, options: options).ingest(paths.map(\.path))
    }
    func search(_ text: String, limit: Int = 10, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> SearchResults {
        var r = SearchRequest(text: text)
        r.limit = limit
        configure(&r)
        return try Searcher(store: store).search(r)
    }
    func sources(_ text: String, limit: Int = 10) throws -> [String] {
        try search(text, limit: limit).hits.map(\.source)
    }
    /// Every unit's serial, in order.
    func unitSerials() throws -> [String] {
        try store.db.read { try String.fetchAll($0, sql: "SELECT serial FROM unit ORDER BY serial") }
    }
    /// The customers a document is linked to (the first is its customer); nil if no such document.
    func customers(of source: String) throws -> [String]? {
        try store.documents(try store.allDocumentIDs()).first { $0.source == source }?.customers.map(\.name)
    }
    /// Stores files as an ingest does and leaves their links and index pending, as a command
    /// cut off after storing them would.
    func storeUnlinked(_ files: [URL]) throws {
        let ingestor = Ingestor(store: store)
        let prepared = try files.map { url -> ArchiveStore.PreparedFile in
            let entry = FolderWalk.Entry(path: url.path, relative: url.lastPathComponent, size: 0, problem: nil)
            guard case .file(let f) = try ingestor.prepare(entry) else { throw KBError.notFound(url.lastPathComponent) }
            return f
        }
        _ = try store.apply(prepared)
    }
}

/// The bundled corpus ingested once per test process and copied into each test's folder that
/// asks for it: a debug build spends about 14 s of CPU on that ingest, and most suites only read it.
enum IngestedCorpus {
    private static let root = FileManager.default.temporaryDirectory.appendingPathComponent("kbtest-corpus-\(getpid())")

    private static let made: Result<(store: URL, report: IngestReport), Error> = Result {
        let location = StoreLocation(root: root.appendingPathComponent("store"))
        // The store is closed (it goes out of scope) before anyone copies it.
        let report = try { try Ingestor(store: try ArchiveStore.open(location, create: true)).ingest([Repo.corpus.path]) }()
        atexit { try? FileManager.default.removeItem(at: IngestedCorpus.root) }
        return (location.root, report)
    }

    /// A copy of the ingested corpus as dir's store, and the report of its ingest.
    static func copy(into dir: TempDir) throws -> (ArchiveStore, IngestReport) {
        let (template, report) = try made.get()
        try FileManager.default.copyItem(at: template, to: dir.store.root)
        return (try ArchiveStore.open(dir.store, create: false), report)
    }
}

extension TestArchive {
    /// The bundled corpus, ingested (a copy of `IngestedCorpus`).
    init(corpusIn dir: TempDir) throws {
        (store, report) = try IngestedCorpus.copy(into: dir)
    }

    /// An archive of text files written into dir's `in` folder (name → text), ingested.
    init(_ dir: TempDir, files: [String: String]) throws {
        for (name, text) in files { _ = try dir.file("in/\(name)", text) }
        try self.init(dir, paths: [dir.url.appendingPathComponent("in")])
    }
}

/// Suites that read text as one document of a file, and the values of its fields.
protocol ReadsText {}

extension ReadsText {
    func extract(_ text: String, source: String = "t.txt") throws -> ExtractedDocument {
        try Extraction.extract(ReadPart(part: "", text: text), source: source)
    }

    func values(_ d: ExtractedDocument, _ name: FieldName) -> [String] { d.values(name).map(\.value) }
}

/// A zip a test builds (an .xlsx, a .docx), its entries deflated, written in the order given.
func writeZip(_ url: URL, _ entries: [(path: String, text: String)]) throws {
    let archive = try ZIPFoundation.Archive(url: url, accessMode: .create)
    for (path, text) in entries {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
            data.subdata(in: Int(pos)..<Int(pos) + size)
        }
    }
}
