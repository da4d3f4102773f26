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
        // What happened (articles and events), then what is planned, each linking to its first report.
        let entries = briefing.timeline.map { ($0.date, $0.isArticle ? nil : $0.text, $0.article, $0.isArticle ? "Articles" : "Events") }
            + briefing.planned.map { (briefing.events[$0].date, briefing.events[$0].text, briefing.events[$0].reports[0].article, "Planned") }
        let events = entries.map { date, eventText, articleIndex, group -> Slide in
            let article = model.articles[articleIndex]
            let link = "<a href=\"\(HTMLText.escape(model.config.baseURL.absolute(SitePaths.article(article.slug))))\">"
                + "\(HTMLText.escape(article.title))</a>"
            let base = "\(eventText == nil ? "article" : group == "Planned" ? "planned" : "event")-\(article.slug)"
            counts[base, default: 0] += 1
            let id = counts[base]! == 1 ? base : "\(base)-\(counts[base]!)"
            return Slide(startDate: DateParts(year: String(date.year), month: String(date.month), day: String(date.day)),
                         text: Text(headline: HTMLText.escape(eventText ?? article.title),
                                    text: eventText == nil ? (article.source.map { "\(HTMLText.escape($0)): " } ?? "") + link : "From " + link),
                         group: group, uniqueID: id)
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
