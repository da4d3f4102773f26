import SitegenModel
import SitegenMarkdown
import SitegenOutput
/// What the build keeps of an article once it is rendered, for the next build: its word count
/// (for reading times in listings), its finished pieces of the combined briefing, and its
/// entry in the search index.
public struct ArticleRender: Sendable, Equatable {
    public var wordCount: Int
    /// Nil for a draft left out of the site.
    public var briefingPieces: BriefingPieces?
    /// `SearchEntry.text`; nil when the site has no search, or for a draft left out.
    public var searchEntry: TextPiece?

    public init(wordCount: Int, briefingPieces: BriefingPieces?, searchEntry: TextPiece? = nil) {
        self.wordCount = wordCount
        self.briefingPieces = briefingPieces
        self.searchEntry = searchEntry
    }

    /// The pieces the build cache stores: the briefing's, then the search entry if there is one.
    public var storedPieces: [TextPiece] {
        (briefingPieces?.list ?? []) + (searchEntry.map { [$0] } ?? [])
    }

    /// From the pieces the build cache stored; nil when their number is not one `storedPieces` gives.
    public init?(wordCount: Int, storedPieces pieces: [TextPiece]) {
        let briefing = BriefingPieces.count
        switch pieces.count {
        case 0: self.init(wordCount: wordCount, briefingPieces: nil)
        case briefing: self.init(wordCount: wordCount, briefingPieces: BriefingPieces(list: pieces))
        case briefing + 1: self.init(wordCount: wordCount, briefingPieces: BriefingPieces(list: Array(pieces.prefix(briefing))), searchEntry: pieces.last)
        default: return nil
        }
    }

    /// For a draft left out of the site: never shown.
    package static let omitted = ArticleRender(wordCount: 0, briefingPieces: nil)
}
