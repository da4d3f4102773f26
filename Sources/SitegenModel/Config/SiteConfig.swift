/// The site's settings, read from `content/site.yml`.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    public var description: String
    /// Absolute URL of the site's root, always ending in `/`.
    public var baseURL: BaseURL
    public var language: String
    public var author: String
    /// Pass raw HTML in Markdown through (the tagfilter extension stays on). Off by default.
    public var allowRawHTML: Bool
    /// How many articles the home page lists.
    public var homeArticleCount: Int
    /// How many tags the home page lists.
    public var homeTagCount: Int
    /// Display titles of the two taxonomies.
    public var tagsTitle: String
    public var peopleTitle: String
    /// Known people, places and topics; their variants merge into one name.
    public var gazetteer: Gazetteer
    /// How many of the newest articles the briefing shows in full; older ones as summaries.
    public var briefingFullArticles: Int
    /// Whether the site has a search box and writes a search index (`search: false` turns it off).
    public var searchEnabled: Bool
    /// Outlets' names by the address they publish at (`outlets:`: a host, or a host and a path
    /// prefix), which `sitegen import` takes over its built-in directory.
    public var outlets: [String: String]

    public init(
        title: String = "Briefing",
        description: String = "",
        baseURL: BaseURL = .root,
        language: String = "en",
        author: String = "",
        allowRawHTML: Bool = false,
        homeArticleCount: Int = 20,
        homeTagCount: Int = 20,
        tagsTitle: String = "Topics",
        peopleTitle: String = "People",
        gazetteer: Gazetteer = Gazetteer(),
        searchEnabled: Bool = true,
        briefingFullArticles: Int = 50,
        outlets: [String: String] = [:]
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.author = author
        self.allowRawHTML = allowRawHTML
        self.searchEnabled = searchEnabled
        self.briefingFullArticles = briefingFullArticles
        self.homeArticleCount = homeArticleCount
        self.homeTagCount = homeTagCount
        self.tagsTitle = tagsTitle
        self.peopleTitle = peopleTitle
        self.gazetteer = gazetteer
        self.outlets = outlets
    }
}
