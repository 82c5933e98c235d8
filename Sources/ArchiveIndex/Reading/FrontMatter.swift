import Foundation

/// YAML front matter, as Markdown notes and static-site pages open (`---`, `key: value` lines,
/// `---`). Its lines are read as fields like any `label: value` line; this says only what the
/// block is called, so that `title:` titles the document rather than the fence.
enum FrontMatter {
    /// The `key: value` pairs of a block that opens the text and closes within 60 lines; nil
    /// when the text opens with none.
    static func pairs(_ text: String) -> [(key: String, value: String)]? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        var out: [(String, String)] = []
        for line in text.prefix(8_192).split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(60) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t == "---" || t == "..." { return out }
            guard let colon = t.firstIndex(of: ":") else { continue }
            let key = t[..<colon].trimmingCharacters(in: .whitespaces)
            let value = t[t.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !key.isEmpty, !value.isEmpty { out.append((key, FieldExtractor.unquoted(value))) }
        }
        return nil
    }

    /// The block's `title:`, if it has one.
    static func title(_ text: String) -> String? {
        pairs(text)?.first { $0.key.lowercased() == "title" }?.value
    }
}
