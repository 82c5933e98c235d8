import Testing
@testable import ArchiveIndex

/// An article's Markdown as the pages show it: the marks people write, and nothing an author
/// writes becomes markup or script.
@Suite struct MarkdownHTMLTests {
    @Test func theMarksPeopleWriteBecomeHTML() {
        let html = MarkdownHTML.render("""
            ## 处理步骤
            先检查 **门锁微动开关**，再看 *密封圈*。

            1. 关机
            2. 打开后盖
               检查接线
            - 备件：`TL5M-0231`
            - 见 [手册](https://example.com/manual) 与 [E23](/search?q=E23)

            | 现象 | 处理 |
            |---|---|
            | E23 | 换灯 |

            > 注意：断电操作

            ```
            kb search E23
            ```
            """)
        #expect(html.contains("<h3>处理步骤</h3>"), "a heading sits under the page's own h1 and h2")
        #expect(html.contains("<strong>门锁微动开关</strong>") && html.contains("<em>密封圈</em>"))
        #expect(html.contains("<ol><li>关机</li><li>打开后盖 检查接线</li></ol>"))
        #expect(html.contains("<li>备件：<code>TL5M-0231</code></li>"))
        #expect(html.contains("<a href=\"https://example.com/manual\">手册</a>") && html.contains("<a href=\"/search?q=E23\">E23</a>"))
        #expect(html.contains("<thead><tr><th>现象</th><th>处理</th></tr></thead><tbody><tr><td>E23</td><td>换灯</td></tr></tbody>"))
        #expect(html.contains("<blockquote><p>注意：断电操作</p></blockquote>"))
        #expect(html.contains("<pre><code>kb search E23</code></pre>"))
    }

    @Test func nothingAnAuthorWritesBecomesMarkupOrScript() {
        let hostile = """
            <script>alert(1)</script> <img src=x onerror=alert(2)>
            [click](javascript:alert(3)) [data](data:text/html,<b>x</b>) [other](//evil.example/x)
            **<b>bold</b>** `<i>code</i>` "quotes" & 'apostrophes'
            ```
            </code></pre><script>alert(4)</script>
            ```
            | <td onclick=x> | a |
            """
        let html = MarkdownHTML.render(hostile)
        for tag in ["<script", "<img", "<b>", "<i>", "<td onclick", "href=\"javascript", "href=\"data", "href=\"//"] {
            #expect(!html.contains(tag), "\(tag) in \(html)")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("click (javascript:alert(3))"), "an unsafe link stays text")
        #expect(html.contains("&quot;quotes&quot; &amp; &#39;apostrophes&#39;"))
    }

    @Test func underscoresInsideWordsStayUnderscores() {
        #expect(MarkdownHTML.render("error_code_1 and _this_") == "<p>error_code_1 and <em>this</em></p>")
    }

    /// Hostile shapes an engineer could post: a quote 60,000 levels deep (each level was a
    /// call, and crashed the server), a line of 60,000 `[` (each searched to the line's end).
    @Test func deepQuotesAndUnclosedMarksAreShownAsText() {
        let deep = MarkdownHTML.render(String(repeating: ">", count: 60_000) + " x")
        #expect(deep.components(separatedBy: "<blockquote>").count - 1 == MarkdownHTML.maxQuoteDepth)
        #expect(deep.contains("&gt;&gt;&gt;"), "what is deeper is text")
        let brackets = MarkdownHTML.render(String(repeating: "[", count: 60_000) + "] (x) `" + String(repeating: "*_[(", count: 10_000))
        #expect(brackets.hasPrefix("<p>[[[") && !brackets.contains("<a ") && !brackets.contains("<code>"))
    }
}
