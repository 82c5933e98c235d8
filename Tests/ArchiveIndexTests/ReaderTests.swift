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

    /// Exports by other tools: a comment above the header says how the dates read, and every
    /// row keeps it; cells parted by semicolons (a locale whose decimal mark is a comma).
    @Test func aLedgersCommentAndSemicolonsAreReadAsTheirToolWroteThem() throws {
        let us = "# Exported from FieldServe, US Central Region (dates are MM/DD/YYYY)\nDate,Serial,Customer,Visit Type,Problem,Resolution,Technician\n"
            + "11/12/2019,BCA-5532-117,Riverside Diagnostics Lab,Repair,\"Lid latch error, lid won't lock\",Replaced lid lock solenoid,M. Alvarez\n"
        let read = try Readers.read(Array(us.utf8), format: .csv, name: "Allegra.csv")
        #expect(read.parts.map(\.part) == ["row=3"])
        let row = try Extraction.extract(read.parts[0], source: "Allegra.csv#row=3")
        #expect(row.values(.serial).first?.canonical == "BCA5532117")
        #expect(row.date == "2019-11-12")
        let nl = "# Eaton field service Netherlands - dates dd-mm-yyyy\ndate;type;serial;customer;fault;action;engineer\n"
            + "09-07-2020;repair;GC123A0456;Rabobank Utrecht DC2;UPM 2 fault, transferred to bypass;Replaced UPM 2 control board;J. de Vries\n"
        let eaton = try Extraction.extract(try Readers.read(Array(nl.utf8), format: .csv, name: "eaton.csv").parts[0], source: "eaton.csv#row=3")
        #expect(eaton.values(.serial).first?.canonical == "GC123A0456")
        #expect(eaton.values(.fault).first?.value == "UPM 2 fault, transferred to bypass")
        #expect(eaton.date == "2020-07-09")
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

    @Test func aSheetWithoutKnownColumnsIsOneDocumentOfItsRows() throws {
        // Not a ledger (no column it knows), but what a person kept: a quotation laid out as a
        // form is stored and found by its words, its rows as lines.
        let quote = "维修报价单,,,\n报价编号,BJ2206713,,\n客户,某市第一人民医院检验科,,\n项目,数量,单价,金额\n更换碳刷,1,380,380\n"
        let file = try Readers.read(Array(quote.utf8), format: .csv, name: "BJ2206713.csv")
        #expect(file.parts.count == 1)
        let text = try #require(file.parts.first?.text)
        #expect(text.contains("BJ2206713") && text.contains("某市第一人民医院检验科") && text.contains("更换碳刷"))
        #expect(try Readers.read(Array("a,b\n1,2\n".utf8), format: .csv, name: "x.csv").parts.count == 1)
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

    /// A log table's header can look like label/value pairs (`类别 | 内容`); its dated rows say
    /// it is a table, which stays one under its header for the repair-log reader.
    @Test func aLogTableInAWordFileStaysATableUnderItsHeader() {
        let rows = [["序号", "日期", "类别", "内容", "工程师", "验收人"],
                    ["1", "2023/01/10", "维修", "故障：软件死机 处理：更换硬盘", "赵磊", "冯主任"],
                    ["2", "2023/01/19", "保养", "例行保养", "赵磊", "冯主任"]]
        #expect(DocxCollector.tableLines(rows) == ["| 序号 | 日期 | 类别 | 内容 | 工程师 | 验收人 |", "|---|---|---|---|---|---|",
                                                   "| 1 | 2023/01/10 | 维修 | 故障：软件死机 处理：更换硬盘 | 赵磊 | 冯主任 |",
                                                   "| 2 | 2023/01/19 | 保养 | 例行保养 | 赵磊 | 冯主任 |"])
        // A form's pairs, one of them a date, are no log.
        #expect(DocxCollector.tableLines([["出厂编号", "LQ15 53428", "所属单位", "宜昌六院"], ["启用日期", "2015-07-09", "资产编号", "ZC2015-6523"]])
                == ["出厂编号：LQ15 53428", "所属单位：宜昌六院", "启用日期：2015-07-09", "资产编号：ZC2015-6523"])
    }

    /// An equipment file exported to CSV: a title, the unit's fields in pairs, then its log.
    @Test func aCSVFormWithItsFieldsInPairsAboveALogIsOneDocument() throws {
        let csv = """
        设备维修保养台账
        设备名称,化学发光免疫分析仪,规格型号,LumiQ 800
        出厂编号,LQ15 53428,所属单位,宜昌六院检验医学中心
        启用日期,2015-07-09,资产编号,ZC2015-6523

        序号,日期,类别,故障/保养内容,处理情况,工程师,验收人
        1,2019-08-22,维修,反应杯供给报警,清理料斗，调整送杯机构,吴海涛,冯主任
        2,2019-12-30,保养,例行保养,按保养规程完成预防性维护,胡斌,冯主任
        """
        let read = try Readers.read(Array(csv.utf8), format: .csv, name: "LQ15-53428_维修保养台账.csv")
        #expect(read.parts.count == 1)
        let d = try Extraction.extract(read.parts[0], source: "LQ15-53428_维修保养台账.csv")
        #expect(d.kind == .equipment)
        #expect(d.values(.serial).first?.canonical == "LQ1553428")
        let visits = RepairLog.entries(in: read.parts[0].text, dayFirst: nil)
        #expect(visits.map(\.date) == ["2019-08-22", "2019-12-30"])
        #expect(visits[0].fault == "反应杯供给报警" && visits[0].action == "清理料斗，调整送杯机构" && visits[0].engineer == "吴海涛")
        // A ledger (its header names columns, one of them dated) is still a row per document.
        let ledger = "客户名称,出厂编号,维修日期,故障现象\n南湖大学,H1850R-2020-3317,2023-05-12,不升速\n北湖医院,H1850R-2020-3318,2023-06-01,报E27\n"
        #expect(try Readers.read(Array(ledger.utf8), format: .csv, name: "台账.csv").parts.count == 2)
    }

    /// A workbook written the way Excel writes one: shared strings, a number styled as a date,
    /// a second sheet; read as a CSV file is.
    @Test func anExcelWorkbookIsReadLikeACSVFile() throws {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("台账.xlsx")
        let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
        try writeZip(url, [
            ("xl/workbook.xml", #"<workbook \#(ns)><sheets><sheet name="维修" sheetId="1" r:id="rId1"/><sheet name="备注" sheetId="2" r:id="rId2"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/a.xml"/><Relationship Id="rId2" Target="worksheets/b.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", #"<sst \#(ns)><si><t>客户名称</t></si><si><t>出厂编号</t></si><si><t>维修日期</t></si><si><t>故障现象</t></si><si><r><t>南湖</t></r><r><t>大学</t></r><rPh><t>なんこ</t></rPh></si><si><t>H1850R-2020-3317</t></si><si><t>不升速</t></si></sst>"#),
            ("xl/styles.xml", #"<styleSheet \#(ns)><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d;@"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>"#),
            ("xl/worksheets/a.xml", #"<worksheet \#(ns)><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c><c r="C3" s="1"><v>45058</v></c><c r="D3" t="inlineStr"><is><t>不升速，报E27</t></is></c></row></sheetData></worksheet>"#),
            ("xl/worksheets/b.xml", #"<worksheet \#(ns)><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2"><v>3317</v></c></row></sheetData></worksheet>"#),
        ])
        let read = try Readers.read([UInt8](try Data(contentsOf: url)), format: .xlsx, name: "台账.xlsx")
        #expect(read.parts.map(\.part) == ["row=3", "row=2;sheet=备注"])
        #expect(read.parts[0].text == "客户名称：南湖大学\n出厂编号：H1850R-2020-3317\n维修日期：2023-05-12\n故障现象：不升速，报E27")
        #expect(read.parts[1].text == "客户名称：南湖大学\n出厂编号：3317")
        #expect(XLSXReader.date(fromSerial: 60, date1904: false) == "1900-02-28" && XLSXReader.date(fromSerial: 61, date1904: false) == "1900-03-01")
        #expect(XLSXReader.column(ofReference: "AB12") == 27)
        #expect(throws: TextDecoding.Failure.self) { try Readers.read(Array("PK not a zip".utf8), format: .xlsx, name: "x.xlsx") }
    }

    /// A workbook may name one sheet's file any number of times (found in review): it is read
    /// once. A file stored without compression is read in slices, past 64 KB.
    @Test func aWorkbookNamingOneSheetManyTimesReadsItOnceAndStoredPartsAreRead() throws {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("many.xlsx")
        let archive = try ZIPFoundation.Archive(url: url, accessMode: .create)
        func add(_ path: String, _ text: String, _ method: CompressionMethod = .deflate) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
        let sheets = (1...20_000).map { #"<sheet name="s\#($0)" sheetId="\#($0)" r:id="rId1"/>"# }.joined()
        try add("xl/workbook.xml", #"<workbook \#(ns)><sheets>\#(sheets)</sheets></workbook>"#)
        try add("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/a.xml"/></Relationships>"#)
        let filler = String(repeating: "更换进样针 ", count: 12_000)
        try add("xl/worksheets/a.xml", #"<worksheet \#(ns)><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>故障现象</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>\#(filler)</t></is></c></row></sheetData></worksheet>"#, .none)
        let started = Date()
        let read = try Readers.read([UInt8](try Data(contentsOf: url)), format: .xlsx, name: "many.xlsx")
        #expect(read.parts.count == 1)
        #expect(read.parts.first?.text.hasPrefix("故障现象：更换进样针") == true)
        #expect(Date().timeIntervalSince(started) < 20)
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
