/// Names the site knows: people (with roles), places and topics, each with its variants.
///
/// Variants merge into one display name, so that `Zelensky` and `Zelenskyy` are one person.
public struct Gazetteer: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var role: String?
        public var aliases: [String]

        public init(name: String, role: String? = nil, aliases: [String] = []) {
            self.name = name
            self.role = role
            self.aliases = aliases
        }

        /// The name and its variants.
        public var allNames: [String] { [name] + aliases }
    }

    public var people: [Entry]
    public var places: [Entry]
    public var topics: [Entry]
    /// Extra variant → canonical name pairs, for any tag or person.
    public var aliases: [String: String]

    public init(people: [Entry] = [], places: [Entry] = [], topics: [Entry] = [], aliases: [String: String] = [:]) {
        self.people = people
        self.places = places
        self.topics = topics
        self.aliases = aliases
    }

    /// Maps any variant, compared by slug (case and accents ignored), to its display name.
    public func canonicalNames() -> [String: String] {
        var map: [String: String] = [:]
        for (variant, name) in aliases.sorted(by: { $0.key < $1.key }) {
            map[Slug.make(variant)] = name
        }
        for entry in people + places + topics {
            for variant in entry.allNames {
                map[Slug.make(variant)] = entry.name
            }
        }
        return map
    }

    /// This gazetteer with the entries of `other` that it does not name yet (by any name or
    /// variant, compared by slug): this one's entries and spellings win.
    public func adding(_ other: Gazetteer) -> Gazetteer {
        var result = self
        var taken = Set(canonicalNames().keys)
        func add(_ entries: [Entry], to list: inout [Entry]) {
            for entry in entries where !entry.allNames.contains(where: { taken.contains(Slug.make($0)) }) {
                list.append(entry)
                for name in entry.allNames { taken.insert(Slug.make(name)) }
            }
        }
        add(other.people, to: &result.people)
        add(other.places, to: &result.places)
        add(other.topics, to: &result.topics)
        for (variant, name) in other.aliases.sorted(by: { $0.key < $1.key }) where !taken.contains(Slug.make(variant)) {
            result.aliases[variant] = name
            taken.insert(Slug.make(variant))
        }
        return result
    }

    /// The role of a person, by display name.
    public func role(of person: String) -> String? {
        people.first { $0.name == person }?.role
    }
}
