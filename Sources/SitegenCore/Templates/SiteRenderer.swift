import Foundation

/// Renders every page of the site from the model: Markdown once per article, then all pages
/// in parallel across cores. Each finished file is handed to `emit` as soon as it is ready.
public struct SiteRenderer: Sendable {
    public let theme: Theme

    public init(theme: Theme) {
        self.theme = theme
    }

    /// One page to render: where it goes and how to build its context.
    enum Page: Sendable {
        case home, briefing, notFound, article(Int)
        case terms(PageContextBuilder.Taxonomy)
        case term(Int, PageContextBuilder.Taxonomy)
    }

    /// Renders the site; returns the number of files emitted.
    @discardableResult
    public func render(_ model: SiteModel, emit: @Sendable (OutputFile) throws -> Void) throws -> Int {
        let markdown = MarkdownRenderer(allowRawHTML: model.config.allowRawHTML)
        let bodies = ParallelMap.map(model.articles) { markdown.render($0.body) }
        let introHTML = markdown.render(model.briefing.intro.body).html
        let contexts = PageContextBuilder(model: model, bodies: bodies, introHTML: introHTML)

        var pages: [Page] = [.briefing, .home, .notFound, .terms(.tags)]
        // A site that names no people has no people index (and no link to one).
        if !model.people.terms.isEmpty { pages.append(.terms(.people)) }
        pages += model.articles.indices.map { .article($0) }
        pages += model.tags.terms.indices.map { .term($0, .tags) }
        pages += model.people.terms.indices.map { .term($0, .people) }

        let theme = self.theme
        let failures = ParallelMap.map(pages) { page -> String? in
            let file = Self.renderPage(page, contexts: contexts, theme: theme)
            do {
                try emit(file)
                return nil
            } catch {
                return "\(file.path): \(error)"
            }
        }
        var files: [OutputFile] = [
            OutputFile(path: SitePaths.feed, text: FeedBuilder().build(model: model, bodies: bodies)),
            OutputFile(path: SitePaths.sitemap, text: SitemapBuilder().build(model: model)),
            OutputFile(path: SitePaths.robots, text: RobotsBuilder().build(model: model)),
        ]
        files += theme.assets
        for file in files { try emit(file) }
        if let failure = failures.compactMap({ $0 }).first {
            throw BuildFailure([.error("cannot write output file \(failure)")])
        }
        return pages.count + files.count
    }

    private static func renderPage(_ page: Page, contexts: PageContextBuilder, theme: Theme) -> OutputFile {
        let template: String
        let context: [String: Any]
        let path: String
        switch page {
        case .home:
            (template, context, path) = ("home", contexts.home(), "")
        case .briefing:
            (template, context, path) = ("briefing", contexts.briefing(), SitePaths.briefing)
        case .notFound:
            (template, context, path) = ("404", contexts.notFound(), SitePaths.notFound)
        case let .article(index):
            (template, context, path) = ("article", contexts.article(index), SitePaths.article(contexts.model.articles[index].slug))
        case let .terms(taxonomy):
            (template, context, path) = ("terms", contexts.terms(taxonomy), taxonomy.path)
        case let .term(index, taxonomy):
            let term = contexts.index(of: taxonomy).terms[index]
            (template, context, path) = ("term", contexts.term(term, of: taxonomy), taxonomy.termPath(term.slug))
        }
        var layoutContext = context
        layoutContext["content"] = theme.render(template, context)
        return OutputFile(path: SitePaths.file(for: path), text: theme.render("layout", layoutContext))
    }
}
