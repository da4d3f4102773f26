import SitegenCore

/// What the importer made of one raw text: the article's front matter and body, and what it left
/// out, guessed or could not find. Front matter fields read through it: `article.title`.
@dynamicMemberLookup
public struct ImportedArticle: Sendable, Equatable {
    /// The fields to write; `date` is nil when neither the editor nor the text gives one.
    public var frontMatter: FrontMatter
    /// The date the text states as its publication date, if any.
    public var dateInText: ContentDate?
    public var paragraphs: [Paragraph]
    public var dropped: [DroppedLine]
    /// Capitalised names the gazetteer does not know.
    public var unknownNames: [String]
    /// Things the editor should check.
    public var warnings: [String]
    /// How each field was found, for `--verbose`.
    public var notes: [String]

    public subscript<Value>(dynamicMember field: KeyPath<FrontMatter, Value>) -> Value {
        frontMatter[keyPath: field]
    }

    /// Dropped lines of text (runs of blank lines are not counted).
    public var droppedLineCount: Int { dropped.filter(\.countsAsText).count }

    /// The article file's text; nil without a date.
    public var fileText: String? {
        guard frontMatter.date != nil else { return nil }
        return FrontMatterWriter().article(frontMatter, body: MarkdownBodyWriter().markdown(paragraphs))
    }
}
