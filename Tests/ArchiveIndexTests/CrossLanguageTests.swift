import Foundation
import Testing
@testable import ArchiveIndex

/// English queries that reach Chinese reports (and the words that carry them there).
@Suite struct CrossLanguageTests {
    /// The query's results over an archive of these files alone.
    func search(_ query: String, in files: [String: String], limit: Int = 10) throws -> SearchResults {
        let dir = try TempDir()
        return try TestArchive(dir, files: files).search(query, limit: limit)
    }

    @Test func aGlossMeansItsVerbOrItsNoun() {
        #expect(Bilingual.head(of: "to be inadequate") == "inadequate")
        #expect(Bilingual.head(of: "to be on the low side") == nil)
        #expect(Bilingual.head(of: "to crash (of a computer)") == "crash")
        #expect(Bilingual.head(of: "electric fan") == "fan")
        #expect(Bilingual.head(of: "angular velocity") == "velocity")
        #expect(Bilingual.head(of: "number of revolutions per minute") == nil)
        // A verb with its object, or a light verb, says too much or nothing.
        #expect(Bilingual.head(of: "to adjust the speed") == nil)
        #expect(Bilingual.head(of: "to make a noise") == nil)
        #expect(Bilingual.head(of: "to get damp") == nil)
        #expect(Bilingual.head(of: "to report (sth) to the police") == nil)
        #expect(Bilingual.head(of: "to incubate") == "incubate")
        // A phrasal verb is another verb (断开 `to turn off` is no turning); `up` adds nothing.
        #expect(Bilingual.head(of: "to turn off") == nil)
        #expect(Bilingual.head(of: "to tip off") == nil)
        #expect(Bilingual.head(of: "to clog up") == "clog")
    }

    /// A word typed meets a gloss's word when it is that word with an ending, not another word
    /// sharing its stem; British spellings meet the dictionary's American ones.
    @Test func aWordMeetsItsGlossInAnyFormAndSpelling() {
        #expect(EnglishForms.sameWord("flickers", "flickering"))
        #expect(EnglishForms.sameWord("fails", "fail"))
        #expect(EnglishForms.sameWord("detection", "detect"))
        #expect(EnglishForms.sameWord("jammed", "jam"))
        #expect(EnglishForms.sameWord("bulging", "bulge"))
        #expect(!EnglishForms.sameWord("emergency", "emerge"))
        #expect(!EnglishForms.sameWord("commutator", "commutative"))
        #expect(EnglishForms.american("recognised") == "recognized")
        #expect(EnglishForms.american("licence") == "license")
        #expect(EnglishForms.american("fibre") == "fiber")
        #expect(EnglishForms.american("colour") == "color")
        #expect(EnglishForms.american("haemoglobin") == "hemoglobin")
        #expect(EnglishForms.american("fan") == nil)
        // An American word stays itself: filled is no filed, stalled no staled.
        #expect(EnglishForms.american("filled") == nil)
        #expect(EnglishForms.american("stalled") == nil)
        #expect(EnglishForms.american("labelled") == "labeled")
    }

    /// `fan speed low`, `pressure too low`: Chinese writes the state as one character beside
    /// what it qualifies (转速低, 压力低); the report that says so comes before ones that have the
    /// thing alone (转速下降 of another fault), and `low` says what it was read as.
    @Test func aStateWordReachesItsCharacterBesideItsNeighbour() throws {
        var files: [String: String] = [
            "维修单_风扇转速低.txt": "维修单\n客户名称：湖畔数据中心\n故障现象：服务器风扇转速低，BMC 报 4 号风扇低于阈值。\n处理方法：更换风扇。\n",
            "SR-001_fan.txt": "Service report\nCustomer: Lakeside Data Centre\nFault: fan speed low.\nAction: replaced the fan.\n",
        ]
        for i in 1...4 {
            files["维修单_风扇故障_\(i).txt"] = "维修单\n客户名称：山城数据中心\(i)\n故障现象：风扇故障告警，风扇转速下降，风扇模块老化。\n处理方法：更换风扇模块。\n"
        }
        let r = try search("fan speed low", in: files)
        #expect(r.translated["low"]?.contains("速低") == true, "\(r.translated)")
        #expect(r.hits.map(\.source).prefix(2) == ["SR-001_fan.txt", "维修单_风扇转速低.txt"], "\(r.hits.map(\.source))")
    }

    /// A British spelling finds the Chinese its American one has (识别: to recognize).
    @Test func aBritishSpellingReachesTheChinese() throws {
        let r = try search("probe not recognised", in: [
            "维修单_探头.txt": "维修单\n客户名称：湖畔医院\n故障现象：超声探头无法识别，更换探头线缆后识别正常。\n",
            "维修单_离心机.txt": "维修单\n客户名称：山城医院\n故障现象：离心机转速异常。\n处理方法：更换碳刷。请不要自行拆机。\n",
        ], limit: 5)
        #expect(r.translated["recognised"]?.contains("识别") == true, "\(r.translated)")
        // `not` builds the sentence: its Chinese (不要, `must not`) is no part of the fault.
        #expect(r.translated["not"] == nil, "\(r.translated)")
        #expect(r.hits.first?.source == "维修单_探头.txt")
    }

    /// `fan speed low`: the Chinese report that says 风扇 and 转速 states the fault; English
    /// reports that say only `speed` (a centrifuge's) and Chinese ones that say only 转速 do not.
    @Test func aReportWithEveryWordInTheOtherLanguageComesBeforeOnesWithPart() throws {
        var files: [String: String] = [
            "SR-001_fan.txt": "Service report\nCustomer: Lakeside Data Centre\nFault: fan speed low, BMC reports fan 4 below threshold.\nAction: replaced the fan.\n",
            "维修单_服务器.txt": "维修单\n客户名称：湖畔数据中心\n故障现象：服务器风扇转速低，BMC 报 4 号风扇低于阈值。\n处理方法：更换风扇。\n",
        ]
        for i in 1...4 {
            files["SR-01\(i)_centrifuge.txt"] = "Service report\nCustomer: Hill Hospital \(i)\nFault: centrifuge speed error E03, speed unstable.\nAction: replaced the speed sensor.\n"
            files["维修单_离心机_\(i).txt"] = "维修单\n客户名称：山城医院\(i)\n故障现象：离心机转速异常，转速不稳，达不到设定转速。\n处理方法：更换转速传感器。\n"
        }
        let r = try search("fan speed low", in: files)
        #expect(r.translated["fan"]?.contains("风扇") == true, "\(r.translated)")
        #expect(r.translated["speed"]?.contains("转速") == true, "\(r.translated)")
        // The English report that says it stays first; the Chinese one that says it is next.
        #expect(r.hits.map(\.source).prefix(2) == ["SR-001_fan.txt", "维修单_服务器.txt"], "\(r.hits.map(\.source))")
    }

    /// A form the stemmer does not join to the dictionary's (swollen: swell), and a part the
    /// dictionary names otherwise (外壳 is "case", "shell"; a battery's is its casing).
    @Test func anIrregularFormAndAServiceWordReachTheirChinese() throws {
        let r = try search("swollen casing", in: [
            "维修单_电池包.txt": "维修单\n客户名称：湖畔储能站\n故障现象：电池包外壳鼓包，侧面明显鼓起。\n处理方法：更换电池包。\n",
            "维修单_离心机.txt": "维修单\n客户名称：山城医院\n故障现象：离心机转速异常。\n处理方法：更换碳刷。\n",
        ], limit: 5)
        #expect(r.translated["swollen"]?.contains("鼓包") == true, "\(r.translated)")
        #expect(r.translated["casing"]?.contains("外壳") == true, "\(r.translated)")
        #expect(r.hits.map(\.source) == ["维修单_电池包.txt"])
    }

    /// 风扇转速 asked of an archive whose reports of it are English: the report with `fan` and
    /// `speed` comes before those with many of one of them.
    @Test func aChineseRunsWordsInEnglishTogetherComeBeforeOneOfThem() throws {
        var files: [String: String] = [
            "维修单_风扇.txt": "维修单\n客户名称：湖畔数据中心\n故障现象：服务器风扇转速低。\n处理方法：更换风扇。\n",
            "SR-100_fan.txt": "Service report\nCustomer: Lakeside Data Centre\nFault: fan speed low on the server.\nAction: replaced the fan.\n",
        ]
        for i in 1...3 {
            files["SR-20\(i)_speed.txt"] = "Service report\nCustomer: Hill Hospital \(i)\nFault: speed error, speed unstable, speed sensor replaced.\n"
            files["SR-30\(i)_pm.txt"] = "Maintenance report\nCustomer: River Bank \(i)\nFan checked. Fan filters cleaned. Fan noise normal.\n"
        }
        let r = try search("风扇转速", in: files)
        #expect(r.translated["风扇"]?.contains("fan") == true, "\(r.translated)")
        #expect(r.hits.map(\.source).prefix(2) == ["维修单_风扇.txt", "SR-100_fan.txt"], "\(r.hits.map(\.source))")
    }
}
