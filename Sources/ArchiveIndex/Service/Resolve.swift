import Foundation

extension ArchiveStore {
    /// Exactly one customer for what a person typed (a name, alias, fragment or `#id`), or an
    /// error listing the candidates.
    public func resolveCustomer(_ text: String) throws -> CustomerRecord {
        let found = try findCustomers(text)
        guard !found.isEmpty else { throw KBError.notFound("no customer matches '\(text)' (see kb customer list)") }
        guard found.count == 1, let c = found.first else {
            throw KBError.ambiguous("'\(text)' matches \(found.count) customers: \(found.map { "\($0.name) (#\($0.id))" }.joined(separator: ", ")); use the id")
        }
        return c
    }

    /// Exactly one unit for a serial in any format (a unique partial serial is enough), or an
    /// error listing the candidates.
    public func resolveUnit(_ serial: String) throws -> UnitRecord {
        let units = try findUnits(serial)
        guard !units.isEmpty else { throw KBError.notFound("no unit matches serial '\(serial)'") }
        guard units.count == 1, let u = units.first else {
            let shown = units.prefix(12).map { "\($0.serial)\($0.model.map { " (\($0))" } ?? "")" }.joined(separator: ", ")
            throw KBError.ambiguous("serial '\(serial)' matches \(units.count) units: \(shown)\(units.count > 12 ? ", …" : ""); give more of it")
        }
        return u
    }

    /// A stored document, or a not-found error naming it.
    public func requireDocument(_ id: Int64) throws -> StoredDocument {
        guard let doc = try document(DocumentID(id)) else { throw KBError.notFound("no document #\(id)") }
        return doc
    }
}
