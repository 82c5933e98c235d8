import Foundation
import Testing

/// Helpers for tests that run `kb serve` as an admin would.
extension KB {
    /// `kb user add NAME --role ROLE --password-stdin` with the password on standard input.
    static func addUser(_ name: String, role: String, password: String, store: String) throws -> Run {
        let p = Process()
        p.executableURL = binary
        p.arguments = ["user", "add", name, "--role", role, "--password-stdin", "--store", store]
        let input = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = input
        p.standardOutput = out
        p.standardError = err
        try p.run()
        input.fileHandleForWriting.write(Data((password + "\n").utf8))
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// A running `kb serve --port 0` on the store, and the port it printed; its log (standard
    /// error) goes to `log`, or nowhere.
    static func serve(store: String, log: Pipe? = nil) throws -> (process: Process, port: Int) {
        let p = Process()
        p.executableURL = binary
        p.arguments = ["serve", "--port", "0", "--store", store]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = log ?? FileHandle.nullDevice
        try p.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let port = String(decoding: line, as: UTF8.self).split(separator: ":").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        return (p, port)
    }
}
