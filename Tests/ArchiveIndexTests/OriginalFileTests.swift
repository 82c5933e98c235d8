import Foundation
import Testing
@testable import ArchiveIndex

/// A document's original file is handed out only while it is where it was ingested from and
/// unchanged: byte for byte, never a changed file, never a link swapped in for it.
@Suite struct OriginalFileTests {
    @Test func theOriginalIsHandedOutOnlyWhileItIsTheSameFile() throws {
        let dir = try TempDir()
        let card = try dir.file("cards/维修记录_E23.txt", "维修记录\n客户：某市第一人民医院检验科\n故障现象：E23 报警\n")
        let store = try ArchiveStore.open(dir.store, create: true)
        _ = try Ingestor(store: store).ingest([card.deletingLastPathComponent().path])
        let id = try #require(try store.allDocumentIDs().first).rawValue
        let original = try store.originalFile(of: id)
        #expect(original.bytes == (try Data(contentsOf: card)) && original.name == "维修记录_E23.txt" && original.contentType == "text/plain")

        try Data("维修记录\n改过了\n".utf8).write(to: card)
        #expect { try store.originalFile(of: id) } throws: { "\($0)".contains("has changed since") }

        let elsewhere = try dir.file("secret.txt", "维修记录\n客户：某市第一人民医院检验科\n故障现象：E23 报警\n")
        try FileManager.default.removeItem(at: card)
        try FileManager.default.createSymbolicLink(at: card, withDestinationURL: elsewhere)
        #expect { try store.originalFile(of: id) } throws: { "\($0)".contains("no longer where it was ingested from") }
        // A FIFO swapped in is refused at once, not waited on.
        try FileManager.default.removeItem(at: card)
        #expect(mkfifo(card.path, 0o600) == 0)
        #expect { try store.originalFile(of: id) } throws: { "\($0)".contains("no longer where it was ingested from") }
        #expect(throws: KBError.self) { try store.originalFile(of: 999_999) }
    }
}
