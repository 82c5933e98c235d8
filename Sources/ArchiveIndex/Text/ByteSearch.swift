import Foundation

extension String {
    /// Whether needle occurs in the string, compared byte for byte in UTF-8 (a match can only
    /// start on a character's first byte). Foundation's `contains` goes through NSString and
    /// takes about a hundred times longer on Linux, which counts in loops over cue words.
    /// The text compared is folded (one normal form), so byte equality is character equality.
    func hasSubstring(_ needle: String) -> Bool {
        utf8Offset(of: needle) != nil
    }

    /// Where needle first occurs in the string, in UTF-8 bytes; nil if it does not.
    func utf8Offset(of needle: String) -> Int? {
        if needle.isEmpty { return 0 }
        var text = self, needle = needle
        return text.withUTF8 { h in
            needle.withUTF8 { n -> Int? in
                guard let hb = h.baseAddress, let nb = n.baseAddress, n.count <= h.count else { return nil }
                let first = Int32(n[0]), last = h.count - n.count
                var i = 0
                while i <= last {
                    guard let p = memchr(hb + i, first, last + 1 - i) else { return nil }
                    let at = hb.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hb + at, nb, n.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }
}
