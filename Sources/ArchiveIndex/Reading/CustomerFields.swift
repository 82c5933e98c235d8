import Foundation

extension FieldExtractor {
    /// A form that writes the department on a line of its own (`客户全称：佛山市第一人民医院` over
    /// `使用科室：检验科（临床检验中心）`, `科室：放射科（影像科）—— UPS 供电对象…`) names one
    /// customer: the institution's department. Its first customer field takes the department
    /// (`佛山市第一人民医院 检验科`) and the department's own field goes, so that a hospital's
    /// laboratory and its radiology are two customers, as their names written whole would be.
    static func joiningDepartment(_ fields: [Field]) -> [Field] {
        guard let first = fields.firstIndex(where: { $0.name == .customer }) else { return fields }
        let institution = InstitutionName.of(fields[first].value)
        guard institution.department == nil, institution.kind != nil else { return fields }
        for d in fields.indices where d > first && fields[d].name == .customer {
            guard let department = departmentAlone(fields[d].value) else { continue }
            var out = fields
            out[first].value += " " + department
            out.remove(at: d)
            return out
        }
        return fields
    }

    /// Labels that may name the party served or the one serving (服务单位 is a form's customer
    /// on one form, the service company on another; a customer's 督办单 names the company that
    /// undertakes it, 承办单位; a contractor on site with the engineer, 施工配合单位): beside
    /// another customer's field, the one serving, and no customer of the document.
    static let eitherParty = ["服务单位", "维修单位", "维保单位", "承办单位", "服务商", "服务方", "施工单位", "施工配合", "分包单位", "承包单位",
                              "service provider", "serviced by", "contractor"]

    /// Labels of the party that runs a site's monitors (运维单位: often the service company itself),
    /// never the customer, with or without the site beside it.
    static let operators = ["运维单位", "运维方", "运营维护单位"]

    static func droppingProvider(_ fields: [Field]) -> [Field] {
        let label = { (f: Field) in ((try? Normalizer.fold(f.label)) ?? f.label).lowercased() }
        let fields = fields.filter { f in f.name != .customer || !operators.contains(where: label(f).contains) }
        let isEither = { (f: Field) in f.name == .customer && eitherParty.contains { label(f).contains($0) } }
        guard fields.contains(where: { $0.name == .customer && !isEither($0) }) else { return fields }
        return fields.filter { !isEither($0) }
    }

    /// A customer's value that is a postal address, as a `Site:` line under the customer's
    /// gives it (`Jalan Hospital, 93586 Kuching, Sarawak`, `65 Chulia Street, OCBC Centre`,
    /// 基隆市仁愛區義一路16號): no name of anyone, whatever institution's words it holds. Only a
    /// value that starts as an address: a name written with its address after it (南京鼓楼医院
    /// （中山路321号）, `Shanghai Sixth People's Hospital, 600 Yishan Road`) is a name.
    static func namesAddress(_ value: String) -> Bool {
        if value.unicodeScalars.contains(where: Normalizer.isCJK) {
            guard let street = value.firstMatch(of: chineseStreetNumber) else { return false }
            return !Labels.namesInstitution(String(value[..<street.range.lowerBound]))
        }
        let words = value.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard let first = words.first else { return false }
        // `65 Chulia Street`; `Jalan Hospital, 93586 Kuching` (a street named first, then a postcode).
        if first.allSatisfy(\.isNumber) { return words.dropFirst().prefix(4).contains { streetWords.contains(String($0)) } }
        return streetFirst.contains(String(first)) && words.contains { $0.count >= 5 && $0.allSatisfy(\.isNumber) }
    }
    static let streetWords: Set<String> = ["street", "road", "rd", "avenue", "ave", "jalan", "jln", "lorong", "lane", "drive",
                                           "boulevard", "blvd", "highway"]
    /// Words that name a street before its name (Malay's `Jalan Hospital`, `Lorong 3`).
    static let streetFirst: Set<String> = ["jalan", "jln", "lorong"]
    nonisolated(unsafe) static let chineseStreetNumber = #/[路街道巷弄][0-9０-９一二三四五六七八九十百]+[号號]/#

    /// Values that name no one: a form's `同上`, `待定`, `N/A`.
    static let placeholders: Set<String> = ["同上", "同收货单位", "同收貨單位", "待定", "无", "無", "不详", "不詳", "未知", "n/a", "na", "tbd", "-", "same as above",
                                            // A contract's line to sign or stamp (`甲方：（盖章）`).
                                            "(盖章)", "（盖章）", "(蓋章)", "（蓋章）", "(签章)", "（签章）", "(簽章)", "（簽章）", "(签字)", "（签字）", "(簽字)", "（簽字）"]

    /// Customer fields whose value names no one: an address or a placeholder.
    static func droppingNonNames(_ fields: [Field]) -> [Field] {
        fields.filter { f in
            f.name != .customer || !(namesAddress(f.value) || placeholders.contains(f.value.trimmingCharacters(in: .whitespaces).lowercased()))
        }
    }

    /// A record of one account, titled by it (`Account review – Xiangyang Central Hospital –
    /// Ophthalmology`, `客户档案：某医院检验科`): the account is the document's customer.
    static func titledAccount(_ original: String) -> Field? {
        guard let first = original.lines(within: 400).lazy.map({ $0.trimmingCharacters(in: .whitespaces) }).first(where: { !$0.isEmpty }),
              let dash = [" – ", " — ", " - ", "：", ": "].lazy.compactMap({ first.range(of: $0) }).first else { return nil }
        let head = first[..<dash.lowerBound].lowercased(), name = first[dash.upperBound...].trimmingCharacters(in: .whitespaces)
        guard head.count <= 24, ["account", "customer", "客户", "客戶"].contains(where: head.contains),
              Labels.namesInstitution(name), !name.contains(where: \.isNumber) else { return nil }
        return Field(name: .customer, label: String(first[..<dash.lowerBound]), value: name, canonical: nil, how: "title")
    }

    /// A register headed by the institution that keeps it, then the register's name, set apart
    /// (`中国工商银行常州分行  自助设备维护登记簿`, `某某医院　设备维修台账`): the institution is the
    /// document's customer. Only a register, which the customer keeps: a report is headed by the
    /// company that writes it (`启衡技术服务有限公司  维修报告`).
    static func titledInstitution(_ original: String) -> Field? {
        guard let first = original.lines(within: 400).lazy.map({ $0.trimmingCharacters(in: .whitespaces) }).first(where: { !$0.isEmpty }),
              let gap = first.range(of: #"(\s{2,}|\x{3000}|\t)"#, options: .regularExpression) else { return nil }
        let name = String(first[..<gap.lowerBound]), form = first[gap.upperBound...].trimmingCharacters(in: .whitespaces)
        let institution = InstitutionName.of(name)
        guard (4...40).contains(name.count), name.unicodeScalars.contains(where: Normalizer.isCJK), !name.contains(where: \.isNumber),
              registers.contains(where: form.hasSuffix), !form.contains(where: { $0 == "\t" || $0 == "\u{3000}" }), !form.contains("  "),
              Labels.namesInstitution(name), !ArchiveStore.isBareName(name), Labels.named(name) == nil,
              institution.department == nil || institution.kind != nil else { return nil }
        return Field(name: .customer, label: String(form), value: name, canonical: nil, how: "title")
    }
    static let registers = ["登记簿", "登记本", "记录本", "台账", "登記簿", "登記本", "記錄本", "台帳"]

    /// The department a value names and nothing else (`检验科（临床检验中心）` → 检验科), as written.
    static func departmentAlone(_ value: String) -> String? {
        let latin = !value.unicodeScalars.contains(where: Normalizer.isCJK)
        let ends = latin ? "(（,，;；/–—" : "(（,，;；/–—-  \u{3000}"
        let head = value.trimmingCharacters(in: .whitespaces).prefix { !ends.contains($0) }.trimmingCharacters(in: .whitespaces)
        guard !head.isEmpty, head.count <= (latin ? 40 : 8) else { return nil }
        let n = InstitutionName.of(head)
        return n.department != nil && n.city == nil && n.kind == nil && n.number == nil ? head : nil
    }

    /// A customer's value that is a person (`Customer: G. Whitworth`, the one who signed;
    /// `Customer      T. Yip`): an initial and a surname, or a title and a name.
    static func namesPerson(_ value: String) -> Bool {
        // Up to padding before another cell of the line (`T. Yip             Report date 06/02/2025`).
        let v = (value.range(of: "   ").map { String(value[..<$0.lowerBound]) } ?? value).trimmingCharacters(in: .whitespaces)
        // Most values are institutions, in Chinese or long: they cannot be a person's name.
        guard v.utf8.count <= 48, v.utf8.first.map({ (0x41...0x5A).contains($0) }) == true,
              !v.unicodeScalars.contains(where: Normalizer.isCJK) else { return false }
        return v.wholeMatch(of: initialsAndSurname) != nil || v.wholeMatch(of: titleAndName) != nil
    }
    // Kept compiled: Swift parses a regex literal again each time it is evaluated, here per customer field.
    nonisolated(unsafe) private static let initialsAndSurname = #/(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.\s?){1,2}[A-Z][A-Za-z'’-]+/#
    nonisolated(unsafe) private static let titleAndName = #/(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?/#
}
