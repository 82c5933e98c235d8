import ArchiveFuzz
import Foundation
import Testing

/// Every input the fuzzers found that once crashed or hung a reader (tools/fuzz/run.sh), kept
/// in Tests/Fuzz/TARGET/ and replayed here: each must now return within the time limit.
@Suite struct FuzzReplayTests {
    static let root = Repo.root.appendingPathComponent("Tests/Fuzz")

    static func inputs(_ target: FuzzTarget) -> [URL] {
        let folder = root.appendingPathComponent(target.rawValue)
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.map { folder.appendingPathComponent($0) }
    }

    // The limit counts from when the case is scheduled: on a loaded machine the other suites'
    // blocking work can hold the pool's threads for minutes before it runs (its inputs take
    // milliseconds; each is held to 10 s of its own below). A hang still fails it.
    @Test(.timeLimit(.minutes(5)), arguments: FuzzTarget.allCases)
    func findingsOfTheFuzzersStayFixed(_ target: FuzzTarget) throws {
        for input in Self.inputs(target) {
            let started = Date()
            target.run([UInt8](try Data(contentsOf: input)))
            #expect(Date().timeIntervalSince(started) < 10, "\(input.lastPathComponent) took \(Date().timeIntervalSince(started)) s")
        }
    }
}
