/// One tag or person and the articles that carry it.
public struct Term: Sendable, Equatable {
    public var name: String
    public var slug: String
    /// Indices into `SiteModel.articles`, newest first.
    public var articles: [Int]
    /// A person's role, from the gazetteer.
    public var role: String?
}

/// A taxonomy (tags, people): its terms in alphabetical order, looked up by slug.
public struct TermIndex: Sendable {
    public let terms: [Term]
    private let positionBySlug: [String: Int]

    /// Builds the index from each article's names (already canonical), in the model's article order.
    /// Names that differ only in case or accents become one term, shown with the most used spelling.
    init(names: [[String]], roles: (String) -> String? = { _ in nil }) {
        var articlesBySlug: [String: [Int]] = [:]
        var spellings: [String: [String: Int]] = [:]
        var slugs: [String: String] = [:]
        for (articleIndex, articleNames) in names.enumerated() {
            for name in articleNames {
                let slug = slugs[name] ?? Slug.make(name)
                slugs[name] = slug
                guard !slug.isEmpty else { continue }
                if articlesBySlug[slug]?.last != articleIndex {
                    articlesBySlug[slug, default: []].append(articleIndex)
                }
                spellings[slug, default: [:]][name, default: 0] += 1
            }
        }
        var terms: [Term] = articlesBySlug.map { slug, articles in
            let name = spellings[slug]!.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
            return Term(name: name, slug: slug, articles: articles, role: roles(name))
        }
        terms.sort { a, b in
            let ka = a.name.lowercased(), kb = b.name.lowercased()
            return ka != kb ? ka < kb : a.slug < b.slug
        }
        self.terms = terms
        var positions: [String: Int] = [:]
        for (index, term) in terms.enumerated() { positions[term.slug] = index }
        positionBySlug = positions
    }

    public func term(slug: String) -> Term? {
        positionBySlug[slug].map { terms[$0] }
    }

    /// The most used terms, most articles first, then by name.
    public func top(_ count: Int) -> [Term] {
        Array(terms.sorted { a, b in
            a.articles.count != b.articles.count ? a.articles.count > b.articles.count : a.slug < b.slug
        }.prefix(count))
    }
}
