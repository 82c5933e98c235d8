import Foundation
import GRDB
import Testing
@testable import ArchiveIndex

/// A fault named in both languages by the error code documents state with it: an English
/// query finds the Chinese reports of that fault (and back), though no dictionary has its words.
@Suite struct FaultNameTests {
    func statements(_ text: String) throws -> [String] {
        FaultCodes.statements(inFolded: try Normalizer.fold(text)).map { "\($0.canonical ?? "")=\($0.value)" }
    }

    @Test func aCodeIsReadWhereverADocumentStatesItsMeaning() throws {
        // Prose after a label, in either script; an English question; a manual's table under
        // its code and symptom columns (not the cause beside them).
        #expect(try statements("报障内容：蠕动泵不转，无法排废液，报警代码E-12") == ["e-12=蠕动泵不转,无法排废液"])
        #expect(try statements("故障現象：管理模塊失聯（報警代碼OA-LOST）") == ["oa-lost=管理模块失联"])
        #expect(try statements("Q: Peristaltic pump not turning, waste not drained (code E-12)?") == ["e-12=peristaltic pump not turning, waste not drained"])
        #expect(try statements("| 代码 | 原因 | 现象 |\n|---|---|---|\n| E-07 | 纤维蛋白凝块 | 吸样针堵塞 |\n| E-12 | 泵管老化 | 蠕动泵不转 |")
                == ["e-07=吸样针堵塞", "e-12=蠕动泵不转"])
        // The code first, its meaning after it; a date before the words is no part of them.
        #expect(try statements("Error code P-333: cannot reset after emergency stop") == ["p-333=cannot reset after emergency stop"])
        #expect(try statements("2022.4.9  风扇故障告警 (code STS-FAN)") == ["sts-fan=风扇故障告警"])
        // A line laid out in columns: the page's header or a label beside the row is no part of it.
        #expect(try statements("第2页  测量时提示眼位对准失败（代码R-02）") == ["r-02=测量时提示眼位对准失败"])
        #expect(try statements("Reported failure   handpiece drips after suck-back (code E31)") == ["e31=handpiece drips after suck-back"])
        // Two spaces inside a sentence (a justified PDF line) part nothing.
        #expect(try statements("Pump  not turning, waste not drained (code E-12)") == ["e-12=pump  not turning, waste not drained"])
        // Not codes: a barcode, a table without a code column, a serial after `code`.
        #expect(try statements("Barcode E-12 unreadable") == [])
        #expect(try statements("| 日期 | 现象 |\n|---|---|\n| E-12 | 蠕动泵不转 |") == [])
        #expect(try statements("Zip code 200031") == [])
    }

    @Test func aNameIsWhatMostStatementsShare() {
        // The clean statement when another adds to it; none when the statements disagree.
        #expect(FaultNames.name(["管理模块失联(反复出现)", "管理模块失联(反复出现)", "管理模块失联", "科室反映管理模块失联"], words: false) == "管理模块失联")
        #expect(FaultNames.name(["多路通道无视频信号", "多路通道无视频信号", "多路通道无视讯信号"], words: false) == "多路通道无视频信号")
        #expect(FaultNames.name(["fan failure alarm", "psu failure", "door open"], words: true) == nil)
        #expect(FaultNames.name(["site reports fan failure alarm", "fan failure alarm", "fan failure alarm"], words: true) == "fan failure alarm")
    }

    func reports() -> [String: String] {
        var files: [String: String] = [
            "manual/电解质分析仪_故障代码.md": "电解质分析仪 维修培训教材\n| 代码 | 现象 | 原因 | 处理 |\n|---|---|---|---|\n"
                + "| E-12 | 蠕动泵不转，无法排废液 | 泵管老化破裂 | 更换蠕动泵管 |\n| E-07 | 吸样针堵塞，提示吸样失败 | 纤维蛋白凝块 | 疏通管路 |\n",
            "manual/tech_tip.txt": "TECH TIP - electrolyte analyser\n\nQ: Peristaltic pump not turning, waste not drained (code E-12)?\nA: Usually pump tubing worn. Fix: replaced the pump tubing.\n\n"
                + "Q: Sample probe blocked, aspiration error (code E-07)?\nA: Usually a fibrin clot.\n",
            "repair/维修单_1.txt": "维修单\n客户名称：山城医院检验科\n故障现象：蠕动泵不转，无法排废液\n处理方法：更换蠕动泵管，复测正常\n",
            "repair/SR-1.txt": "Service report\nCustomer: Lakeside Hospital\nProblem: peristaltic pump not turning, waste not drained\nAction: replaced the pump tubing\n",
        ]
        // Reports of other faults that share words with the query in either language.
        for i in 1...4 {
            files["repair/SR-pump-\(i).txt"] = "Service report\nCustomer: River Hospital \(i)\nProblem: vacuum pump noisy, waste bottle full\nAction: emptied the bottle\n"
            files["repair/维修单_泵_\(i).txt"] = "维修单\n客户名称：河畔医院\(i)\n故障现象：真空泵异响，废液瓶满\n处理方法：清空废液瓶\n"
        }
        return files
    }

    @Test func anEnglishFaultFindsTheChineseReportsOfItsCode() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: reports())
        let r = try archive.search("peristaltic pump not turning, waste not drained")
        let sources = r.hits.map(\.source)
        // The English report first, then the Chinese one, before reports of other pump faults.
        #expect(sources.prefix(2).contains("repair/SR-1.txt"), "\(sources)")
        #expect(sources.prefix(3).contains("repair/维修单_1.txt"), "\(sources)")
        #expect(r.translated["peristaltic pump not turning, waste not drained"] == ["蠕动泵不转,无法排废液"], "\(r.translated)")
        // And back: the Chinese name finds the English report.
        let back = try archive.search("蠕动泵不转")
        #expect(back.hits.prefix(3).map(\.source).contains("repair/SR-1.txt"), "\(back.hits.map(\.source))")
        // Off, nothing reaches across.
        let one = try archive.search("peristaltic pump not turning, waste not drained") { $0.crossLanguage = false }
        #expect(!one.hits.map(\.source).contains("repair/维修单_1.txt"), "\(one.hits.map(\.source))")
    }

    /// An archive stored before kb read codes: the first catch-up after the upgrade reads them
    /// from every document's text and learns the names; cut off and run again, it adds none twice.
    @Test func anArchiveFromBeforeGetsItsNamesAtTheNextCatchUp() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: reports())
        let names = { try archive.store.db.read { try Row.fetchAll($0, sql: "SELECT code, english, chinese FROM faultName ORDER BY code").map { "\($0["code"] as String)=\($0["chinese"] as String)" } } }
        let statements = { try archive.store.db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM field WHERE name = 'fault_code'")! } }
        let learnt = try names(), read = try statements()
        #expect(learnt == ["e-07=吸样针堵塞,提示吸样失败", "e-12=蠕动泵不转,无法排废液"])
        // As the store was: no statements, no names, the upgrade's work pending.
        try archive.store.db.write { db in
            try db.execute(sql: "DELETE FROM field WHERE name = 'fault_code'; DELETE FROM faultName")
            try db.execute(sql: "INSERT INTO pendingWork (what, since) VALUES ('fault-codes', '2026-01-01T00:00:00Z')")
        }
        #expect(try names().isEmpty)
        try IndexMaintenance.catchUp(archive.store)
        #expect(try names() == learnt)
        #expect(try statements() == read)
        // Once: run again (as after a crash before the pending row went), nothing doubles.
        try archive.store.db.write { try $0.execute(sql: "INSERT INTO pendingWork (what, since) VALUES ('fault-codes', '2026-01-01T00:00:00Z')") }
        try IndexMaintenance.catchUp(archive.store)
        #expect(try statements() == read)
        #expect(try archive.store.db.read { try Bool.fetchOne($0, sql: "SELECT EXISTS (SELECT 1 FROM pendingWork WHERE what = 'fault-codes')") } == false)
    }
}
