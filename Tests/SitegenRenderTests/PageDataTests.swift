import Foundation
import Testing
@testable import SitegenRender
@testable import SitegenOutput
@testable import SitegenModel

@Suite("Page data")
struct PageDataTests {
    static let site = SiteData(title: "Site", language: "en", baseURL: "https://example.org/", tagsTitle: "Tags",
                               peopleTitle: "People", description: nil, author: "Desk", hasPeople: true, search: true)

    static func article(_ title: String, summary: String? = nil, sourceURL: String? = nil) -> ArticleData {
        ArticleData(title: title, slug: "a", path: "articles/a/", anchor: "article-a", dateISO: "2025-11-20",
                    dateLong: "20 November 2025", dateShort: "20 Nov", readingMinutes: 3, source: nil,
                    sourceURL: sourceURL, section: nil, summary: summary, params: ["desk": "World"])
    }

    static func render(_ template: String, _ data: some TemplateData) throws -> String {
        let theme = try ThemeLoader().load(files: ThemeLoaderTests.files(["home.mustache": template]), origin: "templates/")
        return theme.render("home", data)
    }

    @Test func namesClimbToTheEnclosingValue() throws {
        var data = PageData(site: Self.site, root: "../../")
        data.articles = [Self.article("One"), Self.article("Two")]
        // `root` and `site` are not the article's: they come from the page around it.
        #expect(try Self.render("{{#articles}}<a href=\"{{root}}{{path}}\">{{title}}</a> {{site.author}};{{/articles}}", data)
                == "<a href=\"../../articles/a/\">One</a> Desk;<a href=\"../../articles/a/\">Two</a> Desk;")
    }

    @Test func missingValuesCloseTheirSections() throws {
        let data = PageData(site: Self.site, root: "")
        #expect(try Self.render("[{{#site.description}}x{{/site.description}}{{^site.description}}none{{/site.description}}]", data) == "[none]")
        #expect(try Self.render("[{{#article}}x{{/article}}{{page.title}}{{nothing}}]", data) == "[]")
    }

    @Test func navigationMarksOnlyTheCurrentKind() throws {
        let page = PageMetadata(title: "B", fullTitle: "B · Site", description: "d", canonical: "https://example.org/briefing/",
                                kind: "briefing", ogType: "article")
        let data = PageData(site: Self.site, root: "../", page: page)
        #expect(try Self.render("{{#nav.briefing}}B{{/nav.briefing}}{{#nav.tags}}T{{/nav.tags}}", data) == "B")
    }

    @Test func valuesAreEscapedAndParamsRead() throws {
        var data = PageData(site: Self.site, root: "")
        data.article = Self.article("<script>x</script>")
        #expect(try Self.render("{{article.title}} {{article.params.desk}} {{article.readingMinutes}}", data)
                == "&lt;script&gt;x&lt;/script&gt; World 3")
    }

    @Test func briefingLabelsCountWhatTheyShow() throws {
        let head = BriefingData(title: "T", summary: nil, keyPoints: [], introHTML: "", articleCount: 1, sourceCount: 0)
        #expect(head.child(named: "articlesLabel") as? String == "1 article")
        #expect(head.child(named: "sourcesLabel") as? String == "no named source")
        #expect(head.child(named: "hasKeyPoints") as? Bool == false)
        // The page-only parts are absent on the home page.
        #expect(head.child(named: "hasQuotes") == nil && head.child(named: "articles") == nil)
    }

    @Test func termListsSayWhetherTheyHaveItems() {
        #expect(TermList(items: []).child(named: "hasItems") as? Bool == false)
        #expect(TermList(items: [TermItem(name: "Kyiv", path: "tags/kyiv/")]).child(named: "hasItems") as? Bool == true)
    }

    @Test func briefingPiecesRoundTripThroughTheirList() {
        let pieces = BriefingPieces(section: TextPiece("s"), shortSection: TextPiece("h"), contentsItem: TextPiece("c"),
                                    timelineItem: TextPiece("t"), sourceItem: TextPiece("o"), exportEntry: TextPiece("{}"))
        #expect(pieces.list.map(\.string) == ["s", "h", "c", "t", "o", "{}"])
        #expect(BriefingPieces(list: pieces.list) == pieces)
        #expect(BriefingPieces(list: Array(pieces.list.dropLast())) == nil)
        #expect(BriefingPieces.count == pieces.list.count)
    }
}
