import SitegenModel
import SitegenMarkdown
import SitegenOutput
/// What the build keeps of an article once it is rendered, for the next build: its word count
/// (for reading times in listings) and its finished pieces of the combined briefing.
public struct ArticleRender: Sendable, Equatable {
    public var wordCount: Int
    /// Nil for a draft left out of the site.
    public var briefingPieces: BriefingPieces?

    public init(wordCount: Int, briefingPieces: BriefingPieces?) {
        self.wordCount = wordCount
        self.briefingPieces = briefingPieces
    }

    /// For a draft left out of the site: never shown.
    package static let omitted = ArticleRender(wordCount: 0, briefingPieces: nil)
}
