import SitegenModel
import SitegenMarkdown
import SitegenOutput
/// `robots.txt`: everything may be crawled; the sitemap is named.
struct RobotsBuilder {
    func build(model: SiteModel) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(model.config.baseURL.absolute(SitePaths.sitemap))\n"
    }
}
