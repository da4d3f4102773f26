import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SitegenRender
@testable import SitegenOutput
@testable import SitegenMarkdown
@testable import SitegenModel

@Suite("Feed, sitemap and robots")
struct FeedBuilderTests {
    static func article(_ slug: String, _ date: String, tags: [String] = [], source: String? = nil) -> Article {
        Article(slug: slug, path: "content/articles/\(slug).md", title: "Title \(slug)", date: ContentDate(date)!, source: source, tags: tags)
    }

    static func model() -> SiteModel {
        var first = Self.article("first", "2025-11-19", tags: ["R&D <x>"], source: "Outlet \"Q\"")
        first.summary = "Fish & chips"
        let articles = [first, Self.article("second", "2025-11-21T10:00:00+01:00")]
        let config = SiteConfig(title: "T & T", baseURL: BaseURL("https://example.org/sub/")!)
        return SiteModelBuilder().build(config: config, content: LoadedContent(articles: articles, briefing: nil))
    }

    @Test func feedIsWellFormedAtomDatedByContent() throws {
        let model = Self.model()
        let bodies = model.articles.map { _ in RenderedMarkdown(html: "<p>a & b</p>", wordCount: 3) }
        let xml = FeedBuilder().build(model: model, bodies: bodies)
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "feed must be well-formed XML: \(String(describing: parser.parserError))")
        #expect(xml.contains("<updated>2025-11-21T10:00:00+01:00</updated>"))
        #expect(xml.contains("<id>https://example.org/sub/articles/second/</id>"))
        #expect(xml.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/sub/feed.xml\"/>"))
        #expect(xml.contains("<summary>Fish &amp; chips</summary>"))
        #expect(xml.contains("&lt;p&gt;a &amp; b&lt;/p&gt;"))
    }

    @Test func sitemapListsEveryPageWithAbsoluteURLs() throws {
        let xml = SitemapBuilder().build(model: Self.model())
        #expect(XMLParser(data: Data(xml.utf8)).parse())
        for path in ["", "briefing/", "articles/first/", "articles/second/", "tags/", "tags/r-d-x/"] {
            #expect(xml.contains("<loc>https://example.org/sub/\(path)</loc>"), "\(path)")
        }
        #expect(!xml.contains("404"))
        #expect(!xml.contains("/people/"), "a site that names no people has no people index")
    }

    @Test func robotsNamesTheSitemap() {
        #expect(RobotsBuilder().build(model: Self.model()).contains("Sitemap: https://example.org/sub/sitemap.xml"))
    }
}
