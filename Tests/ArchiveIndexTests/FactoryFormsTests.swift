import Foundation
import Testing
@testable import ArchiveIndex

/// A Japanese company's factory in China writes its forms in its own words: 异常内容 for the
/// fault, 对策 for the fix, 业者担当 for the vendor's engineer, 对应日 for the day it was
/// handled, dated in Japan's era.
@Suite struct FactoryFormsTests: ReadsText {
    @Test func aJapaneseFactorysAbnormalityReportIsAVisitWithItsFaultFixAndDay() throws {
        let d = try extract("""
        设备异常处理报告书

        部门：克莱默汽车部件(太仓)有限公司
        起票：保全系 森本
        对象设备：电动叉车（FBX 25Li）
        机号：FK18S98429J
        对应日：令和5年7月25日
        委托业者：砺拓工业装备技术服务有限公司
        异常内容：门架起升缓慢
        对策：更换液压齿轮泵并调整溢流压力，交付生产使用
        业者担当：宫工
        """)
        #expect(d.kind == .repair)
        #expect(d.date == "2023-07-25")
        #expect(values(d, .fault) == ["门架起升缓慢"])
        #expect(values(d, .action) == ["更换液压齿轮泵并调整溢流压力，交付生产使用"])
        #expect(values(d, .engineer) == ["宫工"])
    }

    @Test func japansErasAreYearsOfTheirOwn() {
        #expect(DateParser.parse("令和5年7月25日") == "2023-07-25")
        #expect(DateParser.parse("令和元年5月1日") == "2019-05-01")
        #expect(DateParser.parse("平成31年4月30日") == "2019-04-30")
        #expect(DateParser.parse("昭和64年1月7日") == "1989-01-07")
        // Beside the Western year, the era is left out.
        #expect(DateParser.parse("2019年（令和元年）5月1日") == "2019-05-01")
        #expect(DateParser.parse("令和元年（2019年）5月1日") == "2019-05-01")
    }

    /// A Malaysian office's bilingual form (`Tarikh Siap / Date Completed : 1 Oktober 2020`).
    @Test func malayMonthsAreMonths() throws {
        #expect(DateParser.parse("1 Oktober 2020") == "2020-10-01")
        #expect(DateParser.parse("5 Ogos 2021") == "2021-08-05")
        #expect(DateParser.parse("17 Mac 2022") == "2022-03-17")
        #expect(DateParser.parse("24 Disember 2019") == "2019-12-24")
        #expect(DateParser.parse("3 Mei 2023") == "2023-05-03")
        let d = try extract("EQUIPMENT SERVICE FORM\nPelanggan / Customer : Penang GH Lab Medicine\nNo. Siri / Serial No. : S20190493Z\nTarikh Siap / Date Completed : 1 Oktober 2020\nKerosakan / Fault : Mixing motor stalls")
        #expect(d.date == "2020-10-01")
        // Without an era a two-digit year before 年 is this century's, and Taiwan's 民國 its own.
        #expect(DateParser.parse("24年1月30日") == "2024-01-30")
        #expect(DateParser.parse("民國112年3月15日") == "2023-03-15")
    }
}
