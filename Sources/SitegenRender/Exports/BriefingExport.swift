import Foundation
import SitegenModel
import SitegenOutput

/// `briefing.json`: the whole briefing as data, for other tools — the site, every article's
/// facts (without bodies), the people and tags, the timeline, the quotes by speaker and the
/// sources. Its shape is published as a JSON Schema (`briefing.schema.json`, see
/// `BriefingSchema`); keys are snake_case and sorted, lists ordered, so the same content gives the
/// same bytes.
struct BriefingExport {
    struct Site {
        var title: String
        var description: String?
        var baseURL: String
        var language: String
        var author: String?
    }

    struct Intro {
        var title: String
        var summary: String?
        var keyPoints: [String]
        var latestDate: String?
    }

    struct StoryEvent {
        var date: String
        var text: String
        var planned: Bool
        /// Slugs, the first report first.
        var reportedBy: [String]
    }

    struct Term {
        var name: String
        var slug: String
        var url: String
        var role: String?
        /// Slugs of its articles, newest first.
        var articles: [String]
    }

    struct TimelineEntry {
        var date: String
        /// `article` for an article's publication, `event` for an event it reports.
        var kind: String
        var text: String
        var article: String
    }

    struct SpeakerQuotes {
        var speaker: String?
        var quotes: [QuoteRef]
    }

    struct QuoteRef {
        var text: String
        var article: String
        /// Later articles that repeat it, oldest first.
        var repeatedIn: [String]
    }

    struct Source {
        var name: String
        /// Slugs, oldest first.
        var articles: [String]
        var eventsReported: Int
        var reportedFirst: Int
    }

    static let version = 1

    var schema: String
    var version = Self.version
    var generator = "sitegen"
    var site: Site
    var briefing: Intro
    /// Each article's entry, as JSON: made on its own (`articleJSON`), so that an incremental
    /// build writes the entries of unchanged articles from the build cache.
    var articles: [TextPiece]
    var people: [Term]
    var tags: [Term]
    var events: [StoryEvent]
    var timeline: [TimelineEntry]
    var quotes: [SpeakerQuotes]
    var sources: [Source]

    /// `readingMinutes`: each article's, in model order.
    init(model: SiteModel, readingMinutes: [Int]) {
        self.init(model: model, articleEntries: model.articles.indices.map {
            Self.articleJSON(model.articles[$0], base: model.config.baseURL, readingMinutes: readingMinutes[$0])
        })
    }

    /// `articleEntries`: each article's entry in model order, as `articleJSON` makes it.
    init(model: SiteModel, articleEntries: [TextPiece]) {
        let config = model.config
        let base = config.baseURL
        let slugs = model.articles.map(\.slug)
        schema = base.absolute(SitePaths.briefingSchema)
        site = Site(title: config.title, description: config.description.isEmpty ? nil : config.description,
                    baseURL: base.absolute, language: config.language, author: config.author.isEmpty ? nil : config.author)
        let intro = model.briefing.intro
        briefing = Intro(title: intro.title, summary: intro.summary, keyPoints: intro.keyPoints,
                         latestDate: model.briefing.latestDate?.isoDate)
        articles = articleEntries
        people = model.people.terms.map {
            Term(name: $0.name, slug: $0.slug, url: base.absolute(SitePaths.person($0.slug)), role: $0.role, articles: $0.articles.map { slugs[$0] })
        }
        tags = model.tags.terms.map {
            Term(name: $0.name, slug: $0.slug, url: base.absolute(SitePaths.tag($0.slug)), role: $0.role, articles: $0.articles.map { slugs[$0] })
        }
        events = model.briefing.events.map { event in
            StoryEvent(date: event.date.isoDate, text: event.text, planned: event.planned, reportedBy: event.reports.map { slugs[$0.article] })
        }
        timeline = model.briefing.timeline.map {
            TimelineEntry(date: $0.date.description, kind: $0.isArticle ? "article" : "event", text: $0.text, article: slugs[$0.article])
        }
        quotes = model.briefing.quotes.map { group in
            SpeakerQuotes(speaker: group.speaker, quotes: group.quotes.map { QuoteRef(text: $0.text, article: slugs[$0.article], repeatedIn: $0.repeats.map { slugs[$0] }) })
        }
        let coverage = Dictionary(uniqueKeysWithValues: model.briefing.coverage.outlets.map { ($0.name, $0) })
        sources = model.briefing.sources.map {
            Source(name: $0.name, articles: $0.articles.map { slugs[$0] }, eventsReported: coverage[$0.name]?.events ?? 0,
                   reportedFirst: coverage[$0.name]?.first ?? 0)
        }
    }

    /// The JSON document: keys in sorted order (`$` sorts before letters, `_` before lower case).
    func json() -> Data {
        var out = JSONWriter(reservingCapacity: articles.count * 1_024 + 4_096)
        out.beginObject()
        out.member("$schema", schema)
        out.key("articles")
        out.beginArray()
        for entry in articles { out.raw(entry) }
        out.endArray()
        out.object("briefing") { out in
            out.member("key_points", briefing.keyPoints)
            out.member("latest_date", briefing.latestDate)
            out.member("summary", briefing.summary)
            out.member("title", briefing.title)
        }
        out.member("events", events) { out, event in
            out.beginObject()
            out.member("date", event.date)
            out.member("planned", event.planned)
            out.member("reported_by", event.reportedBy)
            out.member("text", event.text)
            out.endObject()
        }
        out.member("generator", generator)
        out.member("people", people, Self.write)
        out.member("quotes", quotes) { out, group in
            out.beginObject()
            out.member("quotes", group.quotes) { out, quote in
                out.beginObject()
                out.member("article", quote.article)
                out.member("repeated_in", quote.repeatedIn)
                out.member("text", quote.text)
                out.endObject()
            }
            out.member("speaker", group.speaker)
            out.endObject()
        }
        out.object("site") { out in
            out.member("author", site.author)
            out.member("base_url", site.baseURL)
            out.member("description", site.description)
            out.member("language", site.language)
            out.member("title", site.title)
        }
        out.member("sources", sources) { out, source in
            out.beginObject()
            out.member("articles", source.articles)
            out.member("events_reported", source.eventsReported)
            out.member("name", source.name)
            out.member("reported_first", source.reportedFirst)
            out.endObject()
        }
        out.member("tags", tags, Self.write)
        out.member("timeline", timeline) { out, entry in
            out.beginObject()
            out.member("article", entry.article)
            out.member("date", entry.date)
            out.member("kind", entry.kind)
            out.member("text", entry.text)
            out.endObject()
        }
        out.member("version", version)
        out.endObject()
        return Data(out.finished())
    }

    /// One article's entry in `articles`: its facts without its body, keys sorted, written from the article.
    static func articleJSON(_ article: Article, base: BaseURL, readingMinutes: Int) -> TextPiece {
        var out = JSONWriter(reservingCapacity: 1_024)
        out.beginObject()
        out.member("date", article.date.description)
        out.member("events", article.events) { out, event in
            out.beginObject()
            out.member("date", event.date.isoDate)
            out.member("found_in_text", event.found)
            out.member("planned", event.planned)
            out.member("sentence", event.sentence)
            out.member("text", event.text)
            out.endObject()
        }
        out.member("people", article.people)
        out.member("quotes", article.quotes) { out, quote in
            out.beginObject()
            out.member("speaker", quote.speaker)
            out.member("text", quote.text)
            out.endObject()
        }
        out.member("reading_minutes", readingMinutes)
        out.member("section", article.section)
        out.member("slug", article.slug)
        out.member("source", article.source)
        out.member("source_url", article.sourceURL.flatMap(PageText.safeExternalURL))
        out.member("summary", article.summary)
        out.member("tags", article.tags)
        out.member("title", article.title)
        out.member("url", base.absolute(SitePaths.article(article.slug)))
        out.endObject()
        return TextPiece(String(decoding: out.bytes, as: UTF8.self))
    }

    private static func write(_ out: inout JSONWriter, _ term: Term) {
        out.beginObject()
        out.member("articles", term.articles)
        out.member("name", term.name)
        out.member("role", term.role)
        out.member("slug", term.slug)
        out.member("url", term.url)
        out.endObject()
    }
}
