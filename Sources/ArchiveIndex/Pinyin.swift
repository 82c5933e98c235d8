import Foundation
import GRDB
import Synchronization

/// Pinyin as a route into the archive's own Chinese words: `lixinji`, `li xin ji` and `lxj`
/// find 离心机. Each word kb indexes gets its readings (word readings from Rime's Luna Pinyin
/// dictionary, else the combinations of its characters' standard readings from Unihan
/// `kTGHZ2013`), stored as keys in SQLite: full pinyin without tones and initials. A query's
/// Latin words that spell keys are rewritten into the Chinese words, searched as if typed in
/// Chinese but weighted below them. Chinese input is never turned into pinyin.
final class PinyinReadings: @unchecked Sendable {
    /// Simplified word → readings, each a list of toneless syllables.
    private var words: [String: [[String]]] = [:]
    /// Character → toneless readings, the most common first.
    private var chars: [Unicode.Scalar: [String]] = [:]
    /// No word gets more readings than this (the product of polyphonic characters grows fast).
    static let maxReadings = 16

    /// Loaded once per process, when a new word first needs its keys.
    static func load() throws -> PinyinReadings {
        try cache.withLock { cached in
            if let r = cached { return r }
            let r = PinyinReadings()
            try r.loadUnihan(LanguageData.unihanReadings)
            try r.loadRime(LanguageData.rimeDictionary)
            cached = r
            return r
        }
    }
    private static let cache = Mutex<PinyinReadings?>(nil)

    /// Unihan: `U+91CD<TAB>kTGHZ2013<TAB>047.150:chóng 481.090:zhòng`; kMandarin gives the most
    /// common reading, which goes first; kTGHZ2013 adds the other standard ones.
    private func loadUnihan(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw LanguageData.missing(path, package: "unicode-data") }
        let result: Subprocess.Result
        do { result = try Subprocess.run("bzcat", [path], timeout: 60) } catch {
            throw KBError.environment("cannot run bzcat to read \(path) (install bzip2): \(error)")
        }
        guard result.status == 0 else { throw KBError.environment("bzcat could not read \(path)") }
        var mandarin: [Unicode.Scalar: [String]] = [:]
        var standard: [Unicode.Scalar: [String]] = [:]
        // 6 MB of text, of which a few percent matters: pick the lines by their bytes first.
        let wanted = [Array("\tkMandarin\t".utf8), Array("\tkTGHZ2013\t".utf8)]
        for bytes in [UInt8](result.stdout).split(separator: 0x0A) {
            guard bytes.count > 12, bytes.first == UInt8(ascii: "U"),
                  let tab = bytes.firstIndex(of: 0x09),
                  wanted.contains(where: { w in bytes.endIndex > tab + w.count && bytes[tab..<(tab + w.count)].elementsEqual(w) })
            else { continue }
            let line = String(decoding: bytes, as: UTF8.self)
            let cols = line.split(separator: "\t", maxSplits: 2)
            guard cols.count == 3, cols[1] == "kMandarin" || cols[1] == "kTGHZ2013",
                  let v = UInt32(cols[0].dropFirst(2), radix: 16), let s = Unicode.Scalar(v) else { continue }
            let readings = cols[2].split(separator: " ").map { r in
                Self.toneless(String(r.split(separator: ":").last ?? r))
            }
            if cols[1] == "kMandarin" { mandarin[s] = readings } else { standard[s] = readings }
        }
        for (s, m) in mandarin {
            var all = m
            for r in standard[s] ?? [] where !all.contains(r) { all.append(r) }
            chars[s] = all
        }
        for (s, r) in standard where chars[s] == nil { chars[s] = Array(NSOrderedSet(array: r)) as? [String] ?? r }
    }

    /// Rime: after the `...` line, `重啓<TAB>chong qi[<TAB>weight]`. Words only (characters
    /// come from Unihan), folded to simplified as the index has them.
    private func loadRime(_ path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw LanguageData.missing(path, package: "rime-data-luna-pinyin") }
        let text = String(decoding: data, as: UTF8.self)
        guard let body = text.range(of: "\n...\n") else { return }
        var texts: [Substring] = []
        var codes: [Substring] = []
        for line in text[body.upperBound...].split(separator: "\n") {
            guard !line.hasPrefix("#") else { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2, cols[0].unicodeScalars.count >= 2 else { continue }
            texts.append(cols[0])
            codes.append(cols[1])
        }
        // One fold for all the words: OpenCC and ICU are fast on one buffer, slow per call.
        let folded = try Normalizer.fold(texts.joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false)
        guard folded.count == texts.count else { return }
        for (word, code) in zip(folded, codes) {
            let syllables = code.split(separator: " ").map(String.init)
            guard syllables.count == word.unicodeScalars.count else { continue }
            let w = String(word)
            if words[w]?.contains(syllables) != true { words[w, default: []].append(syllables) }
        }
    }

    /// `chóng` → `chong`, `lǜ` → `lv` (as pinyin keyboards type ü).
    static func toneless(_ reading: String) -> String {
        let d = reading.decomposedStringWithCanonicalMapping.replacingOccurrences(of: "u\u{308}", with: "v")
        return String(String.UnicodeScalarView(d.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) })).lowercased()
    }

    /// The readings of a simplified word: its own word readings, else the combinations of its
    /// characters' readings (at most `maxReadings`). Empty when a character has no reading.
    func readings(of word: String) -> [[String]] {
        if let r = words[word] { return r }
        var out: [[String]] = [[]]
        for s in word.unicodeScalars {
            guard let rs = chars[s], !rs.isEmpty else { return [] }
            out = out.flatMap { prefix in rs.map { prefix + [$0] } }
            if out.count > Self.maxReadings { out = Array(out.prefix(Self.maxReadings)) }
        }
        return out
    }

    /// The lookup keys of a word's readings: full pinyin (`lixinji`, also with `u` for `v`)
    /// and initials (`lxj`, also `zhs` beside `zs` for zh/ch/sh).
    static func keys(_ readings: [[String]]) -> Set<String> {
        var out = Set<String>()
        for syllables in readings where !syllables.isEmpty {
            let full = syllables.joined()
            out.insert(full)
            if full.contains("v") { out.insert(full.replacingOccurrences(of: "v", with: "u")) }
            // Initials only when all are consonants: `da` or `ea` would read ordinary Latin
            // words as Chinese (安 an, 额 e, 欧 ou start with a vowel).
            let initials = String(syllables.compactMap(\.first))
            guard isInitials(initials) else { continue }
            out.insert(initials)
            out.insert(syllables.map { s in ["zh", "ch", "sh"].first(where: { s.hasPrefix($0) }) ?? String(s.prefix(1)) }.joined())
        }
        return out
    }

    /// Initials only: consonants, no vowel (a e i o u v).
    static func isInitials(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isLetter && !"aeiouv".contains($0) }
    }
}

/// The pinyin lexicon of an archive: its indexed words and their keys, in SQLite.
enum PinyinLexicon {
    static func registerMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v6-pinyin") { db in
            try db.execute(sql: """
                -- Every Chinese word kb has indexed and given keys to (a word without readings too).
                CREATE TABLE lexiconWord (word TEXT PRIMARY KEY) WITHOUT ROWID;
                -- Pinyin keys: full (lixinji) and initials (lxj), lower case, no tones or spaces.
                CREATE TABLE pinyinKey (key TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (key, word)) WITHOUT ROWID;
                """)
        }
    }

    /// Gives keys to the words not yet in the lexicon; loads the reading data only when
    /// there are such words. Returns how many words were added.
    @discardableResult
    static func update(_ store: ArchiveStore, words: Set<String>) throws -> Int {
        guard !words.isEmpty else { return 0 }
        let new = try store.db.read { db in
            try words.sorted().filter { try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM lexiconWord WHERE word = ?)", arguments: [$0])! }
        }
        guard !new.isEmpty else { return 0 }
        let readings = try PinyinReadings.load()
        try store.db.write { db in
            for w in new {
                try db.execute(sql: "INSERT OR IGNORE INTO lexiconWord (word) VALUES (?)", arguments: [w])
                for key in PinyinReadings.keys(readings.readings(of: w)) where key.count >= 2 {
                    try db.execute(sql: "INSERT OR IGNORE INTO pinyinKey (key, word) VALUES (?, ?)", arguments: [key, w])
                }
            }
        }
        return new.count
    }
}

extension ArchiveStore {
    /// The words each of these keys spells.
    func pinyinWords(forKeys keys: Set<String>) throws -> [String: [String]] {
        guard !keys.isEmpty else { return [:] }
        return try db.read { db in
            var out: [String: [String]] = [:]
            let list = keys.sorted()
            let marks = Array(repeating: "?", count: list.count).joined(separator: ",")
            for r in try Row.fetchAll(db, sql: "SELECT key, word FROM pinyinKey WHERE key IN (\(marks)) ORDER BY key, word",
                                      arguments: StatementArguments(list)) {
                out[r["key"], default: []].append(r["word"])
            }
            return out
        }
    }

    /// Is this lower-case Latin word a pinyin key of some archive word?
    func isPinyinKey(_ word: String) throws -> Bool {
        try db.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM pinyinKey WHERE key = ?)", arguments: [word])! }
    }
}

/// Splits Latin query text into pinyin keys of archive words: `lixinjizhuansu` →
/// [离心机] [转速]; `lxj` → [离心机]. The fewest keys win, full pinyin before initials.
struct PinyinParser {
    let lookup: (Set<String>) throws -> [String: [String]]

    /// The words for each key of the best split, or nil when the text is not all keys.
    func parse(_ text: String) throws -> [[String]]? {
        let s = Array(text)
        let n = s.count
        // Two letters of initials (`sn`, `pc`) say too little to be read as Chinese.
        guard n >= 2, n <= 40, s.allSatisfy({ $0.isASCII && $0.isLetter }),
              !(n < 3 && PinyinReadings.isInitials(text)) else { return nil }
        var candidates = Set<String>()
        for i in 0..<(n - 1) { for j in (i + 2)...min(n, i + 30) { candidates.insert(String(s[i..<j])) } }
        let found = try lookup(candidates)
        guard !found.isEmpty else { return nil }
        // cost[i]: (keys, initials keys) to cover s[i...]; fewer is better.
        var cost = [(Int, Int)?](repeating: nil, count: n + 1)
        var cut = [Int](repeating: 0, count: n + 1)
        cost[n] = (0, 0)
        for i in stride(from: n - 2, through: 0, by: -1) {
            for j in (i + 2)...n {
                guard let rest = cost[j], found[String(s[i..<j])] != nil else { continue }
                let initials = PinyinReadings.isInitials(String(s[i..<j])) ? 1 : 0
                let c = (rest.0 + 1, rest.1 + initials)
                if cost[i] == nil || c < cost[i]! { cost[i] = c; cut[i] = j }
            }
        }
        guard cost[0] != nil else { return nil }
        var out: [[String]] = []
        var i = 0
        while i < n {
            out.append(found[String(s[i..<cut[i]])] ?? [])
            i = cut[i]
        }
        return out
    }
}
