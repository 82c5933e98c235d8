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
        ("平塘大学生命科学学院", "平塘", nil, "大学", "生命科学学院"),  // 平塘 is a county: its place
        ("无锡市人医（信息科）", "无锡", nil, "人民医院", "信息科"),
        ("常州医大网络信息中心", "常州", nil, "医科大学", "信息科"),
        ("台北科技大學貴重儀器中心", "台北", nil, "科技大学", "贵重仪器中心"),
        ("苏州市中心医院-检验科", "苏州", nil, "中心医院", "检验科"),
        ("台中市醫 病理科", "台中", nil, "市立医院", "病理科"),
        ("台中醫院 資訊室", "台中", nil, "医院", "信息科"),  // no TCM hospital (中醫院) of 台
        ("佑民醫院檢驗醫學科", nil, nil, "医院", "检验科"),
        ("宜昌医大附三院信息科", "宜昌医科大学", 3, "附属医院", "信息科"),  // no 三院 (People's Hospital No.3)
        ("唐山市中心血站", "唐山", nil, "血站", nil),
        ("东莞儿童医院（检验科）", "东莞", nil, "儿童医院", "检验科"),
        // A university's hospital, placed by its university (its kind is the university's; it is read as a hospital too).
        ("山西医科大学第一医院检验科", "山西医科大学", 1, "医科大学", "检验科"),
        ("中国医大一院 病理室", "中国医大", 1, "附属医院", "病理科"),
        ("华中科技大学同济医学院附属协和医院", "华中", nil, "科技大学", nil),
        // Departments whose last words are another's, after an institution.
        ("中国医大一院临床检验中心", "中国医大", 1, "附属医院", "检验科"),
        ("清徐县医院 医学检验科", "清徐", nil, "医院", "检验科"),
        ("嘉義基督教醫院·臨床病理科", "嘉义", nil, "医院", "检验科"),
        ("宜昌市第三人民医院 病理中心", "宜昌", 3, "人民医院", "病理科"),
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
        ("Dept. of Radiology, Wuxi Municipal Hospital of TCM", "wuxi", nil, "中医医院", "放射科"),
        ("People's Hospital of Kunming (Clinical Laboratory)", "kunming", nil, "人民医院", "检验科"),
        ("Changzhou Med. Univ. – Network & Information Center", "changzhou", nil, "医科大学", "信息科"),
        ("Dept. of Clinical Laboratory, Suzhou Central Hospital", "suzhou", nil, "中心医院", "检验科"),
        ("Taichung Municipal Hospital, Pathology", "taichung", nil, "市立医院", "病理科"),
        ("Changsha Maternal & Child Health Care Hospital – Central Lab", "changsha", nil, "妇幼保健院", "中心实验室"),
        ("The First Affiliated Hospital of Qingdao University", "qingdao", 1, "附属医院", nil),
        ("Third Affil. Hosp. of Yichang Med. Univ., IT Dept.", "yichang", 3, "附属医院", "信息科"),
        ("Tangshan Central Blood Station", "tangshan", nil, "血站", nil),
        ("Children's Hospital of Yichang, Clinical Laboratory", "yichang", nil, "儿童医院", "检验科"),
        ("Clinical Laboratory, First Hospital of Shanxi Medical University", "shanxi", 1, "医科大学", "检验科"),
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
        ("苏州市中心医院", "苏州市人民医院"),
        ("台北科技大學貴重儀器中心", "台北科技大學計算機中心"),
        ("Taipei University of Science and Technology", "台北理工大学"),
        ("昆明市人民医院检验科", "昆明市第一人民医院检验科"),
        ("Kunming People's Hospital, Clinical Lab", "Kunming No.1 People's Hosp., Clinical Lab"),
        ("昆明第一人民医院-检验科", "Wuxi No. 1 People's Hospital, Clinical Laboratory"),
        ("Taipei Univ. of Sci. & Tech. – Computer Center", "台北科技大學貴重儀器中心"),
        ("Shenzhen TCM Hospital, Biomedical Engineering", "深圳市中医院信息科"),
        ("Shenzhen TCM Hospital, Sleep Medicine", "深圳市中医院信息科"),
        ("无锡市疾病预防控制中心微生物检验科", "无锡市疾病预防控制中心理化检验科"),
        ("洛阳大学附属第三医院输血科", "洛阳大学二附院输血科"),
        ("扬州大学第一附属医院", "扬州大学附属第二医院"),
        ("衛生福利部台北醫院資訊室", "衛生福利部臺中醫院資訊室"),
        ("部立桃園醫院資訊室", "衛福部臺北醫院資訊室"),
        // A place the name starts with, though no 市 follows it.
        ("泉州地铁集团有限公司供电中心", "洛阳地铁集团有限公司供电中心"),
        ("大连海关技术中心食品检测实验室", "南昌海关技术中心食品检测实验室"),
        // A blood station is no hospital of its city; a university's hospital is no city's.
        ("Tangshan Central Blood Station", "唐山市中心医院检验科"),
        ("宜昌医大附三院信息科", "宜昌市第三人民医院信息科"),
        ("The First Affiliated Hospital of Qingdao University", "扬州大学第一附属医院检验科"),
        ("Yichang Children's Hospital (Clinical Laboratory)", "东莞市儿童医院检验科"),
        // A university's hospitals are not its city's, nor each other.
        ("山西医大一院", "太原市第一人民医院"),
        ("山西医大一院", "山西医大二院"),
        ("中国医大一院 病理室", "中国医大一院 检验科"),
        ("北京协和医院", "华中科技大学同济医学院附属协和医院 检验科"),
        // A department's other names reach only it; a clinic of its own is no hospital's department.
        ("昆明市第一人民医院内科", "昆明市第一人民医院心内科"),
        ("金华市中心医院胃镜室", "金华市中心医院眼科中心"),
        ("Zhangzhou Anlan Dental Clinic", "漳州市医院口腔科"),
        ("昆医大一附院 检验科", "南医大一附院 检验科"),
        // A department written first leaves the place before the kind its own.
        ("Dept. of Pathology, Guangdong Provincial People's Hospital", "重庆市人民医院病理科"),
        // Another field's endoscopy or imaging, a sub-department, a dental hospital of its own.
        ("金华市中心医院呼吸内镜中心", "金华市中心医院消化内镜中心"),
        ("Jinhua Central Hospital – Respiratory Endoscopy", "金华市中心医院消化内镜中心"),
        ("深圳市人民医院超声影像中心", "深圳市人民医院放射科"),
        ("深圳市人民医院超声科", "深圳市人民医院心脏超声室"),
        ("Hospital of Stomatology, Wuhan University", "武汉大学中南医院口腔科"),
        // Two universities that begin alike; two hospitals of one group or foundation; a place set off.
        ("北京大学第三医院检验科", "北京中医药大学第三附属医院检验科"),
        ("Chang Gung Medical Foundation, Linkou Chang Gung Memorial Hospital", "Chang Gung Medical Foundation, Kaohsiung Chang Gung Memorial Hospital"),
        ("Foshan, First People's Hospital", "Zhuhai, First People's Hospital"),
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
        ("无锡市人民医院信息科", "Wuxi People's Hospital – IT Department"),
        ("苏州市中心医院检验科", "Dept. of Clinical Laboratory, Suzhou Central Hospital"),
        ("武汉市中医院", "武汉中医医院放射科"),
        ("台中市醫病理科", "Taichung City Hospital, Dept. of Pathology"),
        ("高雄市立醫院檢驗科", "Kaohsiung Municipal Hospital, Clinical Laboratory"),
        ("Changzhou Medical University – Instrumental Analysis Center", "常州医科大学分析测试中心"),
        ("CDC Xi'an", "西安疾控中心"),
        ("广东省人民医院检验科", "Guangdong Provincial People's Hospital, Laboratory Medicine"),
        ("Nanjing No.1 People's Hosp. – Transfusion Medicine", "南京市第一人民医院输血科"),
        ("Changzhou Med. Univ. – Network & Information Center", "常州医科大学网络信息中心"),
        ("Shenzhen TCM Hospital, Biomedical Engineering", "深圳市中医院设备科"),
        ("Xiamen Center for Disease Control and Prevention", "厦门市疾病预防控制中心"),
        ("Changsha Maternal and Child Health Care Hospital", "长沙市妇幼保健院"),
        // A university's affiliated hospital, in each order and abbreviated.
        ("洛阳大学附属第三医院输血科", "洛阳大学第三附属医院输血科"),
        ("洛阳大学三附院输血科", "洛阳大学附属第三医院"),
        ("扬州大学二附院检验科", "扬州大学附属第二医院"),
        // Taiwan's ministry hospitals, with and without the ministry.
        ("部立台北醫院資訊室", "衛福部臺北醫院 資訊室"),
        ("衛生福利部桃園醫院資訊室", "資訊室（部立桃園醫院）"),
        ("偉信醫院資訊科技部", "Wai Shun Hospital, Information Technology Department"),
        ("石家庄市中心血站", "石家庄血站"),
        ("遵义市教育信息化中心", "遵义教育信息化中心"),
        ("唐山中心血站", "Tangshan Blood Center"),
        ("宜昌医科大学附属第三医院信息科", "Third Affil. Hosp. of Yichang Med. Univ., IT Dept."),
        ("宜昌市儿童医院检验科", "Clinical Lab, Yichang Children's Hospital"),
        // A university's hospital, however it is written.
        ("山西医科大学第一医院检验科", "山西医大一院 检验"),
        ("山西医科大学第一医院检验科", "Clinical Laboratory, First Hospital of Shanxi Medical University"),
        ("中国医科大学附属第一医院检验科", "中国医大一院临床检验中心"),
        ("华中科技大学同济医学院附属协和医院·化验室", "华中科技大学同济医学院附属协和医院 检验科"),
        // One department by its other names, in either language.
        ("桂林医学院附属医院眼科", "桂林医学院附属医院眼科中心"),
        ("襄阳市中心医院眼科门诊", "Xiangyang Central Hospital – Ophthalmology"),
        ("金华市中心医院消化内镜中心", "金华市中心医院胃镜室"),
        ("GI Endoscopy, Jiujiang No.1 People's Hospital", "九江市第一人民医院消化内镜中心"),
        ("陽明醫院-影像醫學部", "陽明醫院放射科"),
        ("深圳市人民医院影像科", "深圳市人医影像中心"),
        ("广东医科大学附属医院口腔科", "GDMU Affiliated Hospital – Stomatology"),
        ("Dentistry, Pingtung Christian Hospital", "屏東基督教醫院 牙科"),
        ("济南市中心医院信息中心", "济南中心医院 计算机中心"),
        ("Universiti Malaya Medical Centre Histo Lab", "马来亚大学医药中心病理部"),
        ("Sarawak General Hospital – Jabatan Radiologi", "Radiology, Sarawak General Hospital"),
        // A department no table knows, ended otherwise.
        ("泸州市疾病预防控制中心免疫规划所", "泸州市疾病预防控制中心免疫规划科"),
        // Kinds written otherwise: a university's general hospital (总院), an MCH hospital, a 醫學大學.
        ("宁医大总院眼科", "宁夏医科大学总医院眼科"), ("宁医大总院", "Ningxia Medical University Affiliated Hospital"),
        ("镇江市妇幼保健医院", "镇江妇幼医院"),
        ("Kaohsiung Medical University Chung-Ho Memorial Hospital, Laboratory", "高雄醫學大學附設中和紀念醫院 檢驗部"),
        // A hospital's laboratory, and a university of engineering, are no institution's kind or department.
        ("Qingxu County People's Hospital – Medical Laboratory", "Qingxu County Hospital - Clinical Lab"),
        ("Affiliated Hospital of Hebei University of Engineering", "河北工程大学附属医院影像科"),
        // A university written short both ways, or with a direction in English.
        ("山医大一院 检验", "山西医大一院"),
        ("昆医大一附院 医学检验科", "昆明医大一附院 检验科"),
        ("Southern Medical Univ. Nanfang Hospital (Clinical Lab)", "南方医科大学南方医院检验科"),
        // A department no table knows, written before its institution or after it; a computer centre.
        ("Sleep Medicine, Shenzhen TCM Hospital", "Shenzhen TCM Hospital, Sleep Medicine"),
        ("Taichung Univ. of Sci. & Tech., Computer Center", "台中科技大學計算機中心"),
        // A laboratory's words after the institution's name; a factory's equipment and power department.
        ("Caritas MC - Medical Laboratory", "Caritas Medical Center – Dept. of Laboratory Medicine"),
        ("南通博远设备动力部", "Nantong Boyuan Precision Machinery Co., Ltd. – Equipment Dept."),
        ("深圳市人民医院口腔门诊部", "深圳市人民医院"),
    ])
    func namesOfOneCustomerAgree(_ a: String, _ b: String) throws {
        let readings = try PinyinReadings.load()
        let conflict = InstitutionName.of(a).conflict(with: InstitutionName.of(b), pinyin: readings.keys(of:))
        #expect(conflict == nil, "\(a) / \(b): \(conflict ?? "")")
    }
}
