/// The combined briefing's parts, computed once from all articles.
public struct Briefing: Sendable {
    public struct TimelineEntry: Sendable, Equatable {
        public var date: ContentDate
        public var text: String
        /// The article this entry is, or (for an event) the first that reports it.
        public var article: Int
        /// True for an article's publication; false for an event.
        public var isArticle: Bool
        /// For an event, its index in `events`.
        public var event: Int?

        public init(date: ContentDate, text: String, article: Int, isArticle: Bool, event: Int? = nil) {
            self.date = date
            self.text = text
            self.article = article
            self.isArticle = isArticle
            self.event = event
        }
    }

    /// One event of the story, as one or more articles report it (see `EventMerger`).
    public struct Event: Sendable, Equatable {
        public struct Report: Sendable, Equatable {
            public var article: Int
            /// Its index in the article's `events`.
            public var event: Int
        }

        public var date: ContentDate
        /// As the first report words it.
        public var text: String
        /// Announced and not yet reported as done: every report says it is planned.
        public var planned: Bool
        /// Every article that reports it, the first report first.
        public var reports: [Report]
    }

    /// One statement in the quote ledger: as the first article printed it, and the later
    /// articles that repeat it (matched by `QuoteMatcher`).
    public struct QuoteRef: Sendable, Equatable {
        public var text: String
        /// The article that reported it first.
        public var article: Int
        /// Later articles that print it again, oldest first.
        public var repeats: [Int] = []

        public init(text: String, article: Int, repeats: [Int] = []) {
            self.text = text
            self.article = article
            self.repeats = repeats
        }
    }

    public struct SpeakerQuotes: Sendable, Equatable {
        /// nil for quotes without a clear speaker.
        public var speaker: String?
        public var quotes: [QuoteRef]
    }

    public struct Source: Sendable, Equatable {
        public var name: String
        /// Articles from this source, oldest first.
        public var articles: [Int]
    }

    /// Which outlet reported which event, and which reported it first (see `CoverageBuilder`).
    public struct Coverage: Sendable, Equatable {
        public struct Outlet: Sendable, Equatable {
            public var name: String
            public var articles: Int
            /// Events of the story its articles report.
            public var events: Int
            /// Events it reported before any other outlet (or on the same day, earlier in order).
            public var first: Int
        }

        /// One event several outlets report.
        public struct Row: Sendable, Equatable {
            /// Its index in `events`.
            public var event: Int
            /// For each of `columns`: the first of its articles that reports the event, or nil.
            public var reports: [Int?]
            /// The column of the outlet that reported it first, when that outlet is a column.
            public var firstColumn: Int?
            /// How many outlets report it (also those beyond the table's columns).
            public var outletCount: Int
        }

        /// Named outlets, those that report the most events first.
        public var outlets: [Outlet]
        /// The outlets the table of shared events has a column for: those that report one of its
        /// events, in the order of `outlets`, at most `CoverageBuilder.maxColumns`.
        public var columns: [String]
        /// The events reported by more than one outlet, those reported most widely first; at most
        /// `CoverageBuilder.maxRows`.
        public var rows: [Row]
        /// How many events more than one outlet reports (`rows` may show fewer), and how many one.
        public var sharedEvents: Int
        public var singleEvents: Int
    }

    /// The name under which the sources list shows articles whose outlet is not recorded.
    public static let unnamedSource = "Source not recorded"

    public var intro: BriefingIntro
    /// Oldest first; ties keep article order. Articles and the events that happened; planned
    /// events are in `planned`.
    public var timeline: [TimelineEntry]
    /// The story's events, merged across articles, by date.
    public var events: [Event]
    /// Indices in `events` of the planned ones, by date.
    public var planned: [Int]
    /// Article indices, oldest first: the order of the briefing's full articles.
    public var chronological: [Int]
    /// Speakers with the most quotes first; unattributed quotes last.
    public var quotes: [SpeakerQuotes]
    /// Sources by name.
    public var sources: [Source]
    public var coverage: Coverage
    /// The newest article's date.
    public var latestDate: ContentDate?
}
