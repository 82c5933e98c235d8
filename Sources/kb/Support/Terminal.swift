import ArchiveIndex
import ArgumentParser
import Foundation

enum Terminal {
    static let isTTY = isatty(STDOUT_FILENO) == 1
    static let errIsTTY = isatty(STDERR_FILENO) == 1
    static let color = isTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// One line on standard error; control characters in it (from a file name or a file's
    /// text in a reason) are shown as escapes, so it stays one line and drives nothing.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("kb: \(escaped(message))\n".utf8))
    }

    /// A file name or path as text output shows it: as it is when it is plain, else quoted
    /// with its control, bidirectional and quote characters escaped, so a name can neither
    /// forge a report line nor drive the terminal (JSON escapes them itself).
    static func name(_ s: String) -> String {
        let plain = !s.isEmpty && s.unicodeScalars.allSatisfy { !needsEscape($0) && $0 != "\"" && $0 != "\\" }
            && s.first?.isWhitespace == false && s.last?.isWhitespace == false
        if plain { return s }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where needsEscape(u): out += String(format: "\\u{%X}", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// Text from a document (a title, a line of it) with control characters other than new
    /// lines and tabs shown as escapes rather than sent to the terminal.
    static func text(_ s: String) -> String { escaped(s, keeping: ["\n", "\t"]) }

    /// s with the characters that need it shown as `\u{…}` (a new line as `\n`), except those kept.
    private static func escaped(_ s: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        guard s.unicodeScalars.contains(where: { needsEscape($0) && !kept.contains($0) }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if !needsEscape(u) || kept.contains(u) { out.unicodeScalars.append(u) }
            else { out += u == "\n" ? "\\n" : String(format: "\\u{%X}", u.value) }
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the bidirectional overrides and isolates.
    private static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
    }

    static func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    static func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    static func highlight(_ s: String) -> String { color ? "\u{1B}[1;33m\(s)\u{1B}[0m" : "«\(s)»" }

    static func json<T: Encodable>(_ value: T) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try enc.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

/// A progress line on standard error: done/total, rate and time left, redrawn at most five
/// times a second; only on a terminal.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private var start: Date?
    private var last = Date.distantPast
    private var shown = false

    init(_ label: String, enabled: Bool) {
        self.label = label
        self.enabled = enabled && Terminal.errIsTTY
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let now = Date()
        let start = self.start ?? now
        self.start = start
        guard now.timeIntervalSince(last) >= 0.2 || done == total else { return }
        last = now
        let elapsed = now.timeIntervalSince(start)
        var text = "\(label): \(done)/\(total)"
        if elapsed > 0.5, done > 0 {
            let rate = Double(done) / elapsed
            let left = Double(total - done) / rate
            text += String(format: " · %.0f/s · %@ left", rate, left >= 60 ? String(format: "%.0f min", left / 60) : String(format: "%.0f s", left))
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}

/// Wraps heterogeneous values for a JSON object.
struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}

/// A line on standard error for work that may take a while (OCR of a scan): nothing when the
/// work ends within `after` seconds; else "label… N s", redrawn each second on a terminal and
/// written once otherwise, so a person (or a log) knows kb is not stuck.
enum SlowWork {
    static func run<T>(_ label: String, after: Double = 1, _ work: () throws -> T) rethrows -> T {
        let state = State()
        let started = Date()
        let tty = Terminal.errIsTTY
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now() + after, repeating: 1)
        timer.setEventHandler {
            let seconds = Int(Date().timeIntervalSince(started).rounded())
            state.lock.lock(); defer { state.lock.unlock() }
            guard !state.done else { return }
            if tty {
                FileHandle.standardError.write(Data("\r\u{1B}[K\(label)… \(seconds) s".utf8))
            } else if !state.shown {
                FileHandle.standardError.write(Data("\(label)…\n".utf8))
            }
            state.shown = true
        }
        timer.resume()
        defer {
            timer.cancel()
            state.lock.lock()
            state.done = true
            if tty && state.shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            state.lock.unlock()
        }
        return try work()
    }

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var done = false
        var shown = false
    }
}
