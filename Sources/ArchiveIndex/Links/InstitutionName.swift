import Foundation

/// What a customer's name says about which institution it is — its city, its number, its kind
/// and its department — read from Chinese (重庆市第二人民医院检验科, 一院检验科, 南京中医院放射科)
/// or English (Chongqing No.2 People's Hospital, Clinical Laboratory). Two names that both
/// state one of these and differ in it are never the same customer, however alike they look:
/// the No.1 and No.2 People's Hospitals of a city, a hospital's radiology and its laboratory,
/// a university of technology and a medical university, a hospital and a company.
struct InstitutionName: Hashable, Sendable {
    /// Chinese (重庆), or the English name's place word in lower case (chongqing).
    var city: String?
    var number: Int?
    /// Canonical Chinese kind: 人民医院, 中医医院, 妇幼保健院, 医院, 医科大学, 公司…
    var kind: String?
    /// Canonical Chinese department: 检验科, 放射科, 病理科, 信息科…
    var department: String?
    /// A hospital's campus or branch: 东 (东院区, East Campus), 仁爱 (仁愛院區), tamsui (Tamsui Branch).
    var campus: String?
    /// A company's branch, office or store by the place that names it, with its level
    /// (罗湖|支行 of 中国银行深圳罗湖支行, 朝阳|店 of 国美电器北京朝阳店): two branches of one bank
    /// or chain are two customers.
    var branch: String?
    /// A university's hospital named after it (山西医科大学第一医院, 南方医科大学南方医院): its
    /// kind is its university's, as the names that say only the university read, and it is a
    /// hospital as 附属医院 and 医院 are.
    var universityHospital = false
    /// A hospital of one speciality named by its place alone (安康市骨科医院, 安康骨科医院): the
    /// city's, as its 人民医院 is, and no private hospital with a name of its own (安康华山骨科医院).
    var namedByItsPlace = false

    /// Whether the words before the kind are the city's: a kind named after its city (人民医院,
    /// 中医医院…), or a name that is its place and its kind alone.
    var namedAfterItsCity: Bool { kind.map(Self.civicKinds.contains) == true || namedByItsPlace }

    /// Whether a name of this structure may be one of that structure's, by how each is named:
    /// a hospital named by its place alone is no hospital with a name of its own.
    func namedAlike(_ other: InstitutionName) -> Bool { !namedByItsPlace || other.namedByItsPlace }

    /// A hospital of a university, however it is read (附属医院, 中国医大一院, or named after its university).
    var isUniversityHospital: Bool { universityHospital || kind == "附属医院" }

    /// Whether two names state kinds that may be one institution's: the same kind, a generic
    /// kind of its family, or a hospital named after its university and an affiliated one.
    func kindFits(_ other: InstitutionName) -> Bool {
        guard let a = kind, let b = other.kind else { return true }
        if Self.compatible(a, b) { return true }
        let hospitals: Set<String> = ["医院", "附属医院"]
        return (universityHospital && hospitals.contains(b)) || (other.universityHospital && hospitals.contains(a))
    }

    var isEmpty: Bool { city == nil && number == nil && kind == nil && department == nil }

    static func of(_ name: String) -> InstitutionName {
        read.value(for: name) { RomanisedNames.mayBeRomanised($0) ? english($0) : chinese((try? Normalizer.nameKey($0)) ?? $0) }
    }

    /// Names read, remembered: a relink reads the same few thousand names for every document
    /// that writes them (reading each afresh was a quarter of linking's time).
    private static let read = Memo<InstitutionName>()

    // MARK: Chinese

    /// Kinds by what names write, longest first; several spellings share a canonical kind.
    static let chineseKinds: [(String, String)] = [
        ("疾病预防控制中心", "疾病预防控制中心"), ("中西医结合医院", "中西医结合医院"), ("妇幼保健医院", "妇幼保健院"), ("妇幼保健院", "妇幼保健院"),
        ("妇幼医院", "妇幼保健院"), ("附属医院", "附属医院"), ("医学大学", "医科大学"),
        ("检测技术有限公司", "检测技术公司"), ("医学检验实验室", "医学检验实验室"), ("医学检验所", "医学检验实验室"), ("医学化验所", "医学检验实验室"),
        ("临床检验中心", "医学检验实验室"), ("职业技术学院", "职业技术学院"),
        // A city's product quality inspection institute, however short (宝鸡市质检所): no CDC.
        ("产品质量检验所", "质量检验所"), ("产品质量监督检验所", "质量检验所"), ("质量检验所", "质量检验所"), ("质检所", "质量检验所"),
        // A city's food and drug inspection institute and its environmental monitoring station,
        // written short (岳阳食药检所, 岳阳市药检所; 龙岩生态监测站).
        // One institute however named, as many were renamed from 所 to 研究院.
        ("食品药品检验检测研究院", "食品药品检验所"), ("食品药品检验研究院", "食品药品检验所"), ("药品检验研究院", "食品药品检验所"),
        ("食药检院", "食品药品检验所"), ("药检院", "食品药品检验所"),
        ("食品药品检验所", "食品药品检验所"), ("食药检所", "食品药品检验所"), ("药品检验所", "食品药品检验所"), ("药检所", "食品药品检验所"),
        ("生态环境监测站", "生态环境监测站"), ("生态监测站", "生态环境监测站"),
        ("人民医院", "人民医院"), ("中医医院", "中医医院"), ("疾控中心", "疾病预防控制中心"), ("医科大学", "医科大学"),
        ("理工大学", "理工大学"), ("师范大学", "师范大学"), ("科技大学", "科技大学"), ("中心医院", "中心医院"),
        ("肿瘤医院", "肿瘤医院"), ("市立医院", "市立医院"),
        // Hospitals of one speciality: a city's kidney hospital is not its cancer hospital.
        ("肾病医院", "肾病医院"), ("骨科医院", "骨科医院"), ("口腔医院", "口腔医院"), ("眼科医院", "眼科医院"), ("胸科医院", "胸科医院"),
        ("传染病医院", "传染病医院"), ("妇产医院", "妇产医院"), ("康复医院", "康复医院"), ("红十字会医院", "红十字会医院"),
        ("急救中心", "急救中心"), ("精神卫生中心", "精神卫生中心"), ("儿童医院", "儿童医院"), ("中心血站", "血站"), ("血站", "血站"), ("有限公司", "公司"), ("中医院", "中医医院"), ("妇幼", "妇幼保健院"),
        ("疾控", "疾病预防控制中心"), ("cdc", "疾病预防控制中心"), ("人医", "人民医院"), ("医大", "医科大学"), ("理工大", "理工大学"), ("科大", "科技大学"),
        ("大学", "大学"), ("中学", "中学"), ("小学", "小学"), ("医院", "医院"), ("市医", "市立医院"), ("公司", "公司"),
        ("医检", "医学检验实验室"), ("科技", "公司"),
        // A dental clinic of its own, when no other kind is named (深圳市人民医院口腔门诊部 is the hospital's).
        ("口腔门诊部", "口腔诊所"), ("口腔诊所", "口腔诊所"), ("牙科诊所", "口腔诊所"), ("齿科", "口腔诊所"),
    ]

    /// Kinds named after their city (a 市人民医院, a 市妇幼保健院): the words before them are a place.
    static let civicKinds: Set<String> = ["人民医院", "中医医院", "妇幼保健院", "疾病预防控制中心", "中西医结合医院",
                                          "医科大学", "理工大学", "师范大学", "科技大学", "中心医院", "肿瘤医院", "市立医院", "中学", "部立医院",
                                          "儿童医院", "血站", "胸科医院", "传染病医院", "急救中心", "精神卫生中心",
                                          "质量检验所", "食品药品检验所", "生态环境监测站"]

    /// Kinds that name a city's own institute only after its place alone (宝鸡市质检所); after
    /// other words they are a department's or another trade's (林业局生态监测站, 湿地生态监测站).
    static let placedKinds: Set<String> = ["质量检验所", "食品药品检验所", "生态环境监测站"]

    /// Whether only a place, if anything, comes before `written` in `key` (宝鸡市, 江苏省扬州).
    static func onlyPlaceBefore(_ written: String, in key: String) -> Bool {
        guard let r = key.range(of: written) else { return false }
        let before = key[..<r.lowerBound].filter { $0 != "市" && $0 != "省" }
        if before.isEmpty || Places.shared.chinese[before] != nil { return true }
        return CompanyName.provinces.contains { before.hasPrefix($0) && Places.shared.chinese[String(before.dropFirst($0.count))] != nil }
    }

    static let chineseDepartments: [(String, String)] = [
        ("检验医学科", "检验科"), ("检验医学中心", "检验科"), ("检验医学部", "检验科"), ("网络中心", "信息科"), ("生命科学学院", "生命科学学院"), ("中心实验室", "中心实验室"), ("微生物检验科", "微生物检验科"), ("微生物检验所", "微生物检验科"), ("理化检验科", "理化检验科"), ("理化检验所", "理化检验科"), ("理化所", "理化检验科"), ("检验中心", "检验科"), ("检验科", "检验科"),
        ("放射科", "放射科"), ("影像科", "放射科"), ("临床病理科", "检验科"), ("病理科", "病理科"), ("病理室", "病理科"), ("病理中心", "病理科"),
        ("信息中心", "信息科"), ("信息科", "信息科"), ("信息化办公室", "信息科"), ("资讯科技中心", "信息科"),
        ("输血科", "输血科"), ("设备科", "设备科"), ("设备处", "设备科"), ("设备动力部", "设备科"), ("设备动力科", "设备科"), ("医学装备部", "设备科"), ("药剂科", "药剂科"),
        ("信息室", "信息科"), ("计算机中心", "信息科"), ("分析测试中心", "分析测试中心"),
        ("资讯科技部", "信息科"), ("资讯室", "信息科"), ("资讯中心", "信息科"), ("资讯部", "信息科"),
        // One department, as hospitals and companies name it otherwise.
        ("检验部", "检验科"), ("化验室", "化验室"), ("微生物室", "微生物检验科"), ("微生物科", "微生物检验科"), ("病理部", "病理科"),
        ("资讯管理部", "信息科"), ("资管部", "信息科"), ("资讯处", "信息科"), ("信息处", "信息科"), ("信息技术部", "信息科"),
        ("信息科技部", "信息科"), ("信息管理部", "信息科"), ("信息部", "信息科"), ("it部", "信息科"), ("现代教育技术中心", "信息科"), ("现教中心", "信息科"),
        // Facilities: the support services that keep a building and its power running.
        ("后勤保障部", "后勤"), ("后勤保障处", "后勤"), ("后勤部", "后勤"), ("后勤处", "后勤"), ("总务科", "后勤"), ("总务处", "后勤"),
        ("动力科", "后勤"), ("动力课", "后勤"), ("动力部", "后勤"), ("厂务部", "后勤"), ("厂务课", "后勤"), ("厂务处", "后勤"),
        // A manufacturer's quality control (its QC laboratory is the department, 质量控制部).
        ("质量控制部", "质量部"), ("质量管理部", "质量部"), ("质量部", "质量部"), ("品质部", "质量部"), ("品管部", "质量部"), ("质检部", "质量部"),
        ("qc实验室", "质量部"), ("qc部", "质量部"),
        ("工务室", "后勤"), ("工务组", "后勤"), ("工务科", "后勤"), ("设施工程部", "后勤"), ("设施管理部", "后勤"), ("工程部", "后勤"),
    ]

    /// Departments written without their 科, 室 or 部 (南通第一人民医院 检验, 贵州省医-后勤): one
    /// only after an institution's name, or alone.
    static let shortDepartments: [(String, String)] = [
        ("微生物", "微生物检验科"), ("检验", "检验科"), ("病理", "病理科"), ("放射", "放射科"), ("影像", "放射科"), ("后勤", "后勤"),
        ("厂务", "后勤"), ("动力", "后勤"), ("化验", "化验室"), ("输血", "输血科"),
    ]

    /// A clinical department by its other names, read only right after an institution's name
    /// (呼吸内镜中心 and 超声影像中心 are other departments): a hospital's eye centre or clinic is
    /// its ophthalmology, its gastroscopy room its endoscopy, its imaging centre its radiology.
    static let clinicalOtherNames: [(String, String)] = [
        ("眼科中心", "眼科"), ("眼科门诊", "眼科"), ("眼科", "眼科"), ("消化内镜中心", "内镜中心"), ("内窥镜中心", "内镜中心"),
        ("内镜中心", "内镜中心"), ("内镜室", "内镜中心"), ("胃镜室", "内镜中心"), ("影像医学部", "放射科"), ("影像医学科", "放射科"),
        ("医学影像中心", "放射科"), ("医学影像科", "放射科"), ("影像中心", "放射科"), ("口腔医学部", "口腔科"), ("口腔中心", "口腔科"),
        ("口腔科", "口腔科"), ("牙科部", "口腔科"), ("牙科", "口腔科"),
    ]

    /// Departments whose last words are another department's (临床检验中心 ends as 检验中心 does,
    /// 医学检验科 as 检验科): read whole after an institution's name; alone, 临床检验中心 is a
    /// laboratory of its own.
    static let departmentsAfterInstitution: [(String, String)] = [("临床检验中心", "检验科"), ("医学检验科", "检验科"), ("医学检验中心", "检验科")]

    /// Departments that may be any laboratory's (a Hong Kong hospital's 化驗室 is its pathology's).
    static let anyLaboratory: Set<String> = ["化验室"]
    static let laboratories: Set<String> = ["检验科", "病理科", "微生物检验科", "化验室"]

    /// The same department, or a laboratory that may be it.
    static func sameDepartment(_ a: String, _ b: String) -> Bool {
        if a == b || (anyLaboratory.contains(a) && laboratories.contains(b)) || (anyLaboratory.contains(b) && laboratories.contains(a)) { return true }
        // Departments no table knows, written with another ending (免疫规划所, 免疫规划科); a
        // field before them is another department (心脏超声室 is no 超声科).
        guard !knownDepartments.contains(a) || !knownDepartments.contains(b) else { return false }
        return departmentStem(a) == departmentStem(b)
    }

    /// A Chinese department's name without the words that end one (科, 室, 中心, 门诊…):
    /// 免疫规划 of 免疫规划所.
    static func departmentStem(_ department: String) -> String {
        var d = department
        while let end = ["中心", "门诊", "科", "室", "部", "所", "组", "处", "课"].first(where: { d.hasSuffix($0) && d.count - $0.count >= 2 }) {
            d = String(d.dropLast(end.count))
        }
        return d
    }

    /// The department a Chinese name ends with when written short: after a word that ends an
    /// institution (医院, 院, 人医, 院区, 中心, 学院, 集团, 公司), never a laboratory's own name (瑞铂医学检验).
    static func shortDepartment(endingOf rest: String, among departments: [(String, String)] = shortDepartments) -> (written: String, department: String)? {
        guard let (written, department) = departments.first(where: { rest.hasSuffix($0.0) }) else { return nil }
        let before = rest.dropLast(written.count)
        guard before.count >= 2, ["医院", "院", "人医", "院区", "中心", "学院", "大学", "集团", "公司", "省医", "市医"].contains(where: { before.hasSuffix($0) }),
              !before.hasSuffix("医学") else { return nil }
        return (written, department)
    }

    /// How Taiwan's ministry hospitals are prefixed (衛生福利部臺北醫院, 衛福部…, 部立…, 署立…).
    static let ministries = ["卫生福利部", "卫福部", "部立", "署立"]

    /// Separators people put between an institution and its department.
    static let separators = CharacterSet(charactersIn: " -–—_/·・()（）")

    static let numerals: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]

    /// A Taiwanese foundation's hospital as people shorten it: 財團法人慈恩紀念醫院 is written
    /// 慈恩醫院 as often (the foundation and "memorial" left out). Other keys are unchanged.
    static func shortForm(_ key: String) -> String {
        var k = key
        // Whatever comes before the foundation is its name, not the hospital's (長庚醫療財團法人林口長庚紀念醫院).
        if let r = ["医疗财团法人", "医疗社团法人", "财团法人", "社团法人"].lazy.compactMap({ k.range(of: $0) }).first,
           k.distance(from: r.upperBound, to: k.endIndex) >= 3 {
            k = String(k[r.upperBound...])
        }
        if let r = k.range(of: "纪念医院"), k.distance(from: k.startIndex, to: r.lowerBound) >= 2 {
            k.replaceSubrange(r, with: "医院")
        }
        return k
    }

    /// Reads a folded Chinese name key.
    static func chinese(_ key: String) -> InstitutionName {
        var n = InstitutionName()
        n.branch = branch(ofKey: key)
        var rest = mainCampusDropped(affiliatedHospital(shortForm(key)))
        if let (campus, without) = campus(ofKey: rest) {
            n.campus = campus
            rest = without
        }
        // Taiwan's ministry hospitals: 衛生福利部臺北醫院, 衛福部臺北醫院 and 部立臺北醫院 are the
        // hospital of 臺北, named by its place; the ministry is no part of the place.
        let ministry = ministries.first { rest.hasPrefix($0) }
        if let ministry { rest = String(rest.dropFirst(ministry.count)) }
        if let (written, dept) = shortDepartment(endingOf: rest, among: departmentsAfterInstitution)
            ?? shortDepartment(endingOf: rest, among: clinicalOtherNames)
            ?? chineseDepartments.first(where: { rest.hasSuffix($0.0) }) ?? shortDepartment(endingOf: rest) {
            n.department = dept
            rest = String(rest.dropLast(written.count))
        }
        // Named by its place alone, which may read like a kind (臺中醫院 is no 中醫院), with the
        // ministry written or not.
        if let r = rest.range(of: "医院"), (2...3).contains(rest.distance(from: rest.startIndex, to: r.lowerBound)),
           ministry != nil || (rest[..<r.lowerBound].hasSuffix("中") && Places.shared.chinese[String(rest[..<r.lowerBound])] != nil) {
            n.city = String(rest[..<r.lowerBound])
            n.kind = ministry != nil ? "部立医院" : "医院"
            let after = rest[r.upperBound...].trimmingCharacters(in: separators)
            if n.department == nil, after.count >= 2 { n.department = department(startingWith: after) }
            return n
        }
        // The number: 第二(人民医院), or 二院 / 市一院 for the city's N-th People's Hospital.
        var numberAt: String.Index?
        if let r = rest.range(of: "第"), let v = numeral(rest[r.upperBound...]) {
            n.number = v.value
            numberAt = r.lowerBound
        } else if let r = rest.range(of: "院"), r.lowerBound > rest.startIndex {
            var start = r.lowerBound
            while start > rest.startIndex, numerals[rest[rest.index(before: start)]] != nil { start = rest.index(before: start) }
            // A group's hospitals are named after it (東華三院東華醫院, 東華三院廣華醫院): its 三院 is
            // no city's Third People's Hospital.
            if start < r.lowerBound, !rest[r.upperBound...].contains("医院"), let v = numeral(rest[start..<r.lowerBound]) {
                n.number = v.value
                // A university's N-th hospital said short (中国医大一院, 山西医大二院) is its
                // affiliated hospital, no city's People's Hospital.
                n.kind = ["医大", "大学"].contains(where: { rest[..<start].hasSuffix($0) }) ? "附属医院" : "人民医院"
                numberAt = start
            }
        }
        var kindAt: String.Index?, universityHospital = false
        if n.kind == nil, let (written, kind) = chineseKinds.first(where: { rest.contains($0.0) && (!placedKinds.contains($0.1) || onlyPlaceBefore($0.0, in: rest)) }),
           let r = rest.range(of: written) {
            n.kind = kind
            kindAt = r.lowerBound
            // What follows the institution is its department, known or not (贵重仪器中心).
            // A known department at its start wins (生命科学学院B402公共仪器平台); a room or a
            // number ends it.
            let after = String(rest[r.upperBound...].trimmingCharacters(in: separators).prefix { !$0.isNumber && !$0.isASCII })
            // A legal form after it (医学检验实验室有限公司) is no department.
            if universityKinds.contains(kind), ["医院", "总院"].contains(where: rest[r.upperBound...].contains) {
                // A university's hospital (山西医科大学第一医院, 华中科技大学同济医学院附属协和医院):
                // what follows the university names the hospital, not a department.
                universityHospital = true
            } else if n.department == nil, after.count >= 2, !kind.hasSuffix("公司"), !["有限", "股份", "公司"].contains(where: { after.hasPrefix($0) }) {
                n.department = department(startingWith: after)
            }
        }
        // The city: before 市/县/区, else before the number, else before a civic kind.
        if let r = rest.range(of: "市") ?? rest.range(of: "县"), rest.distance(from: rest.startIndex, to: r.lowerBound) >= 2 {
            n.city = String(rest[..<r.lowerBound])
            // A county after its city (宜昌市秭归县) is the place, as 宜昌秭归县 writes it.
            if rest[r] == "市", let county = rest[r.upperBound...].range(of: "县"),
               (2...3).contains(rest.distance(from: r.upperBound, to: county.lowerBound)),
               !(kindAt.map { $0 < county.lowerBound } ?? false) {
                n.city! += rest[r.upperBound..<county.lowerBound]
            }
        } else if let at = numberAt ?? (n.kind.map { civicKinds.contains($0) } == true ? kindAt : nil),
                  rest.distance(from: rest.startIndex, to: at) >= 2 {
            n.city = String(rest[..<at])
        }
        // A place the name starts with, though no 市 follows it (泉州地铁集团, 南昌海关技术中心,
        // 石家庄血站): one of the dictionary's cities and counties.
        // Not a memorial hospital's name that is a place's too (中和紀念醫院 is no hospital of 中和;
        // 林口長庚紀念醫院 is 長庚's of 林口).
        if n.city == nil, let place = leadingPlace(rest), !isMemorialName(place, in: key) { n.city = place }
        // A province is a place as a city is (广东省人民医院: Guangdong).
        if let c = n.city, c.count > 2, c.hasSuffix("省") { n.city = String(c.dropLast()) }
        n.universityHospital = universityHospital
        // A hospital of one speciality whose place is all it says before its kind (a hospital
        // of no speciality, 仁和医院 or 博爱医院, may bear a place's name as a brand).
        if n.number == nil, let kind = n.kind, !civicKinds.contains(kind), kind.hasSuffix("医院"), !["医院", "附属医院", "部立医院"].contains(kind),
           let at = kindAt, let city = n.city {
            let unplaced = { (s: Substring) in s.filter { !"市县省区".contains($0) } }
            n.namedByItsPlace = unplaced(rest[..<at]) == unplaced(Substring(city))
        }
        return n
    }

    /// Kinds of universities, whose hospitals are named after them.
    static let universityKinds: Set<String> = ["医科大学", "大学", "科技大学", "理工大学", "师范大学"]
    /// How a university's name ends, longest first (医大 for 医科大学, as 中国医大 writes it).
    static let universityEndings = (universityKinds.union(["医大"])).sorted { $0.count > $1.count }

    /// A hospital's main campus (南阳市中心医院（本部）, 主院区) is the hospital as a name without
    /// a campus means it, not a campus of its own beside the others (东院区).
    static func mainCampusDropped(_ key: String) -> String {
        guard key.contains("院本部") || key.contains("主院区") else { return key }
        return key.replacingOccurrences(of: "院本部", with: "院").replacingOccurrences(of: "主院区", with: "")
    }

    /// A campus or branch a folded name states, and the name without it: 东院区, （东院） after a
    /// hospital's number, 仁爱院区, 淡水分院.
    static func campus(ofKey key: String) -> (campus: String, without: String)? {
        // Most names state no campus: a regex literal is parsed again each time it is met,
        // which was half of linking's time when every name went through it.
        guard key.contains("院区") || key.contains("分院") || ["院东院", "院西院", "院南院", "院北院"].contains(where: key.contains) else { return nil }
        if let m = key.firstMatch(of: #/([东西南北]|[^院区市县]{2})院区(?!域)/#) {
            var without = key
            without.removeSubrange(m.range)
            return (String(m.1), without)
        }
        // After a hospital (一院东院, 医院淡水分院): the hospital's 院 is kept.
        if let m = key.firstMatch(of: #/院([东西南北])院/#) ?? key.firstMatch(of: #/医院([^院区]{2})分院/#) {
            var without = key
            without.removeSubrange(key.index(after: m.range.lowerBound)..<m.range.upperBound)
            return (String(m.1), without)
        }
        return nil
    }

    /// Directions a campus is named by, in English.
    static let campusDirections = ["east": "东", "west": "西", "south": "南", "north": "北", "eastern": "东", "western": "西",
                                   "southern": "南", "northern": "北"]

    /// Whether this name states a campus the other leaves out (山东省立医院东院 beside 山东省立医院):
    /// a campus is named when it is meant, so the other is not it.
    func statesCampus(missingFrom other: InstitutionName) -> Bool { campus != nil && other.campus == nil }

    static func sameCampus(_ a: String, _ b: String, pinyin: ((String) -> Set<String>)?) -> Bool {
        a == b || samePlace(a, b, pinyin: pinyin)
    }

    /// A folded Chinese name's own part: what comes before the first word of a kind (东华三院东华
    /// of 东华三院东华医院资讯科技部); the whole key when it has none, or is English.
    static func ownPart(_ key: String) -> String {
        guard key.unicodeScalars.contains(where: Normalizer.isCJK) else { return key }
        let starts = chineseKinds.compactMap { key.range(of: $0.0)?.lowerBound }
        guard let first = starts.min() else { return key }
        return String(key[..<first])
    }

    /// What follows an institution's name, as a department: a known one at its start, else as written.
    static func department(startingWith after: String) -> String {
        chineseDepartments.first { after.hasPrefix($0.0) }?.1 ?? (shortDepartments + clinicalOtherNames).first { $0.0 == after }?.1 ?? after
    }

    /// Whether a place's name is, in this folded key, a memorial hospital's name (中和 of 中和纪念医院).
    static func isMemorialName(_ place: String, in key: String) -> Bool { key.contains(place + "纪念") }

    /// The city or county a name starts with, by the dictionary (the longest that fits).
    static func leadingPlace(_ key: String) -> String? {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 4 else { return nil }
        for n in stride(from: min(4, scalars.count - 2), through: 2, by: -1) {
            let place = String(scalars: scalars[0..<n])
            if Places.shared.chinese[place] != nil { return place }
        }
        return nil
    }

    /// A university's N-th affiliated hospital, however it is written (附属第三医院,
    /// 第三附属医院, 三附院, 附三院), as 第三附属医院: one number, one kind, and the university before it.
    static func affiliatedHospital(_ key: String) -> String {
        guard key.contains("附") else { return key }
        return key.replacing(#/附属第([一二三四五六七八九十]{1,3})医院/#) { "第\($0.1)附属医院" }
            .replacing(#/([一二三四五六七八九十]{1,3})附院/#) { "第\($0.1)附属医院" }
            .replacing(#/附([一二三四五六七八九十]{1,3})院/#) { "第\($0.1)附属医院" }
            .replacing("医大第", with: "医科大学第")
    }

    /// A Chinese name that says only the kind, number or department (市中医院放射科, 一院,
    /// 市妇幼): nothing but 市/县/省 before them, so every city has one.
    static func isBare(_ key: String) -> Bool {
        let rest = key.drop { "市县省区".contains($0) }
        if let first = rest.first, numerals[first] != nil || first == "第" { return true }
        // A school of a university (医学院) or a company's department (运维部) without the name of either.
        return chineseKinds.contains { rest.hasPrefix($0.0) } || chineseDepartments.contains { rest.hasPrefix($0.0) }
            || shortDepartments.contains { rest == $0.0 }
            || rest.hasPrefix("医学院") || CompanyName.departments.contains { rest.hasPrefix($0) }
            || CompanyName.isWorkshop(String(rest))
            || departmentsEveryoneHas.contains(String(rest))
    }

    /// Names that are only a department's, one every hospital or company has (眼科, 口腔科,
    /// 消化内镜中心, 仓储部, 充电运维部), beyond those the department tables list; a brand before
    /// a department (嘉诺数据中心) is a name.
    static let departmentsEveryoneHas: Set<String> = [
        "眼科", "口腔科", "内科", "外科", "儿科", "妇科", "产科", "妇产科", "耳鼻喉科", "皮肤科", "急诊科", "麻醉科", "骨科", "心内科",
        "神经内科", "呼吸科", "消化科", "血液科", "肿瘤科", "核医学科", "超声科", "心电图室", "手术室", "护理部", "医务科", "医务处",
        "药学部", "康复科", "体检中心", "内镜中心", "内镜室", "消化内镜中心", "透析室", "血透室", "血液透析中心", "供应室",
        "消毒供应中心", "重症医学科", "门诊部", "急诊部",
        "仓储部", "仓储课", "运营部", "运营管理部", "行政部", "采购部", "生产部", "质量部", "品管部", "物流部", "维修部", "机电部",
        "保卫部", "充电运维部",
    ]

    /// A Chinese numeral (一 … 十九) or digits at the start of text, and its length.
    static func numeral(_ text: Substring) -> (value: Int, length: Int)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let v = Int(digits) { return (v, digits.count) }
        let chars = Array(text.prefix { numerals[$0] != nil }.prefix(3))
        guard !chars.isEmpty else { return nil }
        let values = chars.map { numerals[$0]! }
        switch values.count {
        case 1: return (values[0], 1)
        case 2 where values[0] == 10: return (10 + values[1], 2)
        case 2 where values[1] == 10: return (values[0] * 10, 2)
        default: return values.count >= 3 && values[1] == 10 ? (values[0] * 10 + values[2], 3) : (values[0], 1)
        }
    }

    // MARK: English

    static let englishKinds: [([String], String)] = [
        (["affiliated", "hospital"], "附属医院"), (["affiliated", "hosp"], "附属医院"), (["affil", "hosp"], "附属医院"), (["affil", "hospital"], "附属医院"),
        (["center", "for", "disease", "control"], "疾病预防控制中心"), (["centre", "for", "disease", "control"], "疾病预防控制中心"),
        (["hospital", "of", "traditional", "chinese", "medicine"], "中医医院"), (["traditional", "chinese", "medicine", "hospital"], "中医医院"),
        (["hospital", "of", "tcm"], "中医医院"), (["medical", "univ"], "医科大学"), (["med", "univ"], "医科大学"), (["med", "university"], "医科大学"),
        (["university", "of", "science", "and", "technology"], "科技大学"), (["univ", "of", "technology"], "理工大学"),
        (["blood", "station"], "血站"), (["blood", "center"], "血站"), (["blood", "centre"], "血站"),
        (["childrens", "hospital"], "儿童医院"), (["children", "hospital"], "儿童医院"), (["childrens", "hosp"], "儿童医院"),
        (["central", "hospital"], "中心医院"), (["cancer", "hospital"], "肿瘤医院"), (["tumour", "hospital"], "肿瘤医院"),
        (["tumor", "hospital"], "肿瘤医院"), (["municipal", "hospital"], "市立医院"),
        (["maternal", "and", "child", "health"], "妇幼保健院"), (["maternal", "child", "health"], "妇幼保健院"), (["mch"], "妇幼保健院"),
        (["testing", "technology"], "检测技术公司"), (["medical", "laboratory"], "医学检验实验室"), (["med", "lab"], "医学检验实验室"),
        (["medical", "lab"], "医学检验实验室"), (["clinical", "laboratories"], "医学检验实验室"), (["medical", "university"], "医科大学"),
        (["university", "of", "technology"], "理工大学"), (["normal", "university"], "师范大学"), (["vocational", "college"], "职业技术学院"),
        (["people", "s", "hospital"], "人民医院"), (["peoples", "hospital"], "人民医院"), (["people", "hospital"], "人民医院"),
        (["people", "s", "hosp"], "人民医院"), (["peoples", "hosp"], "人民医院"), (["city", "hospital"], "市立医院"), (["univ", "of", "sci"], "科技大学"),
        (["univ", "of", "tech"], "理工大学"), (["univ"], "大学"), (["hosp"], "医院"),
        (["tcm", "hospital"], "中医医院"), (["cdc"], "疾病预防控制中心"), (["middle", "school"], "中学"), (["university"], "大学"),
        (["hospital"], "医院"), (["dental", "clinic"], "口腔诊所"), (["dental", "surgery"], "口腔诊所"), (["dental", "practice"], "口腔诊所"), (["technology"], "公司"), (["co"], "公司"), (["corp"], "公司"), (["ltd"], "公司"), (["inc"], "公司"),
    ]

    static let englishDepartments: [([String], String)] = [
        (["histo", "lab"], "病理科"), (["histopathology"], "病理科"), (["path", "lab"], "病理科"), (["micro", "lab"], "微生物检验科"), (["micro"], "微生物检验科"), (["lab", "med"], "检验科"),
        (["network"], "信息科"), (["transfusion"], "输血科"),
        (["clinical", "laboratory"], "检验科"), (["clinical", "lab"], "检验科"), (["laboratory", "department"], "检验科"),
        (["department", "of", "laboratory"], "检验科"), (["central", "laboratory"], "中心实验室"), (["radiology"], "放射科"),
        (["imaging"], "放射科"), (["pathology"], "病理科"), (["information", "department"], "信息科"), (["information", "center"], "信息科"),
        (["information", "technology"], "信息科"), (["it", "department"], "信息科"), (["it", "dept"], "信息科"), (["it", "office"], "信息科"), (["information", "office"], "信息科"),
        (["school", "of", "life", "sciences"], "生命科学学院"), (["blood", "transfusion"], "输血科"),
        (["central", "lab"], "中心实验室"), (["laboratory", "medicine"], "检验科"), (["equipment", "department"], "设备科"),
        (["equipment", "dept"], "设备科"), (["medical", "equipment"], "设备科"), (["computer", "center"], "信息科"),
        (["computer", "centre"], "信息科"), (["analysis", "testing"], "分析测试中心"), (["analysis", "and", "testing"], "分析测试中心"),
        (["instrumental", "analysis"], "分析测试中心"), (["computing", "center"], "信息科"), (["computing", "centre"], "信息科"),
        (["precision", "instrument"], "贵重仪器中心"), (["core", "instrument"], "贵重仪器中心"), (["biomedical", "engineering"], "设备科"),
        (["microbiology"], "微生物检验科"), (["physical", "chemical"], "理化检验科"),
        (["ophthalmology"], "眼科"), (["eye", "dept"], "眼科"), (["eye", "department"], "眼科"), (["eye", "centre"], "眼科"),
        (["eye", "center"], "眼科"), (["endoscopy"], "内镜中心"), (["stomatology"], "口腔科"), (["dentistry"], "口腔科"),
        (["dental"], "口腔科"), (["jabatan", "radiologi"], "放射科"), (["jabatan", "patologi"], "病理科"), (["jabatan", "oftalmologi"], "眼科"),
        (["information", "management"], "信息科"), (["im", "dept"], "信息科"), (["it", "services"], "信息科"), (["it", "ops"], "信息科"),
        (["it"], "信息科"), (["its"], "信息科"), (["facilities"], "后勤"), (["facility"], "后勤"), (["fm"], "后勤"),
        (["lab"], "检验科"), (["laboratory"], "检验科"), (["engineering"], "后勤"),
    ]

    /// Words before `lab` or `laboratory` that make it an institution's kind (`Hongjun Med Lab`), not a department.
    static let laboratoryKindWords: Set<String> = ["med", "medical", "clinical", "path", "micro", "central", "diagnostic", "diagnostics", "testing"]

    /// The departments the tables name (a name's words after its institution may be another one's school).
    static let knownDepartments = Set(chineseDepartments.map(\.1) + clinicalOtherNames.map(\.1) + englishDepartments.map(\.1))

    /// Departments as Chinese names write them, an institution's (检验医学科) or a company's (资讯部).
    static let departmentsAsWritten = chineseDepartments.map(\.0) + CompanyName.departments
    static let departmentAsWritten = Set(departmentsAsWritten)

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
    ]

    static func english(_ name: String) -> InstitutionName {
        var n = InstitutionName()
        // `Xi'an` is one word; `People's` is `peoples`.
        let plain = name.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
        let words = plain.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        // The parts set off by commas, dashes or brackets, and the word each starts at.
        let parts = plain.components(separatedBy: CharacterSet(charactersIn: ",()–—")).flatMap { $0.components(separatedBy: " - ") }
        let partWords = parts.map { $0.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init) }
        var partStarts: [Int] = [], wordCount = 0
        for w in partWords {
            partStarts.append(wordCount)
            wordCount += w.count
        }
        func find(_ phrase: [String]) -> Int? {
            guard phrase.count <= words.count else { return nil }
            return (0...(words.count - phrase.count)).first { Array(words[$0..<($0 + phrase.count)]) == phrase }
        }
        // `East Campus`, `Renai Branch`: the word before.
        if let i = words.firstIndex(where: { $0 == "campus" || $0 == "branch" }), i > 0 {
            n.campus = campusDirections[words[i - 1]] ?? words[i - 1]
        }
        var departmentAt: Int?, departmentLength = 0
        for (phrase, dept) in englishDepartments {
            guard let i = find(phrase) else { continue }
            // `Med Lab`, `Clinical Laboratories`: a kind of institution, not its department.
            if phrase.count == 1, ["lab", "laboratory"].contains(phrase[0]), i > 0, laboratoryKindWords.contains(words[i - 1]) { continue }
            // `Hebei University of Engineering`: the field a university is of names it.
            if i >= 2, words[i - 1] == "of", ["university", "univ", "institute", "college", "school"].contains(words[i - 2]) { continue }
            // `Anlan Dental Clinic` is a clinic of its own, not a hospital's dental department.
            if phrase == ["dental"], i + 1 < words.count, ["clinic", "surgery", "practice"].contains(words[i + 1]) { continue }
            // `Kunming Dental Hospital`, `Hospital of Stomatology`: a dental hospital of its own.
            if ["dental", "stomatology", "stomatological"].contains(phrase[0]), phrase.count == 1,
               (i + 1 < words.count && ["hospital", "hosp"].contains(words[i + 1])) || (i >= 2 && words[i - 1] == "of" && ["hospital", "hosp"].contains(words[i - 2])) { continue }
            // Another field's endoscopy (`Respiratory Endoscopy`) is another department.
            if phrase == ["endoscopy"], i > 0, ["respiratory", "bronchial", "pulmonary", "urology", "urological", "ent"].contains(words[i - 1]) { continue }
            n.department = dept
            departmentAt = i
            departmentLength = phrase.count
            break
        }
        var kindAt: Int?, kindLength = 1
        for (phrase, kind) in englishKinds {
            // `Qilan Medical Laboratory, Clinical Laboratory`: a department's words are no kind.
            if let i = find(phrase), departmentAt.map({ !(i >= $0 && i < $0 + 2) }) ?? true { n.kind = kind; kindAt = i; kindLength = phrase.count; break }
        }
        // A hospital's laboratory (`Qingxu County People's Hospital – Medical Laboratory`): the
        // hospital is the institution, its laboratory a department.
        if n.kind == "医学检验实验室", let lab = kindAt,
           let (i, phrase, kind) = englishKinds.lazy.compactMap({ p, k in find(p).map { ($0, p, k) } }).first(where: { $0.0 < lab && $0.2.hasSuffix("医院") }) {
            n.kind = kind
            kindAt = i
            kindLength = phrase.count
            if n.department == nil { n.department = "检验科"; departmentAt = lab; departmentLength = 2 }
        }
        var numberAt: Int?
        for (i, w) in words.enumerated() {
            if let v = ordinals[w] { n.number = v; numberAt = i; break }
            if w == "no", i + 1 < words.count, let v = Int(words[i + 1]) { n.number = v; numberAt = i; break }
            if w.hasPrefix("no"), let v = Int(w.dropFirst(2)) { n.number = v; numberAt = i; break }
        }
        // The place: the words right before the number, or before a civic kind, after any
        // department written first (`Dept. of Radiology, Wuxi Municipal Hospital of TCM`).
        let civic = n.kind.map { civicKinds.contains($0) } ?? false
        if let end = numberAt ?? (civic ? kindAt : nil), end > 0 {
            // Only words of the institution's own part (`Sleep Medicine, Shenzhen TCM Hospital`).
            var start = partStarts.last { $0 <= end } ?? 0
            if let d = departmentAt, d < end {
                start = max(start, min(end, d + departmentLength))
            }
            var place = words[start..<end].filter { !RomanisedNames.generic.contains($0) && !["dept", "department"].contains($0) }
            // A place set off before it (`Foshan, First People's Hospital`): the part before, all place.
            if place.isEmpty, let k = partStarts.lastIndex(where: { $0 <= end }), k > 0, departmentAt.map({ $0 >= end }) ?? true {
                let before = partWords[k - 1].filter { !RomanisedNames.generic.contains($0) }
                if !before.isEmpty, before.allSatisfy({ Places.shared.romanised.contains($0) }) { place = before }
            }
            if !place.isEmpty { n.city = place.joined() }
        }
        // `Hospital of Kunming`, `CDC Hangzhou`: a place after the kind.
        if n.city == nil, civic, let k = kindAt {
            let after = words[min(words.count, k + kindLength)...].drop { RomanisedNames.generic.contains($0) }
            if let w = after.first, !["dept", "department"].contains(w),
               !englishDepartments.contains(where: { $0.0.first == w }) { n.city = w }
        }
        // Taiwan's ministry hospitals (`MOHW Taichung Hospital`, `Tainan Hospital, Ministry of
        // Health and Welfare`), as 衛生福利部臺中醫院: named by the place before `Hospital`.
        if n.kind == "医院", let k = kindAt, words.contains("mohw") || find(["ministry", "of", "health"]) != nil,
           let place = words[..<k].last(where: { !["mohw", "ministry", "of", "health", "and", "welfare"].contains($0) && !RomanisedNames.generic.contains($0) }) {
            n.kind = "部立医院"
            n.city = place
        }
        // A university's hospital (`First Hospital of Shanxi Medical University`).
        if let kind = n.kind, universityKinds.contains(kind), words.contains(where: { $0 == "hospital" || $0 == "hosp" }) {
            n.universityHospital = true
        }
        // A university's hospital is placed by its university (`Third Affil. Hosp. of Yichang
        // Med. Univ.`), as 宜昌医科大学第三附属医院 is by 宜昌.
        if n.city == nil, n.isUniversityHospital, let u = words.firstIndex(where: { $0 == "university" || $0 == "univ" }),
           let w = words[..<u].last(where: { !RomanisedNames.generic.contains($0) }) {
            n.city = w
        }
        // A part set off by a comma, dash or brackets that names no known department is a
        // department still (`Shenzhen TCM Hospital, Biomedical Engineering`): kept as written,
        // so it never joins the hospital's other departments.
        if n.department == nil, let kind = n.kind, !kind.hasSuffix("公司") {
            // The institution is the part with its kind, first or not (`GI Unit, Jiujiang No.1
            // People's Hospital`); the department is another.
            // A laboratory's words after a name (`Caritas MC - Medical Laboratory`) are its
            // department's, not the institution's: the name before them is the institution.
            let institution = kind == "医学检验实验室" ? 0 : kindAt.flatMap { k in partStarts.lastIndex { $0 <= k } } ?? 0
            // A group or foundation written first (`Chang Gung Medical Foundation, Linkou …`) is no department.
            let organisations: Set<String> = ["foundation", "group", "hospitals", "authority", "corporation", "holdings"]
            for (index, part) in parts.enumerated() where index != institution && !part.contains("campus") && !part.contains("branch")
                && partWords[index].allSatisfy({ !organisations.contains($0) }) {
                let w = partWords[index].filter { !RomanisedNames.generic.contains($0) && !["dept", "department", "china", "prc"].contains($0) && $0 != n.city }
                if !w.isEmpty, !Places.shared.romanised.contains(w.joined()) { n.department = w.joined(separator: " "); break }
            }
        }
        // A place that starts the institution's own part, when nothing else placed it (`…,
        // Linkou Chang Gung Memorial Hospital`): which of its group's hospitals, as a campus is.
        if n.city == nil, n.campus == nil, let k = kindAt, n.kind?.hasSuffix("公司") == false,
           let p = partStarts.lastIndex(where: { $0 <= k }), partWords[p].count > 1, let first = partWords[p].first,
           Places.shared.romanised.contains(first) {
            n.campus = first
        }
        return n
    }

    // MARK: comparing

    /// How many of city, number, kind and department the name states.
    var stated: Int { [city != nil, number != nil, kind != nil, department != nil].filter { $0 }.count }

    /// Whether name a says more of its institution than b, to be the customer's name: more
    /// parts; else Chinese over English; else longer, in the same script.
    static func statesMore(_ a: String, than b: String) -> Bool {
        let x = of(a).stated, y = of(b).stated
        if x != y { return x > y }
        let aLatin = RomanisedNames.mayBeRomanised(a), bLatin = RomanisedNames.mayBeRomanised(b)
        if aLatin != bLatin { return bLatin }
        return a.count > b.count
    }

    /// The first thing two names disagree on, or nil. `pinyin` gives the readings of Chinese
    /// text, to compare an English place with a Chinese one; without it such places are not compared.
    func conflict(with other: InstitutionName, pinyin: ((String) -> Set<String>)? = nil) -> String? {
        if let a = number, let b = other.number, a != b { return "number \(a) ≠ \(b)" }
        // A city's People's Hospital is not its First (市人民医院, 市第一人民医院).
        if kind == "人民医院", other.kind == "人民医院", (number == nil) != (other.number == nil) {
            return "number \(number.map(String.init) ?? "none") ≠ \(other.number.map(String.init) ?? "none")"
        }
        // Nor is a numbered hospital (第三医院, Datong Third Hosp.) a hospital of a kind that
        // states no number (中医医院, 妇幼保健院). (A number after such a kind may be a ward's:
        // 中医院第三病区 is the TCM hospital's.)
        if (number == nil) != (other.number == nil), case let (numbered, plain) = number != nil ? (self, other) : (other, self),
           let k = plain.kind, k.hasSuffix("医院") || k.hasSuffix("保健院"), !["医院", "附属医院", "人民医院"].contains(k), !plain.universityHospital,
           numbered.kind.map({ ["医院", "人民医院"].contains($0) }) ?? true {
            return "number \(numbered.number!) ≠ none of \(k)"
        }
        if let a = department, let b = other.department, !Self.sameDepartment(a, b) { return "department \(a) ≠ \(b)" }
        if let a = kind, let b = other.kind, !kindFits(other) { return "kind \(a) ≠ \(b)" }
        if let a = campus, let b = other.campus, !Self.sameCampus(a, b, pinyin: pinyin) { return "campus \(a) ≠ \(b)" }
        if let a = city, let b = other.city, !Self.samePlace(a, b, pinyin: pinyin) { return "city \(a) ≠ \(b)" }
        if let a = branch, let b = other.branch, a != b { return "branch \(a) ≠ \(b)" }
        return nil
    }

    /// Words that end a branch's, an office's or a store's name, longest first, with the level
    /// each states; 店 only after no word of a trade's own (酒店, 药店 and 书店 name a brand's business).
    static let branchWords: [(String, String)] = [
        ("旗舰店", "店"), ("专卖店", "店"), ("分店", "店"), ("门店", "店"), ("店", "店"), ("支行", "支行"), ("分行", "分行"),
        ("营业部", "营业部"), ("营业所", "营业部"), ("分理处", "分理处"), ("储蓄所", "分理处"),
    ]
    static let shopTrades: Set<Character> = ["酒", "饭", "商", "书", "花", "客", "药", "利", "镜", "锅", "金", "旅", "卖", "舰", "门", "分"]
    /// Words of a trade, not of a place, before an office (证券营业部).
    static let officeTrades: Set<String> = ["证券", "期货", "保险", "信托", "银行"]

    /// The branch a folded Chinese name states: a branch word at its end, or before a
    /// department (工商银行宛城支行科技部) or the branch's office (罗湖支行营业部), and the two
    /// characters before it (a district's 区 or 县 left out), which name the branch in any
    /// writing of it (宛城 of 中国工商银行南阳宛城区支行); at least two characters of the brand
    /// before them (华为专卖店 is a brand's store, no branch). A 店 inside a place (张店区, 王店镇)
    /// is none.
    static func branch(ofKey key: String) -> String? {
        let chars = Array(key)
        var found: [(end: Int, start: Int, level: String)] = []
        for (word, level) in branchWords {
            let w = Array(word)
            for i in stride(from: chars.count - w.count, through: 4, by: -1) where Array(chars[i..<(i + w.count)]) == w {
                if word == "店", shopTrades.contains(chars[i - 1]) { continue }
                if !found.contains(where: { $0.end == i + w.count }) { found.append((i + w.count, i, level)) }
            }
        }
        // Latest first; what follows must be nothing, a department, or an office.
        for (end, start0, level) in found.sorted(by: { $0.end > $1.end }) {
            let after = String(chars[end...])
            guard after.isEmpty || after.hasPrefix("营业部") || (after.count <= 6 && ["部", "科", "处", "室", "中心", "组", "课"].contains(where: after.hasSuffix)
                    && !after.contains(where: { "区县镇乡村院".contains($0) })) else { continue }
            var start = start0
            if "区县市镇".contains(chars[start - 1]) { start -= 1 }
            guard start >= 4 else { continue }
            let name = String(chars[(start - 2)..<start])
            guard name.unicodeScalars.allSatisfy(Normalizer.isCJK), !name.contains("行"), !officeTrades.contains(name) else { continue }
            return name + "|" + level
        }
        return nil
    }

    /// The same kind, or a generic kind of its family (医院 for any hospital, 公司 for any company).
    static func compatible(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        return (hospitalKinds.contains(a) && hospitalKinds.contains(b) && (a == "医院" || b == "医院"))
            || (companyKinds.contains(a) && companyKinds.contains(b) && (a == "公司" || b == "公司"))
    }
    private static let hospitalKinds: Set<String> = ["医院", "附属医院", "人民医院", "中医医院", "妇幼保健院", "中西医结合医院", "中心医院", "肿瘤医院", "市立医院", "部立医院", "儿童医院",
                                                     "肾病医院", "骨科医院", "口腔医院", "眼科医院", "胸科医院", "传染病医院", "妇产医院", "康复医院", "红十字会医院"]
    private static let companyKinds: Set<String> = ["公司", "检测技术公司"]

    /// Whether a university or a region is written short, as people say it: a university by
    /// its first character, some others in order and its 大 (中科大 for 中国科学技术大学, 南医大
    /// for 南方医科大学), or by the two characters everyone knows (中大 for 中山大学); an
    /// autonomous region by its name and 区 (广西区 for 广西壮族自治区).
    static func shortens(_ short: String, _ long: String) -> Bool {
        guard short.count >= 2, short.count < long.count else { return false }
        if short.count == 2 { return knownUniversities[short] == long }
        // Both written short, or the short one with its 大学 (山医大 and 山西医大, 昆医科大学 and 昆明医科大学).
        func cut(_ u: String) -> String { u.hasSuffix("大学") ? String(u.dropLast()) : u }
        // Only when the long one is short too, or both end in one kind of university, and what
        // is left out names no field (北京大学 is no 北京中医药大学).
        let sameKind = ["医科大学", "理工大学", "师范大学", "科技大学"].contains { short.hasSuffix($0) && long.hasSuffix($0) }
        if cut(long).hasSuffix("大"), cut(short).hasSuffix("大"), cut(short).count < cut(long).count, short.first == long.first,
           !long.hasSuffix("大学") || sameKind {
            guard let left = leftOut(cut(short), from: cut(long)) else { return false }
            return !left.contains(where: { "中医药师范理工科技".contains($0) })
        }
        if long.hasSuffix("大学"), short.hasSuffix("大") {
            // A national university is said without its 中国 (中科大 and 科大).
            return [long, long.hasPrefix("中国") ? String(long.dropFirst(2)) : nil].compactMap { $0 }
                .contains { $0.first == short.first && leftOut(short, from: $0) != nil }
        }
        return short.hasSuffix("区") && long.hasSuffix("自治区") && long.hasPrefix(short.dropLast())
    }

    /// The characters of long that short leaves out when short's are all in long, in order; else nil.
    private static func leftOut(_ short: String, from long: String) -> String? {
        var rest = Substring(long), left = ""
        for c in short {
            guard let i = rest.firstIndex(of: c) else { return nil }
            left += rest[..<i]
            rest = rest[rest.index(after: i)...]
        }
        return left
    }

    /// Universities said in two characters, each of one university (南大 is 南京大学's, not 南开's).
    static let knownUniversities: [String: String] = [
        "中大": "中山大学", "北大": "北京大学", "清华": "清华大学", "复旦": "复旦大学", "南大": "南京大学", "浙大": "浙江大学", "厦大": "厦门大学",
        "川大": "四川大学", "吉大": "吉林大学", "山大": "山东大学", "武大": "武汉大学", "科大": "中国科学技术大学", "郑大": "郑州大学", "苏大": "苏州大学",
        "扬大": "扬州大学", "青大": "青岛大学", "兰大": "兰州大学", "重大": "重庆大学", "天大": "天津大学", "华科": "华中科技大学", "新大": "新疆大学",
        "贵大": "贵州大学", "云大": "云南大学", "暨大": "暨南大学", "深大": "深圳大学", "福大": "福州大学", "南开": "南开大学", "湘大": "湘潭大学",
    ]

    static func samePlace(_ a: String, _ b: String, pinyin: ((String) -> Set<String>)?) -> Bool {
        let aLatin = a.unicodeScalars.allSatisfy(\.isASCII), bLatin = b.unicodeScalars.allSatisfy(\.isASCII)
        // A county is written with its prefecture before it or without (宜昌秭归县, 秭归县).
        if aLatin == bLatin {
            let (long, short) = a.count >= b.count ? (a, b) : (b, a)
            // A county after its prefecture is not the prefecture (赣州信丰县 is no 赣州市).
            if !aLatin, short.count >= 2, long.count > short.count, long.hasPrefix(short),
               Places.shared.chinese[String(long.dropFirst(short.count))] != nil { return false }
            if a == b || long.hasPrefix(short) { return true }
            if !aLatin, shortens(short, long) { return true }
            // Only a place before it: 马鞍山 is no 鞍山, 峨眉山 no 眉山.
            return !aLatin && short.count >= 2 && long.hasSuffix(short) && Places.shared.chinese[String(long.dropLast(short.count))] != nil
        }
        guard let pinyin else { return true }
        let (latin, chinese) = aLatin ? (a, b) : (b, a)
        // By its pinyin, else as the dictionary romanises it (台中 is Taichung, 高雄 Kaohsiung).
        if pinyin(chinese).contains(latin) || Places.shared.chinese[chinese]?.contains(latin) == true { return true }
        // A direction said in English (`Southern Medical University`, 南方医科大学).
        if let direction = campusDirections[latin], direction != "东", [direction, direction + "方"].contains(chinese) { return true }
        // A university's hospital is placed by its university in Chinese (宜昌医科大学, 山西医科大学),
        // in English by the university's own name (Shanxi, though 山西 is a province) or its place (Yichang).
        if let kind = universityEndings.first(where: { chinese.hasSuffix($0) }),
           chinese.count >= kind.count + 2, pinyin(String(chinese.dropLast(kind.count))).contains(latin) { return true }
        guard let place = leadingPlace(chinese), place != chinese else { return false }
        return pinyin(place).contains(latin) || Places.shared.chinese[place]?.contains(latin) == true
    }
}
