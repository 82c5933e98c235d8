import Foundation
import GRDB
import Testing
@testable import ArchiveIndex

/// A fault named in both languages by the visits the archive records in both (an English
/// service report and a Chinese 维修单 of one unit on one day): an English query finds the
/// Chinese reports of that fault on other units, though no dictionary has its words.
@Suite struct VisitFaultNameTests {
    @Test func anEnglishStatementsFaultIsItsFirstClause() {
        #expect(VisitFaultNames.clause("Display shows E12: chair lift does not respond, unit taken out of use / Replaced the relay")
                == "chair lift does not respond")
        #expect(VisitFaultNames.clause("Chair lift does not respond (fault code E12)") == "chair lift does not respond")
    }

    /// What most Chinese statements share, the earliest clause first; never a clause that
    /// many faults' statements carry, nor a panel's code.
    @Test func aChineseNameIsWhatTheStatementsShare() {
        let boilerplate: Set = ["近一周出现三次", "据使用人员讲"]
        #expect(VisitFaultNames.shared(["牙椅升降无反应,近一周出现三次", "据使用人员讲,牙椅升降无反应", "牙椅升降无反应"], boilerplate: boilerplate) == "牙椅升降无反应")
        #expect(VisitFaultNames.shared(["化霜不彻底,蒸发器结冰", "化霜不彻底,蒸发器结冰,设备已暂停使用"], boilerplate: []) == "化霜不彻底")
        // A panel's code is a wording many faults share (面板显示#), and no run cuts a code.
        #expect(VisitFaultNames.shape("面板显示r-02") == "面板显示#")
        #expect(VisitFaultNames.shared(["面板显示r-02,测量时对准失败", "面板显示r-02,测量时对准失败"], boilerplate: ["面板显示#"]) == "测量时对准失败")
        #expect(VisitFaultNames.shared(["报警e-1205", "报警e-1205"], boilerplate: []) == nil)
        #expect(VisitFaultNames.shared(["近一周出现三次", "近一周出现三次"], boilerplate: boilerplate) == nil)
        // One statement is no agreement.
        #expect(VisitFaultNames.shared(["牙椅升降无反应"], boilerplate: []) == nil)
    }

    /// Two units whose visits were written up in both languages, a third whose visit only in
    /// Chinese, and reports of other faults.
    func files() -> [String: String] {
        var files: [String: String] = [:]
        let visits = [("D72105-0115K", "2024-03-05", "牙椅升降无反应，近一周出现三次"), ("D72105-0116K", "2024-05-10", "据使用人员讲，牙椅升降无反应")]
        for (i, (serial, day, chinese)) in visits.enumerated() {
            files["hk/SR-\(i).txt"] = "Service Report\nCustomer: Lakeside Dental Clinic \(i)\nModel: DU-760\nSerial No.: \(serial)\nDate: \(day)\n"
                + "Fault: Chair lift does not respond, unit taken out of use\nAction: Replaced the lift relay.\nEngineer: Tom Lee\n"
            files["cn/维修单_\(i).txt"] = "维修单\n客户名称：湖畔口腔诊所\(i)\n设备型号：DU-760\n出厂编号：\(serial)\n维修日期：\(day)\n"
                + "故障现象：\(chinese)\n处理方法：更换升降继电器\n维修工程师：李明\n"
        }
        files["cn/维修单_2.txt"] = "维修单\n客户名称：山城口腔医院\n设备型号：DU-760\n出厂编号：D72105-0117K\n维修日期：2024-06-01\n"
            + "故障现象：牙椅升降无反应，影响正常使用\n处理方法：更换脚控开关\n维修工程师：王强\n"
        for i in 3...6 {
            files["cn/维修单_\(i).txt"] = "维修单\n客户名称：河畔口腔医院\(i)\n设备型号：DU-760\n出厂编号：D72105-012\(i)K\n维修日期：2024-07-0\(i)\n"
                + "故障现象：三用枪出水不畅，反应慢\n处理方法：清洗水路过滤器\n维修工程师：王强\n"
        }
        return files
    }

    @Test func aFaultWrittenUpInBothLanguagesFindsItsChineseReportsElsewhere() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: files())
        let r = try archive.search("chair lift does not respond")
        #expect(r.translated["chair lift does not respond"] == ["牙椅升降无反应"], "\(r.translated)")
        // The English reports, then the Chinese ones of the fault (the third unit's too),
        // before the reports of another fault.
        let sources = r.hits.map(\.source)
        #expect(Set(sources.prefix(5)) == ["hk/SR-0.txt", "hk/SR-1.txt", "cn/维修单_0.txt", "cn/维修单_1.txt", "cn/维修单_2.txt"], "\(sources)")
        // And back, the Chinese reports first: a long English name does not outweigh them.
        let back = try archive.search("牙椅升降无反应")
        #expect(Set(back.hits.prefix(3).map(\.source)) == ["cn/维修单_0.txt", "cn/维修单_1.txt", "cn/维修单_2.txt"], "\(back.hits.map(\.source))")
        #expect(Set(back.hits.prefix(5).map(\.source)).isSuperset(of: ["hk/SR-0.txt", "hk/SR-1.txt"]), "\(back.hits.map(\.source))")
    }

    /// An archive stored before these names learns them at its next catch-up; a unit's pairs
    /// are made again, not added, when its documents are indexed again.
    @Test func anArchiveFromBeforeGetsItsNamesAtTheNextCatchUp() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: files())
        let names = { try archive.store.db.read { try String.fetchAll($0, sql: "SELECT english || '=' || chinese FROM visitFaultName") } }
        let pairs = { try archive.store.db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM visitFaultPair")! } }
        #expect(try names() == ["chair lift does not respond=牙椅升降无反应"])
        let made = try pairs()
        try archive.store.db.write { db in
            try db.execute(sql: "DELETE FROM visitFaultPair; DELETE FROM visitFaultName")
            try db.execute(sql: "INSERT INTO pendingWork (what, since) VALUES ('visit-fault-names', '2026-01-01T00:00:00Z')")
        }
        try IndexMaintenance.catchUp(archive.store)
        #expect(try names() == ["chair lift does not respond=牙椅升降无反应"])
        #expect(try pairs() == made)
        try VisitFaultNames.learn(archive.store, units: Set(try archive.store.db.read { try Int64.fetchAll($0, sql: "SELECT id FROM unit") }))
        #expect(try pairs() == made)
    }
}
