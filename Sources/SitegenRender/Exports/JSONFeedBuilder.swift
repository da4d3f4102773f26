import Foundation
import SitegenModel
import SitegenMarkdown

/// The site's JSON Feed 1.1 (`feed.json`), beside the Atom feed and with the same entries.
struct JSONFeedBuilder {
    struct Feed {
        var version = "https://jsonfeed.org/version/1.1"
        var title: String
        var homePageURL: String
        var feedURL: String
        var description: String?
        var language: String
        var authors: [Author]
        var items: [Item]
    }

    struct Author {
        var name: String
    }

    struct Item {
        var id: String
        var url: String
        var externalURL: String?
        var title: String
        var summary: String?
        var contentHTML: String
        var datePublished: String
        var authors: [Author]?
        var tags: [String]?
    }

    func build(model: SiteModel, bodies: [RenderedMarkdown]) -> Data {
        let config = model.config
        let base = config.baseURL
        let feed = Feed(
            title: config.title, homePageURL: base.absolute, feedURL: base.absolute(SitePaths.jsonFeed),
            description: config.description.isEmpty ? nil : config.description, language: config.language,
            authors: [Author(name: config.author.isEmpty ? config.title : config.author)],
            items: model.articles.indices.prefix(FeedBuilder.entryCount).map { index in
                let article = model.articles[index]
                let url = base.absolute(SitePaths.article(article.slug))
                return Item(id: url, url: url, externalURL: article.sourceURL.flatMap(PageText.safeExternalURL), title: article.title,
                            summary: article.summary, contentHTML: bodies[index].html, datePublished: article.date.rfc3339,
                            authors: article.source.map { [Author(name: $0)] }, tags: article.tags.isEmpty ? nil : article.tags)
            })
        return Data(Self.write(feed))
    }

    /// The feed, its keys sorted.
    private static func write(_ feed: Feed) -> [UInt8] {
        var out = JSONWriter(reservingCapacity: feed.items.reduce(4_096) { $0 + $1.contentHTML.utf8.count + 1_024 })
        out.beginObject()
        out.member("authors", feed.authors, write)
        out.member("description", feed.description)
        out.member("feed_url", feed.feedURL)
        out.member("home_page_url", feed.homePageURL)
        out.member("items", feed.items) { out, item in
            out.beginObject()
            if let authors = item.authors { out.member("authors", authors, write) }
            out.member("content_html", item.contentHTML)
            out.member("date_published", item.datePublished)
            out.member("external_url", item.externalURL)
            out.member("id", item.id)
            out.member("summary", item.summary)
            if let tags = item.tags { out.member("tags", tags) }
            out.member("title", item.title)
            out.member("url", item.url)
            out.endObject()
        }
        out.member("language", feed.language)
        out.member("title", feed.title)
        out.member("version", feed.version)
        out.endObject()
        return out.finished()
    }

    private static func write(_ out: inout JSONWriter, _ author: Author) {
        out.beginObject()
        out.member("name", author.name)
        out.endObject()
    }
}
