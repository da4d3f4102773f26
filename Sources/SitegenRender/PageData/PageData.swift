/// What one template sees: the values every page has (`site`, `root`, `page`, `nav`) and the
/// page's own (`article`, `briefing`, `term`…). The layout also gets `content`, the page
/// template's output.
///
/// Links inside the site are written `{{root}}{{path}}`: `root` leads back to the site root
/// from the page being rendered, and `path` is relative to the root.
struct PageData: TemplateData {
    var site: SiteData
    var root: String
    /// Nil for the briefing's pieces, which are not pages.
    var page: PageMetadata?
    var nav: NavigationData?
    var content: String?

    var article: ArticleData?
    var articles: [ArticleData]?
    var briefing: BriefingData?
    var event: EventData?
    var topTags: TermList?
    var topPeople: TermList?
    var taxonomy: TaxonomyData?
    var term: TermData?
    var changes: ChangesData?

    init(site: SiteData, root: String, page: PageMetadata? = nil) {
        self.site = site
        self.root = root
        self.page = page
        self.nav = page.map { NavigationData(current: $0.kind) }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "root": root
        case "page": page
        case "nav": nav
        case "content": content
        case "article": article
        case "articles": articles
        case "briefing": briefing
        case "event": event
        case "topTags": topTags
        case "topPeople": topPeople
        case "taxonomy": taxonomy
        case "term": term
        case "changes": changes
        default: nil
        }
    }
}
