/// Splits a paragraph into sentences, without breaking inside quotations or after abbreviations (`U.S.`, `Mr.`).
public struct SentenceSplitter: Sendable {
    public init() {}

    public func sentences(in text: String) -> [String] {
        let characters = Array(text)
        let finder = QuotationFinder()
        let quotations = finder.quotations(in: characters)
        let tokens = Tokenizer.tokens(finder.masked(characters, quotations))
        let ranges = Tokenizer.sentences(tokens) { token in
            quotations.first { $0.range.lowerBound == token.range.lowerBound }?.text.endsWithSentencePunctuation ?? false
        }
        return ranges.compactMap { range in
            guard let first = tokens[range].first, let last = tokens[range].last else { return nil }
            return String(characters[first.range.lowerBound..<last.range.upperBound])
        }
    }
}
