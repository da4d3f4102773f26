import SitegenModel
import Testing
@testable import SitegenImport

struct MarkdownBodyWriterTests {
    @Test func markdownCharactersInTheStoryAreEscaped() {
        let writer = MarkdownBodyWriter()
        #expect(writer.markdown([Paragraph(text: "# 1 in *Europe* <b>", line: 1)]) == "\\# 1 in \\*Europe\\* \\<b>\n")
        #expect(writer.markdown([Paragraph(text: "1. First", line: 1), Paragraph(text: "item", line: 2, kind: .listItem),
                                 Paragraph(text: "item two", line: 3, kind: .listItem)]) == "1\\. First\n\n- item\n- item two\n")
    }
}
