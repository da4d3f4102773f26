import Testing
@testable import SitegenImport

struct HeadlineExtractorTests {
    let extractor = HeadlineExtractor()

    @Test func siteSuffixGivesSectionAndSite() {
        let split = extractor.splitSuffix("Ferries resume after storm | Europe | Daily Harbour")
        #expect(split.title == "Ferries resume after storm")
        #expect(split.section == "Europe")
        #expect(split.site == "Daily Harbour")
        #expect(extractor.splitSuffix("Ferries resume after storm | Harbour Times").section == nil)
        #expect(extractor.splitSuffix("Ferries resume after the storm - Harbour Times").title == "Ferries resume after the storm")
        #expect(extractor.splitSuffix("Kyiv and Moscow trade blame over talks - What We Know").title == "Kyiv and Moscow trade blame over talks - What We Know")
    }

    @Test func aShortLineAboveTheHeadlineIsItsCategory() throws {
        let headline = try extractor.extract(lines(["Politics", "Talks resume in Geneva as envoys meet", "The envoys met on Sunday, officials said."]))
        #expect(headline.title == "Talks resume in Geneva as envoys meet")
        #expect(headline.section == "Politics")
        #expect(headline.bodyStart == 2)
    }

    @Test func aShortHeadlineFollowedByTheStoryIsNotACategory() throws {
        let headline = try extractor.extract(lines(["Ceasefire holds", "The ceasefire held overnight, both sides said."]))
        #expect(headline.title == "Ceasefire holds")
        #expect(headline.section == nil)
    }

    @Test func breadcrumbsGiveTheirMostSpecificSection() throws {
        let headline = try extractor.extract(lines(["Home › World › Europe", "Talks resume in Geneva", "The envoys met on Sunday."]))
        #expect(headline.section == "Europe")
        #expect(headline.sectionOrigin == .breadcrumb)
    }

    @Test func aTextThatOpensWithAParagraphHasNoHeadline() throws {
        let error = #expect(throws: ImportFailure.self) {
            try Fixtures.importer().importArticle(try Fixtures.raw("no-headline.txt"))
        }
        #expect(error?.reason == .noHeadline)
        #expect(error?.message == "no headline: line 1 reads like a paragraph of the story; put the headline on a line of its own at the top")
    }

    private func lines(_ texts: [String]) -> [RawLine] {
        texts.enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) }
    }
}
