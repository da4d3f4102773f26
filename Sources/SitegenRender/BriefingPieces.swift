import SitegenOutput

/// One article's pieces of the combined briefing. The briefing lists every article several
/// times; each article's piece of each list is a partial rendered on its own, in parallel, and
/// kept in the build cache, and the briefing page joins them in order (and `briefing.json` its
/// entries). With thousands of
/// articles this is what keeps the briefing fast to rebuild.
public struct BriefingPieces: Sendable, Equatable {
    /// Its section in "The articles" (`partials/briefing-article`).
    public var section: TextPiece
    /// Its section without the body, for a briefing that shows only its newest articles in full
    /// (`partials/briefing-article` without `bodyHTML`).
    public var shortSection: TextPiece
    /// Its entry in the contents (`partials/briefing-contents-item`).
    public var contentsItem: TextPiece
    /// Its entry in the timeline (`partials/briefing-timeline-item`).
    public var timelineItem: TextPiece
    /// Its entry under its source (`partials/briefing-source-item`).
    public var sourceItem: TextPiece
    /// Its entry in `briefing.json`'s articles (`BriefingExport.articleJSON`).
    public var exportEntry: TextPiece

    /// The partials the pieces are rendered with (the two sections with the first).
    public static let templates: [(name: String, purpose: String)] = [
        ("partials/briefing-article", "one article's section of the combined briefing"),
        ("partials/briefing-contents-item", "one article's entry in the briefing's contents"),
        ("partials/briefing-timeline-item", "one article's entry in the briefing's timeline"),
        ("partials/briefing-source-item", "one article's entry in the briefing's sources"),
    ]

    public init(section: TextPiece, shortSection: TextPiece, contentsItem: TextPiece, timelineItem: TextPiece, sourceItem: TextPiece,
                exportEntry: TextPiece) {
        self.section = section
        self.shortSection = shortSection
        self.contentsItem = contentsItem
        self.timelineItem = timelineItem
        self.sourceItem = sourceItem
        self.exportEntry = exportEntry
    }

    /// How many pieces `list` has.
    public static let count = 6

    /// The pieces in a fixed order, as the build cache stores them.
    public var list: [TextPiece] { [section, shortSection, contentsItem, timelineItem, sourceItem, exportEntry] }

    /// Pieces read back from the build cache; nil unless there are `count`.
    public init?(list: [TextPiece]) {
        guard list.count == Self.count else { return nil }
        self.init(section: list[0], shortSection: list[1], contentsItem: list[2], timelineItem: list[3], sourceItem: list[4],
                  exportEntry: list[5])
    }

    /// Renders each piece: `render(template, full)`, where `full` says whether the article's data has its body.
    init(rendering render: (String, Bool) -> String, exportEntry: TextPiece) {
        let names = Self.templates.map(\.name)
        self.init(section: TextPiece(render(names[0], true)), shortSection: TextPiece(render(names[0], false)),
                  contentsItem: TextPiece(render(names[1], true)), timelineItem: TextPiece(render(names[2], true)),
                  sourceItem: TextPiece(render(names[3], true)), exportEntry: exportEntry)
    }
}
