/// Merges name variants into their display name, by the gazetteer and the aliases of `site.yml`.
///
/// Matching ignores case and accents: `zelensky`, `Zelensky` and `Zelenskyy` can all become `Volodymyr Zelenskyy`.
public struct NameResolver: Sendable {
    private let canonical: [String: String]

    public init(gazetteer: Gazetteer) {
        canonical = gazetteer.canonicalNames()
    }

    public func resolve(_ name: String) -> String {
        canonical[Slug.make(name)] ?? name
    }

    /// The slug of the tag or person that `name`, as written in front matter, is filed under.
    public func termSlug(_ name: String) -> String {
        Slug.make(resolve(name))
    }

    /// Resolves every name and drops repeats, keeping the first order.
    public func resolve(_ names: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for name in names {
            let resolved = resolve(name)
            if seen.insert(Slug.make(resolved)).inserted { result.append(resolved) }
        }
        return result
    }
}
