/// What every page knows of the site: `{{site.title}}`, `{{site.tagsTitle}}`…
struct SiteData: TemplateData {
    var title: String
    var language: String
    var baseURL: String
    var tagsTitle: String
    var peopleTitle: String
    /// Nil when empty, so that `{{#site.description}}` stays closed.
    var description: String?
    var author: String?
    var hasPeople: Bool
    /// Whether pages show the search box.
    var search: Bool

    /// Every value a template can read, in order, for `PageData.eventCacheKey`.
    var keyFields: [String] {
        [title, language, baseURL, tagsTitle, peopleTitle, description == nil ? "0" : "1", description ?? "", author == nil ? "0" : "1",
         author ?? "", hasPeople ? "1" : "0", search ? "1" : "0"]
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "language": language
        case "baseURL": baseURL
        case "tagsTitle": tagsTitle
        case "peopleTitle": peopleTitle
        case "description": description
        case "author": author
        case "hasPeople": hasPeople
        case "search": search
        default: nil
        }
    }
}

/// The page's own head values: `{{page.fullTitle}}`, `{{page.canonical}}`…
struct PageMetadata: TemplateData {
    var title: String
    /// `Title · Site`, or the site's title alone on the home page.
    var fullTitle: String
    /// One line of at most 300 characters.
    var description: String
    var canonical: String
    /// `home`, `article`, `briefing`, `tags`, `people`, `404`: the body's class is `page-<kind>`.
    var kind: String
    var ogType: String
    /// RFC 3339, for `article:published_time`.
    var published: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "fullTitle": fullTitle
        case "description": description
        case "canonical": canonical
        case "kind": kind
        case "ogType": ogType
        case "published": published
        default: nil
        }
    }
}
