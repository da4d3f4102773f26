/// What each day added to the briefing, newest day first: the articles published that day, the
/// events they report, and the statements first reported in them. Derived from the content
/// alone — no clock — so the same content gives the same log.
public struct ChangeLog: Sendable {
    public struct Day: Sendable {
        /// The day (articles with a time of day are counted on their date).
        public var date: ContentDate
        /// Articles published that day, in model order (newest first).
        public var articles: [Int]
        /// Events the day's articles report: (article, index in its `events`).
        public var events: [(article: Int, event: Int)]
        /// Statements of the quote ledger first reported that day: (speaker, statement).
        public var statements: [(speaker: String?, quote: Briefing.QuoteRef)]

        /// `2 articles, 1 event, 3 quotes`, leaving out what the day has none of.
        public var summary: String {
            [(articles.count, "article"), (events.count, "event"), (statements.count, "quote")]
                .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: ", ")
        }
    }

    public var days: [Day]

    public init(articles: [Article], briefing: Briefing) {
        var byDay: [String: Day] = [:]
        for (index, article) in articles.enumerated() {
            let key = article.date.isoDate
            var day = byDay[key] ?? Day(date: ContentDate(key) ?? article.date, articles: [], events: [], statements: [])
            day.articles.append(index)
            day.events += article.events.indices.map { (index, $0) }
            byDay[key] = day
        }
        for group in briefing.quotes {
            for quote in group.quotes {
                byDay[articles[quote.article].date.isoDate]?.statements.append((group.speaker, quote))
            }
        }
        days = byDay.values.sorted { $0.date > $1.date }
    }
}
