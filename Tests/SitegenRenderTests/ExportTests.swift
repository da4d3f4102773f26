import Foundation
import Testing
@testable import SitegenRender
@testable import SitegenMarkdown
@testable import SitegenModel
import SitegenTestSupport

@Suite("Exports")
struct ExportTests {
    static func model() -> SiteModel {
        var config = SiteConfig()
        config.title = "Talks"
        config.baseURL = BaseURL("https://example.org/b/")!
        let articles = [
            Article(slug: "second", path: "content/articles/second.md", title: "Second <day>", date: ContentDate("2025-11-20")!,
                    source: "Outlet", sourceURL: "javascript:alert(1)", tags: ["Kyiv"], people: ["Kaja Kallas"],
                    quotes: [.init(speaker: "Kaja Kallas", text: "We stand ready.")],
                    events: [.init(date: ContentDate("2025-11-18")!, text: "Envoys meet.")]),
            Article(slug: "first", path: "content/articles/first.md", title: "First", date: ContentDate("2025-11-18")!),
        ]
        return SiteModelBuilder().build(config: config, content: LoadedContent(articles: articles, briefing: BriefingIntro(title: "Talks")))
    }

    static func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func briefingJSONIsSnakeCaseSortedAndSafe() throws {
        let data = BriefingExport(model: Self.model(), readingMinutes: [1, 2]).json()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\"$schema\":\"https://example.org/b/briefing.schema.json\",\"articles\":["))
        let json = try Self.object(data)
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.map { $0["slug"] as? String } == ["second", "first"])
        #expect(articles[0]["source_url"] == nil, "a javascript: URL is not exported")
        #expect(articles[0]["reading_minutes"] as? Int == 1)
        let timeline = try #require(json["timeline"] as? [[String: Any]])
        #expect(timeline.map { "\($0["kind"]!) \($0["date"]!) \($0["article"]!)" }
                == ["event 2025-11-18 second", "article 2025-11-18 first", "article 2025-11-20 second"], "on one day, the events before the articles")
        #expect(BriefingExport(model: Self.model(), readingMinutes: [1, 2]).json() == data)
    }

    /// An incremental build writes `briefing.json` from each article's entry as the build cache
    /// kept it: entries made one at a time give the document made at once, byte for byte.
    @Test func briefingJSONJoinsEntriesMadeOnTheirOwn() throws {
        let model = Self.model()
        let whole = BriefingExport(model: model, readingMinutes: [1, 2]).json()
        let entries = model.articles.indices.map { BriefingExport.articleJSON(model.articles[$0], base: model.config.baseURL, readingMinutes: [1, 2][$0]) }
        #expect(BriefingExport(model: model, articleEntries: entries).json() == whole)
        let other = BriefingExport(model: model, articleEntries: entries.reversed()).json()
        #expect(other != whole)
        let articles = try #require(try Self.object(other)["articles"] as? [[String: Any]])
        #expect(articles.map { $0["slug"] as? String } == ["first", "second"], "each entry is a whole object, in the order given")
    }

    @Test func theTimelineHasTimelineJSDatesAndUniqueIDs() throws {
        let json = try Self.object(TimelineJSBuilder().build(model: Self.model()))
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.compactMap { ($0["start_date"] as? [String: String]).map { "\($0["year"]!)-\($0["month"]!)-\($0["day"]!)" } }
                == ["2025-11-18", "2025-11-18", "2025-11-20"])
        #expect(Set(events.compactMap { $0["unique_id"] as? String }).count == 3)
        let headline = try #require((events[2]["text"] as? [String: String])?["headline"])
        #expect(headline == "Second &lt;day&gt;")
    }

    @Test func theJSONFeedHasTheAtomFeedsEntries() throws {
        let model = Self.model()
        let bodies = model.articles.map { _ in RenderedMarkdown(html: "<p>Body</p>", wordCount: 1) }
        let json = try Self.object(JSONFeedBuilder().build(model: model, bodies: bodies))
        #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(json["feed_url"] as? String == "https://example.org/b/feed.json")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["https://example.org/b/articles/second/", "https://example.org/b/articles/first/"])
        #expect(items[0]["date_published"] as? String == "2025-11-20T00:00:00Z" && items[0]["content_html"] as? String == "<p>Body</p>")
    }

    /// Every export is the canonical JSON of its data: what Foundation's `JSONSerialization` writes
    /// for it with sorted keys, byte for byte. This proves the writer's escaping, its commas and
    /// that each export lists its keys in order, with strings that need escaping in every field.
    @Test func everyExportIsFoundationsSortedSerializationOfItsData() throws {
        var model = Self.model()
        let awkward = "Quote \"marks\", a back\\slash, a\nnew line, a\ttab, \u{01} a control, \u{2028}, é, 🇺🇦 and </script>"
        model.articles[0].title = awkward
        model.articles[0].summary = awkward
        model.articles[0].quotes = [.init(speaker: nil, text: awkward)]
        model.config.description = awkward
        let bodies = model.articles.map { _ in RenderedMarkdown(html: "<p>\(awkward)</p>", wordCount: 1) }
        let exports = [
            ("briefing.json", BriefingExport(model: model, readingMinutes: [1, 2]).json()),
            ("timeline.json", TimelineJSBuilder().build(model: model)),
            ("feed.json", JSONFeedBuilder().build(model: model, bodies: bodies)),
        ]
        for (name, data) in exports {
            let object = try JSONSerialization.jsonObject(with: data)
            let canonical = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) + Data("\n".utf8)
            #expect(String(decoding: data, as: UTF8.self) == String(decoding: canonical, as: UTF8.self), "\(name)")
        }
    }
}

/// The briefing's timeline entries, taken from a previous build when an event shows the same.
@Suite("Timeline entries reused")
struct TimelineEntryReuseTests {
    /// Renders the briefing page with `reused` entries; returns it and the entries rendered.
    static func briefing(reusing reused: [String: String]) throws -> (page: String, entries: [String: String]) {
        let site = try TemporaryDirectory()
        let theme = try ThemeLoader().load(siteDirectory: site.url)
        let pages = Pages()
        let result = try SiteRenderer(theme: theme).render(ExportTests.model(), reusingEvents: reused) { file in
            pages.add(file.path, String(decoding: file.contents, as: UTF8.self))
        }
        return (pages.page("briefing/index.html"), result.eventEntries)
    }

    @Test func anEventThatShowsTheSameTakesItsEntryFromThePreviousBuild() throws {
        let first = try Self.briefing(reusing: [:])
        #expect(first.entries.count == 1)
        let (key, entry) = try #require(first.entries.first)
        #expect(entry.contains("Envoys meet.") && first.page.contains(entry))
        #expect(key.count == 64 && key.allSatisfy(\.isHexDigit), "a SHA-256 in hex: \(key)")
        // The previous build's entry is used as it is (here marked, to tell it from a new render).
        let marked = entry.replacingOccurrences(of: "Envoys meet.", with: "Envoys meet (from the cache).")
        let second = try Self.briefing(reusing: [key: marked])
        #expect(second.page.contains("Envoys meet (from the cache)."))
        // An entry cached under another key (the event changed since) is not.
        let third = try Self.briefing(reusing: [key + "x": marked])
        #expect(!third.page.contains("from the cache") && third.page.contains(entry))
    }
}

/// The pages a render emits, from several threads.
private final class Pages: @unchecked Sendable {
    private let lock = NSLock()
    private var pages: [String: String] = [:]
    func add(_ path: String, _ text: String) { lock.withLock { pages[path] = text } }
    func page(_ path: String) -> String { lock.withLock { pages[path] ?? "" } }
}

/// The key a timeline entry is cached under.
struct EventCacheKeyTests {
    static func key(text: String = "Envoys meet.", title: String = "Talks", source: String? = "Outlet", hasPeople: Bool = false) -> String {
        var data = PageData(site: SiteData(title: "Briefing", language: "en", baseURL: "https://example.org/", tagsTitle: "Tags",
                                           peopleTitle: "People", description: nil, author: nil, hasPeople: hasPeople, search: true),
                            root: "../")
        data.event = EventData(dateISO: "2025-11-18", dateLong: "18 November 2025", text: text, anchor: "a", articleTitle: title,
                               source: source, reports: [EventReportData(anchor: "a", articleTitle: title, source: source ?? title,
                                                                         dateLong: "18 November 2025", first: true, last: true)])
        return data.eventCacheKey
    }

    @Test func everyValueTheEntryCanShowIsInTheKey() {
        #expect(Self.key() == Self.key())
        // A site value a theme can read (`{{#site.hasPeople}}`), though no event field changed.
        #expect(Self.key(hasPeople: true) != Self.key())
        #expect(Self.key(source: nil) != Self.key(source: ""))
        // The same text in another Unicode normalisation renders other bytes.
        #expect(Self.key(text: "Talks in Zu\u{308}rich.") != Self.key(text: "Talks in Z\u{FC}rich."))
        // A separator inside a field cannot make two keys alike.
        #expect(Self.key(title: "T\u{1F}X", source: "Y") != Self.key(title: "T", source: "X\u{1F}Y"))
    }
}
