import Foundation

/// Why a file given on the command line or uploaded cannot be read, in words a person acts on:
/// "no such file", "is a folder", "permission denied".
public enum FileAccess {
    public static func whyUnreadable(_ path: String) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return path.contains("*") || path.contains("?") ? "no such file (no file matches the pattern)" : "no such file"
        }
        if isFolder.boolValue { return "is a folder, not a file" }
        let fd = open(path, O_RDONLY)
        if fd < 0 { return String(cString: strerror(errno)).lowercased() }
        close(fd)
        return "cannot read the file"
    }

    /// A file given on the command line, at most maxBytes (`what` says what it is, for the
    /// error): a FIFO, a device or a file over the limit is refused, naming the file and why.
    public static func read(_ path: String, maxBytes: Int, what: String) throws -> [UInt8] {
        let name = (path as NSString).lastPathComponent
        do {
            return try FolderWalk.readRegularFile(path, maxBytes: maxBytes)
        } catch FolderWalk.ReadError.tooLarge(let size) {
            throw KBError.badInput(path: name, reason: "too large for \(what) (\(Ingestor.megabytes(size)); the limit is \(Ingestor.megabytes(maxBytes)))")
        } catch FolderWalk.ReadError.notAFile(let kind) {
            throw KBError.badInput(path: name, reason: "\(kind), not a file")
        } catch {
            throw KBError.badInput(path: name, reason: whyUnreadable(path))
        }
    }
}
