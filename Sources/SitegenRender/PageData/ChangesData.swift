/// The changes page: what each day added to the briefing, newest first.
struct ChangesData: TemplateData {
    /// Days older than those shown.
    var olderDays: Int
    var days: [ChangeDayData]

    func child(named name: String) -> Any? {
        switch name {
        case "days": days
        case "hasDays": !days.isEmpty
        case "olderDays": olderDays > 0 ? olderDays : nil
        default: nil
        }
    }
}

/// One day of the change log.
struct ChangeDayData: TemplateData {
    var dateISO: String
    var dateLong: String
    /// `day-2025-11-20`: the day's id on the changes page.
    var anchor: String
    /// `2 articles, 1 event, 3 quotes`.
    var summary: String
    var articles: [ArticleData]
    var events: [EventData]
    var quotes: [ChangeQuoteData]

    func child(named name: String) -> Any? {
        switch name {
        case "dateISO": dateISO
        case "dateLong": dateLong
        case "anchor": anchor
        case "summary": summary
        case "articles": articles
        case "events": events
        case "hasEvents": !events.isEmpty
        case "quotes": quotes
        case "hasQuotes": !quotes.isEmpty
        default: nil
        }
    }
}

/// A statement first reported on a day.
struct ChangeQuoteData: TemplateData {
    var speaker: String
    var text: String
    /// The reporting article's page.
    var path: String
    var articleTitle: String

    func child(named name: String) -> Any? {
        switch name {
        case "speaker": speaker
        case "text": text
        case "path": path
        case "articleTitle": articleTitle
        default: nil
        }
    }
}
