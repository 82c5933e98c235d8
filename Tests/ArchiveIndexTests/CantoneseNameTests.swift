import Foundation
import Testing
@testable import ArchiveIndex

/// Hong Kong's and Macau's English names say their Chinese in Cantonese: `Shun Wo` is 信和,
/// `Kwong Wah` 廣華, `Wing Fung` 永豐; pinyin (xinhe, guanghua, yongfeng) would never find them.
@Suite struct CantoneseNameTests {
    @Test func aRomanisedWordAndItsCharactersReadingMeet() throws {
        let readings = try PinyinReadings.load()
        for (words, chinese) in [("Shun Wo", "信和"), ("Kwong Wah", "廣華"), ("Wing Fung", "永豐"), ("Cheung Kong", "長江"),
                                 ("Tsz Wan", "慈雲"), ("Tuen Mun", "屯門"), ("Yan Oi", "仁愛"), ("Pok Oi", "博愛"), ("Hang Ho", "恒澔"),
                                 ("Chow Yuen", "周元"), ("Lee Sze", "李思"), ("Tung Wah", "东华")] {
            let keys = readings.cantoneseKeys(of: try Normalizer.fold(chinese))
            #expect(Cantonese.says(words.split(separator: " ").map(String.init), in: keys), "\(words) for \(chinese): \(keys)")
        }
        // What the two write apart stays apart.
        for (words, chinese) in [("Kwong Wah", "东华"), ("Shun Wo", "信华"), ("Wing Fung", "永康"), ("Xin He", "信和")] {
            let keys = readings.cantoneseKeys(of: try Normalizer.fold(chinese))
            #expect(!Cantonese.says(words.split(separator: " ").map(String.init), in: keys), "\(words) for \(chinese)")
        }
        // One syllable says too little to be a name.
        #expect(!Cantonese.says(["Wo"], in: readings.cantoneseKeys(of: "和")))
    }

    @Test func aHongKongCustomersEnglishNameIsTheChineseOneSaidInCantonese() throws {
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "c1.txt": "客戶檔案\n客戶名稱：信和醫學化驗所有限公司\n地址：香港九龍旺角彌敦道\n",
            "c2.txt": "客戶檔案\n客戶名稱：信華醫學化驗所有限公司\n地址：香港九龍深水埗\n",
            "r1.txt": "Service Report\nCustomer: Shun Wo Medical Lab\nS/N: HX-5521\nFault: aspiration error\n",
            "r2.txt": "Service Report\nCustomer: Shun Wah Medical Laboratory\nS/N: HX-5522\nFault: aspiration error\n",
            // Cantonese that is no customer's name.
            "r3.txt": "Service Report\nCustomer: Kwong Wah Medical Lab\nS/N: HX-5523\nFault: aspiration error\n",
        ])
        let docs = try archive.store.documents(try archive.store.allDocumentIDs())
        func customer(_ source: String) -> String? { docs.first { $0.source == source }?.customers.first?.name }
        #expect(customer("r1.txt") == "信和醫學化驗所有限公司")
        #expect(customer("r2.txt") == "信華醫學化驗所有限公司")
        #expect(customer("r3.txt") == "Kwong Wah Medical Lab")
    }

    @Test func namesThatShareUnitsAndSayTheSameInCantoneseAreOne() throws {
        func card(_ customer: String, _ serial: String) -> String { "維修單\n客戶名稱：\(customer)\n機身編號：\(serial)\n故障現象：交換機端口掉線\n" }
        func report(_ customer: String, _ serial: String) -> String { "Job record\nCustomer: \(customer)\nSerial No.: \(serial)\nFault: port flapping\n" }
        let dir = try TempDir()
        let archive = try TestArchive(dir, files: [
            "a.txt": card("永豐數據 資訊科技部", "NV0123K34909"),
            "b.txt": report("Wing Fung DC - IT", "NV0123K34909"),
            // One shared unit and no name in common: another customer's loaner, not the same one.
            "c.txt": card("永豐數據 資訊科技部", "NV0124K55555"),
            "d.txt": report("Harbour Data IT", "NV0124K55555"),
        ])
        let docs = try archive.store.documents(try archive.store.allDocumentIDs())
        func customer(_ source: String) -> Int64? { docs.first { $0.source == source }?.customers.first?.id }
        #expect(customer("a.txt") != nil && customer("b.txt") == customer("a.txt"))
        #expect(customer("d.txt") != nil && customer("d.txt") != customer("c.txt"))
    }
}
