/// The front matter of an article: what `sitegen import` writes (`FrontMatterWriter`) and what
/// the build reads (`FrontMatterReader`, then `ArticleParser`), one type for both.
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    /// Nil while neither the editor nor the text has given it (a draft may lack it).
    public var date: ContentDate?
    public var source: String?
    /// The page the article came from (`url:`, or `source_url:` as older files have it).
    public var url: String?
    public var section: String?
    public var tags: [String]
    public var people: [String]
    public var summary: String?
    public var quotes: [Article.Quote]
    /// Dated events, which the editor owns once written; nil when there is no `events:` key, and
    /// the build then finds them in the text.
    public var events: [Article.Event]?
    public var draft: Bool
    /// Facts the importer could not find (`date`, `title`): the article is a draft until the editor adds them.
    public var missing: [String]
    /// A slug other than the file's name.
    public var slug: String?
    /// Keys sitegen does not use, as text, for templates (`params`).
    public var extra: [String: String]
    /// What the editor should check, written as comments at the top of the front matter (never read back).
    public var review: [String]
    /// Lines of the file where `people:` and `summary:` are, when read from a file, for messages.
    public var peopleLine: Int?
    public var summaryLine: Int?

    public init(title: String, date: ContentDate?, source: String? = nil, url: String? = nil, section: String? = nil,
                tags: [String] = [], people: [String] = [], summary: String? = nil, quotes: [Article.Quote] = [],
                events: [Article.Event]? = nil, draft: Bool = false, missing: [String] = [], slug: String? = nil,
                extra: [String: String] = [:], review: [String] = []) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.section = section
        self.tags = tags
        self.people = people
        self.summary = summary
        self.quotes = quotes
        self.events = events
        self.draft = draft
        self.missing = missing
        self.slug = slug
        self.extra = extra
        self.review = review
    }
}
