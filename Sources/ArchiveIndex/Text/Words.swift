import Foundation

/// Where kb finds the language data Debian ships; each may be overridden by an environment
/// variable (for a machine that keeps them elsewhere).
public enum LanguageData {
    /// jieba's dictionary (MIT), from `python3-jieba`: word, frequency, part of speech.
    public static var jiebaDictionary: String {
        ProcessInfo.processInfo.environment["KB_JIEBA_DICT"] ?? "/usr/lib/python3/dist-packages/jieba/dict.txt"
    }
    /// Rime's Luna Pinyin dictionary (LGPL), from `rime-data-luna-pinyin`: word readings.
    public static var rimeDictionary: String {
        ProcessInfo.processInfo.environment["KB_RIME_DICT"] ?? "/usr/share/rime-data/luna_pinyin.dict.yaml"
    }
    /// Unihan readings, from `unicode-data` (bzip2-compressed): character readings.
    public static var unihanReadings: String {
        ProcessInfo.processInfo.environment["KB_UNIHAN_READINGS"] ?? "/usr/share/unicode/Unihan_Readings.txt.bz2"
    }

    static func missing(_ path: String, package: String) -> KBError {
        .environment("\(path) is missing: install Debian's \(package) (scripts/setup --deps does)")
    }
}

/// Chinese words for precision: the text is segmented with jieba's dictionary plus kb's
/// domain words, by jieba's own method (the most probable path through the word graph),
/// and every word of two or more characters becomes a `W` term, without positions, beside
/// the character n-grams that give recall. Long words also yield the dictionary words inside
/// them (离心机 → 离心), as jieba's search mode does.
///
/// Words are hashed scalar by scalar, so segmenting allocates no substrings.
public final class WordDictionary: @unchecked Sendable {
    /// log(frequency / total) per word; prefixes of words that are not words map to nil.
    private var table = WordTable()
    private let unknown: Float
    static let maxWordLength = 12

    /// The dictionary loaded once per process (about 0.3 s), for indexing.
    public static let shared: Result<WordDictionary, KBError> = {
        do { return .success(try WordDictionary(path: LanguageData.jiebaDictionary)) } catch let e as KBError {
            return .failure(e)
        } catch {
            return .failure(.environment("\(error)"))
        }
    }()

    public static func loaded() throws -> WordDictionary {
        switch shared {
        case .success(let d): return d
        case .failure(let e): throw e
        }
    }

    init(path: String, extra: [String] = DomainWords.list) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LanguageData.missing(path, package: "python3-jieba")
        }
        var entries: [(UInt64, Int, Double)] = []  // hash, length, frequency
        entries.reserveCapacity(360_000)
        var total = 0.0
        var prefixes: [UInt64] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var lineStart = 0
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            while lineStart < n {
                var end = lineStart
                while end < n && bytes[end] != 0x0A { end += 1 }
                // word SP freq [SP tag]
                var space = lineStart
                while space < end && bytes[space] != 0x20 { space += 1 }
                if space > lineStart && space < end {
                    var freq = 0
                    var k = space + 1
                    while k < end, bytes[k] >= 0x30, bytes[k] <= 0x39 { freq = freq * 10 + Int(bytes[k] - 0x30); k += 1 }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<space]), as: UTF8.self)
                    var h = Self.seed
                    var length = 0
                    for s in word.unicodeScalars {
                        h = Self.step(h, s.value)
                        length += 1
                        if length < Self.maxWordLength { prefixes.append(h) }
                    }
                    if length <= Self.maxWordLength, freq > 0 {
                        entries.append((h, length, Double(freq)))
                        total += Double(freq)
                    }
                }
                lineStart = end + 1
            }
        }
        // Domain words rank as common words, so 转速传感器 and 离心机 stay whole.
        for w in extra {
            var h = Self.seed
            var length = 0
            for s in w.unicodeScalars {
                h = Self.step(h, s.value)
                length += 1
                prefixes.append(h)
            }
            entries.append((h, length, 50_000))
            total += 50_000
        }
        let logTotal = log(total)
        table = WordTable(capacity: entries.count + prefixes.count / 2)
        for p in prefixes where table[p] == nil { table[p] = .some(nil) }
        for (h, _, f) in entries {
            let lp = Float(log(f) - logTotal)
            if case .some(.some(let old)) = table[h], old >= lp { continue }
            table[h] = lp
        }
        unknown = Float(log(1.0) - logTotal)
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func step(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9
    }

    /// The words of a run of CJK characters (simplified), on jieba's most probable path.
    public func segment(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let n = scalars.count
        guard n > 0 else { return [] }
        // best[i]: the best log probability of scalars[i...]; next[i]: where the first word ends.
        var best = [Float](repeating: 0, count: n + 1)
        var next = [Int](repeating: 0, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var h = Self.seed
            var bestScore = unknown + best[i + 1]
            var bestEnd = i + 1
            var j = i
            while j < n && j - i < Self.maxWordLength {
                h = Self.step(h, scalars[j].value)
                guard let entry = table[h] else { break }
                if let lp = entry {
                    let score = lp + best[j + 1]
                    if score > bestScore { bestScore = score; bestEnd = j + 1 }
                }
                j += 1
            }
            best[i] = bestScore
            next[i] = bestEnd
        }
        var out: [Range<Int>] = []
        var i = 0
        while i < n {
            out.append(i..<next[i])
            i = next[i]
        }
        return out
    }

    /// The words to index for folded text: each word of 2+ characters on the path, and the
    /// dictionary words of 2 and 3 characters inside longer ones. Counted, for the wdf.
    public func words(inFolded text: String) -> [String: UInt32] {
        // Counted by the word's hash (a word is made a string once, when first met).
        var counts: [UInt64: (word: String, n: UInt32)] = [:]
        var run: [Unicode.Scalar] = []
        func count(_ r: Range<Int>, _ h: UInt64) {
            if let at = counts.index(forKey: h) { counts.values[at].n += 1 } else { counts[h] = (String(scalars: run[r]), 1) }
        }
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard run.count >= 2 else { return }
            for r in segment(run) where r.count >= 2 {
                count(r, Self.hash(run[r]))
                guard r.count > 2 else { continue }
                for len in 2...min(3, r.count - 1) {
                    for start in r.lowerBound...(r.upperBound - len) {
                        let h = Self.hash(run[start..<(start + len)])
                        // A dictionary word (not a prefix only).
                        if case .some(.some) = table[h] { count(start..<(start + len), h) }
                    }
                }
            }
        }
        for s in text.unicodeScalars {
            if s.value >= 0x3400 && Normalizer.isCJK(s) { run.append(s) } else { flush() }
        }
        flush()
        var out: [String: UInt32] = [:]
        out.reserveCapacity(counts.count)
        for (_, c) in counts { out[c.word, default: 0] += c.n }
        return out
    }

    @inline(__always) static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h = seed
        for s in scalars { h = step(h, s.value) }
        return h
    }
}

/// The dictionary's table: a word's (or a word's prefix's) hash to its log probability, nil for
/// a prefix that is no word. Open addressing over flat arrays: the keys are hashes already, so
/// their bits place them, where a `Dictionary` hashes each again (a fifth of segmenting).
struct WordTable {
    private var keys: [UInt64]
    private var values: [Float]
    private var used: [Bool]
    private var mask: Int
    private(set) var count = 0

    /// Filled to at most three quarters (linear probing stays short with hashes as keys; the
    /// dictionary's 600,000 words and prefixes take 13 MB, not twice that at half full).
    init(capacity: Int = 8) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Float](repeating: .nan, count: size)
        used = [Bool](repeating: false, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> (Int, Bool) {
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while used[i] {
            if keys[i] == key { return (i, true) }
            i = (i + 1) & mask
        }
        return (i, false)
    }

    /// nil: neither word nor prefix; .some(nil): a prefix only; .some(p): a word.
    subscript(key: UInt64) -> Float?? {
        get {
            let (i, found) = slot(key)
            guard found else { return nil }
            return values[i].isNaN ? .some(nil) : .some(values[i])
        }
        set {
            guard let value = newValue else { return }  // nothing is ever removed
            var (i, found) = slot(key)
            if !found {
                if (count + 1) * 4 > keys.count * 3 { grow(); (i, _) = slot(key) }
                used[i] = true
                keys[i] = key
                count += 1
            }
            values[i] = value ?? .nan
        }
    }

    private mutating func grow() {
        var bigger = WordTable(capacity: keys.count)
        for i in keys.indices where used[i] { bigger[keys[i]] = values[i].isNaN ? .some(nil) : .some(values[i]) }
        self = bigger
    }
}
