import Foundation

/// A workbook whose later sheets list what belongs to the rows of its first: a CRM's export of
/// work orders with their parts on a second sheet (`工单编号 | 配件名称 | 数量`). Such a row is one
/// line more of the work order it names, not a document of its own with no customer, unit or
/// date.
enum WorkbookSheets {
    struct SheetRow {
        var sheet: Int
        var name: String
        var part: ReadPart
    }

    /// The rows of every sheet, a later sheet's rows folded into the first sheet's rows whose
    /// record numbers they write. A later sheet is folded in when its rows' first column names
    /// a work order's or a ticket's number (`工单编号`, `Work order no.`, `Ticket`: not a bare
    /// `ID` or `编号`, nor a customer's number) and at least half of them write the number, five
    /// characters or more, of one first-sheet row alone, with no date of their own (a visit to
    /// an asset the first sheet lists is a record). Each is written into its work order as a
    /// line named by its sheet: `配件：配件名称 O型圈；数量 2` where the sheet's name is a field's
    /// that lists (parts, fee, hours), else `备注 · …`.
    static func attach(_ rows: [SheetRow]) -> [ReadPart] {
        guard rows.contains(where: { $0.sheet > 0 }) else { return rows.map(\.part) }
        var keys = KeyLabels()
        var keyed: [Substring: Int?] = [:]  // `label：value` of a first-sheet row → its index (nil: two rows)
        for (i, row) in rows.enumerated() where row.sheet == 0 && row.part.part.hasPrefix("row=") {
            for line in Set(row.part.text.split(separator: "\n")) where keys.isKey(line) {
                keyed[line] = keyed[line] == nil ? i : .some(nil)
            }
        }
        guard !keyed.isEmpty else { return rows.map(\.part) }
        var lines: [Int: [String]] = [:]  // first-sheet row → lines to add
        var attached = Set<Int>()
        for sheet in Set(rows.map(\.sheet)).sorted() where sheet > 0 {
            let own = rows.indices.filter { rows[$0].sheet == sheet && rows[$0].part.part.hasPrefix("row=") }
            var found: [(row: Int, target: Int, line: String)] = []
            for i in own {
                let cells = Self.cells(rows[i].part.text)
                guard let key = cells.first, keys.isKey(key), let match = keyed[key], let target = match,
                      !cells.dropFirst().contains(where: hasDate) else { continue }
                let rest = cells.dropFirst().compactMap { cell -> String? in
                    guard let colon = cell.firstIndex(of: "：") else { return nil }
                    let value = cell[cell.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    return value.isEmpty ? nil : "\(cell[..<colon]) \(value)"
                }
                if !rest.isEmpty { found.append((i, target, rest.joined(separator: "；"))) }
            }
            guard !own.isEmpty, found.count * 2 >= own.count else { continue }
            let name = rows[own[0]].name
            let lists = Labels.named(((try? Normalizer.fold(name)) ?? name).lowercased()).map { [.parts, .fee, .hours].contains($0.name) } ?? false
            for f in found {
                lines[f.target, default: []].append(lists ? "\(name)：\(f.line)" : "\(name) · \(f.line)")
                attached.insert(f.row)
            }
        }
        var parts = rows.map(\.part)
        for (target, added) in lines { parts[target].text += "\n" + added.joined(separator: "\n") }
        return parts.indices.filter { !attached.contains($0) }.map { parts[$0] }
    }

    /// A row's `label：value` cells, a cell's further lines (written indented) joined to it.
    static func cells(_ text: String) -> [Substring] {
        var out: [Substring] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("  "), let last = out.popLast() {
                out.append(Substring(last + " " + line.trimmingCharacters(in: .whitespaces)))
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// A cell whose label names a date or whose value holds one.
    private static func hasDate(_ cell: Substring) -> Bool {
        guard let colon = cell.firstIndex(of: "：") else { return false }
        let label = ((try? Normalizer.fold(String(cell[..<colon]))) ?? String(cell[..<colon])).lowercased()
        if let name = Labels.named(label)?.name, Labels.dateRoles.contains(name) { return true }
        let value = String(cell[cell.index(after: colon)...])
        return !DocumentDates.candidates(in: (try? Normalizer.fold(value)) ?? value).isEmpty
    }

    /// Labels of a work order's or a ticket's number, each read once.
    struct KeyLabels {
        private var known: [Substring: Bool] = [:]
        private static let recordWords = ["工单", "单号", "单编号", "服务单", "派工单", "维修单", "报修单", "ticket", "case", "work order", "order no",
                                          "wo no", "wo#", "job no", "job number", "service request", "sr no"]

        /// A `label：value` line whose label names such a number and whose value can be one.
        mutating func isKey(_ line: Substring) -> Bool {
            guard let colon = line.firstIndex(of: "："), colon > line.startIndex,
                  case let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces),
                  value.count >= 5, value.contains(where: \.isNumber) else { return false }
            let raw = line[..<colon]
            if let k = known[raw] { return k }
            let label = ((try? Normalizer.fold(String(raw))) ?? String(raw)).lowercased()
            let k = Labels.named(label)?.name == .number && Self.recordWords.contains(where: label.contains)
            known[raw] = k
            return k
        }
    }
}
