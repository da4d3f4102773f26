/// Paragraphs a page shows twice: a teaser of the lede cut with `…` above the lede itself, a
/// caption repeated under each copy of a photo, the text of an embedded post that the story quotes
/// in full. The copy that is whole and first is kept; the others are dropped.
struct DuplicateParagraphs {
    /// The indices of `texts` to drop.
    func duplicates(_ texts: [String]) -> Set<Int> {
        let folded = texts.map(Self.comparable)
        var dropped = Set<Int>()
        // Paragraphs by their first eight words: a copy shares its opening with what it copies,
        // or stands inside a longer paragraph (checked against the few longer ones only).
        var byOpening: [String: [Int]] = [:]
        for (index, text) in folded.enumerated() {
            byOpening[Self.opening(text), default: []].append(index)
        }
        for (index, text) in folded.enumerated() where text.split(separator: " ").count >= 6 {
            let sameOpening = byOpening[Self.opening(text)] ?? []
            if sameOpening.contains(where: { other in
                other != index && !dropped.contains(other) && (folded[other] == text ? other < index : folded[other].utf8.count > text.utf8.count && folded[other].hasPrefix(text))
            }) {
                dropped.insert(index)
                continue
            }
            // A quoted post: the text stands whole inside the paragraph just before it.
            if index > 0, folded[index - 1].utf8.count > text.utf8.count, folded[index - 1].includes(text) { dropped.insert(index) }
        }
        return dropped
    }

    static func comparable(_ text: String) -> String {
        var folded = text.collapsingWhitespace.folded
        for ellipsis in ["\u{2026}", "...", "[\u{2026}]", "[...]"] where folded.hasSuffix(ellipsis) {
            folded.removeLast(ellipsis.count)
        }
        return folded.trimmedSpaces
    }

    static func opening(_ text: String) -> String {
        text.split(separator: " ").prefix(8).joined(separator: " ")
    }
}
