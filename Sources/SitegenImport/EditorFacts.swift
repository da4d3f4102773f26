import SitegenModel

/// What the editor says about an article that its text may not: when and where it was published.
/// They are recorded with the raw text, so that importing it again gives the same article.
public struct EditorFacts: Sendable, Equatable {
    public var date: ContentDate?
    public var source: String?
    public var url: String?
    public var section: String?
    /// The headline, when an extractor's JSON gives it apart from the text.
    public var title: String?

    public init(date: ContentDate? = nil, source: String? = nil, url: String? = nil, section: String? = nil, title: String? = nil) {
        self.date = date
        self.source = source
        self.url = url
        self.section = section
        self.title = title
    }

    public var isEmpty: Bool { date == nil && source == nil && url == nil && section == nil && title == nil }

    /// These facts, with `earlier` filling what these leave out.
    public func over(_ earlier: EditorFacts) -> EditorFacts {
        EditorFacts(date: date ?? earlier.date, source: source ?? earlier.source,
                    url: url ?? earlier.url, section: section ?? earlier.section, title: title ?? earlier.title)
    }
}
