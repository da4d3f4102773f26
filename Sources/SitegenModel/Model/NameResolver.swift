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
        resolve(lists: [names])[0]
    }

    /// `resolve(_:)` for each list; each distinct name is resolved and slugged once, as the
    /// same few hundred tags recur across thousands of articles.
    public func resolve(lists: [[String]]) -> [[String]] {
        var known: [String: (name: String, slug: String)] = [:]
        return lists.map { names in
            var seen = Set<String>()
            var result: [String] = []
            for name in names {
                let resolved: (name: String, slug: String)
                if let hit = known[name] {
                    resolved = hit
                } else {
                    let canonical = resolve(name)
                    resolved = (canonical, Slug.make(canonical))
                    known[name] = resolved
                }
                if seen.insert(resolved.slug).inserted { result.append(resolved.name) }
            }
            return result
        }
    }
}
