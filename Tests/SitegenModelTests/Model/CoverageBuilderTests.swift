import Testing
@testable import SitegenModel

@Suite("Source coverage")
struct CoverageBuilderTests {
    private func article(_ slug: String, _ date: String, source: String?, _ events: [String]) -> Article {
        Article(slug: slug, path: "content/articles/\(slug).md", title: slug, date: ContentDate(date)!, source: source,
                events: events.map { Article.Event(date: ContentDate($0)!, text: "Strike talks in Helsinki with Marta Ozola and Juhan Tamm on \($0)") })
    }

    @Test func whichOutletReportedWhichEventAndWhoWasFirst() throws {
        let articles = [
            article("a", "2025-03-01", source: "Harbour Post", ["2025-03-01"]),
            article("b", "2025-03-02", source: "Riga Daily", ["2025-03-01", "2025-03-02"]),
            article("c", "2025-03-03", source: "Harbour Post", ["2025-03-02"]),
            article("d", "2025-03-04", source: "Baltic Wire", ["2025-03-02"]),
            article("e", "2025-03-04", source: nil, ["2025-03-01", "2025-03-03"]),
        ]
        let model = SiteModelBuilder().build(config: SiteConfig(title: "T"), content: LoadedContent(articles: articles, briefing: nil))
        let coverage = model.briefing.coverage
        let events = model.briefing.events
        #expect(events.map(\.date.isoDate) == ["2025-03-01", "2025-03-02", "2025-03-03"])
        // Harbour Post reported both shared events (one first, counted once though two articles
        // report the second); the article without a source names no outlet.
        #expect(coverage.outlets.map(\.name) == ["Harbour Post", "Riga Daily", "Baltic Wire"])
        #expect(coverage.outlets.map(\.events) == [2, 2, 1])
        #expect(coverage.outlets.map(\.first) == [1, 1, 0])
        #expect(coverage.outlets.map(\.articles) == [2, 1, 1])
        #expect(coverage.sharedEvents == 2 && coverage.singleEvents == 0)
        #expect(coverage.columns == ["Harbour Post", "Riga Daily", "Baltic Wire"])
        let slug = { (index: Int?) in index.map { model.articles[$0].slug } }
        try #require(coverage.rows.map(\.event) == [0, 1])
        #expect(coverage.rows[0].reports.map(slug) == ["a", "b", nil])
        #expect(coverage.rows[0].firstColumn == 0)
        #expect(coverage.rows[1].reports.map(slug) == ["c", "b", "d"])
        #expect(coverage.rows[1].firstColumn == 1)
        #expect(coverage.rows.map(\.outletCount) == [2, 3])
    }

    @Test func theTableKeepsTheMostWidelyReportedEventsWithinItsSize() throws {
        var articles: [Article] = []
        for outlet in 0..<12 {
            // Outlet n reports events 0...n of 30 shared days, so early days are the most widely reported.
            let days = (0...min(outlet + 18, 29)).map { String(format: "2025-04-%02d", $0 + 1) }
            articles.append(article("o\(outlet)", "2025-05-01", source: "Outlet \(outlet)", days))
        }
        let coverage = SiteModelBuilder().build(config: SiteConfig(title: "T"), content: LoadedContent(articles: articles, briefing: nil)).briefing.coverage
        #expect(coverage.columns.count == CoverageBuilder.maxColumns)
        #expect(coverage.outlets.count == 12)
        #expect(coverage.rows.count == CoverageBuilder.maxRows)
        #expect(coverage.sharedEvents == 29 && coverage.singleEvents == 1)
        // Shown by date, the widest first chosen.
        try #require(coverage.rows.map(\.event) == Array(0..<20))
        #expect(coverage.rows[0].outletCount == 12)
    }
}
