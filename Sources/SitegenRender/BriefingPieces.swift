import SitegenOutput

/// One article's pieces of the combined briefing. The briefing lists every article several
/// times; each article's piece of each list is a partial rendered on its own, in parallel, and
/// kept in the build cache, and the briefing page joins them in order. With thousands of
/// articles this is what keeps the briefing fast to rebuild.
public struct BriefingPieces: Sendable, Equatable {
    /// Its section in "The articles" (`partials/briefing-article`).
    public var section: TextPiece
    /// Its entry in the contents (`partials/briefing-contents-item`).
    public var contentsItem: TextPiece
    /// Its entry in the timeline (`partials/briefing-timeline-item`).
    public var timelineItem: TextPiece
    /// Its entry under its source (`partials/briefing-source-item`).
    public var sourceItem: TextPiece

    /// The partial each piece is rendered with, in the order of `list`.
    public static let templates: [(name: String, purpose: String)] = [
        ("partials/briefing-article", "one article's section of the combined briefing"),
        ("partials/briefing-contents-item", "one article's entry in the briefing's contents"),
        ("partials/briefing-timeline-item", "one article's entry in the briefing's timeline"),
        ("partials/briefing-source-item", "one article's entry in the briefing's sources"),
    ]

    public init(section: TextPiece, contentsItem: TextPiece, timelineItem: TextPiece, sourceItem: TextPiece) {
        self.section = section
        self.contentsItem = contentsItem
        self.timelineItem = timelineItem
        self.sourceItem = sourceItem
    }

    /// The pieces in the order of `templates`, as the build cache stores them.
    public var list: [TextPiece] { [section, contentsItem, timelineItem, sourceItem] }

    /// Pieces read back from the build cache; nil unless there is one for each template.
    public init?(list: [TextPiece]) {
        guard list.count == Self.templates.count else { return nil }
        self.init(section: list[0], contentsItem: list[1], timelineItem: list[2], sourceItem: list[3])
    }

    /// Renders each piece with its template.
    init(rendering render: (String) -> String) {
        let pieces = Self.templates.map { TextPiece(render($0.name)) }
        self.init(list: pieces)!
    }
}
