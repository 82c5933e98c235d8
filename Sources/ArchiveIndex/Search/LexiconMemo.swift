/// Answers about the index's vocabulary, remembered by a searcher (never across revisions:
/// a searcher reads one). Each table forgets everything when what it holds passes its bound.
final class LexiconMemo {
    final class Table<Key: Hashable, Value> {
        private var values: [Key: Value] = [:]
        private var held = 0
        private let bound: Int
        private let cost: (Value) -> Int
        init(bound: Int, cost: @escaping (Value) -> Int) { self.bound = bound; self.cost = cost }
        func known(_ key: Key) -> Value? { values[key] }
        func remember(_ key: Key, _ make: () throws -> Value) rethrows -> Value {
            if let v = values[key] { return v }
            let v = try make()
            if held + cost(v) > bound { values.removeAll(keepingCapacity: true); held = 0 }
            values[key] = v
            held += cost(v)
            return v
        }
    }
    /// A character → the characters that follow it in the index's pairs (bound: entries).
    let followers = Table<Unicode.Scalar, [Unicode.Scalar: Int]>(bound: 200_000) { $0.count + 1 }
    /// A pinyin key → the archive's words read so (bound: words).
    let pinyinWords = Table<String, [String]>(bound: 200_000) { $0.count + 1 }
    /// A Chinese string → where it occurs: a count, and a few documents' text (bound: bytes).
    let occurrences = Table<String, PinyinParser.Occurrences>(bound: 4_000_000) { o in o.texts.reduce(64) { $0 + $1.utf8.count } }

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
