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
                -- Every Chinese word and character kb has indexed and given keys to (one without readings too).
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
            let known = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM lexiconWord WHERE word = ?)")
            return try words.sorted().filter { try !Bool.fetchOne(known, arguments: [$0])! }
        }
        guard !new.isEmpty else { return 0 }
        let readings = try PinyinReadings.load()
        try store.db.write { db in
            for w in new {
                try db.execute(sql: "INSERT OR IGNORE INTO lexiconWord (word) VALUES (?)", arguments: [w])
                let single = w.unicodeScalars.count == 1
                for key in PinyinReadings.keys(readings.readings(of: w)) where single || key.count >= 2 {
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

/// Reads Latin query text as pinyin of the archive's Chinese: `lixinjizhuansu` → 离心机转速,
/// `lxj` → 离心机, `jrm` → 加热膜. Keys of words come first; a single syllable or initial
/// (`ji`, `m`) may stand for one character where no word fits, but only beside a character
/// it stands next to somewhere in the archive (the index's character pairs), so `chongkaiji`
/// reads 重开机 and not any of the fifty characters read `ji`.
struct PinyinParser {
    let lookup: (Set<String>) throws -> [String: [String]]
    /// How often a term occurs in the index (a word `W离心机`, a pair `开机`).
    let frequency: (String) throws -> Int
    /// The characters that follow a character in the index's pairs, with the pair's frequency.
    let followers: (Unicode.Scalar) throws -> [Unicode.Scalar: Int]
    /// No more readings than this are searched for one piece of Latin text.
    static let maxReadings = 4

    /// The Chinese strings the text may spell, the archive's most frequent first, or []
    /// when it is not all pinyin.
    func readings(_ text: String) throws -> [String] {
        let s = Array(text)
        let n = s.count
        // Two letters of initials (`sn`, `pc`) say too little to be read as Chinese.
        guard n >= 2, n <= 40, s.allSatisfy({ $0.isASCII && $0.isLetter }),
              !(n < 3 && PinyinReadings.isInitials(text)) else { return [] }
        var candidates = Set<String>()
        for i in 0..<n { for j in (i + 1)...min(n, i + 30) { candidates.insert(String(s[i..<j])) } }
        var found = try lookup(candidates)
        // A lone consonant (`t`, `m`) stands for a character only in text of initials (`jrm`):
        // otherwise `water` would read wa·t·e·r.
        if !PinyinReadings.isInitials(text) {
            found = found.filter { !($0.key.count == 1 && PinyinReadings.isInitials($0.key)) }
        }
        guard !found.isEmpty else { return [] }
        // The split with the least cost: a word 2 (+1 when read from initials), a character 5.
        // Characters read from a single letter (`m` → 膜) are checked against the index below.
        var cost = [Int?](repeating: nil, count: n + 1)
        var cut = [Int](repeating: 0, count: n + 1)
        var pieces = [[String]](repeating: [], count: n + 1)
        cost[n] = 0
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in (i + 1)...n {
                guard let rest = cost[j], let entries = found[String(s[i..<j])] else { continue }
                let key = String(s[i..<j])
                let words = entries.filter { $0.unicodeScalars.count >= 2 }
                let use = words.isEmpty ? entries : words
                let c = rest + (words.isEmpty ? 5 : 2 + (PinyinReadings.isInitials(key) ? 1 : 0))
                // On a tie the longer first piece wins, as input methods match forward.
                if cost[i] == nil || c <= cost[i]! { cost[i] = c; cut[i] = j; pieces[i] = use }
            }
        }
        guard cost[0] != nil else { return [] }
        var segments: [[String]] = []
        var i = 0
        while i < n { segments.append(pieces[i]); i = cut[i] }
        // One character alone says too little.
        if segments.count == 1, segments[0].allSatisfy({ $0.unicodeScalars.count == 1 }) { return [] }
        var followCache: [Unicode.Scalar: [Unicode.Scalar: Int]] = [:]
        func best(_ r: [(text: String, score: Double)]) -> [String] {
            r.sorted { ($0.score, $1.text) > ($1.score, $0.text) }.map(\.text)
        }
        var results = best(try expand(segments, &followCache))
        // Initials (`jyz`) may also be one character per letter where no word spells them
        // (进样针 when 进样 is not a word): the best readings of both splits are searched.
        if PinyinReadings.isInitials(text), n <= 6, segments.count < n {
            let letters = s.map { found[String($0)] ?? [] }
            if letters.allSatisfy({ !$0.isEmpty }) {
                let perLetter = best(try expand(letters, &followCache))
                results = Array(results.prefix(Self.maxReadings / 2)) + perLetter.prefix(Self.maxReadings / 2) + results.dropFirst(Self.maxReadings / 2)
            }
        }
        var seen = Set<String>()
        return Array(results.filter { seen.insert($0).inserted }.prefix(Self.maxReadings))
    }

    /// The Chinese strings a split may spell, scored by the archive's frequencies.
    private func expand(_ segments: [[String]], _ followCache: inout [Unicode.Scalar: [Unicode.Scalar: Int]]) throws -> [(text: String, score: Double)] {
        // Left to right, keeping the best few: a word must be in the index; a character must
        // form an indexed pair with its neighbour.
        func follow(_ c: Unicode.Scalar) throws -> [Unicode.Scalar: Int] {
            if let known = followCache[c] { return known }
            let f = try followers(c)
            followCache[c] = f
            return f
        }
        var beam: [(text: String, score: Double, endsWithChar: Bool)] = [("", 0, false)]
        for (k, options) in segments.enumerated() {
            var next: [(text: String, score: Double, endsWithChar: Bool)] = []
            for option in options {
                let single = option.unicodeScalars.count == 1
                let nextIsChar = k + 1 < segments.count && segments[k + 1].allSatisfy { $0.unicodeScalars.count == 1 }
                if !single {
                    let f = try frequency(Schema.wordPrefix + option)
                    guard f > 0 else { continue }
                    for b in beam { next.append((b.text + option, b.score + log(Double(f) + 1), false)) }
                    continue
                }
                for b in beam {
                    var score = b.score
                    if let last = b.text.unicodeScalars.last {
                        let f = try follow(last)[option.unicodeScalars.first!] ?? 0
                        guard f > 0 else { continue }
                        // Two characters that make a word are read as the word reads: 重启 is
                        // chong qi, so `zhongqi` must not reach it character by character.
                        if b.endsWithChar, try frequency(Schema.wordPrefix + String(last) + option) > 0 { continue }
                        score += log(Double(f) + 1)
                    } else if !nextIsChar {
                        // A first character before a word: it must pair with the word's first character.
                        guard try segments[k + 1].contains(where: { w in try frequency(option + String(w.unicodeScalars.first!)) > 0 }) else { continue }
                    }
                    next.append((b.text + option, score, true))
                }
            }
            // Wide enough that a first character read from one letter survives until the pair
            // with the next one tells the right reading from the others.
            let nextIsChars = k + 1 < segments.count && segments[k + 1].allSatisfy { $0.unicodeScalars.count == 1 }
            beam = Array(next.sorted { ($0.score, $1.text) > ($1.score, $0.text) }.prefix(nextIsChars ? 256 : 64))
            if beam.isEmpty { return [] }
        }
        return beam.map { ($0.text, $0.score) }
    }
}
