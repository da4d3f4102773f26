/// The combined briefing: its head on the home page, and every part on the briefing page.
struct BriefingData: TemplateData {
    var title: String
    var summary: String?
    var keyPoints: [String]
    var introHTML: String
    var articleCount: Int
    /// Named sources only.
    var sourceCount: Int
    var latestDate: String?
    var latestDateISO: String?
    /// How many of the newest articles the briefing shows in full (all of them when there are
    /// no more than `briefing.full_articles` in `site.yml`).
    var fullArticles: Int?

    /// The briefing page's parts; nil on the home page.
    var parts: Parts?

    struct Parts: Sendable {
        var articles: [ArticleData]
        /// Joined pieces of every article (see `BriefingPieces`), placed with `{{{…}}}`.
        var contentsHTML: String
        var sectionsHTML: String
        var timelineHTML: String
        /// The planned events' entries, apart from the timeline of what happened.
        var plannedHTML: String
        var people: [PersonData]
        var quotes: [QuoteGroupData]
        var sources: [SourceData]
        var coverage: CoverageData
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "summary": summary
        case "keyPoints": keyPoints
        case "hasKeyPoints": !keyPoints.isEmpty
        case "introHTML": introHTML
        case "articleCount": articleCount
        case "sourceCount": sourceCount
        case "articlesLabel": Self.count(articleCount, "article", "articles")
        case "sourcesLabel": sourceCount == 0 ? "no named source" : Self.count(sourceCount, "source", "sources")
        case "latestDate": latestDate
        case "latestDateISO": latestDateISO
        case "shortened": fullArticles.map { $0 < articleCount }
        case "fullArticles": fullArticles
        case "articles": parts?.articles
        case "contentsHTML": parts?.contentsHTML
        case "sectionsHTML": parts?.sectionsHTML
        case "timelineHTML": parts?.timelineHTML
        case "plannedHTML": parts?.plannedHTML
        case "hasPlanned": parts.map { !$0.plannedHTML.isEmpty }
        case "people": parts?.people
        case "hasPeople": parts.map { !$0.people.isEmpty }
        case "quotes": parts?.quotes
        case "hasQuotes": parts.map { !$0.quotes.isEmpty }
        case "sources": parts?.sources
        case "coverage": parts?.coverage
        case "hasCoverage": parts.map { !$0.coverage.outlets.isEmpty || $0.coverage.events > 0 }
        default: nil
        }
    }

    /// `1 article`, `3 articles`.
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}

/// A person in the briefing's who's who, with the articles that name them.
struct PersonData: TemplateData {
    var name: String
    var path: String
    var role: String?
    var articles: [ArticleReference]

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "path": path
        case "role": role
        case "articles": articles
        default: nil
        }
    }
}

/// A link to an article: to its section of the briefing, or to its page.
struct ArticleReference: TemplateData {
    var title: String
    var anchor: String
    var path: String
    var last: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "anchor": anchor
        case "path": path
        case "last": last
        default: nil
        }
    }
}

/// One speaker's quotes.
struct QuoteGroupData: TemplateData {
    var speaker: String
    /// The speaker's page, when they are one of the site's people.
    var speakerPath: String?
    var role: String?
    var quotes: [QuoteData]

    func child(named name: String) -> Any? {
        switch name {
        case "speaker": speaker
        case "speakerPath": speakerPath
        case "role": role
        case "quotes": quotes
        default: nil
        }
    }
}

/// One statement of the quote ledger: the article that reported it first, and the later ones
/// that repeat it.
struct QuoteData: TemplateData {
    var text: String
    var anchor: String
    var path: String
    var articleTitle: String
    var source: String?
    var date: String
    var repeatedIn: [ArticleReference]

    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "anchor": anchor
        case "path": path
        case "articleTitle": articleTitle
        case "source": source
        case "date": date
        case "repeatedIn": repeatedIn
        case "hasRepeats": !repeatedIn.isEmpty
        default: nil
        }
    }
}

/// One source and its articles.
struct SourceData: TemplateData {
    var name: String
    var articles: [ArticleData]
    var itemsHTML: String

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "articles": articles
        case "itemsHTML": itemsHTML
        default: nil
        }
    }
}

/// Source coverage: each outlet's counts, and the events several outlets report.
struct CoverageData: TemplateData {
    var outlets: [OutletData]
    /// The outlets that are the table's columns: those that report a row's event, at most 8.
    var columns: [String]
    var rows: [CoverageRowData]
    var sharedEvents: Int
    var singleEvents: Int
    /// All the story's events, also those of articles without a source.
    var events: Int

    func child(named name: String) -> Any? {
        switch name {
        case "outlets": outlets
        case "hasOutlets": !outlets.isEmpty
        case "columns": columns
        case "rows": rows
        case "hasRows": !rows.isEmpty
        case "shownRows": rows.count
        case "moreRows": rows.count < sharedEvents
        case "moreColumns": rows.contains { $0.otherOutlets > 0 }
        case "summary": summary
        default: nil
        }
    }

    /// `2 events are reported by more than one outlet, 5 by one.`
    var summary: String {
        if outlets.isEmpty {
            return "None of the articles names its outlet (no source in their front matter), so what each outlet reported cannot be shown."
        }
        let events = sharedEvents + singleEvents
        if events == 0 { return "No dated events were found in the articles of named outlets." }
        return "Of \(BriefingData.count(events, "event", "events")) in the articles, "
            + "\(sharedEvents) \(sharedEvents == 1 ? "is" : "are") reported by more than one outlet and \(singleEvents) by one."
    }
}

struct OutletData: TemplateData {
    var name: String
    var articles: Int
    var events: Int
    var first: Int

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "articles": articles
        case "events": events
        case "first": first
        default: nil
        }
    }
}

/// One event several outlets report, with a cell per column outlet.
struct CoverageRowData: TemplateData {
    var dateISO: String
    var dateShort: String
    var text: String
    var cells: [CoverageCellData]
    /// Outlets beyond the columns that report it too.
    var otherOutlets: Int

    func child(named name: String) -> Any? {
        switch name {
        case "dateISO": dateISO
        case "dateShort": dateShort
        case "text": text
        case "cells": cells
        case "otherOutlets": otherOutlets > 0 ? otherOutlets : nil
        default: nil
        }
    }
}

/// Whether one outlet reported one event: the anchor of its first article that does, and
/// whether it was the first outlet to.
struct CoverageCellData: TemplateData {
    var outlet: String
    var anchor: String?
    var articleTitle: String?
    var date: String?
    var first: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "outlet": outlet
        case "reported": anchor != nil
        case "anchor": anchor
        case "articleTitle": articleTitle
        case "date": date
        case "first": first
        default: nil
        }
    }
}
