import Foundation

/// How an English word of a query meets the dictionary's: British spellings read as the
/// dictionary's American ones (`recognised`, `licence`, `fibre`), and a word matched to a gloss
/// only when it is that word inflected or derived (`fails`, `detection` of detect), not another
/// word that shares its stem (`emergency` is not `emerge`).
enum EnglishForms {
    /// The American spelling of a British one, or nil when the rules change nothing. Blind
    /// rules: the caller keeps what they give only where the dictionary has it (`noise` gives
    /// nothing to keep).
    static func american(_ w: String) -> String? {
        if let whole = words[w] { return whole }
        var s = w
        // Medical words: haemoglobin, paediatric, anaesthesia, oedema, oesophagus, leukaemia.
        for (british, american) in [("haem", "hem"), ("paed", "ped"), ("anaes", "anes"), ("aemia", "emia"), ("oede", "ede"), ("oesoph", "esoph")] {
            s = s.replacingOccurrences(of: british, with: american)
        }
        // -ise → -ize (recognised, calibrisation is not a word but normalised is), -our → -or
        // (colour, behaviour), -tre/-bre → -ter/-ber (centre, fibre). (-lled is listed below:
        // filled and stalled are American too.)
        let endings: [(String, String)] = [
            ("isation", "ization"), ("isations", "izations"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"),
            ("iser", "izer"), ("isers", "izers"), ("ise", "ize"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
            ("our", "or"), ("ours", "ors"), ("oured", "ored"),
            ("tre", "ter"), ("tres", "ters"), ("bre", "ber"), ("bres", "bers"),
            ("ogue", "og"), ("ogues", "ogs"),
        ]
        if s.count >= 5, let (british, american) = endings.filter({ s.hasSuffix($0.0) }).max(by: { $0.0.count < $1.0.count }) {
            s = String(s.dropLast(british.count)) + american
        }
        return s == w ? nil : s
    }

    /// Words the rules above do not reach.
    private static let words: [String: String] = [
        "licence": "license", "licences": "licenses", "defence": "defense", "offence": "offense", "practise": "practice",
        "programme": "program", "programmes": "programs", "grey": "gray", "aluminium": "aluminum", "tyre": "tire",
        "tyres": "tires", "mould": "mold", "mouldy": "moldy", "sulphur": "sulfur", "storey": "story", "kerb": "curb",
        "cheque": "check", "plough": "plow", "draught": "draft", "manoeuvre": "maneuver", "disc": "disk",
        "labelled": "labeled", "labelling": "labeling", "cancelled": "canceled", "modelled": "modeled", "modelling": "modeling",
        "signalled": "signaled", "signalling": "signaling", "levelled": "leveled", "levelling": "leveling", "fuelled": "fueled",
        "travelled": "traveled", "channelled": "channeled", "tunnelled": "tunneled", "dialled": "dialed",
    ]

    /// Whether a word typed and a gloss's word are one word: the same, or one the other with
    /// an ending (`fails`/`fail`, `detection`/`detect`, `stored`/`store`), or both one word
    /// inflected (`flickers`/`flickering`, `jammed`/`jam`).
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        if long.hasPrefix(short), endings.contains(String(long.dropFirst(short.count))) { return true }
        return !bases(a).isDisjoint(with: bases(b))
    }

    /// Endings that keep a word's meaning (inflections, and a noun of the verb).
    private static let endings: Set<String> = ["s", "es", "d", "ed", "ing", "er", "ers", "ion", "ions", "ure", "ures", "ment", "ments", "al"]

    /// A word without an inflection's ending: itself, and its base with and without an `e`
    /// (`reading` → read, `stored` → stor/store, `jammed` → jam, `carries` → carry).
    static func bases(_ w: String) -> Set<String> {
        var out: Set<String> = [w]
        for ending in ["ing", "ed", "es", "s"] where w.hasSuffix(ending) && w.count - ending.count >= 3 {
            let stem = String(w.dropLast(ending.count))
            out.insert(stem)
            out.insert(stem + "e")
            if ending != "s", let last = stem.last, stem.dropLast().last == last, !"aeiou".contains(last) { out.insert(String(stem.dropLast())) }
            if ending == "es" || ending == "ed", stem.hasSuffix("i") { out.insert(String(stem.dropLast()) + "y") }
        }
        return out
    }
}
