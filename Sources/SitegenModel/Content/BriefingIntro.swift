/// The combined briefing's own title and intro, from `content/briefing.md`.
public struct BriefingIntro: Sendable, Equatable {
    public var title: String
    public var summary: String?
    public var keyPoints: [String]
    public var body: String
    public var path: String?

    public init(title: String, summary: String? = nil, keyPoints: [String] = [], body: String = "", path: String? = nil) {
        self.title = title
        self.summary = summary
        self.keyPoints = keyPoints
        self.body = body
        self.path = path
    }
}
