import Foundation
import Testing
@testable import ArchiveIndex

@Suite struct DecodeTests {
    let sample = "维修单\n客户名称：某市第一人民医院检验科\n故障现象：离心机转速异常\n"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoding.decode(Array(sample.utf8))
        #expect(plain.text == sample && plain.encoding == "UTF-8")
        let bom = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(bom.text == sample && bom.encoding == "UTF-8 (BOM)")
    }

    @Test func utf16WithBOM() throws {
        var le: [UInt8] = [0xFF, 0xFE]
        for u in sample.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let d = try TextDecoding.decode(le)
        #expect(d.text == sample && d.encoding == "UTF-16LE (BOM)")
        var be: [UInt8] = [0xFE, 0xFF]
        for u in sample.utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try TextDecoding.decode(be).text == sample)
    }

    @Test func gb18030FileFromTheCorpus() throws {
        let d = try TextDecoding.decode(try Repo.corpusBytes("repair/legacy/柳溪中医院_离心机维修记录_2021.txt"))
        #expect(d.encoding == "GB18030")
        #expect(d.text.contains("使用单位  ：柳溪中医院检验科"))
    }

    @Test func big5FileFromTheCorpus() throws {
        let d = try TextDecoding.decode(try Repo.corpusBytes("repair/2021/修護卡_澄心醫院_H1850R_轉速異常.txt"))
        #expect(d.encoding == "Big5")
        #expect(d.text.contains("離心機轉速異常"))
    }

    @Test func shortGB18030Text() throws {
        // 离心机转速异常 in GB18030, with ASCII around it.
        let bytes: [UInt8] = Array("No.1 ".utf8) + [0xC0, 0xEB, 0xD0, 0xC4, 0xBB, 0xFA, 0xD7, 0xAA, 0xCB, 0xD9, 0xD2, 0xEC, 0xB3, 0xA3]
        #expect(try TextDecoding.decode(bytes).text == "No.1 离心机转速异常")
    }

    @Test func emptyBinaryAndUndecodableAreRefused() {
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode([]) }
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]) }
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode([0x20, 0x0A, 0x20]) }  // white space only
        // 0x80 and 0xFF are lead bytes of nothing in UTF-8, GB18030 or Big5.
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode(Array("abc ".utf8) + [0xFF, 0xFF, 0x80, 0x80]) }
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode([0xFF, 0xFE, 0x41]) }  // odd UTF-16
    }
}
