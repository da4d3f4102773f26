/// Turns the text of one article file into an `Article`, reporting problems with their line:
/// the front matter through `FrontMatterReader`, then the rules an article must meet.
public struct ArticleParser: Sendable {
    /// The site's language, for finding events in a body without `events:`.
    public let language: String?
    /// Made once for all the articles a parser reads: its word sets take longer to make than
    /// a short article to read.
    private let eventFinder: EventFinder

    public init(language: String? = nil) {
        self.language = language
        eventFinder = EventFinder(language: language)
    }

    /// Parses `text`, the file at `path` whose name gives `defaultSlug`.
    /// Returns the article, or every problem found in it.
    public func parse(_ text: String, path: String, defaultSlug: String) -> Result<Article, BuildFailure> {
        let split: FrontMatterParser.Split
        let yaml: YAMLMapping
        do throws(Diagnostic) {
            split = try FrontMatterParser().split(text, path: path)
            yaml = try YAMLMapping.parse(split.yaml, path: path, firstLine: split.yamlFirstLine)
        } catch {
            return .failure(BuildFailure([error]))
        }
        var (frontMatter, problems) = FrontMatterReader().read(yaml, path: path)
        let start = SourceLocation(path: path, line: split.yamlFirstLine)

        // Absent (or empty), as against present with a value of the wrong type (already reported).
        func isAbsent(_ key: String, orEmpty: Bool) -> Bool {
            do { return try yaml.string(key).map { orEmpty && $0.trimmed.isEmpty } ?? true } catch { return false }
        }
        if isAbsent("title", orEmpty: true) {
            problems.append(.error("missing required field `title`", at: start))
        }
        // What `sitegen import` could not find: a draft may lack its date until the editor adds it.
        if isAbsent("date", orEmpty: false) {
            if frontMatter.draft {
                if !frontMatter.missing.contains("date") { frontMatter.missing.append("date") }
            } else {
                problems.append(.error("missing required field `date`", at: start))
            }
        }
        var slug = defaultSlug
        if let custom = frontMatter.slug {
            if Slug.isValid(custom) {
                slug = custom
            } else {
                problems.append(.error("`slug` may hold only lower-case letters, digits and `-`, found `\(custom)`",
                                       at: yaml.location(of: yaml.value("slug"))))
            }
        } else if !Slug.isValid(defaultSlug) {
            problems.append(.error("the file name must be a slug (lower-case letters, digits and `-`), or set `slug:`; suggested: \(Slug.make(defaultSlug)).md",
                                   at: SourceLocation(path: path)))
        }
        if !problems.isEmpty { return .failure(BuildFailure(problems)) }

        // Without an `events:` key, the events are those the text reports; with one (even empty),
        // they are the editor's.
        var events = frontMatter.events ?? []
        if frontMatter.events == nil, let date = frontMatter.date, !frontMatter.draft || !frontMatter.missing.contains("date") {
            events = eventFinder.events(inBody: split.body, firstLine: split.bodyFirstLine, published: date)
        }
        var extra = frontMatter.extra
        if frontMatter.draft, !frontMatter.missing.isEmpty { extra[Article.missingKey] = frontMatter.missing.joined(separator: ", ") }
        return .success(Article(
            slug: slug, path: path, title: frontMatter.title, date: frontMatter.date ?? ContentDate("1970-01-01")!,
            source: frontMatter.source, sourceURL: frontMatter.url, section: frontMatter.section,
            tags: frontMatter.tags, people: frontMatter.people, peopleLine: frontMatter.peopleLine,
            summary: frontMatter.summary, summaryLine: frontMatter.summaryLine, quotes: frontMatter.quotes,
            events: events, draft: frontMatter.draft, body: split.body, bodyFirstLine: split.bodyFirstLine, extra: extra
        ))
    }
}
