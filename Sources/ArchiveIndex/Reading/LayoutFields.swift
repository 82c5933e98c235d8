import Foundation

/// Fields read from a document's layout rather than its `label: value` lines: a form laid out
/// sideways, a list of units under a serial column, a chat transcript's group name.
extension FieldExtractor {
    /// Each line of the folded text: its cells if it is a row of a drawn table (`| a | b |`), else nil.
    static func tableRows(_ fs: [Unicode.Scalar]) -> [[(Int, Int)]?] {
        var rows: [[(Int, Int)]?] = []
        var start = 0
        for i in 0...fs.count where i == fs.count || fs[i] == "\n" {
            var a = start
            while a < i, fs[a] == " " { a += 1 }
            rows.append(a < i && fs[a] == "|" ? tableCells(fs, a, i) : nil)
            start = i + 1
        }
        return rows
    }

    /// A table whose header row is the labels and whose one data row the values
    /// (`| 客户 | 型号 | 序列号 | 报修日期 |` over `| 某医院 | … |`): a form laid out sideways.
    /// A table of several data rows is a log or a list, not one form's fields.
    static func headerTable(_ fs: [Unicode.Scalar], _ os: [Unicode.Scalar], _ origin: [Int32]) -> [Field] {
        let lines = tableRows(fs)
        func text(_ c: (Int, Int)) -> String { string(fs, c.0, c.1) }
        var out: [Field] = []
        var n = 0
        while n + 2 < lines.count {
            defer { n += 1 }
            guard let header = lines[n], header.count >= 2, let rule = lines[n + 1],
                  rule.allSatisfy({ text($0).allSatisfy { "-: ".contains($0) } }),
                  let row = lines[n + 2], row.count == header.count,
                  n + 3 >= lines.count || lines[n + 3] == nil else { continue }
            let names = header.map { Labels.named(text($0))?.name ?? Labels.sidewaysColumns[text($0)] }
            // Two thirds of the columns named, or three (a handover's `| 客户 | 设备 / 机身号 | 事项 | 工程师 | 状态 |`).
            let named = names.filter { $0 != nil }.count
            guard named * 3 >= header.count * 2 || named >= 3 else { continue }
            for (h, (name, v)) in zip(header, zip(names, row)) where name != nil && v.0 < v.1 {
                let value = slice(os, origin, v.0, v.1)
                if name == .customer && !Labels.namesInstitution(value) { continue }
                out.append(Field(name: name!, label: slice(os, origin, h.0, h.1), value: value, canonical: nil, how: "table header"))
            }
        }
        return out
    }

    /// A form exported label over value, each on its own line (`工单编号` / `WX20180806003` /
    /// `客户全称` / `宁波中心医院-信息科` …), as a web form's cells come out when copied. Read
    /// only where the layout holds for three pairs or more, so that a line of prose that happens
    /// to be a label's words is no label elsewhere; one line of value per label.
    static func labelsOverValues(_ fs: [Unicode.Scalar], _ os: [Unicode.Scalar], _ origin: [Int32]) -> [Field] {
        var lines: [(Int, Int)] = []
        var start = 0
        while start < fs.count {
            var end = start
            while end < fs.count, fs[end] != "\n" { end += 1 }
            var a = start, b = end
            while a < b, fs[a].isSpace { a += 1 }
            while b > a, fs[b - 1].isSpace { b -= 1 }
            if a < b { lines.append((a, b)) }
            start = end + 1
        }
        func lone(_ line: (Int, Int)) -> (name: FieldName, byWords: Bool)? {
            // The label in Chinese, and maybe its English after it (`客戶 Customer`); no label
            // is longer than a dozen characters (more scalars than four a character are not
            // made a string to count them).
            let end = chineseHead(fs, line.0, line.1) ?? line.1
            guard end - line.0 <= 48 else { return nil }
            let text = string(fs, line.0, end)
            guard text.count <= 12, !text.contains(":") else { return nil }
            return Labels.named(text)
        }
        var out: [Field] = []
        var n = 0
        while n + 1 < lines.count {
            guard let (name, byWords) = lone(lines[n]), lone(lines[n + 1]) == nil else { n += 1; continue }
            let value = slice(os, origin, lines[n + 1].0, lines[n + 1].1)
            n += 2
            if name == .customer && !Labels.namesInstitution(value) { continue }
            out.append(Field(name: name, label: slice(os, origin, lines[n - 2].0, lines[n - 2].1), value: value,
                             canonical: nil, how: byWords ? "label words" : "label"))
        }
        return out.count >= 3 ? out : []
    }

    /// An engineer's note signed at its foot (`—— 贾工`, `— 尹德旺工程师`): the engineer who wrote
    /// it, when the name says an engineer (X工, 工程师, 师傅).
    static func signature(_ original: String) -> Field? {
        guard let last = original.suffix(400).split(separator: "\n").lazy.map({ $0.trimmingCharacters(in: .whitespaces) }).last(where: { !$0.isEmpty }),
              last.hasPrefix("—") || last.hasPrefix("--") || last.hasPrefix("——") else { return nil }
        let name = last.drop { "—-– ".contains($0) }.trimmingCharacters(in: .whitespaces)
        guard (2...10).contains(name.count), !name.contains(where: { ":：,，。".contains($0) }),
              ["工", "工程师", "师傅"].contains(where: name.hasSuffix) else { return nil }
        return Field(name: .engineer, label: "——", value: name, canonical: nil, how: "signature")
    }

    /// A letter's addressee: the institution named in the lines just above `Attn:` (or
    /// `Attention:`, `收件人：`), as a letter to a customer is headed.
    static func addressee(_ original: String) -> Field? {
        let lines = original.prefix(4_000).split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let attn = lines.firstIndex(where: { l in
            let lower = l.lowercased()
            return lower.hasPrefix("attn") || lower.hasPrefix("attention:") || l.hasPrefix("收件人")
        }) else { return nil }
        for line in lines[max(0, attn - 3)..<attn].reversed() where !line.isEmpty {
            if Labels.namesInstitution(line), !line.contains(where: { $0.isNumber }) {
                return Field(name: .customer, label: "Attn", value: line, canonical: nil, how: "addressee")
            }
        }
        return nil
    }

    /// Three lines or more stamped with a time (`[2024/3/5 10:21] 张工: 已到现场…`, WhatsApp's
    /// `30/06/2021, 10:03 - Grace Cheng: …`): a chat transcript.
    static func isChatTranscript(_ text: String) -> Bool {
        text.lines(within: 20_000).lazy.filter { chatMessage($0) != nil }.prefix(3).count >= 3
    }

    /// What follows a chat line's time stamp: `[2024/3/5 10:21] …` (WeChat, WhatsApp on iOS) or
    /// `30/06/2021, 10:03 - …` (WhatsApp on Android); nil for a line with no stamp.
    static func chatMessage(_ line: Substring) -> Substring? {
        guard let first = line.first else { return nil }
        if first == "[" {
            guard line.dropFirst().first?.isNumber == true, line.prefix(24).contains(":"), let close = line.prefix(30).firstIndex(of: "]") else { return nil }
            return line[line.index(after: close)...]
        }
        guard first.isNumber, let dash = line.prefix(30).range(of: " - "),
              line[..<dash.lowerBound].contains(":"), line[..<dash.lowerBound].contains(where: { $0 == "/" || $0 == "." || $0 == "-" }) else { return nil }
        return line[dash.upperBound...]
    }

    /// A WhatsApp group's name, as its export records it (`Grace Cheng created group "Foo
    /// Hospital – service"`; the last `changed the subject from "…" to "…"` when renamed).
    static func whatsAppGroup(_ lines: [Substring]) -> String? {
        var name: String?
        for line in lines {
            guard let message = chatMessage(line) else { continue }
            guard message.hasSuffix("\""), [" created group \"", " changed the subject ", " changed the group name "].contains(where: message.contains),
                  let open = message.dropLast().lastIndex(of: "\"") else { continue }
            // `… changed the subject from "Old" to "New"`: the new name, in the last quotes.
            name = String(message[message.index(after: open)...].dropLast())
        }
        return name
    }

    /// A chat transcript's group, named after its customer as service groups are
    /// (`群聊：西安金桥-售后服务群`, `聊天记录（深圳第一人民医院（病理科））`, `Group: Foo Hospital service`,
    /// WhatsApp's `created group "Foo Hospital – service"`): the customer, when the name names an
    /// institution.
    static func chatGroup(_ original: String) -> Field? {
        guard isChatTranscript(original) else { return nil }
        let lines = Array(original.lines(within: 20_000))
        guard let first = lines.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
        var name = first.trimmingCharacters(in: .whitespaces)
        var label = ""
        for prefix in ["群聊", "群名称", "群名", "聊天记录", "聊天記錄", "微信群", "group chat", "group", "chat"] {
            guard name.lowercased().hasPrefix(prefix) else { continue }
            label = String(name.prefix(prefix.count))
            name = String(name.dropFirst(prefix.count)).trimmingCharacters(in: CharacterSet(charactersIn: " ：:"))
            break
        }
        if label.isEmpty, let group = whatsAppGroup(lines) { (label, name) = ("WhatsApp group", group) }
        guard !label.isEmpty else { return nil }
        if let open = name.first, "（(".contains(open), let close = name.last, "）)".contains(close) { name = String(name.dropFirst().dropLast()) }
        for suffix in ["售后服务群", "售後服務群", "服务群", "服務群", "售后群", "技术群", "service group", "service", "群"] {
            if name.lowercased().hasSuffix(suffix) { name = String(name.dropLast(suffix.count)); break }
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " -–—_·"))
        guard name.count >= 2, Labels.namesInstitution(name) || CompanyName.of(name)?.place != nil else { return nil }
        return Field(name: .customer, label: label, value: name, canonical: nil, how: "chat group")
    }

    /// A chat transcript's first message from a person (`[2019/5/22 8:19] 何护士长: 你好，我们这台…
    /// 相机采图有条纹，麻烦尽快安排人来看一下`): in a service group the conversation opens with the
    /// report, so it is the fault when no line labels one. The lines before it that name no sender
    /// (WhatsApp's notices: encryption, group created) say nothing.
    static func chatOpening(_ original: String) -> Field? {
        guard isChatTranscript(original) else { return nil }
        // Only the first message: a greeting or an acknowledgement there says no fault.
        for line in original.lines(within: 20_000) {
            guard let message = chatMessage(line) else { continue }
            guard let colon = message.prefix(40).firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
            let text = message[message.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard text.count >= 6 else { return nil }
            let sender = message[..<colon].trimmingCharacters(in: .whitespaces)
            return Field(name: .fault, label: sender, value: String(text.prefix(240)), canonical: nil, how: "chat's first message")
        }
        return nil
    }

    /// A help desk ticket's thread, as Zendesk exports it (`---- 洪護理長, Apr 7, 2020 11:30` over
    /// each comment): the first comment opens with the request, so its first line is the fault
    /// when no line labels one (`Films too light again, not happy with the response time.`).
    /// Nil unless two comments or more head the thread.
    static func ticketOpening(_ original: String) -> Field? {
        let lines = Array(original.lines(within: 20_000))
        // A thread newest first heads the customer's words `--- Original request from Ms. Liu ---`.
        if let request = lines.firstIndex(where: isRequestHeader),
           let opening = lines[(request + 1)...].first(where: { !$0.allSatisfy(\.isWhitespace) && $0.firstMatch(of: Self.headerLine) == nil }),
           !opening.hasPrefix("--"),
           case let text = opening.trimmingCharacters(in: .whitespaces), text.count >= 6 {
            return Field(name: .fault, label: String(lines[request].trimmingCharacters(in: CharacterSet(charactersIn: "- "))),
                         value: String(text.prefix(240)), canonical: nil, how: "ticket's original request")
        }
        let headers = lines.indices.lazy.compactMap { i in commentAuthor(lines[i]).map { (line: i, author: $0) } }.prefix(2)
        guard headers.count == 2, let (first, author) = headers.first,
              let opening = lines[(first + 1)...].first(where: { !$0.allSatisfy(\.isWhitespace) }),
              commentAuthor(opening) == nil, case let text = opening.trimmingCharacters(in: .whitespaces), text.count >= 6 else { return nil }
        return Field(name: .fault, label: author, value: String(text.prefix(240)), canonical: nil, how: "ticket's first comment")
    }

    /// The line that heads a ticket's request, between dashes (`--- Original request from Ms. Liu ---`).
    static func isRequestHeader(_ line: Substring) -> Bool {
        guard line.hasPrefix("--"), line.hasSuffix("--") else { return false }
        let l = line.lowercased()
        return !l.contains("reply") && ["original request", "request from", "原始请求", "原始請求", "客户请求", "客戶請求"].contains(where: l.contains)
    }

    /// A header's line under a heading (`Submitted: 7 Apr 2020`, `提交时间：…`), not what was said.
    nonisolated(unsafe) static let headerLine = #/^\s*(?:[A-Za-z][A-Za-z ]{0,19}|\p{Han}{1,6})[:：]/#

    /// The author of a ticket's comment, from the line that heads it: dashes, the author, a
    /// comma and the time (`---- Wen Shu-fen, Apr 8, 2020 15:28`); not a quoted e-mail's
    /// `---- On Mon, 27 May 2019 … Mr. Fan wrote ----`.
    static func commentAuthor(_ line: Substring) -> String? {
        guard line.hasPrefix("--"), !line.hasSuffix("-"), !line.contains(" wrote") else { return nil }
        let rest = line.drop { $0 == "-" }
        guard rest.first == " ", let comma = rest.firstIndex(of: ","),
              case let author = rest[..<comma].trimmingCharacters(in: .whitespaces), !author.isEmpty, author.count <= 40,
              rest[comma...].contains(where: \.isNumber), rest[comma...].firstMatch(of: #/\d{4}/#) != nil else { return nil }
        return author
    }

    /// What an engineer writes when they reach the unit (`On site now`, `已到现场，机身号…`), in
    /// the folded text's lower case.
    static let onSiteWords = ["on site", "onsite", "on-site", "arrived", "at your site", "at the site", "i'm here", "we're here",
                              "已到现场", "到达现场", "到现场", "在现场", "已上门", "已到达", "我到了", "已经到了"]

    /// Words of a message that sends someone, before the name (`已安排宫立新`, `已派李工上门`,
    /// `Assigned to Tom Lee`).
    static let dispatchWords = ["已安排", "安排了", "已派", "派了", "已指派", "assigned to"]
    /// What ends the name of the person sent (`已安排张伟跟进`, `已派李工上门`).
    static let afterSentName = ["跟进", "上门", "过去", "前往", "到场", "处理", "负责", "联系", "去", "今天", "明天", "下午", "上午", "，", ",", "。", " to ", " will", " for ", " tomorrow", " today"]
    /// Phrases of a message that says the fault was dealt with from afar (`远程指导操作工复位`).
    static let remoteWords = ["远程指导", "远程协助", "远程处理", "远程操作", "远程复位", "远程登录", "远程解决", "远程调试", "电话指导", "电话处理", "电话里指导",
                              "remotely", "remote support", "remote assistance", "remote session", "over the phone", "by phone"]
    /// A message that acknowledges or plans, not one written from the work (`收到，明天过去`).
    static let acknowledgements = ["收到", "好的", "明天", "稍后", "马上", "出发", "路上", "will ", "tomorrow", "on my way", "noted", "ok"]

    /// What a chat transcript says of a visit: the day someone came, as written, or that the
    /// fault was dealt with from afar and nobody came.
    enum ChatVisit: Equatable { case day(String), fromAfar }

    /// A chat transcript's visit: the day of the first message that says the engineer is on
    /// site. The conversation opens with the report, sometimes days before anyone comes: the
    /// transcript is dated by its first message, its visit by this one. When no message says
    /// so: the day the person sent (`已安排宫立新`, by someone other than who opened the chat)
    /// first writes from the work, not an acknowledgement (`收到，明天过去`); `.fromAfar` when that
    /// message says the fault was dealt with from afar (`远程指导操作工复位`), or, when nobody was
    /// sent, when anyone but who opened the chat says so. Nil when the chat says none of these.
    static func chatVisit(_ original: String) -> ChatVisit? {
        guard isChatTranscript(original) else { return nil }
        var opener: String?, sent: String?, fromSent: ChatVisit?, fromAfar = false
        for line in original.lines(within: 20_000) {
            guard let message = chatMessage(line) else { continue }
            let colon = message.firstIndex { $0 == ":" || $0 == "：" } ?? message.startIndex
            let said = message[colon...].dropFirst().lowercased().trimmingCharacters(in: .whitespaces)
            // The stamp's date: `02/06/2018, 15:15 - ` or `[2024/3/5 10:21] `.
            let stamp = line[..<message.startIndex].drop { $0 == "[" }
            guard let day = stamp.split(whereSeparator: { $0 == "," || $0 == " " }).first.map(String.init) else { continue }
            if onSiteWords.contains(where: said.contains) { return .day(day) }
            // The sender without a note in brackets (`张伟（售后）`, `邹德明(LT0709)`).
            let sender = message[..<colon].prefix { $0 != "(" && $0 != "（" }.trimmingCharacters(in: .whitespaces).lowercased()
            if opener == nil { opener = sender; continue }
            guard sender != opener else { continue }
            let remote = remoteWords.contains(where: said.contains)
            if let sent, fromSent == nil, isSent(sender, sent), !acknowledgements.contains(where: { said.hasPrefix($0) }) {
                fromSent = remote ? .fromAfar : .day(day)
            }
            if sent == nil, let name = sentName(said) { sent = name }
            fromAfar = fromAfar || remote
        }
        return fromSent ?? (fromAfar && sent == nil ? .fromAfar : nil)
    }

    /// The name after a word that sends someone (`收到，已安排张伟跟进` → 张伟), lower case.
    static func sentName(_ said: String) -> String? {
        guard let word = dispatchWords.lazy.compactMap({ said.range(of: $0) }).first else { return nil }
        var name = said[word.upperBound...].trimmingCharacters(in: .whitespaces)
        for stop in afterSentName { if let r = name.range(of: stop) { name = String(name[..<r.lowerBound]) } }
        name = String(name.prefix { $0 != "(" && $0 != "（" }).trimmingCharacters(in: .whitespaces)
        return name.count >= 2 && name.count <= 24 ? name : nil
    }

    /// Whether a sender is the person sent: the same name, one begun by the other (`张伟` and
    /// `张伟（售后）` were cut alike), or the surname of a `李工` or a `贺师傅`.
    static func isSent(_ sender: String, _ sent: String) -> Bool {
        guard sender.count >= 2 else { return false }
        if sender.hasPrefix(sent) || sent.hasPrefix(sender) { return true }
        return (sent.hasSuffix("工") || sent.hasSuffix("师傅")) && sent.count <= 3 && sender.first == sent.first
    }

    /// The day an engineer came, in a chat exported with its days on lines of their own
    /// (`—— 2022年2月14日 星期一 ——` over `姚伟民 14:25` and the message) or on each message's
    /// header line (`龚主任 2023-11-07 08:13`): the day over the first message that says the
    /// engineer is on site, as written, once two such lines have come; nil when no message says so.
    static func visitDayUnderDayLines(_ original: String) -> String? {
        var day: Substring?, days = 0
        for line in original.lines(within: 20_000) {
            let t = line.trimmingCharacters(in: .whitespaces)
            let marked = t.first.map { "—-=─━".contains($0) } == true
            // A header of the day, the time and then the name (`2024-10-15 09:58 李俊`) too.
            if marked || isMessageHeader(t) || (t.first == "1" || t.first == "2") && t.prefixMatch(of: stampedHeader) != nil,
               let m = t.firstMatch(of: dayStamp) {
                day = m.0
                days += 1
                continue
            }
            // Two days or more make a conversation; one dated line over a report does not.
            if let day, days >= 2, onSiteWords.contains(where: t.lowercased().contains) { return String(day) }
        }
        return nil
    }

    nonisolated(unsafe) private static let dayStamp = #/(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?/#
    nonisolated(unsafe) private static let stampedHeader = #/(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?\s+\S{1,16}$/#

    /// The fault a letter states in a sentence, not a field: a customer's `近期出现反应盘温度报警等问题`,
    /// a reply's `the following issue with your storage array: Controller A failed.`; nil if
    /// its prose says none this way.
    static func faultInProse(_ original: String) -> String? {
        let text = String(original.prefix(8_000))
        let ns = text as NSString
        for p in proseFaults {
            guard let m = p.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { continue }
            let fault = ns.substring(with: m.range(at: 1)).trimmingCharacters(in: .whitespaces)
            if fault.count >= 3 { return fault }
        }
        return nil
    }

    private static let proseFaults: [NSRegularExpression] = [
        #"(?:出现|出現|发生|發生)([^。；;\n]{3,60}?)(?:等问题|等問題|的问题|的問題|等故障|的故障|等情况|等情況)"#,
        // An engineer's account: `处理KH-5200血细胞分析仪（SN: H52021C0846）HGB空白电压异常的问题`.
        #"(?:处理|處理|解决|解決|排查|检修|檢修)[^。；;\n]{0,40}?[）)]([^。；;\n（(]{3,60}?)(?:的问题|的問題|的故障)"#,
        // A letter's account of the call: `反映贵单位使用的备份一体机（型号…，机身号…）管理界面无法登录。`
        #"(?:反映|反應|报称|報稱)[^。；;\n]{0,60}?[）)]([^。；;\n（(]{3,60})[。；;\n]"#,
        #"(?i)\b(?:issues?|problems?|faults?)\s+(?:with|on|of|concerning)\s+(?:your|the|our)\s+[^:.\n]{1,80}:\s*([^.\n]{3,200})"#,
        // A customer's mail, quoted in the reply: `> Our application delivery controller (ADX 4600) - Data port flapping.`
        #"(?m)^>?\s*Our [^\n.]{3,80}? [-–—] ([^.\n]{3,160})"#,
        // A dispatch message: `…，序列号BMS2 2064 728，问题：报障：主机死机，界面无响应。请于…上门。`
        #"[，,]\s*(?:问题|故障)[：:]\s*((?:报障[：:])?[^。\n]{3,80})"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// The serials of a list of units: a table of two rows or more under a header that names a
    /// serial column (`| 序号 | 设备名称 | 机型 | 出厂编号 |`, `| Model | Serial Number |`), one
    /// serial field per row, so a customer file's equipment list says which units are its
    /// customer's. Cells that are no serial (序号's 1, 2, 3) fall away when made canonical.
    static func serialColumns(_ fs: [Unicode.Scalar], _ os: [Unicode.Scalar], _ origin: [Int32]) -> [Field] {
        let lines = tableRows(fs)
        var out: [Field] = []
        var n = 0
        while n + 3 < lines.count {
            guard let header = lines[n], header.count >= 2, let rule = lines[n + 1],
                  rule.allSatisfy({ string(fs, $0.0, $0.1).allSatisfy { "-: ".contains($0) } }) else { n += 1; continue }
            let columns = header.indices.filter { header[$0].0 < header[$0].1 && Labels.named(string(fs, header[$0].0, header[$0].1))?.name == .serial }
            var row = n + 2
            var rows: [[(Int, Int)]] = []
            while row < lines.count, let r = lines[row] { rows.append(r); row += 1 }
            if rows.count >= 2 {
                for r in rows where r.count == header.count {
                    for c in columns where r[c].0 < r[c].1 {
                        out.append(Field(name: .serial, label: slice(os, origin, header[c].0, header[c].1), value: slice(os, origin, r[c].0, r[c].1),
                                         canonical: nil, how: "table column"))
                    }
                }
            }
            n = row
        }
        return out
    }

}
