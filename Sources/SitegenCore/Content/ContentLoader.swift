import Dispatch
import Foundation

/// Everything read from `content/`: the articles (in file-name order) and the briefing's intro.
public struct LoadedContent: Sendable {
    public var articles: [Article]
    public var briefing: BriefingIntro?
}

/// Reads and parses `content/articles/*.md` and `content/briefing.md`, in parallel.
///
/// Each file is read and parsed once. All problems are collected and reported together.
public struct ContentLoader: Sendable {
    public static let articlesFolder = "articles"
    public static let briefingFile = "briefing.md"

    public init() {}

    public func load(contentDirectory: URL, displayRoot: URL) throws(BuildFailure) -> LoadedContent {
        let articlesDirectory = contentDirectory.appendingPathComponent(Self.articlesFolder)
        let files = markdownFiles(in: articlesDirectory)
        let results = ParallelMap.map(files) { url -> Result<Article, BuildFailure> in
            let path = DisplayPath.relative(url, to: displayRoot)
            let text: String
            do throws(Diagnostic) {
                text = try TextFile.read(url, displayPath: path)
            } catch {
                return .failure(BuildFailure([error]))
            }
            return ArticleParser().parse(text, path: path, defaultSlug: url.deletingPathExtension().lastPathComponent)
        }
        var problems = DiagnosticBag()
        var articles: [Article] = []
        articles.reserveCapacity(files.count)
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
        let briefingURL = contentDirectory.appendingPathComponent(Self.briefingFile)
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

    /// `*.md` files directly in `directory`, sorted by name. Hidden files are skipped.
    func markdownFiles(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .sorted()
            .map { directory.appendingPathComponent($0) }
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
