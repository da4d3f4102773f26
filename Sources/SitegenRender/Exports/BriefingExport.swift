import Foundation
import SitegenModel

/// `briefing.json`: the whole briefing as data, for other tools — the site, every article's
/// facts (without bodies), the people and tags, the timeline, the quotes by speaker and the
/// sources. Its shape is published as a JSON Schema (`briefing.schema.json`, see
/// `BriefingSchema`); keys are sorted and lists ordered, so the same content gives the same bytes.
struct BriefingExport: Encodable {
    struct Site: Encodable {
        var title: String
        var description: String?
        var baseURL: String
        var language: String
        var author: String?
    }

    struct Intro: Encodable {
        var title: String
        var summary: String?
        var keyPoints: [String]
        var latestDate: String?
    }

    struct ArticleEntry: Encodable {
        var slug: String
        var url: String
        var title: String
        var date: String
        var source: String?
        var sourceURL: String?
        var section: String?
        var summary: String?
        var tags: [String]
        var people: [String]
        var quotes: [Quote]
        var events: [Event]
        var readingMinutes: Int
    }

    struct Quote: Encodable {
        var speaker: String?
        var text: String
    }

    struct Event: Encodable {
        var date: String
        var text: String
    }

    struct Term: Encodable {
        var name: String
        var slug: String
        var url: String
        var role: String?
        /// Slugs of its articles, newest first.
        var articles: [String]
    }

    struct TimelineEntry: Encodable {
        var date: String
        /// `article` for an article's publication, `event` for an event it reports.
        var kind: String
        var text: String
        var article: String
    }

    struct SpeakerQuotes: Encodable {
        var speaker: String?
        var quotes: [QuoteRef]
    }

    struct QuoteRef: Encodable {
        var text: String
        var article: String
        /// Later articles that repeat it, oldest first.
        var repeatedIn: [String]
    }

    struct Source: Encodable {
        var name: String
        /// Slugs, oldest first.
        var articles: [String]
    }

    static let version = 1

    var schema: String
    var version = Self.version
    var generator = "sitegen"
    var site: Site
    var briefing: Intro
    var articles: [ArticleEntry]
    var people: [Term]
    var tags: [Term]
    var timeline: [TimelineEntry]
    var quotes: [SpeakerQuotes]
    var sources: [Source]

    init(model: SiteModel, readingMinutes: [Int]) {
        let config = model.config
        let base = config.baseURL
        let slugs = model.articles.map(\.slug)
        schema = base.absolute(SitePaths.briefingSchema)
        site = Site(title: config.title, description: config.description.isEmpty ? nil : config.description,
                    baseURL: base.absolute, language: config.language, author: config.author.isEmpty ? nil : config.author)
        let intro = model.briefing.intro
        briefing = Intro(title: intro.title, summary: intro.summary, keyPoints: intro.keyPoints,
                         latestDate: model.briefing.latestDate?.isoDate)
        articles = model.articles.indices.map { index in
            let article = model.articles[index]
            return ArticleEntry(slug: article.slug, url: base.absolute(SitePaths.article(article.slug)), title: article.title,
                                date: article.date.description, source: article.source,
                                sourceURL: article.sourceURL.flatMap(PageText.safeExternalURL), section: article.section,
                                summary: article.summary, tags: article.tags, people: article.people,
                                quotes: article.quotes.map { Quote(speaker: $0.speaker, text: $0.text) },
                                events: article.events.map { Event(date: $0.date.description, text: $0.text) },
                                readingMinutes: readingMinutes[index])
        }
        people = model.people.terms.map {
            Term(name: $0.name, slug: $0.slug, url: base.absolute(SitePaths.person($0.slug)), role: $0.role, articles: $0.articles.map { slugs[$0] })
        }
        tags = model.tags.terms.map {
            Term(name: $0.name, slug: $0.slug, url: base.absolute(SitePaths.tag($0.slug)), role: $0.role, articles: $0.articles.map { slugs[$0] })
        }
        timeline = model.briefing.timeline.map {
            TimelineEntry(date: $0.date.description, kind: $0.isArticle ? "article" : "event", text: $0.text, article: slugs[$0.article])
        }
        quotes = model.briefing.quotes.map { group in
            SpeakerQuotes(speaker: group.speaker, quotes: group.quotes.map { QuoteRef(text: $0.text, article: slugs[$0.article], repeatedIn: $0.repeats.map { slugs[$0] }) })
        }
        sources = model.briefing.sources.map { Source(name: $0.name, articles: $0.articles.map { slugs[$0] }) }
    }

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, generator, site, briefing, articles, people, tags, timeline, quotes, sources
    }

    /// snake_case keys.
    func json() -> Data {
        ExportJSON.encode(self, snakeCaseKeys: true)
    }
}
