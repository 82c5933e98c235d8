import Foundation
import Testing
@testable import ArchiveIndex

/// A relink marks for indexing only the documents whose links the index holds changed.
@Suite struct LinkChangesTests {
    @Test func aNewCustomerFileReindexesOnlyTheDocumentsItRelinks() throws {
        let dir = try TempDir("LinkChanges")
        let archive = try TestArchive(dir, files: [
            "c1.txt": "客户档案\n客户名称：宝康医学检验所\n出厂编号：DA7600-2019-0457\n",
            "r1.txt": "维修单\n客户名称：宝康医学检验所\n出厂编号：DA7600-2019-0457\n故障：灯报警\n",
            "r2.txt": "维修单\n客户名称：乔光医学化验所\n出厂编号：HX5-2020-0012\n故障：进样针堵塞\n",
        ])
        func revisions() throws -> [String: Int] {
            Dictionary(uniqueKeysWithValues: try archive.store.documents(try archive.store.allDocumentIDs()).map { ($0.source, $0.revision) })
        }
        let before = try revisions()
        #expect(try archive.customers(of: "r2.txt") == ["乔光医学化验所"])
        // 乔光's own file, with a new unit and another name: every document is relinked (a
        // customer file may vouch for any document's customer); r2 takes the new customer's alias
        // and is indexed again, r1 and c1 keep their links and their index entries.
        let report = try Ingestor(store: archive.store).ingest([
            try dir.file("more/c2.txt", "客户档案\n客户名称：乔光医学化验所有限公司\n别名：乔光医学化验所\n出厂编号：HX5-2020-0012\n").path])
        #expect(report.added == 1)
        let after = try revisions()
        #expect(after["r1.txt"] == before["r1.txt"])
        #expect(after["c1.txt"] == before["c1.txt"])
        #expect(try archive.customers(of: "r2.txt") == ["乔光医学化验所有限公司"])
        #expect(after["r2.txt"]! > before["r2.txt"]!)
        // What the index holds follows: r2 is found under its customer now.
        let found = try archive.search("进样针") { $0.customer = "乔光医学化验所有限公司" }.hits.map(\.source)
        #expect(found == ["r2.txt"])
        #expect(try StoreCheck.run(archive.store).ok)
    }
}
