import SitegenModel

/// A gazetteer with what an importer looks its names up by — the slug of every name, its people
/// keyed for matching (`KnownPeople`), the index that finds its names in text (`GazetteerIndex`) —
/// made once and grown with each article's people. Remaking them for every article made a bulk
/// import quadratic in its number of people: 3,000 files that each bring new people took nine
/// times as long as 1,000.
public struct IndexedGazetteer: Sendable {
    public private(set) var gazetteer: Gazetteer
    public private(set) var known: KnownPeople
    public private(set) var index: GazetteerIndex
    /// The slug of every name, variant and alias (`Gazetteer.canonicalNames()`'s keys).
    private var slugs: Set<String>
    /// Every name and variant of every person.
    private var personNames: Set<String>

    public init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        known = KnownPeople(gazetteer.people)
        index = GazetteerIndex(gazetteer: gazetteer)
        slugs = Set(gazetteer.canonicalNames().keys)
        personNames = Set(gazetteer.people.flatMap(\.allNames))
    }

    /// Whether a person of the gazetteer has `name` as a name or a variant.
    public func hasPerson(named name: String) -> Bool {
        personNames.contains(name)
    }

    /// The entries and aliases of `more` that the gazetteer does not name yet (by any name or variant,
    /// compared by slug), as `Gazetteer.adding(_:)` would add them; in time linear in `more`.
    public func unnamed(in more: Gazetteer) -> Gazetteer {
        var taken: Set<String> = []
        func isTaken(_ name: String) -> Bool {
            let slug = Slug.make(name)
            return slugs.contains(slug) || taken.contains(slug)
        }
        func accepted(_ entries: [Gazetteer.Entry]) -> [Gazetteer.Entry] {
            var result: [Gazetteer.Entry] = []
            for entry in entries where !entry.allNames.contains(where: isTaken) {
                result.append(entry)
                for name in entry.allNames { taken.insert(Slug.make(name)) }
            }
            return result
        }
        var result = Gazetteer(people: accepted(more.people), places: accepted(more.places), topics: accepted(more.topics))
        for (variant, name) in more.aliases.sorted(by: { $0.key < $1.key }) where !isTaken(variant) {
            result.aliases[variant] = name
            taken.insert(Slug.make(variant))
        }
        return result
    }

    /// The index of this gazetteer with `more` added, for one article (its people and spellings).
    public func index(adding more: Gazetteer) -> GazetteerIndex {
        index.adding(unnamed(in: more))
    }

    /// Adds what `more` names that the gazetteer does not (`Gazetteer.adding(_:)`).
    public mutating func add(_ more: Gazetteer) {
        let added = unnamed(in: more)
        gazetteer.people += added.people
        gazetteer.places += added.places
        gazetteer.topics += added.topics
        for (variant, name) in added.aliases { gazetteer.aliases[variant] = name }
        known.add(added.people)
        index.add(added)
        for list in [added.people, added.places, added.topics] {
            for entry in list { for name in entry.allNames { slugs.insert(Slug.make(name)) } }
        }
        for variant in added.aliases.keys { slugs.insert(Slug.make(variant)) }
        for entry in added.people { personNames.formUnion(entry.allNames) }
    }
}
