import SitegenModel
import SitegenOutput
import SitegenRender
import SitegenIncremental
import Foundation

/// What a build made of the site, kept by the preview between builds: the model, the compiled
/// theme, and each article's front matter and word count, without the bodies.
///
/// An edit to an article's body alone changes its own page at once, and the other pages only
/// through its word count, its briefing piece and its search entry: the preview renders that one
/// page from here in milliseconds, shows it, and lets the incremental build that follows bring
/// the rest of the site up to date (as Hugo's server renders the pages being viewed first).
public struct BuiltSite: Sendable {
    let options: BuildOptions
    let language: String
    /// Each article as its file was parsed, body left out, by path (`content/articles/x.md`).
    let articles: [String: Article]
    /// The model without the articles' bodies.
    let model: SiteModel
    let theme: Theme
    /// Each article's word count, by path.
    let wordCounts: [String: Int]

    init(options: BuildOptions, language: String, content: LoadedContent, model: SiteModel, theme: Theme, wordCounts: [String: Int]) {
        self.options = options
        self.language = language
        var articles: [String: Article] = [:]
        for var article in content.articles {
            article.body = ""
            articles[article.path] = article
        }
        self.articles = articles
        var model = model
        for index in model.articles.indices { model.articles[index].body = "" }
        self.model = model
        self.theme = theme
        self.wordCounts = wordCounts
    }

    /// The site as the cache describes it, when a build found nothing changed: the content from the
    /// cache (no file is read but the theme's), then the model, as the next build would make them.
    static func fromCache(sources: SiteSources, incremental: inout IncrementalBuild, options: BuildOptions) throws(BuildFailure) -> BuiltSite {
        let (content, theme) = try sources.load(known: incremental.knownArticles(sources.stamped))
        let model = SiteModelBuilder(includeDrafts: options.includeDrafts).build(config: sources.config, content: content)
        return BuiltSite(options: options, language: sources.config.language, content: content, model: model, theme: theme,
                         wordCounts: incremental.reusedWordCounts)
    }

    /// The pages of the edited articles among `changed` (absolute paths of files that changed),
    /// rendered with the rest of the site as it was built; nil unless every changed file is an
    /// article of the site whose front matter is as it was, so that only its body was edited. The
    /// build that follows renders the same bytes for these pages.
    public func articlePages(changed: [String]) -> [OutputFile]? {
        guard !changed.isEmpty else { return nil }
        let folder = options.contentDirectory.appendingPathComponent(SiteLayout.articlesFolder).standardizedFileURL.path + "/"
        let loader = ContentLoader(language: language)
        var edited: [String: String] = [:]
        for path in changed {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            guard url.path.hasPrefix(folder), url.pathExtension == "md",
                  case .success(let article) = loader.readArticle(at: url, displayRoot: options.siteDirectory),
                  var before = articles[article.path] else { return nil }
            // Only the body may differ: anything else (title, tags, date, events the body gives
            // when the front matter names none) can change other pages, which this does not render.
            before.body = article.body
            guard before == article else { return nil }
            edited[article.path] = article.body
        }
        var model = self.model
        var found = 0
        for index in model.articles.indices {
            guard let body = edited[model.articles[index].path] else { continue }
            model.articles[index].body = body
            found += 1
        }
        // A draft the site leaves out has no page.
        guard found == edited.count else { return nil }
        return SiteRenderer(theme: theme).articlePages(model, paths: Set(edited.keys), wordCounts: wordCounts)
    }
}
