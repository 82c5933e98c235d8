import Foundation

/// Renders a brief as terminal text, Markdown or printable HTML (A4).
public enum BriefRenderer {
    public enum Format: String, CaseIterable, Sendable { case text, markdown, html }

    public static func render(_ b: Brief, as format: Format) -> String {
        switch format {
        case .text: text(b)
        case .markdown: markdown(b)
        case .html: html(b)
        }
    }

    // MARK: sections shared by the formats

    struct Section {
        let title: String
        var lines: [String] = []
        var table: (header: [String], rows: [[String]])?
    }

    static func sections(_ b: Brief) -> [Section] {
        var out: [Section] = []
        var units = Section(title: b.units.count == 1 ? "Unit" : "Units")
        for u in b.units {
            units.lines.append("\(u.serialAsWritten) (\(u.serial)) · model \(u.model ?? "unknown") · owner \(u.owner ?? "unknown")")
            var dates: [String] = []
            if let d = u.purchaseDate { dates.append("purchased \(d)") }
            if let d = u.installDate { dates.append("installed \(d)") }
            dates.append("warranty: \(u.warranty)\(u.warrantyUntil.map { " (until \($0))" } ?? "")")
            units.lines.append("  " + dates.joined(separator: " · ") + " · " + counted(u.documents, "document"))
            for c in u.conflicts { units.lines.append("  conflicting records — \(c)") }
        }
        if b.units.isEmpty { units.lines.append("none recorded") }
        out.append(units)
        if let c = b.customer {
            var s = Section(title: "Customer")
            s.lines.append("\(c.name)\(c.aliases.isEmpty ? "" : " (also: \(c.aliases.joined(separator: ", ")))")")
            let until = c.contract == "expired" ? "ended" : "until"
            s.lines.append("contract: \(c.contract)\(c.contractExpiry.map { " (\(until) \($0))" } ?? "")")
            out.append(s)
        }
        var history = Section(title: "Service history (\(b.history.count))")
        let manyUnits = b.units.count > 1
        history.table = ((manyUnits ? ["unit"] : []) + ["date", "fault", "cause", "fix", "parts", "engineer", "warranty", "doc"],
                         b.history.map { e in
                             (manyUnits ? [e.serials.joined(separator: " ")] : [])
                                 + [e.date ?? "—", e.fault ?? "(\(e.title))", e.cause ?? "", e.fix ?? "", e.parts ?? "", e.engineer ?? "", e.warranty ?? "",
                                    (["#\(e.id)"] + e.alsoIn.map { "#\($0)" }).joined(separator: " ")]
                         })
        if b.history.isEmpty { history.lines.append("no service documents") }
        out.append(history)
        var complaints = Section(title: "Complaints (\(b.complaints.filter(\.open).count) open)")
        complaints.table = (["received", "no.", "complaint", "urgency", "deadline", "state", "doc"], b.complaints.map { c in
            let state = !c.open ? "closed" : c.overdue ? "OVERDUE (\(counted(c.workingDaysLate, "working day")) late)" : "open"
            return [c.received ?? "—", c.number ?? "", c.complaint ?? c.title, "\(c.urgency) (\(counted(c.workingDays, "working day")))", c.deadline ?? "—", state, "#\(c.id)"]
        })
        if b.complaints.isEmpty { complaints.lines.append("none") }
        out.append(complaints)
        var elsewhere = Section(title: "Same model elsewhere: most frequent faults and their fixes")
        elsewhere.table = (["fault", "cases", "customers", "fixes", "docs"], b.sameModelElsewhere.map { p in
            // The usual fix with its count, and the latest when it is another.
            let fixes = p.usualFixCount < 2 ? p.fix ?? ""
                : p.latestIsUsual ? "\(p.fix ?? "") (\(p.usualFixCount)×)"
                : [p.usualFix.map { "\($0) (\(p.usualFixCount)×)" }, p.fix.map { "latest: " + $0 }].compactMap { $0 }.joined(separator: "; ")
            let fault = p.code.map { code in p.fault.localizedCaseInsensitiveContains(code) ? p.fault : "\(code) \(p.fault)" } ?? p.fault
            return [fault, String(p.count), p.customers.joined(separator: ", "), fixes, p.documents.map { "#\($0)" }.joined(separator: " ")]
        })
        if b.sameModelElsewhere.isEmpty { elsewhere.lines.append("no repairs of this model at other customers") }
        out.append(elsewhere)
        var related = Section(title: "Training and knowledge base")
        related.lines = b.related.map { "\($0.title) [\($0.kind)] #\($0.id) — \($0.source)" }
        if b.related.isEmpty { related.lines.append("none found") }
        out.append(related)
        var slips = Section(title: "Signed slips (archived originals)")
        slips.table = (["date", "slip", "type", "signed by", "stamped", "version"], b.slips.map {
            [$0.date, $0.number, $0.type.rawValue, $0.signedBy ?? "", $0.stamped ? "yes" : "", "v\($0.version)\($0.supersededBy == nil ? "" : " (superseded)")"]
        })
        if b.slips.isEmpty { slips.lines.append("none archived for this unit") }
        out.append(slips)
        if !b.otherDocuments.isEmpty {
            var other = Section(title: "Other documents")
            other.lines = b.otherDocuments.map { "\($0.date ?? "—")  \($0.title) [\($0.kind)] #\($0.id) — \($0.source)" }
            out.append(other)
        }
        if !b.notes.isEmpty { out.append(Section(title: "Notes", lines: b.notes)) }
        return out
    }

    // MARK: formats

    static func text(_ b: Brief) -> String {
        var s = "Brief: \(b.subject)   (as of \(b.today))\n"
        for sec in sections(b) {
            s += "\n\(sec.title)\n" + String(repeating: "─", count: min(60, sec.title.count)) + "\n"
            for l in sec.lines { s += l + "\n" }
            if let t = sec.table, !t.rows.isEmpty {
                for row in t.rows {
                    s += "• " + zip(t.header, row).filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1)" }.joined(separator: "\n  ") + "\n"
                }
            }
        }
        return s
    }

    static func markdown(_ b: Brief) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var s = "# Brief: \(b.subject)\n\n_As of \(b.today)._\n"
        for sec in sections(b) {
            s += "\n## \(sec.title)\n\n"
            for l in sec.lines { s += (l.hasPrefix("  ") ? "  - " + l.trimmingCharacters(in: .whitespaces) : "- " + l) + "\n" }
            if let t = sec.table, !t.rows.isEmpty {
                s += "| " + t.header.joined(separator: " | ") + " |\n|" + t.header.map { _ in "---|" }.joined() + "\n"
                for row in t.rows { s += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
            }
        }
        return s
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func html(_ b: Brief) -> String {
        let body = htmlBody(b)
        return page(b, body)
    }

    /// The brief's sections as HTML, every value escaped, for a page of the server to place.
    public static func htmlBody(_ b: Brief) -> String {
        var body = "<h1>Brief: \(escape(b.subject))</h1>\n<p class=\"asof\">As of \(escape(b.today))</p>\n"
        for sec in sections(b) {
            body += "<section>\n<h2>\(escape(sec.title))</h2>\n"
            if !sec.lines.isEmpty { body += "<ul>" + sec.lines.map { "<li>\(escape($0.trimmingCharacters(in: .whitespaces)))</li>" }.joined() + "</ul>\n" }
            if let t = sec.table, !t.rows.isEmpty {
                body += "<table><thead><tr>" + t.header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
                for row in t.rows {
                    let overdue = row.contains { $0.hasPrefix("OVERDUE") }
                    body += "<tr\(overdue ? " class=\"overdue\"" : "")>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
                }
                body += "</tbody></table>\n"
            }
            body += "</section>\n"
        }
        return body
    }

    static func page(_ b: Brief, _ body: String) -> String {
        """
            <!DOCTYPE html>
            <html lang="zh">
            <head>
            <meta charset="utf-8">
            <title>Brief: \(escape(b.subject))</title>
            <style>
            @page { size: A4; margin: 14mm 12mm; }
            body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", sans-serif; font-size: 10pt; color: #111; max-width: 186mm; margin: auto; }
            h1 { font-size: 16pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 5mm 0 2mm; border-bottom: 1px solid #999; }
            .asof { color: #555; margin: 0; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; }
            th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; vertical-align: top; text-align: left; word-wrap: break-word; }
            th { background: #eee; } tr { page-break-inside: avoid; } section { page-break-inside: auto; }
            tr.overdue td { background: #fde2e2; font-weight: bold; }
            ul { margin: 0; padding-left: 5mm; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }
}
