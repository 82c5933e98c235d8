/// Tables drawn with box characters, as forms printed to text are (`│ 出厂编号 │ F5N171203 │`
/// between `├────┼────┤`): read as the Markdown tables they are, with `|` for every bar and
/// junction and `-` for every rule, one scalar for one, so the fold's origin map still holds
/// and values are cut from the text as written.
enum DrawnTables {
    static func asBars(_ s: inout [Unicode.Scalar]) {
        for i in s.indices where ("\u{2500}"..."\u{257F}").contains(s[i]) {
            s[i] = horizontal.contains(s[i]) ? "-" : "|"
        }
    }

    /// Dot leaders between a label and its value (`Customer ..... Northgate Pathology`,
    /// `Visit type ... Installation`): a run of three or more dots between spaces reads as the
    /// padding it stands for.
    static func leadersAsPadding(_ s: inout [Unicode.Scalar]) {
        var i = 1
        while i < s.count {
            guard s[i] == "." || s[i] == "…" || s[i] == "·", s[i - 1] == " " else { i += 1; continue }
            var j = i
            while j < s.count, s[j] == "." || s[j] == "…" || s[j] == "·" { j += 1 }
            if j - i >= 3 || (s[i] == "…" && j - i >= 2), j < s.count, s[j] == " " {
                for k in i..<j { s[k] = " " }
            }
            i = j
        }
    }

    /// Rules with no bar in them (`─`, `━`, `═`, their dashed forms and half-lines).
    private static let horizontal: Set<Unicode.Scalar> = [
        "\u{2500}", "\u{2501}", "\u{2504}", "\u{2505}", "\u{2508}", "\u{2509}", "\u{254C}", "\u{254D}",
        "\u{2550}", "\u{2574}", "\u{2576}", "\u{2578}", "\u{257A}", "\u{257C}", "\u{257E}",
    ]
}
