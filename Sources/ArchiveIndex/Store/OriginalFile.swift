import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

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
        // Opened without following a link and without waiting (a FIFO swapped in would hold a
        // reader's thread for ever); only a regular file of the size stored is read.
        let gone = KBError.notFound("the original of document #\(id) (\(name)) is no longer where it was ingested from")
        let fd = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw gone }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { throw gone }
        guard Int(st.st_size) == size else {
            throw KBError.notFound("the file document #\(id) was read from (\(name)) has changed since; ingest it again to see it")
        }
        let bytes = (try? handle.read(upToCount: size + 1)) ?? Data()
        guard Hashing.sha256Hex([UInt8](bytes)) == sha else {
            throw KBError.notFound("the file document #\(id) was read from (\(name)) has changed since; ingest it again to see it")
        }
        return OriginalFile(name: name, format: format, bytes: bytes)
    }
}
