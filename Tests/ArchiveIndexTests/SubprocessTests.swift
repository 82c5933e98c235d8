import Foundation
import Testing
@testable import ArchiveIndex

/// The tools kb runs (pdftotext, tesseract, bzcat) leave nothing open behind them.
@Suite struct SubprocessTests {
    static func openDescriptors() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    }

    /// Each run used to keep its pipes until its timeout had passed (a cancelled timer held the
    /// process, and the process its pipes): an ingest of a thousand PDFs held thousands of
    /// descriptors, and Foundation's `Process.run` crashed past a few hundred.
    @Test func aToolsPipesAreClosedWhenItHasRun() throws {
        let before = try Self.openDescriptors()
        for _ in 0..<40 {
            let r = try Subprocess.run("/bin/echo", ["kb"], timeout: 600)
            #expect(r.status == 0 && String(decoding: r.stdout, as: UTF8.self) == "kb\n")
        }
        // Other tests run beside this one and open files of their own: a margin, far below
        // the 80 to 160 that forty runs left open.
        #expect(try Self.openDescriptors() - before < 30)
    }
}
