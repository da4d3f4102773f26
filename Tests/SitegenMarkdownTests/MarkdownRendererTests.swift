import Testing
@testable import SitegenMarkdown
@testable import SitegenModel

@Suite("MarkdownRenderer")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersGFM() {
        let html = renderer.render("""
        | a | b |
        |:-:|---|
        | 1 | 2 |

        ~~gone~~ and www.example.com

        - [x] done
        - [ ] todo
        """).html
        #expect(html.contains("<table>"))
        #expect(html.contains("<th style=\"text-align: center\">a</th>"))
        #expect(!html.contains("align=\""))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
        #expect(html.contains("type=\"checkbox\""))
    }

    @Test func rawHTMLIsNotPassedThroughByDefault() {
        let html = renderer.render("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> [x](javascript:alert(1))").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:"))
    }

    @Test func rawHTMLOptInKeepsTagfilter() {
        let html = MarkdownRenderer(allowRawHTML: true).render("<div class=\"note\">ok</div>\n\n<script>alert(1)</script>").html
        #expect(html.contains("<div class=\"note\">ok</div>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script>"))
    }

    @Test func headingsGetStableUniqueIDs() {
        let html = renderer.render("## Peace talks\n\n## Peace talks\n\n### Who’s *who*?\n").html
        #expect(html.contains("<h2 id=\"peace-talks\">Peace talks</h2>"))
        #expect(html.contains("<h2 id=\"peace-talks-2\">Peace talks</h2>"))
        #expect(html.contains("<h3 id=\"whos-who\">Who’s <em>who</em>?</h3>"))
    }

    @Test func nestingShiftsLevelsAndPrefixesIDs() {
        let rendered = renderer.render("# Top\n\n## Sub\n\n###### Deep\n")
        let nested = rendered.nested(idPrefix: "article-x-", levels: 2)
        #expect(nested.contains("<h3 id=\"article-x-top\">Top</h3>"))
        #expect(nested.contains("<h4 id=\"article-x-sub\">Sub</h4>"))
        #expect(nested.contains("<h6 id=\"article-x-deep\">Deep</h6>"))
    }

    @Test func wordsAndReadingTime() {
        let rendered = renderer.render(String(repeating: "word ", count: 450))
        #expect(rendered.wordCount == 450)
        #expect(rendered.readingMinutes == 3)
        #expect(renderer.render("").readingMinutes == 1)
    }
}

@Suite("MarkdownRenderer across threads")
struct MarkdownRendererConcurrencyTests {
    /// cmark-gfm's inline extensions share one process-wide table; rendering on many threads
    /// at once must give the same HTML as rendering alone.
    @Test func parallelRenderingIsDeterministic() {
        let source = "A ~~struck~~ word, | a | b |\n|---|---|\n| ~~x~~ | y |\n\nwww.example.com and - [x] done\n"
        let expected = MarkdownRenderer().render(source).html
        let results = ParallelMap.map(Array(0..<2000)) { _ in MarkdownRenderer().render(source).html }
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected.contains("<del>struck</del>"))
    }
}
