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

/// An event from an article's front matter, as the briefing's timeline shows it.
struct EventData: TemplateData {
    var dateISO: String
    var dateLong: String
    var text: String
    var anchor: String
    var articleTitle: String
    var source: String?

    func child(named name: String) -> Any? {
        switch name {
        case "dateISO": dateISO
        case "dateLong": dateLong
        case "text": text
        case "anchor": anchor
        case "articleTitle": articleTitle
        case "source": source
        default: nil
        }
    }
}
