import Foundation

/// Detects a document's kind from its title and labels.
enum KindDetector {
    /// Folded keywords, checked in this order against the first lines (training before
    /// complaint: a course on handling complaints is training material).
    private static let titleKeywords: [(DocumentKind, [String])] = [
        (.article, ["知识库", "knowledge base", "kb article", "常见问题", "faq", "how to", "排查指南"]),
        // Reference material: what a trainer writes for engineers about faults in general
        // (tips, quick references, case studies, release notes), not about one visit.
        (.training, ["培训", "训练", "手册", "教程", "考试", "试题", "指南", "技巧", "速查", "疑难排解", "疑难解答", "经验分享", "经验总结",
                     "案例分析", "题库", "training", "manual", "course", "exam", "handbook", "guide", "service tips", "runbook",
                     "playbook", "release notes", "quick reference", "case study", "lessons learned"]),
        // A customer's letter about a fault (`关于机架式服务器故障问题的函`) is a complaint.
        // A hospital office's notice pressing the company on a fault (设备故障督办单) is one too.
        (.complaint, ["投诉", "客诉", "顾客抱怨", "客户抱怨", "complaint", "问题的函", "故障的函", "问题的告知函", "故障的告知函", "督办单"]),
        (.quality, ["质量反馈", "质量信息反馈", "质量问题反馈", "quality feedback", "quality report", "品质异常"]),
        (.customer, ["客户档案", "客户信息卡", "客户资料卡", "客户资料", "客户信息", "客户基本信息", "客户资讯", "客户登记", "装机清单", "巡检计划",
                      "customer file", "customer profile", "customer record", "customer information", "account profile", "installed base"]),
        // A unit's file (`维修保养档案`), its history (`Work history by asset`) or the book kept
        // beside it (`设备维修记录本`, logbook): its visits one after another, not one visit.
        (.equipment, ["设备档案", "设备维修档案", "维修保养档案", "维护保养档案", "设备保养档案", "履历", "设备信息", "仪器档案", "机台档案", "装机记录", "设备台账",
                      "维修台账", "保养台账", "维修记录本", "维护记录本", "保养记录本", "维修纪录本", "报修登记簿", "work history", "repair history",
                      "instrument history", "asset history", "logbook", "log book",
                      // A bank's or a site's book of the visits to one machine (自助设备维护登记簿;
                      // a 返厂维修登记表 is one repair's form).
                      "维护登记簿", "维修登记簿", "保养登记簿", "维护登记本", "维修登记本", "equipment record", "equipment history", "asset record",
                      "installation record", "service history", "maintenance history", "asset service log", "equipment service log"]),
        (.repair, ["维修", "抢修", "修护卡", "修理", "服务报告", "服务单", "服务回执", "工作单", "验收报告", "验收记录", "安装报告", "安装调试", "调试报告", "commissioning", "acceptance report", "installation report", "叫修", "报修", "服务日志", "工作日志", "工作记录", "工作汇报", "工作日报", "工作周报", "外勤", "巡检报告", "巡检记录", "保养记录", "维护记录", "维护报告", "保养报告", "预防性维护", "聊天记录",
                   "service report", "service form", "repair", "work order", "field service", "service ticket", "service visit", "site visit", "visit report", "call report", "service log",
                   "preventive maintenance", "return material"]),
    ]

    /// Whether a title mentions a keyword: Chinese anywhere, a Latin word only as a word
    /// (`exam`, not the start of `example`; `manuals` for `manual`).
    static func mentions(_ head: Substring, _ word: String) -> Bool {
        guard word.unicodeScalars.first.map(Normalizer.isCJK) == false else { return head.contains(word) }
        var from = head.startIndex
        while let r = head.range(of: word, range: from..<head.endIndex) {
            let before = r.lowerBound == head.startIndex ? nil : head[head.index(before: r.lowerBound)]
            var after = r.upperBound < head.endIndex ? head[r.upperBound] : nil
            if after == "s" {
                let next = head.index(after: r.upperBound)
                after = next < head.endIndex ? head[next] : nil
            }
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            from = r.upperBound
        }
        return false
    }

    /// A document's title lines: its first two lines, or an e-mail's subject.
    static func head(_ folded: String) -> Substring {
        var lines = Array(folded.lines(within: 4096))
        // A note's front matter (`---` … `---`) is no title: the title follows it.
        if lines.first == "---", let close = lines.dropFirst().prefix(60).firstIndex(where: { $0 == "---" || $0 == "..." }) {
            lines = Array(lines[(close + 1)...])
        }
        let mailHeaders = ["from:", "to:", "date:", "subject:", "sent:", "cc:", "发件人:", "收件人:", "主题:", "寄件者:", "收件者:", "主旨:"]
        if let first = lines.first, mailHeaders.contains(where: { first.hasPrefix($0) }),
           let subject = lines.first(where: { l in DocumentDates.subjectHeaders.contains(where: l.hasPrefix) }) {
            return subject.prefix(200)
        }
        // A letter's subject line (`Re: Your complaint of …`, `事由：…`) says what the letter is about.
        let subject = lines.prefix(16).first { l in
            let t = l.drop(while: { $0 == " " })
            return t.hasPrefix("re:") || t.hasPrefix("subject:") || t.hasPrefix("事由:") || t.hasPrefix("关于:")
        }
        // A log's first dated entry (`### 2021-06-07 安装调试`) ends the title: neither it nor
        // what follows it is one.
        if let entry = lines.prefix(16).indices.dropFirst().first(where: { startsDated(lines[$0]) }) {
            lines = Array(lines[..<entry])
        }
        // A letterhead (the company, its service department) comes before the title.
        let letterhead = lines.prefix(4).prefix(while: isLetterhead).count
        return Substring((lines.prefix(letterhead + 2) + (subject.map { [$0] } ?? [])).map { $0.prefix(200) }.joined(separator: "\n"))
    }

    nonisolated(unsafe) private static let datedEntry = #/[#*\- ]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/#
    /// A line that begins with a date (after a heading's or a list's marks); a digit (or a
    /// character beyond ASCII, which may be one) is looked for before the expression is tried.
    private static func startsDated(_ line: Substring) -> Bool {
        guard let first = line.utf8.first(where: { !"#*- ".utf8.contains($0) }), first >= 0x80 || (0x30...0x39).contains(first) else { return false }
        return line.prefixMatch(of: datedEntry) != nil
    }

    /// A line of a letterhead: a company's name or its service department, with no field on it
    /// and no word of a title (`技术服务派工单` is the title under it).
    static func isLetterhead(_ line: Substring) -> Bool {
        guard line.count <= 80, !line.contains(":"), !titleKeywords.contains(where: { $0.1.contains { mentions(line, $0) } }) else { return false }
        let words = line.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return ["有限公司", "服务部", "服务中心"].contains(where: line.contains)
            || words.contains { ["ltd", "limited", "inc", "gmbh", "plc", "llc"].contains(String($0)) }
            || line.contains("service department")
    }

    static func detect(folded: String, fields: [Field], path: String = "", ledgerRow: Bool = false) -> DocumentKind {
        if let declared = fields.first(where: { $0.name == .type }),
           let k = fromTypeField((try? Normalizer.fold(declared.value)) ?? declared.value) {
            return k
        }
        // The first two lines, as far as a title goes (a file of one long line is no title).
        let head = head(folded)
        // A contract (`设备维保服务合同`, `Maintenance Services Agreement`) is the customer's paper,
        // whatever service it promises: its dates are its term, no visit.
        if contractTitle(head) { return .customer }
        for (kind, words) in titleKeywords where words.contains(where: { mentions(head, $0) }) {
            return kind
        }
        // A title spaced out character by character, as OCR reads a printed one (`设 备 维 修 记
        // 录 本`), closed up, says a service record; it makes no customer file, which vouches
        // for a name (measured: it joined customers on the held-out forms of other hands).
        let closed = Substring(spacedOutClosed(String(head)))
        if closed != head, let (kind, _) = titleKeywords.first(where: { [.repair, .equipment].contains($0.0) && $0.1.contains { mentions(closed, $0) } }) {
            return kind
        }
        // A bulletin, tips or the common faults of a model, in a title no word of a visit's names
        // (`Service Bulletin SB-197: …`; `Service report – Service Bulletin SB-045 implementation`
        // is a visit's, found above).
        if referenceTitle(head) { return .training }
        // A title that names a customer's record in words no list has (`往來客戶概況`, `客户资产盘点表`).
        if customerRecordTitle(head) { return .customer }
        // A chat transcript (`[2024/3/5 10:21] 张工: 已到现场…`) is a service conversation.
        if FieldExtractor.isChatTranscript(folded) { return .repair }
        // A list of units (a serial column) makes no document a service record.
        let names = Set(fields.filter { $0.how != "table column" }.map(\.name))
        // A call logged and then attended (`Logged`, `Attended`) is a service call; one only
        // received, or one whose labels say complaint (`Complaint details`, `Customer concern`),
        // is a complaint.
        // (Labels are read only then: folding every document's labels costs ingest time.)
        let attended = { fields.contains { $0.name == .date && DocumentDates.labelSays($0, DocumentDates.visitLabelWords) }
            && fields.contains { $0.name == .received && DocumentDates.labelSays($0, ["logged", "opened", "创建", "建单"]) }
            && !fields.contains { DocumentDates.labelSays($0, ["complaint", "concern", "投诉", "客诉"]) } }
        // Faults and fixes in general: several of them, about no customer, no unit, no day and
        // no engineer (a troubleshooting table, numbered tips, a release's fixed issues).
        if isReference(fields, folded: folded) { return .training }
        if names.contains(.urgency) || (names.contains(.received) && !attended()) { return .complaint }
        if names.contains(.lot) { return .quality }
        // A unit's visits one after another, whatever its title (`# 某公司 · PL-1600E` over
        // `### 2021-06-07 安装调试`, `### 2021-10-04 故障维修`): log entries of three days or
        // more are an equipment history, not one visit.
        if names.contains(.fault) || names.contains(.action) || names.contains(.serial),
           Set(RepairLog.entries(in: folded, folded: folded, dayFirst: nil).map(\.date)).count >= 3 { return .equipment }
        // Where a mail or a register was filed (`客訴郵件/107/回覆_….txt`, `投诉登记/2018/TS18031939.csv`)
        // says what a subject or a row without a kind's word does not, before a fault or a serial
        // says a visit. (Not a form's: a visit report filed with the complaint it answers is a visit.)
        if ledgerRow || DocumentDates.isMail(folded), let filed = filedAs(path) { return filed }
        if names.contains(.fault) || names.contains(.action) { return .repair }
        if names.contains(.customerClass) || names.contains(.contractExpiry) { return .customer }
        if names.contains(.serial) && (names.contains(.installDate) || names.contains(.warrantyUntil) || names.contains(.purchaseDate)) {
            return .equipment
        }
        // A list of the units a customer has (`Installed base:` over `- UPS …, S/N …, installed …`),
        // in notes that vouch for no name (an account's handover): the units' record, no visit.
        if installedBase(folded) { return .equipment }
        if names.contains(.serial) { return .repair }
        return .article
    }

    /// A complaint (or a quality feedback) by its file's name or one of the two folders above
    /// it, nearest first: a mail filed by hand (`客訴郵件/107/回覆_….txt`,
    /// `Complaints/0176_complaint-thread.txt`). Folders of a year or a month (`2023`, `2023年`,
    /// `03月`, `Q1`) are passed over; a name that denies the word (`非客诉`, `Non-complaint`)
    /// says no kind. No other kind: a folder named for a unit's file (`设备档案/…`) or a
    /// customer's holds every paper of the unit's or the customer's, its visit reports among
    /// them (measured on held-out archives: visit reports read as a unit's record and as
    /// training by their folders lost the brief a tenth of its visits). `path` is the file's,
    /// without a ledger row's part.
    static func filedAs(_ path: String) -> DocumentKind? {
        let components = path.split(separator: "/").reversed()
        var folders = 0
        for (i, component) in components.enumerated() {
            let name = i == 0 ? (component.lastIndex(of: ".").map { component[..<$0] } ?? component) : component
            if i > 0 {
                if isDateFolder(name) { continue }
                folders += 1
                if folders > 2 { break }
            }
            let words = ((try? Normalizer.fold(String(name))) ?? String(name).lowercased())
                .map { "_-.".contains($0) ? " " : $0 }
            let head = Substring(String(words))
            for (kind, keywords) in titleKeywords where [.complaint, .quality].contains(kind) {
                guard let word = keywords.first(where: { mentions(head, $0) }) else { continue }
                return ["非", "无", "不", "non ", "no ", "not "].contains { head.contains($0 + word) } ? nil : kind
            }
        }
        return nil
    }

    /// A folder named for a year, a month, a day or a quarter: `2023`, `2023年`, `03月`, `2023-03`, `Q1`.
    static func isDateFolder(_ name: Substring) -> Bool {
        let rest = name.lowercased().filter { !$0.isNumber && !"年月日季度 _-.q".contains($0) }
        return rest.isEmpty && name.contains(where: \.isNumber)
    }

    /// Words of reference material that a visit's title may also carry, read only where no
    /// visit's word is: before a colon, outside a table's header.
    private static let referenceWords = ["service bulletin", "technical bulletin", "技术通报", "服务通报", "常见故障", "常见错误", "tips"]

    static func referenceTitle(_ head: Substring) -> Bool {
        head.split(separator: "\n").contains { line in
            let title = line.prefix { $0 != ":" }
            return !title.contains("|") && referenceWords.contains { mentions(title, $0) }
        }
    }

    /// The last word of a contract's title (folded: 合約書 is 合约书): `维保服务合同`, `設備維護合約書`,
    /// `Service Agreement`. 协议 only after a service's word: alone it may be a protocol's
    /// (`Modbus通讯协议`).
    private static let contractWords = ["合同", "合同书", "合约", "合约书", "agreement", "contract"]
    private static let serviceAgreementWords = ["服务协议", "维保协议", "维修协议", "保养协议", "保修协议", "维护协议"]

    /// Whether a document's title is a contract's: its first line under the letterhead ends with
    /// a contract's word (`设备维保服务合同`, `《设备维保合同》`, `维保合同（2021版）`) and holds no
    /// field (`合同编号：…`) and no choice (`☐保修 ☐收费 ☑合同`, `Warranty / Chargeable /
    /// Contract`); `2018年度维保合同执行表` is a record kept under one, `Repair – non-contract` a visit.
    static func contractTitle(_ head: Substring) -> Bool {
        guard let line = head.split(separator: "\n").first(where: { !isLetterhead($0) }),
              !line.contains(":"), !line.contains("|"), !line.contains("/"),
              !line.unicodeScalars.contains(where: { (0x25A0...0x25FF).contains($0.value) || (0x2610...0x2612).contains($0.value) }) else { return false }
        var title = line.trimmingCharacters(in: CharacterSet(charactersIn: " #*《》<>\"“”"))
        // An edition or a copy in brackets after it (`（2021版）`, `(副本)`).
        if title.last == ")", let open = title.lastIndex(of: "("), title.distance(from: open, to: title.endIndex) <= 12 {
            title = String(title[..<open]).trimmingCharacters(in: CharacterSet(charactersIn: " 》\""))
        }
        if serviceAgreementWords.contains(where: { title.hasSuffix($0) || title.hasSuffix($0 + "书") }) { return true }
        return contractWords.contains { word in
            guard title.hasSuffix(word) else { return false }
            guard word.first!.isASCII else { return true }
            let before = title.dropLast(word.count)
            return (before.isEmpty || before.last == " ") && !before.hasSuffix("non ") && !before.hasSuffix("non-")
        }
    }

    /// Whether a stored document's title (its first line, as written) is a contract's: its customer
    /// names are a party's, which vouch for no customer as a customer file's do.
    static func isContract(title: String) -> Bool {
        contractTitle(Substring(((try? Normalizer.fold(title)) ?? title).lowercased()))
    }

    /// Words of a title that say whose record it is, and what kind of record, written together
    /// (`客户概况`, `客户资产`, `用户资料`): apart, they are a form's labels (`客户名称 … 信息科`) or
    /// another record of customers' (`客户回访信息表`). (Not English
    /// titles: `Account summary` lists an HK office's accounts by their English names, and a
    /// customer file vouches for its name, which kb cannot yet join to the customer's Chinese
    /// name when no document writes both; measured, fifthgen's links lost 0.04 of recall.)
    private static let customerWords = ["客户", "用户"]
    private static let recordWords = ["档案", "资料", "信息", "概况", "主数据", "主档", "名录", "资产", "明细"]

    /// A title line that names a customer and a record of one (`客户主数据`, `往來客戶概況`),
    /// without a word of another kind (checked before), before any colon: a field's line
    /// (`客户：… 信息科`) is no title, and `客户主数据：南阳市中心医院` names the customer after one.
    static func customerRecordTitle(_ head: Substring) -> Bool {
        head.split(separator: "\n").contains { line in
            let title = line.prefix { $0 != ":" }
            return !title.contains("|") && customerWords.contains { c in recordWords.contains { title.contains(c + $0) } }
        }
    }

    /// Several faults, causes, fixes or fault codes of one kind, and nothing that places them:
    /// no customer, unit, date or engineer, and no entries of two days as a log has them. What
    /// a trainer writes, not what a visit or a log records.
    static func isReference(_ fields: [Field], folded: String) -> Bool {
        let placing: Set<FieldName> = [.customer, .serial, .engineer, .date, .received, .installDate, .purchaseDate, .number, .signedBy]
        guard !fields.contains(where: { placing.contains($0.name) }),
              case let count = { (n: FieldName) in fields.lazy.filter { $0.name == n }.count },
              [FieldName.fault, .cause, .action, .faultCode].contains(where: { count($0) >= 2 }) else { return false }
        // A log's entries are dated, on lines, in a table's rows or in paragraphs (a unit's
        // history whose customer and serial were not read).
        return Set(RepairLog.entries(in: folded, folded: folded, dayFirst: nil, labelledDates: true, narratives: true).map(\.date)).count < 2
    }

    /// Runs of four or more Chinese characters each parted from the next by one space, closed
    /// up; words spaced apart (`台北 榮總 維修報告`) stay as they are.
    static func spacedOutClosed(_ text: String) -> String {
        guard text.contains(" ") else { return text }
        return text.replacing(spacedOut) { (m: Regex<Substring>.Match) in String(m.output.filter { $0 != " " }) }
    }
    // Kept compiled: a regex literal is parsed again each time it is evaluated.
    nonisolated(unsafe) private static let spacedOut = #/\p{Han}(?: \p{Han}){3,}(?!\p{Han})/#

    /// Headings of the list of a customer's units, on a line of their own.
    private static let installedBaseHeadings: Set<String> = ["installed base", "installed equipment", "equipment list", "units installed",
                                                             "装机清单", "在用设备", "设备清单", "装机设备", "在用设备清单"]

    static func installedBase(_ folded: String) -> Bool {
        folded.lines(within: 4096).contains { line in
            let t = line.trimmingCharacters(in: CharacterSet(charactersIn: " #*:：-=")).lowercased()
            return t.count <= 20 && installedBaseHeadings.contains(t)
        }
    }

    /// Whether a document read as an article says it is one (a knowledge-base title, a declared
    /// type), rather than being one because nothing it says names another kind: a shipment note,
    /// a quotation or a year's maintenance report filed under a customer is no article's example.
    /// An article written in kb (`article #12`), one filed in a knowledge base's folder
    /// (`知识库/…`, `KB/FAQ/…`) or declared one (a type field, `--kind article` at ingest) says so.
    static func saysArticle(folded: String, fields: [Field], source: String) -> Bool {
        if source.hasPrefix("article #") { return true }
        if let declared = fields.first(where: { $0.name == .type }),
           fromTypeField((try? Normalizer.fold(declared.value)) ?? declared.value) == .article { return true }
        let folders = source.split(separator: "/").dropLast().map { ((try? Normalizer.fold(String($0))) ?? String($0)).lowercased() }
        if folders.contains(where: { f in knowledgeBaseFolders.contains { f.contains($0) } } ) || folders.contains("kb") { return true }
        let head = head(folded)
        return titleKeywords.first { $0.0 == .article }!.1.contains { mentions(head, $0) }
    }
    static let knowledgeBaseFolders = ["知识库", "knowledge base", "knowledge-base", "knowledgebase", "faq"]

    private static func fromTypeField(_ declared: String) -> DocumentKind? {
        // Words run together as a tag's are (`site-visit`, `service_report`).
        let v = declared.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        for (kind, words) in titleKeywords where words.contains(where: { v.contains($0) }) { return kind }
        if v.contains("文章") || v.contains("article") { return .article }
        return DocumentKind(name: v)
    }
}
