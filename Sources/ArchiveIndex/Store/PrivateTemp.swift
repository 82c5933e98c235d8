import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder for a tool's copies of customer files (a PDF for pdftotext, a scan for OCR):
/// created 0700 by mkdtemp, files in it 0600, removed when done. Its name carries the
/// process id, so the folders of a kb that was killed are removed by the next one.
struct PrivateTemp {
    let url: URL

    /// A new private folder, after sweeping away those left by kb processes that are gone.
    init(_ purpose: String) throws {
        let base = FileManager.default.temporaryDirectory.path
        Self.sweep(base: base, purpose: purpose)
        var template = Array("\(base)/kb-\(purpose)-\(getpid())-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw KBError.environment("cannot make a private temporary folder in \(base): \(String(cString: strerror(errno)))")
        }
        url = URL(fileURLWithPath: String(cString: made))
    }

    /// Writes bytes to a new file only this user can read.
    func write(_ bytes: [UInt8], named name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        let fd = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw KBError.environment("cannot write \(file.path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw KBError.environment("cannot write \(file.path): \(String(cString: strerror(errno)))")
            }
            written += n
        }
        return file
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Removes `kb-PURPOSE-PID-*` folders whose process no longer runs.
    static func sweep(base: String, purpose: String) {
        let prefix = "kb-\(purpose)-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid != getpid() else { continue }
            // Only a folder of ours, as mkdtemp made it: not another user's, not a link.
            var st = stat()
            guard lstat(base + "/" + name, &st) == 0, st.st_mode & S_IFMT == S_IFDIR, st.st_uid == getuid(),
                  st.st_mode & 0o777 == 0o700 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: base + "/" + name)
            }
        }
    }
}
