import Foundation
import GRDB

/// The file a document was read from, byte for byte, when it is still where it was ingested
/// from and still the same (its SHA-256 as stored); kb keeps the text, not the file.
public struct OriginalFile: Sendable {
    public let name: String
    public let format: String
    public let bytes: Data

    /// The largest original handed out (a bigger one is refused, not read).
    public static let maxBytes = 256 << 20

    /// By the format kb read it as (`FileFormat`); always sent as an attachment.
    public static let contentTypes = [
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pdf": "application/pdf", "csv": "text/csv", "txt": "text/plain", "md": "text/markdown",
    ]

    public var contentType: String { Self.contentTypes[format] ?? "application/octet-stream" }
}

extension ArchiveStore {
    public func originalFile(of id: Int64) throws -> OriginalFile {
        guard let row = try db.read({ db in
            try Row.fetchOne(db, sql: "SELECT f.path, f.sha256, f.size, f.format FROM document d JOIN file f ON f.id = d.fileId WHERE d.id = ?",
                             arguments: [id])
        }) else { throw KBError.notFound("no document #\(id)") }
        let path: String = row["path"], sha: String = row["sha256"], size: Int = row["size"], format: String = row["format"]
        let name = (path as NSString).lastPathComponent
        guard size <= OriginalFile.maxBytes else {
            throw KBError.notFound("the original of document #\(id) (\(name)) is over \(OriginalFile.maxBytes >> 20) MB; it is not handed out")
        }
        // Read as ingest reads: without following a link, without waiting on a FIFO, a regular
        // file only, and no more than the size stored.
        let changed = KBError.notFound("the file document #\(id) was read from (\(name)) has changed since; ingest it again to see it")
        let bytes: [UInt8]
        do {
            bytes = try FolderWalk.readRegularFile(path, maxBytes: size, inside: (path as NSString).deletingLastPathComponent)
        } catch FolderWalk.ReadError.tooLarge {
            throw changed
        } catch {
            throw KBError.notFound("the original of document #\(id) (\(name)) is no longer where it was ingested from")
        }
        guard bytes.count == size, Hashing.sha256Hex(bytes) == sha else { throw changed }
        return OriginalFile(name: name, format: format, bytes: Data(bytes))
    }
}
