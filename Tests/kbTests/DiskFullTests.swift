import Foundation
import Testing

/// The disk under the store fills up in the middle of a command (writes fail with ENOSPC,
/// through the preloaded shim tools/faults/enospc.c): a clear error naming the store, nothing
/// stored before lost or altered, and once space is free the next command completes the work.
@Suite struct DiskFullTests {
    /// The shim, built once per test into its scratch folder.
    static func shim(in scratch: Scratch) throws -> String {
        let out = scratch.url.appendingPathComponent("enospc.so").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["cc", "-shared", "-fPIC", "-O2", "-o", out, KB.root.appendingPathComponent("tools/faults/enospc.c").path, "-ldl"]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "cc could not build the full-disk shim")
        return out
    }

    /// kb with a disk that is full after `bytes` more bytes written under the scratch folder.
    static func full(after bytes: Int, _ args: [String], scratch: Scratch, shim: String) throws -> KB.Run {
        try KB.run(args, env: ["LD_PRELOAD": shim, "KB_ENOSPC_PREFIX": scratch.url.path, "KB_ENOSPC_AFTER": String(bytes)])
    }

    /// Half the corpus's files in one folder, the other half in another.
    static func halves(_ scratch: Scratch) throws -> (URL, URL) {
        let corpus = URL(fileURLWithPath: KB.corpus)
        let files = (FileManager.default.enumerator(atPath: corpus.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasPrefix(".") && (try? corpus.appendingPathComponent($0).resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted()
        let a = scratch.url.appendingPathComponent("in/a"), b = scratch.url.appendingPathComponent("in/b")
        for (i, rel) in files.enumerated() {
            let target = (i % 2 == 0 ? a : b).appendingPathComponent(rel)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: corpus.appendingPathComponent(rel), to: target)
        }
        return (a, b)
    }

    static func documents(_ store: String) throws -> [String] {
        try KB.run(["search", "--kind", "repair", "--limit", "500", "--store", store]).out.split(separator: "\n").map(String.init)
    }

    @Test func anIngestThatFillsTheDiskLosesNothingAndTheNextOneCompletes() throws {
        let scratch = try Scratch()
        let shim = try Self.shim(in: scratch)
        let (a, b) = try Self.halves(scratch)
        let store = scratch.url.appendingPathComponent("store").path
        #expect(try KB.run(["ingest", a.path, "--store", store]).status == 0)
        let before = try KB.json(["stats", "--store", store])["stats"] as? [String: Any]
        let firstHalf = try Self.documents(store)
        // The disk fills up a little way into the second half.
        let r = try Self.full(after: 300_000, ["ingest", a.path, b.path, "--store", store], scratch: scratch, shim: shim)
        #expect(r.status == 1, "\(r.out)\(r.err)")
        #expect(r.err.contains("kb: the disk holding \(store) is full"), "\(r.err)")
        #expect(r.err.contains("Nothing stored before was lost"), "\(r.err)")
        #expect(!r.err.contains("COMMIT") && !r.err.contains("SQLite error"), "\(r.err)")
        // What was stored before is all there, as it was.
        #expect(try KB.json(["stats", "--store", store])["stats"] as? [String: Any] != nil)
        let during = try Self.documents(store)
        #expect(Set(firstHalf).isSubset(of: Set(during)) || during == firstHalf, "documents of the first half changed")
        // Space is free again: the next ingest completes; the store equals one built in one go.
        #expect(try KB.run(["ingest", a.path, b.path, "--store", store]).status == 0)
        let check = try KB.run(["check", "--store", store])
        #expect(check.status == 0, "\(check.out)")
        let clean = scratch.url.appendingPathComponent("clean").path
        #expect(try KB.run(["ingest", a.path, b.path, "--store", clean]).status == 0)
        let stats = { (s: String) in try KB.json(["stats", "--store", s])["stats"] as? [String: Any] ?? [:] }
        for key in ["documents", "customers", "units"] {
            #expect("\(try stats(store)[key] ?? "?")" == "\(try stats(clean)[key] ?? "?")", "\(key)")
        }
        #expect("\(before?["documents"] ?? 0)" != "\(try stats(store)["documents"] ?? 0)")
    }

    @Test func aSlipAddOrACompactionOnAFullDiskSaysSoAndChangesNothing() throws {
        let scratch = try Scratch()
        let shim = try Self.shim(in: scratch)
        let store = scratch.url.appendingPathComponent("store").path
        #expect(try KB.run(["ingest", KB.corpus, "--store", store]).status == 0)
        let slip = KB.root.appendingPathComponent("corpus/slips/FW-2023-0688_服务报告单_一院检验科_已签字.pdf").path
        let added = try Self.full(after: 2_000, ["slip", "add", slip, "--as", "tester", "--store", store], scratch: scratch, shim: shim)
        #expect(added.status == 1 && added.err.contains("is full"), "\(added.err)")
        #expect(try KB.run(["slip", "list", "--store", store]).out.contains("FW-2023-0688") == false)
        let compacted = try Self.full(after: 50_000, ["compact", "--store", store], scratch: scratch, shim: shim)
        #expect(compacted.status == 1 && compacted.err.contains("is full"), "\(compacted.err)")
        #expect(try KB.run(["search", "离心机", "--store", store]).status == 0)
        var check = try KB.run(["check", "--store", store])
        #expect(check.status == 0, "\(check.out)")
        // With space again, both go through.
        #expect(try KB.run(["slip", "add", slip, "--as", "tester", "--store", store]).status == 0)
        #expect(try KB.run(["compact", "--store", store]).status == 0)
        check = try KB.run(["check", "--store", store])
        #expect(check.status == 0, "\(check.out)")
        #expect(try KB.run(["audit", "verify", "--store", store]).status == 0)
    }
}
