import Foundation
import Testing
@testable import ArchiveIndex

@Suite struct InstitutionNameTests {
    @Test(arguments: [
        ("重庆市第二人民医院检验科", "重庆", 2, "人民医院", "检验科"),
        ("安店三院检验科", "安店", 3, "人民医院", "检验科"),
        ("三院检验科", nil, 3, "人民医院", "检验科"),
        ("南京中医院放射科", "南京", nil, "中医医院", "放射科"),
        ("重庆妇幼", "重庆", nil, "妇幼保健院", nil),
        ("德心医院检验科", nil, nil, "医院", "检验科"),
        ("臺南潤峻科技股份有限公司", "台南", nil, "公司", nil),
        ("平塘大学生命科学学院", nil, nil, "大学", "生命科学学院"),
    ] as [(String, String?, Int?, String?, String?)])
    func chineseNamesAreRead(_ name: String, _ city: String?, _ number: Int?, _ kind: String?, _ department: String?) {
        let n = InstitutionName.of(name)
        #expect(n.number == number && n.kind == kind && n.department == department, "\(name): \(n)")
        if kind != "公司" { #expect(n.city == city, "\(name): \(n)") }
    }

    @Test(arguments: [
        ("Chongqing No.2 People's Hospital, Clinical Laboratory", "chongqing", 2, "人民医院", "检验科"),
        ("Andian Third People's Hospital", "andian", 3, "人民医院", nil),
        ("Nanjing Hospital of Traditional Chinese Medicine, Radiology", "nanjing", nil, "中医医院", "放射科"),
        ("Nanwan MCH Hospital", "nanwan", nil, "妇幼保健院", nil),
        ("Qilan Medical Laboratory", nil, nil, "医学检验实验室", nil),
        ("Chenghui Hospital Kaohsiung", nil, nil, "医院", nil),
        ("Runjun Technology Corp.", nil, nil, "公司", nil),
        ("Lanzhou University of Technology", "lanzhou", nil, "理工大学", nil),
    ] as [(String, String?, Int?, String?, String?)])
    func englishNamesAreRead(_ name: String, _ city: String?, _ number: Int?, _ kind: String?, _ department: String?) {
        let n = InstitutionName.of(name)
        #expect(n.city == city && n.number == number && n.kind == kind && n.department == department, "\(name): \(n)")
    }

    /// Names that differ in a number, a city, an institution kind or a department are never one customer.
    @Test(arguments: [
        ("重庆市第一人民医院检验科", "重庆市第二人民医院检验科"),
        ("重庆市第一人民医院检验科", "重庆市第一人民医院放射科"),
        ("重庆市第一人民医院", "成都市第一人民医院"),
        ("兰州医科大学", "兰州理工大学"),
        ("澄辉医院", "Chenghui Technology Co."),
        ("Chongqing No.1 People's Hospital", "重庆市第二人民医院"),
        ("Chongqing No.2 People's Hospital", "成都市第二人民医院"),
        ("Nanjing Hospital of Traditional Chinese Medicine", "南京市人民医院"),
    ])
    func theyNeverJoin(_ a: String, _ b: String) throws {
        let readings = try PinyinReadings.load()
        let conflict = InstitutionName.of(a).conflict(with: InstitutionName.of(b), pinyin: readings.keys(of:))
        #expect(conflict != nil, "\(a) and \(b) were taken for one customer")
    }

    @Test(arguments: [
        ("重庆市第二人民医院检验科", "Chongqing No.2 People's Hospital"),
        ("南京市中医医院放射科", "南京中医院放射科"),
        ("安店市第三人民医院检验科", "三院检验科"),
        ("德心医院检验科", "Dexin Hospital Keelung"),
        ("臺南潤峻科技股份有限公司", "Runjun Technology Corp."),
    ])
    func namesOfOneCustomerAgree(_ a: String, _ b: String) throws {
        let readings = try PinyinReadings.load()
        let conflict = InstitutionName.of(a).conflict(with: InstitutionName.of(b), pinyin: readings.keys(of:))
        #expect(conflict == nil, "\(a) / \(b): \(conflict ?? "")")
    }
}
