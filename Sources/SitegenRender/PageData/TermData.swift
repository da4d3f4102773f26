/// A link to a tag's or a person's page.
struct TermItem: TemplateData {
    var name: String
    var path: String
    /// The number of articles, where the list shows it.
    var count: Int?
    var role: String?

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "path": path
        case "count": count
        case "role": role
        default: nil
        }
    }
}

/// Links to tags or people, for `partials/term-links`.
struct TermList: TemplateData {
    var items: [TermItem]

    func child(named name: String) -> Any? {
        switch name {
        case "items": items
        case "hasItems": !items.isEmpty
        default: nil
        }
    }
}

/// The tags or the people, on their index and on each term's page.
struct TaxonomyData: TemplateData {
    var title: String
    var path: String
    /// Every term, on the index page only.
    var terms: [TermItem]?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "path": path
        case "count": terms?.count
        case "terms": terms
        default: nil
        }
    }
}

/// One tag or person, on its own page.
struct TermData: TemplateData {
    var name: String
    var slug: String
    var count: Int
    var role: String?
    /// A person's statements, from the quote ledger.
    var quotes: [QuoteData] = []

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "slug": slug
        case "count": count
        case "articlesWord": count == 1 ? "article" : "articles"
        case "role": role
        case "quotes": quotes
        case "hasQuotes": !quotes.isEmpty
        default: nil
        }
    }
}
