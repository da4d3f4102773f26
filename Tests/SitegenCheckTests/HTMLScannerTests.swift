import Testing
@testable import SitegenCheck

@Suite("HTML scanner")
struct HTMLScannerTests {
    @Test func readsStartTagsWithTheirAttributesAndLines() {
        let html = """
        <!DOCTYPE html>
        <HTML lang=en>
        <!-- <a href="commented-out"> -->
        <a class='x' HREF="a.html?x=1&amp;y=2#top" data-flag>one</a>
        <img
          src=pic.png alt="">
        </html>
        """
        let tags = HTMLScanner.tags(in: html)
        #expect(tags.map(\.name) == ["html", "a", "img"])
        #expect(tags.map(\.line) == [2, 4, 5])
        #expect(tags[1].value("href") == "a.html?x=1&y=2#top")
        #expect(tags[1].attribute("data-flag") == .some(nil))
        #expect(tags[1].attribute("missing") == nil)
        #expect(tags[2].value("src") == "pic.png" && tags[2].value("alt") == "")
    }

    @Test func theTextOfScriptsAndStylesIsNotMarkup() {
        let html = "<script>if (a<b) { x = '<a href=\"no\">'; }</SCRIPT><style>a{}</style><title><a href=t></title><p id=after>"
        #expect(HTMLScanner.tags(in: html).map(\.name) == ["script", "style", "title", "p"])
    }

    @Test func unfinishedMarkupEndsQuietly() {
        for html in ["<a href=\"x", "<!-- open", "<a", "<", "text <", "<img src=x alt"] {
            _ = HTMLScanner.tags(in: html)
        }
        #expect(HTMLScanner.tags(in: "<a href=\"x").first?.value("href") == "x")
    }

    @Test(arguments: [("a&amp;b", "a&b"), ("&#x41;&#66;", "AB"), ("&unknown; &", "&unknown; &"), ("&quot;q&quot;", "\"q\""), ("&#xZZ;", "&#xZZ;")])
    func characterReferences(_ written: String, _ meant: String) {
        #expect(CharacterReferences.decode(written) == meant)
    }
}
