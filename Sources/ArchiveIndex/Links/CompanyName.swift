import Foundation
import Synchronization

/// What a company's name says about which company it is: its brand (字号), and the place before
/// it if any. 福州恒通数据科技有限公司, 恒通公司, 福州恒通, HENGTONG DATA and Fuzhou Hengtong Data
/// Technology Co., Ltd. are one company: 恒通 of 福州, the legal form and the line of business
/// left out or written in English. Two companies of one brand in different places are two.
struct CompanyName: Hashable {
    /// Chinese brand (folded, 恒通), or an English one's words joined in lower case (hengtong).
    var brand: String
    /// An English brand's words (hengtong, data), where a Chinese brand's pinyin must end on one.
    var brandWords: [String] = []
    /// The place written before the brand (福州, or fuzhou), if any.
    var place: String?
    var isLatin: Bool
    /// The department written after the company (运维部, 信息科技部), if any: a company's IT
    /// department and its operations department are two customers.
    var department: String? = nil
    /// A private clinical laboratory's brand (汇智 of 汇智医检) is only ever the same as another
    /// laboratory's: `Enhong Group` may be the 恩弘 laboratory or the 恩弘 hospital.
    var isLaboratory = false
    /// A name of the brand alone, with no legal form, line of business or department (泉州康泰):
    /// it may be the laboratory of that brand as well as a company.
    var isBare = false
    /// Its lines of business (`chineseLines`, `englishLines`), empty when the name states none.
    var lines: Set<String> = []

    /// Departments of companies, as they end a name (温州云枢数据科技有限公司运维部, 晶毅資訊部).
    static let departments = ["信息科技部", "信息技术部", "信息中心", "信息部", "资讯部", "资讯室", "资讯中心", "运维部", "运维中心",
                              "信息室", "信息处", "资讯处", "资讯科", "技术部", "设备部", "工程部", "网络部", "供电中心", "动力部", "厂务部",
                              "厂务处", "数据中心", "机房", "it部", "it中心",
                              // A manufacturer's quality control, however it names it.
                              "质量控制部", "质量管理部", "质量部", "品质部", "品管部", "质检部", "qc实验室", "qc部"].sorted { $0.count > $1.count }

    /// A factory's workshop, plant, section or site as a name ends with it (注塑车间, 二厂, 三号车间,
    /// b栋车间, 射出课, 二号仓库, 储能电站), in a folded key; nil for anything else.
    static func workshop(endOf key: String) -> String? {
        let s = Array(key.unicodeScalars)
        // The earliest start of a workshop's words that run to the end (what the leftmost match
        // of one regular expression gave: read from the end, it costs a few comparisons, where
        // the expression was tried at every start and was half of linking's time).
        var start: Int?
        func ends(_ word: [Unicode.Scalar], at end: Int) -> Bool {
            end >= word.count && s[(end - word.count)..<end].elementsEqual(word)
        }
        func found(_ at: Int) { if start.map({ at < $0 }) ?? true { start = at } }
        for site in workshopSites where ends(site, at: s.count) { found(s.count - site.count) }
        if let last = s.last, last == "课" {
            for section in workshopSections where ends(section, at: s.count - 1) { found(s.count - 1 - section.count) }
        }
        for end in workshopWords where ends(end, at: s.count) {
            let before = s.count - end.count
            // A trade's workshop (注塑车间), a building's (b栋车间).
            if end == ["车", "间"] || end == ["工", "段"] {
                for trade in workshopTrades where ends(trade, at: before) { found(before - trade.count) }
            }
            if end == ["车", "间"] || end == ["厂", "房"], before >= 2, s[before - 1] == "栋", ("a"..."z").contains(s[before - 2]) {
                found(before - 2)
            }
            guard end != ["厂", "房"] else { continue }
            // A numbered one (第二分厂, 2号仓库, 注塑二车间): numerals of one kind, then 号.
            let numerals = before > 0 && s[before - 1] == "号" ? before - 1 : before
            guard numerals > 0 else { continue }
            let chinese = workshopNumerals.contains(s[numerals - 1])
            guard chinese || ("0"..."9").contains(s[numerals - 1]) else { continue }
            var first = numerals - 1
            while first > 0, chinese ? workshopNumerals.contains(s[first - 1]) : ("0"..."9").contains(s[first - 1]) { first -= 1 }
            if first > 0, s[first - 1] == "第" { first -= 1 }
            found(first)
            for trade in workshopTrades where ends(trade, at: first) { found(first - trade.count) }
        }
        return start.map { String(String.UnicodeScalarView(s[$0...])) }
    }

    /// Whether a folded key is a workshop and nothing else (注塑车间, 三号车间): no company's name.
    static func isWorkshop(_ key: String) -> Bool { workshop(endOf: key) == key }

    /// What a workshop does, before 车间 or before its number (注塑二车间).
    private static let workshopTrades: [[Unicode.Scalar]] = [
        "注塑", "冲压", "机加工", "动力", "装配", "总装", "焊接", "涂装", "喷涂", "压铸", "铸造", "锻造", "热处理", "成型", "射出",
        "表面处理", "电镀", "包装", "组装", "数控实训", "数控", "实训", "生产", "金工", "钣金", "精加工", "机修",
        // A power plant's chemistry and water treatment shops.
        "化学", "化水", "水处理",
    ].map { Array($0.unicodeScalars) }
    /// What ends a workshop's name: a trade's or a number's (车间, 工段), a number's (二厂, 2号仓库),
    /// a building's (b栋厂房).
    private static let workshopWords: [[Unicode.Scalar]] = ["车间", "工段", "厂", "分厂", "厂区", "仓库", "仓", "厂房"].map { Array($0.unicodeScalars) }
    /// A Taiwanese factory's sections, before 课 (射出課).
    private static let workshopSections: [[Unicode.Scalar]] = ["厂务", "设备", "工务", "保全", "生技", "射出", "成型", "品保", "动力", "制造"]
        .map { Array($0.unicodeScalars) }
    /// Sites of a plant's utilities.
    private static let workshopSites: [[Unicode.Scalar]] = ["储能电站", "配电房", "空压站", "泵房"].map { Array($0.unicodeScalars) }
    private static let workshopNumerals = Set("一二三四五六七八九十〇零两".unicodeScalars)

    /// A place a name or an address starts with, as a company's place: 福州市 is 福州.
    static func placeName(_ prefix: String) -> String {
        prefix.hasSuffix("市") || prefix.hasSuffix("县") ? String(prefix.dropLast()) : prefix
    }

    /// A workshop as one plant however it is numbered: 第二分厂, 二厂, 2厂 and 二号厂 are `2厂`.
    static func canonicalWorkshop(_ department: String) -> String {
        var rest = Substring(department)
        if rest.hasPrefix("第") { rest = rest.dropFirst() }
        guard let (value, length) = InstitutionName.numeral(rest) else { return department }
        var after = rest.dropFirst(length)
        if after.hasPrefix("号") { after = after.dropFirst() }
        if after.hasPrefix("分厂") { after = after.dropFirst() }
        return "\(value)" + after
    }

    /// What a company's line of business says it makes or does, by the words that state it in
    /// either language: 博纳电子 is not 博纳金属制品 (two companies of one brand), nor 汇智五金 the
    /// 汇智金属制品 of its city, but 锦澜纺机 is 锦澜纺织机械 and 越达汽配 is 越达汽车零部件. A word
    /// of two trades is both (纺织机械; `Metal Products` is how 五金制品 is written in English).
    static let chineseLines: [(String, Set<String>)] = [
        ("微电子", ["electronics"]), ("电子", ["electronics"]), ("光电", ["electronics", "optics"]), ("半导体", ["electronics"]),
        ("电器", ["appliances"]), ("金属制品", ["metal"]), ("五金制品", ["hardware"]), ("金属", ["metal"]), ("五金", ["hardware"]),
        ("钢构", ["metal"]), ("钢铁", ["metal"]), ("塑胶制品", ["plastics"]), ("塑胶", ["plastics"]), ("塑料", ["plastics"]),
        ("塑业", ["plastics"]), ("模具", ["moulds"]), ("精密机械", ["machinery"]), ("纺织机械", ["textile", "machinery"]),
        ("纺机", ["textile", "machinery"]), ("纺织", ["textile"]), ("机械", ["machinery"]), ("精机", ["machinery"]),
        ("精工", ["machinery"]), ("智能装备", ["machinery"]), ("装备", ["machinery"]), ("机电", ["machinery"]),
        ("汽车零部件", ["auto"]), ("汽车部件", ["auto"]), ("汽配", ["auto"]), ("摩托车配件", ["auto"]), ("汽车", ["auto"]),
        ("新能源", ["energy"]), ("能源", ["energy"]), ("储能", ["energy"]), ("电池", ["energy"]), ("包装材料", ["packaging"]),
        ("包装", ["packaging"]), ("供应链管理", ["logistics"]), ("供应链", ["logistics"]), ("物流仓储", ["logistics"]),
        ("物流", ["logistics"]), ("仓储", ["logistics"]), ("光学", ["optics"]), ("鞋业", ["footwear"]), ("新材料", ["materials"]),
        ("材料", ["materials"]), ("制药", ["pharma"]), ("药业", ["pharma"]), ("医药", ["pharma"]), ("热电", ["power", "energy"]),
        ("检测", ["testing"]),
    ]
    static let englishLines: [String: Set<String>] = [
        "electronic": ["electronics"], "electronics": ["electronics"], "semiconductor": ["electronics"], "appliance": ["appliances"],
        "appliances": ["appliances"], "metal": ["metal", "hardware"], "metals": ["metal", "hardware"], "hardware": ["hardware"],
        "steel": ["metal"], "plastic": ["plastics"], "plastics": ["plastics"], "mould": ["moulds"], "moulds": ["moulds"],
        "mold": ["moulds"], "molds": ["moulds"], "machinery": ["machinery"], "equipment": ["machinery"], "textile": ["textile"],
        "automotive": ["auto"], "auto": ["auto"], "motorcycle": ["auto"], "energy": ["energy"], "battery": ["energy"],
        "packaging": ["packaging"], "logistics": ["logistics"], "warehousing": ["logistics"], "optical": ["optics"],
        "optics": ["optics"], "footwear": ["footwear"], "materials": ["materials"], "pharmaceutical": ["pharma"],
        "pharmaceuticals": ["pharma"], "pharma": ["pharma"], "thermal": ["power", "energy"], "testing": ["testing"],
    ]

    /// China's provinces and regions, as a company's registered name may start with one.
    static let provinces = ["黑龙江", "内蒙古", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北",
                            "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "广西", "西藏", "宁夏", "新疆"]

    /// Abbreviations every reader knows, written out one way: 农商行 and 农商银行 for 农村商业银行.
    static let abbreviations = [("农村商业银行", "农商银行"), ("农商行", "农商银行"), ("农村信用合作社", "农信社"), ("农村信用社", "农信社")]

    /// The words of a private clinical laboratory's name after its brand.
    static let laboratorySuffixes = ["医学检验实验室", "医学检验所", "医事检验所", "检验实验室", "检验所", "医检所", "医检", "检验",
                                     "医学化验所", "化验所"]

    /// Legal forms and lines of business that follow a Chinese brand, longest first.
    static let chineseSuffixes = Array(Set(laboratorySuffixes + [
        "股份有限公司", "有限责任公司", "有限公司", "股份公司", "分公司", "公司", "集团", "控股", "股份", "新材料", "新能源", "半导体",
        "科技", "技术", "数据", "能源", "水务", "电子", "网络", "信息", "材料", "医疗", "生物", "环保", "电力", "动力", "智能",
        "设备", "仪器", "工程", "实业", "贸易", "检测", "储能", "电池", "软件", "系统", "通信", "光电", "精密", "机械", "制造",
        "工业", "化工", "医药", "制药", "环境", "服务", "数据中心", "微电子", "物流", "纺织", "燃气", "食品", "建设", "地产",
        "置业", "物业", "汽车", "钢铁", "石化", "运输", "传媒", "港务", "航运", "充电",
        "制品", "管理", "铁工厂",
    ] + chineseLines.map(\.0))).sorted { $0.count > $1.count }

    /// English words of institutions that are no company.
    static let otherInstitutions: Set<String> = ["univ", "university", "hospital", "hosp", "college", "school", "center", "centre",
                                                 "institute", "lab", "laboratory", "clinic", "dept", "department", "academy", "cdc"]

    /// The company a name states, or nil for a name of another kind of institution (a
    /// hospital, a university, a department), or one that leaves no brand.
    static func of(_ name: String) -> CompanyName? {
        let key = try? Normalizer.nameKey(name)
        // A numbered plant (朗固第二分厂) numbers no institution, as a hospital's 第二 does.
        let plant = key.flatMap { k in workshop(endOf: k).flatMap { w in k.count - w.count >= 2 && w.contains(where: \.isNumber) ? String(k.dropLast(w.count)) : nil } }
        let institution = InstitutionName.of(plant ?? name)
        // A private clinical laboratory (汇智医学检验所, 康泰医检) has a brand as a company has.
        // A department only as a company's (晶毅公司資訊部, 亞泰公司 廠務部): it ends the name.
        guard institution.number == nil,
              institution.kind == nil || ["公司", "检测技术公司", "医学检验实验室"].contains(institution.kind!) else { return nil }
        if institution.department != nil {
            guard let key, departments.contains(where: { key.hasSuffix($0) }) else { return nil }
        }
        if RomanisedNames.mayBeRomanised(name) {
            // Without a company's words, only a name without another institution's words.
            var words = Set(name.lowercased().split { !$0.isLetter }.map(String.init))
            // A data centre is a company's business (`Ka Lok Data Centre Limited`, 嘉諾數據中心有限公司).
            if ["data centre", "data center"].contains(where: name.lowercased().contains) { words.subtract(["centre", "center"]) }
            guard institution.kind != nil || words.isDisjoint(with: Self.otherInstitutions) else { return nil }
            let distinctive = RomanisedNames.distinctiveWords(name)
            var lead = distinctive
            var place: String?
            if lead.count > 1, Places.shared.romanised.contains(lead[0]) { place = lead.removeFirst() }
            // Or in brackets after the brand, as a company is registered (`Ruichi Precision
            // Machinery (Kunshan) Co., Ltd.`).
            if place == nil { place = RomanisedNames.placeInBrackets(name) }
            guard !lead.isEmpty, lead.count <= 3 else { return nil }
            // `Hongjun Med Lab` is the 宏骏 laboratory, never the 宏骏 textile group.
            let laboratory = !words.isDisjoint(with: ["lab", "labs", "laboratory", "laboratories"])
            return CompanyName(brand: lead.joined(), brandWords: lead, place: place, isLatin: true, isLaboratory: laboratory,
                               isBare: distinctive.count == words.count, lines: Set(words.flatMap { englishLines[$0] ?? [] }))
        }
        guard var core = key else { return nil }
        // Hong Kong writes a data centre company 永安DC as often as 永安數據中心.
        if core.hasSuffix("dc"), core.count >= 4 { core = String(core.dropLast(2)) + "数据中心" }
        var department: String?
        if let d = departments.first(where: { core.hasSuffix($0) && core.count - $0.count >= 2 })
            ?? workshop(endOf: core).flatMap({ core.count - $0.count >= 2 ? $0 : nil }) {
            department = d
            core = String(core.dropLast(d.count))
        }
        // A Chinese name; its department may be written in English (卓信集团 IT部).
        guard core.unicodeScalars.allSatisfy(Normalizer.isCJK) else { return nil }
        let laboratory = institution.kind == "医学检验实验室" || laboratorySuffixes.contains { core.contains($0) }
        for (long, short) in abbreviations { core = core.replacingOccurrences(of: long, with: short) }
        if core.hasPrefix("私立"), core.count >= 4 { core = String(core.dropFirst(2)) }
        let written = core
        var lines = Set<String>()
        func dropSuffixes() {
            while let s = chineseSuffixes.first(where: { core.hasSuffix($0) && core.count - $0.count >= 2 }) {
                if let trades = chineseLines.first(where: { $0.0 == s })?.1 { lines.formUnion(trades) }
                core = String(core.dropLast(s.count))
            }
        }
        dropSuffixes()
        let bare = department == nil && core == written
        // A place after the brand, as registered names put it in brackets (润禾微电子（柳州）有限公司).
        var placeAfter: String?
        if core.count >= 4, let p = [3, 2].lazy.map({ String(core.suffix($0)) }).first(where: { Places.shared.chinese[$0] != nil }), core.count - p.count >= 2 {
            placeAfter = p
            core = String(core.dropLast(p.count))
            dropSuffixes()
        }
        // A place before the brand, unless it is the brand (永丰 is a county, 永豐公司 a company);
        // a province too (山东瑞弘制药: 瑞弘 of 山东, not 瑞弘制药（济宁）).
        var place: String?
        if let p = Places.shared.prefix(of: core), core.count - p.count >= 2 {
            place = Self.placeName(p)
            core = String(core.dropFirst(p.count))
        } else if let p = Self.provinces.first(where: { core.hasPrefix($0) }), case let n = core.dropFirst(p.count).first == "省" ? p.count + 1 : p.count,
                  core.count - n >= 2 {
            place = p
            core = String(core.dropFirst(n))
            // And a city after it (湖南长沙瑞弘制药 is 瑞弘 of 长沙, as 长沙瑞弘制药 is).
            if let city = Places.shared.prefix(of: core), core.count - city.count >= 2 {
                place = Self.placeName(city)
                core = String(core.dropFirst(city.count))
            }
        }
        // A workshop alone (注塑车间) is no company.
        guard (2...4).contains(core.count), !chineseSuffixes.contains(core), !isWorkshop(core) else { return nil }
        return CompanyName(brand: core, place: place ?? placeAfter, isLatin: false, department: department, isLaboratory: laboratory,
                           isBare: bare && placeAfter == nil, lines: lines)
    }

    /// Whether two names may be one company's though their brands are not written alike: one
    /// brand the other's start, its line of business left in (锐驰 and 锐驰精机, 健华 and 健华牙科,
    /// `Ruichi Precision Machinery` and 锐驰), of one department and laboratory or not, in no two
    /// places that differ. Not enough to link a name; enough not to keep apart two names that
    /// the same units join.
    func mayBeSame(as other: CompanyName, pinyin: @escaping (String) -> Set<String>) -> Bool {
        if same(as: other, pinyin: pinyin) { return true }
        // Two characters or more left over: a line of business (精机), not another brand (恒通达 is no 恒通).
        func starts(_ long: String, _ short: String) -> Bool { short.count >= 2 && long.count >= short.count + 2 && long.hasPrefix(short) }
        let brandsFit: Bool
        switch (isLatin, other.isLatin) {
        case (false, false): brandsFit = starts(brand, other.brand) || starts(other.brand, brand)
        case (true, true): brandsFit = (starts(brand, other.brand) || starts(other.brand, brand)) && min(brand.count, other.brand.count) >= 4
        case (true, false): brandsFit = Self.spells(brandWords, startOf: other.brand, pinyin: pinyin)
        case (false, true): brandsFit = Self.spells(other.brandWords, startOf: brand, pinyin: pinyin)
        }
        return brandsFit && sameParts(as: other, pinyin: pinyin)
    }

    /// Whether an English brand's first words spell the pinyin of a Chinese brand's first two
    /// characters or more (`Mengshang Bank` and 蒙商银行, `Ruichi Precision` and 锐驰; `Hengtongda
    /// Logistics` is no 恒通: the pinyin ends inside a word).
    static func spells(_ words: [String], startOf chinese: String, pinyin: (String) -> Set<String>) -> Bool {
        guard chinese.count >= 2 else { return false }
        let starts = Set(words.indices.map { words[...$0].joined() })
        return (2...chinese.count).contains { n in
            pinyin(String(chinese.prefix(n))).contains { $0.count >= 4 && starts.contains($0) }
        }
    }

    /// The same brand (across scripts by the Chinese brand's pinyin), and no two places that differ.
    func same(as other: CompanyName, pinyin: @escaping (String) -> Set<String>) -> Bool {
        sameBrand(as: other, pinyin: pinyin) && sameParts(as: other, pinyin: pinyin)
    }

    /// The same brand in another place, department or line of business: a name of another
    /// company, so a customer with this name is not the other's.
    func conflicts(with other: CompanyName, pinyin: @escaping (String) -> Set<String>) -> Bool {
        sameBrand(as: other, pinyin: pinyin) && !sameParts(as: other, pinyin: pinyin)
    }

    /// Whether any of a customer's own names is of the brand in another place, department or
    /// trade than this one. Not when those names already disagree among themselves (a company
    /// filed under two places, a trade written two ways): they say nothing then.
    func conflicts(withNamesOf names: [CompanyName], pinyin: @escaping (String) -> Set<String>) -> Bool {
        guard names.contains(where: { conflicts(with: $0, pinyin: pinyin) }) else { return false }
        return !names.indices.contains { i in names[(i + 1)...].contains { names[i].conflicts(with: $0, pinyin: pinyin) } }
    }

    private func sameBrand(as other: CompanyName, pinyin: (String) -> Set<String>) -> Bool {
        switch (isLatin, other.isLatin) {
        case (false, false), (true, true): return brand == other.brand
        case (true, false): return pinyin(other.brand).contains(brand)
        case (false, true): return pinyin(brand).contains(other.brand)
        }
    }

    /// Of one kind (a laboratory is only another laboratory, or a name of its brand alone), one
    /// department however the company names it (信息中心, 信息部, IT部), no two places that differ,
    /// and no two lines of business.
    func sameParts(as other: CompanyName, pinyin: @escaping (String) -> Set<String>) -> Bool {
        guard isLaboratory == other.isLaboratory || (isLaboratory ? other.isBare : isBare) else { return false }
        if let a = department, let b = other.department,
           InstitutionName.department(startingWith: Self.canonicalWorkshop(a)) != InstitutionName.department(startingWith: Self.canonicalWorkshop(b)) {
            return false
        }
        // Two lines of business that have nothing in common: two companies of one brand.
        if !lines.isEmpty, !other.lines.isEmpty, lines.isDisjoint(with: other.lines) { return false }
        guard let a = place, let b = other.place else { return true }
        return InstitutionName.samePlace(a, b, pinyin: pinyin)
    }
}

/// Chinese places (cities, counties, municipalities) and their romanisations, from CC-CEDICT's
/// glosses (`福州 … /Fuzhou prefecture-level city…/`, `新竹 … /Xinzhu or Hsinchu city…/`); empty
/// without the dictionary. Read once per process, the first time a company's name is read.
final class Places: Sendable {
    /// Chinese place → its romanisations as the dictionary writes them (台中 → taizhong, taichung).
    let chinese: [String: Set<String>]
    let romanised: Set<String>

    static var shared: Places { cache.withLock { cached in
        if let p = cached { return p }
        let p = Places()
        cached = p
        return p
    } }
    private static let cache = Mutex<Places?>(nil)

    private init() {
        var chinese: [String: Set<String>] = [:], romanised = Set<String>()
        try? Bilingual.load().glosses { word, gloss in
            guard (2...4).contains(word.unicodeScalars.count), word.unicodeScalars.allSatisfy(Normalizer.isCJK) else { return }
            let first = gloss.prefix { $0 != "/" }
            let lower = first.lowercased()
            guard let marker = Self.firstMarker(in: lower) else { return }
            // The names before the marker: capitalised words (`Xinzhu or Hsinchu`).
            let names = first[..<first.index(first.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: marker))]
                .split { !$0.isLetter && $0 != "'" }.filter { $0.first?.isUppercase == true }
            guard !names.isEmpty else { return }
            for n in names {
                let r = n.lowercased().filter(\.isLetter)
                romanised.insert(r)
                chinese[word, default: []].insert(r)
            }
        }
        self.chinese = chinese
        self.romanised = romanised
    }

    /// Where the first word that marks a place (prefecture, city…) starts in a lower-case gloss,
    /// searched in its bytes: Foundation's `range(of:)`, five times for each of 60,000 glosses,
    /// was most of the time a relink of a few documents took.
    /// The standard library's generic `firstRange(of:)` was, in turn, a fifth of adding 1,000
    /// documents to 100,000: one pass over the bytes, each marker tried where its letter is.
    private static func firstMarker(in lower: String) -> String.Index? {
        var text = lower
        let offset: Int? = text.withUTF8 { bytes in
            for i in bytes.indices {
                for m in markers where m[0] == bytes[i] && i + m.count <= bytes.count {
                    if (1..<m.count).allSatisfy({ bytes[i + $0] == m[$0] }) { return i }
                }
            }
            return nil
        }
        return offset.map { lower.utf8.index(lower.startIndex, offsetBy: $0) }
    }
    private static let markers: [[UInt8]] = ["prefecture", "city", "municipality", "capital of", "county"].map { Array($0.utf8) }

    /// The place that starts a folded Chinese name (福州, 苏州市), longest first.
    func prefix(of key: String) -> String? {
        for length in [4, 3, 2] where key.count > length {
            let head = String(key.prefix(length))
            if chinese[head] != nil { return key.dropFirst(length).first == "市" ? head + "市" : head }
        }
        return nil
    }
}
