/// The tokens of a paragraph that name one person.
struct PersonSpan: Sendable, Equatable {
    var name: String
    var tokens: ClosedRange<Int>

    /// Maps person mentions (character offsets) onto token indices.
    /// Mentions and tokens both come in text order, so one sweep over the tokens serves them all.
    static func spans(_ mentions: [Mention], in tokens: [Token]) -> [PersonSpan] {
        var result: [PersonSpan] = []
        var start = 0
        for mention in mentions where mention.isPerson {
            while start < tokens.count, tokens[start].range.upperBound <= mention.range.lowerBound { start += 1 }
            var index = start
            var first: Int?, last: Int?
            while index < tokens.count, tokens[index].range.lowerBound < mention.range.upperBound {
                if tokens[index].isWord, tokens[index].range.overlaps(mention.range) {
                    if first == nil { first = index }
                    last = index
                }
                index += 1
            }
            if let first, let last { result.append(PersonSpan(name: mention.name, tokens: first...last)) }
        }
        return result
    }
}
