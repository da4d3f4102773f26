import Testing
@testable import SitegenRender
@testable import SitegenOutput
@testable import SitegenMarkdown
@testable import SitegenModel

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

    @Test(arguments: [
        ("a &lt;b&gt; &quot;c&quot; &#39;d&#39; &amp; e", "a <b> \"c\" 'd' & e"),
        ("&amp;lt; stays an entity", "&lt; stays an entity"),
        ("&nbsp;&copy; &#40; & &am", "&nbsp;&copy; &#40; & &am"),
        ("trailing &", "trailing &"),
        ("é &amp; 東京", "é & 東京"),
    ])
    func unescapesWhatEscapeWrites(_ input: String, _ expected: String) {
        #expect(HTMLText.unescape(input) == expected)
    }

    @Test func unescapeUndoesEscape() {
        let text = "<a href=\"x\">Tom & 'Jerry' &amp; é</a>"
        #expect(HTMLText.unescape(HTMLText.escape(text)) == text)
    }

    @Test func plainTextDropsTagsAndUnescapes() {
        #expect(HTMLText.plain("<p>A &amp; <em>B</em> &lt;c&gt;</p>") == "A & B <c>")
    }
}
