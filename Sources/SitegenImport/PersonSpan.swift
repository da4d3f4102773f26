/// The tokens of a paragraph that name one person.
struct PersonSpan: Sendable, Equatable {
    var name: String
    var tokens: ClosedRange<Int>

    /// Maps person mentions (character offsets) onto token indices.
    static func spans(_ mentions: [Mention], in tokens: [Token]) -> [PersonSpan] {
        mentions.filter(\.isPerson).compactMap { mention in
            let covered = tokens.indices.filter { tokens[$0].isWord && tokens[$0].range.overlaps(mention.range) }
            guard let first = covered.first, let last = covered.last else { return nil }
            return PersonSpan(name: mention.name, tokens: first...last)
        }
    }
}
