import SitegenModel

/// Paragraphs a page shows twice: a teaser of the lede cut with `…` above the lede itself, a
/// caption repeated under each copy of a photo, the text of an embedded post that the story quotes
/// in full. The copy that is whole and first is kept; the others are dropped. A pull quote, a
/// sentence of the story set apart a few paragraphs from where it stands, goes too (`pullQuotes`).
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
            // A quoted post: the text stands whole inside the paragraph just before it.
            if index > 0, folded[index - 1].utf8.count > text.utf8.count, folded[index - 1].includes(text) { dropped.insert(index) }
        }
        return dropped
    }

    /// How many paragraphs away a pull quote may stand from the one it repeats.
    static let pullQuoteReach = 4

    /// Pull quotes among the story's paragraphs: a paragraph of six words or more that stands whole,
    /// as words, inside a longer story paragraph at most `pullQuoteReach` paragraphs before or after
    /// it (`Johnson did not thank any members of his cabinet` above `While he thanked his wife,
    /// Johnson did not thank any members of his cabinet.`). Run on paragraphs already kept, so the
    /// longer one is known to stay and nothing of the story is lost.
    ///
    /// A pull quote is set as it stands in its paragraph, but for the case of its first letter
    /// (`Il y avait …` from `… qu'il y avait …`): its text after the first character is looked for
    /// in the raw bytes of the paragraphs near it first, and only a paragraph that holds it is
    /// folded and compared word for word. A story of megabytes is folded only where copies are.
    func pullQuotes(_ texts: [String]) -> Set<Int> {
        var quotes = Set<Int>()
        for (index, text) in texts.enumerated() where Self.spaces(in: text, upTo: 5) >= 5 {
            let inner = Self.withoutFirstCharacterAndEndMarks(text)
            guard inner.utf8.count >= 12 else { continue }
            let near = max(0, index - Self.pullQuoteReach)...min(texts.count - 1, index + Self.pullQuoteReach)
            if near.contains(where: { other in
                guard other != index, !quotes.contains(other), texts[other].utf8.count > text.utf8.count,
                      texts[other].includes(inner) else { return false }
                // The copy may end the sentence where the paragraph goes on (`… aus den Gleisen.` in
                // `… aus den Gleisen, drei fingen Feuer`): its closing marks are not compared.
                let quote = Self.withoutEndMarks(Self.comparable(text)), paragraph = Self.comparable(texts[other])
                return paragraph.includes(quote) && HeadlineExtractor.holdsWord(quote, in: paragraph)
            }) {
                quotes.insert(index)
            }
        }
        return quotes
    }

    /// The text without its first character and without the marks and spaces that end it.
    private static func withoutFirstCharacterAndEndMarks(_ text: String) -> String {
        var inner = text.trimmedSpaces.dropFirst()
        while let last = inner.last, last.isPunctuation || last.isSpace { inner = inner.dropLast() }
        return String(inner)
    }

    private static func withoutEndMarks(_ text: String) -> String {
        var inner = Substring(text)
        while let last = inner.last, last.isPunctuation || last.isSpace { inner = inner.dropLast() }
        return String(inner)
    }

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
