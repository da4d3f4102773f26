import SitegenModel
import Testing
@testable import SitegenImport

struct FrontMatterWriterTests {
    @Test func awkwardStringsAreQuotedSoTheyReadBackAsWritten() throws {
        let frontMatter = FrontMatter(
            title: "Talks: \"what's next\" # for Kyiv", date: ContentDate("2025-11-20")!, source: "yes",
            section: "2025", tags: ["- dash", "null"], people: ["O'Brien"], summary: "[Brackets] and {braces}: fine",
            quotes: [ExtractedQuote(speaker: nil, text: "No: never.", paragraph: 0), ExtractedQuote(speaker: "A B", text: "'Quoted'", paragraph: 1)]
        )
        let text = FrontMatterWriter().article(frontMatter, body: "Body.\n")
        let article = try ArticleParser().parse(text, path: "a.md", defaultSlug: "a").get()
        #expect(article.title == frontMatter.title)
        #expect(article.source == "yes")
        #expect(article.section == "2025")
        #expect(article.tags == ["- dash", "null"])
        #expect(article.people == ["O'Brien"])
        #expect(article.summary == frontMatter.summary)
        #expect(article.quotes.map(\.speaker) == [nil, "A B"] && article.quotes.map(\.text) == ["No: never.", "'Quoted'"])
        #expect(article.body == "Body.\n")
    }

    @Test func markdownCharactersInTheStoryAreEscaped() {
        let writer = MarkdownBodyWriter()
        #expect(writer.markdown([Paragraph(text: "# 1 in *Europe* <b>", line: 1)]) == "\\# 1 in \\*Europe\\* \\<b>\n")
        #expect(writer.markdown([Paragraph(text: "1. First", line: 1), Paragraph(text: "item", line: 2, kind: .listItem),
                                 Paragraph(text: "item two", line: 3, kind: .listItem)]) == "1\\. First\n\n- item\n- item two\n")
    }
}
