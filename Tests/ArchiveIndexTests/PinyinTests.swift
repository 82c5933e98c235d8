import Foundation
import Testing
@testable import ArchiveIndex

/// Pinyin and dictionary words, on a small archive built for the purpose.
@Suite struct PinyinTests {
    let dir: TempDir
    let archive: TestArchive

    init() throws {
        let dir = try TempDir("PinyinTests")
        self.dir = dir
        let docs: [(String, String)] = [
            ("restart.txt", "维修单\n故障现象：仪器反复重启，开机后自检不过。\n处理措施：更换电源板。"),
            ("restart-trad.txt", "修護卡\n故障現象：設備反覆重啟。\n處理：更新韌體後正常。"),
            ("adjust.txt", "服务报告单\n处理措施：调整皮带张力，转速恢复正常。"),
            ("calibrate.txt", "维修单\n故障现象：定标失败。\n处理措施：重新校准光路。"),
            ("centrifuge.txt", "维修单\n设备：低速离心机\n故障现象：离心机转速异常，升速后掉速。"),
            ("centrifuge-trad.txt", "修護卡\n設備：離心機\n故障現象：轉速不穩。"),
            ("rotor.txt", "维修单\n故障现象：转子不平衡，运行有异响。"),
            ("pinyin-in-text.txt", "Service note: the customer wrote lixinji in the ticket."),
            ("change.txt", "Service Report\nAction: change the air filter and the fan."),
            ("change-zh.txt", "培训资料\n嫦娥系列设备的日常保养。"),
            ("valve.txt", "维修单\n故障现象：安全阀泄漏。\n处理措施：更换安全阀密封圈。"),
            ("incubator.txt", "服务报告单\n设备：培养箱\n故障现象：二氧化碳浓度偏低。"),
        ]
        archive = try TestArchive(dir, paths: try docs.map { try dir.file("in/" + $0.0, $0.1) })
    }

    @Test(arguments: [("chongqi", "restart.txt"), ("chong qi", "restart-trad.txt"),
                      ("tiaozheng", "adjust.txt"), ("jiaozhun", "calibrate.txt"),
                      ("lixinji", "centrifuge.txt"), ("li xin ji", "centrifuge-trad.txt"),
                      ("lxj", "centrifuge.txt"), ("lxj", "centrifuge-trad.txt"),
                      ("zhuansu", "centrifuge-trad.txt")])
    func pinyinFindsTheChineseWord(_ query: String, _ expected: String) throws {
        let sources = try archive.sources(query)
        #expect(sources.contains(expected), "\(query): \(sources)")
    }

    /// Initials as input methods take them: a syllable with no consonant gives its vowel
    /// (安 a, 二 e), and initials mix with whole syllables (`lxji`).
    @Test(arguments: [("aqf", "valve.txt"), ("eyht", "incubator.txt"), ("pyx", "incubator.txt"),
                      ("lxji", "centrifuge.txt"), ("lxji", "centrifuge-trad.txt"), ("zsyichang", "centrifuge.txt"),
                      ("zsychang", "centrifuge.txt"), ("dbshibai", "calibrate.txt")])
    func initialsAsInputMethodsTakeThem(_ query: String, _ expected: String) throws {
        let sources = try archive.sources(query)
        #expect(sources.first == expected || sources.prefix(2).contains(expected), "\(query): \(sources)")
    }

    @Test func textThatFullPinyinCouldSpellIsNotReadAsLoneInitials() throws {
        #expect(!PinyinParser.spellsInitials(Array("water")))
        #expect(!PinyinParser.spellsInitials(Array("zhuangxiang")))   // zh, ng·x: pinyin writes them
        #expect(PinyinParser.spellsInitials(Array("lxji")))
        #expect(PinyinParser.spellsInitials(Array("gzhang")) && !PinyinParser.spellsInitials(Array("zhangqi")))
        #expect(try archive.search("water").pinyin.isEmpty)
    }

    @Test func polyphonesUseTheWordsReading() throws {
        // 重启 is chong qi, never zhong qi; 调整 is tiao zheng, never diao zheng.
        #expect(try archive.sources("zhongqi").isEmpty)
        #expect(try !archive.sources("diaozheng").contains("adjust.txt"))
    }

    @Test func aDirectChineseMatchRanksAboveAPinyinOne() throws {
        // The Latin text `lixinji` in an English note matches directly; the Chinese documents follow.
        let hits = try archive.sources("lixinji")
        #expect(hits.first == "pinyin-in-text.txt")
        #expect(hits.contains("centrifuge.txt"))
    }

    @Test func chineseInputIsNeverReadAsPinyin() throws {
        #expect(try !archive.sources("离心机").contains("pinyin-in-text.txt"))
    }

    @Test func anEnglishWordKeepsItsMeaningFirst() throws {
        let hits = try archive.sources("change")
        #expect(hits.first == "change.txt")
        #expect(hits.contains("change-zh.txt"))  // 嫦娥 (chang e), below
    }

    @Test func twoLettersOfInitialsAreNotReadAsPinyin() throws {
        #expect(try archive.sources("zs").isEmpty)
        #expect(try archive.sources("zsyc").contains("centrifuge.txt"))  // 转速异常
    }

    @Test func dictionaryWordsPreferTheWholeWord() throws {
        // 转速 is a word in three documents; 转子 shares 转 but is another word.
        let hits = try archive.sources("转速")
        #expect(!hits.isEmpty)
        let rotor = hits.firstIndex(of: "rotor.txt")
        for doc in ["centrifuge.txt", "centrifuge-trad.txt", "adjust.txt"] {
            let i = try #require(hits.firstIndex(of: doc), "\(doc) missing")
            if let rotor { #expect(i < rotor) }
        }
    }

    @Test func segmentationFollowsTheDictionary() throws {
        let d = try WordDictionary.loaded()
        let words = d.words(inFolded: "离心机转速异常，更换转速传感器")
        #expect(words["离心机"] != nil && words["转速异常"] != nil && words["转速传感器"] != nil)
        #expect(words["转速"] != nil)       // inside 转速异常, as jieba's search mode does
        #expect(words["机转"] == nil)       // a pair across two words is not a word
    }

    @Test func readingsComeFromWordDataThenCharacters() throws {
        let r = try PinyinReadings.load()
        #expect(r.readings(of: "重启") == [["chong", "qi"]])
        #expect(r.readings(of: "校准").contains(["jiao", "zhun"]))
        #expect(r.readings(of: "离心机") == [["li", "xin", "ji"]])
        let keys = PinyinReadings.keys([["zhuan", "su"]])
        #expect(keys == ["zhuansu", "zs", "zhs", "zsu"])
        #expect(PinyinReadings.keys([["an", "quan", "fa"]]) == ["anquanfa", "aqf", "aqfa"])
        #expect(PinyinReadings.keys([["er", "yang", "hua", "tan"]]).contains("eyht"))
        #expect(PinyinReadings.fullKeys([["an", "quan", "fa"]]) == ["anquanfa"])
        // Two syllables: a key that reads like pinyin or English is not made (答案 `da`, `dan`).
        #expect(PinyinReadings.keys([["da", "an"]]) == ["daan"])
        #expect(PinyinReadings.keys([["gu", "zhang"]]).contains("gzhang"))
        // ü with a tone mark is one Character in Swift; it must still become v.
        #expect(PinyinReadings.toneless("lǜ") == "lv")
        #expect(PinyinReadings.toneless("nu\u{308}\u{30C}") == "nv")
        #expect(PinyinReadings.toneless("Chóng") == "chong")
        #expect(r.readings(of: "滤").contains(["lv"]))
        #expect(PinyinReadings.keys(r.readings(of: "滤光片")).isSuperset(of: ["lvguangpian", "luguangpian", "lgp"]))
    }
}

/// Pinyin of phrases that are not dictionary words: characters checked against the index's pairs.
@Suite struct PinyinPhraseTests {
    @Test func syllablesAndInitialsReachCharactersBesideWords() throws {
        let dir = try TempDir("PinyinPhrase")
        let archive = try TestArchive(dir, paths: [
            try dir.file("heater.txt", "维修单\n故障现象：温度上不去。\n处理措施：更换加热膜。"),
            try dir.file("restart.txt", "服務報告單\n處理：重開機後恢復。"),
            try dir.file("other.txt", "维修单\n处理措施：加热器检查，更换门锁。"),
        ])
        #expect(try archive.sources("jrm").first == "heater.txt")
        #expect(try archive.sources("jiaremo").first == "heater.txt")
        #expect(try archive.sources("chongkaiji").first == "restart.txt")
    }

    @Test func initialsReadAsATermNotAPieceOfALongerWord() throws {
        // `jyz` spells 进样针 but also 加样中, which occurs far more often but only inside
        // 加样中断 (cutting the word 中断): the term is read first, and the other not at all.
        let dir = try TempDir("PinyinTerm")
        var paths = [try dir.file("needle.txt", "维修单\n故障现象：进样针撞针。\n处理措施：更换进样针，校准高度。")]
        for i in 0..<6 {
            paths.append(try dir.file("halt\(i).txt", "维修单 \(i)\n故障现象：加样中断，急诊样本延误 \(i) 分钟。"))
        }
        let archive = try TestArchive(dir, paths: paths)
        let r = try archive.search("jyz")
        #expect(r.pinyin.first == "进样针", "\(r.pinyin)")
        #expect(!r.pinyin.contains("加样中"))
        #expect(r.hits.first?.source == "needle.txt")
    }

    @Test func longInitialsWhoseCheapestSplitSpellsNothingAreReadEveryWay() throws {
        // `sjcwdpg` splits cheapest as sj·cw·d·pg (数据 错误 … 评估), which spells nothing the
        // archive has; every split finds 试剂仓温度偏高.
        let dir = try TempDir("PinyinLong")
        let archive = try TestArchive(dir, paths: [
            try dir.file("hot.txt", "维修单\n故障现象：试剂仓温度偏高，报警。\n处理措施：更换制冷片。"),
            try dir.file("data.txt", "服务报告单\n数据错误，重新评估。数据丢失，设计变更。"),
        ])
        let r = try archive.search("sjcwdpg")
        #expect(r.pinyin.first == "试剂仓温度偏高", "\(r.pinyin)")
        #expect(r.hits.first?.source == "hot.txt")
    }

    @Test func aWordTheArchiveHasAsTypedIsNoMixOfInitials() throws {
        // l·x·ji spells 离心机 letter by letter, unless `lxji` is a word the archive has as typed.
        func parser(known: Bool) -> PinyinParser {
            PinyinParser(lookup: { keys in
                let table = ["l": ["离"], "x": ["心"], "ji": ["机"]]
                return table.filter { keys.contains($0.key) }
            }, frequency: { term in
                if term == "lxji" { return known ? 3 : 0 }
                return ["离", "心", "机"].contains(term) ? 10 : 0
            }, followers: { c in
                c == "离" ? ["心": 4] : c == "心" ? ["机": 4] : [:]
            })
        }
        #expect(try parser(known: false).readings("lxji").map(\.text) == ["离心机"])
        #expect(try parser(known: true).readings("lxji").isEmpty)
    }

    @Test func termnessIsZeroWhenEveryOccurrenceCutsAWord() throws {
        let parser = PinyinParser(lookup: { _ in [:] }, frequency: { _ in 0 }, followers: { _ in [:] })
        let words: Set<String> = ["中断", "时间"]
        let isWord: (String) -> Bool = { words.contains($0) }
        #expect(try parser.termness(of: "加样中", in: ["加样中断，急诊", "又加样中断。"], isWord: isWord) == 0)
        #expect(try parser.termness(of: "间延长", in: ["计数时间延长。"], isWord: isWord) == 0)
        // Free on both sides (the edges of runs count as new neighbours each time): above 1.
        #expect(try parser.termness(of: "进样针", in: ["更换进样针，", "进样针撞针", "校准进样针高度"], isWord: isWord) > 1)
    }

    @Test func keysFromBeforeTheVFixAreMadeAgainOnOpen() throws {
        let dir = try TempDir("PinyinMigration")
        do {
            let archive = try TestArchive(dir, paths: [try dir.file("filter.txt", "维修单\n处理措施：更换滤光片。")])
            // As an archive of the earlier keys had it: 滤光片 without `lvguangpian`.
            try archive.store.db.write { db in
                try db.execute(sql: "DELETE FROM pinyinKey WHERE key LIKE 'lv%'")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7-pinyin-v'")
            }
            #expect(try archive.search("lvguangpian").hits.isEmpty)
        }
        let store = try ArchiveStore.open(dir.store, create: false)
        #expect(try store.isPinyinKey("lvguangpian"))
        #expect(try Searcher(store: store).search(SearchRequest(text: "lv guang pian")).hits.first?.source == "filter.txt")
    }

    @Test func initialsWithVowelsAreMadeOnOpenForAnOlderArchive() throws {
        let dir = try TempDir("PinyinVowelMigration")
        do {
            let archive = try TestArchive(dir, paths: [try dir.file("valve.txt", "维修单\n处理措施：更换安全阀。")])
            try archive.store.db.write { db in
                try db.execute(sql: "DELETE FROM pinyinKey WHERE key = 'aqf'")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v15-pinyin-vowel-initials'")
            }
            #expect(try !archive.store.isPinyinKey("aqf"))
        }
        let store = try ArchiveStore.open(dir.store, create: false)
        #expect(try store.isPinyinKey("aqf"))
        #expect(try Searcher(store: store).search(SearchRequest(text: "aqf")).hits.first?.source == "valve.txt")
    }
}
