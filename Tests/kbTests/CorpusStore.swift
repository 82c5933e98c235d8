import Foundation

/// The bundled corpus ingested once by the built `kb` and copied into each test's own folder:
/// a debug build spends about 14 s of CPU ingesting it, and most tests only need it there.
enum CorpusStore {
    private static let template = FileManager.default.temporaryDirectory.appendingPathComponent("kb-e2e-template-\(getpid())")

    /// Made on first use; a test that needs it waits for the one ingest in progress.
    private static let made: Result<URL, Error> = Result {
        let store = template.appendingPathComponent("store")
        let r = try KB.run(["ingest", KB.corpus, "--store", store.path])
        guard r.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "ingest of the corpus failed: \(r.err)"])
        }
        atexit { try? FileManager.default.removeItem(at: CorpusStore.template) }
        return store
    }

    /// Copies the ingested corpus to `store`, which must not exist yet.
    static func copy(to store: String) throws {
        try FileManager.default.copyItem(at: made.get(), to: URL(fileURLWithPath: store))
    }
}
