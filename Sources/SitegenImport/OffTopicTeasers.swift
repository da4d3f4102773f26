import SitegenModel

/// Another story's headline set between the paragraphs of this one, with no label to say so
/// (`Xavi Hernández: promesa, auge y caída del hijo pródigo del Barcelona` inside a match report).
/// A story's own subheadings speak of the story: they reuse its words and its names. A teaser
/// shares next to none of them and names someone or something the story never mentions.
///
/// Only a line shaped like a headline (7 to 25 words, no closing full stop) that stands between
/// two kept paragraphs is judged, so that a story's first or last line, cut off by a scraper, and a
/// short subheading are never dropped.
struct OffTopicTeasers {
    /// The share of a line's content words that the rest of the story must use for it to be the story's.
    static let sharedWords = 0.15

    let stopwords: Set<String>

    init(language: String?) {
        stopwords = Stopwords.words(for: language)
    }

    /// The indices of `texts` that are other stories' headlines; `headline` counts as the story's text.
    func teasers(_ texts: [String], headline: String) -> Set<Int> {
        guard texts.count >= 3 else { return [] }
        let wordsOf = ParallelMap.map(texts) { contentWords($0) }
        var counts: [String: Int] = [:]
        for words in wordsOf { for word in Set(words) { counts[word, default: 0] += 1 } }
        let headlineWords = Set(contentWords(headline))
        var result = Set<Int>()
        for index in 1..<(texts.count - 1) {
            let text = texts[index]
            // A quotation is the story's, whatever its words.
            // A line that ends with a colon introduces what follows it (a quotation, a post, a list): no headline.
            guard (7...25).contains(text.wordCount), !text.endsWithSentencePunctuation, !text.trimmedSpaces.hasSuffix(":"),
                  !text.contains(where: { "\"\u{201C}\u{201D}\u{00AB}\u{00BB}\u{201E}".contains($0) }) else { continue }
            let own = Set(wordsOf[index])
            guard own.count >= 3 else { continue }
            // Words the rest of the story uses: in another paragraph, or in the headline.
            let shared = own.filter { (counts[$0] ?? 0) > 1 || headlineWords.contains($0) }.count
            guard Double(shared) / Double(own.count) < Self.sharedWords else { continue }
            // And a name the story never uses: a capitalised word after the first that no other paragraph has.
            let names = text.words.dropFirst().filter { $0.first?.isUppercase == true }.map { String($0).folded.trimmingNonLetters }
            guard names.contains(where: { $0.count >= 3 && !stopwords.contains($0) && (counts[$0] ?? 0) <= 1 && !headlineWords.contains($0) })
            else { continue }
            result.insert(index)
        }
        return result
    }

    /// Other stories after this one's end. A sign-off (`(Reported by Agencies)`, `Reporting by …`) or a
    /// share prompt below most of the story ends it; the paragraphs after it that share next
    /// to none of the story's words are other stories' teasers, however long, and the short labels among
    /// them go with them. The first that speaks of the story again stops the tail: from there on,
    /// everything stays. `lines` are the paragraphs' line numbers, `ends` the lines of the sign-offs.
    func tailAfterEnd(_ texts: [String], lines: [Int], ends: [Int], headline: String) -> Set<Int> {
        // A sign-off ends the story when more of the story stands above it than below (a byline under
        // the standfirst, or a share bar in the middle, does not).
        guard texts.count >= 3, let end = ends.sorted().first(where: { end in
            let above = lines.filter { $0 < end }.count
            return above >= 3 && above >= lines.count - above
        }) else { return [] }
        let story = texts.indices.filter { lines[$0] < end }
        var storyWords = Set(contentWords(headline))
        for index in story { storyWords.formUnion(contentWords(texts[index])) }
        var tail: [Int] = []
        var offTopic = false
        for index in texts.indices where lines[index] > end {
            let own = Set(contentWords(texts[index]))
            if own.count < 3 { tail.append(index); continue }
            let shared = Double(own.filter(storyWords.contains).count) / Double(own.count)
            guard shared < Self.sharedWords else { break }
            offTopic = true
            tail.append(index)
        }
        // Labels alone after the end, with no other story after them, stay (the story may go on).
        return offTopic ? Set(tail) : []
    }

    /// Folded words of four letters or more that are no function words of the language.
    private func contentWords(_ text: String) -> [String] {
        PageAddress.foldedWords(text).filter { $0.count >= 4 && !stopwords.contains($0) && !$0.allSatisfy(\.isNumber) }
    }
}

private extension String {
    var trimmingNonLetters: String {
        String(drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed())
    }
}
