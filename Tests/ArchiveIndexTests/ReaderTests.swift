import Foundation
import Testing
import ZIPFoundation
@testable import ArchiveIndex

@Suite struct ReaderTests {
    @Test func csvQuotesAndNewlines() throws {
        let rows = try LedgerReader.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,2,3")
        #expect(rows == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["1", "2", "3"]])
    }

    @Test func csvUnclosedQuoteNamesTheLine() {
        #expect {
            _ = try LedgerReader.parse("a,b\n1,2\n3,\"never closed\n")
        } throws: { e in
            (e as? TextDecoding.Failure)?.description.contains("line 3") == true
        }
    }

    @Test func ledgerRowsBecomeLabelledDocuments() throws {
        let csv = "序号,客户名称,产品型号,出厂编号,客户反映,服务内容,服务人员,服务时间\n1,某市第一人民医院检验科,DA7600,DA7600-2019-0457,E23 报警,更换温控板,王建军,2023-03-15\n\n2,柳溪县中医院检验科,TDL-5M,TL5M 1811 0209,\"转速异常,有焦味\",更换碳刷,李涛,2023/4/2\n"
        let read = try Readers.read(Array(csv.utf8), format: .csv, name: "ledger/台帐.csv")
        #expect(read.parts.map(\.part) == ["row=2", "row=4"])
        let d = try Extraction.extract(read.parts[1], source: "ledger/台帐.csv#row=4")
        #expect(d.kind == .repair)
        #expect(d.values(.serial).first?.canonical == "TL5M18110209")
        #expect(d.values(.fault).first?.value == "转速异常,有焦味")
        #expect(d.date == "2023-04-02")
        #expect(d.title.hasPrefix("台帐 #4: 柳溪县中医院检验科 · TDL-5M"))
    }

    @Test func aLedgerLongerThanTheCapKeepsItsFirstRowsAndSaysFromWhichLineTheRestIsLeftOut() throws {
        let rows = (1...5).map { "某市第一人民医院检验科,DA7600-2019-000\($0),2023-03-1\($0)" }
        let csv = "客户名称,出厂编号,服务时间\n" + rows.joined(separator: "\n") + "\n"
        let read = try Readers.read(Array(csv.utf8), format: .csv, name: "台帐.csv", maxLedgerRows: 3)
        #expect(read.parts.map(\.part) == ["row=2", "row=3", "row=4"])
        #expect(read.warnings == ["the ledger has 5 rows; only the first 3 are stored, the rows from line 5 on are not (split the file to store them)"])
        #expect(try Readers.read(Array(csv.utf8), format: .csv, name: "台帐.csv").warnings.isEmpty)
    }

    @Test func traditionalAndEnglishHeaders() throws {
        let csv = "客戶名稱,產品型號,出廠編號,服務日期,故障現象\n澄心醫院,H1850R,H1850R-2019-2741,2023-05-16,不平衡\n"
        let part = try Readers.read(Array(csv.utf8), format: .csv, name: "t.csv").parts[0]
        #expect(try Extraction.extract(part, source: "x").values(.serial).first?.canonical == "H1850R20192741")
        let en = "Customer,Model,Serial No.,Date,Fault\nA Lab,DA7600,DA7600-2022-1205,2024-01-02,E23\n"
        let p2 = try Readers.read(Array(en.utf8), format: .csv, name: "e.csv").parts[0]
        #expect(try Extraction.extract(p2, source: "x").values(.serial).first?.canonical == "DA760020221205")
    }

    @Test func csvWithoutKnownColumnsIsRefused() {
        #expect(throws: TextDecoding.Failure.self) {
            try Readers.read(Array("a,b\n1,2\n".utf8), format: .csv, name: "x.csv")
        }
    }

    @Test func docxParagraphsAndTables() throws {
        let read = try Readers.read(try Repo.corpusBytes("repair/2021/维修服务报告单_南湖大学_H1850R_20211008.docx"),
                                    format: .docx, name: "x.docx")
        let d = try Extraction.extract(read.parts[0], source: "x.docx")
        #expect(d.kind == .repair)
        #expect(d.values(.serial).first?.canonical == "H1850R20203317")
        #expect(d.values(.customer).first?.value.contains("南湖大学") == true)
        #expect(d.values(.fault).first != nil)
    }

    @Test func docxTableRowPairs() {
        #expect(DocxCollector.rowLines(["客户名称", "南湖大学", "出厂编号", "H1850R-2020-3317"])
                == ["客户名称：南湖大学", "出厂编号：H1850R-2020-3317"])
        #expect(DocxCollector.rowLines(["备注", "free text"]) == ["| 备注 | free text |"])
        // A log table's rows stay a table, for the log reader.
        #expect(DocxCollector.rowLines(["日期", "故障现象", "工程师"]) == ["| 日期 | 故障现象 | 工程师 |"])
        #expect(DocxCollector.rowLines(["2023-05-12", "不升速", "王伟"]) == ["| 2023-05-12 | 不升速 | 王伟 |"])
    }

    @Test func brokenDocx() throws {
        #expect(throws: TextDecoding.Failure.self) {
            try Readers.read(Array("this is not a zip".utf8), format: .docx, name: "x.docx")
        }
        // A real zip without word/document.xml.
        let dir = try TempDir()
        let zipURL = dir.url.appendingPathComponent("a.docx")
        let archive = try ZIPFoundation.Archive(url: zipURL, accessMode: .create)
        let payload = Data("hello".utf8)
        try archive.addEntry(with: "other.txt", type: .file, uncompressedSize: Int64(payload.count)) { pos, size in
            payload.subdata(in: Int(pos)..<Int(pos) + size)
        }
        #expect(throws: TextDecoding.Failure.self) {
            try Readers.read([UInt8](try Data(contentsOf: zipURL)), format: .docx, name: "a.docx")
        }
        // A truncated .docx.
        let good = try Repo.corpusBytes("training/离心机产品技术手册_TDL-5M_H1850R.docx")
        #expect(throws: TextDecoding.Failure.self) {
            try Readers.read(Array(good.prefix(good.count / 2)), format: .docx, name: "half.docx")
        }
    }

    /// A long Word file (a year of service notes): its document.xml is over 10 MB, which
    /// libxml2 refused when XMLParser handed it over in one piece.
    @Test func aWordFileWhoseXMLIsOverTenMegabytesIsRead() throws {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
        var n = 0
        while xml.utf8.count < 12 << 20 {
            n += 1
            xml += "<w:p><w:r><w:t>第\(n)条 离心机转速异常，更换碳刷后正常。Centrifuge speed fault, brushes replaced.</w:t></w:r></w:p>"
        }
        xml += "<w:p><w:r><w:t>最后一条 LAST-LINE-MARK</w:t></w:r></w:p></w:body></w:document>"
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("long.docx")
        let archive = try ZIPFoundation.Archive(url: url, accessMode: .create)
        let payload = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(payload.count),
                             compressionMethod: .deflate) { pos, size in
            payload.subdata(in: Int(pos)..<Int(pos) + size)
        }
        let read = try Readers.read([UInt8](try Data(contentsOf: url)), format: .docx, name: "long.docx")
        let text = read.parts.map(\.text).joined()
        #expect(text.contains("第1条 离心机转速异常"))
        #expect(text.contains("LAST-LINE-MARK"))
        #expect(text.components(separatedBy: "\n").count > n)
    }

    @Test func pdfTextLayer() throws {
        let bytes = try Repo.corpusBytes("repair/pdf/FW-2023-0688_服务报告单_一院检验科_已签字.pdf")
        let read = try Readers.read(bytes, format: .pdf, name: "x.pdf")
        let d = try Extraction.extract(read.parts[0], source: "x.pdf")
        #expect(d.kind == .repair)
        #expect(d.values(.customer).first?.value.contains("某市第一人民医院") == true)
        #expect(!d.values(.serial).isEmpty)
    }

    @Test func brokenPDFs() throws {
        let good = try Repo.corpusBytes("repair/pdf/FW-2023-0688_服务报告单_一院检验科_已签字.pdf")
        #expect(throws: TextDecoding.Failure.self) {
            try Readers.read(Array(good.prefix(400)), format: .pdf, name: "cut.pdf")
        }
        #expect(throws: TextDecoding.Failure.self) {
            try Readers.read(Array("%PDF-1.4\ngarbage".utf8), format: .pdf, name: "junk.pdf")
        }
        #expect(throws: TextDecoding.Failure.self) {
            try Readers.read(Array("not a pdf".utf8), format: .pdf, name: "x.pdf")
        }
    }
}
