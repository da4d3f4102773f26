import Foundation
import Testing
@testable import SitegenCheck
import SitegenCore
import SitegenModel
import SitegenTestSupport

/// Builds the basic fixture site, then breaks its output in one way at a time.
@Suite("sitegen check")
struct SiteCheckTests {
    static let fixture = Repository.root.appendingPathComponent("Tests/EndToEndTests/Fixtures/sites/basic")

    final class BuiltSite {
        let folder: TemporaryDirectory
        var output: URL { folder.url.appendingPathComponent("public") }
        let baseURL: BaseURL

        init() throws {
            folder = try TemporaryDirectory()
            try FileManager.default.copyItem(at: SiteCheckTests.fixture.appendingPathComponent("content"),
                                             to: folder.url.appendingPathComponent("content"))
            let review = try SiteReview(options: BuildOptions(siteDirectory: folder.url))
            baseURL = review.config.baseURL
            _ = try SiteBuilder(options: BuildOptions(siteDirectory: folder.url)).build()
        }

        func check(baseURL: BaseURL? = nil) throws -> [String] {
            try SiteCheck(output: output, baseURL: baseURL ?? self.baseURL, displayPath: "public").run().problems.map(\.description)
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = output.appendingPathComponent(path)
            try change(String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: false, encoding: .utf8)
        }
    }

    @Test func aBuiltSiteHasNoProblems() throws {
        let site = try BuiltSite()
        let result = try SiteCheck(output: site.output, baseURL: site.baseURL, displayPath: "public").run()
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.pages > 5 && result.links > 50)
    }

    @Test func aBrokenLinkIsReportedWithItsPageAndLine() throws {
        let site = try BuiltSite()
        try site.edit("index.html") { $0.replacingOccurrences(of: "<main id=\"main\">", with: "<main id=\"main\">\n<a href=\"tags/nowhere/\">x</a>") }
        let problems = try site.check()
        let line = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("tags/nowhere/") }! + 1
        #expect(problems == ["public/index.html:\(line): broken link (a href) tags/nowhere/: tags/nowhere/index.html does not exist"])
    }

    @Test func aBrokenAnchorIsReported() throws {
        let site = try BuiltSite()
        try site.edit("index.html") { $0.replacingOccurrences(of: "briefing/\"", with: "briefing/#no-such-part\"") }
        let problems = try site.check()
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.contains("briefing/index.html has no element with id \"no-such-part\"") })
    }

    @Test func imagesWithoutAltAndDuplicateIdsAreReported() throws {
        let site = try BuiltSite()
        try site.edit("tags/index.html") { $0.replacingOccurrences(of: "</main>", with: "<img src=\"../assets/favicon.svg\"><p id=\"main\">x</p></main>") }
        let problems = try site.check()
        #expect(problems.count == 2)
        #expect(problems.contains { $0.contains("image without alt text: ../assets/favicon.svg") })
        #expect(problems.contains { $0.contains("duplicate id \"main\"") })
    }

    @Test func addressesFromAnotherBaseURLAreReported() throws {
        let site = try BuiltSite()
        let problems = try site.check(baseURL: BaseURL("https://elsewhere.example/site/")!)
        #expect(problems.contains { $0.hasPrefix("public/index.html:") && $0.contains("canonical link") })
        #expect(problems.contains { $0.hasPrefix("public/sitemap.xml:") && $0.contains("is not under base_url https://elsewhere.example/site/") })
        #expect(problems.contains { $0.hasPrefix("public/feed.xml:") })
        #expect(problems.contains { $0.hasPrefix("public/robots.txt:") })
    }

    @Test func aBrokenFeedAndAMissingSitemapEntryAreReported() throws {
        let site = try BuiltSite()
        try site.edit("feed.xml") { $0.replacingOccurrences(of: "</feed>", with: "") }
        try site.edit("sitemap.xml") { text in
            // Drop the tags index from the sitemap.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.filter { !$0.contains("/tags/</loc>") }.joined(separator: "\n")
        }
        let problems = try site.check()
        #expect(problems.contains { $0.hasPrefix("public/feed.xml:") && $0.contains("not well-formed XML") })
        #expect(problems.contains("public/sitemap.xml: tags/index.html is not listed"))
    }
}
