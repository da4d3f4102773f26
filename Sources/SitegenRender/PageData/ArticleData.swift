/// An article as listings, its page and its briefing section show it.
struct ArticleData: TemplateData {
    var title: String
    var slug: String
    /// The article page's path, relative to the site root.
    var path: String
    /// Its section's id in the combined briefing.
    var anchor: String
    var dateISO: String
    var dateLong: String
    var dateShort: String
    var readingMinutes: Int
    var source: String?
    /// Only http(s) addresses; anything else is dropped.
    var sourceURL: String?
    var section: String?
    /// Nil where the body opens with it, on pages that show the body.
    var summary: String?
    /// Front-matter keys sitegen does not know, nil when there are none.
    var params: [String: String]?
    /// The last item of a list, for separators.
    var last = false

    /// On pages that show the article in full.
    var bodyHTML: String?
    var tags: TermList?
    var people: TermList?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "slug": slug
        case "path": path
        case "anchor": anchor
        case "dateISO": dateISO
        case "dateLong": dateLong
        case "dateShort": dateShort
        case "readingMinutes": readingMinutes
        case "source": source
        case "sourceURL": sourceURL
        case "section": section
        case "summary": summary
        case "params": params
        case "last": last
        case "bodyHTML": bodyHTML
        case "tags": tags
        case "people": people
        default: nil
        }
    }
}

/// An event of the story, as the briefing's timeline (merged across the articles that report
/// it) or the changes page (as one article reports it) shows it.
struct EventData: TemplateData {
    var dateISO: String
    var dateLong: String
    var text: String
    /// The first (or only) report's article.
    var anchor: String
    var articleTitle: String
    var source: String?
    /// Announced, not yet reported as done.
    var planned = false
    /// Every article that reports it, the first report first.
    var reports: [EventReportData] = []

    /// The fields the entry shows, in order, for `PageData.eventCacheKey`.
    var keyFields: [String] {
        var fields = [dateISO, dateLong, text, anchor, articleTitle, source == nil ? "0" : "1", source ?? "", planned ? "1" : "0", String(reports.count)]
        for report in reports {
            fields += [report.anchor, report.articleTitle, report.source, report.dateLong, report.first ? "1" : "0", report.last ? "1" : "0"]
        }
        return fields
    }

    func child(named name: String) -> Any? {
        switch name {
        case "dateISO": dateISO
        case "dateLong": dateLong
        case "text": text
        case "anchor": anchor
        case "articleTitle": articleTitle
        case "source": source
        case "planned": planned
        case "reports": reports
        case "reportCount": reports.count
        case "hasSeveralReports": reports.count > 1
        default: nil
        }
    }
}

/// One article's report of an event: which outlet reported it, and whether it did first.
struct EventReportData: TemplateData {
    var anchor: String
    var articleTitle: String
    /// The outlet, or the article's title when it names none.
    var source: String
    var dateLong: String
    var first: Bool
    var last: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "articleTitle": articleTitle
        case "source": source
        case "dateLong": dateLong
        case "first": first
        case "last": last
        default: nil
        }
    }
}
