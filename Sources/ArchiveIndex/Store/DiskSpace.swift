import Foundation

/// Room left on the disk that holds a path. Xapian 1.4 aborts the whole process
/// (`std::terminate` inside `WritableDatabase::commit()`) when a block write fails on a full disk,
/// so kb looks before it commits the index and says the disk is full while it still can.
public enum DiskSpace {
    /// Kept free under the index: a commit writes its changed blocks anew before it lets the
    /// old ones go, a few megabytes for a batch of a thousand documents.
    public static let indexReserve = 64 << 20

    /// Bytes an unprivileged process may still write on the disk holding path, or nil when
    /// the file system does not say.
    public static func available(at path: String) -> Int? {
        var s = statvfs()
        guard statvfs(path, &s) == 0 else { return nil }
        return Int(s.f_bavail) &* Int(s.f_frsize)
    }

    /// A refusal in the words `KBError.plain` takes for a full disk, when less than `needed`
    /// bytes are free; nil when there is room (or the file system does not say).
    static func shortfall(at path: String, needed: Int, for what: String) -> String? {
        guard let free = available(at: path), free < needed else { return nil }
        return "\(refusal)\(megabytes(free)) free, and \(what) needs \(megabytes(needed))"
    }

    /// How kb's refusal begins: the words a full disk's error has, which `KBError.plain` knows.
    static let refusal = "No space left on device: "

    static func megabytes(_ bytes: Int) -> String { "\(bytes >> 20) MB" }
}
