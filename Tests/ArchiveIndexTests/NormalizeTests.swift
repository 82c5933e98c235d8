import Foundation
import Testing
@testable import ArchiveIndex
import CTextShim

@Suite struct NormalizeTests {
    @Test func foldsWidthCaseAndScript() throws {
        #expect(try Normalizer.fold("型号ＤＡ７６００故障") == "型号da7600故障")
        #expect(try Normalizer.fold("ＳＮ：ＤＡ７６００－１２３") == "sn:da7600-123")
        #expect(try Normalizer.fold("離心機轉速異常") == "离心机转速异常")
        #expect(try Normalizer.fold("出廠編號") == "出厂编号")
        #expect(try Normalizer.fold("Rotor Imbalance") == "rotor imbalance")
        // Simplified text and English pass through.
        #expect(try Normalizer.fold("离心机转速异常 E23") == "离心机转速异常 e23")
    }

    /// OpenCC runs only on text that has a character its t2s dictionaries change; the rest is
    /// its own conversion. Same folds either way, over the bundled corpus's text files and the
    /// characters a phrase changes but not alone (瞭 alone, 瞭解 → 了解; 藉口 → 借口).
    @Test func skippingOpenCCWhereItChangesNothingFoldsTheSame() throws {
        var texts = ["瞭解", "瞭", "藉口", "藉", "乾燥", "乾隆年間", "著作", "钟錶", "离心机转速异常 E23", "Rotor ﬁlter",
                     "什麼", "了解情况", "借口", "干燥", "", "ＡＢＣ", "臺灣颱風", "\u{20000}\u{2A6D6}"]
        let files = FileManager.default.enumerator(at: Repo.corpus, includingPropertiesForKeys: nil)!
        for case let url as URL in files where ["md", "txt", "csv"].contains(url.pathExtension) {
            if let t = try? String(contentsOf: url, encoding: .utf8) { texts.append(t) }  // not the legacy encodings
        }
        #expect(texts.count > 40)
        var skipped = 0
        for t in texts {
            let always = try TextShim.fold(t, keepOrigin: true, alwaysConvert: true)
            #expect(try TextShim.fold(t, keepOrigin: true) == always, "\(t.prefix(40))")
            let light = try TextShim.fold(t, keepOrigin: false, t2s: false).text
            if kbt_t2s_may_change(light, light.utf8.count) == 0 { skipped += 1 }
        }
        // Most of the corpus is simplified or English: the check skips, it does not always convert.
        #expect(skipped > texts.count / 2)
        #expect(kbt_t2s_may_change("瞭", 3) == 1 && kbt_t2s_may_change("藉", 3) == 1 && kbt_t2s_may_change("了", 3) == 0)
    }

    @Test func originMapLeadsBackToTheOriginal() throws {
        let original = "客戶：ＡＢＣ醫院 ﬁlter"
        let f = try Normalizer.foldKeepingOrigin(original)
        #expect(f.text == "客户:abc医院 filter")
        let os = Array(original.unicodeScalars)
        let fs = Array(f.text.unicodeScalars)
        #expect(f.origin.count == fs.count)
        // "醫" folded to "医" maps back to "醫"; the ligature's two letters map to one scalar.
        let yi = fs.firstIndex(of: "医")!
        #expect(os[Int(f.origin[yi])] == "醫")
        let fi = fs.firstIndex(of: "f")!
        #expect(f.origin[fi] == f.origin[fi + 1])
    }

    @Test(arguments: [
        "DA7600-2019-0457", "DA7600 2019 0457", "ＤＡ７６００－２０１９－０４５７", "SN:DA7600-2019-0457",
        "S/N: da7600-2019-0457", "出厂编号：DA7600-2019-0457", "da760020190457", "Serial No. DA7600/2019/0457",
    ])
    func serialVariantsShareOneCanonicalForm(_ raw: String) {
        #expect(Normalizer.canonicalSerial(raw) == "DA760020190457")
    }

    /// A check letter after the last group is part of the serial however the groups are
    /// parted (they were two units on an archive by other hands); a word after it is not.
    @Test(arguments: ["SP-X19-0076-W", "SP X19 0076 W", "sp-x19-0076-w", "SPX190076W", "SP-X19-0076-W（检验科）"])
    func aCheckLetterAfterTheLastGroupStays(_ raw: String) {
        #expect(Normalizer.canonicalSerial(raw) == "SPX190076W")
        #expect(Normalizer.canonicalSerial(raw.replacingOccurrences(of: "W", with: "WW").replacingOccurrences(of: "w", with: "ww")) == "SPX190076WW")
    }

    /// Letter groups before the digits, parted as a battery string's label writes them.
    @Test func shortLetterGroupsBeforeTheDigitsArePartOfTheSerial() {
        #expect(Normalizer.canonicalSerial("yu/swl/a-190877") == "YUSWLA190877")
        #expect(Normalizer.canonicalSerial("TDL-5M") == "TDL5M")
        #expect(Normalizer.canonicalSerial("Leeds office, 2018") == nil)
    }

    @Test func aLetterBeforeMoreWordsIsNoCheckLetter() {
        #expect(Normalizer.canonicalSerial("12345 a unit") == "12345")
        // Letters alone are no serial, nor a check letter with no group before it (this crashed).
        #expect(Normalizer.canonicalSerial("AB") == nil && Normalizer.canonicalSerial("S/N: W") == nil)
        #expect(Normalizer.canonicalModel("DA-7600 A") == "DA7600")
    }

    @Test func serialStopsAtProseAndRejectsNonIdentifiers() {
        #expect(Normalizer.canonicalSerial("TL5M-1706-0031（二楼生化室）") == "TL5M17060031")
        #expect(Normalizer.canonicalSerial("无") == nil)
        // The letter O after a digit, as OCR reads 0; an O after a letter stays.
        #expect(Normalizer.canonicalSerial("bcx2O4179w") == "BCX204179W")
        #expect(Normalizer.canonicalSerial("K2OE41913B") == "K20E41913B")
        #expect(Normalizer.canonicalSerial("SPO1234X") == "SPO1234X")
        #expect(Normalizer.canonicalSerial("1OO5-22") == "100522")
        #expect(Normalizer.canonicalSerial("unknown") == nil)
        #expect(Normalizer.canonicalSerial("12") == nil)
    }

    @Test(arguments: ["DA7600", "DA-7600", "ＤＡ７６００", "da 7600", "DA7600 全自动生化分析仪", "Model: DA-7600"])
    func modelVariants(_ raw: String) {
        #expect(Normalizer.canonicalModel(raw) == "DA7600")
    }

    @Test func identifierTokens() {
        #expect(Normalizer.identifierTokens(inFolded: "报 e23 错误，da-7600 与 lfp48100 ok 2023") == ["E23", "DA7600", "LFP48100", "2023"])
    }

    /// Runs of up to four tokens joined, at least six characters with a digit, never across
    /// a character that is not ASCII or across a comma.
    @Test func identifierRunsJoinTokensAsSerialsAreWritten() {
        let runs = Normalizer.identifierRuns(inFolded: "出厂编号 sn 2019-04-0117，机身 ab/12 34号 abcdef x1")
        #expect(runs == ["SN2019", "SN201904", "SN2019040117", "201904", "2019040117", "040117", "AB1234", "ABCDEFX1"])
        #expect(Normalizer.identifierRuns(inFolded: "无编号的文字 abcdefg") == [])
    }

    @Test func customerNameKeysIgnoreScriptSpacesAndPunctuation() throws {
        #expect(try Normalizer.nameKey("某市第一人民醫院 檢驗科") == Normalizer.nameKey("某市第一人民医院检验科"))
        #expect(try Normalizer.nameKey("某市第一人民医院（检验科）") == "某市第一人民医院检验科")
    }
}
