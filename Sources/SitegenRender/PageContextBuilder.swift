import SitegenModel
import SitegenMarkdown
import SitegenOutput
/// Builds what each template sees. Templates hold no logic beyond sections and partials:
/// every value they show is computed here, from the site model.
///
/// Links inside the site are written `{{root}}{{path}}`: `root` leads back to the site root
/// from the page being rendered, and `path` is relative to the root.
struct PageContextBuilder: @unchecked Sendable { // immutable after init; holds only value types
    let model: SiteModel
    let bodies: [RenderedMarkdown]
    let introHTML: String
    /// Each article's rendered pieces of the combined briefing (see `Theme.briefingFragments`), in model order.
    var briefingFragments: [[TextPiece]] = []
    /// The rendered timeline entry of each event (entries of `model.briefing.timeline` that are
    /// not articles), in timeline order.
    var eventFragments: [String] = []
    private let siteContext: [String: Any]
    /// Per article, the values every listing of it shows; built once.
    private let teasers: [[String: Any]]
    /// Per article, whether its body opens with its summary (see `withBody`); decided once.
    private let summaryOpensBody: [Bool]

    init(model: SiteModel, bodies: [RenderedMarkdown], introHTML: String) {
        self.model = model
        self.bodies = bodies
        self.introHTML = introHTML
        let config = model.config
        var site: [String: Any] = [
            "title": config.title,
            "language": config.language,
            "baseURL": config.baseURL.absolute,
            "tagsTitle": config.tagsTitle,
            "peopleTitle": config.peopleTitle,
        ]
        // Empty text is left out so that `{{#site.author}}` sections stay closed.
        if !config.description.isEmpty { site["description"] = config.description }
        if !config.author.isEmpty { site["author"] = config.author }
        site["hasPeople"] = !model.people.terms.isEmpty
        siteContext = site
        summaryOpensBody = ParallelMap.map(Array(zip(model.articles.map(\.summary), bodies.map(\.html)))) { summary, html in
            summary.map { Self.opens(html, with: $0) } ?? false
        }
        teasers = zip(model.articles, bodies).map { article, body in
            var teaser: [String: Any] = [
                "title": article.title,
                "slug": article.slug,
                "path": SitePaths.article(article.slug),
                "anchor": Self.anchor(article),
                "dateISO": article.date.isoDate,
                "dateLong": article.date.long,
                "dateShort": article.date.short,
                "readingMinutes": body.readingMinutes,
            ]
            teaser["source"] = article.source
            teaser["sourceURL"] = article.sourceURL.flatMap(Self.safeExternalURL)
            teaser["section"] = article.section
            teaser["summary"] = article.summary
            if !article.extra.isEmpty { teaser["params"] = article.extra }
            return teaser
        }
    }

    static func anchor(_ article: Article) -> String { "article-\(article.slug)" }

    /// Only http(s) links to sources are shown; anything else (`javascript:`…) is dropped.
    static func safeExternalURL(_ url: String) -> String? {
        let lower = url.trimmed.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url.trimmed : nil
    }

    // MARK: shared parts

    /// The context every page has: site, root, page (title, description, canonical URL…), nav.
    func base(pagePath: String, kind: String, title: String, description: String?,
              ogType: String = "website", published: ContentDate? = nil, absoluteRoot: Bool = false) -> [String: Any] {
        let config = model.config
        let fullTitle = kind == "home" ? title : "\(title) · \(config.title)"
        var page: [String: Any] = [
            "title": title,
            "fullTitle": fullTitle,
            "description": Self.oneLine(description ?? "").isEmpty ? Self.oneLine(config.description.isEmpty ? config.title : config.description) : Self.oneLine(description!),
            "canonical": config.baseURL.absolute(pagePath),
            "kind": kind,
            "ogType": ogType,
        ]
        page["published"] = published?.rfc3339
        return [
            "site": siteContext,
            "root": absoluteRoot ? config.baseURL.path : SitePaths.root(from: pagePath),
            "page": page,
            "nav": [kind: true],
        ]
    }

    /// Text on one line with single spaces, cut to 300 characters for descriptions.
    static func oneLine(_ text: String) -> String {
        var result = collapsingSpaces(text)
        if result.count > 300 { result = String(result.prefix(297)) + "…" }
        return result
    }

    /// `text` with each run of white space (Unicode's White_Space characters) made one space,
    /// and none at either end. It walks UTF-8 bytes: it runs on every article.
    static func collapsingSpaces(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let length = whiteSpaceLength(bytes, at: index)
                if length > 0 {
                    pendingSpace = !result.isEmpty
                    index += length
                    continue
                }
                if pendingSpace { result.append(UInt8(ascii: " ")) }
                pendingSpace = false
                result.append(bytes[index])
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The length in bytes of the White_Space character at `index`, or 0: tab to carriage
    /// return, space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
    /// and U+3000.
    private static func whiteSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        func next(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        switch byte {
        case 0xC2: return next(1) == 0x85 || next(1) == 0xA0 ? 2 : 0
        case 0xE1: return next(1) == 0x9A && next(2) == 0x80 ? 3 : 0
        case 0xE2:
            guard let second = next(1), let third = next(2) else { return 0 }
            if second == 0x80 { return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3: return next(1) == 0x80 && next(2) == 0x80 ? 3 : 0
        default: return 0
        }
    }

    func teaserList(_ indices: some Sequence<Int>) -> [[String: Any]] {
        indices.map { teasers[$0] }
    }

    func termLinks(_ names: [String], in index: TermIndex, pathFor: (String) -> String) -> [String: Any] {
        let items: [[String: Any]] = names.compactMap { name in
            let slug = Slug.make(name)
            guard let term = index.term(slug: slug) else { return nil }
            return ["name": term.name, "path": pathFor(term.slug)]
        }
        return ["hasItems": !items.isEmpty, "items": items]
    }

    func topTerms(_ terms: [Term], pathFor: (String) -> String) -> [String: Any] {
        let items: [[String: Any]] = terms.map { ["name": $0.name, "path": pathFor($0.slug), "count": $0.articles.count] }
        return ["hasItems": !items.isEmpty, "items": items]
    }

    /// `1 article`, `3 articles`.
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }

    func briefingSummary() -> [String: Any] {
        let intro = model.briefing.intro
        let namedSources = model.briefing.sources.filter { $0.name != Briefing.unnamedSource }.count
        var context: [String: Any] = [
            "title": intro.title,
            "keyPoints": intro.keyPoints,
            "hasKeyPoints": !intro.keyPoints.isEmpty,
            "introHTML": introHTML,
            "articleCount": model.articles.count,
            "sourceCount": namedSources,
            "articlesLabel": Self.count(model.articles.count, "article", "articles"),
            "sourcesLabel": namedSources == 0 ? "no named source" : Self.count(namedSources, "source", "sources"),
        ]
        context["summary"] = intro.summary
        if let latest = model.briefing.latestDate {
            context["latestDate"] = latest.long
            context["latestDateISO"] = latest.isoDate
        }
        return context
    }

    // MARK: pages

    func home() -> [String: Any] {
        let config = model.config
        var context = base(pagePath: "", kind: "home", title: config.title,
                           description: model.briefing.intro.summary ?? config.description)
        context["briefing"] = briefingSummary()
        context["articles"] = teaserList(model.articles.indices.prefix(config.homeArticleCount))
        context["topTags"] = topTerms(model.tags.top(config.homeTagCount), pathFor: SitePaths.tag)
        context["topPeople"] = topTerms(model.people.top(config.homeTagCount), pathFor: SitePaths.person)
        return context
    }

    func article(_ index: Int) -> [String: Any] {
        let article = model.articles[index]
        let pagePath = SitePaths.article(article.slug)
        var context = base(pagePath: pagePath, kind: "article", title: article.title,
                           description: article.summary ?? HTMLText.plain(String(bodies[index].html.prefix(600))),
                           ogType: "article", published: article.date)
        var values = withBody(index)
        values["bodyHTML"] = bodies[index].html
        values["tags"] = termLinks(article.tags, in: model.tags, pathFor: SitePaths.tag)
        values["people"] = termLinks(article.people, in: model.people, pathFor: SitePaths.person)
        context["article"] = values
        return context
    }

    enum Taxonomy: Sendable {
        case tags, people

        var path: String { self == .tags ? SitePaths.tags : SitePaths.people }
        func termPath(_ slug: String) -> String { self == .tags ? SitePaths.tag(slug) : SitePaths.person(slug) }
    }

    func index(of taxonomy: Taxonomy) -> TermIndex { taxonomy == .tags ? model.tags : model.people }
    func title(of taxonomy: Taxonomy) -> String { taxonomy == .tags ? model.config.tagsTitle : model.config.peopleTitle }

    func terms(_ taxonomy: Taxonomy) -> [String: Any] {
        let index = self.index(of: taxonomy)
        let title = self.title(of: taxonomy)
        var context = base(pagePath: taxonomy.path, kind: taxonomy == .tags ? "tags" : "people", title: title,
                           description: "\(title) in \(model.config.title), with the number of articles for each.")
        let terms: [[String: Any]] = index.terms.map { term in
            var item: [String: Any] = ["name": term.name, "path": taxonomy.termPath(term.slug), "count": term.articles.count]
            item["role"] = term.role
            return item
        }
        context["taxonomy"] = ["title": title, "path": taxonomy.path, "count": terms.count, "terms": terms] as [String: Any]
        return context
    }

    func term(_ term: Term, of taxonomy: Taxonomy) -> [String: Any] {
        let title = self.title(of: taxonomy)
        let pagePath = taxonomy.termPath(term.slug)
        let count = term.articles.count
        var context = base(pagePath: pagePath, kind: taxonomy == .tags ? "tags" : "people", title: term.name,
                           description: "\(count) \(count == 1 ? "article" : "articles") about \(term.name) in \(model.config.title).")
        var values: [String: Any] = ["name": term.name, "slug": term.slug, "count": count,
                                     "articlesWord": count == 1 ? "article" : "articles"]
        values["role"] = term.role
        context["term"] = values
        context["taxonomy"] = ["title": title, "path": taxonomy.path]
        context["articles"] = teaserList(term.articles)
        return context
    }

    func notFound() -> [String: Any] {
        base(pagePath: SitePaths.notFound, kind: "404", title: "Page not found",
             description: "There is no page at this address.", absoluteRoot: true)
    }

    func briefing() -> [String: Any] {
        let briefing = model.briefing
        var context = base(pagePath: SitePaths.briefing, kind: "briefing", title: briefing.intro.title,
                           description: briefing.intro.summary ?? model.config.description,
                           ogType: "article", published: briefing.latestDate)
        var values = briefingSummary()
        values["articles"] = briefing.chronological.map { teasers[$0] }
        values["contentsHTML"] = joined(briefing.chronological, fragment: 1)
        // The articles' sections, the bulk of the page, are written from their pieces after
        // rendering (see `briefingSectionPieces`); the template places this marker.
        values["sectionsHTML"] = Self.sectionsMarker
        var events = eventFragments.makeIterator()
        values["timelineHTML"] = TextPiece.joined(briefing.timeline.map { entry in
            entry.isArticle ? briefingFragments[entry.article][2] : TextPiece(events.next() ?? "")
        })
        let people: [[String: Any]] = model.people.terms.map { term in
            var item: [String: Any] = [
                "name": term.name, "path": SitePaths.person(term.slug),
                "articles": Self.markLast(term.articles.reversed().map { ["title": model.articles[$0].title, "anchor": Self.anchor(model.articles[$0])] }),
            ]
            item["role"] = term.role
            return item
        }
        values["people"] = people
        values["hasPeople"] = !people.isEmpty
        values["quotes"] = briefing.quotes.map { group -> [String: Any] in
            var item: [String: Any] = ["speaker": group.speaker ?? "Unattributed"]
            if let speaker = group.speaker, let term = model.people.term(slug: Slug.make(speaker)) {
                item["speakerPath"] = SitePaths.person(term.slug)
            }
            item["quotes"] = group.quotes.map { quote -> [String: Any] in
                let article = model.articles[quote.article]
                var q: [String: Any] = ["text": quote.text, "anchor": Self.anchor(article), "articleTitle": article.title]
                q["source"] = article.source
                return q
            }
            return item
        }
        values["hasQuotes"] = !briefing.quotes.isEmpty
        values["sources"] = briefing.sources.map { source -> [String: Any] in
            ["name": source.name, "articles": Self.markLast(source.articles.map { teasers[$0] }),
             "itemsHTML": joined(source.articles, fragment: 3)]
        }
        context["briefing"] = values
        return context
    }

    /// Stands for the briefing's joined article sections while the page is rendered.
    static let sectionsMarker = "sitegen-briefing-sections-5e1c7a"

    /// The briefing's article sections, oldest first, to be written where the marker stands.
    func briefingSectionPieces() -> [TextPiece] {
        model.briefing.chronological.map { briefingFragments[$0][0] }
    }

    /// One piece (an index into `Theme.briefingFragments`) of the given articles, joined in order.
    func joined(_ articles: [Int], fragment: Int) -> String {
        TextPiece.joined(articles.lazy.map { briefingFragments[$0][fragment] })
    }

    /// What a timeline entry for an event shows.
    func briefingEvent(_ entry: Briefing.TimelineEntry) -> [String: Any] {
        let article = model.articles[entry.article]
        var event: [String: Any] = [
            "dateISO": entry.date.isoDate, "dateLong": entry.date.long, "text": entry.text,
            "anchor": Self.anchor(article), "articleTitle": article.title,
        ]
        event["source"] = article.source
        return ["site": siteContext, "root": SitePaths.root(from: SitePaths.briefing), "event": event]
    }

    /// What an article's pieces of the combined briefing show: its listing values and its
    /// body, with headings nested under the article's title and ids prefixed with its anchor.
    func briefingArticle(_ index: Int) -> [String: Any] {
        var item = withBody(index)
        item["bodyHTML"] = bodies[index].nested(idPrefix: "\(Self.anchor(model.articles[index]))-", levels: 2)
        return ["site": siteContext, "root": SitePaths.root(from: SitePaths.briefing), "article": item]
    }

    /// An article's values for a page that also shows its body: the summary is left out when
    /// the body opens with it (imported articles take their lede as summary), so that it is
    /// not printed twice.
    func withBody(_ index: Int) -> [String: Any] {
        var item = teasers[index]
        if summaryOpensBody[index] { item["summary"] = nil }
        return item
    }

    /// Whether the first paragraph of `html` starts with `text`, spacing aside.
    static func opens(_ html: String, with text: String) -> Bool {
        guard let first = UTF8Search.between("<p>", "</p>", in: html) else { return false }
        let paragraph = collapsingSpaces(HTMLText.plain(first))
        let summary = collapsingSpaces(text)
        return !summary.isEmpty && paragraph.hasPrefix(summary)
    }

    /// Adds `last: true` to the final item, for separators in templates.
    static func markLast(_ items: [[String: Any]]) -> [[String: Any]] {
        var items = items
        if !items.isEmpty { items[items.count - 1]["last"] = true }
        return items
    }
}
