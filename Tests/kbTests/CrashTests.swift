import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// kb killed (SIGKILL) in the middle of its work, as a power cut or the OOM killer would:
/// the next command completes what was cut off, `kb check` passes, and the archive equals one
/// built without interruption. `tools/crash/kill_harness.py` does the same many times over.
@Suite struct CrashTests {
    /// Starts kb and kills it after `seconds`; whether it was still running then.
    static func killed(_ args: [String], after seconds: Double) throws -> Bool {
        let p = Process()
        p.executableURL = KB.binary
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(seconds)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        guard p.isRunning else { return false }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        return true
    }

    /// What must be equal: counts, customers, and the documents a few searches find.
    static func state(_ store: String) throws -> [String] {
        let stats = try KB.json(["stats", "--store", store])
        let s = stats["stats"] as? [String: Any] ?? [:]
        var out = ["documents \(s["documents"] ?? "?")", "customers \(s["customers"] ?? "?")", "units \(s["units"] ?? "?")"]
        out += try KB.run(["customer", "list", "--store", store]).out.split(separator: "\n").map(String.init)
        for q in ["离心机", "lxj", "E23", "比色杯", "centrifuge"] {
            let hits = try KB.json(["search", q, "--limit", "20", "--store", store])["hits"] as? [[String: Any]] ?? []
            out.append("\(q): " + hits.map { "\($0["source"] ?? "?")" }.joined(separator: ", "))
        }
        return out
    }

    @Test func anIngestKilledAtRandomMomentsEndsAsACleanOne() throws {
        let scratch = try Scratch()
        let clean = scratch.url.appendingPathComponent("clean").path
        let started = Date()
        #expect(try KB.run(["ingest", KB.corpus, "--store", clean]).status == 0)
        let took = Date().timeIntervalSince(started)
        let expected = try Self.state(clean)
        // Three kills at moments spread over the time a whole ingest takes (reading, storing,
        // linking, indexing), each followed by nothing but the next kill, then one ingest to the end.
        let store = scratch.url.appendingPathComponent("cut").path
        var landed = 0
        for fraction in [0.35, 0.6, 0.85] {
            if try Self.killed(["ingest", KB.corpus, "--store", store], after: took * fraction) { landed += 1 }
        }
        #expect(landed >= 1, "no kill landed while kb ran (a whole ingest took \(took) s)")
        let last = try KB.run(["ingest", KB.corpus, "--store", store])
        #expect(last.status == 0, "\(last.err)")
        let check = try KB.run(["check", "--store", store])
        #expect(check.status == 0, "\(check.out)")
        #expect(try Self.state(store) == expected)
    }

    @Test func aReindexKilledLeavesAStoreTheNextCommandCompletes() throws {
        let scratch = try Scratch()
        #expect(try KB.run(["ingest", KB.corpus, "--store", scratch.store]).status == 0)
        let expected = try Self.state(scratch.store)
        let started = Date()
        #expect(try KB.run(["reindex", "--store", scratch.store]).status == 0)
        let took = Date().timeIntervalSince(started)
        var landed = 0
        for fraction in [0.2, 0.5, 0.8] {
            if try Self.killed(["reindex", "--store", scratch.store], after: took * fraction) { landed += 1 }
            // Searches go on meanwhile, on the old index, or on the new one once it is in place.
            #expect(try KB.run(["search", "离心机", "--store", scratch.store]).status == 0)
            let synonyms = try KB.run(["synonym", "list", "--store", scratch.store])
            #expect(synonyms.status == 0, "\(synonyms.err)")
        }
        #expect(landed >= 1, "no kill landed while kb reindex ran (it took \(took) s)")
        // Not a reindex again (that would redo everything whatever was left): any command that
        // writes completes what the killed ones left.
        let next = try KB.run(["synonym", "add", "甲乙丙", "xyzzy", "--store", scratch.store])
        #expect(next.status == 0, "\(next.err)")
        let check = try KB.run(["check", "--store", scratch.store])
        #expect(check.status == 0, "\(check.out)")
        #expect(try Self.state(scratch.store) == expected)
    }

    @Test func aSecondWriterWaitsThenSaysTheArchiveIsBusy() throws {
        let scratch = try Scratch()
        #expect(try KB.run(["ingest", KB.corpus, "--store", scratch.store]).status == 0)
        // Hold the store's write lock as another kb would.
        let lockPath = URL(fileURLWithPath: scratch.store).appendingPathComponent("write.lock").path
        let fd = open(lockPath, O_RDWR)
        #expect(fd >= 0 && flock(fd, LOCK_EX) == 0)
        defer { close(fd) }
        let started = Date()
        let r = try KB.run(["synonym", "add", "离心机", "spinner", "--wait", "1", "--store", scratch.store])
        #expect(r.status == 1)
        #expect(Date().timeIntervalSince(started) >= 1)
        #expect(r.err.contains("waiting for another kb writing to"), "\(r.err)")
        #expect(r.err.contains("still, after 1 s of waiting"), "\(r.err)")
        // Readers are never blocked.
        #expect(try KB.run(["search", "离心机", "--store", scratch.store]).status == 0)
        // kb check waits for the writer too (a half-done batch is no damage), as long as it is told.
        let check = try KB.run(["check", "--wait", "1", "--store", scratch.store])
        #expect(check.status == 1 && check.err.contains("still, after 1 s of waiting"), "\(check.err)")
    }

    @Test func backupCheckAndVerifyThroughTheCLI() throws {
        let scratch = try Scratch()
        #expect(try KB.run(["ingest", KB.corpus, "--store", scratch.store]).status == 0)
        let dest = scratch.url.appendingPathComponent("backup").path
        let made = try KB.run(["backup", dest, "--store", scratch.store])
        #expect(made.status == 0, "\(made.err)")
        #expect(made.out.contains("backed up 138 documents"), "\(made.out)")
        #expect(made.out.contains("all well"), "\(made.out)")
        #expect(try KB.run(["search", "离心机", "--store", dest]).out == (try KB.run(["search", "离心机", "--store", scratch.store]).out
            .replacingOccurrences(of: scratch.store, with: dest)))
        let verified = try KB.run(["backup", "--verify", dest])
        #expect(verified.status == 0, "\(verified.out)")
        // A restore is a copy of the backup; verifying left the backup as it was.
        let restored = scratch.url.appendingPathComponent("restored").path
        try FileManager.default.copyItem(atPath: dest, toPath: restored)
        #expect(try KB.run(["check", "--store", restored]).status == 0)
        #expect(try KB.run(["backup", "--verify", dest]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: dest + "/write.lock"))
        // Into a folder that has something in it: refused, nothing written.
        let again = try KB.run(["backup", dest, "--store", scratch.store])
        #expect(again.status == 1 && again.err.contains("is not an empty folder"), "\(again.err)")
        // A store others may read is said so, with the command that closes it.
        chmod(scratch.store, 0o755)
        let warned = try KB.run(["check", "--store", scratch.store])
        #expect(warned.status == 1 && warned.err.contains("warning: others may read the store"), "\(warned.err)")
        #expect(warned.out.contains("repair: chmod -R go-rwx"), "\(warned.out)")
    }
}
