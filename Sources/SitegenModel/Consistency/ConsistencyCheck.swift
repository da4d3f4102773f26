import Foundation

/// Warnings about an article's facts that a build can tell are doubtful, each at `path:line`:
/// a date in its text whose day and month are close to the article's own date but whose year is
/// not (`November 30, 2023` in an article of 29 November 2025: a slip of the year), and an
/// article with no named source.
public enum ConsistencyCheck {
    /// How close, in days, a stated day and month must be to the article's date to count as the
    /// same moment in another year.
    public static let nearDays = 45

    /// Warnings from the article's front matter (always known, also for an article the cache
    /// kept without its body).
    public static func frontMatterWarnings(_ article: Article) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        if article.source == nil && !article.draft {
            warnings.append(.warning("no `source`: the briefing lists it under no named source; add the outlet's name",
                                     at: SourceLocation(path: article.path, line: 1)))
        }
        if let summary = article.summary {
            warnings += yearSlips(in: summary, article: article, line: { _ in article.summaryLine ?? 1 }, place: "summary")
        }
        return warnings
    }

    /// Warnings from the article's body (only when it was read): year slips, and its people's
    /// surnames spelled another way in the summary or the text (`names`, from the gazetteer).
    public static func bodyWarnings(_ article: Article, names: NameVariants = NameVariants(gazetteer: Gazetteer())) -> [Diagnostic] {
        yearSlips(in: article.body, article: article, line: { article.bodyFirstLine + $0 - 1 }, place: "text")
            + names.textWarnings(article)
    }

    static func yearSlips(in text: String, article: Article, line: (Int) -> Int, place: String) -> [Diagnostic] {
        StatedDate.all(in: text).compactMap { stated in
            guard !isNear(stated, article.date), let corrected = closestInArticleYears(stated, article.date) else { return nil }
            return .warning("the \(place) says \(stated.text), far from the article's date \(article.date.isoDate) "
                            + "but with nearly its day and month: is the year wrong (\(corrected))?",
                            at: SourceLocation(path: article.path, line: line(stated.line)))
        }
    }

    /// Gregorian, in UTC: dates here are days, not moments.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func isNear(_ stated: StatedDate, _ date: ContentDate) -> Bool {
        guard let a = calendar.date(from: DateComponents(year: stated.year, month: stated.month, day: stated.day)),
              let b = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else { return false }
        return abs(a.timeIntervalSince(b)) <= Double(nearDays) * 86_400
    }

    /// The stated day and month in the article's year (or the year before or after, across New
    /// Year), when that is within `nearDays` of the article's date and the stated year is not.
    static func closestInArticleYears(_ stated: StatedDate, _ date: ContentDate) -> String? {
        guard let articleDay = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else { return nil }
        // A date written as it is, close to the article's, is no slip (31 December in an article of 5 January).
        for year in [date.year, date.year - 1, date.year + 1] where year != stated.year {
            guard let candidate = calendar.date(from: DateComponents(year: year, month: stated.month, day: stated.day)),
                  calendar.component(.day, from: candidate) == stated.day else { continue }
            if abs(candidate.timeIntervalSince(articleDay)) <= Double(nearDays) * 86_400 {
                return String(format: "%04d-%02d-%02d", year, stated.month, stated.day)
            }
        }
        return nil
    }
}

extension ConsistencyCheck {
    /// Warnings across articles, on the model's articles (names resolved by the gazetteer): one
    /// statement (as `QuoteMatcher` matches them) given to two speakers, reported where the later
    /// article gives it; one event dated two ways; one person's name written two ways (`names`).
    public static func crossArticleWarnings(_ articles: [Article], names: NameVariants = NameVariants(gazetteer: Gazetteer())) -> [Diagnostic] {
        struct Said { var speaker: String; var words: [String]; var article: Int; var line: Int? }
        let matcher = QuoteMatcher()
        let order = articles.indices.sorted { (articles[$0].date, articles[$0].path) < (articles[$1].date, articles[$1].path) }
        var said: [Said] = []
        for index in order {
            for quote in articles[index].quotes {
                guard let speaker = quote.speaker else { continue }
                said.append(Said(speaker: speaker, words: matcher.words(quote.text), article: index, line: quote.line))
            }
        }
        // Candidates share a run of three words; runs that many quotes share say nothing.
        var byRun: [[String]: [Int]] = [:]
        for (number, quote) in said.enumerated() where quote.words.count >= 3 {
            for start in 0...(quote.words.count - 3) { byRun[Array(quote.words[start..<start + 3]), default: []].append(number) }
        }
        var warnings: [Diagnostic] = []
        var reported = Set<Int>()
        for (number, quote) in said.enumerated() where !reported.contains(number) {
            var candidates = Set<Int>()
            if quote.words.count >= 3 {
                for start in 0...(quote.words.count - 3) {
                    let list = byRun[Array(quote.words[start..<start + 3])] ?? []
                    if list.count <= 50 { candidates.formUnion(list.filter { $0 < number }) }
                }
            }
            guard let earlier = candidates.sorted().first(where: {
                Slug.make(said[$0].speaker) != Slug.make(quote.speaker) && matcher.same(said[$0].words, quote.words)
            }) else { continue }
            reported.insert(number)
            let other = said[earlier]
            warnings.append(.warning("this quote is given to \(quote.speaker) here and to \(other.speaker) in "
                                     + "\(articles[other.article].path)\(other.line.map { ":\($0)" } ?? ""): which said it?",
                                     at: SourceLocation(path: articles[quote.article].path, line: quote.line)))
        }
        return warnings + eventDateDisagreements(articles, order: order) + names.frontMatterWarnings(articles, order: order)
    }

    /// How many days apart two reports of one event may date it and still be read as the same event.
    static let eventDateSpread = 7

    /// One event that two articles date differently (`met on Thursday (November 20)` and `met on
    /// November 21`): the same people and places and most of the same words, a few days apart.
    /// Reported where the later article dates it.
    static func eventDateDisagreements(_ articles: [Article], order: [Int]) -> [Diagnostic] {
        // Each report as the indices of its article and event, with what the search reads of it kept in
        // arrays of their own: at 10,000 articles there are tens of thousands of reports, and copying
        // each report's event (five counted references) cost more than the search.
        var articleOf: [Int] = [], eventOf: [Int] = [], dayOf: [Int] = [], plannedOf: [Bool] = []
        var signatureOf: [EventSignature] = []
        for index in order {
            for (number, event) in articles[index].events.enumerated() {
                articleOf.append(index)
                eventOf.append(number)
                dayOf.append(event.date.dayNumber)
                plannedOf.append(event.planned)
                signatureOf.append(event.signature)
            }
        }
        // Candidates share a name and lie a few days apart: reports by name and day. A name that
        // many events of one day share says nothing.
        struct NameDay: Hashable { var name: UInt64; var day: Int }
        var namesByDay: [NameDay: [Int]] = [:]
        for number in signatureOf.indices {
            for name in signatureOf[number].names { namesByDay[NameDay(name: name, day: dayOf[number]), default: []].append(number) }
        }
        // Each report's earlier report of the same event, found on all cores (the index is only read).
        let (reportArticle, reportEvent, reportDay, reportPlanned) = (articleOf, eventOf, dayOf, plannedOf)
        let (signatures, byNameDay) = (signatureOf, namesByDay)
        let earlierReports = ParallelMap.map(Array(signatures.indices)) { number -> Int? in
            let day = reportDay[number]
            var candidates: [Int] = []
            for name in signatures[number].names {
                for apart in 1...eventDateSpread {
                    for other in [day - apart, day + apart] {
                        guard let list = byNameDay[NameDay(name: name, day: other)], list.count <= 50 else { continue }
                        candidates.append(contentsOf: list.lazy.filter { $0 < number })
                    }
                }
            }
            guard !candidates.isEmpty else { return nil }
            candidates.sort()
            var previous = -1
            for other in candidates where other != previous {
                previous = other
                if reportArticle[other] != reportArticle[number], reportPlanned[other] == reportPlanned[number],
                   sameEvent(signatures[other], signatures[number]) { return other }
            }
            return nil
        }
        var warnings: [Diagnostic] = []
        for (number, earlier) in earlierReports.enumerated() {
            guard let earlier else { continue }
            let report = articles[reportArticle[number]].events[reportEvent[number]]
            let other = articles[reportArticle[earlier]].events[reportEvent[earlier]]
            warnings.append(.warning("this event is dated \(report.date.isoDate) here but \(other.date.isoDate) in "
                                     + "\(articles[reportArticle[earlier]].path)\(other.line.map { ":\($0)" } ?? ""): which date is right?",
                                     at: SourceLocation(path: articles[reportArticle[number]].path, line: report.line)))
        }
        return warnings
    }

    /// Stricter than merging on one day: two names in common and half the distinctive words.
    static func sameEvent(_ a: EventSignature, _ b: EventSignature) -> Bool {
        a.sharedNames(b) >= 2 && a.wordOverlap(b) >= 0.4
    }
}
