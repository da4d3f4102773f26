import Testing
@testable import SitegenModel

@Suite("Quote ledger")
struct QuoteLedgerTests {
    let matcher = QuoteMatcher()

    @Test(arguments: [
        ("This is a good plan for both Russia and Ukraine.", "“This is a good plan for both Russia and Ukraine,”"),
        ("This is a good plan for both Russia and Ukraine, and we stand by it.", "a good plan for both Russia and Ukraine"),
        ("We will not accept any deal that rewards the aggressor in any way", "We will never accept any deal that rewards the aggressor in any way"),
        ("Ça ne se fera pas sans l'Europe", "Ca ne se fera pas sans l’Europe"),
    ])
    func oneStatementAsOutletsPrintIt(_ a: String, _ b: String) {
        #expect(matcher.same(matcher.words(a), matcher.words(b)))
    }

    @Test(arguments: [
        ("No.", "No comment."),
        ("We will see.", "We will see what happens."),
        ("The talks in Geneva were productive and useful", "The talks in Miami were long and difficult for everyone"),
    ])
    func differentStatements(_ a: String, _ b: String) {
        #expect(!matcher.same(matcher.words(a), matcher.words(b)))
    }

    static func article(_ slug: String, _ date: String, _ quotes: [(String?, String)]) -> Article {
        Article(slug: slug, path: "content/articles/\(slug).md", title: slug, date: ContentDate(date)!,
                source: "Outlet \(slug)", quotes: quotes.enumerated().map { .init(speaker: $1.0, text: $1.1, line: 10 + $0) })
    }

    @Test func theFirstReportLeadsAndLaterOnesAreRepeats() {
        let articles = [
            Self.article("c", "2025-11-22", [("Karoline Leavitt", "a good plan for both Russia and Ukraine")]),
            Self.article("a", "2025-11-20", [("Karoline Leavitt", "This is a good plan for both Russia and Ukraine."),
                                             ("Marco Rubio", "Both sides must make difficult concessions.")]),
            Self.article("b", "2025-11-21", [("Leavitt", "This is a good plan for both Russia and Ukraine")]),
        ]
        var config = SiteConfig()
        config.gazetteer = Gazetteer(people: [.init(name: "Karoline Leavitt", role: "Press secretary", aliases: ["Leavitt"])])
        let model = SiteModelBuilder().build(config: config, content: LoadedContent(articles: articles, briefing: nil))
        let leavitt = model.briefing.quotes.first { $0.speaker == "Karoline Leavitt" }
        #expect(leavitt?.quotes.count == 1)
        let statement = leavitt?.quotes.first
        #expect(statement.map { model.articles[$0.article].slug } == "a")
        #expect(statement?.text == "This is a good plan for both Russia and Ukraine.")
        #expect(statement?.repeats.map { model.articles[$0].slug } == ["b", "c"])
        #expect(ConsistencyCheck.crossArticleWarnings(model.articles).isEmpty)
    }

    @Test func oneStatementGivenToTwoSpeakersIsAWarning() {
        let articles = [
            Self.article("a", "2025-11-20", [("Marco Rubio", "Both sides must make difficult concessions to end the war.")]),
            Self.article("b", "2025-11-21", [("Steve Witkoff", "both sides must make difficult concessions to end the war")]),
        ]
        let warnings = ConsistencyCheck.crossArticleWarnings(articles).map(\.description)
        #expect(warnings == ["content/articles/b.md:10: warning: this quote is given to Steve Witkoff here and to Marco Rubio in content/articles/a.md:10: which said it?"])
    }
}

@Suite("Change log")
struct ChangeLogTests {
    @Test func eachDayListsItsArticlesEventsAndFirstReportedStatements() {
        var later = QuoteLedgerTests.article("b", "2025-11-21T09:00:00Z", [("Marco Rubio", "We made a lot of progress in these talks today.")])
        later.events = [.init(date: ContentDate("2025-11-19")!, text: "Envoys meet.")]
        let articles = [
            QuoteLedgerTests.article("a", "2025-11-20", [("Marco Rubio", "We made a lot of progress in these talks")]),
            later,
            QuoteLedgerTests.article("c", "2025-11-21", []),
        ]
        let model = SiteModelBuilder().build(config: SiteConfig(), content: LoadedContent(articles: articles, briefing: nil))
        let days = ChangeLog(articles: model.articles, briefing: model.briefing).days
        #expect(days.map(\.date.isoDate) == ["2025-11-21", "2025-11-20"])
        #expect(days[0].articles.map { model.articles[$0].slug }.sorted() == ["b", "c"])
        #expect(days[0].events.count == 1)
        // The statement was first reported on the 20th: the 21st repeats it and adds none.
        #expect(days[0].statements.isEmpty && days[1].statements.count == 1)
    }
}
