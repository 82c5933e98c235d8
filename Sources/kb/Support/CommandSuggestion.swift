import ArgumentParser

/// A mistyped command gets the one it was likely meant to be (`kb serch 离心机` → "did you mean
/// 'search'?") instead of ArgumentParser's "2 unexpected arguments". Walks the command tree along
/// the words given, skipping options, and stops at the first word that names no command.
enum CommandSuggestion {
    /// Options of the command line that take a value (their value is not a command word).
    static let valued: Set<String> = ["--store", "--wait"]

    /// The message for a mistyped command word in these arguments, or nil when there is none.
    static func message(for arguments: [String], root: ParsableCommand.Type) -> String? {
        var command = root
        var path = [name(of: root)]
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            if word == "--" { return nil }
            if word.hasPrefix("-") { i += valued.contains(word) ? 2 : 1; continue }
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, word != "help" else { return nil }
            guard let next = subcommands.first(where: { name(of: $0) == word || $0.configuration.aliases.contains(word) }) else {
                let names = subcommands.map(name(of:))
                let close = names.map { ($0, distance($0, word)) }.filter { $0.1 <= max(1, word.count / 3) || $0.0.hasPrefix(word) && word.count >= 3 }
                    .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
                let there = path.joined(separator: " ")
                var text = "'\(word)' is not a command of \(there)."
                if let best = close.first { text += " Did you mean '\(there) \(best)'?" }
                return text + "\nThe commands: \(names.joined(separator: ", ")) (see '\(there) --help')."
            }
            command = next
            path.append(word)
            i += 1
        }
        return nil
    }

    static func name(of command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }

    /// Edits (insert, delete, replace, swap two neighbours) from one word to the other.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
