import SitegenModel
import SitegenMarkdown
import SitegenOutput

/// Builds what each template sees, as typed `PageData`, from the site model. Templates hold
/// no logic beyond sections and partials: every value they show is computed here.
struct PageDataBuilder: Sendable {
    let model: SiteModel
    let bodies: [RenderedMarkdown]
    let introHTML: String
    private let site: SiteData
    /// Per article, the values every listing of it shows; built once.
    private let listings: [ArticleData]
    /// Per article, whether its body opens with its summary (see `withBody`); decided once.
    private let summaryOpensBody: [Bool]

    init(model: SiteModel, bodies: [RenderedMarkdown], introHTML: String) {
        self.model = model
        self.bodies = bodies
        self.introHTML = introHTML
        let config = model.config
        site = SiteData(title: config.title, language: config.language, baseURL: config.baseURL.absolute,
                        tagsTitle: config.tagsTitle, peopleTitle: config.peopleTitle,
                        description: config.description.isEmpty ? nil : config.description,
                        author: config.author.isEmpty ? nil : config.author,
                        hasPeople: !model.people.terms.isEmpty, search: config.searchEnabled)
        summaryOpensBody = ParallelMap.map(Array(zip(model.articles.map(\.summary), bodies.map(\.html)))) { summary, html in
            summary.map { PageText.opens(html, with: $0) } ?? false
        }
        listings = zip(model.articles, bodies).map { article, body in
            ArticleData(title: article.title, slug: article.slug, path: SitePaths.article(article.slug),
                        anchor: Self.anchor(article), dateISO: article.date.isoDate, dateLong: article.date.long,
                        dateShort: article.date.short, readingMinutes: body.readingMinutes,
                        source: article.source, sourceURL: article.sourceURL.flatMap(PageText.safeExternalURL),
                        section: article.section, summary: article.summary,
                        params: article.extra.isEmpty ? nil : article.extra)
        }
    }

    static func anchor(_ article: Article) -> String { "article-\(article.slug)" }

    // MARK: shared parts

    /// The data every page has: site, root, page (title, description, canonical URL…), nav.
    func base(pagePath: String, kind: String, title: String, description: String?,
              ogType: String = "website", published: ContentDate? = nil, absoluteRoot: Bool = false) -> PageData {
        let config = model.config
        let own = PageText.oneLine(description ?? "")
        let page = PageMetadata(title: title, fullTitle: kind == "home" ? title : "\(title) · \(config.title)",
                                description: own.isEmpty ? PageText.oneLine(config.description.isEmpty ? config.title : config.description) : own,
                                canonical: config.baseURL.absolute(pagePath), kind: kind, ogType: ogType,
                                published: published?.rfc3339)
        return PageData(site: site, root: absoluteRoot ? config.baseURL.path : SitePaths.root(from: pagePath), page: page)
    }

    func termLinks(_ names: [String], in index: TermIndex, pathFor: (String) -> String) -> TermList {
        TermList(items: names.compactMap { name in
            index.term(slug: Slug.make(name)).map { TermItem(name: $0.name, path: pathFor($0.slug)) }
        })
    }

    func topTerms(_ terms: [Term], pathFor: (String) -> String) -> TermList {
        TermList(items: terms.map { TermItem(name: $0.name, path: pathFor($0.slug), count: $0.articles.count) })
    }

    func briefingHead() -> BriefingData {
        let intro = model.briefing.intro
        let latest = model.briefing.latestDate
        return BriefingData(title: intro.title, summary: intro.summary, keyPoints: intro.keyPoints, introHTML: introHTML,
                            articleCount: model.articles.count,
                            sourceCount: model.briefing.sources.filter { $0.name != Briefing.unnamedSource }.count,
                            latestDate: latest?.long, latestDateISO: latest?.isoDate)
    }

    // MARK: pages

    func home() -> PageData {
        let config = model.config
        var data = base(pagePath: "", kind: "home", title: config.title,
                        description: model.briefing.intro.summary ?? config.description)
        data.briefing = briefingHead()
        data.articles = model.articles.indices.prefix(config.homeArticleCount).map { listings[$0] }
        data.topTags = topTerms(model.tags.top(config.homeTagCount), pathFor: SitePaths.tag)
        data.topPeople = topTerms(model.people.top(config.homeTagCount), pathFor: SitePaths.person)
        return data
    }

    func article(_ index: Int) -> PageData {
        let article = model.articles[index]
        var data = base(pagePath: SitePaths.article(article.slug), kind: "article", title: article.title,
                        description: article.summary ?? HTMLText.plain(String(bodies[index].html.prefix(600))),
                        ogType: "article", published: article.date)
        var values = withBody(index)
        values.bodyHTML = bodies[index].html
        values.tags = termLinks(article.tags, in: model.tags, pathFor: SitePaths.tag)
        values.people = termLinks(article.people, in: model.people, pathFor: SitePaths.person)
        data.article = values
        return data
    }

    enum Taxonomy: Sendable {
        case tags, people

        var path: String { self == .tags ? SitePaths.tags : SitePaths.people }
        var kind: String { self == .tags ? "tags" : "people" }
        func termPath(_ slug: String) -> String { self == .tags ? SitePaths.tag(slug) : SitePaths.person(slug) }
    }

    func index(of taxonomy: Taxonomy) -> TermIndex { taxonomy == .tags ? model.tags : model.people }
    func title(of taxonomy: Taxonomy) -> String { taxonomy == .tags ? model.config.tagsTitle : model.config.peopleTitle }

    func terms(_ taxonomy: Taxonomy) -> PageData {
        let title = self.title(of: taxonomy)
        var data = base(pagePath: taxonomy.path, kind: taxonomy.kind, title: title,
                        description: "\(title) in \(model.config.title), with the number of articles for each.")
        data.taxonomy = TaxonomyData(title: title, path: taxonomy.path, terms: index(of: taxonomy).terms.map {
            TermItem(name: $0.name, path: taxonomy.termPath($0.slug), count: $0.articles.count, role: $0.role)
        })
        return data
    }

    func term(_ term: Term, of taxonomy: Taxonomy) -> PageData {
        let count = term.articles.count
        var data = base(pagePath: taxonomy.termPath(term.slug), kind: taxonomy.kind, title: term.name,
                        description: "\(BriefingData.count(count, "article", "articles")) about \(term.name) in \(model.config.title).")
        data.term = TermData(name: term.name, slug: term.slug, count: count, role: term.role,
                             quotes: taxonomy == .people ? quotes(of: term) : [])
        data.taxonomy = TaxonomyData(title: title(of: taxonomy), path: taxonomy.path)
        data.articles = term.articles.map { listings[$0] }
        return data
    }

    /// A statement of the quote ledger as pages show it.
    func quoteData(_ quote: Briefing.QuoteRef) -> QuoteData {
        let article = model.articles[quote.article]
        return QuoteData(text: quote.text, anchor: Self.anchor(article), path: SitePaths.article(article.slug),
                         articleTitle: article.title, source: article.source, date: article.date.long,
                         repeatedIn: quote.repeats.enumerated().map { position, index in
                             ArticleReference(title: model.articles[index].title, anchor: Self.anchor(model.articles[index]),
                                              path: SitePaths.article(model.articles[index].slug), last: position == quote.repeats.count - 1)
                         })
    }

    /// A person's statements, from the ledger.
    func quotes(of term: Term) -> [QuoteData] {
        model.briefing.quotes.first { $0.speaker.map { Slug.make($0) } == term.slug }?.quotes.map(quoteData) ?? []
    }

    /// How many of the newest days the changes page shows; older ones are in the briefing.
    static let changeDays = 60

    /// The changes page, from the content's change log.
    func changes() -> PageData {
        var data = base(pagePath: SitePaths.changes, kind: "changes", title: "What changed",
                        description: "What each day added to \(model.config.title): new articles, the events they report and new quotes.")
        let log = model.changeLog.days
        data.changes = ChangesData(olderDays: max(0, log.count - Self.changeDays), days: log.prefix(Self.changeDays).map { day in
            ChangeDayData(
                dateISO: day.date.isoDate, dateLong: day.date.long, anchor: "day-\(day.date.isoDate)",
                summary: day.summary,
                articles: day.articles.map { listings[$0] },
                events: day.events.map { entry in
                    let article = model.articles[entry.article], event = article.events[entry.event]
                    return EventData(dateISO: event.date.isoDate, dateLong: event.date.long, text: event.text,
                                     anchor: Self.anchor(article), articleTitle: article.title, source: article.source)
                },
                quotes: day.statements.map { statement in
                    let article = model.articles[statement.quote.article]
                    return ChangeQuoteData(speaker: statement.speaker ?? "Unattributed", text: statement.quote.text,
                                           path: SitePaths.article(article.slug), articleTitle: article.title)
                })
        })
        return data
    }

    func notFound() -> PageData {
        base(pagePath: SitePaths.notFound, kind: "404", title: "Page not found",
             description: "There is no page at this address.", absoluteRoot: true)
    }

    /// The briefing page, from every article's rendered pieces (in model order) and each
    /// event's rendered entry (in the order of `Briefing.events`).
    func briefing(pieces: [BriefingPieces], eventEntries: [String]) -> PageData {
        let briefing = model.briefing
        var data = base(pagePath: SitePaths.briefing, kind: "briefing", title: briefing.intro.title,
                        description: briefing.intro.summary ?? model.config.description,
                        ogType: "article", published: briefing.latestDate)
        let timeline = briefing.timeline.map { entry in
            entry.isArticle ? pieces[entry.article].timelineItem : TextPiece(entry.event.map { eventEntries[$0] } ?? "")
        }
        let planned = briefing.planned.map { TextPiece(eventEntries[$0]) }
        let people = model.people.terms.map { term in
            let named = term.articles.reversed()
            return PersonData(name: term.name, path: SitePaths.person(term.slug), role: term.role,
                              articles: named.enumerated().map { position, index in
                                  ArticleReference(title: model.articles[index].title, anchor: Self.anchor(model.articles[index]),
                                                   path: SitePaths.article(model.articles[index].slug), last: position == named.count - 1)
                              })
        }
        let quotes = briefing.quotes.map { group in
            let person = group.speaker.flatMap { model.people.term(slug: Slug.make($0)) }
            return QuoteGroupData(speaker: group.speaker ?? "Unattributed", speakerPath: person.map { SitePaths.person($0.slug) },
                                  role: person?.role, quotes: group.quotes.map(quoteData))
        }
        let sources = briefing.sources.map { source in
            SourceData(name: source.name, articles: Self.markingLast(source.articles.map { listings[$0] }),
                       itemsHTML: TextPiece.joined(source.articles.lazy.map { pieces[$0].sourceItem }))
        }
        let coverage = briefing.coverage
        let coverageData = CoverageData(
            outlets: coverage.outlets.map { OutletData(name: $0.name, articles: $0.articles, events: $0.events, first: $0.first) },
            columns: coverage.columns,
            rows: coverage.rows.map { row in
                let event = briefing.events[row.event]
                return CoverageRowData(
                    dateISO: event.date.isoDate, dateShort: event.date.short, text: event.text,
                    cells: zip(coverage.columns, row.reports).enumerated().map { column, cell in
                        let reported = cell.1.map { model.articles[$0] }
                        return CoverageCellData(outlet: cell.0, anchor: reported.map(Self.anchor), articleTitle: reported?.title,
                                                date: reported?.date.short, first: column == row.firstColumn)
                    },
                    otherOutlets: row.outletCount - row.reports.compactMap { $0 }.count)
            },
            sharedEvents: coverage.sharedEvents, singleEvents: coverage.singleEvents, events: briefing.events.count)
        var values = briefingHead()
        values.fullArticles = min(model.config.briefingFullArticles, model.articles.count)
        values.parts = BriefingData.Parts(
            articles: briefing.chronological.map { listings[$0] },
            contentsHTML: TextPiece.joined(briefing.chronological.lazy.map { pieces[$0].contentsItem }),
            // The articles' sections, the bulk of the page, are written from their pieces after
            // rendering (see `sectionPieces`); the template places this marker.
            sectionsHTML: Self.sectionsMarker,
            timelineHTML: TextPiece.joined(timeline), plannedHTML: TextPiece.joined(planned), people: people, quotes: quotes, sources: sources,
            coverage: coverageData)
        data.briefing = values
        return data
    }

    /// Stands for the briefing's joined article sections while the page is rendered.
    static let sectionsMarker = "sitegen-briefing-sections-5e1c7a"

    /// The briefing's article sections, oldest first, to be written where the marker stands:
    /// the newest `briefingFullArticles` in full, the older ones without their bodies.
    func sectionPieces(_ pieces: [BriefingPieces]) -> [TextPiece] {
        let order = model.briefing.chronological
        let firstFull = max(0, order.count - model.config.briefingFullArticles)
        return order.enumerated().map { position, index in position >= firstFull ? pieces[index].section : pieces[index].shortSection }
    }

    /// What the briefing shows of one of the story's events: its text, and every article that
    /// reports it, the first first.
    /// What every timeline entry's cache key opens with: the entries share one site and one root.
    var briefingEventKeyPrefix: [UInt8] {
        PageData.eventKeyPrefix(site: site, root: SitePaths.root(from: SitePaths.briefing))
    }

    func briefingEvent(_ event: Briefing.Event) -> PageData {
        let article = model.articles[event.reports[0].article]
        var data = PageData(site: site, root: SitePaths.root(from: SitePaths.briefing))
        let reports = event.reports.enumerated().map { position, report in
            let reporting = model.articles[report.article]
            return EventReportData(anchor: Self.anchor(reporting), articleTitle: reporting.title, source: reporting.source ?? reporting.title,
                                   dateLong: reporting.date.long, first: position == 0, last: position == event.reports.count - 1)
        }
        data.event = EventData(dateISO: event.date.isoDate, dateLong: event.date.long, text: event.text,
                               anchor: Self.anchor(article), articleTitle: article.title, source: article.source,
                               planned: event.planned, reports: reports)
        return data
    }

    /// What an article's pieces of the combined briefing show: its listing values and (when
    /// `full`) its body, with headings nested under the article's title and ids prefixed with
    /// its anchor.
    func briefingArticle(_ index: Int, full: Bool = true) -> PageData {
        var item = full ? withBody(index) : listings[index]
        if full { item.bodyHTML = bodies[index].nested(idPrefix: "\(Self.anchor(model.articles[index]))-", levels: 2) }
        var data = PageData(site: site, root: SitePaths.root(from: SitePaths.briefing))
        data.article = item
        return data
    }

    /// An article's values for a page that also shows its body: the summary is left out when
    /// the body opens with it (imported articles take their lede as summary), so that it is
    /// not printed twice.
    func withBody(_ index: Int) -> ArticleData {
        var item = listings[index]
        if summaryOpensBody[index] { item.summary = nil }
        return item
    }

    /// Sets `last` on the final item, for separators in templates.
    static func markingLast(_ items: [ArticleData]) -> [ArticleData] {
        var items = items
        if !items.isEmpty { items[items.count - 1].last = true }
        return items
    }
}
