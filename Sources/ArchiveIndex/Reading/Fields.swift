import Foundation

/// Labels in folded form (NFKC, lower case, simplified): traditional labels
/// (客戶名稱, 出廠編號) fold onto their simplified spelling, so one table serves all three scripts.
enum Labels {
    static let table: [(FieldName, [String])] = [
        (.customer, ["客户名称", "客户单位", "用户名称", "用户单位", "使用单位", "接收单位", "新使用单位", "现使用单位", "客户", "用户", "最终用户", "终端用户",
                       // The name a customer file registers (`登記名稱：基督教聯合醫院眼科` over `英文名稱：…`).
                       "登记名称", "院所名称", "customer name", "customer", "client",
                       // A contract's parties: the one that commissions the service (`甲方（委托方）：`),
                       // or the one an English contract calls the customer (`Between: … (the Customer)`).
                       "甲方", "between"]),
        (.formerOwner, ["原使用单位", "原用户单位", "原客户", "原用户", "原单位", "原使用科室", "previous owner", "former owner", "previous customer",
                        "former customer", "transferred from", "moved from", "relocated from"]),
        (.address, ["客户地址", "地址", "address"]),
        (.contact, ["联系人", "联络人", "contact person", "contact"]),
        (.phone, ["联系电话", "联络电话", "电话", "手机", "phone", "tel"]),
        (.device, ["设备名称", "产品名称", "仪器名称", "equipment", "instrument", "product", "device"]),
        (.model, ["产品型号", "设备型号", "仪器型号", "规格型号", "型号", "机型", "model"]),
        (.serial, ["出厂编号", "序列号", "机身编号", "机身号", "设备编号", "仪器编号", "机器编号", "电池组编号", "机号", "序号", "serial number", "serial no.", "serial no", "serial #", "serial", "service tag", "s/n", "sn"]),
        (.date, ["服务日期", "维修日期", "服务时间", "维修时间", "上门日期", "报修日期", "对应日", "对应日期", "日期", "service date", "on-site", "onsite", "date"]),
        (.fault, ["故障现象", "故障描述", "故障情形", "客户反映", "问题描述", "报修内容", "叫修内容", "异常情况", "异常状况", "异常现象", "异常内容", "异常描述",
                  "告警内容", "告警信息", "投诉内容", "客诉内容", "送修原因", "报修原因", "返修原因", "故障", "fault description", "fault", "symptom", "problem",
                  "customer concern", "reported fault"]),
        (.cause, ["故障原因", "原因分析", "故障分析", "原因", "检修结果", "cause", "root cause", "failure analysis"]),
        (.action, ["处理方法", "处理措施", "对策", "对策内容", "处理过程", "维修内容", "服务内容", "解决方案", "处理意见", "处理", "action taken", "action", "resolution", "solution", "fix"]),
        (.parts, ["更换配件", "更换零件", "配换零件", "更换部件", "配件", "parts replaced", "parts"]),
        (.engineer, ["服务人员", "维修人员", "业者担当", "厂商担当", "服务工程师", "维修工程师", "工程师", "技术员", "engineer", "technician"]),
        (.warranty, ["保修状态", "保修情况", "保内/保外", "保固", "保修", "warranty status", "warranty"]),
        (.result, ["处理结果", "维修结果", "检测结果", "检查结果", "结果", "result", "outcome"]),
        (.followUp, ["回访记录", "回访", "follow-up", "follow up", "followup"]),
        (.hours, ["工时", "hours", "labor hours", "labour hours"]),
        (.fee, ["费用", "收费", "金额", "fee", "charge", "cost"]),
        (.number, ["单号", "报告编号", "工单号", "表单编号", "编号", "report no.", "report no", "no."]),
        (.purchaseDate, ["购买日期", "购置日期", "采购日期", "purchase date"]),
        (.installDate, ["安装日期", "装机日期", "验收日期", "install date", "installation date"]),
        (.warrantyUntil, ["保修期至", "保修截止", "保修到期", "保固期限", "保固期至", "warranty until", "warranty expiry"]),
        (.received, ["受理日期", "受理时间", "接收日期", "投诉日期", "received", "date received"]),
        (.urgency, ["紧急程度", "紧急度", "urgency", "priority"]),
        (.responsible, ["责任部门", "责任人", "负责部门", "responsible", "responsible party"]),
        (.lot, ["批号", "生产批号", "lot", "lot no.", "batch"]),
        (.customerClass, ["客户等级", "客户级别", "客户类别", "class", "customer class"]),
        (.contractExpiry, ["合同到期", "合同到期日", "合约到期", "合同期至", "contract expiry", "contract until"]),
        (.serviceMode, ["服务方式", "服务类型", "工单类型", "service mode", "service type", "call type", "visit type", "job type", "type of visit"]),
        (.type, ["类型", "文档类型", "type", "document type", "issue type", "ticket type", "case type", "work order type"]),
        (.tags, ["标签", "关键词", "tags", "keywords"]),
        (.signedBy, ["客户签字", "客户签名", "客户签章", "客户确认", "签字", "签名", "signed by", "customer signature", "signature"]),
        (.alias, ["别名/简称", "简称/别名", "别名", "简称", "曾用名", "又名", "英文名称", "英文名", "中文名称", "中文名", "also known as", "aka", "alias",
                   "short name", "former name", "english name", "chinese name", "registered chinese name", "registered name", "legal name"]),
    ]

    /// (label scalars, field), longest label first, so 出厂编号 wins over 编号.
    static let ordered: [([Unicode.Scalar], FieldName, Bool)] = table
        .flatMap { name, labels in labels.map { (Array($0.unicodeScalars), name, $0.unicodeScalars.contains(where: Normalizer.isCJK)) } }
        .sorted { $0.0.count > $1.0.count }

    private static let labelMarks = CharacterSet(charactersIn: " \t:*#")

    /// The field a folded header or label names, if any (exact match).
    static func field(forFolded label: String) -> FieldName? {
        let trimmed = label.trimmingCharacters(in: Self.labelMarks)
        for (name, labels) in table where labels.contains(trimmed) { return name }
        return nil
    }
}

/// Pulls labelled fields out of text: `客户名称：…`, `出廠編號: …`, `S/N: …`, one or more per line.
enum FieldExtractor {
    private static let colon: Unicode.Scalar = ":"

    /// How many of a document's serials a new mention is compared with as a part of them.
    static let serialsComparedWhole = 64

    /// `dayFirst`: the order of numeric dates that the whole file shows, for a part that does not.
    static func extract(original: String, folded: FoldedText, dayFirst fileOrder: Bool? = nil) -> [Field] {
        var fs = Array(folded.text.unicodeScalars)
        OCRLabels.repair(&fs)
        FrontMatter.inlineFieldsAsPlain(&fs)
        DrawnTables.asBars(&fs)
        DrawnTables.leadersAsPadding(&fs)
        let os = Array(original.unicodeScalars)
        var fields: [Field] = []
        var lineStart = 0
        var open: (index: Int, name: FieldName)?  // a prose field that may continue
        var openIndent = 0  // the white space before the line that opened it
        var awaitingBody = false  // a section heading's field, before its first line
        var loneCustomerLabel: String?  // a customer's label alone on the line before
        var colonEndedLabel = false  // that label ended in a colon (`用户名称：`): its value is the next line
        var rowFields: [Int] = []  // the fields of the table row above, by their pair of cells
        while lineStart <= fs.count {
            var lineEnd = lineStart
            while lineEnd < fs.count && fs[lineEnd] != "\n" { lineEnd += 1 }
            if let (name, label) = sectionHeading(fs, lineStart, lineEnd) {
                // `## Corrective action` over its paragraph: the section is the field.
                open = nil
                if let name {
                    fields.append(Field(name: name, label: slice(os, folded.origin, label.0, label.1), value: "", canonical: nil, how: "section"))
                    open = (fields.count - 1, name)
                    awaitingBody = true
                }
                lineStart = lineEnd + 1
                continue
            }
            // A customer by a label's words only when the value names an institution
            // (`Account manager: 张伟` is a person, `客户要求：尽快` a request); a line whose
            // labels all fall away is text (of the section above it, if any).
            let found = fieldsOnLine(fs, lineStart, lineEnd).filter { f in
                guard f.name == .customer else { return true }
                let value = slice(os, folded.origin, f.valueStart, f.valueEnd)
                return !(f.byWords && !Labels.namesInstitution(value)) && !namesPerson(value)
            }
            let startsWithBar = fs[lineStart..<lineEnd].first { !$0.isSpace } == "|"
            if found.isEmpty, startsWithBar, !rowFields.isEmpty, continueCells(fs, os, folded.origin, lineStart, lineEnd, rowFields, &fields) {
                lineStart = lineEnd + 1
                continue
            }
            rowFields = []
            if found.isEmpty {
                let blank = fs[lineStart..<lineEnd].allSatisfy { $0.isSpace }
                let text = slice(os, folded.origin, lineStart, lineEnd)
                // A form's cells as paragraphs: `报修科室` on its line, the institution on the next.
                if let label = loneCustomerLabel, !blank, Labels.namesInstitution(text) || colonEndedLabel && isPlainName(text) {
                    fields.append(Field(name: .customer, label: label, value: text, canonical: nil, how: "label words"))
                    loneCustomerLabel = nil
                    lineStart = lineEnd + 1
                    continue
                }
                colonEndedLabel = false
                if !blank {
                    let line = string(fs, lineStart, lineEnd).trimmingCharacters(in: .whitespaces)
                    // Alone: `单位：云枢数据运维部` is a label and its value, never the label of the line below.
                    let alone = !line.contains { $0 == ":" || $0 == "：" } || line.last == ":" || line.last == "："
                    loneCustomerLabel = alone && line.count <= 12 && Labels.named(line)?.name == .customer ? text : nil
                }
                // A table row is a cell of its own, never more of the field above it.
                // (So is a Markdown table's rule without outer bars, `--- | ---`.)
                let tableRow = startsWithBar
                    || (fs[lineStart..<lineEnd].contains("|") && fs[lineStart..<lineEnd].allSatisfy { " \t-:|".unicodeScalars.contains($0) })
                if blank || tableRow {
                    if !awaitingBody || tableRow { open = nil }
                } else if isDivider(fs, lineStart, lineEnd) {
                    // `—— 厂家反馈 ——`: the form goes on to another part.
                    open = nil
                } else if open != nil, !awaitingBody, startsWithUnknownLabel(fs, lineStart, lineEnd) {
                    // `Long text：…` under `Description：…`: a field nobody listed ends the one above
                    // (a heading's first line is its body: `### Customer concern` over `Customer reports: …`).
                    open = nil
                } else if let o = open, !awaitingBody, listItemIndent(fs, lineStart, lineEnd).map({ $0 < openIndent })
                            ?? (!fields[o.index].value.isEmpty && startsNumberedSection(fs, lineStart, lineEnd)) {
                    // The next item of a list the field's line was indented under (`1. …上门维修` /
                    // `   处理：更换继电器` / `2. 整理备件`), or the next section of minutes (`三、决议`),
                    // is no more of the field.
                    open = nil
                } else if let o = open {
                    let more = slice(os, folded.origin, lineStart, lineEnd)
                    if !more.isEmpty { fields[o.index].value += (fields[o.index].value.isEmpty ? "" : "\n") + more }
                    awaitingBody = false
                }
            } else {
                awaitingBody = false
                loneCustomerLabel = nil
                colonEndedLabel = false
                // Only a label that says a name (客户名称, 使用单位, `Customer name`): after `客户：`
                // a chat's next line is a message, after `Customer:` a person.
                if found.count == 1, let f = found.first, f.name == .customer, f.valueStart == f.valueEnd, f.labelEnd > f.labelStart,
                   fs[f.labelStart..<lineEnd].last(where: { !$0.isSpace }) == colon,
                   case let words = fs[f.labelStart..<f.labelEnd].filter({ $0.properties.isAlphabetic }),
                   words.count >= 3 && words.allSatisfy(Normalizer.isCJK) || fs[f.labelStart..<f.labelEnd].contains(" ") && !words.contains(where: Normalizer.isCJK) {
                    loneCustomerLabel = slice(os, folded.origin, f.labelStart, f.labelEnd)
                    colonEndedLabel = true
                }
                for f in found {
                    let value = slice(os, folded.origin, f.valueStart, f.valueEnd)
                    let label = slice(os, folded.origin, f.labelStart, f.labelEnd)
                    if value.isEmpty && !f.name.isProse { continue }
                    fields.append(Field(name: f.name, label: label, value: value, canonical: nil, how: f.byWords ? "label words" : "label"))
                    if startsWithBar { rowFields.append(fields.count - 1) }
                }
                if let last = found.last, last.name.isProse, !last.closed, !fields.isEmpty, fields.last?.name == last.name {
                    open = (fields.count - 1, last.name)
                    openIndent = fs[lineStart..<lineEnd].prefix { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }.count
                } else {
                    open = nil
                }
            }
            lineStart = lineEnd + 1
        }
        fields.removeAll { $0.how == "section" && $0.value.isEmpty }
        fields += headerTable(fs, os, folded.origin)
        for f in labelsOverValues(fs, os, folded.origin) where !fields.contains(where: { $0.name == f.name && $0.value == f.value }) {
            fields.append(f)
        }
        fields += serialColumns(fs, os, folded.origin)
        fields += QueryOutput.fields(fs, os, folded.origin)
        if !fields.contains(where: { $0.name == .customer }), let group = chatGroup(original) ?? addressee(original) ?? titledAccount(original)
            ?? titledInstitution(original) {
            fields.append(group)
        }
        if !fields.contains(where: { $0.name == .fault }), let opening = chatOpening(original) ?? ticketOpening(original) { fields.append(opening) }
        if !fields.contains(where: { $0.name == .engineer }), let signed = signature(original) { fields.append(signed) }
        fields = joiningDepartment(droppingProvider(droppingNonNames(fields))).flatMap(splittingPairedLabel)
        let dayFirst = DocumentDates.order(folded.text) ?? fileOrder
        var result = fields.compactMap { canonicalise($0, dayFirst: dayFirst) }
        // A mention inside a serial already found (its last digits, its model) adds nothing.
        // Looked for in the first serials only, so a list of thousands stays linear.
        var known = result.filter { $0.name == .serial }.compactMap(\.canonical)
        var seen = Set(known)
        for f in serialMentions(fs, os, folded.origin) {
            guard let c = f.canonical, !seen.contains(c),
                  // Nor one that ends in a serial found after a slash, a model before it (`BC-5000/BC50021K0137`).
                  !known.prefix(Self.serialsComparedWhole).contains(where: { $0.contains(c)
                      || f.value.contains("/") && f.value.split(separator: "/").last.flatMap({ Normalizer.canonicalSerial(String($0)) }) == $0 })
            else { continue }
            known.append(c)
            seen.insert(c)
            result.append(f)
        }
        return result
    }

    /// A table row that goes on with the values of the row above (a cell too narrow for its
    /// text: `│ 故障现象 │ 频繁出现报警， │` over `│          │ 复检结果不一致。 │`): each
    /// value cell under an empty label cell adds a line to that pair's field. False, changing
    /// nothing, unless every label cell is empty.
    private static func continueCells(_ fs: [Unicode.Scalar], _ os: [Unicode.Scalar], _ origin: [Int32], _ start: Int, _ end: Int,
                                      _ rowFields: [Int], _ fields: inout [Field]) -> Bool {
        var i = start
        while fs[i] != "|" { i += 1 }
        let cells = tableCells(fs, i, end)
        guard cells.count >= 2, stride(from: 0, to: cells.count, by: 2).allSatisfy({ cells[$0].0 == cells[$0].1 }),
              cells.contains(where: { $0.0 < $0.1 }) else { return false }
        for (pair, field) in rowFields.enumerated() where 2 * pair + 1 < cells.count {
            let more = slice(os, origin, cells[2 * pair + 1].0, cells[2 * pair + 1].1)
            if !more.isEmpty { fields[field].value += "\n" + more }
        }
        return true
    }

    /// Where the text after a time of day (`08:05 `, `9:20:31 `) starts, if the line starts with one.
    static func timeOfDay(_ fs: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        let digit = { (k: Int) in k < end && ("0"..."9").contains(fs[k]) }
        var k = i
        guard digit(k) else { return nil }
        k += digit(k + 1) ? 2 : 1
        guard k < end, fs[k] == colon, digit(k + 1), digit(k + 2) else { return nil }
        k += 3
        if k < end, fs[k] == colon, digit(k + 1), digit(k + 2) { k += 3 }
        guard k < end, fs[k] == " " else { return nil }
        while k < end, fs[k] == " " { k += 1 }
        return k
    }

    /// Serial labels followed by a serial anywhere in the text, where a form's `label:` line
    /// rule does not reach: `在用设备：DA7600，出厂编号 DA7600-2019-0457`, `S/N HA5180-20A-0311`.
    static func serialMentions(_ fs: [Unicode.Scalar], _ os: [Unicode.Scalar], _ origin: [Int32]) -> [Field] {
        let labels = Labels.ordered.filter { $0.1 == .serial && $0.0.count >= 2 }
        var out: [Field] = []
        var i = 0
        while i < fs.count {
            var matched: (end: Int, isCJK: Bool)?
            for (scalars, _, isCJK) in labels where i + scalars.count <= fs.count && fs[i..<(i + scalars.count)].elementsEqual(scalars) {
                // Latin labels stand alone: not the end of a word (`isn`) nor the start of one (`snap`).
                if !isCJK {
                    if i > 0, isWordScalar(fs[i - 1]) { continue }
                    if i + scalars.count < fs.count, isWordScalar(fs[i + scalars.count]) { continue }
                }
                matched = (i + scalars.count, isCJK)
                break
            }
            guard let m = matched else { i += 1; continue }
            // The second of two labels (`Model / Serial`, `型号/出厂编号`): its value comes second.
            // (Not after a value: `P/N 8003-1234 / S/N XL2001234`, `XL-200/序列号 …`.)
            var before = i - 1
            while before >= 0, fs[before] == " " { before -= 1 }
            if before >= 0, fs[before] == "/" {
                var wordEnd = before
                while wordEnd > 0, fs[wordEnd - 1] == " " { wordEnd -= 1 }
                var wordStart = wordEnd
                while wordStart > 0, !fs[wordStart - 1].isSpace, !"/:：|\t".unicodeScalars.contains(fs[wordStart - 1]) { wordStart -= 1 }
                if wordStart < wordEnd, Labels.named(string(fs, wordStart, wordEnd)) != nil { i = m.end; continue }
            }
            var k = m.end
            while k < fs.count, fs[k] == " " || fs[k] == ":" || fs[k] == "\t" || fs[k] == "#" { k += 1 }
            // The serial runs to the end of the clause; canonicalSerial stops at prose.
            var e = k
            while e < fs.count, e - k < 48, !Normalizer.isCJK(fs[e]), !"\n,;()[]，。；（）【】".unicodeScalars.contains(fs[e]) { e += 1 }
            while e > k, fs[e - 1].isSpace { e -= 1 }
            // A year after the serial, apart from it, is the clause's date (`SN：28-SC22B-7741　2022年装机`).
            if e < fs.count, "年月".unicodeScalars.contains(fs[e]), let space = fs[k..<e].lastIndex(where: \.isSpace),
               fs[(space + 1)..<e].allSatisfy({ ("0"..."9").contains($0) }) {
                e = space
                while e > k, fs[e - 1].isSpace { e -= 1 }
            }
            if e > k, k > m.end || m.isCJK || fs[m.end] == " " {
                let rest = slice(os, origin, k, e)
                if let canon = Normalizer.canonicalSerial(rest), canon.count >= 6 {
                    out.append(Field(name: .serial, label: slice(os, origin, i, m.end), value: rest,
                                     canonical: canon, how: "pattern"))
                }
            }
            i = max(e, m.end)
        }
        return out
    }

    /// Two fields under one label, parted by a slash in both (`Model / Serial: OCT-5200 /
    /// OCT528558617`, `型号/出厂编号：BC-5000/BC50021K0137`): each its own field. Else the field.
    static func splittingPairedLabel(_ field: Field) -> [Field] {
        let labels = field.label.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        guard labels.count == 2, !labels.contains(where: \.isEmpty) else { return [field] }
        let spaced = field.value.components(separatedBy: " / ")
        let values = (spaced.count == 2 ? spaced : field.value.components(separatedBy: "/")).map { $0.trimmingCharacters(in: .whitespaces) }
        guard values.count == 2, !values.contains(where: \.isEmpty),
              case let names = labels.compactMap({ Labels.named(((try? Normalizer.fold($0)) ?? $0).lowercased())?.name }),
              names.count == 2, names[0] != names[1], names.contains(field.name) else { return [field] }
        return zip(zip(names, labels), values).map { Field(name: $0.0, label: $0.1, value: $1, canonical: nil, how: field.how) }
    }

    /// Canonical forms, and dropping values that cannot be what the label says.
    static func canonicalise(_ field: Field, dayFirst: Bool? = nil) -> Field? {
        var f = field
        // Markdown's emphasis around a value (`**2024/2/3**`) is not part of it.
        f.value = f.value.trimmingCharacters(in: Self.spaceAndEmphasis)
        // A value in quotes (YAML front matter's `site: "Ka Lok Data Centre"`, `客户：“某医院”`).
        f.value = unquoted(f.value)
        switch f.name {
        case .serial:
            guard let c = Normalizer.canonicalSerial(f.value) else { return nil }
            f.canonical = c
        case .model:
            f.canonical = Normalizer.canonicalModel(f.value)
        case let n where n.isDate:
            f.canonical = DateParser.parse(f.value, dayFirst: dayFirst)
        default:
            break
        }
        if f.name == .customer, f.label.lowercased() == "between" {
            guard let party = partyCalledCustomer(f.value) else { return nil }
            f.value = party
        }
        // `甲方：某医院　　乙方：某公司`: the other party, on the same line, is no part of the name.
        if f.name == .customer, f.label.hasPrefix("甲方"), let other = f.value.firstRange(of: #/\s*(?:乙方|受托方|承接方)/#) {
            f.value = String(f.value[..<other.lowerBound])
        }
        if f.value.isEmpty { return nil }
        // `异常情况：无`, `检查结果：正常`: a form's line that says there was nothing.
        if f.name == .fault || f.name == .cause,
           nothingToReport.contains(((try? Normalizer.fold(f.value)) ?? f.value).lowercased().trimmingCharacters(in: Self.sentenceEnds)) {
            return nil
        }
        return f
    }

    /// The party an English contract calls the customer (`Harbourline Plastics (the Customer)`,
    /// `… (hereinafter "the Customer"), and`), without that role; nil for another party (`Lituo
    /// Ltd. (the Contractor)`).
    static func partyCalledCustomer(_ value: String) -> String? {
        var v = value.trimmingCharacters(in: CharacterSet(charactersIn: " ;,.")).replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        if v.lowercased().hasSuffix(" and") { v = String(v.dropLast(4)).trimmingCharacters(in: CharacterSet(charactersIn: " ;,")) }
        guard v.last == ")", let open = v.lastIndex(of: "(") else { return nil }
        let role = v[open...].lowercased().filter { $0.isLetter || $0 == " " }
            .replacingOccurrences(of: "hereinafter", with: "").replacingOccurrences(of: "referred to as", with: "")
            .replacingOccurrences(of: "called", with: "").split(separator: " ").filter { $0 != "the" }
        guard role == ["customer"] || role == ["client"] else { return nil }
        let party = v[..<open].trimmingCharacters(in: .whitespaces)
        return party.isEmpty ? nil : party
    }

    /// What is trimmed from values and headings: a sentence's end, Markdown's emphasis, white
    /// space (each set made once: building one is costly, and it was done for every field).
    private static let sentenceEnds = CharacterSet(charactersIn: " 。.;；")
    private static let headingEmphasis = CharacterSet(charactersIn: " *_")
    private static let spaceAndEmphasis = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "*_`"))

    /// The value inside one pair of quotes around the whole of it; the value itself otherwise.
    static func unquoted(_ v: String) -> String {
        let pairs: [(Character, Character)] = [("\"", "\""), ("'", "'"), ("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’")]
        guard v.count >= 3, let first = v.first, let last = v.last,
              let pair = pairs.first(where: { $0.0 == first && $0.1 == last }) else { return v }
        let inner = v.dropFirst().dropLast()
        // `"A" and "B"` is two quoted values, not one.
        guard !inner.contains(pair.0), !inner.contains(pair.1) else { return v }
        return inner.trimmingCharacters(in: .whitespaces)
    }

    static let nothingToReport: Set<String> = ["无", "没有", "正常", "无异常", "未见异常", "无故障", "-", "—", "/", "none", "n/a", "na", "nil", "normal", "no fault", "no issues"]

    private struct Span {
        let name: FieldName
        let labelStart: Int, labelEnd: Int
        var valueStart: Int, valueEnd: Int
        /// The label is not in the table: its words said which field it is.
        var byWords = false
        /// A clause that ended at its full stop (a fault told mid-line): no more of it follows
        /// on the next line.
        var closed = false
    }

    /// The fields on one line [start, end) of folded scalars.
    private static func fieldsOnLine(_ fs: [Unicode.Scalar], _ start: Int, _ end: Int) -> [Span] {
        var i = start
        while i < end, fs[i].isSpace { i += 1 }
        // A row of a drawn table: `| 客户名称 | 某医院 | 报修日期 | 2024/2/3 |` holds label and
        // value cells; a row of data (`| 4/19 | 一院检验科 | …`) or of column names holds none.
        if i < end, fs[i] == "|", fs[i..<end].filter({ $0 == "|" }).count >= 3 { return tableRow(fs, i, end) }
        // A table without its outer bars, as Markdown allows (`委托单位 | 南通市一院 网络中心`):
        // a row whose first cell names a field.
        // (`工程师：张伟 | 日期：2024-01-02` is two labelled cells, read below.)
        if i < end, fs[i] != "|", let bar = fs[i..<end].firstIndex(of: "|"), !fs[i..<bar].contains(colon) {
            let spans = tableRow(fs, i, end, outerBars: false)
            if !spans.isEmpty { return spans }
        }
        let bold = boldLabel(at: i, fs, end)
        // Leading bullets and quote marks.
        while i < end, fs[i].isSpace || "-*•·|>#".unicodeScalars.contains(fs[i]) { i += 1 }
        // A timeline's time before its label (`- 08:05 接到告警：虚拟服务状态DOWN`).
        if let after = timeOfDay(fs, i, end) { i = after }
        // A line of prose may still state facts after a full stop: `…风扇故障告警。处理：更换风扇。`
        let stops: Set<Unicode.Scalar> = ["。", ";", "！", "!"]
        var first = label(at: i, fs, end, lineStart: true) ?? unlistedLabel(at: i, fs, end) ?? bold
        if first == nil {
            var j = i
            while j < end, first == nil {
                if stops.contains(fs[j]) { first = labelAfterStop(at: j + 1, fs, end, semicolon: fs[j] == ";") }
                j += 1
            }
        }
        if first == nil { first = faultMidLine(fs, i, end) }
        // A label whose value would start at a bar is a table's column name (`型号 | 序列号 | 日期`).
        guard var first, first.valueStart >= end || fs[first.valueStart] != "|" else { return [] }
        // A label whose value opens with another (`服务内容：故障现象：…`) heads a section: the
        // inner label says what the value is.
        while first.valueStart < end, let inner = label(at: first.valueStart, fs, end, lineStart: false)
                ?? unlistedLabel(at: first.valueStart, fs, end, inProse: true),
              !fs[inner.labelStart..<inner.labelEnd].contains(where: \.isSpace) {
            first = inner
        }
        var spans = [first]
        // A line whose first label has no colon (a form printed as text) parts its later cells the same way.
        let colonless = first.labelEnd <= first.valueStart && !fs[first.labelEnd..<first.valueStart].contains(colon)
        // Further `label:` pairs on the same line, after white space or a full stop.
        var j = first.valueStart
        while j < end {
            if fs[j].isSpace || fs[j] == "|" || stops.contains(fs[j]) {
                var k = j, afterStop = false, semicolon = false
                while k < end, fs[k].isSpace || fs[k] == "|" || stops.contains(fs[k]) {
                    afterStop = afterStop || stops.contains(fs[k])
                    semicolon = semicolon || fs[k] == ";"
                    k += 1
                }
                // A tab or a column's padding parts cells as a semicolon does
                // (`叫修單號：1131122-16	報修時間：113年11月22日`): any field's label may follow.
                // An ideographic space is a column's width in a Chinese form (`KS24055　　经办人：周敏`).
                let cell = fs[j..<k].contains { $0 == "\t" || $0 == "\u{3000}" } || fs[j..<k].lazy.filter({ $0 == " " }).count >= 2
                // A bracketed label may follow on the line: `【产品名称】血细胞分析仪　【型号】HX-3100`.
                let bracketed = k < end && brackets[fs[k]] != nil ? bracketedLabel(at: k, fs, end) : nil
                let padded = cell && colonless ? label(at: k, fs, end, lineStart: false, padded: true) : nil
                if let next = bracketed ?? padded ?? (afterStop || cell ? labelAfterStop(at: k, fs, end, semicolon: semicolon || cell) : label(at: k, fs, end, lineStart: false)) {
                    spans[spans.count - 1].valueEnd = j
                    spans.append(next)
                    j = next.valueStart
                    continue
                }
                j = k
            } else {
                j += 1
            }
        }
        for s in spans.indices {
            var e = spans[s].valueEnd
            while e > spans[s].valueStart, fs[e - 1].isSpace || fs[e - 1] == "|" { e -= 1 }
            spans[s].valueEnd = e
        }
        return spans
    }

    /// A label at position i followed by a colon (or, for Chinese labels at the start of a
    /// line, by white space); the value runs to the line's end.
    /// `padded`: after a column's padding, a Chinese label padded the same way
    /// (`服务单号  服字第98754号  服务时间  2023/10/25`, a form printed as text without colons).
    private static func label(at i: Int, _ fs: [Unicode.Scalar], _ end: Int, lineStart: Bool, padded: Bool = false) -> Span? {
        for (scalars, name, isCJK) in Labels.ordered {
            let n = scalars.count
            guard i + n <= end, fs[i..<(i + n)].elementsEqual(scalars) else { continue }
            // A Latin label must end at a word boundary: `sn` is not the start of `snap`.
            if !isCJK, i + n < end, let last = scalars.last, isWordScalar(last), isWordScalar(fs[i + n]) { continue }
            var k = i + n
            while k < end, fs[k] == " " || fs[k] == "\t" || fs[k] == "*" { k += 1 }
            if k < end, fs[k] == colon {
                k += 1
                while k < end, fs[k].isSpace { k += 1 }
                return Span(name: name, labelStart: i, labelEnd: i + n, valueStart: k, valueEnd: end)
            }
            // A label in two languages: `客戶 Customer：…`, `日期 Date (DD/MM/YYYY)：…`.
            if isCJK, k > i + n, let translated = translation(from: k, fs, end) {
                // Nothing after it: a label alone on its line, its value on the next.
                guard translated.valueStart < end else { return nil }
                return Span(name: name, labelStart: i, labelEnd: translated.labelEnd, valueStart: translated.valueStart, valueEnd: end)
            }
            // At the start of a line, a Chinese label followed by white space, or a Latin one
            // padded to a column (`Model             BKC-1200`).
            if lineStart, k < end, isCJK ? k > i + n : (k >= i + n + 2 || fs[i + n] == "\t") {
                // The rest of a label that a scan spaced out (`用户 名 称：`), its value on the
                // next line.
                if isCJK, let rest = labelRest(from: k, fs, end) {
                    // `用户 意见：` is another label's, not 用户 and its value.
                    guard Labels.field(forFolded: String(String.UnicodeScalarView(scalars + rest))) == name else { continue }
                    return Span(name: name, labelStart: i, labelEnd: end, valueStart: end, valueEnd: end)
                }
                return Span(name: name, labelStart: i, labelEnd: i + n, valueStart: k, valueEnd: end)
            }
            if padded, isCJK, k < end, k >= i + n + 2 || fs[i + n] == "\t" || fs[i + n] == "\u{3000}" {
                return Span(name: name, labelStart: i, labelEnd: i + n, valueStart: k, valueEnd: end)
            }
        }
        return nil
    }

    /// A label in bold at the start of a line and its value after it, without a colon
    /// (`**委托单位** 启航微电子…`): the bold words name the field, as an unlisted label's do.
    private static func boldLabel(at i: Int, _ fs: [Unicode.Scalar], _ end: Int) -> Span? {
        guard i + 4 < end, fs[i] == "*", fs[i + 1] == "*" else { return nil }
        var c = i + 2
        while c + 1 < end, c - i <= 34, !(fs[c] == "*" && fs[c + 1] == "*") { c += 1 }
        guard c + 1 < end, fs[c] == "*", fs[c + 1] == "*", c > i + 2,
              let (name, byWords) = Labels.named(string(fs, i + 2, c).trimmingCharacters(in: .whitespaces)) else { return nil }
        var k = c + 2
        while k < end, fs[k].isSpace || fs[k] == colon { k += 1 }
        guard k < end else { return nil }
        return Span(name: name, labelStart: i + 2, labelEnd: c, valueStart: k, valueEnd: end, byWords: byWords)
    }

    /// After a Chinese label and a space, its English rendering up to a colon or to padding
    /// (letters, spaces, `/ . ( ) -`, at most 32 characters): where the label ends and the value
    /// starts (the line's end when none follows).
    static func translation(from k: Int, _ fs: [Unicode.Scalar], _ end: Int) -> (labelEnd: Int, valueStart: Int)? {
        var c = k
        var letters = 0
        // Up to a colon, or to padding (`客戶 Customer       某醫院`, a table printed as text).
        while c < end, c - k <= 32, fs[c] != colon, fs[c] != "\t", !(fs[c] == " " && c + 1 < end && fs[c + 1] == " ") {
            let s = fs[c]
            if s.properties.isAlphabetic, s.isASCII { letters += 1 } else if !" /.()-#&".unicodeScalars.contains(s) { return nil }
            c += 1
        }
        guard letters >= 2, c - k <= 32 else { return nil }
        var labelEnd = c
        while labelEnd > k, fs[labelEnd - 1] == " " { labelEnd -= 1 }
        var v = c
        if v < end, fs[v] == colon { v += 1 }
        while v < end, fs[v].isSpace { v += 1 }
        return (labelEnd, v)
    }

    /// A line that can be a customer's name under its label: short, no label or colon of its
    /// own, no table cell, no person's name.
    static func isPlainName(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        // A person's Chinese name is two or three characters; a sentence has its stops; a
        // label alone on its line, or a date, is no name.
        let chineseOnly = t.unicodeScalars.allSatisfy(Normalizer.isCJK)
        return (2...40).contains(t.count) && !(chineseOnly && t.count <= 3) && !t.contains { ":：|，。？！,?!;；".contains($0) }
            && !namesPerson(t) && t.unicodeScalars.contains { $0.properties.isAlphabetic }
            && Labels.named(t) == nil && DateParser.parse(t) == nil
    }

    /// `名 称：` after a label word: a few Chinese characters, perhaps spaced, and a colon that
    /// ends the line — the rest of a label, not a value (the caller asks whose: `用户 名 称：` is
    /// the customer's, `用户 意见：` another field's). Those characters, or nil.
    static func labelRest(from k: Int, _ fs: [Unicode.Scalar], _ end: Int) -> [Unicode.Scalar]? {
        var last = end
        while last > k, fs[last - 1].isSpace { last -= 1 }
        guard last - 1 > k, fs[last - 1] == colon else { return nil }
        let words = fs[k..<(last - 1)].filter { !$0.isSpace }
        guard (1...4).contains(words.count), words.allSatisfy(Normalizer.isCJK) else { return nil }
        return words
    }

    /// `客戶 Customer`, `維修 Work Done`: a label in Chinese and its English, the whole of
    /// [start, end); where the Chinese ends, or nil for anything else.
    static func chineseHead(_ fs: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        guard let space = fs[start..<end].firstIndex(of: " "), space > start, fs[start..<space].allSatisfy(Normalizer.isCJK),
              let translated = translation(from: space + 1, fs, end), translated.valueStart >= end else { return nil }
        return space
    }

    /// `型　　號`, `序　　號`: a Chinese label spread over a column with spaces, closed up.
    static func closingSpaces(_ label: String) -> String {
        let scalars = Array(label.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (k, s) in scalars.enumerated() {
            if s == " ", let before = scalars[..<k].last(where: { $0 != " " }), let after = scalars[(k + 1)...].first(where: { $0 != " " }),
               Normalizer.isCJK(before), Normalizer.isCJK(after) { continue }
            out.append(s)
        }
        return String(out)
    }

    /// What was repaired or complained of, told in the middle of a line: after the unit a
    /// report's item names (`1. 某医院影像中心 激光相机 ImageDry 5950（1902DL1208）上门维修：开机报
    /// 显影鼓加热超时。`, `…的呼吸机（型号AirCare S7，出厂编号AV181472-M）故障：氧浓度报警。`), or
    /// after a verb of complaining (`某医院眼科于2021年8月29日通过院内OA投诉：打印机不出纸，…。`):
    /// the fault, up to a full stop.
    static let repairWords = ["上门维修", "现场维修", "故障维修", "维修", "报修", "故障现象", "故障"]
    static let complaintVerbs = ["投诉", "反映", "反馈", "报修"]

    private static func faultMidLine(_ fs: [Unicode.Scalar], _ start: Int, _ end: Int) -> Span? {
        func ends(_ j: Int, with word: String) -> Bool {
            let n = word.unicodeScalars.count
            return j - n >= start && fs[(j - n)..<j].elementsEqual(word.unicodeScalars)
        }
        for j in start..<end where fs[j] == colon {
            let labelStart: Int
            if let verb = complaintVerbs.first(where: { ends(j, with: $0) }), j - verb.unicodeScalars.count > start {
                labelStart = j - verb.unicodeScalars.count
            } else if let word = repairWords.first(where: { ends(j, with: $0) }) {
                var b = j - word.unicodeScalars.count
                while b > start, fs[b - 1] == " " { b -= 1 }
                guard b > start, fs[b - 1] == ")" else { continue }
                labelStart = j - word.unicodeScalars.count
            } else {
                continue
            }
            var v = j + 1
            while v < end, fs[v].isSpace { v += 1 }
            var e = v
            while e < end, fs[e] != "。" { e += 1 }
            guard e > v else { return nil }
            return Span(name: .fault, labelStart: labelStart, labelEnd: j, valueStart: v, valueEnd: e, closed: e < end)
        }
        return nil
    }

    /// Whether a line starts a section numbered in Chinese (`三、决议`, `（二）处理经过`).
    static func startsNumberedSection(_ fs: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, fs[i].isSpace { i += 1 }
        let open = i < end && fs[i] == "("
        if open { i += 1 }
        let digits = i
        while i < end, i - digits < 3, InstitutionName.numerals[Character(fs[i])] != nil { i += 1 }
        return i > digits && i < end && fs[i] == (open ? ")" : "、")
    }

    /// The white space before a line that starts a numbered item (`2. `, `2、`, `(2)`, `（2）`), or nil.
    static func listItemIndent(_ fs: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        var i = start
        while i < end, fs[i] == " " || fs[i] == "\t" || fs[i] == "\u{3000}" { i += 1 }
        let indent = i - start
        let open = i < end && (fs[i] == "(" || fs[i] == "（")
        if open { i += 1 }
        let digits = i
        while i < end, i - digits < 3, ("0"..."9").contains(fs[i]) { i += 1 }
        guard i > digits, i < end, !(fs[i] == "." && i + 1 < end && ("0"..."9").contains(fs[i + 1])) else { return nil }
        let closers: Set<Unicode.Scalar> = open ? [")", "）"] : [".", "、", ")", "）"]
        return closers.contains(fs[i]) ? indent : nil
    }

    /// Whether a line opens with a short label and a colon that no rule names (`Long text：…`,
    /// `User status：NOCO`), as a form's lines do; a time (`10:30`) or an address (`http://`) is none.
    private static func startsWithUnknownLabel(_ fs: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, fs[i].isSpace || "-*•·".unicodeScalars.contains(fs[i]) { i += 1 }
        var c = i
        while c < end, c - i <= 20, fs[c] != colon { c += 1 }
        guard c < end, c > i, c - i <= 20, c + 1 < end, fs[c + 1] != "/" else { return false }
        let label = fs[i..<c]
        return label.contains { $0.properties.isAlphabetic } && !label.contains { "。，,;；()（）".unicodeScalars.contains($0) }
            && label.filter { $0 == " " }.count <= 2 && !label.allSatisfy { ("0"..."9").contains($0) || $0 == " " }
    }

    /// A label after a full stop in prose: one of the table, or a prose field's decided by its
    /// words. After a semicolon, which separates fields as often as clauses
    /// (`台北醫院資訊室；客訴日期：108年9月27日`), any field's label with a colon.
    private static func labelAfterStop(at i: Int, _ fs: [Unicode.Scalar], _ end: Int, semicolon: Bool = false) -> Span? {
        label(at: i, fs, end, lineStart: false) ?? unlistedLabel(at: i, fs, end, inProse: true, anyField: semicolon)
    }

    /// A label at the start of a line that the table does not hold, decided by its words
    /// (`报修单位：…`, `**Date of visit:** …`), up to a colon within the first 40 characters;
    /// `inProse`, after a full stop (`…机身号X。科室反映：…`), only one with a colon.
    private static func unlistedLabel(at i: Int, _ fs: [Unicode.Scalar], _ end: Int, inProse: Bool = false, anyField: Bool = false) -> Span? {
        if !inProse, let bracketed = bracketedLabel(at: i, fs, end) { return bracketed }
        if !inProse, let padded = paddedLabel(at: i, fs, end) { return padded }
        var c = i
        while c < end, c - i < 40, fs[c] != colon, !"，,。；;()（）".unicodeScalars.contains(fs[c]) { c += 1 }
        // A short bracket right before the colon says how (`设备序列号(SN)：`): the label is before it.
        var bracket: Int?
        if c < end, c > i, fs[c] == "(" || fs[c] == "（",
           let close = fs[c..<min(end, c + 24)].firstIndex(where: { $0 == ")" || $0 == "）" }), close + 1 < end, fs[close + 1] == colon {
            bracket = c
            c = close + 1
        }
        guard c < end, fs[c] == colon, c > i else { return nil }
        var labelEnd = bracket ?? c
        while labelEnd > i, fs[labelEnd - 1] == " " || fs[labelEnd - 1] == "*" || fs[labelEnd - 1] == "_" { labelEnd -= 1 }
        guard labelEnd > i else { return nil }
        let written = string(fs, i, labelEnd)
        let closed = closingSpaces(written)
        var named = closed == written ? Labels.classify(folded: written) : Labels.named(closed)?.name
        // In two languages (`维修 Work Done`): either half may say it.
        if named == nil, let head = chineseHead(fs, i, labelEnd) {
            named = Labels.named(string(fs, i, head))?.name ?? Labels.classify(folded: string(fs, head + 1, labelEnd))
        }
        // English first (`Problem reported 故障`): `Labels.named` reads each half.
        if named == nil { named = Labels.named(closed)?.name }
        // A tracker's custom field is named in its bracket (`Custom field (Serial Number)：`).
        // (`Labels.named` reads the bracket of the label whole.)
        if named == nil, bracket != nil, written == "custom field" { named = Labels.named(string(fs, i, c))?.name }
        guard let name = named, !inProse || anyField || name.isProse else { return nil }
        var k = c + 1
        while k < end, fs[k].isSpace || fs[k] == "*" || fs[k] == "_" { k += 1 }
        return Span(name: name, labelStart: i, labelEnd: labelEnd, valueStart: k, valueEnd: end, byWords: true)
    }

    /// A heading line (`## Investigation`, `**Corrective action**`, `三、处理措施`) and, when its
    /// words name a prose field (fault, cause, action, result, parts), that field; nil for a
    /// line that is no heading.
    static func sectionHeading(_ fs: [Unicode.Scalar], _ start: Int, _ end: Int) -> (FieldName?, (Int, Int))? {
        var a = start
        while a < end, fs[a] == " " { a += 1 }
        guard a < end else { return nil }
        var b = end
        while b > a, fs[b - 1].isSpace { b -= 1 }
        var isHeading = false, numbered = false
        if fs[a] == "#" {
            while a < b, fs[a] == "#" || fs[a] == " " { a += 1 }
            isHeading = true
        } else if b - a > 4, fs[a] == "*", fs[a + 1] == "*", fs[b - 1] == "*", fs[b - 2] == "*" {
            a += 2; b -= 2
            isHeading = true
        } else if b - a > 3, fs[a] == "d", ("1"..."8").contains(fs[a + 1]), fs[a + 2] == " " {
            // An 8D report's disciplines: `D2 问题描述`, `D4 Root cause`.
            a += 3
            isHeading = true
            numbered = true
            while a < b, fs[a] == " " { a += 1 }
        } else if b - a <= 24, Self.bareHeadings.contains(string(fs, a, b)), let name = Labels.named(string(fs, a, b))?.name, name.isProse {
            // A report's heading on a line of its own, without marks (`Symptom`, `Remedy`, `Root
            // cause`): only these words alone (`No fault found` is a sentence).
            return (name, (a, b))
        } else {
            // 三、处理措施 / 4. Corrective action
            var c = a
            while c < b, c - a < 3, InstitutionName.numerals[Character(fs[c])] != nil || ("0"..."9").contains(fs[c]) { c += 1 }
            if c > a, c < b, "、.".unicodeScalars.contains(fs[c]) { a = c + 1; isHeading = true; numbered = true }
            while a < b, fs[a] == " " { a += 1 }
        }
        guard isHeading, a < b, b - a <= 32, !fs[a..<b].contains(":") else { return nil }
        let label = string(fs, a, b).trimmingCharacters(in: Self.headingEmphasis)
        let name = Labels.named(label).flatMap { $0.name.isProse ? $0.name : nil }
        // A numbered line that names no field is a step of a list, not a heading.
        if numbered && name == nil { return nil }
        return (name, (a, b))
    }

    /// Headings a report may set on a line of their own without marks (folded).
    static let bareHeadings: Set<String> = ["symptom", "symptoms", "fault", "fault description", "problem", "problem description", "complaint",
                                            "finding", "findings", "cause", "root cause", "diagnosis", "investigation", "action", "actions",
                                            "action taken", "actions taken", "remedy", "resolution", "corrective action", "work performed", "work done",
                                            "parts used", "parts replaced", "result", "outcome",
                                            // A Word report's headings over their paragraphs (`故障现象` over `低压报警`); not
                                            // 处理结果, which a sentence may begin with (`处理结果` over `更换硬盘后正常`).
                                            "故障现象", "故障描述", "问题描述", "原因分析", "故障原因", "处理措施", "处理方法", "处理过程", "维修内容"]

    private static let brackets: [Unicode.Scalar: Unicode.Scalar] = ["[": "]", "【": "】", "〔": "〕", "〖": "〗", "<": ">"]

    /// `[客户] 某医院`, `【到场时间】2024-03-05`, `〔使用單位〕 …`: a label in brackets at the start of a line.
    private static func bracketedLabel(at i: Int, _ fs: [Unicode.Scalar], _ end: Int) -> Span? {
        guard i < end, let close = brackets[fs[i]] else { return nil }
        var c = i + 1
        while c < end, c - i <= 20, fs[c] != close { c += 1 }
        guard c < end, fs[c] == close, c > i + 1 else { return nil }
        guard let (name, byWords) = Labels.named(string(fs, i + 1, c).trimmingCharacters(in: .whitespaces)) else { return nil }
        var k = c + 1
        while k < end, fs[k].isSpace || fs[k] == colon { k += 1 }
        guard k < end else { return nil }
        return Span(name: name, labelStart: i + 1, labelEnd: c, valueStart: k, valueEnd: end, byWords: byWords)
    }

    /// `Date received     25 SEP 2021`: a label of a few words padded with spaces to a column.
    private static func paddedLabel(at i: Int, _ fs: [Unicode.Scalar], _ end: Int) -> Span? {
        var c = i
        while c < end, c - i < 32, !(fs[c] == "\t" || (fs[c] == " " && c + 1 < end && fs[c + 1] == " ")), fs[c] != colon { c += 1 }
        // Padding must end the label: a line of 32 characters without it is no label (`Changsha
        // Cancer Hospital, Centra|l Laboratory`).
        guard c < end, c > i, fs[c] == "\t" || fs[c] == " " else { return nil }
        var k = c
        while k < end, fs[k] == " " || fs[k] == "\t" { k += 1 }
        guard k < end else { return nil }
        let label = string(fs, i, c)
        guard !label.unicodeScalars.contains(where: Normalizer.isCJK) || label.unicodeScalars.count <= 8,
              let (name, byWords) = Labels.named(label) else { return nil }
        return Span(name: name, labelStart: i, labelEnd: c, valueStart: k, valueEnd: end, byWords: byWords)
    }

    /// Label and value cells of a table row, in pairs from the first cell; none unless the
    /// first cell is a label and its value cell is not one.
    private static func tableRow(_ fs: [Unicode.Scalar], _ start: Int, _ end: Int, outerBars: Bool = true) -> [Span] {
        let cells = tableCells(fs, start, end, outerBars: outerBars)
        func named(_ cell: (Int, Int)) -> (name: FieldName, byWords: Bool)? {
            cell.0 < cell.1 ? Labels.named(string(fs, cell.0, cell.1)) : nil
        }
        var spans: [Span] = []
        var k = 0
        while k + 1 < cells.count, let (field, byWords) = named(cells[k]) {
            let value = cells[k + 1]
            // A row of column names has a label where the value would be. A long Chinese value
            // whose words name a field (`客户反映仪器无法开机`) is a value that says so.
            guard value.0 < value.1, named(value) == nil || isValueNamingAField(string(fs, value.0, value.1)) else { break }
            spans.append(Span(name: field, labelStart: cells[k].0, labelEnd: cells[k].1, valueStart: value.0, valueEnd: value.1,
                              byWords: byWords))
            k += 2
        }
        // A row of data may state what someone found in a cell of its own (an incident's
        // timeline: `| 12:40 | 值班人员发现：市电正常时频繁切换到电池 |`): the fault.
        if outerBars, spans.isEmpty, cells.count >= 2, named(cells[0]) == nil {
            for c in cells.dropFirst() where c.0 < c.1 {
                guard let s = unlistedLabel(at: c.0, fs, c.1, inProse: true), s.name == .fault, s.valueStart < c.1 else { continue }
                return [Span(name: .fault, labelStart: s.labelStart, labelEnd: s.labelEnd, valueStart: s.valueStart, valueEnd: c.1, byWords: s.byWords)]
            }
        }
        return spans
    }

    /// A cell whose words name a field but that is a value (`客户反映仪器无法开机`): more than six
    /// Chinese characters, not in the label table, and not ending in a label's noun (a column
    /// named `原因分析及处理措施` is a label).
    static func isValueNamingAField(_ cell: String) -> Bool {
        let nouns = ["措施", "结果", "原因", "描述", "内容", "情况", "方法", "现象", "日期", "时间", "名称", "人", "意见", "记录", "说明", "分析"]
        return Labels.field(forFolded: cell) == nil && cell.unicodeScalars.filter(Normalizer.isCJK).count > 6
            && !nouns.contains { cell.hasSuffix($0) }
    }

    /// The cells of a table row that starts with `|` at `start` (or its first cell, without
    /// outer bars), each without its padding, bold marks and a trailing colon; a last cell
    /// without its closing `|` too.
    static func tableCells(_ fs: [Unicode.Scalar], _ start: Int, _ end: Int, outerBars: Bool = true) -> [(Int, Int)] {
        var cells: [(Int, Int)] = []
        var i = outerBars ? start + 1 : start
        while i < end {
            var j = i
            while j < end, fs[j] != "|" { j += 1 }
            var a = i, b = j
            while a < b, fs[a].isSpace || fs[a] == "*" || fs[a] == "_" { a += 1 }
            while b > a, fs[b - 1].isSpace || fs[b - 1] == "*" || fs[b - 1] == "_" || fs[b - 1] == ":" { b -= 1 }
            if j < end || a < b { cells.append((a, b)) }
            i = j + 1
        }
        return cells
    }

    private static let dividerMarks: Set<Unicode.Scalar> = ["—", "-", "=", "─", "━"]

    /// A line that parts a form (`—— 厂家反馈 ——`, `==== Reply ====`): a few words between runs
    /// of dashes or equals signs (a rule alone is not one: it was read as before).
    static func isDivider(_ fs: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let line = fs[start..<end].drop { $0.isSpace }.reversed().drop { $0.isSpace }.reversed()
        guard line.count >= 5, let first = line.first, let last = line.last, dividerMarks.contains(first), dividerMarks.contains(last) else { return false }
        let inner = line.drop { dividerMarks.contains($0) }.reversed().drop { dividerMarks.contains($0) }
        return (2...24).contains(inner.count) && !inner.contains { $0 == ":" || $0 == "：" }
    }

    /// The folded scalars [a, b) as a string.
    static func string(_ fs: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        String(scalars: fs[a..<b])
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ("0"..."9").contains(s)
    }

    /// The original text behind folded scalars [start, end).
    static func slice(_ os: [Unicode.Scalar], _ origin: [Int32], _ start: Int, _ end: Int) -> String {
        guard start < end, end <= origin.count else { return "" }
        let from = Int(origin[start])
        let to = min(os.count, Int(origin[end - 1]) + 1)
        guard from < to else { return "" }
        return String(scalars: os[from..<to]).trimmingCharacters(in: .whitespaces)
    }
}
