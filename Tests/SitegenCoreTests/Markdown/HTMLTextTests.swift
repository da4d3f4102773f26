import Testing
@testable import SitegenCore

@Suite("HTML text")
struct HTMLTextTests {
    @Test(arguments: [
        ("plain words", "plain words"),
        ("", ""),
        ("a < b > c", "a &lt; b &gt; c"),
        ("Tom & Jerry's \"show\"", "Tom &amp; Jerry&#39;s &quot;show&quot;"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Jean-Noël « Barrot » & 東京", "Jean-Noël « Barrot » &amp; 東京"),
        ("&amp;", "&amp;amp;"),
    ])
    func escapesTheFiveCharacters(_ input: String, _ expected: String) {
        #expect(HTMLText.escape(input) == expected)
    }

    @Test func theTemplateEscapingIsTheSame() {
        let text = "<a href=\"x\">Tom & 'Jerry'</a> é"
        #expect(HTMLEscaping().escapeText(text) == HTMLText.escape(text))
    }

    @Test func plainTextDropsTagsAndUnescapes() {
        #expect(HTMLText.plain("<p>A &amp; <em>B</em> &lt;c&gt;</p>") == "A & B <c>")
    }
}
