import SitegenModel
import SitegenMarkdown
import SitegenOutput
import SitegenSearch
import Foundation

/// Renders the pages of the site from the model: Markdown once per article (or taken from
/// the build cache), then the pages in parallel across cores. Each finished file is handed
/// to `emit` as soon as it is ready.
public struct SiteRenderer: Sendable {
    public let theme: Theme

    public init(theme: Theme) {
        self.theme = theme
    }

    /// One file to make: a page from a template, or a file made from the model alone (feeds,
    /// sitemap, exports; by index in the list of those).
    enum Job: Sendable {
        case page(Page)
        case generated(Int)
    }

    /// One page to render.
    enum Page: Sendable, Hashable {
        case home, briefing, notFound, changes, article(Int)
        case terms(PageDataBuilder.Taxonomy)
        case term(Int, PageDataBuilder.Taxonomy)
    }

    /// Which pages an incremental build renders: the rest are known to be unchanged.
    package struct Selection: Sendable {
        /// Article paths whose pages must be rendered.
        package var articlePaths: Set<String>
        /// Slugs of the tags and people whose pages must be rendered.
        package var tagSlugs: Set<String>
        package var personSlugs: Set<String>

        package init(articlePaths: Set<String>, tagSlugs: Set<String>, personSlugs: Set<String>) {
            self.articlePaths = articlePaths
            self.tagSlugs = tagSlugs
            self.personSlugs = personSlugs
        }
    }

    package struct Result: Sendable {
        /// Every file that belongs to the site, rendered now or not.
        package var expectedPaths: Set<String>
        package var renderedCount: Int
        /// The pages that took longest to render, slowest first, for `--verbose`.
        package var slowestPages: [(path: String, seconds: Double)]
        /// What each article rendered to, by article path, for the build cache.
        package var renders: [String: ArticleRender]
        /// Every timeline entry of the briefing, by `PageData.eventCacheKey`, for the build cache.
        package var eventEntries: [String: String] = [:]
        /// Seconds spent on the search index: terms of the articles read anew, then every file.
        package var searchIndexSeconds: Double = 0
    }

    /// Renders every page (or, with `selection`, only the pages it names plus the pages
    /// that list or combine all articles); returns what belongs to the site.
    /// `reusedEvents`: the previous build's timeline entries, by `PageData.eventCacheKey`.
    package func render(_ model: SiteModel, reusing reused: [String: ArticleRender] = [:], reusingEvents reusedEvents: [String: String] = [:],
                selection: Selection? = nil, emit: @Sendable (OutputFile) throws -> Void) throws -> Result {
        let markdown = MarkdownRenderer(allowRawHTML: model.config.allowRawHTML)
        // Articles from the cache keep their word count. Their bodies are rendered only when
        // they were read again (for the feed, or for a build that renders every page).
        let bodies = ParallelMap.map(model.articles) { article in
            if let render = reused[article.path], article.body.isEmpty {
                return RenderedMarkdown(html: "", wordCount: render.wordCount)
            }
            return markdown.render(article.body)
        }
        let introHTML = markdown.render(model.briefing.intro.body).html
        let pageData = PageDataBuilder(model: model, bodies: bodies, introHTML: introHTML)
        // Each article's pieces of the combined briefing, rendered once and kept in the cache.
        let theme = self.theme
        let pieces = ParallelMap.map(Array(model.articles.indices)) { index in
            if let pieces = reused[model.articles[index].path]?.briefingPieces { return pieces }
            let full = pageData.briefingArticle(index), short = pageData.briefingArticle(index, full: false)
            let entry = BriefingExport.articleJSON(model.articles[index], base: model.config.baseURL, readingMinutes: bodies[index].readingMinutes)
            return BriefingPieces(rendering: { theme.render($0, $1 ? full : short) }, exportEntry: entry)
        }
        // The events' entries, rendered across the cores (a large briefing has thousands), or taken
        // from the previous build's when the event shows the same as it did.
        let prefix = pageData.briefingEventKeyPrefix
        let renderedEvents = ParallelMap.map(model.briefing.events) { event -> (key: String, entry: String) in
            let data = pageData.briefingEvent(event)
            let key = data.eventCacheKey(prefix: prefix)
            return (key, reusedEvents[key] ?? theme.render(Theme.briefingEventTemplate, data))
        }
        let eventEntries = renderedEvents.map(\.entry)
        let briefing = BriefingRender(pieces: pieces, eventEntries: eventEntries)

        // Files made from the model without a template, rendered beside the pages.
        let generated: [(path: String, make: @Sendable () -> OutputFile)] = [
            (SitePaths.feed, { OutputFile(path: SitePaths.feed, text: FeedBuilder().build(model: model, bodies: bodies)) }),
            (SitePaths.sitemap, { OutputFile(path: SitePaths.sitemap, text: SitemapBuilder().build(model: model, changesPage: theme.has("changes"))) }),
            (SitePaths.changesFeed, { OutputFile(path: SitePaths.changesFeed, text: ChangesFeedBuilder().build(model: model)) }),
            (SitePaths.robots, { OutputFile(path: SitePaths.robots, text: RobotsBuilder().build(model: model)) }),
            // Machine-readable exports of the briefing.
            (SitePaths.jsonFeed, { OutputFile(path: SitePaths.jsonFeed, contents: JSONFeedBuilder().build(model: model, bodies: bodies)) }),
            (SitePaths.briefingJSON, { OutputFile(path: SitePaths.briefingJSON,
                                                  contents: BriefingExport(model: model, articleEntries: pieces.map(\.exportEntry)).json()) }),
            (SitePaths.briefingSchema, { OutputFile(path: SitePaths.briefingSchema, text: BriefingSchema.json) }),
            (SitePaths.timelineJSON, { OutputFile(path: SitePaths.timelineJSON, contents: TimelineJSBuilder().build(model: model)) }),
        ]

        // The briefing and the exports come first: they are the largest, so they start while the others render.
        var pages: [Page] = [.briefing, .home, .notFound, .terms(.tags)]
        if theme.has("changes") { pages.append(.changes) }
        // A site that names no people has no people index (and no link to one).
        if !model.people.terms.isEmpty { pages.append(.terms(.people)) }
        pages += model.articles.indices.map { .article($0) }
        pages += model.tags.terms.indices.map { .term($0, .tags) }
        pages += model.people.terms.indices.map { .term($0, .people) }

        var expected = Set(pages.map { Self.path(of: $0, pageData: pageData) } + generated.map(\.path))
        if let selection {
            pages = pages.filter { page in
                switch page {
                case let .article(index): return selection.articlePaths.contains(model.articles[index].path)
                case let .term(index, .tags): return selection.tagSlugs.contains(model.tags.terms[index].slug)
                case let .term(index, .people): return selection.personSlugs.contains(model.people.terms[index].slug)
                default: return true
                }
            }
        }

        let clock = ContinuousClock()
        let jobs: [Job] = pages.prefix(1).map { .page($0) } + generated.indices.map { .generated($0) } + pages.dropFirst().map { .page($0) }
        let outcomes = ParallelMap.map(jobs) { job -> (path: String, seconds: Double, failure: String?) in
            let start = clock.now
            let file: OutputFile
            switch job {
            case let .generated(index): file = generated[index].make()
            case let .page(page): file = Self.renderPage(page, pageData: pageData, briefing: briefing, theme: theme)
            }
            let seconds = (clock.now - start).seconds
            do {
                try emit(file)
                return (file.path, seconds, nil)
            } catch {
                return (file.path, seconds, "\(file.path): \(SystemErrorText.describe(error))")
            }
        }
        let failures = outcomes.map(\.failure)
        let slowest = outcomes.sorted { $0.seconds > $1.seconds }.prefix(5).map { (path: $0.path, seconds: $0.seconds) }
        var files = theme.assets
        let searchStart = clock.now
        let searchEntries = model.config.searchEnabled ? Self.searchEntries(model, bodies: bodies, reused: reused) : []
        if model.config.searchEnabled {
            let order = model.briefing.chronological
            let index = SearchIndex(documents: order.map { index in
                let article = model.articles[index]
                return SearchIndex.Document(path: SitePaths.article(article.slug), title: article.title, date: article.date.long,
                                            source: article.source)
            })
            files += index.files { number, body in searchEntries[order[number]].withUTF8(body) }
                .map { OutputFile(path: $0.path, contents: Data($0.bytes)) }
        }
        let searchSeconds = (clock.now - searchStart).seconds
        for file in files {
            try emit(file)
            expected.insert(file.path)
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw BuildFailure([.error("cannot write output file \(failure)")])
        }
        var renders: [String: ArticleRender] = [:]
        for index in model.articles.indices {
            renders[model.articles[index].path] = ArticleRender(wordCount: bodies[index].wordCount, briefingPieces: pieces[index],
                                                                searchEntry: searchEntries.isEmpty ? nil : searchEntries[index])
        }
        return Result(expectedPaths: expected, renderedCount: jobs.count + files.count, slowestPages: slowest, renders: renders,
                      eventEntries: Dictionary(renderedEvents, uniquingKeysWith: { first, _ in first }), searchIndexSeconds: searchSeconds)
    }

    /// The pages of the articles at `paths` alone, for the preview's quick render of an edit.
    /// Every other article shows with the word count its last render gave (`wordCounts`, by
    /// path) and no body, as an incremental build shows an article it takes from the cache.
    package func articlePages(_ model: SiteModel, paths: Set<String>, wordCounts: [String: Int]) -> [OutputFile] {
        let markdown = MarkdownRenderer(allowRawHTML: model.config.allowRawHTML)
        let bodies = model.articles.map { article in
            paths.contains(article.path) ? markdown.render(article.body) : RenderedMarkdown(html: "", wordCount: wordCounts[article.path] ?? 0)
        }
        let pageData = PageDataBuilder(model: model, bodies: bodies, introHTML: "")
        let briefing = BriefingRender(pieces: [], eventEntries: [])
        return model.articles.indices.filter { paths.contains(model.articles[$0].path) }.map { index in
            Self.renderPage(.article(index), pageData: pageData, briefing: briefing, theme: theme)
        }
    }

    /// Renders every page; returns the number of files emitted.
    @discardableResult
    public func render(_ model: SiteModel, emit: @Sendable (OutputFile) throws -> Void) throws -> Int {
        try render(model, reusing: [:], selection: nil, emit: emit).renderedCount
    }

    /// Each article's search entry (`SearchEntry.text`), in model order: taken from the cache
    /// for an article that was not read again, made from its text otherwise.
    static func searchEntries(_ model: SiteModel, bodies: [RenderedMarkdown], reused: [String: ArticleRender]) -> [TextPiece] {
        ParallelMap.map(Array(model.articles.indices)) { index in
            let article = model.articles[index]
            if article.body.isEmpty, let piece = reused[article.path]?.searchEntry { return piece }
            let text = HTMLText.plain(bodies[index].html)
            let entry = SearchEntry(snippet: article.summary ?? SearchEntry.snippet(from: text),
                                    terms: SearchTerms(title: article.title, fields: [article.summary ?? ""] + article.tags + article.people,
                                                       body: text))
            return TextPiece(entry.text)
        }
    }

    /// The briefing's pieces, rendered before the pages.
    struct BriefingRender: Sendable {
        /// Every article's, in model order.
        var pieces: [BriefingPieces]
        /// Every event's entry, in the order of `Briefing.events`.
        var eventEntries: [String]
    }

    private static func path(of page: Page, pageData: PageDataBuilder) -> String {
        let pagePath: String
        switch page {
        case .home: pagePath = ""
        case .briefing: pagePath = SitePaths.briefing
        case .notFound: pagePath = SitePaths.notFound
        case .changes: pagePath = SitePaths.changes
        case let .article(index): pagePath = SitePaths.article(pageData.model.articles[index].slug)
        case let .terms(taxonomy): pagePath = taxonomy.path
        case let .term(index, taxonomy): pagePath = taxonomy.termPath(pageData.index(of: taxonomy).terms[index].slug)
        }
        return SitePaths.file(for: pagePath)
    }

    private static func renderPage(_ page: Page, pageData: PageDataBuilder, briefing: BriefingRender, theme: Theme) -> OutputFile {
        let template: String
        var data: PageData
        switch page {
        case .home: (template, data) = ("home", pageData.home())
        case .briefing: (template, data) = ("briefing", pageData.briefing(pieces: briefing.pieces, eventEntries: briefing.eventEntries))
        case .notFound: (template, data) = ("404", pageData.notFound())
        case .changes: (template, data) = ("changes", pageData.changes())
        case let .article(index): (template, data) = ("article", pageData.article(index))
        case let .terms(taxonomy): (template, data) = ("terms", pageData.terms(taxonomy))
        case let .term(index, taxonomy):
            (template, data) = ("term", pageData.term(pageData.index(of: taxonomy).terms[index], of: taxonomy))
        }
        data.content = theme.render(template, data)
        let html = theme.render("layout", data)
        let path = path(of: page, pageData: pageData)
        guard case .briefing = page else { return OutputFile(path: path, text: html) }
        // The sections are written in place of their marker, from their pieces.
        let sections = pageData.sectionPieces(briefing.pieces)
        guard let (before, after) = UTF8Search.split(html, once: PageDataBuilder.sectionsMarker) else {
            return OutputFile(path: path, text: html.replacingOccurrences(of: PageDataBuilder.sectionsMarker, with: TextPiece.joined(sections)))
        }
        return OutputFile(path: path, pieces: [TextPiece(before)] + sections + [TextPiece(after)])
    }
}
