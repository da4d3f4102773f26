import Testing
@testable import SitegenCore

@Suite("Page contexts")
struct PageContextBuilderTests {
    @Test(arguments: [
        ("  two   words \n", "two words"),
        ("tab\tand\r\nlines\u{0B}\u{0C}end", "tab and lines end"),
        ("no-break\u{00A0}space and\u{2003}em", "no-break space and em"),
        ("", ""),
        (" \n\t ", ""),
        ("Jean-Noël  « Barrot »", "Jean-Noël « Barrot »"),
    ])
    func collapsesWhiteSpace(_ input: String, _ expected: String) {
        #expect(PageContextBuilder.collapsingSpaces(input) == expected)
    }

    @Test func aSummaryThatOpensTheBodyIsRecognised() {
        let html = "<p>The talks\nbegan on <em>Monday</em> &amp; went on.</p>\n<p>Second.</p>"
        #expect(PageContextBuilder.opens(html, with: "The talks began on Monday & went on."))
        #expect(PageContextBuilder.opens(html, with: "The  talks began"))
        #expect(!PageContextBuilder.opens(html, with: "Second."))
        #expect(!PageContextBuilder.opens(html, with: "   "))
        #expect(!PageContextBuilder.opens("<h2>No paragraph</h2>", with: "No paragraph"))
    }
}
