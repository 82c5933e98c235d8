import Foundation
import GRDB

/// When the way a serial is read changes, the archive's serial fields are read again and every
/// document relinked; units that no document, fact or correction names any more go.
enum UnitSerials {
    /// A serial's check letter after its last group (`SP-X19-0076-W`) was left out before v23,
    /// so `SP X19 0076 W` and `SPX190076W` were two units.
    static func registerMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v23-serial-check-letter") { db in try readAgain(db) }
    }

    /// Every serial field read again as this kb reads serials; when one changed, every
    /// document is to be relinked (by the next command that writes).
    static func readAgain(_ db: Database) throws {
        var changed = false
        let update = try db.cachedStatement(sql: "UPDATE field SET canonical = ? WHERE docId = ? AND ordinal = ?")
        for r in try Row.fetchAll(db, sql: "SELECT docId, ordinal, value, canonical FROM field WHERE name = 'serial' AND canonical IS NOT NULL") {
            let value: String = r["value"], before: String = r["canonical"]
            guard let now = Normalizer.canonicalSerial(value), now != before else { continue }
            try update.execute(arguments: [now, r["docId"], r["ordinal"]])
            changed = true
        }
        if changed { try ArchiveStore.relinkEverythingLater(db) }
    }

    /// Before a relink of every document: units no serial field states (and no hand
    /// correction names) go, with their links. Their serial was read otherwise before, or the
    /// documents that stated it are gone; left, a text mentioning the old reading (`SP X19 0076`
    /// of `SP X19 0076 W`) would keep them alive.
    static func removeStale(_ db: Database) throws {
        let stale = """
            SELECT id FROM unit WHERE NOT EXISTS (SELECT 1 FROM field f WHERE f.name = 'serial' AND f.canonical = unit.serial AND f.how != 'table column')
            AND id NOT IN (SELECT targetId FROM linkCorrection WHERE target = 'unit')
            """
        try db.execute(sql: "DELETE FROM documentUnit WHERE unitId IN (\(stale))")
        try db.execute(sql: "DELETE FROM unit WHERE id IN (\(stale))")
    }

    /// Serials that differ from another unit's only by the letter O for a zero or I for a one,
    /// as OCR reads them (NVO222A17056 of NV0222A17056; makers leave O and I out of serials for
    /// this reason) → the serial of the unit they are: the one in digits, if there is one, else
    /// the first. A document naming either links to that one.
    static func twins(_ db: Database) throws -> [String: String] {
        var byKey: [String: [String]] = [:]
        for serial in try String.fetchAll(db, sql: "SELECT serial FROM unit") {
            byKey[inDigits(serial), default: []].append(serial)
        }
        var out: [String: String] = [:]
        for (digits, serials) in byKey where serials.count > 1 {
            let kept = serials.contains(digits) ? digits : serials.min()!
            for s in serials where s != kept { out[s] = kept }
        }
        return out
    }

    /// A serial with the letters O and I that OCR reads for 0 and 1 read as those digits.
    static func inDigits(_ serial: String) -> String {
        String(serial.map { $0 == "O" ? "0" : $0 == "I" ? "1" : $0 })
    }

    /// These units, where nothing links to them any more (a twin's, once its documents moved).
    static func removeUnlinked(_ db: Database, serials: [String]) throws {
        for chunk in serials.chunked(500) {
            try db.execute(sql: """
                DELETE FROM unit WHERE serial IN (\(chunk.map { _ in "?" }.joined(separator: ",")))
                AND NOT EXISTS (SELECT 1 FROM documentUnit du WHERE du.unitId = unit.id)
                AND NOT EXISTS (SELECT 1 FROM unitFact f WHERE f.unitId = unit.id)
                AND id NOT IN (SELECT targetId FROM linkCorrection WHERE target = 'unit')
                """, arguments: StatementArguments(chunk))
        }
    }
}
