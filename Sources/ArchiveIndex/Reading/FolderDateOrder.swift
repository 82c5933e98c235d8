import Foundation
import GRDB

/// A document whose only date could be read day or month first (`Date: 5/9/2024` on a job card
/// that says nothing else) is read in the order the other documents of its folder write: an
/// office files its cards together and writes its dates one way (`13/9/2024` beside it says day
/// first). The nearest folder up the tree whose documents show an order decides, when at least
/// two of their dates show it and at most a fifth show the other; else the date stays unread.
enum FolderDateOrder {
    /// (first, second) of a numeric date with its year last (`DocumentDates.numeric`), or nil.
    static func parts(_ value: String) -> (Int, Int)? {
        let ns = value as NSString
        guard let m = DocumentDates.numeric.firstMatch(in: value, range: NSRange(location: 0, length: min(ns.length, 40))) else { return nil }
        return (Int(ns.substring(with: m.range(at: 1))) ?? 0, Int(ns.substring(with: m.range(at: 2))) ?? 0)
    }

    /// Dates the targets' dating fields left unread for want of an order, read by their
    /// folder's; the documents dated so are marked for indexing. Returns how many.
    @discardableResult
    static func settle(_ db: Database, targets: [Int64]?) throws -> Int {
        let kinds = "'repair', 'complaint', 'quality', 'equipment'"
        var undated: [(id: Int64, kind: DocumentKind, path: String)] = []
        let select = "SELECT d.id, d.kind, f.path FROM document d JOIN file f ON f.id = d.fileId WHERE d.docDate IS NULL AND d.kind IN (\(kinds))"
        if let targets {
            for chunk in targets.chunked(500) {
                undated += try Row.fetchAll(db, sql: select + " AND d.id IN (\(chunk.map(String.init).joined(separator: ",")))")
                    .map { ($0["id"], DocumentKind(rawValue: $0["kind"]) ?? .repair, $0["path"]) }
            }
        } else {
            undated = try Row.fetchAll(db, sql: select).map { ($0["id"], DocumentKind(rawValue: $0["kind"]) ?? .repair, $0["path"]) }
        }
        var orderOf: [String: Order] = [:]
        var dated = 0
        for doc in undated {
            let dating = DocumentDates.dating(doc.kind).map { "'\($0.rawValue)'" }.joined(separator: ",")
            let fields = try Row.fetchAll(db, sql: "SELECT ordinal, value FROM field WHERE docId = ? AND name IN (\(dating)) AND canonical IS NULL ORDER BY ordinal",
                                          arguments: [doc.id])
            guard let field = fields.first(where: { r in parts(r["value"]).map { $0.0 <= 12 && $0.1 <= 12 && $0.0 != $0.1 } ?? false }) else { continue }
            guard let dayFirst = try order(db, folderOf: doc.path, memo: &orderOf),
                  let date = DateParser.parse(field["value"], dayFirst: dayFirst) else { continue }
            try db.execute(sql: "UPDATE field SET canonical = ? WHERE docId = ? AND ordinal = ?", arguments: [date, doc.id, field["ordinal"]])
            try db.execute(sql: "UPDATE document SET docDate = ?, needsIndex = 1 WHERE id = ?", arguments: [date, doc.id])
            dated += 1
        }
        return dated
    }

    /// The order the nearest folder up from a file writes its dates in, nil if none shows.
    enum Order { case dayFirst, monthFirst, mixed, silent }

    static func order(_ db: Database, folderOf path: String, memo: inout [String: Order]) throws -> Bool? {
        var folder = (path as NSString).deletingLastPathComponent
        while folder.count > 1 {
            switch memo[folder] {
            case .dayFirst?: return true
            case .monthFirst?: return false
            case .mixed?: return nil
            case .silent?: folder = (folder as NSString).deletingLastPathComponent; continue
            case nil: break
            }
            // Files under the folder, by the index on their paths ('0' follows '/').
            let rows = try String.fetchAll(db, sql: """
                SELECT fd.value FROM file f JOIN document d ON d.fileId = f.id JOIN field fd ON fd.docId = d.id
                WHERE f.path >= ? AND f.path < ? AND fd.canonical IS NOT NULL
                AND fd.name IN ('date', 'received', 'install_date', 'purchase_date', 'warranty_until', 'contract_expiry')
                """, arguments: [folder + "/", folder + "0"])
            var dayFirst = 0, monthFirst = 0
            for value in rows {
                guard let (a, b) = parts(value) else { continue }
                if a > 12, b <= 12 { dayFirst += 1 } else if b > 12, a <= 12 { monthFirst += 1 }
            }
            let votes = dayFirst + monthFirst
            if votes >= 2 {
                let clear = max(dayFirst, monthFirst) * 5 >= votes * 4
                memo[folder] = !clear ? .mixed : dayFirst > monthFirst ? .dayFirst : .monthFirst
                return clear ? dayFirst > monthFirst : nil
            }
            memo[folder] = .silent
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }
}
