import Testing
@testable import SitegenRender
@testable import SitegenOutput
@testable import SitegenMarkdown
@testable import SitegenModel

@Suite("Page text")
struct PageTextTests {
    @Test(arguments: [
        ("  two   words \n", "two words"),
        ("tab\tand\r\nlines\u{0B}\u{0C}end", "tab and lines end"),
        ("no-break\u{00A0}space and\u{2003}em", "no-break space and em"),
        ("", ""),
        (" \n\t ", ""),
        ("Jean-Noël  « Barrot »", "Jean-Noël « Barrot »"),
    ])
    func collapsesWhiteSpace(_ input: String, _ expected: String) {
        #expect(PageText.collapsingSpaces(input) == expected)
    }

    /// Every character, white space or not, is treated as Unicode's White_Space property says.
    @Test func agreesWithTheWhiteSpaceProperty() {
        for value in 0...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(Character(scalar))b"
            let expected = scalar.properties.isWhitespace ? "a b" : text
            #expect(PageText.collapsingSpaces(text) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test func aSummaryThatOpensTheBodyIsRecognised() {
        let html = "<p>The talks\nbegan on <em>Monday</em> &amp; went on.</p>\n<p>Second.</p>"
        #expect(PageText.opens(html, with: "The talks began on Monday & went on."))
        #expect(PageText.opens(html, with: "The  talks began"))
        #expect(!PageText.opens(html, with: "Second."))
        #expect(!PageText.opens(html, with: "   "))
        #expect(!PageText.opens("<h2>No paragraph</h2>", with: "No paragraph"))
    }
}
