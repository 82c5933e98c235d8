import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files below a folder, as ingest sees them: regular files, and links that stay inside
/// the folder. Everything else that is there gets a reason instead of silence: a folder that
/// cannot be read, a FIFO, socket or device, a link that leads out of the folder or nowhere.
enum FolderWalk {
    struct Entry: Sendable {
        /// The real path (links inside the folder keep their own path; their bytes are read through them).
        let path: String
        /// Relative to the folder given, for reports and sources.
        let relative: String
        let size: Int
        /// Why this path is not read, or nil for a file to read.
        let problem: String?
        /// A link to a file inside the folder: read through the link, then checked to be inside.
        var viaLink = false
        /// A link leading out of the folder: not a file of the folder, so a document stored
        /// from it before is removed like that of a deleted file.
        var outside = false
        /// The folder walked (a real path), for files found in it.
        var root: String? = nil
    }

    /// Entries below root (a real path), hidden ones left out, sorted by relative path.
    static func entries(under root: String) -> [Entry] {
        var out: [Entry] = []
        var folders: [(path: String, relative: String)] = [(root, "")]
        while let (dir, rel) = folders.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: dir)
            } catch {
                out.append(Entry(path: dir, relative: rel.isEmpty ? "." : rel + "/", size: 0,
                                 problem: "cannot read the folder (\(reason(errno: folderErrno(dir))))"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = dir + "/" + name
                let relative = rel.isEmpty ? name : rel + "/" + name
                var st = stat()
                guard lstat(path, &st) == 0 else {
                    out.append(Entry(path: path, relative: relative, size: 0, problem: "cannot read (\(reason(errno: errno)))"))
                    continue
                }
                switch st.st_mode & S_IFMT {
                case S_IFDIR: folders.append((path, relative))
                case S_IFREG: out.append(Entry(path: path, relative: relative, size: Int(st.st_size), problem: nil))
                case S_IFLNK: out.append(link(path, relative: relative, root: root))
                default: out.append(Entry(path: path, relative: relative, size: 0, problem: "\(kind(st.st_mode)), not a file"))
                }
            }
        }
        return out.map { e in var e = e; e.root = root; return e }.sorted { $0.relative < $1.relative }
    }

    /// A link is followed only to a regular file inside the folder; a link to a folder inside
    /// it is left out (its files are read where they are).
    private static func link(_ path: String, relative: String, root: String) -> Entry {
        guard let target = realPath(path) else {
            return Entry(path: path, relative: relative, size: 0, problem: "broken link")
        }
        guard target == root || target.hasPrefix(root + "/") else {
            return Entry(path: path, relative: relative, size: 0,
                         problem: "a link to \(target), outside the folder being ingested; not followed", outside: true)
        }
        var st = stat()
        guard stat(target, &st) == 0 else { return Entry(path: path, relative: relative, size: 0, problem: "broken link") }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return Entry(path: path, relative: relative, size: Int(st.st_size), problem: nil, viaLink: true)
        case S_IFDIR: return Entry(path: path, relative: relative, size: 0, problem: "a link to a folder inside the folder; its files are read where they are")
        default: return Entry(path: path, relative: relative, size: 0, problem: "a link to \(kind(st.st_mode)), not a file")
        }
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        default: "a special file"
        }
    }

    private static func folderErrno(_ dir: String) -> Int32 {
        guard let d = opendir(dir) else { return errno }
        closedir(d)
        return EIO
    }

    static func reason(errno code: Int32) -> String {
        code == EACCES ? "permission denied" : String(cString: strerror(code))
    }

    /// The path with every link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    static func size(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }

    enum ReadError: Error, CustomStringConvertible {
        case tooLarge(Int)
        case notAFile(String)
        case cannotRead(String)

        var description: String {
            switch self {
            case .tooLarge(let n): "too large (\(n) bytes)"
            case .notAFile(let what): "\(what), not a file"
            case .cannotRead(let why): "cannot read the file (\(why))"
            }
        }
    }

    /// A regular file's bytes, at most maxBytes. Opened without blocking and checked after
    /// opening, so a FIFO or device put in a file's place cannot stall the reader. With
    /// `inside`, a file found in a folder walk: a file is opened without following links (one
    /// swapped in for it since the walk is refused), and a link found inside the folder must
    /// still lead inside it once opened.
    static func readRegularFile(_ path: String, maxBytes: Int, inside root: String? = nil, viaLink: Bool = false) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (root != nil && !viaLink ? O_NOFOLLOW : 0))
        guard fd >= 0 else {
            throw errno == ELOOP ? ReadError.notAFile("a link put in the file's place since the folder was read")
                                 : ReadError.cannotRead(reason(errno: errno))
        }
        defer { close(fd) }
        if let root, viaLink {
            guard let opened = realPath("/proc/self/fd/\(fd)"), opened.hasPrefix(root + "/") else {
                throw ReadError.notAFile("a link that now leads outside the folder being ingested")
            }
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ReadError.cannotRead(reason(errno: errno)) }
        guard st.st_mode & S_IFMT == S_IFREG else { throw ReadError.notAFile(kind(st.st_mode)) }
        let size = Int(st.st_size)
        guard size <= maxBytes else { throw ReadError.tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, size - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError.cannotRead(reason(errno: errno))
            }
            if n == 0 { break }
            filled += n
        }
        // A file that grew while being read is read as it was when opened.
        return filled == size ? bytes : Array(bytes[..<filled])
    }
}
