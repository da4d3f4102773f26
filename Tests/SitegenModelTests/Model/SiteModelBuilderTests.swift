import Testing
@testable import SitegenModel

@Suite("SiteModelBuilder")
struct SiteModelBuilderTests {
    static func article(_ slug: String, _ date: String, tags: [String] = [], people: [String] = [],
                        source: String? = nil, quotes: [Article.Quote] = [], events: [Article.Event] = [],
                        draft: Bool = false) -> Article {
        Article(slug: slug, path: "content/articles/\(slug).md", title: "Title \(slug)", date: ContentDate(date)!,
                source: source, tags: tags, people: people, quotes: quotes, events: events, draft: draft)
    }

    static let config = SiteConfig(gazetteer: Gazetteer(
        people: [.init(name: "Volodymyr Zelenskyy", role: "President of Ukraine", aliases: ["Zelensky"]),
                 .init(name: "Karoline Leavitt", role: "White House press secretary", aliases: ["Caroline Leavitt"])],
        aliases: ["Jean-Noel Barrot": "Jean-Noël Barrot"]))

    @Test func mergesVariantsAndOrdersNewestFirst() {
        let content = LoadedContent(articles: [
            Self.article("a", "2025-11-19", tags: ["Ukraine", "peace plan"], people: ["Zelensky", "Caroline Leavitt"], source: "Outlet B"),
            Self.article("b", "2025-11-21", tags: ["ukraine"], people: ["Volodymyr Zelenskyy", "Jean-Noel Barrot"], source: "Outlet A"),
            Self.article("c", "2025-11-20", tags: ["Ukraine"], people: ["Zelenskyy"], draft: true),
        ], briefing: nil)
        let model = SiteModelBuilder().build(config: Self.config, content: content)
        #expect(model.articles.map(\.slug) == ["b", "a"])
        #expect(model.people.terms.map(\.name) == ["Jean-Noël Barrot", "Karoline Leavitt", "Volodymyr Zelenskyy"])
        #expect(model.people.term(slug: "volodymyr-zelenskyy")?.articles == [0, 1])
        #expect(model.people.term(slug: "volodymyr-zelenskyy")?.role == "President of Ukraine")
        #expect(model.tags.terms.map(\.name) == ["peace plan", "Ukraine"])
        #expect(model.tags.term(slug: "ukraine")?.articles.count == 2)
        #expect(model.briefing.sources.map(\.name) == ["Outlet A", "Outlet B"])
        #expect(model.briefing.latestDate?.isoDate == "2025-11-21")
    }

    @Test func draftsIncludedOnRequest() {
        let content = LoadedContent(articles: [Self.article("a", "2025-11-19", draft: true)], briefing: nil)
        #expect(SiteModelBuilder(includeDrafts: true).build(config: SiteConfig(), content: content).articles.count == 1)
        #expect(SiteModelBuilder().build(config: SiteConfig(), content: content).articles.isEmpty)
    }

    @Test func timelineMergesEventsInDateOrder() {
        let content = LoadedContent(articles: [
            Self.article("late", "2025-11-21", events: [.init(date: ContentDate("2025-11-18")!, text: "Early event")]),
            Self.article("early", "2025-11-19"),
        ], briefing: nil)
        let model = SiteModelBuilder().build(config: SiteConfig(), content: content)
        #expect(model.briefing.timeline.map(\.text) == ["Early event", "Title early", "Title late"])
        #expect(model.briefing.timeline.map(\.isArticle) == [false, true, true])
        #expect(model.briefing.chronological.map { model.articles[$0].slug } == ["early", "late"])
    }

    @Test func quotesGroupedBySpeakerWithUnattributedLast() {
        let content = LoadedContent(articles: [
            Self.article("a", "2025-11-19", quotes: [.init(speaker: "Caroline Leavitt", text: "One"), .init(speaker: nil, text: "Who said it?")]),
            Self.article("b", "2025-11-20", quotes: [.init(speaker: "Karoline Leavitt", text: "Two"), .init(speaker: "Zelensky", text: "Three")]),
        ], briefing: nil)
        let model = SiteModelBuilder().build(config: Self.config, content: content)
        #expect(model.briefing.quotes.map(\.speaker) == ["Karoline Leavitt", "Volodymyr Zelenskyy", nil])
        #expect(model.briefing.quotes[0].quotes.map(\.text) == ["One", "Two"])
    }

    @Test func emptySiteBuildsAModel() {
        let model = SiteModelBuilder().build(config: SiteConfig(title: "Empty"), content: LoadedContent(articles: [], briefing: nil))
        #expect(model.articles.isEmpty)
        #expect(model.briefing.intro.title == "Empty")
        #expect(model.briefing.latestDate == nil)
    }

    @Test func topTermsByCountThenName() {
        let content = LoadedContent(articles: [
            Self.article("a", "2025-11-19", tags: ["b-tag", "a-tag"]),
            Self.article("b", "2025-11-20", tags: ["b-tag"]),
        ], briefing: nil)
        let model = SiteModelBuilder().build(config: SiteConfig(), content: content)
        #expect(model.tags.top(1).map(\.name) == ["b-tag"])
        #expect(model.tags.top(5).map(\.name) == ["b-tag", "a-tag"])
    }
}
