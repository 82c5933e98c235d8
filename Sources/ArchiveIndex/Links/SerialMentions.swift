import Foundation
import GRDB

/// Documents already stored that write a serial new documents make a unit of. A serial
/// written in prose (`机器编号是SP-Q24-0862-N那台吗`) links its document to a unit only once
/// some document's serial field has made that unit; a relink of some documents must then
/// relink the older ones that write it too, or they stay without the unit (and the customer
/// its owner gives them) until a relink of everything. Found in the search index, whose
/// `XI` terms are the identifier tokens of every document's text.
enum SerialMentions {
    /// The indexed documents, besides `marked`, whose text writes a serial that the serial
    /// fields of `marked` state and no unit has yet.
    static func documents(newIn marked: [Int64], store: ArchiveStore) throws -> [Int64] {
        guard !marked.isEmpty else { return [] }
        let serials = try store.db.read { db in
            try marked.chunked(500).flatMap { chunk in
                try String.fetchAll(db, sql: """
                    SELECT DISTINCT f.canonical FROM field f WHERE f.docId IN (\(chunk.map(String.init).joined(separator: ",")))
                    AND +f.name = 'serial' AND f.canonical IS NOT NULL AND f.how != 'table column'
                    AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.serial = f.canonical)
                    """)
            }
        }
        let path = store.location.xapian.path
        guard !serials.isEmpty, FileManager.default.fileExists(atPath: path) else { return [] }
        // An index that cannot be read (being rebuilt, damaged) finds nothing here: linking goes
        // on, and `kb reindex` relinks everything.
        do {
            let index = try XapianDatabase.openReadOnly(shards: [path])
            defer { try? index.close() }
            let query = try XapianQuery.combine(.or, Set(serials).sorted().map { try XapianQuery.term(Schema.identifierPrefix + $0) })
            let found = try index.search(query, limit: max(1, try index.documentCount()), unweighted: true)
            let mine = Set(marked)
            return (0..<found.count).map { Int64(found.docid($0)) }.filter { !mine.contains($0) }
        } catch {
            return []
        }
    }
}
