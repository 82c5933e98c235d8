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

    /// Obsidian's inline fields (`customer:: [[Foo Hospital]]`, Dataview's `key:: value`) read
    /// as `key: value`: the second colon and a wiki link's brackets become spaces, one scalar
    /// for one, so the folded text stays aligned with the original.
    static func inlineFieldsAsPlain(_ fs: inout [Unicode.Scalar]) {
        var lineStart = true, labelLength = 0
        var i = 0
        while i < fs.count {
            let c = fs[i]
            if c == "\n" { lineStart = true; labelLength = 0; i += 1; continue }
            if lineStart, c == ":", i + 1 < fs.count, fs[i + 1] == ":", labelLength > 0 {
                fs[i + 1] = " "
                lineStart = false
                i += 2
                continue
            }
            if lineStart {
                // A label: letters, digits, `-`, `_` and spaces after a list's `-` or `*`, up to 40.
                if c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || (c == "-" || c == "*" || c == " ") {
                    labelLength += 1
                    if labelLength > 40 { lineStart = false }
                } else {
                    lineStart = false
                }
            }
            if (c == "[" || c == "]"), i + 1 < fs.count, fs[i + 1] == c {
                fs[i] = " "
                fs[i + 1] = " "
                i += 2
                continue
            }
            i += 1
        }
    }
}
