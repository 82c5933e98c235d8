import Foundation

/// Answers about the index's vocabulary, remembered for one revision of the index and shared
/// by the searchers that read it (the server's pool hands one to each searcher it opens for
/// that revision). Each table forgets everything when what it holds passes its bound.
final class LexiconMemo: @unchecked Sendable {
    final class Table<Key: Hashable, Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Key: Value] = [:]
        private var held = 0
        private let bound: Int
        private let cost: (Value) -> Int
        init(bound: Int, cost: @escaping (Value) -> Int) { self.bound = bound; self.cost = cost }
        func known(_ key: Key) -> Value? { lock.withLock { values[key] } }
        /// The value remembered for key, else made (outside the lock: two searchers may make
        /// the same value at once, and both get the same answer) and remembered.
        func remember(_ key: Key, _ make: () throws -> Value) rethrows -> Value {
            if let v = known(key) { return v }
            let v = try make()
            lock.withLock {
                if held + cost(v) > bound { values.removeAll(keepingCapacity: true); held = 0 }
                if values.updateValue(v, forKey: key) == nil { held += cost(v) }
            }
            return v
        }
    }
    /// A character → the characters that follow it in the index's pairs (bound: entries).
    let followers = Table<Unicode.Scalar, [Unicode.Scalar: Int]>(bound: 200_000) { $0.count + 1 }
    /// A pinyin key → the archive's words read so (bound: words).
    let pinyinWords = Table<String, [String]>(bound: 200_000) { $0.count + 1 }
    /// A Chinese string → where it occurs: a count, and a few documents' text (bound: bytes).
    let occurrences = Table<String, PinyinParser.Occurrences>(bound: 4_000_000) { o in o.texts.reduce(64) { $0 + $1.utf8.count } }
    /// Latin text → the Chinese strings it may spell in this index, ranked (bound: readings).
    /// Ranking looks up words, pairs and occurrences for every way the text may split: the
    /// same word typed again (`lixinji`, `pump`) costs nothing the second time.
    let readings = Table<String, [PinyinParser.Reading]>(bound: 200_000) { $0.count + 1 }

    /// The words of each key, asking the store only for keys not yet remembered.
    func pinyinWords(forKeys keys: Set<String>, lookup: (Set<String>) throws -> [String: [String]]) throws -> [String: [String]] {
        let missing = keys.filter { pinyinWords.known($0) == nil }
        let found = missing.isEmpty ? [:] : try lookup(missing)
        var out: [String: [String]] = [:]
        for key in keys.sorted() {
            let words = pinyinWords.remember(key) { found[key] ?? [] }
            if !words.isEmpty { out[key] = words }
        }
        return out
    }
}
