/// One article, as read from `content/articles/<slug>.md`.
public struct Article: Sendable, Equatable {
    public struct Quote: Sendable, Equatable {
        public var speaker: String?
        public var text: String
        /// Line of the file where the quote is, for messages.
        public var line: Int?
        public init(speaker: String?, text: String, line: Int? = nil) {
            self.speaker = speaker
            self.text = text
            self.line = line
        }
    }

    /// A dated event for the briefing's timeline, from `events:` in front matter.
    public struct Event: Sendable, Equatable {
        public var date: ContentDate
        public var text: String
        public init(date: ContentDate, text: String) {
            self.date = date
            self.text = text
        }
    }

    /// The `extra` key under which a draft lists what it still lacks (`date, title`).
    public static let missingKey = "missing"

    /// What a draft still lacks, from its `missing:` list; a draft without a date cannot be placed in the site.
    public var missingFacts: [String] {
        extra[Self.missingKey].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
    }

    public var slug: String
    /// The file it came from, relative to the site folder.
    public var path: String
    public var title: String
    public var date: ContentDate
    public var source: String?
    public var sourceURL: String?
    public var section: String?
    public var tags: [String]
    public var people: [String]
    public var summary: String?
    /// Line of the file where `summary:` is, for messages.
    public var summaryLine: Int?
    public var quotes: [Quote]
    public var events: [Event]
    public var draft: Bool
    /// Markdown body.
    public var body: String
    /// Line of the file where the body starts.
    public var bodyFirstLine: Int
    /// Front matter keys that sitegen does not use, kept as text for templates (`params`).
    public var extra: [String: String]

    public init(slug: String, path: String, title: String, date: ContentDate, source: String? = nil,
                sourceURL: String? = nil, section: String? = nil, tags: [String] = [], people: [String] = [],
                summary: String? = nil, summaryLine: Int? = nil, quotes: [Quote] = [], events: [Event] = [], draft: Bool = false,
                body: String = "", bodyFirstLine: Int = 1, extra: [String: String] = [:]) {
        self.slug = slug
        self.path = path
        self.title = title
        self.date = date
        self.source = source
        self.sourceURL = sourceURL
        self.section = section
        self.tags = tags
        self.people = people
        self.summary = summary
        self.summaryLine = summaryLine
        self.quotes = quotes
        self.events = events
        self.draft = draft
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.extra = extra
    }
}
