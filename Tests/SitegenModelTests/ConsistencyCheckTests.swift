import Testing
@testable import SitegenModel

@Suite("Consistency warnings")
struct ConsistencyCheckTests {
    @Test func fullDatesAreFoundInTheirWritingsWithTheirLines() {
        let text = "First line.\nTalks on November 30, 2023 and on 1 Dec. 2025.\nAlso 2025-11-18, and Sept. 3rd, 2024.\nIn 2022 alone."
        let dates = StatedDate.all(in: text)
        #expect(dates.map(\.text) == ["November 30, 2023", "1 Dec. 2025", "2025-11-18", "Sept. 3rd, 2024"])
        #expect(dates.map(\.line) == [2, 2, 3, 3])
        #expect(dates.map { [$0.year, $0.month, $0.day] } == [[2023, 11, 30], [2025, 12, 1], [2025, 11, 18], [2024, 9, 3]])
        // Years alone, times and numbers are no dates.
        #expect(StatedDate.all(in: "In 2022, 12,000 troops; at 20:25 on route 2023; 30 Novembre 2023").isEmpty)
    }

    static func article(_ date: String, body: String, summary: String? = nil, source: String? = "Outlet") -> Article {
        Article(slug: "a", path: "content/articles/a.md", title: "A", date: ContentDate(date)!, source: source,
                summary: summary, summaryLine: summary == nil ? nil : 5, body: body, bodyFirstLine: 10)
    }

    @Test func aYearSlipIsAWarningAtItsLine() {
        let warnings = ConsistencyCheck.bodyWarnings(Self.article("2025-11-29", body: "Intro.\nThey will convene on November 30, 2023, in Geneva."))
        #expect(warnings.map(\.description) == [
            "content/articles/a.md:11: warning: the text says November 30, 2023, far from the article's date 2025-11-29 but with nearly its day and month: is the year wrong (2025-11-30)?",
        ])
    }

    @Test(arguments: [
        // A date long past, far from the article's day: history, not a slip.
        ("2025-11-29", "Since the invasion of February 24, 2022."),
        // Across New Year: the stated date is itself close.
        ("2025-01-05", "On December 31, 2024, the talks stalled."),
        // Close to the article's date.
        ("2025-11-29", "Due on December 12, 2025."),
        // Earlier in the article's year, far from its day.
        ("2025-11-29", "Agreed on March 3, 2025."),
    ])
    func noWarningFor(_ date: String, _ body: String) {
        #expect(ConsistencyCheck.bodyWarnings(Self.article(date, body: body)).isEmpty)
    }

    @Test func aSlipAcrossNewYearIsFound() {
        // "January 3, 2025" in an article of 28 December 2025: meant 2026.
        let warnings = ConsistencyCheck.bodyWarnings(Self.article("2025-12-28", body: "Talks resume January 3, 2025."))
        #expect(warnings.count == 1 && warnings[0].message.contains("(2026-01-03)"))
    }

    @Test func theSummaryAndAMissingSourceAreCheckedFromFrontMatter() {
        let article = Self.article("2025-11-29", body: "", summary: "Talks on November 30, 2023.", source: nil)
        let messages = ConsistencyCheck.frontMatterWarnings(article).map(\.description)
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix("content/articles/a.md:1: warning: no `source`"))
        #expect(messages[1].hasPrefix("content/articles/a.md:5: warning: the summary says November 30, 2023"))
    }
}
