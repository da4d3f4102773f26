/// The whole site as data, built from config and content: what every page is rendered from.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    /// Published articles, newest first (then by title and slug).
    public var articles: [Article]
    public var tags: TermIndex
    public var people: TermIndex
    public var briefing: Briefing
    /// What each day added to the briefing, newest first.
    public var changeLog: ChangeLog
    /// How names in front matter were merged into tags and people (from the gazetteer).
    public var names: NameResolver
}
