import Testing
@testable import SitegenCheck
import SitegenModel

@Suite("Link resolution")
struct SiteAddressTests {
    static let address = SiteAddress(baseURL: BaseURL("https://example.org/briefings/ukraine/")!)

    @Test(arguments: [
        ("../../tags/kyiv/", "articles/x/index.html", LinkTarget.internalPath("tags/kyiv/", fragment: nil)),
        ("#key-points", "briefing/index.html", .internalPath("briefing/index.html", fragment: "key-points")),
        ("../briefing/#article-a", "tags/index.html", .internalPath("briefing/", fragment: "article-a")),
        ("./", "tags/index.html", .internalPath("tags/", fragment: nil)),
        ("..", "tags/index.html", .internalPath("", fragment: nil)),
        ("assets/style.css?v=2", "index.html", .internalPath("assets/style.css", fragment: nil)),
        ("caf%C3%A9/", "index.html", .internalPath("café/", fragment: nil)),
        ("https://example.org/briefings/ukraine/feed.xml", "index.html", .internalPath("feed.xml", fragment: nil)),
        ("/briefings/ukraine/people/", "index.html", .internalPath("people/", fragment: nil)),
        ("https://news.example.com/story", "index.html", .external),
        ("mailto:desk@example.org", "index.html", .external),
        ("//cdn.example.com/x.js", "index.html", .external),
    ])
    func resolves(_ link: String, _ page: String, _ target: LinkTarget) {
        #expect(Self.address.resolve(link, on: page) == target)
    }

    @Test(arguments: ["../../x/", "/other/", "javascript:alert(1)", "https://example.org/elsewhere/"])
    func refuses(_ link: String) {
        guard case .invalid = Self.address.resolve(link, on: "tags/index.html") else {
            Issue.record("\(link) should be refused")
            return
        }
    }

    @Test func pagesHaveTheirFolderAddress() {
        #expect(Self.address.url(of: "index.html") == "https://example.org/briefings/ukraine/")
        #expect(Self.address.url(of: "articles/x/index.html") == "https://example.org/briefings/ukraine/articles/x/")
        #expect(Self.address.url(of: "404.html") == "https://example.org/briefings/ukraine/404.html")
        #expect(SiteAddress.file(for: "tags/") == "tags/index.html" && SiteAddress.file(for: "") == "index.html")
    }
}
