import Foundation

/// Files an admin uploads to ingest: each kept in the store's `uploads/` folder (one folder,
/// 0700, per upload, named by its content; files 0600), a zip expanded there first. A name
/// someone sent is never used as a path: each part of it is cut to letters, digits and . _ -
/// (`safeName`), and a zip's links, absolute paths and `..` are left out. A zip is refused past
/// `Uploads.maxEntries` files or `Uploads.maxExpandedBytes`, counted as it is expanded (a zip
/// bomb declares small sizes).
public enum Uploads {
    public static let maxEntries = 20_000
    public static let maxExpandedBytes = 4 << 30

    /// Keeps the files and returns the paths to ingest: a file, or the folder a zip became.
    static func keep(_ files: [(name: String, bytes: Data)], in root: URL,
                     maxEntries: Int = maxEntries, maxExpandedBytes: Int = maxExpandedBytes) throws -> [String] {
        var paths: [String] = []
        // The limit on what zips expand to holds for all of one request's files together.
        var budget = maxExpandedBytes
        for f in files {
            let folder = root.appendingPathComponent("uploads").appendingPathComponent(Hashing.sha256Hex([UInt8](f.bytes)))
            let existed = FileManager.default.fileExists(atPath: folder.path)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if f.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), f.name.lowercased().hasSuffix(".zip") {
                let name = ArchiveService.safeName(String(f.name.dropLast(4)))
                let target = folder.appendingPathComponent(name.isEmpty ? "zip" : name)
                if !FileManager.default.fileExists(atPath: target.path) {
                    do {
                        try expand(f.bytes, named: f.name, into: target, scratch: folder, maxEntries: maxEntries, budget: &budget)
                    } catch {
                        // A zip refused or cut short leaves nothing behind.
                        if !existed { try? FileManager.default.removeItem(at: folder) }
                        throw error
                    }
                }
                paths.append(target.path)
            } else {
                let file = folder.appendingPathComponent(ArchiveService.safeName(f.name))
                if !FileManager.default.fileExists(atPath: file.path) {
                    guard FileManager.default.createFile(atPath: file.path, contents: f.bytes, attributes: [.posixPermissions: 0o600]) else {
                        throw KBError.store("cannot keep the upload in \(folder.path)")
                    }
                }
                paths.append(file.path)
            }
        }
        return paths
    }

    static func expand(_ bytes: Data, named name: String, into target: URL, scratch: URL, maxEntries: Int, budget: inout Int) throws {
        let limit = budget
        let zip: ZipReader
        do { zip = try ZipReader([UInt8](bytes)) } catch {
            throw KBError.badInput(path: ArchiveService.safeName(name), reason: "not a zip file kb can read (\(error))")
        }
        // Expanded into a folder of its own first, renamed into place once whole.
        let partial = scratch.appendingPathComponent("expanding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: partial) }
        var entries = 0
        for entry in zip.entries where !entry.isDirectory && !entry.isSymbolicLink {
            let parts = entry.path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).map(String.init)
            guard !parts.isEmpty, !parts.contains(".."), !entry.path.hasPrefix("/"), !parts.contains(where: { $0.hasPrefix(".") }) else { continue }
            let safe = parts.map { ArchiveService.safeName($0) }
            guard !safe.contains(where: \.isEmpty) else { continue }
            entries += 1
            guard entries <= maxEntries else {
                throw KBError.badInput(path: ArchiveService.safeName(name), reason: "over \(maxEntries) files in the zip; split it")
            }
            let destination = safe.reduce(partial) { $0.appendingPathComponent($1) }
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            guard FileManager.default.createFile(atPath: destination.path, contents: nil, attributes: [.posixPermissions: 0o600]),
                  let out = FileHandle(forWritingAtPath: destination.path) else {
                throw KBError.store("cannot expand the upload in \(partial.path)")
            }
            defer { try? out.close() }
            do {
                try zip.extract(entry, limit: budget) { chunk in
                    budget -= chunk.count
                    try out.write(contentsOf: chunk)  // a full disk is an error, never a crash
                }
            } catch ZipReader.Failure.tooLarge {
                throw KBError.badInput(path: ArchiveService.safeName(name), reason: "expands to over \(limit >> 20) MB; not expanded")
            } catch let e as KBError {
                throw e
            } catch let e as NSError where (e.domain == NSPOSIXErrorDomain && e.code == Int(ENOSPC)) || e.code == CocoaError.fileWriteOutOfSpace.rawValue {
                throw KBError.diskFull("the disk holding the store is full: the zip \(ArchiveService.safeName(name)) could not be expanded; nothing stored before was lost")
            } catch {
                throw KBError.badInput(path: ArchiveService.safeName(name) + "/" + safe.joined(separator: "/"), reason: "damaged in the zip (\(error))")
            }
        }
        try FileManager.default.moveItem(at: partial, to: target)
    }
}
