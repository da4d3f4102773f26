/// A paragraph read for attribution: its quotations masked, its tokens, the people it names
/// outside the quotations, and its sentences.
struct AnalysedParagraph: Sendable {
    let quotations: [QuotationFinder.Quotation]
    let tokens: [Token]
    let people: [PersonSpan]
    let sentences: [Range<Int>]
    private let quotationsByStart: [Int: QuotationFinder.Quotation]

    init(_ text: String, index: GazetteerIndex) {
        let characters = Array(text)
        let finder = QuotationFinder()
        let quotations = finder.quotations(in: characters)
        let masked = finder.masked(characters, quotations)
        let tokens = Tokenizer.tokens(masked)
        self.quotations = quotations
        quotationsByStart = Dictionary(quotations.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
        self.tokens = tokens
        people = PersonSpan.spans(index.mentions(in: FoldedText(characters: masked)), in: tokens)
        let byStart = quotationsByStart
        sentences = Tokenizer.sentences(tokens) { token in
            byStart[token.range.lowerBound]?.text.endsWithSentencePunctuation ?? false
        }
    }

    /// The quotation a `.quotation` token stands for.
    func quotation(for token: Token) -> QuotationFinder.Quotation? {
        quotationsByStart[token.range.lowerBound]
    }

    /// The people named in a sentence (a range of tokens); `people` are in text order.
    func people(in sentence: Range<Int>) -> [PersonSpan] {
        var low = 0, high = people.count
        while low < high {
            let middle = (low + high) / 2
            if people[middle].tokens.lowerBound < sentence.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [PersonSpan] = []
        while low < people.count, people[low].tokens.lowerBound < sentence.upperBound {
            result.append(people[low])
            low += 1
        }
        return result
    }

    /// Whether token `index` is part of a name; `spans` are in text order.
    private static func isInside(_ index: Int, _ spans: [PersonSpan]) -> Bool {
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].tokens.upperBound < index { low = middle + 1 } else { high = middle }
        }
        return low < spans.count && spans[low].tokens.contains(index)
    }

    /// Role phrases written next to each name — before it (`White House spokeswoman Karoline Leavitt`)
    /// or in apposition after it (`Kaja Kallas, the EU's foreign policy chief,`) — and the gender
    /// that an honorific or a gendered role noun gives.
    func describedPeople() -> (roles: [String: [[String]]], genders: [String: Gender]) {
        var roles: [String: [[String]]] = [:]
        var genders: [String: Gender] = [:]
        for span in people {
            var before: [String] = []
            var index = span.tokens.lowerBound - 1
            while index >= 0, before.count < 6, tokens[index].isWord, !Self.isInside(index, people) {
                let token = tokens[index]
                if let gender = SpeechVocabulary.honorifics[token.folded], before.isEmpty {
                    genders[span.name] = gender
                    break
                }
                let isTitleWord = token.text.first?.isUppercase == true || SpeechVocabulary.roleNouns[token.folded] != nil
                    || ["of", "the"].contains(token.folded) || token.text.contains(Character("."))
                guard isTitleWord else { break }
                before.insert(token.folded, at: 0)
                index -= 1
            }
            while let first = before.first, ["of", "the"].contains(first) { before.removeFirst() }
            var after: [String] = []
            var next = span.tokens.upperBound + 1
            if next + 1 < tokens.count, tokens[next].isPunctuation(","), ["the", "a", "an"].contains(tokens[next + 1].folded) {
                next += 2
                while next < tokens.count, after.count < 8, tokens[next].isWord {
                    after.append(tokens[next].folded)
                    next += 1
                }
                if next >= tokens.count || !tokens[next].isPunctuation(",.;") { after = [] }
            }
            for phrase in [before, after] where !phrase.isEmpty {
                roles[span.name, default: []].append(phrase)
                for word in phrase {
                    if let gender = SpeechVocabulary.roleNouns[word] ?? nil { genders[span.name] = gender }
                }
            }
        }
        return (roles, genders)
    }
}
