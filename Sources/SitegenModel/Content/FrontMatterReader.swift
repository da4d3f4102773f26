/// Reads the YAML of an article's front matter into a `FrontMatter`, reporting each value of the
/// wrong type at its line. Whether a field is required is `ArticleParser`'s rule, not this.
public struct FrontMatterReader: Sendable {
    /// Keys that sitegen reads; any other key is kept in `FrontMatter.extra`.
    public static let knownKeys: Set<String> = [
        "title", "date", "source", "url", "source_url", "section", "tags", "people",
        "summary", "quotes", "events", "draft", "slug", "missing",
    ]

    public init() {}

    /// The front matter, and the problems found in it (values left at their defaults).
    public func read(_ yaml: YAMLMapping, path: String) -> (FrontMatter, [Diagnostic]) {
        var problems: [Diagnostic] = []
        func read<T>(_ body: () throws -> T) -> T? {
            do { return try body() } catch {
                problems.append(error as? Diagnostic ?? .error("\(error)", at: SourceLocation(path: path)))
                return nil
            }
        }
        var date: ContentDate?
        if let dateText = read({ try yaml.string("date") }) ?? nil {
            date = ContentDate(dateText)
            if date == nil {
                problems.append(.error("`date` must be a date like 2025-11-20 (or 2025-11-20T14:30:00Z), found `\(dateText)`",
                                       at: yaml.location(of: yaml.value("date"))))
            }
        }
        var extra: [String: String] = [:]
        for entry in yaml.entries where !Self.knownKeys.contains(entry.key) {
            if case let .scalar(scalar) = entry.value { extra[entry.key] = scalar.string }
        }
        var frontMatter = FrontMatter(
            title: (read { try yaml.string("title")?.trimmed } ?? nil) ?? "",
            date: date,
            source: read { try yaml.string("source")?.trimmed } ?? nil,
            url: read { try yaml.string("url") ?? yaml.string("source_url") } ?? nil,
            section: read { try yaml.string("section")?.trimmed } ?? nil,
            tags: read { try yaml.stringList("tags") } ?? [],
            people: read { try yaml.stringList("people") } ?? [],
            summary: read { try yaml.string("summary")?.trimmed } ?? nil,
            quotes: read { try quotes(yaml) } ?? [],
            events: yaml.value("events") == nil ? nil : read { try events(yaml) } ?? [],
            draft: (read { try yaml.bool("draft") } ?? nil) ?? false,
            missing: read { try yaml.stringList("missing") } ?? [],
            slug: read { try yaml.string("slug") } ?? nil,
            extra: extra
        )
        frontMatter.peopleLine = yaml.value("people").map { yaml.location(of: $0).line } ?? nil
        frontMatter.summaryLine = yaml.value("summary").map { yaml.location(of: $0).line } ?? nil
        return (frontMatter, problems)
    }

    private func quotes(_ yaml: YAMLMapping) throws(Diagnostic) -> [Article.Quote] {
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

    private func events(_ yaml: YAMLMapping) throws(Diagnostic) -> [Article.Event] {
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
