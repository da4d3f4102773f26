/// What the build keeps of an article once it is rendered, for the next build: its word count
/// (for reading times in listings) and its finished section of the combined briefing.
public struct ArticleRender: Sendable, Equatable {
    public var wordCount: Int
    public var briefingSection: String

    public init(wordCount: Int, briefingSection: String) {
        self.wordCount = wordCount
        self.briefingSection = briefingSection
    }
}
