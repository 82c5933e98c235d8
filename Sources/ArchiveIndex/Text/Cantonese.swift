import Foundation

/// Hong Kong's and Macau's English names spell their Chinese as Cantonese says it, in the
/// government's romanisation, not in pinyin: 廣華 is `Kwong Wah`, 信和 `Shun Wo`, 永豐 `Wing
/// Fung`, 張 `Cheung`, 子 `Tsz`. Unihan gives each character's Cantonese in Jyutping (`gwong2
/// waa4`); the romanisation writes the same sounds otherwise (gw as Kw, aa as a or ah, oe as eu,
/// z as Ch or Ts), and writes some sounds alike that Jyutping keeps apart. Both are brought to
/// one skeleton that keeps what the two agree on, so a romanised word is compared with the
/// readings of a name's characters, syllable by syllable.
enum Cantonese {
    /// Jyutping initials, longest first, and what they become in the skeleton.
    private static let jyutpingInitials: [(String, String)] = [
        ("ng", "ng"), ("gw", "k"), ("kw", "k"), ("b", "p"), ("p", "p"), ("m", "m"), ("f", "f"), ("d", "t"), ("t", "t"),
        ("n", "n"), ("l", "l"), ("g", "k"), ("k", "k"), ("h", "h"), ("w", "w"), ("z", "c"), ("c", "c"), ("s", "s"), ("j", "y"),
    ]
    /// The romanisation's initials, longest first.
    private static let romanisedInitials: [(String, String)] = [
        ("ts", "c"), ("tz", "c"), ("ch", "c"), ("sh", "s"), ("kw", "k"), ("gw", "k"), ("ng", "ng"), ("b", "p"), ("p", "p"),
        ("m", "m"), ("f", "f"), ("d", "t"), ("t", "t"), ("n", "n"), ("l", "l"), ("g", "k"), ("k", "k"), ("h", "h"), ("w", "w"),
        ("y", "y"), ("j", "y"), ("s", "s"), ("c", "c"), ("z", "c"),
    ]
    /// Vowels written otherwise: aa as a, oo as u, ee and ei as i, eu and oe as e, eo and ue as u, ou as o.
    private static let vowels: [(String, String)] = [("aa", "a"), ("oo", "u"), ("ee", "i"), ("ei", "i"), ("eu", "e"), ("oe", "e"),
                                                     ("eo", "u"), ("ue", "u"), ("ou", "o")]

    /// One Jyutping syllable (`gwong2`, `seon3`, `jyun4`) as a skeleton (`kong`, `sun`, `yun`).
    static func skeleton(jyutping syllable: String) -> String {
        let s = syllable.lowercased().filter { $0.isLetter }
        let (initial, rest) = split(s, jyutpingInitials)
        // The rounded i (syu, jyun) is u in the romanisation (Shu, Yuen).
        let final = rest.hasPrefix("yu") ? String(rest.dropFirst()) : rest
        return initial + vowelled(final)
    }

    /// One romanised word (`Kwong`, `Shun`, `Cheung`, `Wah`) as a skeleton.
    static func skeleton(romanised word: String) -> String {
        let w = word.lowercased().filter { $0.isASCII && $0.isLetter }
        // The apical vowel after s and ts: 子 Tsz, 思 Sze.
        switch w {
        case "tsz", "tze", "tsze": return "ci"
        case "sze", "szi": return "si"
        default: break
        }
        let (initial, rest) = split(w, romanisedInitials)
        var final = rest
        if final.hasSuffix("ow") { final = String(final.dropLast(2)) + "au" }  // 周 Chow: zau
        if final.count > 1, final.hasSuffix("h") { final.removeLast() }      // 華 Wah: waa
        return initial + vowelled(final)
    }

    private static func split(_ s: String, _ initials: [(String, String)]) -> (String, String) {
        for (written, sound) in initials where s.hasPrefix(written) && s.count >= written.count {
            return (sound, String(s.dropFirst(written.count)))
        }
        return ("", s)
    }

    private static func vowelled(_ final: String) -> String {
        var f = final
        for (written, sound) in vowels { f = f.replacingOccurrences(of: written, with: sound) }
        return f
    }

    /// Whether romanised words (`Shun`, `Wo`) say, syllable by syllable, one of these Cantonese keys.
    static func says(_ words: some Collection<String>, in keys: Set<String>) -> Bool {
        key(of: words).map(keys.contains) ?? false
    }

    /// The Cantonese key that romanised words of two or more syllables spell (`Shun Wo` → `sun wo`).
    static func key(of words: some Collection<String>) -> String? {
        words.count >= 2 ? words.map { skeleton(romanised: $0) }.joined(separator: " ") : nil
    }
}

extension PinyinReadings {
    /// The Cantonese keys of a Chinese text: its characters' readings as skeletons, a space
    /// between syllables (`信和` → `sun wo`); at most `maxReadings`. Empty when a character has none.
    func cantoneseKeys(of text: String) -> Set<String> {
        var out: [[String]] = [[]]
        for s in text.unicodeScalars {
            guard let rs = cantonese[s], !rs.isEmpty else { return [] }
            out = out.flatMap { prefix in rs.map { prefix + [$0] } }
            if out.count > Self.maxReadings { out = Array(out.prefix(Self.maxReadings)) }
        }
        return Set(out.map { $0.joined(separator: " ") })
    }
}
