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

    /// A dated event for the briefing's timeline: from `events:` in front matter, as the editor
    /// (or `sitegen import`) wrote it, or found in the text by `EventFinder` when the front matter
    /// has no `events:` key.
    public struct Event: Sendable, Equatable {
        public var date: ContentDate
        public var text: String {
            didSet { signature = EventSignature(text) }
        }
        /// Announced for a later day (`will convene`), not yet happened when the article was written.
        public var planned: Bool
        /// The sentence of the story that reports it, when known.
        public var sentence: String?
        /// The line of the file where it is (the sentence, or the front matter entry), for messages.
        public var line: Int?
        /// Whether the build found it in the text (rather than reading it from front matter).
        public var found: Bool
        /// Its names and words, for telling whether two reports are of one event (kept in step
        /// with `text` by `init`, which every reader of events goes through).
        public private(set) var signature: EventSignature

        public init(date: ContentDate, text: String, planned: Bool = false, sentence: String? = nil, line: Int? = nil, found: Bool = false) {
            self.init(date: date, text: text, planned: planned, sentence: sentence, line: line, found: found, signature: EventSignature(text))
        }

        /// An event as a cache kept it, with the signature worked out for its text then (so reading a
        /// site's cache folds no event's text again).
        public init(date: ContentDate, text: String, planned: Bool, sentence: String?, line: Int?, found: Bool, signature: EventSignature) {
            self.date = date
            self.text = text
            self.planned = planned
            self.sentence = sentence
            self.line = line
            self.found = found
            self.signature = signature
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
    /// Line of the file where `people:` is, for messages.
    public var peopleLine: Int?
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
                sourceURL: String? = nil, section: String? = nil, tags: [String] = [], people: [String] = [], peopleLine: Int? = nil,
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
        self.peopleLine = peopleLine
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
