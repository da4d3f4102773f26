import Testing
@testable import SitegenRender
@testable import SitegenOutput
@testable import SitegenMarkdown
@testable import SitegenModel

@Suite("SitePaths")
struct SitePathsTests {
    @Test(arguments: [("", "./"), ("briefing/", "../"), ("articles/x/", "../../"), ("404.html", "./"), ("a/b/c.xml", "../../")])
    func rootPrefix(_ page: String, _ root: String) {
        #expect(SitePaths.root(from: page) == root)
    }

    @Test func files() {
        #expect(SitePaths.file(for: "") == "index.html")
        #expect(SitePaths.file(for: "tags/x/") == "tags/x/index.html")
        #expect(SitePaths.file(for: "feed.xml") == "feed.xml")
    }
}
