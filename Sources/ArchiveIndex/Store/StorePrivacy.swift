import Foundation

/// A store holds customer data and signed slips: its folder is the owner's alone (0700,
/// files 0600), and kb says so when it finds a store others can read.
public enum StorePrivacy {
    /// Creates the store's folder (and missing parents) readable by its owner only.
    static func createFolder(_ root: URL) throws {
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw KBError.store("cannot create the store folder \(root.path): \(error.localizedDescription)")
        }
    }

    /// Why others may read the store, or nil. What counts is its folder: one others may enter
    /// or list exposes the slips' originals (read-only files) and the database, whatever
    /// their own modes; one they may not keeps everything inside private.
    public static func readableByOthers(_ location: StoreLocation) -> String? {
        var st = stat()
        guard stat(location.root.path, &st) == 0 else { return nil }
        let mode = st.st_mode & 0o777
        guard mode & 0o077 != 0 else { return nil }
        return "others may read the store \(location.root.path) (mode \(String(mode, radix: 8))), which holds customer data and signed slips: chmod -R go-rwx \(location.root.path)"
    }
}
