/// A line of the raw text that the importer left out, and why.
public struct DroppedLine: Sendable, Equatable {
    public enum Reason: String, Sendable, Equatable, CaseIterable {
        case blankRun = "run of blank lines"
        case navigation = "navigation link"
        case caption = "photo caption or credit"
        case category = "category line"
        case repeatedHeadline = "headline repeated"
        case breadcrumb = "breadcrumb line"
        case byline = "byline or credits"
        case dateLine = "date line"
        case separator = "separator line"
        case teaser = "related-story teaser"
        case relatedHeading = "related-stories heading"
        case share = "share buttons"
        case subscribe = "subscribe or follow prompt"
        case cookie = "cookie notice"
        case advert = "advertisement label"
        case readingTime = "reading time"
        case footer = "copyright or footer line"
        case tagList = "tag list"
        case dateNote = "note of the article's own date"
        case embed = "embedded post (its credit line, or its text in another language)"
        case video = "title of an embedded video"
        case updateNotice = "notice that the story is developing"
        case widgetNotice = "a page widget's notice (unavailable, try again later)"
        case helpline = "a helpline notice (who to call if the story affects you)"
        case comments = "comment section"
        case duplicate = "repeats another paragraph"
        case beforeHeadline = "page chrome above the headline"
        case boilerplate = "not story text (short, few function words, away from the story)"
    }

    /// The 1-based line number; for a run of blank lines, the first.
    public var line: Int
    /// For a run of blank lines, the last line; otherwise `line`.
    public var lastLine: Int
    public var text: String
    public var reason: Reason

    public init(line: Int, lastLine: Int? = nil, text: String, reason: Reason) {
        self.line = line
        self.lastLine = lastLine ?? line
        self.text = text
        self.reason = reason
    }

    /// Blank lines are collapsed, not counted as dropped text.
    public var countsAsText: Bool { reason != .blankRun }

    /// `line 3 (photo caption or credit): Jane Doe (Photo: AP)` for `--verbose`.
    public var description: String {
        if reason == .blankRun { return "lines \(line)–\(lastLine) (\(reason.rawValue))" }
        return "line \(line) (\(reason.rawValue)): \(text)"
    }
}
