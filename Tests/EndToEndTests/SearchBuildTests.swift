import Foundation
import Testing

/// The search index as `sitegen build` writes it: in full, after one edit, and turned off.
@Suite("Search index, end to end")
struct SearchBuildTests {
    func shards(_ site: BuildCommandTests.SiteCopy) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("search/terms").path) {
            result[name] = try site.read("search/terms/\(name)")
        }
        return result
    }

    @Test func anEditedArticleIsIndexedAgainAndOnlyItsTermsChange() throws {
        let site = try BuildCommandTests.SiteCopy("basic")
        try site.build()
        #expect(site.exists("search/index.json") && site.exists("search/docs/0.json"))
        #expect(try site.read("index.html").contains("assets/search.js"))
        let before = try shards(site)
        #expect(!before.values.contains { $0.contains("\"zanzibar\"") })

        let article = site.root.appendingPathComponent("content/articles/talks-begin.md")
        try (String(contentsOf: article, encoding: .utf8) + "\nTalks moved to Zanzibar.\n").write(to: article, atomically: true, encoding: .utf8)
        let output = try site.build()
        #expect(output.contains("incremental"))
        let after = try shards(site)
        #expect(after.values.contains { $0.contains("\"zanzibar\":[") })
        try site.expectSameAsFullBuild("after an edit")
    }

    @Test func searchFalseLeavesOutTheIndexAndTheBox() throws {
        let site = try BuildCommandTests.SiteCopy("basic")
        let config = site.root.appendingPathComponent("content/site.yml")
        try (String(contentsOf: config, encoding: .utf8) + "\nsearch: false\n").write(to: config, atomically: true, encoding: .utf8)
        try site.build()
        #expect(!site.exists("search"))
        let home = try site.read("index.html")
        #expect(!home.contains("search.js") && !home.contains("site-search"))
    }
}
