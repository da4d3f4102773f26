import SitegenModel

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
    /// Those people, with the role and spellings the text gives: added to `content/gazetteer.yml`.
    public var foundPeople: [PersonFinder.Person] = []

    /// The names of those people.
    public var unknownNames: [String] { foundPeople.map(\.name) }
    /// Things the editor should check.
    public var warnings: [Diagnostic]
    /// How each field was found, for `--verbose`.
    public var notes: [String]

    public subscript<Value>(dynamicMember field: KeyPath<FrontMatter, Value>) -> Value {
        frontMatter[keyPath: field]
    }

    /// Dropped lines of text (runs of blank lines are not counted).
    public var droppedLineCount: Int { dropped.filter(\.countsAsText).count }

    /// The article file's text.
    public var fileText: String {
        FrontMatterWriter().article(frontMatter, body: MarkdownBodyWriter().markdown(paragraphs))
    }

    public init(frontMatter: FrontMatter, dateInText: ContentDate?, paragraphs: [Paragraph], dropped: [DroppedLine],
                foundPeople: [PersonFinder.Person] = [], warnings: [Diagnostic], notes: [String]) {
        self.frontMatter = frontMatter
        self.dateInText = dateInText
        self.paragraphs = paragraphs
        self.dropped = dropped
        self.foundPeople = foundPeople
        self.warnings = warnings
        self.notes = notes
    }
}
