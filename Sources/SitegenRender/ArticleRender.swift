import SitegenModel
import SitegenMarkdown
import SitegenOutput
/// What the build keeps of an article once it is rendered, for the next build: its word count
/// (for reading times in listings) and its finished pieces of the combined briefing, one per
/// entry of `Theme.briefingFragments`, in that order.
public struct ArticleRender: Sendable, Equatable {
    public var wordCount: Int
    public var briefingFragments: [TextPiece]

    public init(wordCount: Int, briefingFragments: [TextPiece]) {
        self.wordCount = wordCount
        self.briefingFragments = briefingFragments
    }

    /// For a draft left out of the site: never shown.
    package static let omitted = ArticleRender(wordCount: 0, briefingFragments: [])
}
