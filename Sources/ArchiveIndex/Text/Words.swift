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
    private var table: [UInt64: Float?] = [:]
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
        table.reserveCapacity(entries.count + prefixes.count / 2)
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

    /// Is this sequence a dictionary word?
    func contains(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var h = Self.seed
        for s in scalars { h = Self.step(h, s.value) }
        if case .some(.some) = table[h] { return true }
        return false
    }

    /// The words to index for folded text: each word of 2+ characters on the path, and the
    /// dictionary words of 2 and 3 characters inside longer ones. Counted, for the wdf.
    public func words(inFolded text: String) -> [String: UInt32] {
        var counts: [String: UInt32] = [:]
        var run: [Unicode.Scalar] = []
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard run.count >= 2 else { return }
            for r in segment(run) where r.count >= 2 {
                counts[Self.string(run[r]), default: 0] += 1
                guard r.count > 2 else { continue }
                for len in 2...min(3, r.count - 1) {
                    for start in r.lowerBound...(r.upperBound - len) where contains(run[start..<(start + len)]) {
                        counts[Self.string(run[start..<(start + len)]), default: 0] += 1
                    }
                }
            }
        }
        for s in text.unicodeScalars {
            if s.value >= 0x3400 && Normalizer.isCJK(s) { run.append(s) } else { flush() }
        }
        flush()
        return counts
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        return String(v)
    }
}
