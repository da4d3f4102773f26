import SitegenModel

/// The front matter of an imported article, in the order it is written.
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    /// Required to write the article; nil while neither the editor nor the text has given it.
    public var date: ContentDate?
    public var source: String?
    public var url: String?
    public var section: String?
    public var tags: [String]
    public var people: [String]
    public var summary: String?
    public var quotes: [ExtractedQuote]
    /// Dated events the text reports (`EventFinder`); written as `events:`, which the editor owns from then on.
    public var events: [Article.Event] = []
    public var draft: Bool
    /// Facts the importer could not find (`date`, `title`): the article is a draft until the editor adds them.
    public var missing: [String] = []
    /// What the editor should check, written as comments at the top of the front matter.
    public var review: [String] = []

    public init(title: String, date: ContentDate?, source: String? = nil, url: String? = nil, section: String? = nil,
                tags: [String] = [], people: [String] = [], summary: String? = nil, quotes: [ExtractedQuote] = [],
                draft: Bool = false) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.section = section
        self.tags = tags
        self.people = people
        self.summary = summary
        self.quotes = quotes
        self.draft = draft
    }
}
