/// Turns the text of one article file into an `Article`, reporting problems with their line.
public struct ArticleParser: Sendable {
    /// Front matter keys that sitegen reads; any other key is kept in `Article.extra`.
    public static let knownKeys: Set<String> = [
        "title", "date", "source", "url", "source_url", "section", "tags", "people",
        "summary", "quotes", "events", "draft", "slug", "missing",
    ]

    /// The site's language, for finding events in a body without `events:`.
    public var language: String?

    public init(language: String? = nil) {
        self.language = language
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
        var problems: [Diagnostic] = []
        func read<T>(_ body: () throws -> T) -> T? {
            do { return try body() } catch {
                problems.append(error as? Diagnostic ?? .error("\(error)", at: SourceLocation(path: path)))
                return nil
            }
        }

        // `read` gives nil when the value was malformed (already reported), `.some(nil)` when it is absent.
        let titleValue = read { try yaml.string("title")?.trimmed }
        let title = titleValue.flatMap { $0?.isEmpty == false ? $0 : nil }
        if let titleValue, titleValue?.isEmpty ?? true {
            problems.append(.error("missing required field `title`", at: SourceLocation(path: path, line: split.yamlFirstLine)))
        }
        // What `sitegen import` could not find: a draft may lack its date until the editor adds it.
        let isDraft = (try? yaml.bool("draft")) == true
        var missing = (try? yaml.stringList("missing")) ?? []
        var date: ContentDate?
        if let dateText = read({ try yaml.string("date") }) {
            if let dateText {
                date = ContentDate(dateText)
                if date == nil {
                    problems.append(.error("`date` must be a date like 2025-11-20 (or 2025-11-20T14:30:00Z), found `\(dateText)`",
                                           at: yaml.location(of: yaml.value("date"))))
                }
            } else if isDraft {
                if !missing.contains("date") { missing.append("date") }
            } else {
                problems.append(.error("missing required field `date`", at: SourceLocation(path: path, line: split.yamlFirstLine)))
            }
        }
        var slug = defaultSlug
        if let custom = read({ try yaml.string("slug") }), let custom {
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
        let quotes = read { try parseQuotes(yaml) } ?? []
        // Without an `events:` key, the events are those the text reports; with one (even empty),
        // they are the editor's.
        var events = read { try parseEvents(yaml) } ?? []
        if yaml.value("events") == nil, let date, !isDraft || !missing.contains("date") {
            events = EventFinder(language: language).events(inBody: split.body, firstLine: split.bodyFirstLine, published: date)
        }
        var extra: [String: String] = [:]
        for entry in yaml.entries where !Self.knownKeys.contains(entry.key) {
            if case let .scalar(scalar) = entry.value { extra[entry.key] = scalar.string }
        }
        if isDraft, !missing.isEmpty { extra[Article.missingKey] = missing.joined(separator: ", ") }
        let article = Article(
            slug: slug,
            path: path,
            title: title ?? "",
            date: date ?? ContentDate("1970-01-01")!,
            source: read { try yaml.string("source")?.trimmed } ?? nil,
            sourceURL: read { try yaml.string("url") ?? yaml.string("source_url") } ?? nil,
            section: read { try yaml.string("section")?.trimmed } ?? nil,
            tags: read { try yaml.stringList("tags") } ?? [],
            people: read { try yaml.stringList("people") } ?? [],
            peopleLine: yaml.value("people").map { yaml.location(of: $0).line } ?? nil,
            summary: read { try yaml.string("summary")?.trimmed } ?? nil,
            summaryLine: yaml.value("summary").map { yaml.location(of: $0).line } ?? nil,
            quotes: quotes,
            events: events,
            draft: (read { try yaml.bool("draft") } ?? nil) ?? false,
            body: split.body,
            bodyFirstLine: split.bodyFirstLine,
            extra: extra
        )
        if !problems.isEmpty { return .failure(BuildFailure(problems)) }
        return .success(article)
    }

    private func parseQuotes(_ yaml: YAMLMapping) throws(Diagnostic) -> [Article.Quote] {
        var quotes: [Article.Quote] = []
        for item in try yaml.mappingList("quotes") {
            guard let text = try item.string("text")?.trimmed, !text.isEmpty else {
                throw .error("each quote needs a `text`", at: item.location(of: item.node))
            }
            let speaker = try item.string("speaker")?.trimmed
            quotes.append(Article.Quote(speaker: speaker?.isEmpty == true ? nil : speaker, text: text,
                                        line: item.location(of: item.node).line))
        }
        return quotes
    }

    private func parseEvents(_ yaml: YAMLMapping) throws(Diagnostic) -> [Article.Event] {
        var events: [Article.Event] = []
        for item in try yaml.mappingList("events") {
            guard let dateText = try item.string("date"), let date = ContentDate(dateText) else {
                throw .error("each event needs a `date` like 2025-11-20", at: item.location(of: item.node))
            }
            guard let text = try item.string("text")?.trimmed, !text.isEmpty else {
                throw .error("each event needs a `text`", at: item.location(of: item.node))
            }
            let planned = try item.bool("planned") ?? false
            let sentence = try item.string("sentence")?.trimmed
            events.append(Article.Event(date: date, text: text, planned: planned, sentence: sentence?.isEmpty == true ? nil : sentence,
                                        line: item.location(of: item.node).line))
        }
        return events
    }
}
