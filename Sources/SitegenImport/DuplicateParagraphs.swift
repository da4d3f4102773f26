import SitegenModel

/// Paragraphs a page shows twice: a teaser of the lede cut with `…` above the lede itself, a
/// caption repeated under each copy of a photo, the text of an embedded post that the story quotes
/// in full. The copy that is whole and first is kept; the others are dropped.
struct DuplicateParagraphs {
    /// The indices of `texts` to drop.
    func duplicates(_ texts: [String]) -> Set<Int> {
        let folded = ParallelMap.map(texts) { Self.comparable($0) }
        var dropped = Set<Int>()
        // Paragraphs by their first eight words: a copy shares its opening with what it copies,
        // or stands inside a longer paragraph (checked against the few longer ones only).
        var byOpening: [Substring: [Int]] = [:]
        for (index, text) in folded.enumerated() {
            byOpening[Self.opening(text), default: []].append(index)
        }
        for (index, text) in folded.enumerated() where Self.spaces(in: text, upTo: 5) >= 5 {
            let sameOpening = byOpening[Self.opening(text)] ?? []
            if sameOpening.contains(where: { other in
                other != index && !dropped.contains(other) && (folded[other] == text ? other < index : folded[other].utf8.count > text.utf8.count && folded[other].hasPrefix(text))
            }) {
                dropped.insert(index)
                continue
            }
            // A quoted post, or a pull quote: the text stands whole inside a longer paragraph near it
            // (a pull quote is set a few paragraphs before or after the one it repeats). Nothing is
            // lost: the longer paragraph keeps the words.
            let near = max(0, index - Self.pullQuoteReach)...min(folded.count - 1, index + Self.pullQuoteReach)
            if near.contains(where: { other in
                other != index && folded[other].utf8.count > text.utf8.count && folded[other].includes(text)
            }) {
                dropped.insert(index)
            }
        }
        return dropped
    }

    /// How many paragraphs away a pull quote may stand from the one it repeats.
    static let pullQuoteReach = 4

    static func comparable(_ text: String) -> String {
        var folded = text.collapsingWhitespace.folded
        for ellipsis in ["\u{2026}", "...", "[\u{2026}]", "[...]"] where folded.hasSuffix(ellipsis) {
            folded.removeLast(ellipsis.count)
        }
        return folded.trimmedSpaces
    }

    /// The first eight words (the text is collapsed: one space between words).
    static func opening(_ text: String) -> Substring {
        var spaces = 0
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x20 {
                spaces += 1
                if spaces == 8 { return text[..<index] }
            }
            index = bytes.index(after: index)
        }
        return text[...]
    }

    /// How many spaces the text holds, counting no further than `limit`.
    static func spaces(in text: String, upTo limit: Int) -> Int {
        var count = 0
        for byte in text.utf8 where byte == 0x20 {
            count += 1
            if count == limit { break }
        }
        return count
    }
}
