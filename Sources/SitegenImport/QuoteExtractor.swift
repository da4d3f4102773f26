import SitegenModel
/// Takes the story's quotations for `quotes:`, each with its speaker where the text attributes it.
///
/// A quotation is taken when it is a statement in its own right: it opens with a capital letter,
/// has at least four words, and stands at the start of a paragraph or after a colon, a comma, a
/// dash or a verb of saying (a phrase quoted inside a sentence, `a “good plan”`, is not taken).
/// Its speaker comes from the verb that governs it (`said`, `told`, `added`, `explained`, `…, saying`),
/// from a name before a colon, from the quotation just before it in the paragraph when it is a
/// sentence of its own, or from the paragraph before when that one ends in a colon or in a quotation
/// left open. A quotation whose speaker is not clear keeps no speaker.
public struct QuoteExtractor: Sendable {
    private let index: GazetteerIndex

    /// The text's language, for its pronouns (`il a déclaré`, `sagte er`); nil reads those of several.
    private let language: String?

    public init(index: GazetteerIndex, language: String? = nil) {
        self.index = index
        self.language = language
    }

    public func quotes(in paragraphs: [String]) -> [ExtractedQuote] {
        let index = self.index
        let analysed = ParallelMap.map(paragraphs) { AnalysedParagraph($0, index: index) }
        var roles: [String: [[String]]] = [:]
        var genders: [String: Gender] = [:]
        // What each paragraph says of its people, and the attributions of each of its sentences, are
        // the paragraph's own: found on all cores, then taken in order.
        let describedPeople = ParallelMap.map(analysed) { $0.describedPeople() }
        let attributionsBySentence = ParallelMap.map(analysed) { paragraph in
            let finder = AttributionFinder(tokens: paragraph.tokens, people: paragraph.people, language: language)
            return paragraph.sentences.map { finder.attributions(in: $0) }
        }
        for described in describedPeople {
            roles.merge(described.roles) { $0 + $1 }
            genders.merge(described.genders) { first, _ in first }
        }
        // The gazetteer's roles of the people this article names (only theirs are asked for: all of a
        // large gazetteer's, folded for every article, made a bulk import quadratic).
        for name in Set(analysed.flatMap { $0.people.map(\.name) }).sorted() {
            if let role = index.role(of: name) { roles[name, default: []].append(role.folded.words.map(String.init)) }
        }

        var tracker = SpeakerTracker(roles: roles, genders: genders)
        var named: [String] = []
        var result: [ExtractedQuote] = []
        var carried: (speaker: String?, verb: String?)?
        var sentenceNumber = 0
        var previousSentence: [String] = []
        for (number, paragraph) in analysed.enumerated() {
            let finder = AttributionFinder(tokens: paragraph.tokens, people: paragraph.people, language: language)
            var lastResolved: (speaker: String?, verb: String?)?
            var openQuotation: (speaker: String?, verb: String?)?
            var attributedBefore: (speaker: String?, verb: String?)?
            for (sentenceIndex, sentence) in paragraph.sentences.enumerated() {
                sentenceNumber += 1
                let inSentence = paragraph.people(in: sentence)
                for span in inSentence where !named.contains(span.name) { named.append(span.name) }
                let attributions = attributionsBySentence[number][sentenceIndex]
                let speakers = attributions.map { attribution -> String? in
                    var earlier: [String] = []
                    if case let .pronoun(_, at) = attribution.subject {
                        earlier = inSentence.filter { $0.tokens.upperBound < at }.map(\.name)
                    }
                    let context = SpeakerTracker.Context(paragraph: number, sentence: sentenceNumber, named: named,
                                                         earlierInSentence: earlier, previousSentence: previousSentence)
                    return tracker.resolve(attribution.subject, in: context)
                }
                for position in sentence where paragraph.tokens[position].isQuotation {
                    guard let quotation = paragraph.quotation(for: paragraph.tokens[position]),
                          isStatement(quotation, at: position, in: paragraph.tokens) else { continue }
                    var attributed = governing(position, in: sentence, paragraph.tokens, attributions, speakers, finder)
                    if attributed == nil, position == 0, let carried { attributed = carried }
                    // `“…,” she said. “More.”`: a quotation that is a sentence of its own goes on the one before.
                    if attributed == nil, attributions.isEmpty, position == sentence.lowerBound, let attributedBefore {
                        attributed = attributedBefore
                    }
                    attributedBefore = attributed
                    result.append(ExtractedQuote(speaker: attributed?.speaker, text: Self.clean(quotation.text),
                                                 paragraph: number, verb: attributed?.verb))
                    if !quotation.isClosed { openQuotation = attributed ?? (nil, nil) }
                }
                let context = SpeakerTracker.Context(paragraph: number, sentence: sentenceNumber, named: named,
                                                     earlierInSentence: [], previousSentence: previousSentence)
                for (attribution, speaker) in zip(attributions, speakers) {
                    // `X told Fox News that Kirk had just answered a question`: a verb inside what someone
                    // reports is no one speaking now, and the next `he said` is still X.
                    if Self.isReported(attribution, among: attributions, paragraph.tokens) { continue }
                    tracker.record(attribution.subject, speaker: speaker, in: context)
                    lastResolved = (speaker, attribution.verbText)
                }
                previousSentence = inSentence.map(\.name)
            }
            // The next paragraph's opening quotation belongs to this one's speaker when this one
            // ends in a colon or leaves a quotation open.
            if let openQuotation {
                carried = openQuotation
            } else if paragraph.tokens.last?.isPunctuation(":") == true, let lastResolved {
                carried = lastResolved
            } else {
                carried = nil
            }
        }
        return result
    }

    /// Whether the attribution's verb stands in a clause that an earlier verb of saying in its
    /// sentence reports (`said that …`, `sagte, dass …`, `a dit que …`, `dijo que …`, `ha detto che …`).
    static func isReported(_ attribution: Attribution, among attributions: [Attribution], _ tokens: [Token]) -> Bool {
        // The complementizer stands a few words after the earlier verb (`told Fox News that`), with no
        // comma before it: `dijo el presidente, que llegó el lunes` opens a relative clause.
        guard let earlier = attributions.filter({ $0.verb < attribution.verb }).map(\.verb).min() else { return false }
        return (earlier + 1..<min(earlier + 5, attribution.verb)).contains { at in
            tokens[at].isWord && Self.complementizers.contains(tokens[at].folded) && !tokens[at - 1].isPunctuation(",")
        }
    }

    /// Words that open a reported clause.
    static let complementizers: Set<String> = ["that", "dass", "que", "qu", "che"]

    /// A quotation that is a statement in its own right, not a phrase quoted inside a sentence.
    private func isStatement(_ quotation: QuotationFinder.Quotation, at position: Int, in tokens: [Token]) -> Bool {
        let text = quotation.text.drop { "…. [(\u{2018}'".contains($0) }
        guard text.first?.isUppercase == true, quotation.text.wordCount >= 4 else { return false }
        guard position > 0 else { return true }
        let previous = tokens[position - 1]
        if previous.isPunctuation(":,\u{2014}\u{2013}-(.!?") { return true }
        return previous.isWord && (SpeechVocabulary.finiteVerbs.contains(previous.folded) || SpeechVocabulary.participles.contains(previous.folded))
    }

    /// The speaker of the quotation at `position`: the verb before it (`said: “…”`, `added, “…”`),
    /// a name before a colon, or the verb after it (`“…,” she said`).
    private func governing(_ position: Int, in sentence: Range<Int>, _ tokens: [Token], _ attributions: [Attribution],
                           _ speakers: [String?], _ finder: AttributionFinder) -> (speaker: String?, verb: String?)? {
        func attributed(at verb: Int) -> (speaker: String?, verb: String?)? {
            guard let found = attributions.firstIndex(where: { $0.verb == verb }) else { return nil }
            return (speakers[found], attributions[found].verbText)
        }
        if position > sentence.lowerBound {
            let previous = tokens[position - 1]
            if previous.isWord, let found = attributed(at: position - 1) { return found }
            if previous.isPunctuation(":,") {
                for verb in stride(from: position - 2, through: max(sentence.lowerBound, position - 7), by: -1) {
                    if tokens[verb].isQuotation { break }
                    if let found = attributed(at: verb) { return found }
                }
                if previous.isPunctuation(":"), let name = finder.personBeforeColon(position - 1, in: sentence) {
                    return (name, "colon")
                }
            }
        }
        var verb = position + 1
        while verb < sentence.upperBound, verb < position + 9, !tokens[verb].isQuotation {
            if let found = attributed(at: verb) { return found }
            verb += 1
        }
        // `“…,” Anna Novak, a spokeswoman for the port authority, said.`: a name and its apposition
        // may hold the verb further off; only a verb right after the apposition's comma, whose subject
        // is the named person, is taken from there.
        while verb < sentence.upperBound, verb < position + 24, !tokens[verb].isQuotation {
            if tokens[verb - 1].isPunctuation(","), let found = attributions.firstIndex(where: { $0.verb == verb }),
               case .person = attributions[found].subject {
                return (speakers[found], attributions[found].verbText)
            }
            verb += 1
        }
        return nil
    }

    /// The quotation's words, with a trailing comma (before the attribution) made a full stop.
    static func clean(_ text: String) -> String {
        var text = text.collapsingWhitespace
        if text.hasSuffix(",") { text.removeLast(); text += "." }
        return text
    }
}
