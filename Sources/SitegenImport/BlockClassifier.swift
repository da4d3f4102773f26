import SitegenModel
/// Decides which paragraphs of a page are the story and which are page chrome, by their shape
/// alone, after jusText (Pomikálek 2011), adapted to plain text, where there are no links to count:
///
/// 1. Each paragraph gets a first class from its length, its density of the language's stopwords
///    and whether it reads as a sentence: `good` (long prose), `nearGood`, `short`, or `bad`
///    (long text with few function words: lists of names, menus, teaser headlines run together).
/// 2. Short and near-good paragraphs then take the class of their neighbours: a short paragraph
///    between two good ones is good (a one-line quotation), between two bad ones bad (a label in a
///    menu); a near-good one is good beside a good one. The page's edges count as bad.
/// 3. A short paragraph that is a full sentence next to good text is kept: plain text has no
///    markup to tell a one-sentence paragraph of the story from chrome, and losing it is worse.
///    So is a clause after the story that introduces what follows it with a colon.
///    So is the page's last line after the story when a scraper cut it mid-sentence.
///
/// No rule names an outlet or its wording: the vocabulary is the language's function words.
public struct BlockClassifier: Sendable {
    public enum Verdict: String, Sendable, Equatable {
        case good
        case nearGood = "near-good"
        case short
        case bad
    }

    /// Characters under which a paragraph is short, and over which prose is surely good (jusText's defaults).
    static let lengthLow = 70
    static let lengthHigh = 200
    /// Stopword densities: under `low` a paragraph is bad, over `high` good (lower than jusText's
    /// 0.30/0.32 because these lists are shorter than its).
    static let stopwordsLow = 0.22
    static let stopwordsHigh = 0.28

    private let stopwords: Set<String>

    public init(language: String?) {
        stopwords = Stopwords.words(for: language)
    }

    /// The final verdict of each paragraph, in order: `good` to keep, `bad` to drop.
    public func classify(_ texts: [String]) -> [Verdict] {
        // Each paragraph's first class depends on it alone: worked out across the cores.
        let initial = ParallelMap.map(texts) { initialClass($0) }
        return smooth(initial, texts: texts)
    }

    /// The stopword density of a text: function words over all words.
    public func stopwordDensity(_ text: String) -> Double {
        Stopwords.density(of: PageAddress.foldedWords(text), in: stopwords)
    }

    func initialClass(_ text: String) -> Verdict {
        let length = text.count
        let density = stopwordDensity(text)
        let sentence = text.endsWithSentencePunctuation
        if length < Self.lengthLow {
            return .short
        }
        // A line of capitalised labels run together (`Share to TwitterShare to Facebook…`) may be
        // dense in function words, but it is no prose: without links to count, its capitals tell.
        if !sentence, Self.capitalisedShare(text) >= 0.6 { return .bad }
        if density >= Self.stopwordsHigh {
            return length > Self.lengthHigh || sentence ? .good : .nearGood
        }
        if density >= Self.stopwordsLow { return .nearGood }
        // Long prose with few function words (names, figures, lists in a sentence) is still prose.
        if sentence, text.wordCount >= 6 { return .nearGood }
        return .bad
    }

    private func smooth(_ initial: [Verdict], texts: [String]) -> [Verdict] {
        var result = initial
        // Short paragraphs: by their nearest neighbours that are neither short nor near-good.
        for index in initial.indices where initial[index] == .short {
            let previous = neighbour(initial, from: index, step: -1, skipNearGood: true)
            let next = neighbour(initial, from: index, step: 1, skipNearGood: true)
            if previous == .good && next == .good {
                result[index] = .good
            } else if previous == .bad && next == .bad {
                result[index] = .bad
            } else {
                let nearPrevious = neighbour(initial, from: index, step: -1, skipNearGood: false)
                let nearNext = neighbour(initial, from: index, step: 1, skipNearGood: false)
                result[index] = (previous == .bad && nearPrevious == .nearGood) || (next == .bad && nearNext == .nearGood) ? .good : .bad
            }
            // A sentence of the story on its own line, beside the story.
            if result[index] == .bad, isShortSentence(texts[index]), previous == .good || next == .good {
                result[index] = .good
            }
            // A clause of the story that introduces what follows it (`Queste le formazioni titolari scese in campo a
            // Lisbona:`, `Here is the full statement:`): five words or more, dense in function words, right after
            // the story's text. (A label with its colon, `Read more:`, `Lesen Sie auch:`, is fewer words and no prose.)
            if result[index] == .bad, previous == .good, index > 0, initial[index - 1] == .good, texts[index].hasSuffix(":"),
               texts[index].wordCount >= 5, stopwordDensity(texts[index]) >= Self.stopwordsHigh {
                result[index] = .good
            }
            // The standfirst under the headline, without a full stop (`However, the timing of the visit to the
            // island is unclear`): the page's first paragraph, one clause of prose dense in function words, right
            // above the story (a teaser's headline with its outlet after a full stop, `… for PSG. BeSoccer`, is none).
            if result[index] == .bad, index == 0, initial.count > 1, initial[1] == .good, texts[index].wordCount >= 6,
               !texts[index].utf8.containsSentenceBreak,
               !Self.holdsLabelMark(texts[index]), stopwordDensity(texts[index]) >= Self.stopwordsHigh {
                result[index] = .good
            }
            // The page's last line, cut off mid-sentence by the scraper, after the story (perhaps
            // under a subheading of its own: one short line without a closing mark between).
            let storyAbove = previous == .good || (index >= 2 && [.good, .nearGood].contains(initial[index - 2]) && (4...15).contains(texts[index - 1].wordCount)
                && !texts[index - 1].endsWithSentencePunctuation)
            if result[index] == .bad, index == initial.count - 1, storyAbove, isCutOff(texts[index]) || Self.isSentenceCutShort(texts[index]) {
                result[index] = .good
            }
        }
        // Near-good paragraphs: good beside good text. A long paragraph of prose at the page's start
        // (a lede dense in names and figures, on the page's first line) is bad only between two bad
        // paragraphs: the edge tells nothing of it, and losing the story's first paragraph is worse
        // than keeping a paragraph of chrome. (At the page's end the edge still counts: author boxes
        // and promotions are long prose too.)
        for index in initial.indices where initial[index] == .nearGood {
            let before = nearest(result, from: index, step: -1, skipNearGood: true)
            let next = neighbour(result, from: index, step: 1, skipNearGood: true)
            let longProse = texts[index].utf8.count > Self.lengthHigh && texts[index].endsWithSentencePunctuation
            // The first paragraph under the headline, a full sentence of eight words or more, on a page that has a
            // story: the standfirst (`The centrist former economy minister defeats the far right’s Marine Le Pen.`),
            // though a caption and a list stand below it.
            let standfirst = index == 0 && texts[index].endsWithSentencePunctuation && texts[index].wordCount >= 8 && initial.contains(.good)
            result[index] = before == .good || next == .good || ((longProse || standfirst) && before == nil) ? .good : .bad
        }
        // The page's last line, cut off by the scraper after a full sentence of the story (`… hailed
        // Erdogan's “big victory”. Traffic on Istanbul's iconic`): long, but with fewer function words
        // than prose has (names, a quotation), and a sentence ends inside it, so it is the story's.
        // Cut on a name (`… and former House Speaker Nan`) when it is long prose.
        // Or cut inside its first sentence, when that one is prose dense in capitals (`During the Second World War,
        // Mr Napolitano fought against the Italian Fascists and Nazi oc`, `… at Britain’s departure, telling BuzzF`):
        // ten words or more, two in five of them in lower case, a comma, function words.
        if let last = initial.indices.last, initial[last] == .bad, neighbour(result, from: last, step: -1, skipNearGood: false) == .good,
           (isCutOff(texts[last], onAnyWord: texts[last].wordCount >= 20) && Self.endsASentenceInside(texts[last])) || isProseCutInItsFirstSentence(texts[last])
            || Self.isSentenceCutShort(texts[last]) {
            result[last] = .good
        }
        return result
    }

    /// A sentence's opening cut short, with too few function words for the density rules: `Police released
    /// closed-circuit television footage apparently supporti`, `Philipp F. legally owned a semi-automatic
    /// Heckler & Koch Pistole P30 han`. It opens with a capital, then reads in lower case (most of its later
    /// words, and its last: a headline in title case or a list of names does not), in six to twelve words, with
    /// no label's mark (`:`, `|`) and no sentence's end (an initial's dot is none: `Philipp F. legally …`).
    static func isSentenceCutShort(_ text: String) -> Bool {
        guard !text.endsWithSentencePunctuation, text.first?.isUppercase == true,
              !holdsLabelMark(text), !endsASentenceInside(text) else { return false }
        let words = text.words
        // (A longer line so poor in function words is headlines run together: `Erdogan rival Kilicdaroglu concedes
        // runoff defeat Turkish lira slides to record low …`; the density rules judge long cut lines.)
        guard words.count >= 6, words.count <= 12, words.last?.first?.isLowercase == true else { return false }
        let later = words.dropFirst()
        return later.filter { $0.first?.isLowercase == true }.count * 2 >= later.count
    }

    /// Whether the text holds a label's mark (`Watch:`, `Live |`): a label and what it labels, no clause of prose.
    static func holdsLabelMark(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") }
    }

    /// No closing mark, ten to thirty words, two in five of them in lower case, a comma between words, and
    /// function words (fewer than whole prose has: a name-dense sentence cut short).
    private func isProseCutInItsFirstSentence(_ text: String) -> Bool {
        guard !text.endsWithSentencePunctuation, text.includes(", ") else { return false }
        let words = text.words
        // One sentence, cut: no more words than a sentence has (a list of teasers run together has more).
        guard (10...30).contains(words.count) else { return false }
        let lower = words.filter { $0.first?.isLowercase == true }.count
        return lower * 5 >= words.count * 2 && stopwordDensity(text) >= 0.15
    }

    /// The class of the nearest paragraph in direction `step` that is not short (nor near-good, when
    /// skipped); the page's edge counts as bad.
    private func neighbour(_ classes: [Verdict], from index: Int, step: Int, skipNearGood: Bool) -> Verdict {
        nearest(classes, from: index, step: step, skipNearGood: skipNearGood) ?? .bad
    }

    /// The class of that paragraph, or nil at the page's edge.
    private func nearest(_ classes: [Verdict], from index: Int, step: Int, skipNearGood: Bool) -> Verdict? {
        var cursor = index + step
        while cursor >= 0, cursor < classes.count {
            let verdict = classes[cursor]
            if verdict != .short, !(skipNearGood && verdict == .nearGood) { return verdict }
            cursor += step
        }
        return nil
    }

    /// The share of words that start with a capital letter.
    static func capitalisedShare(_ text: String) -> Double {
        let words = text.words
        guard !words.isEmpty else { return 0 }
        return Double(words.filter { $0.first?.isUppercase == true }.count) / Double(words.count)
    }

    /// Text that stops mid-sentence: no closing mark, a lower-case last word (any word, `onAnyWord`,
    /// for long prose cut on a name: `… and former House Speaker Nan`) or a word cut at its hyphen
    /// (`… survived by a 7-year-`), function words in it.
    private func isCutOff(_ text: String, onAnyWord: Bool = false) -> Bool {
        guard !text.endsWithSentencePunctuation, text.wordCount >= 4, let last = text.words.last,
              onAnyWord || last.first?.isLowercase == true || (text.hasSuffix("-") && !text.hasSuffix(" -")) || isCutOnName(text)
                // A word cut after its first letter, a capital (`… le principal allié de la France au S`).
                || (last.count == 1 && last.first?.isUppercase == true)
        else { return false }
        return stopwordDensity(text) >= 0.15
    }

    /// Cut on a name that a clause's function word opens, after a comma (`Paul Pogba’s volley was off
    /// target, but Kingsle`, `… received great critical acclaim, with Rolling S`): a headline or a label
    /// has no such clause.
    private func isCutOnName(_ text: String) -> Bool {
        guard let comma = text.lastIndex(of: ",") else { return false }
        let after = text[text.index(after: comma)...]
        guard after.first == " " else { return false }
        let clause = PageAddress.foldedWords(String(after))
        guard clause.count >= 2 else { return false }
        if stopwords.contains(clause[clause.count - 2]) { return true }
        // A function word, then a name of a few capitalised words that the cut ends.
        let written = after.split(separator: " ")
        return clause.count <= 5 && written.count == clause.count && stopwords.contains(clause[0])
            && written.dropFirst().allSatisfy { $0.first?.isUppercase == true }
    }

    /// Whether a sentence ends inside the text: `.`, `!` or `?` after a lower-case letter or a digit,
    /// perhaps closing quotes or brackets, then a space and a capital (`victory”. Traffic`,
    /// `victory." Traffic`); not the dot of `U.S.` or `St.` before a name.
    static func endsASentenceInside(_ text: String) -> Bool {
        let characters = Array(text)
        for index in characters.indices.dropFirst() where ".!?".contains(characters[index]) {
            guard characters[index - 1].isLowercase || characters[index - 1].isNumber || "\u{201D}\u{2019}\"')".contains(characters[index - 1]) else { continue }
            // A short capitalised word before the dot is an abbreviation's (`St.`, `Dr.`, `Gen.`).
            var wordStart = index - 1
            while wordStart > 0, characters[wordStart - 1].isLetter { wordStart -= 1 }
            if characters[wordStart].isUppercase, index - wordStart <= 3 { continue }
            var next = index + 1
            while next < characters.count, "\u{201D}\u{2019}\"')\u{00BB}".contains(characters[next]) { next += 1 }
            if next + 1 < characters.count, characters[next] == " ", characters[next + 1].isUppercase { return true }
        }
        return false
    }

    /// A full sentence of a few words: `“We will not give up,” she said.`, `Talks resume on Monday.`;
    /// a lede dense in names and titles needs eight words and one function word (`Academy Award-winning
    /// movie composer Ennio Morricone has died aged 91.`).
    private func isShortSentence(_ text: String) -> Bool {
        guard text.endsWithSentencePunctuation, text.wordCount >= 4 else { return false }
        let hasQuotation = text.contains { "\"\u{201C}\u{201D}\u{00AB}\u{00BB}\u{201E}".contains($0) }
        let density = stopwordDensity(text)
        return hasQuotation || density >= 0.15 || (text.wordCount >= 8 && density > 0)
    }
}
