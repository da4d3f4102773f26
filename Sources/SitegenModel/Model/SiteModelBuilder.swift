/// Builds the site model from config and loaded content. Pure: no files, no clock.
public struct SiteModelBuilder: Sendable {
    public var includeDrafts: Bool

    public init(includeDrafts: Bool = false) {
        self.includeDrafts = includeDrafts
    }

    public func build(config: SiteConfig, content: LoadedContent) -> SiteModel {
        let resolver = NameResolver(gazetteer: config.gazetteer)
        // A draft that still lacks its date has no place in the site, even with --drafts.
        var articles = content.articles.filter { (includeDrafts || !$0.draft) && !$0.missingFacts.contains("date") }
        let tags = resolver.resolve(lists: articles.map(\.tags))
        let people = resolver.resolve(lists: articles.map(\.people))
        for index in articles.indices {
            articles[index].tags = tags[index]
            articles[index].people = people[index]
            for q in articles[index].quotes.indices {
                articles[index].quotes[q].speaker = articles[index].quotes[q].speaker.map(resolver.resolve)
            }
        }
        // Sorting indices moves two words per swap instead of a whole article.
        articles = articles.indices.sorted { Self.newestFirst(articles[$0], articles[$1]) }.map { articles[$0] }
        let tagIndex = TermIndex(names: articles.map(\.tags))
        let peopleIndex = TermIndex(names: articles.map(\.people), roles: config.gazetteer.role(of:))
        let intro = content.briefing ?? BriefingIntro(title: config.title, summary: config.description.isEmpty ? nil : config.description)
        let briefing = briefing(intro: intro, articles: articles)
        return SiteModel(config: config, articles: articles, tags: tagIndex, people: peopleIndex,
                         briefing: briefing, changeLog: ChangeLog(articles: articles, briefing: briefing), names: resolver)
    }

    static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        if a.date != b.date { return a.date > b.date }
        if a.title != b.title { return a.title < b.title }
        return a.slug < b.slug
    }

    func briefing(intro: BriefingIntro, articles: [Article]) -> Briefing {
        let chronological = Array(articles.indices.reversed())
        let events = EventMerger().merge(articles, chronological: chronological)
        var timeline: [Briefing.TimelineEntry] = []
        for index in chronological {
            let article = articles[index]
            timeline.append(.init(date: article.date, text: article.title, article: index, isArticle: true))
        }
        for (position, event) in events.enumerated() where !event.planned {
            timeline.append(.init(date: event.date, text: event.text, article: event.reports[0].article, isArticle: false, event: position))
        }
        // A stable sort by day: on one day, the events come before the articles that report them.
        let days = timeline.map { $0.date.dayNumber }
        timeline = timeline.indices.sorted { a, b in
            if days[a] != days[b] { return days[a] < days[b] }
            if timeline[a].isArticle != timeline[b].isArticle { return !timeline[a].isArticle }
            return a < b
        }.map { timeline[$0] }
        let planned = events.indices.filter { events[$0].planned }

        // The quote ledger: each speaker's statements, oldest report first, with the later
        // articles that repeat them.
        var quotesBySpeaker: [String: [Briefing.QuoteRef]] = [:]
        var wordsBySpeaker: [String: [[String]]] = [:]
        var unattributed: [Briefing.QuoteRef] = []
        var speakerNames: [String: String] = [:]
        let matcher = QuoteMatcher()
        for index in chronological {
            for quote in articles[index].quotes {
                let words = matcher.words(quote.text)
                let key = quote.speaker.map { Slug.make($0) } ?? ""
                if let speaker = quote.speaker { speakerNames[key] = speakerNames[key] ?? speaker }
                var list = quote.speaker == nil ? unattributed : quotesBySpeaker[key, default: []]
                if let known = wordsBySpeaker[key, default: []].firstIndex(where: { matcher.same($0, words) }) {
                    if list[known].article != index && !list[known].repeats.contains(index) { list[known].repeats.append(index) }
                } else {
                    list.append(Briefing.QuoteRef(text: quote.text, article: index))
                    wordsBySpeaker[key, default: []].append(words)
                }
                if quote.speaker == nil { unattributed = list } else { quotesBySpeaker[key] = list }
            }
        }
        var quotes = quotesBySpeaker.map { Briefing.SpeakerQuotes(speaker: speakerNames[$0.key], quotes: $0.value) }
        quotes.sort { a, b in
            a.quotes.count != b.quotes.count ? a.quotes.count > b.quotes.count : Slug.make(a.speaker!) < Slug.make(b.speaker!)
        }
        if !unattributed.isEmpty { quotes.append(.init(speaker: nil, quotes: unattributed)) }

        var sourceArticles: [String: [Int]] = [:]
        var unnamed: [Int] = []
        for index in chronological {
            if let source = articles[index].source { sourceArticles[source, default: []].append(index) } else { unnamed.append(index) }
        }
        var sources = sourceArticles.map { Briefing.Source(name: $0.key, articles: $0.value) }
            .sorted { $0.name.lowercased() != $1.name.lowercased() ? $0.name.lowercased() < $1.name.lowercased() : $0.name < $1.name }
        // Every article is listed among the sources, even when its outlet was not recorded.
        if !unnamed.isEmpty { sources.append(Briefing.Source(name: Briefing.unnamedSource, articles: unnamed)) }

        return Briefing(intro: intro, timeline: timeline, events: events, planned: planned, chronological: chronological, quotes: quotes,
                        sources: sources, coverage: CoverageBuilder().coverage(events: events, articles: articles),
                        latestDate: articles.first?.date)
    }
}
