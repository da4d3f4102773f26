import Foundation
import SitegenModel
import SitegenMarkdown

/// The briefing's timeline in Knight Lab's TimelineJS format (`timeline.json`): every article's
/// publication and every event its front matter gives, each linking back to the article.
/// Load it with `new TL.Timeline(id, "…/timeline.json")`.
struct TimelineJSBuilder {
    struct Timeline {
        var title: Slide
        var events: [Slide]
    }

    struct Slide {
        var startDate: DateParts?
        var text: Text
        var group: String?
        var uniqueID: String?
    }

    /// TimelineJS's date: year, month and day as strings of digits.
    struct DateParts {
        var year: String
        var month: String
        var day: String
    }

    struct Text {
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
        var out = JSONWriter(reservingCapacity: events.count * 512 + 1_024)
        out.beginObject()
        out.member("events", events, Self.write)
        out.key("title")
        Self.write(&out, title)
        out.endObject()
        return Data(out.finished())
    }

    /// A slide, its keys sorted.
    private static func write(_ out: inout JSONWriter, _ slide: Slide) {
        out.beginObject()
        out.member("group", slide.group)
        if let date = slide.startDate {
            out.object("start_date") { out in
                out.member("day", date.day)
                out.member("month", date.month)
                out.member("year", date.year)
            }
        }
        out.object("text") { out in
            out.member("headline", slide.text.headline)
            out.member("text", slide.text.text)
        }
        out.member("unique_id", slide.uniqueID)
        out.endObject()
    }
}
