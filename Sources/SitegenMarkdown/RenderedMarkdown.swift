import SitegenModel
/// An article body rendered once, reused by the article page, the briefing and the feed.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    public var wordCount: Int

    public init(html: String, wordCount: Int) {
        self.html = html
        self.wordCount = wordCount
    }

    /// Minutes to read at 220 words a minute, at least 1.
    public var readingMinutes: Int { max(1, (wordCount + 219) / 220) }

    /// The HTML for a section nested `levels` deeper (h2 → h4 for 2) whose heading ids
    /// are prefixed, so that many articles can share one page without clashing ids.
    public func nested(idPrefix: String, levels: Int) -> String {
        HeadingAnchors.nest(html, idPrefix: idPrefix, levels: levels)
    }
}
