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
}
