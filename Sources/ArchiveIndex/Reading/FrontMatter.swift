import Foundation

/// YAML front matter, as Markdown notes and static-site pages open (`---`, `key: value` lines,
/// `---`). Its lines are read as fields like any `label: value` line; this says only what the
/// block is called, so that `title:` titles the document rather than the fence.
enum FrontMatter {
    /// The `title:` of a block that opens the text and closes within 60 lines, if it has one.
    static func title(_ text: String) -> String? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        var title: String?
        for line in text.prefix(8_192).split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(60) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t == "---" || t == "..." { return title }
            if title == nil, t.lowercased().hasPrefix("title:") {
                let value = t.dropFirst("title:".count).trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { title = FieldExtractor.unquoted(value) }
            }
        }
        return nil
    }
}
