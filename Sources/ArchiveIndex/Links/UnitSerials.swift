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
}
