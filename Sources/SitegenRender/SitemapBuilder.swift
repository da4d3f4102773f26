import SitegenModel
import SitegenMarkdown
import SitegenOutput
/// `sitemap.xml`: every page of the site with its absolute URL.
struct SitemapBuilder {
    func build(model: SiteModel, changesPage: Bool = true) -> String {
        let base = model.config.baseURL
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        func add(_ path: String, _ date: ContentDate?) {
            xml += "  <url><loc>\(HTMLText.escape(base.absolute(path)))</loc>"
            if let date { xml += "<lastmod>\(date.isoDate)</lastmod>" }
            xml += "</url>\n"
        }
        let latest = model.briefing.latestDate
        add("", latest)
        add(SitePaths.briefing, latest)
        if changesPage { add(SitePaths.changes, latest) }
        for article in model.articles { add(SitePaths.article(article.slug), article.date) }
        add(SitePaths.tags, latest)
        for term in model.tags.terms { add(SitePaths.tag(term.slug), model.articles[term.articles[0]].date) }
        if !model.people.terms.isEmpty { add(SitePaths.people, latest) }
        for term in model.people.terms { add(SitePaths.person(term.slug), model.articles[term.articles[0]].date) }
        xml += "</urlset>\n"
        return xml
    }
}
