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
    /// Character → its Cantonese readings as `Cantonese` skeletons (Unihan `kCantonese`).
    private(set) var cantonese: [Unicode.Scalar: [String]] = [:]
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
        let wanted = [Array("\tkMandarin\t".utf8), Array("\tkTGHZ2013\t".utf8), Array("\tkCantonese\t".utf8)]
        for bytes in [UInt8](result.stdout).split(separator: 0x0A) {
            guard bytes.count > 12, bytes.first == UInt8(ascii: "U"),
                  let tab = bytes.firstIndex(of: 0x09),
                  wanted.contains(where: { w in bytes.endIndex > tab + w.count && bytes[tab..<(tab + w.count)].elementsEqual(w) })
            else { continue }
            let line = String(decoding: bytes, as: UTF8.self)
            let cols = line.split(separator: "\t", maxSplits: 2)
            guard cols.count == 3, let v = UInt32(cols[0].dropFirst(2), radix: 16), let s = Unicode.Scalar(v) else { continue }
            if cols[1] == "kCantonese" {
                var sounds: [String] = []
                for r in cols[2].split(separator: " ") {
                    let sound = Cantonese.skeleton(jyutping: String(r))
                    if !sounds.contains(sound) { sounds.append(sound) }
                }
                cantonese[s] = sounds
                continue
            }
            guard cols[1] == "kMandarin" || cols[1] == "kTGHZ2013" else { continue }
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
        // By scalars: in a String, `u` + U+0308 + a tone mark is one character, and
        // `replacingOccurrences(of: "u\u{308}")` would not find it inside.
        var out = String.UnicodeScalarView()
        for s in reading.decomposedStringWithCanonicalMapping.unicodeScalars {
            if s.value == 0x308, let last = out.last, last == "u" || last == "U" {
                out.removeLast()
                out.append("v")
            } else if !(0x300...0x36F).contains(s.value) {
                out.append(s)
            }
        }
        return String(out).lowercased()
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

    /// The lookup keys of a text's readings (`南京` → nanjing, nj).
    func keys(of text: String) -> Set<String> { Self.keys(readings(of: text)) }

    /// The lookup keys of a word's readings: full pinyin (`lixinji`, also with `u` for `v`)
    /// and initials as input methods take them: every syllable's first letter, a vowel too
    /// (安全阀 `aqf`, 二氧化碳 `eyht`), zh/ch/sh as z/c/s (`zs`) or whole (`zhs`), and the
    /// initials with the last syllable typed whole (离心机 `lxji`, 故障 `gzhang`).
    static func keys(_ readings: [[String]]) -> Set<String> {
        var out = fullKeys(readings)
        // A key of two syllables that has a vowel, or ends in one whole, reads like pinyin or
        // English (答案 would be `da`, 答案 `dan`): kept only with two consonants in a row that
        // full pinyin never writes (故障 `gzhang`).
        func distinct(_ key: String, _ syllables: [String]) -> Bool {
            isInitials(key) || syllables.count >= 3 || PinyinParser.spellsInitials(Array(key))
        }
        for syllables in readings where !syllables.isEmpty {
            for key in [String(syllables.compactMap(\.first)),
                        syllables.map { s in ["zh", "ch", "sh"].first(where: { s.hasPrefix($0) }) ?? String(s.prefix(1)) }.joined()]
            where distinct(key, syllables) {
                out.insert(key)
            }
            if syllables.count >= 2 {
                let mixed = String(syllables.dropLast().compactMap(\.first)) + syllables.last!
                if distinct(mixed, syllables) { out.insert(mixed) }
            }
        }
        return out
    }

    /// Full pinyin keys only (`lixinji`, and `lu` beside `lv`).
    static func fullKeys(_ readings: [[String]]) -> Set<String> {
        var out = Set<String>()
        for syllables in readings where !syllables.isEmpty {
            let full = syllables.joined()
            out.insert(full)
            if full.contains("v") { out.insert(full.replacingOccurrences(of: "v", with: "u")) }
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
        // Keys made before ü was written v (滤 had `lu` but not `lv`): made again.
        m.registerMigration("v7-pinyin-v") { db in try remakeKeys(db, clearing: true) }
    }

    /// Initials with vowels (安 a, 二 e, 欧 o) and with the last syllable whole (`lxji`), which
    /// keys were made without before.
    static func registerVowelInitialsMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v15-pinyin-vowel-initials") { db in try remakeKeys(db, clearing: false) }
    }

    /// Every lexicon word's keys made again (the old ones dropped first when `clearing`).
    /// Without the reading data (packages missing), the keys stay as they were: opening an
    /// archive must not need them.
    private static func remakeKeys(_ db: Database, clearing: Bool) throws {
        let words = try String.fetchAll(db, sql: "SELECT word FROM lexiconWord")
        guard !words.isEmpty, let readings = try? PinyinReadings.load() else { return }
        if clearing { try db.execute(sql: "DELETE FROM pinyinKey") }
        try insertKeys(db, words: words, readings: readings)
    }

    private static func insertKeys(_ db: Database, words: [String], readings: PinyinReadings) throws {
        for w in words {
            let single = w.unicodeScalars.count == 1
            for key in PinyinReadings.keys(readings.readings(of: w)) where single || key.count >= 2 {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO pinyinKey (key, word) VALUES (?, ?)").execute(arguments: [key, w])
            }
        }
    }

    /// Gives keys to the words not yet in the lexicon; loads the reading data only when
    /// there are such words. Returns how many words were added.
    @discardableResult
    static func update(_ store: ArchiveStore, words: Set<String>) throws -> Int {
        guard !words.isEmpty else { return 0 }
        return try store.db.write { db in try add(db, words: words) }
    }

    /// `update` inside the caller's transaction.
    @discardableResult
    static func add(_ db: Database, words: Set<String>) throws -> Int {
        guard !words.isEmpty else { return 0 }
        let known = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM lexiconWord WHERE word = ?)")
        let new = try words.sorted().filter { try !Bool.fetchOne(known, arguments: [$0])! }
        guard !new.isEmpty else { return 0 }
        let readings = try PinyinReadings.load()
        for w in new { try db.cachedStatement(sql: "INSERT OR IGNORE INTO lexiconWord (word) VALUES (?)").execute(arguments: [w]) }
        try insertKeys(db, words: new, readings: readings)
        // Without CC-CEDICT (not installed, or not readable by this user) the words go in
        // without English; `kb check` says so, and `kb reindex` adds it once it is there.
        if let b = try? Bilingual.load() {
            try Bilingual.insert(db, words: new, b)
            try Bilingual.copyDictionary(db, b)
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
///
/// When the text may spell several strings (`jyz`: 进样针, 加样中, 间延长…), they are ranked
/// by how much each looks like a term of the archive: where it occurs whole, how many
/// documents it is in, and how freely it combines with what is around it. 加样中 occurs only
/// inside 加样中断 and 间延长 only inside 时间延长; 进样针 stands beside many things.
struct PinyinParser {
    let lookup: (Set<String>) throws -> [String: [String]]
    /// How often a term occurs in the index (a word `W离心机`, a pair `开机`).
    let frequency: (String) throws -> Int
    /// The characters that follow a character in the index's pairs, with the pair's frequency.
    let followers: (Unicode.Scalar) throws -> [Unicode.Scalar: Int]
    /// Where a Chinese string occurs whole: in how many documents (counted up to a cap) and
    /// the folded text of a few of them. Without it, readings are ranked by the index's counts.
    var occurrences: ((String) throws -> Occurrences)? = nil
    /// Where readings already ranked are kept (a searcher's, for its revision of the index).
    var remembered: LexiconMemo.Table<String, [Reading]>? = nil

    struct Occurrences {
        var documents: Int
        var texts: [String]
    }

    /// No more readings than this are searched for one piece of Latin text.
    static let maxReadings = 4
    /// No more strings than this are looked up where they occur.
    static let maxChecked = 96
    /// How much more a reading that is a dictionary word weighs.
    static let wordFactor = 2.0

    /// A Chinese string the text may spell, and how much its matches weigh (1 for the likeliest).
    struct Reading: Equatable {
        var text: String
        var weight: Double
    }

    /// The Chinese strings the text may spell, the likeliest first, or [] when it is not all pinyin.
    func readings(_ text: String) throws -> [Reading] {
        guard let remembered else { return try ranked(text) }
        return try remembered.remember(text) { try ranked(text) }
    }

    private func ranked(_ text: String) throws -> [Reading] {
        let s = Array(text)
        let n = s.count
        // Two letters of initials (`sn`, `pc`) say too little to be read as Chinese.
        guard n >= 2, n <= 40, s.allSatisfy({ $0.isASCII && $0.isLetter }),
              !(n < 3 && PinyinReadings.isInitials(text)) else { return [] }
        var candidates = Set<String>()
        for i in 0..<n { for j in (i + 1)...min(n, i + 30) { candidates.insert(String(s[i..<j])) } }
        var found = try lookup(candidates)
        // A lone consonant (`t`, `m`) stands for a character only in text of initials (`jrm`)
        // or initials mixed with syllables (`lxji`), which full pinyin never spells: otherwise
        // `water` would read wa·t·e·r. A word the archive has as typed (`filter`, `stacking`)
        // is no such mix.
        let mixed = try !PinyinReadings.isInitials(text) && PinyinParser.spellsInitials(s) && frequency(text.lowercased()) == 0
        if !PinyinReadings.isInitials(text), !mixed {
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
        var lattice = segments.enumerated().map { [(end: $0.offset + 1, options: $0.element)] }
        // Initials of up to 6 letters are also read every other way: each letter one character
        // or a run of letters one word (门封漏冷 for `mfll`, where `mf` alone may read 密封 best).
        let wide = (PinyinReadings.isInitials(text) || mixed) && segments.count < n
        let everySplit = { (0..<n).map { i in ((i + 1)...n).compactMap { j in found[String(s[i..<j])].map { (end: j, options: $0) } } } }
        let widest = mixed ? 8 : 6
        if wide, n <= widest { lattice = everySplit() }
        let first = try rank(lattice, &followCache)
        // Longer, the cheapest split may spell nothing the archive has whole (试剂仓温度偏高 as
        // `sjcwdpg` splits sj·cw·d·pg, 数据 错误…): then every split is tried, up to 10 letters.
        if !first.occursWhole, wide, n > widest, n <= 10 {
            let second = try rank(everySplit(), &followCache)
            if second.occursWhole { return second.readings }
        }
        return first.readings
    }

    /// The likeliest strings of a lattice, and whether any of them occurs whole in the archive
    /// (when not, or when nothing is looked up, the index's counts alone ranked them).
    private func rank(_ lattice: [[(end: Int, options: [String])]], _ followCache: inout [Unicode.Scalar: [Unicode.Scalar: Int]]) throws -> (readings: [Reading], occursWhole: Bool) {
        let strings = try expand(lattice, &followCache)
        var bound: [String: Int] = [:]
        for c in strings { bound[c.text] = max(bound[c.text] ?? 0, c.bound) }
        let ranked = bound.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        let plain = ranked.prefix(Self.maxReadings).map { Reading(text: $0, weight: 1) }
        guard let occurrences else { return (plain, true) }
        var scored: [(text: String, score: Double, documents: Int, order: Int)] = []
        var words = Set<String>()
        var isWord: [String: Bool] = [:]
        for (k, c) in ranked.prefix(Self.maxChecked).enumerated() {
            let o = try occurrences(c)
            guard o.documents > 0 else { continue }
            let term = try termness(of: c, in: o.texts) { pair in
                if let known = isWord[pair] { return known }
                let yes = try frequency(Schema.wordPrefix + pair) > 0
                isWord[pair] = yes
                return yes
            }
            // A dictionary word whole (干燥剂) is likelier meant than a name (郭志强) or a phrase.
            let word = try frequency(Schema.wordPrefix + c) > 0 ? Self.wordFactor : 1
            scored.append((c, Double(o.documents) * term * word, o.documents, k))
            if word > 1 { words.insert(c) }
        }
        // None occurs whole (words typed apart, `lixinji guzhang`): the index's counts decide.
        guard !scored.isEmpty else { return (plain, false) }
        // Strings that look like terms, else dictionary words that occur most; each weighs by
        // how it compares with the best. A string that is no word and only ever occurs cutting
        // words in two (`qihui` as 器会, found only in 仪器会…) is no reading at all.
        let terms = scored.filter { $0.score > 0 }
        let fallback = scored.filter { words.contains($0.text) }
        guard !terms.isEmpty || !fallback.isEmpty else { return ([], true) }
        let value: ((text: String, score: Double, documents: Int, order: Int)) -> Double = terms.isEmpty ? { Double($0.documents) } : { $0.score }
        let best = (terms.isEmpty ? fallback : terms)
            .sorted { (value($0), $0.documents, $1.order) > (value($1), $1.documents, $0.order) }
            .prefix(Self.maxReadings)
        let top = value(best[best.startIndex])
        return (best.map { Reading(text: $0.text, weight: 0.2 + 0.8 * value($0) / top) }, true)
    }

    /// Does this Latin text have two consonants in a row that full pinyin never writes (`lx`,
    /// `gz`: a syllable ends in a vowel, n, ng or r, and only z, c, s take an h)? Then some of
    /// its letters are initials.
    static func spellsInitials(_ s: [Character]) -> Bool {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "v"]
        for i in s.indices.dropLast() {
            let first = Character(s[i].lowercased()), second = Character(s[i + 1].lowercased())
            guard !vowels.contains(first), !vowels.contains(second) else { continue }
            // n, r and the g of ng end syllables.
            if first == "n" || first == "r" || (first == "g" && i > 0 && s[i - 1].lowercased() == "n") { continue }
            if second == "h", "zcs".contains(first) { continue }
            return true
        }
        return false
    }

    /// How much a string looks like a term in these texts, from 0. It is 0 when every
    /// occurrence cuts a word of the index in two (加样中 in 加样中断, 间延长 in 时间延长); the
    /// rest is weighed up by how freely it combines with its neighbours: the lesser of the
    /// entropies of the character before it and the one after it, where the edge of a run of
    /// Chinese (punctuation, a line end, Latin) counts as a new neighbour each time.
    func termness(of string: String, in texts: [String], isWord: (String) throws -> Bool) throws -> Double {
        let needle = Array(string.unicodeScalars)
        guard let first = needle.first, let last = needle.last else { return 0 }
        var before: [Unicode.Scalar: Int] = [:]
        var after: [Unicode.Scalar: Int] = [:]
        var edgesBefore = 0
        var edgesAfter = 0
        var seen = 0
        var whole = 0
        for text in texts {
            let hay = Array(text.unicodeScalars)
            guard hay.count >= needle.count else { continue }
            var i = 0
            while i + needle.count <= hay.count {
                guard hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) else { i += 1; continue }
                let end = i + needle.count
                var cuts = false
                if i > 0, Normalizer.isCJK(hay[i - 1]) {
                    before[hay[i - 1], default: 0] += 1
                    // A word of up to four characters that ends on the string's first (流器 or 整流器).
                    var a = i - 1
                    while !cuts, a >= max(0, i - 3), Normalizer.isCJK(hay[a]) {
                        cuts = try isWord(String(scalars: hay[a...i]))
                        a -= 1
                    }
                } else {
                    edgesBefore += 1
                }
                if end < hay.count, Normalizer.isCJK(hay[end]) {
                    after[hay[end], default: 0] += 1
                    var b = end
                    while !cuts, b <= min(hay.count - 1, end + 2), Normalizer.isCJK(hay[b]) {
                        cuts = try isWord(String(scalars: hay[(end - 1)...b]))
                        b += 1
                    }
                } else {
                    edgesAfter += 1
                }
                seen += 1
                if !cuts { whole += 1 }
                i = end
            }
        }
        guard seen > 0 else { return 0 }
        func entropy(_ counts: [Unicode.Scalar: Int], edges: Int) -> Double {
            let total = Double(counts.values.reduce(edges, +))
            guard total > 0 else { return 0 }
            var h = counts.values.reduce(0.0) { h, c in h - Double(c) / total * log(Double(c) / total) }
            if edges > 0 { h -= Double(edges) * (1 / total) * log(1 / total) }
            return h
        }
        let freedom = min(entropy(before, edges: edgesBefore), entropy(after, edges: edgesAfter))
        return Double(whole) / Double(seen) * (1 + freedom)
    }

    /// The Chinese strings a lattice of readings may spell, each with a bound on how often it
    /// can occur whole: the least frequency of its words and of the character pairs that join
    /// it. `lattice[i]` holds the pieces that start at position i: where they end, and the
    /// words or characters they may be.
    private func expand(_ lattice: [[(end: Int, options: [String])]], _ followCache: inout [Unicode.Scalar: [Unicode.Scalar: Int]]) throws -> [(text: String, bound: Int)] {
        func follow(_ c: Unicode.Scalar) throws -> [Unicode.Scalar: Int] {
            if let known = followCache[c] { return known }
            let f = try followers(c)
            followCache[c] = f
            return f
        }
        typealias Partial = (text: String, bound: Int, endsWithChar: Bool)
        let n = lattice.count
        var beams = [[Partial]](repeating: [], count: n + 1)
        beams[0] = [("", Int.max, false)]
        for i in 0..<n {
            // Wide enough that a first character read from one letter survives until the pair
            // with the next one tells the right reading from the others.
            let beam = beams[i].sorted { ($0.bound, $1.text) > ($1.bound, $0.text) }.prefix(256)
            guard !beam.isEmpty else { continue }
            for (end, options) in lattice[i] {
                for option in options {
                    let first = option.unicodeScalars.first!
                    if option.unicodeScalars.count > 1 {
                        // A word must be in the index, and joined to a character before it by an indexed pair.
                        let f = try frequency(Schema.wordPrefix + option)
                        guard f > 0 else { continue }
                        for b in beam {
                            var bound = min(b.bound, f)
                            if b.endsWithChar, let last = b.text.unicodeScalars.last {
                                let pair = try follow(last)[first] ?? 0
                                guard pair > 0 else { continue }
                                bound = min(bound, pair)
                            }
                            beams[end].append((b.text + option, bound, false))
                        }
                        continue
                    }
                    // A character must form an indexed pair with the one before it.
                    let own = try frequency(option)
                    for b in beam {
                        var bound = b.bound
                        if let last = b.text.unicodeScalars.last {
                            let f = try follow(last)[first] ?? 0
                            guard f > 0 else { continue }
                            // Two characters that make a word are read as the word reads: 重启 is
                            // chong qi, so `zhongqi` must not reach it character by character.
                            if b.endsWithChar, try frequency(Schema.wordPrefix + String(last) + option) > 0 { continue }
                            bound = min(bound, f)
                        } else {
                            bound = own
                        }
                        beams[end].append((b.text + option, bound, true))
                    }
                }
            }
        }
        return beams[n].map { ($0.text, $0.bound) }
    }
}
