import Foundation
import Testing
@testable import ArchiveIndex

/// An upload read into a form, confirmed by a person, then archived; what is never confirmed
/// is forgotten after a day.
@Suite struct StagedSlipTests {
    static let slips = Repo.root.appendingPathComponent("corpus/slips")

    @Test func aStagedSlipIsReadThenArchivedWithWhatThePersonConfirmed() throws {
        let dir = try TempDir()
        let store = try ArchiveStore.open(dir.store, create: true)
        let service = ArchiveService(store: store)
        let engineer = Actor(name: "li", role: .engineer, via: "web 10.0.0.9")
        let pdf = try Data(contentsOf: Self.slips.appendingPathComponent("FW-2023-0688_服务报告单_一院检验科_已签字.pdf"))
        let staged = try service.stageSlip(bytes: pdf, originalName: "../../x/FW-2023-0688.pdf", by: engineer)
        #expect(staged.metadata.number == "FW-2023-0688" && staged.metadata.date == "2023-11-01" && staged.name == "FW-2023-0688.pdf")
        // Nothing is archived before the person confirms.
        #expect(try SlipArchive(store: store).list().isEmpty)
        var confirmed = staged.metadata
        confirmed.engineer = "王建军（复核）"
        guard case .added(let slip) = try service.confirmSlip(staged.id, metadata: confirmed, by: engineer) else {
            Issue.record("not archived")
            return
        }
        #expect(slip.engineer == "王建军（复核）" && slip.addedBy == "li" && slip.originalName == "FW-2023-0688.pdf")
        #expect(throws: KBError.self) { try service.confirmSlip(staged.id, metadata: confirmed, by: engineer) }
        #expect(throws: KBError.self) { try service.confirmSlip("../../etc", metadata: confirmed, by: engineer) }
    }

    @Test func uploadsNeverConfirmedAreForgottenAfterADay() throws {
        let dir = try TempDir()
        let store = try ArchiveStore.open(dir.store, create: true)
        let service = ArchiveService(store: store)
        let actor = Actor(name: "li", role: .engineer, via: "web")
        let old = try service.stageSlip(bytes: try Data(contentsOf: Self.slips.appendingPathComponent("FW-2023-0688_服务报告单_一院检验科_已签字.pdf")),
                                        originalName: "a.pdf", by: actor)
        let oldFolder = service.stagingFolder(old.id)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -2 * 86_400)], ofItemAtPath: oldFolder.path)
        let png = try Data(contentsOf: Self.slips.appendingPathComponent("FW-2024-0311_服务报告单_一院检验科_签字.png"))
        let new = try service.stageSlip(bytes: png, originalName: "b.png", by: actor)
        #expect(!FileManager.default.fileExists(atPath: oldFolder.path))
        #expect(FileManager.default.fileExists(atPath: service.stagingFolder(new.id).path))
        #expect(throws: KBError.self) { try service.stageSlip(bytes: Data("not a scan".utf8), originalName: "c.txt", by: actor) }
    }
}
