import Foundation
import Testing
@testable import ArchiveIndex

/// Searches over the bundled corpus.
@Suite struct SearchTests {
    let dir: TempDir
    let archive: TestArchive

    init() throws {
        dir = try TempDir("SearchTests")
        archive = try TestArchive(corpusIn: dir)
    }

    @Test func corpusIngestsCleanly() {
        #expect(archive.report.failed.isEmpty)
        #expect(archive.report.added >= 130)
    }

    @Test func queryWithExtraCharactersFindsTheTraditionalDocument() throws {
        let hits = try archive.search("离心机转速很低").hits
        let top = try #require(hits.first)
        let doc = try #require(try archive.store.document(top.id))
        #expect(doc.foldedText.contains("离心机转速异常"))
        #expect(top.source == "repair/2021/修護卡_澄心醫院_H1850R_轉速異常.txt")   // the document that says 離心機轉速異常
        // The snippet shows the document as written: traditional stays traditional.
        let trad = try #require(hits.first { $0.source.hasSuffix("H1850R_轉速異常.txt") })
        #expect(trad.snippet.plainText.contains("離心機轉速異常"))
        #expect(trad.snippet.runs.contains { $0.matched && $0.text.contains("離心機") })
    }

    @Test func simplifiedFindsTraditionalAndTheReverse() throws {
        #expect(try archive.sources("離心機轉速異常").contains("kb/离心机转速异常的排查.md"))
        #expect(try archive.sources("离心机转速异常").contains("repair/2021/修護卡_澄心醫院_H1850R_轉速異常.txt"))
        #expect(try archive.sources("更换测速感测器及接头").contains("repair/2021/修護卡_澄心醫院_H1850R_轉速異常.txt"))
    }

    @Test func modelVariantsFindTheSameDocuments() throws {
        let forms = ["ＤＡ７６００", "DA-7600", "da7600", "DA 7600"]
        let results = try forms.map { try Set(archive.search($0, limit: 200).hits.map(\.id)) }
        #expect(results[0].count >= 20)
        for r in results.dropFirst() { #expect(r == results[0]) }
    }

    @Test(arguments: ["DA7600-2019-0457", "DA7600 2019 0457", "ＤＡ７６００－２０１９－０４５７", "da760020190457",
                      "SN:DA7600-2019-0457", "S/N da7600/2019/0457"])
    func serialVariantsFindTheUnitsDocuments(_ form: String) throws {
        let hits = try archive.search(form, limit: 30).hits
        // The top hits are this unit's documents (ground truth in corpus/README.md: 12 documents).
        let top = hits.prefix(10)
        #expect(top.count == 10)
        for h in top { #expect(h.serials.contains("DA760020190457") || h.source.hasPrefix("kb/") || h.source.hasPrefix("training/"), "\(h.source)") }
        #expect(hits.contains { $0.source == "repair/legacy/2019-12-20_装机服务报告单_一院检验科_DA7600.txt" })
    }

    @Test func serialLabelsInTheQueryDoNotPullInOtherDocuments() throws {
        let plain = try archive.search("TL5M17060031", limit: 100).hits.map(\.id)
        let labelled = try archive.search("S/N:TL5M-1706-0031", limit: 100).hits.map(\.id)
        #expect(Set(labelled) == Set(plain))
    }

    @Test func wildcards() throws {
        let prefix = try archive.search("thermis*", limit: 100).hits.count
        let word = try archive.search("thermistor", limit: 100).hits.count
        #expect(word > 0 && prefix >= word)
        let e2 = try archive.search("E2*", limit: 100).hits
        #expect(try e2.contains { try archive.store.document($0.id)?.foldedText.contains("e23") == true })
        #expect(try archive.search("zzq*").hits.isEmpty)
        #expect(!(try archive.search("DA76*").hits.isEmpty))
    }

    @Test func partialSerialsModelPrefixesAndLookAlikes() throws {
        for q in ["0457", "SN 0457", "2019-0457", "DA76OO-2O19-O457", "da7600-2019-o457"] {
            let hits = try archive.search(q, limit: 5).hits
            #expect(hits.count == 5 && hits.allSatisfy { $0.serials.contains("DA760020190457") }, "\(q)")
        }
        let prefix = try archive.search("DA76", limit: 200).hits
        #expect(prefix.count >= 20 && prefix.prefix(10).allSatisfy { $0.serials.contains { $0.hasPrefix("DA7600") } || $0.kind == .article || $0.kind == .training })
        let filtered = try archive.search("", limit: 100) { $0.serial = "0031" }
        #expect(!filtered.hits.isEmpty && filtered.hits.allSatisfy { $0.serials.contains("TL5M17060031") })
    }

    @Test func fieldSyntaxInTheQuery() throws {
        let r = try archive.search("kind:repair sn:0457 E23", limit: 50)
        #expect(!r.hits.isEmpty && r.hits.allSatisfy { $0.kind == .repair && $0.serials.contains("DA760020190457") })
        let dated = try archive.search("model:DA-7600 date:2023-01..2023-06", limit: 50)
        #expect(!dated.hits.isEmpty && dated.hits.allSatisfy { ($0.date ?? "") >= "2023-01-01" && ($0.date ?? "") <= "2023-06-30" })
        // A serial copied from a label with spaces; words after it that are not part of it stay free text.
        let spaced = try archive.search("SN: da7600 2019 0457", limit: 50)
        #expect(!spaced.hits.isEmpty && spaced.hits.allSatisfy { $0.serials.contains("DA760020190457") })
        let labelled = try archive.search("ＳＮ： ＤＡ７６００－２０１９－０４５７", limit: 50)
        #expect(!labelled.hits.isEmpty && labelled.hits.allSatisfy { $0.serials.contains("DA760020190457") })
        #expect(try archive.search("customer:澄心 离心机", limit: 50).hits.allSatisfy { $0.customer?.contains("澄心") == true })
        for bad in ["kind:nonsense", "date:2023-13..2024", "date:2024..2023", "sn:", "model:abc"] {
            #expect(throws: KBError.self, "\(bad)") { try archive.search(bad) }
        }
        // Words with colons that are not fields stay text.
        #expect(throws: Never.self) { try archive.search("E23 10:30 http://x") }
    }

    @Test func aCustomerNamedInTheQueryComesFirst() throws {
        let hits = try archive.search("一院检验科", limit: 10).hits
        #expect(hits.count == 10)
        #expect(hits.filter { $0.customer == "某市第一人民医院检验科" }.count >= 8)
    }

    @Test func facetsCountEveryMatch() throws {
        let r = try archive.search("离心机", limit: 3)
        let kind = try #require(r.facets.first { $0.name == "kind" })
        #expect(kind.values.map(\.count).reduce(0, +) == r.total)
        #expect(r.facets.map(\.name).contains("year") && r.facets.map(\.name).contains("model"))
    }

    @Test func facetsListTheirCommonestValues() throws {
        let all = try archive.search("离心机", limit: 3) { $0.facetValues = 1000 }
        let customers = try #require(all.facets.first { $0.name == "customer" }).values
        #expect(customers.count > 2)
        let two = try archive.search("离心机", limit: 3) { $0.facetValues = 2 }
        #expect(two.facets.allSatisfy { $0.values.count <= 2 })
        #expect(try #require(two.facets.first { $0.name == "customer" }).values.map(\.value) == customers.prefix(2).map(\.value))
        #expect(try archive.search("离心机") { $0.facetValues = 0 }.facets.isEmpty)
        #expect(try archive.search("离心机").facets.allSatisfy { $0.values.count <= SearchRequest.defaultFacetValues })
    }

    @Test func aLongLivedSearcherAnswersAsOneOffSearchesDo() throws {
        // The server's searchers keep the dictionary as a table, the aliases' index and what
        // pinyin reading looked up; each answer must be what a fresh searcher gives.
        let kept = try Searcher(store: archive.store, longLived: true)
        let queries = ["冷凝器", "commutator", "一院检验科", "lxj", "lixinji zhuansu", "tanshua", "冷凝器", "lxj"]
        for q in queries {
            var r = SearchRequest(text: q)
            r.limit = 10
            let once = try Searcher(store: archive.store).search(r)
            let again = try kept.search(r)
            #expect(again.hits.map(\.id) == once.hits.map(\.id), "\(q)")
            #expect(again.translated == once.translated && again.pinyin == once.pinyin, "\(q)")
        }
    }

    @Test func aLongLivedSearchersFacetTableCountsAsTheValuesDoAndFollowsNewRevisions() throws {
        // The server's searchers count facets from a table made once per revision of the
        // index; every count must be the one a one-off search reads from the values.
        func facets(_ searcher: Searcher, _ q: String) throws -> [String: [String: Int]] {
            var r = SearchRequest(text: q)
            r.facetValues = 1000
            return Dictionary(uniqueKeysWithValues: try searcher.search(r).facets.map { f in
                (f.name, Dictionary(uniqueKeysWithValues: f.values.map { ($0.value, $0.count) }))
            })
        }
        let kept = try Searcher(store: archive.store, longLived: true)
        for q in ["离心机", "commutator", "一院检验科", "转速", "centrifuge", "lxj"] {
            let once = try facets(try Searcher(store: archive.store), q)
            #expect(!once.isEmpty, "\(q)")
            #expect(try facets(kept, q) == once, "\(q)")
        }
        // A new revision: the next long-lived searcher counts the new document's values.
        let before = try facets(kept, "离心机")["model"] ?? [:]
        let dir2 = try TempDir("SearchTests-new")
        _ = try dir2.file("in/维修单_新型号.txt", "维修单\n设备名称：离心机\n型号：ZZ9000\n出厂编号：ZZ9000-2024-0001\n日期：2024-05-06\n故障：离心机不启动\n")
        _ = try Ingestor(store: archive.store).ingest([dir2.url.appendingPathComponent("in").path])
        let after = try facets(try Searcher(store: archive.store, longLived: true), "离心机")
        #expect(before["ZZ9000"] == nil)
        #expect(after["model"]?["ZZ9000"] == 1)
        #expect(after == (try facets(try Searcher(store: archive.store), "离心机")))
    }

    @Test func twoCopiesOfOneStoreAtTheSameRevisionCountTheirOwnFacets() throws {
        // A copied store keeps its index's UUID; after one new document each, two copies are
        // at the same revision with other documents, and each long-lived searcher must count
        // its own.
        func models(_ store: ArchiveStore) throws -> [String: Int] {
            var r = SearchRequest(text: "离心机")
            r.facetValues = 1000
            let facets = try Searcher(store: store, longLived: true).search(r).facets
            return Dictionary(uniqueKeysWithValues: (facets.first { $0.name == "model" }?.values ?? []).map { ($0.value, $0.count) })
        }
        let otherDir = try TempDir("SearchTests-copy")
        let other = try TestArchive(corpusIn: otherDir)
        for (copy, model) in [(archive, "ZZ9000"), (other, "YY7000")] {
            let dir = try TempDir("SearchTests-copy-in")
            _ = try dir.file("in/维修单_\(model).txt", "维修单\n设备名称：离心机\n型号：\(model)\n出厂编号：\(model)-2024-0001\n日期：2024-05-06\n故障：离心机不启动\n")
            _ = try Ingestor(store: copy.store).ingest([dir.url.appendingPathComponent("in").path])
        }
        let first = try models(archive.store), second = try models(other.store)
        #expect(first["ZZ9000"] == 1 && first["YY7000"] == nil)
        #expect(second["YY7000"] == 1 && second["ZZ9000"] == nil)
    }

    @Test func thePoolsSearchersShareWhatTheyLearnUntilTheIndexMovesOn() throws {
        // The server's searchers of one revision share the pinyin readings they rank; a
        // reading remembered as nothing must not outlive the revision that had no such word.
        let pool = SearcherPool(store: archive.store)
        let query = SearchRequest(text: "rudongbeng")
        let before = try pool.with { try $0.search(query) }
        #expect(before.pinyin.isEmpty && before.hits.isEmpty)
        let dir2 = try TempDir("SearchTests-pool")
        _ = try dir2.file("in/维修单_蠕动泵.txt", "维修单\n设备名称：蠕动泵\n故障：蠕动泵不转\n处理：更换蠕动泵管\n")
        _ = try Ingestor(store: archive.store).ingest([dir2.url.appendingPathComponent("in").path])
        let after = try pool.with { try $0.search(query) }
        #expect(after.pinyin.contains("蠕动泵"))
        #expect(after.hits.first?.source.hasSuffix("维修单_蠕动泵.txt") == true)
        // Two searchers at once (one busy while the other is opened) answer alike.
        let (outer, inner) = try pool.with { a in (try a.search(query), try pool.with { try $0.search(query) }) }
        #expect(outer.hits.map(\.id) == after.hits.map(\.id) && inner.hits.map(\.id) == after.hits.map(\.id))
    }

    @Test func noFacetValuesAskedForCountsNone() throws {
        var r = SearchRequest(text: "离心机")
        r.facetValues = 0
        let none = try Searcher(store: archive.store, longLived: true).search(r)
        #expect(none.facets.isEmpty)
        #expect(none.hits.map(\.id) == (try archive.search("离心机").hits.map(\.id)))
    }

    @Test func similarDocumentsShareTheFault() throws {
        let card = try #require(try archive.store.documents(try archive.store.allDocumentIDs()).first { $0.source == "repair/2019/一院_离心机_转速异常_20190402.txt" })
        let (terms, results) = try Searcher(store: archive.store).similar(to: card.id, limit: 5)
        #expect(terms.contains("碳刷") && terms.contains("换向器") && terms.allSatisfy { $0.count >= 2 })
        // Whole words: never the character pairs that index Chinese (修服, 向器), never a word
        // inside another one shown (换向 in 换向器), never a number or a quantity (4mm, 1000).
        for pair in ["换向", "向器", "修服", "损严"] { #expect(!terms.contains(pair), "\(pair) in \(terms)") }
        #expect(!terms.contains { $0.first?.isNumber == true }, "\(terms)")
        #expect(!results.hits.contains { $0.id == card.id })
        #expect(results.hits.contains { $0.source == "kb/离心机转速异常的排查.md" })
    }

    @Test func pinyinReadsTheArchivesWordsAndNothingThatCutsThem() throws {
        #expect(try archive.search("tanshua").pinyin == ["碳刷"])
        #expect(try archive.search("ybz").pinyin.first == "样本针")
        // 器会 stands in this archive only inside 仪器会 and 整流器会: no reading of `qihui`.
        let qihui = try archive.search("qihui")
        #expect(qihui.pinyin.isEmpty && qihui.total == 0)
        #expect(try archive.search("Qihui Medical Laboratory").pinyin.isEmpty)
    }

    @Test func pinyinWordsTypedApartAreEachAWordOfTheQuery() throws {
        // Each word reads alone: two parts, and the documents with both come first
        // (glued, 离心机转速 would be one phrase that may occur nowhere).
        let r = try archive.search("lixinji zhuansu", limit: 5)
        #expect(r.pinyin.contains("离心机") && r.pinyin.contains("转速") && !r.pinyin.contains("离心机转速"), "\(r.pinyin)")
        for hit in r.hits.prefix(3) {
            let text = try #require(try archive.store.document(hit.id)).foldedText
            #expect(text.contains("离心机") && text.contains("转速"), "#\(hit.id)")
        }
        // Syllables that say nothing alone are still read together.
        #expect(try archive.search("li xin ji").pinyin == ["离心机"])
    }

    @Test func englishWordsFindChineseDocumentsAndBack() throws {
        // Only the Chinese cards say 换向器: the English word finds them, through CC-CEDICT
        // and kb's after-sales list, and says so.
        let commutator = try archive.search("commutator", limit: 5)
        #expect(commutator.translated["commutator"] == ["换向器"], "\(commutator.translated)")
        #expect(commutator.hits.first?.source == "repair/2019/一院_离心机_转速异常_20190402.txt")
        // A word that shares only a stem is no translation (commutative is `commut` too).
        #expect(!(commutator.translated["commutator"] ?? []).contains("交换"))
        let cuvette = try archive.search("cuvette", limit: 10)
        #expect(cuvette.hits.contains { $0.source == "kb/比色杯污染导致吸光度异常.md" })
        // A Chinese word the archive has only in English (冷凝器; its report says condenser).
        let condenser = try archive.search("冷凝器", limit: 5)
        #expect(condenser.translated["冷凝器"] == ["condenser"])
        #expect(condenser.hits.contains { $0.source == "repair/2022/Nanhu_H1850R_cooling_E12_20220712.txt" })
        // An English query keeps the English report that says it first.
        #expect(try archive.search("halogen lamp", limit: 3).hits.first?.source == "repair/2022/SR-2022-0147_DA7600_lamp.txt")
        // Words that say only that a fault is there reach nothing.
        #expect(try archive.search("error").translated.isEmpty)
    }

    @Test func aModelFieldListingAlternativesIsOneModel() throws {
        // `适用型号：DA7600 / DA-7600` used to give the model DA7600DA7600.
        let r = try archive.search("E23 液面检测", limit: 1)
        let models = try #require(r.facets.first { $0.name == "model" }).values.map(\.value)
        #expect(!models.contains { $0.contains("DA7600DA7600") } && models.contains("DA7600"), "\(models)")
        #expect(Normalizer.canonicalModel("DA7600 / DA-7600") == "DA7600")
        #expect(Normalizer.canonicalSerial("DA7600/2019/0457") == "DA760020190457")
    }

    @Test func anArticleDraftedFromACardComesAfterTheCasesLikeIt() throws {
        let card = try #require(try archive.store.documents(try archive.store.allDocumentIDs()).first { $0.source == "repair/2019/一院_离心机_转速异常_20190402.txt" })
        let article = DocumentID(try archive.store.createArticle(try ArticleDesk.draft(from: card), author: "wang", sourceDoc: card.id))
        try archive.store.transitionArticle(article.rawValue, to: .review, who: "wang")
        try archive.store.transitionArticle(article.rawValue, to: .published, who: "li")
        let (terms, similar) = try Searcher(store: archive.store).similar(to: card.id, limit: 10)
        // It retells the card, so a plain search for the card's words puts it first…
        #expect(try archive.search(terms.joined(separator: " "), limit: 3).hits.first?.id == article)
        // …but among documents like the card it comes after every other case.
        let ids = similar.hits.map(\.id)
        #expect(ids.count >= 5 && !ids.contains(card.id))
        if let at = ids.firstIndex(of: article) { #expect(at == ids.count - 1, "\(ids)") }
    }

    @Test func typosAreCorrectedFromTheArchivesOwnWords() throws {
        let r = try archive.search("imbalanse", limit: 10)
        #expect(r.corrected == "imbalance" && r.total >= 3 && r.query == "imbalanse")
        let two = try archive.search("thermistr heatr", limit: 10)
        #expect(two.corrected == "thermistor heater" && !two.hits.isEmpty)
        // Found enough as typed, or not a plain word: left alone.
        #expect(try archive.search("imbalance").corrected == nil)
        #expect(try archive.search("E33").corrected == nil)
        #expect(try archive.search("DA7601").corrected == nil)
        // A spelling the archive has once (a typo in one report) beside a curated word one
        // edit away: both are searched, and the report with the typo is still found.
        let rare = try archive.search("centrifgue", limit: 50)
        #expect(rare.corrected == "centrifuge" && rare.alsoAsTyped == ["centrifgue"])
        #expect(rare.hits.contains { $0.source.hasSuffix("Nanhu_H1850R_cooling_E12_20220712.txt") })
        #expect(rare.total > 10)
    }

    @Test func synonymsApplyAtQueryTimeWithoutReindexing() throws {
        // The starter list: an English word finds Chinese documents and the reverse.
        let en = try archive.search("centrifuge", limit: 50).hits
        #expect(en.contains { $0.source == "repair/2019/一院_离心机_转速异常_20190402.txt" })
        let zh = try archive.search("比色杯", limit: 50).hits
        #expect(zh.contains { $0.source.hasPrefix("kb/比色杯") })
        // A new synonym works at once; removing it takes it back.
        #expect(try archive.search("刷子", limit: 50).hits.allSatisfy { !$0.source.contains("转速异常_20190402") })
        try archive.store.addSynonyms(["刷子", "碳刷"])
        #expect(try archive.search("刷子", limit: 50).hits.contains { $0.source == "repair/2019/一院_离心机_转速异常_20190402.txt" })
        try archive.store.removeSynonym("刷子")
        #expect(!(try archive.store.synonymGroups().contains { $0.contains("刷子") }))
        #expect(throws: KBError.self) { try archive.store.addSynonyms(["only-one"]) }
    }

    @Test func aLongLivedSearcherSeesSynonymEditsAtOnce() throws {
        // The server's searchers keep the synonym groups while the archive does not change;
        // an edit (which changes no document and no index) must still reach them.
        let searcher = try Searcher(store: archive.store, longLived: true)
        func finds() throws -> Bool {
            var request = SearchRequest(text: "电刷子")
            request.limit = 50
            return try searcher.search(request).hits.contains { $0.source == "repair/2019/一院_离心机_转速异常_20190402.txt" }
        }
        #expect(try !finds())
        try archive.store.addSynonyms(["电刷子", "碳刷"])
        #expect(try finds())
        try archive.store.removeSynonym("电刷子")
        #expect(try !finds())
    }

    @Test func englishStemming() throws {
        #expect(try archive.search("imbalances").hits.contains { $0.snippet.runs.contains { $0.matched && $0.text.lowercased().hasPrefix("imbalance") } })
    }

    @Test func filters() throws {
        let repairs = try archive.search("离心机", limit: 100) { $0.kinds = [.repair] }
        #expect(!repairs.hits.isEmpty && repairs.hits.allSatisfy { $0.kind == .repair })
        let bySerial = try archive.search("", limit: 100) { $0.serial = "tl5m-1706-0031" }
        #expect(bySerial.hits.count >= 5 && bySerial.hits.allSatisfy { $0.serials.contains("TL5M17060031") })
        let byCustomer = try archive.search("", limit: 100) { $0.customer = "澄心醫院" }
        #expect(!byCustomer.hits.isEmpty)
        for h in byCustomer.hits {
            let doc = try #require(try archive.store.document(h.id))
            #expect(doc.customers.contains { $0.name.contains("澄心") })
        }
        let dated = try archive.search("", limit: 200) { $0.from = "2023-01-01"; $0.to = "2023-06-30" }
        #expect(!dated.hits.isEmpty && dated.hits.allSatisfy { ($0.date ?? "") >= "2023-01-01" && ($0.date ?? "") <= "2023-06-30" })
        let none = try archive.search("离心机") { $0.customer = "no such customer" }
        #expect(none.hits.isEmpty && none.notes == ["no customer matches 'no such customer'"])
    }

    @Test func emptyAndWordlessQueriesAreRefused() throws {
        #expect(throws: KBError.self) { try archive.search("   ") }
        #expect(throws: KBError.self) { try archive.search("？！…") }
    }

    @Test func mixedLatinAndChineseQueriesDoNotBreak() throws {
        // Queries that make Xapian 1.4.22's QueryParser throw.
        #expect(!(try archive.search("离心机 E11 故障 error code").hits.isEmpty))
        #expect(!(try archive.search("LFP48100 锂电池BMS保护无法充电").hits.isEmpty))
        #expect(try archive.sources("LFP48100 锂电池BMS保护无法充电", limit: 3).contains { $0.contains("LFP48100") || $0.contains("BMS") })
    }
}

@Suite struct ReindexTests {
    @Test func aRebuiltIndexAnswersExactlyLikeTheIncrementalOne() throws {
        let dir = try TempDir()
        // Build incrementally, with updates and removals along the way.
        let copy = dir.url.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: Repo.corpus, to: copy)
        let a = try TestArchive(dir, paths: [copy])
        let card = copy.appendingPathComponent("repair/2019/一院_离心机_转速异常_20190402.txt")
        try (try String(contentsOf: card, encoding: .utf8) + "\n备注：复查转子正常\n").write(to: card, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("kb/离心机转速异常的排查.md"))
        _ = try dir.file("corpus/new.txt", "维修单\n出厂编号：DA7600-2019-0457\n故障现象：E23 温度报警\n")
        _ = try Ingestor(store: a.store).ingest([copy.path])
        let queries = ["离心机转速很低", "DA7600", "E23", "rotor imbalance", "離心機", "比色杯", "TL5M-1706-0031", "centrifuge"]
        func answers() throws -> [[String]] {
            try queries.map { q in try a.search(q, limit: 20).hits.map { "\($0.id) \($0.score)" } }
        }
        let incremental = try answers()
        try IndexMaintenance.rebuild(a.store)
        #expect(try answers() == incremental)
        #expect(incremental.allSatisfy { !$0.isEmpty })
    }
}

/// English words in a row weigh more than the same words apart.
@Suite struct EnglishPhraseTests {
    @Test func wordsInARowRankAboveTheSameWordsApart() throws {
        let dir = try TempDir("EnglishPhrase")
        let filler = "The engineer checked the unit, cleaned the filters, and ran the self test. The customer signed the report."
        var paths = [
            try dir.file("phrase.txt", "Service Report\nProblem: high pressure alarm. \(filler)"),
            try dir.file("apart-1.txt", "Service Report\nProblem: pressure alarm after the door was left open; room temperature high."),
            try dir.file("apart-2.txt", "Service Report\nProblem: alarm on start; the pressure reading was high, then normal."),
        ]
        for i in 1...8 { paths.append(try dir.file("other-\(i).txt", "Service Report \(i)\nProblem: fan noise \(i). \(filler)")) }
        let archive = try TestArchive(dir, paths: paths)
        #expect(try archive.sources("high pressure alarm").first == "phrase.txt")
        // Another form of a word (`alarms`) still makes the phrase, through the archive's words with its stem.
        #expect(try archive.sources("high pressure alarms").first == "phrase.txt")
        // The same words out of order are no phrase: the shorter documents come first.
        #expect(try archive.sources("pressure high alarm").first != "phrase.txt")
    }
}
