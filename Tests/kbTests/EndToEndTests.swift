import Foundation
import Testing

/// Runs the built `kb` as a user would, on a copy-free store of the bundled corpus.
enum KB {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus/archive").path

    static var binary: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kb")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        for dir in [".build/debug", ".build/release"] {
            let u = root.appendingPathComponent(dir).appendingPathComponent("kb")
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return besideTests
    }

    struct Run { let status: Int32; let out: String; let err: String }

    /// Runs kb with args; `prefix` runs it through another command (setpriv, to run as another user).
    static func run(_ args: [String], env: [String: String] = [:], cwd: URL? = nil, prefix: [String] = []) throws -> Run {
        let p = Process()
        if prefix.isEmpty {
            p.executableURL = binary
            p.arguments = args
        } else {
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = prefix + [binary.path] + args
        }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "KB_STORE")
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        if let cwd { p.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        nonisolated(unsafe) var errData = Data()
        let t = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        t.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while t.isExecuting || !t.isFinished { usleep(1000) }
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    static func json(_ args: [String], env: [String: String] = [:]) throws -> [String: Any] {
        let r = try run(args + ["--json"], env: env)
        guard r.status == 0 else { throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "kb \(args) failed: \(r.err)"]) }
        return try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any] ?? [:]
    }
}

final class Scratch {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    var store: String { url.appendingPathComponent("store").path }
}

@Suite(.serialized) struct EndToEndTests {
    let scratch: Scratch

    init() throws {
        scratch = try Scratch()
        try CorpusStore.copy(to: scratch.store)
    }

    func ids(_ query: String, limit: Int = 50) throws -> [Int] {
        let j = try KB.json(["search", query, "--store", scratch.store, "--limit", String(limit)])
        return (j["hits"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
    }

    @Test func theCommandLineForgivesAndExplains() throws {
        // A mistyped command word: the command it was likely meant to be, at any depth.
        let typo = try KB.run(["serch", "离心机", "--store", scratch.store])
        #expect(typo.status == 64 && typo.err.contains("Did you mean 'kb search'?") && typo.err.contains("The commands: ingest, search"))
        let deep = try KB.run(["--store", scratch.store, "article", "aprove", "3"])
        #expect(deep.status == 64 && deep.err.contains("Did you mean 'kb article approve'?"))
        // A word after a command that takes words is no command word.
        #expect(try KB.run(["search", "serch", "--store", scratch.store]).err.isEmpty)
        // Serials and customers with spaces need no quotes.
        let unit = try KB.run(["unit", "tl5m", "1706", "0031", "--store", scratch.store])
        #expect(unit.status == 0 && unit.out.hasPrefix("TL5M17060031"))
        let brief = try KB.run(["brief", "--serial", "tl5m", "1706", "0031", "--today", "2024-06-01", "--store", scratch.store])
        #expect(brief.status == 0 && brief.out.hasPrefix("Brief: TL5M17060031"), "\(brief.err)")
        let byName = try KB.run(["brief", "--customer", "Hang", "Ho", "Medical", "--today", "2024-06-01", "--store", scratch.store])
        #expect(byName.status == 0 && byName.out.contains("Hang Ho Medical Laboratory"), "\(byName.err)")
        // A file that is not there is said to be not there, with the path as given.
        let missing = try KB.run(["article", "new", "carbon-brush.md", "--as", "wang", "--store", scratch.store], cwd: scratch.url)
        #expect(missing.status == 1 && missing.err == "kb: carbon-brush.md: no such file\n")
        let pattern = try KB.run(["slip", "add", "scans/*.jpg", "--as", "wang", "--store", scratch.store], cwd: scratch.url)
        #expect(pattern.status == 1 && pattern.err.contains("kb: scans/*.jpg: no such file (no file matches the pattern)"))
        // One of a thing is said in the singular.
        let one = try KB.run(["search", "HK-SR-23-0210", "--store", scratch.store])
        #expect(one.out.contains(" of 1 document for"), "\(one.out)")
    }

    @Test func withoutTheDictionaryIngestGoesOnAndCheckSaysSo() throws {
        // CC-CEDICT unreadable (not installed for this user): the archive is whole but for the
        // English of its Chinese words; check names it, and a reindex with it there mends it.
        let scratch = try Scratch()
        let missing = ["KB_CEDICT": scratch.url.appendingPathComponent("no-cedict.txt.gz").path]
        let ingest = try KB.run(["ingest", KB.corpus, "--store", scratch.store], env: missing)
        #expect(ingest.status == 0, "\(ingest.err)")
        let check = try KB.run(["check", "--store", scratch.store], env: missing)
        #expect(check.status == 1 && check.out.contains("CC-CEDICT cannot be read"), "\(check.out)")
        #expect(try KB.json(["search", "commutator", "--store", scratch.store], env: missing)["total"] as? Int == 0)
        #expect((try KB.json(["search", "冷凝器", "--store", scratch.store], env: missing)["translated"] as? [String: [String]] ?? [:]).isEmpty)
        #expect(try KB.run(["reindex", "--store", scratch.store]).status == 0)
        #expect(try KB.run(["check", "--store", scratch.store]).status == 0)
        let found = try KB.json(["search", "commutator", "--store", scratch.store])
        #expect((found["translated"] as? [String: [String]])?["commutator"] == ["换向器"] && (found["total"] as? Int ?? 0) > 0)
        // A Chinese word the archive has only in English is looked up in the store's copy of
        // the dictionary: found with the dictionary itself unreadable.
        let condenser = try KB.json(["search", "冷凝器", "--store", scratch.store], env: missing)
        #expect((condenser["translated"] as? [String: [String]])?["冷凝器"] == ["condenser"], "\(condenser["translated"] ?? "")")
    }

    @Test func ingestReportsCountsAndIsIdempotent() throws {
        let again = try KB.run(["ingest", KB.corpus, "--store", scratch.store])
        #expect(again.status == 0)
        #expect(again.out.hasPrefix("documents: 0 added, 0 updated, ") && again.out.contains("; files: 95 read, 0 failed"))
        let j = try KB.json(["ingest", KB.corpus, "--store", scratch.store])
        #expect(j["added"] as? Int == 0 && (j["unchanged"] as? Int ?? 0) >= 130)
    }

    @Test func searchJSONHasTheDocumentedShape() throws {
        let j = try KB.json(["search", "離心機轉速異常", "--store", scratch.store])
        #expect(j["query"] as? String == "離心機轉速異常")
        #expect((j["total"] as? Int ?? 0) > 0)
        let hit = try #require((j["hits"] as? [[String: Any]])?.first)
        for key in ["id", "kind", "title", "source", "score", "snippet", "date", "customer", "serials"] { #expect(hit[key] != nil, "missing \(key)") }
        #expect((hit["snippet"] as? String)?.contains("<mark>") == true)
        let sources = (j["hits"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String }
        #expect(sources.contains("kb/离心机转速异常的排查.md"))
        #expect(sources.contains("repair/2021/修護卡_澄心醫院_H1850R_轉速異常.txt"))
        let ledger = try KB.json(["search", "TL5M 1811 0209", "--kind", "repair", "--store", scratch.store, "--limit", "50"])
        let ledgerSources = (ledger["hits"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String }
        #expect(ledgerSources.contains { $0.hasPrefix("ledger/") && $0.contains(".csv#row=") })
        // What the query was read as: pinyin, and rare spellings searched beside their correction.
        let py = try KB.json(["search", "lxj", "--store", scratch.store])
        #expect((py["pinyin"] as? [String])?.first == "离心机" && py["alsoAsTyped"] as? [String] == [])
        let typo = try KB.json(["search", "centrifgue", "--store", scratch.store])
        #expect(typo["corrected"] as? String == "centrifuge" && typo["alsoAsTyped"] as? [String] == ["centrifgue"])
        let text = try KB.run(["search", "lxj", "--store", scratch.store])
        #expect(text.out.contains("Pinyin read as 离心机"))
    }

    @Test func simplifiedAndTraditionalFindEachOther() throws {
        let simplified = Set(try ids("离心机转速异常"))
        let traditional = Set(try ids("離心機轉速異常"))
        #expect(!simplified.isEmpty && simplified == traditional)
    }

    @Test func modelWrittenThreeWaysFindsTheSameDocuments() throws {
        let a = Set(try ids("ＤＡ７６００", limit: 200)), b = Set(try ids("DA-7600", limit: 200)), c = Set(try ids("da7600", limit: 200))
        #expect(a.count >= 20 && a == b && b == c)
    }

    @Test func serialWithOrWithoutSeparatorsOrFullWidth() throws {
        let forms = ["DA7600-2019-0457", "DA7600 2019 0457", "da760020190457", "ＤＡ７６００－２０１９－０４５７", "SN: DA7600-2019-0457"]
        func unitHits(_ form: String) throws -> (first: [String], unit: Set<Int>) {
            let j = try KB.json(["search", form, "--store", scratch.store, "--limit", "50"])
            let hits = j["hits"] as? [[String: Any]] ?? []
            let unit = hits.filter { ($0["serials"] as? [String])?.contains("DA760020190457") == true }.compactMap { $0["id"] as? Int }
            return (hits.first?["serials"] as? [String] ?? [], Set(unit))
        }
        let results = try forms.map(unitHits)
        #expect(results[0].unit.count >= 8)
        for r in results {
            #expect(r.unit == results[0].unit)
            #expect(r.first.contains("DA760020190457"))
        }
        let j = try KB.json(["search", forms[3], "--store", scratch.store, "--limit", "3"])
        let first = try #require((j["hits"] as? [[String: Any]])?.first)
        #expect((first["serials"] as? [String])?.contains("DA760020190457") == true)
    }

    @Test func storeOptionBeforeOrAfterTheCommandAndFromTheEnvironment() throws {
        let after = try KB.run(["search", "离心机", "--store", scratch.store, "--limit", "3"])
        let before = try KB.run(["--store", scratch.store, "search", "离心机", "--limit", "3"])
        let env = try KB.run(["search", "离心机", "--limit", "3"], env: ["KB_STORE": scratch.store])
        #expect(after.status == 0 && after.out == before.out && before.out == env.out)
        #expect(after.out.contains("«离心机»"))
        let stats = try KB.run(["--store", scratch.store, "stats"])
        #expect(stats.status == 0 && stats.out.contains("documents:"))
    }

    @Test func clearErrorsWithoutStackTraces() throws {
        let empty = try KB.run(["search", "", "--store", scratch.store])
        #expect(empty.status == 1 && empty.err.hasPrefix("kb: empty query"))
        let noStore = try KB.run(["search", "x", "--store", scratch.url.appendingPathComponent("nowhere").path])
        #expect(noStore.status == 1 && noStore.err.contains("no archive at"))
        let badKind = try KB.run(["search", "x", "--kind", "nonsense", "--store", scratch.store])
        #expect(badKind.status != 0 && badKind.err.contains("unknown kind"))
        let badDate = try KB.run(["search", "x", "--from", "yesterday", "--store", scratch.store])
        #expect(badDate.status != 0 && badDate.err.contains("--from"))
        let backwards = try KB.run(["search", "x", "--from", "2024", "--to", "2023", "--store", scratch.store])
        #expect(backwards.status != 0 && backwards.err.contains("is after --to"))
        let missing = try KB.run(["show", "999999", "--store", scratch.store])
        #expect(missing.status == 1 && missing.err.contains("no document #999999"))
    }

    @Test func badFilesAreNamedAndTheBatchGoesOn() throws {
        let dir = scratch.url.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data("not a zip".utf8).write(to: dir.appendingPathComponent("broken.docx"))
        try Data("维修单\n故障现象：风扇异响，更换风扇\n".utf8).write(to: dir.appendingPathComponent("ok.txt"))
        let r = try KB.run(["ingest", dir.path, "--store", scratch.store])
        #expect(r.status == 1)
        #expect(r.err.contains("kb: empty.txt: empty file"))
        #expect(r.err.contains("kb: broken.docx: not a Word .docx file"))
        #expect(r.out.contains("1 added") && r.out.contains("2 failed"))
        let nothing = try KB.run(["ingest", scratch.url.appendingPathComponent("nope").path, "--store", scratch.url.appendingPathComponent("fresh").path])
        #expect(nothing.status == 1 && nothing.err.contains("no such file or folder"))
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("fresh").path))
        #expect(try !ids("风扇异响").isEmpty)
    }

    @Test func showStatsAndReindex() throws {
        let first = try #require(try ids("修護卡 離心機").first)
        let show = try KB.run(["show", String(first), "--store", scratch.store])
        #expect(show.status == 0 && show.out.contains("fields:") && show.out.contains("source:"))
        let j = try KB.json(["show", String(first), "--store", scratch.store])
        #expect(j["id"] as? Int == first && (j["text"] as? String)?.isEmpty == false)
        let before = try KB.run(["search", "rotor imbalance", "--store", scratch.store, "--json"]).out
        let re = try KB.run(["reindex", "--store", scratch.store])
        #expect(re.status == 0 && re.out.hasPrefix("reindexed "))
        #expect(try KB.run(["search", "rotor imbalance", "--store", scratch.store, "--json"]).out == before)
        let stats = try KB.json(["stats", "--store", scratch.store])
        #expect((stats["stats"] as? [String: Any])?["documents"] as? Int == (stats["indexedDocuments"] as? Int))
    }

    @Test func unitTimelineAndBrief() throws {
        let unit = try KB.run(["unit", "ＳＮ da7600 2019 0457", "--store", scratch.store])
        #expect(unit.status == 0 && unit.out.contains("DA760020190457") && unit.out.contains("documents, oldest first"))
        let ambiguous = try KB.run(["unit", "DA7600", "--store", scratch.store])
        #expect(ambiguous.status == 1 && ambiguous.err.contains("matches 4 units") && ambiguous.err.contains("DA760020210833"))
        let j = try KB.json(["unit", "0457", "--store", scratch.store])
        let dates = (j["documents"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(dates.count >= 10 && dates == dates.sorted())
        let html = try KB.run(["brief", "--serial", "da7600.2019.0457", "--format", "html", "--today", "2024-06-01", "--store", scratch.store])
        #expect(html.status == 0 && html.out.contains("@page { size: A4") && html.out.contains("DA760020190457") && html.out.contains("</html>"))
        let md = try KB.run(["brief", "--customer", "一院检验科", "--format", "markdown", "--today", "2024-06-01", "--store", scratch.store])
        #expect(md.status == 0 && md.out.hasPrefix("# Brief: 某市第一人民医院检验科") && md.out.contains("| date | fault | cause | fix |"))
        let none = try KB.run(["brief", "--serial", "ZZ99-0000-0000", "--store", scratch.store])
        #expect(none.status == 1 && none.err.contains("no unit matches"))
        let both = try KB.run(["brief", "--serial", "0457", "--customer", "x", "--store", scratch.store])
        #expect(both.status != 0 && both.err.contains("exactly one of"))
    }

    @Test func customersAliasesMergesAndHandLinksThroughTheCLI() throws {
        // A name kb cannot place: it becomes an unconfirmed customer.
        let note = scratch.url.appendingPathComponent("wcvc-note.txt")
        try "Service Report\nCustomer: WCVC Information Centre\nModel: XG2848\nProblem: port down.\n".write(to: note, atomically: true, encoding: .utf8)
        #expect(try KB.run(["ingest", note.path, "--store", scratch.store]).status == 0)
        let list = try KB.run(["customer", "list", "--store", scratch.store])
        #expect(list.status == 0 && list.out.contains("某市第一人民医院检验科") && list.out.contains("? unconfirmed"))
        let alias = try KB.run(["customer", "alias", "恆澔醫學化驗所", "Hang Ho Med Lab", "--store", scratch.store])
        #expect(alias.status == 0, "\(alias.err)")
        let show = try KB.json(["customer", "show", "Hang Ho Med Lab", "--store", scratch.store])
        #expect((show["customer"] as? [String: Any])?["name"] as? String == "Hang Ho Medical Laboratory")
        let merge = try KB.run(["customer", "merge", "望川职业技术学院", "WCVC Information Centre", "--store", scratch.store])
        #expect(merge.status == 0 && merge.out.hasPrefix("merged WCVC Information Centre"), "\(merge.out) \(merge.err)")
        let unresolved = try KB.run(["links", "--unresolved", "--store", scratch.store])
        #expect(unresolved.status == 0 && !unresolved.out.contains("WCVC Information Centre") && !unresolved.out.contains("Hang Ho Med Lab"))
        let doc = try #require(try ids("修護卡 離心機").first)
        let add = try KB.run(["link", "add", String(doc), "--serial", "TL5M-1706-0031", "--as", "qa", "--store", scratch.store])
        #expect(add.status == 0)
        let explain = try KB.run(["link", "explain", String(doc), "--store", scratch.store])
        #expect(explain.out.contains("TL5M17060031  ← by hand (qa"))
        let again = try KB.run(["ingest", KB.corpus, "--store", scratch.store])
        #expect(again.status == 0)
        #expect(try KB.run(["link", "explain", String(doc), "--store", scratch.store]).out.contains("TL5M17060031  ← by hand (qa"))
    }

    @Test func articlesThroughTheCLI() throws {
        let file = scratch.url.appendingPathComponent("a.md")
        try "---\ntitle: 离心机门锁故障 E07\nmodels: [TDL-5M]\nfaults: [E07]\nreview_by: 2030-01-01\n---\n门锁电磁铁卡滞时报 E07，更换电磁铁。\n".write(to: file, atomically: true, encoding: .utf8)
        let created = try KB.json(["article", "new", file.path, "--as", "wang", "--store", scratch.store])
        let id = try #require(created["id"] as? Int)
        #expect(try !ids("门锁电磁铁").contains(id))                  // a draft is hidden from search
        #expect(try KB.run(["article", "submit", String(id), "--as", "wang", "--store", scratch.store]).status == 0)
        let selfApproval = try KB.run(["article", "approve", String(id), "--as", "wang", "--store", scratch.store])
        #expect(selfApproval.status == 1 && selfApproval.err.contains("cannot approve"))
        #expect(try KB.run(["article", "approve", String(id), "--as", "li", "--store", scratch.store]).status == 0)
        #expect(try ids("门锁电磁铁 E07").first == id)
        let bad = scratch.url.appendingPathComponent("bad.md")
        try "---\ntags: [x]\n---\ntext\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try KB.run(["article", "new", bad.path, "--store", scratch.store])
        #expect(refused.status == 1 && refused.err.contains("bad.md") && refused.err.contains("'title'"))
        let out = scratch.url.appendingPathComponent("export").path
        #expect(try KB.run(["article", "export", out, "--store", scratch.store]).status == 0)
        let back = try KB.run(["article", "import", out, "--as", "wang", "--store", scratch.store])
        #expect(back.status == 0 && back.out.contains("0 created, 0 revised, 1 unchanged"))
    }

    @Test func slipsThroughTheCLI() throws {
        let pdf = KB.root.appendingPathComponent("corpus/slips/FW-2023-0688_服务报告单_一院检验科_已签字.pdf")
        let add = try KB.run(["slip", "add", pdf.path, "--as", "zhou", "--store", scratch.store])
        #expect(add.status == 0 && add.out.contains("FW-2023-0688"), "\(add.err)")
        let again = try KB.run(["slip", "add", pdf.path, "--store", scratch.store])
        #expect(again.status == 0 && again.out.contains("already archived"))
        let out = scratch.url.appendingPathComponent("copy.pdf")
        #expect(try KB.run(["slip", "get", "fw-2023-0688", "--out", out.path, "--as", "li", "--store", scratch.store]).status == 0)
        #expect(try Data(contentsOf: out) == Data(contentsOf: pdf))
        let list = try KB.json(["slip", "list", "--serial", "0457", "--store", scratch.store])
        #expect((list["slips"] as? [[String: Any]])?.count == 1)
        #expect(try KB.run(["slip", "verify", "--store", scratch.store]).out.contains("1 original checked, 0 problems"))
        let badNumber = try KB.run(["slip", "add", pdf.path, "--no", "a/b", "--store", scratch.store])
        #expect(badNumber.status == 1 && badNumber.err.contains("may not contain"))
        let audit = try KB.run(["audit", "list", "--slip", "FW-2023-0688", "--store", scratch.store])
        #expect(audit.out.contains("zhou  add") && audit.out.contains("li  get"))
        #expect(try KB.run(["audit", "verify", "--store", scratch.store]).out.contains("chain intact"))
        let brief = try KB.run(["brief", "--serial", "0457", "--store", scratch.store])
        #expect(brief.out.contains("slip: FW-2023-0688"))
    }
}


/// `kb compact` on its own store: smaller, still searchable, still writable.
@Suite struct CompactTests {
    @Test func compactedIndexStaysSearchableAndWritable() throws {
        let scratch = try Scratch()
        let dir = scratch.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for i in 0..<30 {
            try "维修单 第\(i)号 离心机转速异常 更换碳刷 centrifuge speed sensor \(i)".write(
                to: dir.appendingPathComponent("r\(i).txt"), atomically: true, encoding: .utf8)
        }
        #expect(try KB.run(["ingest", dir.path, "--store", scratch.store]).status == 0)
        let c = try KB.run(["compact", "--store", scratch.store])
        #expect(c.status == 0 && c.out.hasPrefix("compacted "), "\(c.err)")
        #expect((try KB.json(["search", "转速异常", "--store", scratch.store])["total"] as? Int) == 30)
        let extra = scratch.url.appendingPathComponent("extra.txt")
        try "服务报告单 压缩之后加入的文件".write(to: extra, atomically: true, encoding: .utf8)
        #expect(try KB.run(["ingest", extra.path, "--store", scratch.store]).status == 0)
        #expect((try KB.json(["search", "压缩之后", "--store", scratch.store])["total"] as? Int ?? 0) >= 1)
    }
}
