import Foundation
import SitegenModel
import SitegenMarkdown

/// The briefing's timeline in Knight Lab's TimelineJS format (`timeline.json`): every article's
/// publication and every event its front matter gives, each linking back to the article.
/// Load it with `new TL.Timeline(id, "…/timeline.json")`.
struct TimelineJSBuilder {
    struct Timeline: Encodable {
        var title: Slide
        var events: [Slide]
    }

    struct Slide: Encodable {
        var startDate: DateParts?
        var text: Text
        var group: String?
        var uniqueID: String?

        enum CodingKeys: String, CodingKey {
            case text, group
            case startDate = "start_date", uniqueID = "unique_id"
        }
    }

    /// TimelineJS's date: year, month and day as strings of digits.
    struct DateParts: Encodable {
        var year: String
        var month: String
        var day: String
    }

    struct Text: Encodable {
        var headline: String
        var text: String
    }

    func build(model: SiteModel) -> Data {
        let briefing = model.briefing
        var counts: [String: Int] = [:]
        let events = briefing.timeline.map { entry -> Slide in
            let article = model.articles[entry.article]
            let link = "<a href=\"\(HTMLText.escape(model.config.baseURL.absolute(SitePaths.article(article.slug))))\">"
                + "\(HTMLText.escape(article.title))</a>"
            let base = "\(entry.isArticle ? "article" : "event")-\(article.slug)"
            counts[base, default: 0] += 1
            let id = counts[base]! == 1 ? base : "\(base)-\(counts[base]!)"
            return Slide(startDate: DateParts(year: String(entry.date.year), month: String(entry.date.month), day: String(entry.date.day)),
                         text: Text(headline: HTMLText.escape(entry.isArticle ? article.title : entry.text),
                                    text: entry.isArticle ? (article.source.map { "\(HTMLText.escape($0)): " } ?? "") + link : "From " + link),
                         group: entry.isArticle ? "Articles" : "Events", uniqueID: id)
        }
        let title = Slide(text: Text(headline: HTMLText.escape(briefing.intro.title), text: HTMLText.escape(briefing.intro.summary ?? "")))
        return ExportJSON.encode(Timeline(title: title, events: events))
    }
}
