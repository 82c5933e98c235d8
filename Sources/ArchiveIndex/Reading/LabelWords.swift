import Foundation

/// Labels nobody listed, decided by their words: `报修单位`, `送修单位`, `服务对象`, `End user`,
/// `Requesting lab` name the customer; `到场日期`, `Date of visit` the visit; `装机日期` the
/// installation. Forms in the long tail word their labels every which way; the words they use
/// say what the field is. Only a label that `Labels.table` does not hold is decided here.
extension Labels {
    /// The fields whose values are dates.
    static let dateRoles: Set<FieldName> = [.installDate, .purchaseDate, .warrantyUntil, .followUp, .received, .date]

    /// Words (folded) that make a label name a field, checked in this order: the first rule
    /// whose words the label contains decides. Date roles come before the visit date, and
    /// address, phone and contact before the customer (客户地址 is an address).
    static let wordRules: [(FieldName, [String])] = [
        (.signedBy, ["签字", "签名", "签章", "signature", "signed"]),
        (.phone, ["电话", "手机", "phone", "tel", "mobile"]),
        (.address, ["地址", "address", "location", "所在地"]),
        (.contact, ["联系人", "联络人", "报修人", "报障人", "contact", "reported by", "caller"]),
        // The number of the unit itself (a battery cabinet's 柜体编号), not of a record or an asset.
        (.serial, ["序列号", "出厂编号", "机身号", "机身编号", "机器编号", "主机编号", "机组编号", "机具编号", "柜体编号", "机柜编号", "铭牌编号", "铭牌号", "serial", "s/n"]),
        (.number, ["编号", "号码", "单号", "代码", "id", "number", "code", "no.", "ref", "ticket", "issue key"]),
        (.customerClass, ["等级", "级别", "类别", "特点", "性质", "类型", "class", "category", "tier", "type"]),
        (.model, ["型号", "model"]),
        // Where a unit came from (原使用单位, Previous site) is no customer of the document.
        (.formerOwner, ["原使用", "原用户", "原客户", "原单位", "原科室", "原所属", "迁出", "移出", "调出", "previous owner", "former owner", "previous customer",
                        "former customer", "previous site", "former site", "previous user", "transferred from", "moved from", "relocated from"]),
        (.installDate, ["安装", "装机", "验收", "启用", "投入使用", "投用", "install", "commission"]),
        (.purchaseDate, ["购买", "购置", "采购", "purchase", "bought"]),
        (.warrantyUntil, ["保修期", "保固期", "保修到期", "保修截止", "warranty until", "warranty expir", "warranty end"]),
        (.followUp, ["回访", "follow-up", "follow up", "followup", "next visit", "下次",
                     // A date aimed at, not met (`Target completion date`, a CMMS's `TARGCOMPDATE`).
                     "target", "targ ", "estimated", "expected", "promised"]),
        (.received, ["受理", "接收", "接报", "接获", "登记日期", "登记时间", "反馈日期", "反馈时间", "投诉日期", "投诉时间", "客诉日期", "客诉时间", "date received", "received on", "received", "reported on", "date reported", "logged"]),
        (.date, ["报修日期", "报修时间", "服务日期", "服务时间", "到场", "上门", "维修日期", "维修时间", "抢修日期", "抢修时间", "出勤", "visit", "service date",
                 "date of service", "call date", "attended", "report date", "date of report",
                 // The day the work was done (`Tarikh Siap / Date Completed`, 完工日期).
                 "date completed", "completed on", "completion date", "date of completion", "完工日期", "完工时间",
                 // A maintenance window is when the work was done (not `Windows version`).
                 "maintenance window", "service window", "change window"]),
        (.engineer, ["工程师", "经办人", "经手人", "服务人员", "维修人员", "维修员", "技术员", "技术支持", "处理人", "人员", "engineer", "technician", "fse", "serviced by",
                     "attended by", "service rep"]),
        (.cause, ["原因", "诊断", "检查发现", "cause", "diagnosis", "investigation", "finding"]),
        (.action, ["处理", "处置", "措施", "维修内容", "维修过程", "解决", "纠正", "action", "resolution", "work performed", "work done", "work carried out",
                   "corrective", "repair performed", "remedy"]),
        // Whom a certificate was made for (before the fault's `issue`).
        (.customer, ["issued to"]),
        (.fault, ["故障", "问题", "现象", "报障内容", "报障描述", "报障现象", "报障信息", "投诉内容", "反映", "症状", "报警", "接到告警", "收到告警", "告警内容", "告警信息",
                  // What a hospital's office presses the company on (督办事项).
                  "督办事项", "投诉事项", "告警现象",
                  // What a customer complained of, as Taiwan writes it (`抱怨內容`).
                  "抱怨",
                  // What they said, in Cantonese (`佢哋話：打印機不出紙`).
                  "佢哋话", "佢哋讲", "佢话", "symptom", "problem", "issue", "complaint", "fault",
                  "error reported", "reported", "description", "描述"]),
        // The party that uses, commissions or sent in the unit (设备使用方, 委托方, 送修方).
        (.customer, ["客户", "单位", "用户", "院方", "医院", "机构", "科室", "服务对象", "使用方", "委托方", "送修方", "报修方", "customer", "client", "account", "end user", "site",
                     "hospital", "institution", "requesting", "organisation", "organization", "lab name", "facility",
                     "bill-to", "bill to", "ship-to", "ship to", "sold-to", "sold to", "prepared for"]),
        (.date, ["日期", "时间", "date"]),
    ]

    /// Column names that say a field only over a form laid out sideways (one header row, one
    /// row of values): a call's 事项 is what it was about, where `注意事项：` or `需协调事项：`
    /// on a line of their own are no fault.
    static let sidewaysColumns: [String: FieldName] = ["事项": .fault, "报修事项": .fault, "服务事项": .fault]

    /// Words of an institution's name: a value that has none (a person, a request) is no customer.
    static let institutionWords = ["医院", "卫生院", "中心", "公司", "大学", "学院", "学校", "中学", "实验室", "检验所", "研究所", "研究院",
                                   "科", "所", "局", "站", "厂", "集团", "诊所", "门诊", "妇幼", "医检", "疾控", "院", "人医", "银行", "信用社", "物流",
                                   // A company's line of business, written without its legal form (三江源新能源).
                                   "科技", "能源", "电子", "电气", "药业", "制药", "水务", "燃气", "电力", "化工", "环保", "通信", "电信",
                                   "hospital", "clinic", "center", "centre", "lab", "university", "college", "school", "institute",
                                   "co.", "co,", "corp", "ltd", "inc", "company", "group", "department", "cdc", "mch", "plant", "factory",
                                   "univ", "hosp", "dept", "office", "bureau", " tech", "bank", "logistics", "branch", "pathology"]
        // A company's departments (云枢数据运维部, 晶毅資訊部): those of an office or a room, not 机房 (客户要求：机房降温).
        + CompanyName.departments.filter { $0.hasSuffix("部") || $0.hasSuffix("室") }

    static func namesInstitution(_ value: String) -> Bool {
        let v = ((try? Normalizer.fold(value)) ?? value).lowercased()
        return v.count <= 80 && institutionWords.contains { v.contains($0) }
    }

    /// The field a folded label names: by the table, else by its words (`byWords`). An
    /// institution's name is no label, though its words (医院, 单位) would make it one.
    static func named(_ label: String) -> (name: FieldName, byWords: Bool)? {
        Remembered.named.value(for: label) { readName(of: $0) }
    }

    private static func readName(of label: String) -> (name: FieldName, byWords: Bool)? {
        if let f = field(forFolded: label) { return (f, false) }
        // A form's title, alone in a sheet's first row (`安装 服务记录表`), names no field.
        if formTitleEndings.contains(where: label.hasSuffix) { return nil }
        // A tracker's custom field, named in its brackets (`Custom field (Serial Number)`).
        if label.hasPrefix("custom field ("), label.last == ")" {
            return readName(of: String(label.dropFirst("custom field (".count).dropLast()))
        }
        // What a bracket after it adds (`日期(民国)`, `序号(s/n)`) says how, not what.
        if label.last == ")", let open = label.lastIndex(of: "("), open > label.startIndex, label.distance(from: open, to: label.endIndex) <= 14 {
            return readName(of: String(label[..<open]).trimmingCharacters(in: .whitespaces))
        }
        // A label in English and then in Chinese (`Problem reported 故障`, `Action taken 處理`):
        // the field either half names, the English one when they differ.
        if let cjk = label.unicodeScalars.firstIndex(where: Normalizer.isCJK), cjk > label.unicodeScalars.startIndex,
           case let english = String(label.unicodeScalars[..<cjk]).trimmingCharacters(in: .whitespaces),
           case let chinese = String(label.unicodeScalars[cjk...]).trimmingCharacters(in: .whitespaces),
           english.contains(where: \.isLetter), !chinese.contains(where: { $0.isASCII && $0.isLetter }) {
            if let e = readName(of: english) { return e }
            if let c = readName(of: chinese) { return (c.name, true) }
        }
        // And in Chinese, then in English (`客戶 Customer`, a bilingual report's table): the
        // Chinese half's field, where it names one.
        if label.unicodeScalars.first.map(Normalizer.isCJK) == true,
           let latin = label.unicodeScalars.firstIndex(where: { $0.isASCII && $0.properties.isAlphabetic }),
           case let chinese = String(label.unicodeScalars[..<latin]).trimmingCharacters(in: .whitespaces),
           case let english = String(label.unicodeScalars[latin...]).trimmingCharacters(in: .whitespaces),
           !english.unicodeScalars.contains(where: Normalizer.isCJK), chinese.count <= 6 {
            if let c = readName(of: chinese) { return c }
        }
        guard let f = classify(folded: label) else { return nil }
        if f == .customer, label.unicodeScalars.filter(Normalizer.isCJK).count > 6, namesInstitution(label) { return nil }
        // Nor one that starts with its place (芜湖口腔医院, in a sheet's cell beside 客户): a label
        // says whose, not where.
        if f == .customer, label.unicodeScalars.allSatisfy(Normalizer.isCJK), namesInstitution(label),
           InstitutionName.leadingPlace(label) != nil { return nil }
        // Nor is the first line of an English address (`The First Affiliated Hospital of` |
        // `Qingdao University`): a label does not start with an article or end with a preposition.
        if f == .customer, case let words = label.lowercased().split(separator: " "), words.count >= 3,
           words.first == "the" || ["of", "for", "and", "the"].contains(words.last ?? "") { return nil }
        return (f, true)
    }

    static let formTitleEndings = ["记录表", "登记表", "登记簿", "登记本", "检查表", "巡检表", "保养表", "维护表", "汇总表", "明细表"]

    /// Characters OCR reads for those of labels (folded): 亏 for 号, 遍 for 编, 朋 for 期, 嶂 for
    /// 障, 尸 for 户, 曰 for 日. (車 for 單 is one too, but 车位 is a parking space's label.)
    static let ocrSlips: [Character: Character] = ["亏": "号", "遍": "编", "朋": "期", "嶂": "障", "尸": "户", "曰": "日"]

    static func ocrRepaired(_ label: String) -> String {
        String(label.map { ocrSlips[$0] ?? $0 })
    }

    /// The field a label that is not in the table names, by its words; nil when its words say
    /// nothing (备注, 注意, Note), or when it is too long to be a label.
    static func classify(folded label: String) -> FieldName? {
        Remembered.classified.value(for: label) { readClassification(of: $0) }
    }

    /// Labels read, remembered: forms repeat the same few thousand labels, and every candidate
    /// label of every line was read afresh (a third of extracting fields).
    private enum Remembered {
        static let named = Memo<(name: FieldName, byWords: Bool)?>()
        static let classified = Memo<FieldName?>()
    }

    private static let labelMarks = CharacterSet(charactersIn: " \t:*#_`-•·")

    private static func readClassification(of label: String) -> FieldName? {
        let t = label.trimmingCharacters(in: Self.labelMarks)
        guard !t.isEmpty else { return nil }
        // A scanned form's label as OCR read it (机器遍亏 for 机器编号, 車位 for 單位).
        if case let repaired = ocrRepaired(t), repaired != t {
            return field(forFolded: repaired) ?? readClassification(of: repaired)
        }
        let cjk = t.unicodeScalars.filter(Normalizer.isCJK).count
        let words = t.split(whereSeparator: { $0 == " " }).count
        guard cjk > 0 ? t.count <= 10 : (t.count <= 32 && words <= 5) else { return nil }
        // Digits or a comma make it text, not a label (`Customer Care Manager, Foo Ltd.`).
        guard !t.contains(where: { $0.isNumber || $0 == "," || $0 == "，" }) else { return nil }
        // What someone found or reported (`值班人员发现`, `科室反映`) is the fault; what an
        // inspection or an engineer found (`检查发现`, `工程师发现`) is its cause.
        if cjk > 0, ["发现", "反映", "反馈"].contains(where: { t.hasSuffix($0) }) {
            return ["检查", "检测", "诊断", "工程师", "维修"].contains(where: t.contains) ? .cause : .fault
        }
        // A Chinese label that ends in a person is that person (安装工程师 is an engineer, not a date).
        let people: [FieldName] = [.engineer, .contact, .signedBy]
        if cjk > 0, let (name, _) = wordRules.first(where: { people.contains($0.0) && $0.1.contains { n in n.unicodeScalars.first.map(Normalizer.isCJK) == true && t.hasSuffix(n) } }) {
            return name
        }
        // So does an English one (`Commissioning engineer`, `Installation technician`).
        if cjk == 0, let last = t.lowercased().split(separator: " ").last,
           let (name, _) = wordRules.first(where: { people.contains($0.0) && $0.1.contains(String(last)) }) {
            return name
        }
        // An English label that ends in `by` names a person (`Visited by`, `Attended by` are no dates).
        if cjk == 0, t.lowercased().hasSuffix(" by") {
            let lower = " " + t.lowercased()
            if let (name, _) = wordRules.first(where: { people.contains($0.0) && $0.1.contains { lower.contains(" " + $0) } }) { return name }
            // The word before `by` says who: the one who came (`Visited by`), not who asked or agreed (`Repair requested by`).
            let words = lower.split(separator: " "), verb = words.count >= 2 ? String(words[words.count - 2]) : ""
            if ["visit", "attend", "servic", "repair", "perform", "complet", "done", "carried", "fixed", "handled"].contains(where: verb.hasPrefix),
               !["request", "approv", "accept", "verif", "receiv", "check"].contains(where: verb.hasPrefix) { return .engineer }
        }
        // A label that ends in a date word (现场处理日期, 处理完成时间, Resolution date) is a
        // date, whatever else it says: only the rules for dates say which date.
        let lower = t.lowercased()
        let isDate = ["日期", "时间", "date"].contains { lower.hasSuffix($0) }
        // The day goods arrived (`Goods delivered`, 到货日期) is the purchase's, not the visit's;
        // where or how they came (交货地点, `Delivered to`, `Delivery method`) is no date.
        if ["delivered", "delivered on", "到货", "交货"].contains(where: lower.hasSuffix)
            || (isDate && cjk > 0 && ["到货", "交货"].contains(where: t.contains)) { return .purchaseDate }
        // Latin needles start at a word (`id` is in `customer id`, not in `incident`).
        // Words run together by a dot or an underscore (SAP's `Notif.date`, `visit_date`) are words too.
        let spaced = " " + t, parted = " " + t.map { $0 == "." || $0 == "_" ? " " : $0 }
        if lower == "window" { return .date }
        // A column name run together (a CMMS's `REPORTDATE`, `TARGSTARTDATE`): its date word apart.
        if cjk == 0, words == 1, lower.hasSuffix("date"), case let head = String(lower.dropLast(4)),
           ["report", "visit", "service", "call", "repair", "install", "purchase", "complet", "finish", "actfinish", "actstart", "start", "close",
            "open", "due", "targstart", "targcomp", "sched", "status", "change", "create", "receiv", "log", "delivery", "ship", "inspect"].contains(where: head.hasPrefix) {
            return readClassification(of: (head.hasPrefix("targ") ? "targ " + head.dropFirst(4) : head) + " date")
        }
        // The party that uses or sent in the unit (使用方, 报修方), not how (使用方法, 报修方式).
        let partyless = cjk > 0 ? t.replacingOccurrences(of: "方式", with: "").replacingOccurrences(of: "方法", with: "").replacingOccurrences(of: "方案", with: "") : t
        for (name, needles) in wordRules where (!isDate || dateRoles.contains(name)) && needles.contains(where: { n in
            n.unicodeScalars.first.map(Normalizer.isCJK) == true ? (name == .customer ? partyless : t).contains(n) : spaced.contains(" " + n) || parted.contains(" " + n)
        }) {
            return name
        }
        return nil
    }
}
