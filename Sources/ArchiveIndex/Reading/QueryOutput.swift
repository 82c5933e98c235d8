import Foundation

/// A database session pasted into a text file (the `mysql>` client's, `psql`'s): what its
/// queries say of the record. `… FROM service_log WHERE sn = '26SC22J0341'` says which unit the
/// rows are about; a result of one row, drawn between `+------+` borders, gives each column's
/// value (`| acct_no | name |` over `| C3943 | 中国医大附一院·病理科 |`), and the `name` of a
/// table of customers is the customer's. A result of many rows is a log table, which
/// `RepairLog` reads.
enum QueryOutput {
    /// The fields of the queries and one-row results in folded scalars `fs` (values cut from
    /// the original `os` through `origin`); none unless a border is drawn in the first lines.
    static func fields(_ fs: [Unicode.Scalar], _ os: [Unicode.Scalar], _ origin: [Int32]) -> [Field] {
        var lines: [Range<Int>] = [], start = 0
        for i in 0...fs.count where i == fs.count || fs[i] == "\n" { lines.append(start..<i); start = i + 1 }
        func text(_ r: Range<Int>) -> String { FieldExtractor.string(fs, r.lowerBound, r.upperBound) }
        guard lines.prefix(400).contains(where: { isBorder(fs[$0]) }) else { return [] }
        var out: [Field] = []
        var table: String?  // the table the last query read
        var n = 0
        while n < lines.count {
            guard lines[n].count <= RepairLog.maxLine else { n += 1; continue }
            let line = text(lines[n]).trimmingCharacters(in: .whitespaces)
            if line.contains("select"), line.contains(" from "), let q = line.firstMatch(of: query) {
                table = String(q.table)
                // `WHERE sn = '…'`: the rows are about that unit (or that account).
                for w in line.matches(of: equality) {
                    let column = String(w.column)
                    guard let name = Labels.named(column.replacingOccurrences(of: "_", with: " "))?.name, [.serial, .customer].contains(name),
                          name != .customer || Labels.namesInstitution(String(w.value)),
                          let r = range(of: w.value, in: lines[n], fs) else { continue }
                    out.append(Field(name: name, label: column, value: FieldExtractor.slice(os, origin, r.lowerBound, r.upperBound), canonical: nil, how: "query"))
                }
            }
            // `+---+` / `| header |` / `+---+` / `| row |` / `+---+`: a query's result of one row
            // (not a grid drawn with a border under every row: no row before it or after it).
            if table != nil, isBorder(fs[lines[n]]), n + 4 < lines.count, isBorder(fs[lines[n + 2]]), isBorder(fs[lines[n + 4]]),
               n == 0 || fs[lines[n - 1]].first != "|", n + 5 >= lines.count || fs[lines[n + 5]].first != "|" {
                let header = cells(lines[n + 1], fs), row = cells(lines[n + 3], fs)
                if header.count == row.count, !header.isEmpty {
                    for (h, v) in zip(header, row) where v.count > 0 {
                        let column = text(h)
                        let value = FieldExtractor.slice(os, origin, v.lowerBound, v.upperBound)
                        guard value.lowercased() != "null", let name = columnField(column, table: table) else { continue }
                        if name == .customer, !Labels.namesInstitution(value) { continue }
                        out.append(Field(name: name, label: column, value: value, canonical: nil, how: "query result"))
                    }
                    n += 5
                    continue
                }
            }
            n += 1
        }
        return out
    }

    /// What a result's column holds: by its name (`visit_date`, `serial_no`), and a table of
    /// customers' `name` is the customer.
    private static func columnField(_ column: String, table: String?) -> FieldName? {
        if let name = Labels.named(column.replacingOccurrences(of: "_", with: " "))?.name { return name }
        guard ["name", "full_name", "fullname", "名称"].contains(column), let table,
              Labels.named(table.replacingOccurrences(of: "_", with: " "))?.name == .customer || ["customer", "customers", "client", "clients", "account", "accounts"].contains(table)
        else { return nil }
        return .customer
    }

    /// `+------+------------+`, as query clients draw a result's borders.
    static func isBorder(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let t = line.drop { $0 == " " }
        return t.first == "+" && t.count >= 3 && t.allSatisfy { $0 == "+" || $0 == "-" || $0 == "=" || $0 == " " }
    }

    private static func cells(_ r: Range<Int>, _ fs: [Unicode.Scalar]) -> [Range<Int>] {
        FieldExtractor.tableCells(fs, r.lowerBound, r.upperBound).map { $0.0..<$0.1 }
    }

    private static func range(of value: Substring, in line: Range<Int>, _ fs: [Unicode.Scalar]) -> Range<Int>? {
        let v = Array(value.unicodeScalars)
        guard !v.isEmpty, line.count >= v.count else { return nil }
        for i in line.lowerBound...(line.upperBound - v.count) where fs[i] == v[0] && Array(fs[i..<(i + v.count)]) == v { return i..<(i + v.count) }
        return nil
    }

    nonisolated(unsafe) private static let query = #/(?:^|>\s*)select\s.+?\sfrom\s+`?(?<table>[a-z_][a-z0-9_]*)`?/#
    nonisolated(unsafe) private static let equality = #/(?<column>[a-z_][a-z0-9_]*)\s*=\s*'(?<value>[^']{1,64})'/#
}
