import Foundation
import SitegenModel
import SitegenMarkdown

/// The site's JSON Feed 1.1 (`feed.json`), beside the Atom feed and with the same entries.
struct JSONFeedBuilder {
    struct Feed: Encodable {
        var version = "https://jsonfeed.org/version/1.1"
        var title: String
        var homePageURL: String
        var feedURL: String
        var description: String?
        var language: String
        var authors: [Author]
        var items: [Item]

        enum CodingKeys: String, CodingKey {
            case version, title, description, language, authors, items
            case homePageURL = "home_page_url", feedURL = "feed_url"
        }
    }

    struct Author: Encodable {
        var name: String
    }

    struct Item: Encodable {
        var id: String
        var url: String
        var externalURL: String?
        var title: String
        var summary: String?
        var contentHTML: String
        var datePublished: String
        var authors: [Author]?
        var tags: [String]?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, authors, tags
            case externalURL = "external_url", contentHTML = "content_html", datePublished = "date_published"
        }
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
        return ExportJSON.encode(feed)
    }
}
