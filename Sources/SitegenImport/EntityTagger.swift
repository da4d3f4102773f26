import SitegenModel
/// Tags an article with the people, places and topics of the gazetteer that it names (the people
/// `PersonFinder` found in the text are in that gazetteer too).
///
/// A place or a topic becomes a tag when the title or the lede names it, or the story names it at
/// least twice, so that a passing mention does not tag the article.
///
/// A person becomes one of the article's people in the same way, or when the top third of the
/// story names them (a news story puts its actors first: the lede and the paragraphs that develop
/// it), or when the story quotes them; a surname alone counts as a mention. A story's people are
/// those it is about, not everyone it names: `Democratic figures, including California Governor
/// Gavin Newsom, …` in the last paragraph is no tag. A story that names people but none of these
/// ways is tagged with the first it names. Everyone found stays in the gazetteer with a role.
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

    /// `speakers`: the display names of the people the story quotes.
    public func tag(title: String, paragraphs: [String], speakers: Set<String> = []) -> Tags {
        var people: [String] = []
        var terms: [(name: String, kind: Mention.Kind)] = []
        var counts: [String: Int] = [:]
        var prominent = Set<String>()
        // People named in the title or the story's top third.
        var top = Set<String>()
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
                if position <= 1 || (position - 1) * 3 < paragraphs.count { top.insert(mention.name) }
            }
        }
        let main = people.filter { top.contains($0) || counts[$0, default: 0] >= 2 || speakers.contains($0) }
        let tagged = terms.filter { prominent.contains($0.name) || counts[$0.name, default: 0] >= 2 }
        let tags = tagged.filter { $0.kind == .topic }.map(\.name) + tagged.filter { $0.kind == .place }.map(\.name)
        return Tags(people: main.isEmpty ? Array(people.prefix(1)) : main, tags: tags)
    }
}
