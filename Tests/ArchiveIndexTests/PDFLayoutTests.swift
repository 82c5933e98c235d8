import Foundation
import Testing
@testable import ArchiveIndex

/// A PDF's text as `pdftotext -layout` lays it out, made into lines the readers take.
@Suite struct PDFLayoutTests {
    static let history = """
                                   Service History – Installed Product
    Account: The Sixth People's Hospital (Lab Medicine Centre)                       Printed on: 2023-Jun-22
    Product: LumiQ800                                                                Serial: LQ15-53428
    Date          WO number   Type                    Problem                            Resolution                      Engineer
    2023-Jan-10   WO-7036032 Corrective               Software freezes, LIS link drops   Replaced the PC hard disk,      Zhao Lei
                                                                                         reinstalled the software
    2023-Jan-09   WO-7564199 Relocation               —                                  Relocated and tested            ZHAO Lei
    2022-May-23 WO-4636382 Corrective                 Incubator stuck, motion timeout    Replaced the timing belt        Zhao Lei

    3 work orders.
    """

    @Test func fieldsSideBySideBecomeALineEachAndATableBecomesRows() {
        let lines = PDFLayout.readable(Self.history).split(separator: "\n").map(String.init)
        #expect(lines.contains("Account: The Sixth People's Hospital (Lab Medicine Centre)"))
        #expect(lines.contains("Printed on: 2023-Jun-22"))
        #expect(lines.contains("Product: LumiQ800") && lines.contains("Serial: LQ15-53428"))
        #expect(lines.contains("| Date | WO number | Type | Problem | Resolution | Engineer |"))
        // A wrapped cell is joined to its row; a row whose date overflows its column keeps its date first.
        #expect(lines.contains("| 2023-Jan-10 | WO-7036032 Corrective |  | Software freezes, LIS link drops | Replaced the PC hard disk, reinstalled the software | Zhao Lei |"))
        #expect(lines.contains { $0.hasPrefix("| 2022-May-23") && $0.contains("| Incubator stuck, motion timeout |") })
        #expect(lines.last == "3 work orders.")
    }

    @Test func theRowsAreVisitsOfTheLog() {
        let v = RepairLog.entries(in: PDFLayout.readable(Self.history), dayFirst: nil)
        #expect(v.map(\.date) == ["2023-01-10", "2023-01-09", "2022-05-23"])
        #expect(v[0].fault == "Software freezes, LIS link drops" && v[0].action == "Replaced the PC hard disk, reinstalled the software"
                && v[0].engineer == "Zhao Lei")
        #expect(v[1].fault == nil && v[1].action == "Relocated and tested")
    }

    @Test func proseAndAFormInChineseStayAsTheyRead() {
        let text = """
              售后服务报告单
        客户名称：南湖大学医学院              出厂编号：H1850R-2020-3317
        故障描述：离心机转速上不去，   面板报E27。
        """
        #expect(PDFLayout.readable(text) == "售后服务报告单\n客户名称：南湖大学医学院\n出厂编号：H1850R-2020-3317\n故障描述：离心机转速上不去，  面板报E27。")
    }
}
