import Foundation

/// Faults as people report them in a conversation: a chat exported from WeChat or WeCom has no
/// form and no label, but the first message says what went wrong (`…这边负载均衡设备又出问题了，上午开机后
/// 主备配置不同步`, `负载均衡设备（ADC18B053J22）虚拟服务状态DOWN，业务中断，你们到底什么时候来？`).
extension FieldExtractor {
    /// The fault the first message of a chat reports, without the device it names before it
    /// and the request after it; nil when the text is no chat (two message headers, `姓名
    /// 09:27` or `姓名 2023-11-07 08:13`) or its first message says no fault this way.
    static func faultInChat(_ original: String) -> String? {
        let lines = original.lines(within: 8_000).map { $0.trimmingCharacters(in: .whitespaces) }
        let headers = lines.indices.filter { isMessageHeader(lines[$0]) }
        guard headers.count >= 2 else { return nil }
        let body = lines[(headers[0] + 1)..<headers[1]].filter { !$0.isEmpty }.joined(separator: "，")
        return reportedFault(body)
    }

    /// A chat message's header line: `王老师 09:27`, `龚主任 2023-11-07 08:13`, `姚伟民
    /// 2022年2月14日 14:25:03`. The day, when written, is `visitDayUnderDayLines`'s too.
    static func isMessageHeader(_ line: String) -> Bool {
        hasClockTime(line) && line.count <= 40 && line.wholeMatch(of: messageHeader) != nil
    }

    /// Whether a line may write a time (`9:27` has an ASCII colon): asked before an expression
    /// that needs one, which costs far more, tried on every line of every document.
    static func hasClockTime(_ line: some StringProtocol) -> Bool { line.utf8.contains(0x3A) }
    // Kept compiled: Swift parses a regex literal again each time it is evaluated, here per line.
    nonisolated(unsafe) private static let messageHeader = #/\S{1,12}\s+(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+)?\d{1,2}:\d{2}(?::\d{2})?/#

    /// What a report says went wrong: after `出问题了，`, `报障：` or the device's bracketed serial,
    /// up to the request that ends it (`你们到底什么时候来？`, `请尽快…`) or a line of its own.
    static func reportedFault(_ body: String) -> String? {
        var rest: Substring?
        for marker in ["出问题了，", "出问题了,", "出故障了，", "出故障了,", "坏了，", "报障：", "报障:", "故障：", "故障:", "问题：", "问题:"] {
            if let r = body.range(of: marker) { rest = body[r.upperBound...]; break }
        }
        // A device named with its serial in brackets, then what it does: `负载均衡设备（ADC18B053J22）虚拟服务状态DOWN`.
        if rest == nil, let open = body.firstIndex(where: { $0 == "（" || $0 == "(" }),
           let close = body[open...].firstIndex(where: { $0 == "）" || $0 == ")" }),
           Normalizer.canonicalSerial(String(body[body.index(after: open)..<close])) != nil {
            rest = body[body.index(after: close)...]
        }
        guard let rest else { return nil }
        // Clauses up to the first that asks for something, names the unit, or ends the sentence.
        var kept: [Substring] = []
        for clause in rest.split(whereSeparator: { "，,".contains($0) }) {
            let c = clause.trimmingCharacters(in: .whitespaces)
            if c.isEmpty || c.contains("?") || c.contains("？") || requestStarts.contains(where: c.hasPrefix)
                || ["编号", "序列号", "型号", "S/N"].contains(where: c.contains) { break }
            let sentenceEnd = c.firstIndex { "。；;!！".contains($0) }
            kept.append(Substring(sentenceEnd.map { String(c[..<$0]) } ?? c))
            if sentenceEnd != nil { break }
        }
        let fault = kept.joined(separator: "，")
        return fault.count >= 3 ? fault : nil
    }

    private static let requestStarts = ["你们", "请", "麻烦", "能否", "尽快", "赶紧", "速来", "希望", "谢谢", "辛苦"]
}

extension FieldExtractor {
    /// What an e-mail about a fault is about, when its text states no fault: its subject without
    /// the reply and forward marks and the model after a dash (`RE: Carry-over on CK-MB results -
    /// KC-880` → `Carry-over on CK-MB results`; `回复: 放射科UPS转旁路运行 —— 维修完成确认` →
    /// `放射科UPS转旁路运行`); nil for no mail or a subject of less than four characters.
    static func faultInSubject(_ original: String) -> String? {
        guard DocumentDates.isMail(String(original.prefix(200)).lowercased()) else { return nil }
        let lines = Array(original.lines(within: 4_000).prefix(12))
        guard let line = lines.first(where: { l in ["subject:", "主题:", "主题：", "主旨:", "主旨："].contains { l.lowercased().hasPrefix($0) } }),
              let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        var subject = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        while let mark = ["re:", "re：", "fw:", "fwd:", "aw:", "回复:", "回复：", "答复:", "答复：", "转发:", "转发：", "回覆:", "回覆："]
            .first(where: { subject.lowercased().hasPrefix($0) }) {
            subject = String(subject.dropFirst(mark.count)).trimmingCharacters(in: .whitespaces)
        }
        if let dash = [" —— ", " — ", " – ", " - "].lazy.compactMap({ subject.range(of: $0) }).first {
            subject = String(subject[..<dash.lowerBound])
        }
        return subject.count >= 4 ? subject : nil
    }
}
