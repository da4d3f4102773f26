import SitegenModel
import SitegenMarkdown
import SitegenOutput
/// Where each page of the site lives. Paths are relative to the site root and end in `/` for pages.
public enum SitePaths {
    public static let briefing = "briefing/"
    public static let tags = "tags/"
    public static let people = "people/"
    public static let feed = "feed.xml"
    public static let jsonFeed = "feed.json"
    public static let changes = "changes/"
    public static let changesFeed = "changes.xml"
    public static let briefingJSON = "briefing.json"
    public static let briefingSchema = "briefing.schema.json"
    public static let timelineJSON = "timeline.json"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    public static let notFound = "404.html"

    public static func article(_ slug: String) -> String { "articles/\(slug)/" }
    public static func tag(_ slug: String) -> String { "tags/\(slug)/" }
    public static func person(_ slug: String) -> String { "people/\(slug)/" }

    /// The file a page path is written to: `articles/x/` → `articles/x/index.html`.
    public static func file(for pagePath: String) -> String {
        pagePath.isEmpty || pagePath.hasSuffix("/") ? pagePath + "index.html" : pagePath
    }

    /// The relative prefix that leads from a page back to the site root: `./`, `../`, `../../`…
    /// Relative links keep a site working at a domain root, under a sub-path and from a local file server.
    public static func root(from pagePath: String) -> String {
        let depth = pagePath.split(separator: "/").count - (pagePath.hasSuffix("/") || pagePath.isEmpty ? 0 : 1)
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }
}
