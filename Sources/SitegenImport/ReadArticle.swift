import SitegenModel

/// An article after the first stage of import, which needs no gazetteer: its headline, its story
/// paragraphs with the lines dropped around them, its date, source, section, summary and events,
/// and what was noted on the way. `ArticleImporter.attribute` adds the people, tags and quotes.
public struct ReadArticle: Sendable {
    /// What the editor supplied.
    public var facts: EditorFacts
    /// The text's language, else the site's.
    public var language: String?
    var headline: HeadlineExtractor.Headline
    public var paragraphs: [Paragraph]
    public var dropped: [DroppedLine]
    public var date: ContentDate?
    /// The date the page itself states (text or address), to compare with `--date`.
    public var dateInText: ContentDate?
    /// The date comes from the story's dateline only: the article waits as a draft.
    public var dateFromDateline: Bool
    public var section: String?
    public var source: String?
    public var summary: String?
    /// The events the story reports; nil when the article has no date to count from.
    public var events: [Article.Event]?
    public var warnings: [Diagnostic]
    public var notes: [String]
    public var review: [String]
    /// The front-matter fields the text does not give.
    public var missing: [String]
}
