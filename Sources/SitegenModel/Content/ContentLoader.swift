import Dispatch
import Foundation

/// Everything read from `content/`: the articles (in file-name order) and the briefing's intro.
public struct LoadedContent: Sendable {
    public var articles: [Article]
    public var briefing: BriefingIntro?

    public init(articles: [Article], briefing: BriefingIntro?) {
        self.articles = articles
        self.briefing = briefing
    }
}

/// Reads and parses `content/articles/*.md` and `content/briefing.md`, in parallel.
///
/// Each file is read and parsed once. All problems are collected and reported together.
public struct ContentLoader: Sendable {
    /// The site's language, for finding the events of articles whose front matter lists none.
    public var language: String?

    public init(language: String? = nil) {
        self.language = language
    }

    /// The article files with their stamps, without reading them.
    package func stampArticleFiles(contentDirectory: URL) -> ArticleFiles {
        ArticleFiles(directory: contentDirectory.appendingPathComponent(SiteLayout.articlesFolder)).stamped()
    }

    /// Reads every article file but those in `known` (parsed already, by their index in `files`),
    /// which are taken as they are.
    package func load(contentDirectory: URL, displayRoot: URL, stamped files: ArticleFiles, known: [Int: Article]) throws(BuildFailure) -> LoadedContent {
        try load(files: files, displayRoot: displayRoot, contentDirectory: contentDirectory, known: known)
    }

    public func load(contentDirectory: URL, displayRoot: URL) throws(BuildFailure) -> LoadedContent {
        let files = ArticleFiles(directory: contentDirectory.appendingPathComponent(SiteLayout.articlesFolder))
        return try load(files: files, displayRoot: displayRoot, contentDirectory: contentDirectory, known: [:])
    }

    private func load(files: ArticleFiles, displayRoot: URL, contentDirectory: URL, known: [Int: Article]) throws(BuildFailure) -> LoadedContent {
        let parser = ArticleParser(language: language)
        let results = ParallelMap.map(Array(files.names.indices)) { index -> Result<Article, BuildFailure> in
            if let article = known[index] { return .success(article) }
            let url = files.url(at: index)
            return Self.readArticle(url, path: DisplayPath.relative(url, to: displayRoot), parser: parser)
        }
        var problems = DiagnosticBag()
        var articles: [Article] = []
        articles.reserveCapacity(files.names.count)
        var firstPathBySlug: [String: String] = [:]
        for result in results {
            switch result {
            case let .success(article):
                if let other = firstPathBySlug[article.slug] {
                    problems.append(.error("two articles have the slug `\(article.slug)`: this one and \(other); rename one file or set `slug:`",
                                           at: SourceLocation(path: article.path)))
                } else {
                    firstPathBySlug[article.slug] = article.path
                    articles.append(article)
                }
            case let .failure(failure):
                problems.append(contentsOf: failure.diagnostics)
            }
        }
        var briefing: BriefingIntro?
        let briefingURL = contentDirectory.appendingPathComponent(SiteLayout.briefingFile)
        if FileManager.default.fileExists(atPath: briefingURL.path) {
            do throws(Diagnostic) {
                briefing = try loadBriefing(briefingURL, path: DisplayPath.relative(briefingURL, to: displayRoot))
            } catch {
                problems.append(error)
            }
        }
        if problems.hasErrors { throw BuildFailure(problems.errors) }
        return LoadedContent(articles: articles, briefing: briefing)
    }

    /// Reads the bodies of the articles at `paths` (relative to `displayRoot`) again, in
    /// parallel: the build cache keeps none. By path.
    package func readBodies(of paths: Set<String>, displayRoot: URL) throws(BuildFailure) -> [String: String] {
        let paths = paths.sorted()
        let parser = ArticleParser(language: language)
        let bodies = ParallelMap.map(paths) { path in
            Self.readArticle(displayRoot.appendingPathComponent(path), path: path, parser: parser).map(\.body)
        }
        var result: [String: String] = [:]
        for (path, body) in zip(paths, bodies) { result[path] = try body.get() }
        return result
    }

    /// Reads and parses the article file at `url`, named in messages relative to `displayRoot`.
    package func readArticle(at url: URL, displayRoot: URL) -> Result<Article, BuildFailure> {
        Self.readArticle(url, path: DisplayPath.relative(url, to: displayRoot), parser: ArticleParser(language: language))
    }

    /// Reads and parses one article file; `path` is how messages name it.
    private static func readArticle(_ url: URL, path: String, parser: ArticleParser) -> Result<Article, BuildFailure> {
        let text: String
        do throws(Diagnostic) {
            text = try TextFile.read(url, displayPath: path)
        } catch {
            return .failure(BuildFailure([error]))
        }
        return parser.parse(text, path: path, defaultSlug: url.deletingPathExtension().lastPathComponent)
    }

    func loadBriefing(_ url: URL, path: String) throws(Diagnostic) -> BriefingIntro {
        let text = try TextFile.read(url, displayPath: path)
        let split = try FrontMatterParser().split(text, path: path)
        let yaml = try YAMLMapping.parse(split.yaml, path: path, firstLine: split.yamlFirstLine)
        guard let title = try yaml.string("title")?.trimmed, !title.isEmpty else {
            throw .error("missing required field `title`", at: SourceLocation(path: path, line: split.yamlFirstLine))
        }
        return BriefingIntro(title: title,
                             summary: try yaml.string("summary")?.trimmed,
                             keyPoints: try yaml.stringList("key_points"),
                             body: split.body,
                             path: path)
    }
}
