/// Picks the summary: the lede, the story's first paragraph that is a sentence (never a caption or
/// a standfirst without a full stop), cut to its first one or two sentences and about 70 words,
/// without a wire dateline (`KYIV (Reuters) -`).
public struct SummaryPicker: Sendable {
    public static let maximumWords = 70

    public init() {}

    public func summary(of paragraphs: [Paragraph]) -> String? {
        guard let lede = paragraphs.first(where: { $0.kind == .text && NoiseFilter.isProse($0.text) && $0.text.wordCount >= 8 }) else {
            return nil
        }
        var summary = ""
        // Two sentences of about seventy words lie in the lede's first few kilobytes, however long the lede is.
        let opening = withoutDateline(lede.text.splitAtSpace(afterBytes: 8_000).opening)
        for sentence in SentenceSplitter().sentences(in: opening).prefix(2) {
            let candidate = summary.isEmpty ? sentence : summary + " " + sentence
            if !summary.isEmpty, candidate.wordCount > Self.maximumWords { break }
            summary = candidate
        }
        return summary.isEmpty ? nil : summary
    }

    /// `KYIV, Nov 20 (Reuters) - The …` → `The …`: a place in capitals, then a dash, at the start; or a
    /// place and its agency in brackets (`Offenburg (dts) – Wolfgang Schäuble ist tot.`, `Paris (AFP) - …`).
    func withoutDateline(_ text: String) -> String {
        for dash in [" - ", " \u{2013} ", " \u{2014} "] {
            guard let range = text.characterRange(of: dash), text.distance(from: text.startIndex, to: range.lowerBound) <= 60 else { continue }
            let prefix = String(text[..<range.lowerBound])
            let words = prefix.words
            guard let first = words.first, first.count >= 3 else { continue }
            let inCapitals = first.allSatisfy { !$0.isLetter || $0.isUppercase }
            // `Place (agency)`: a capitalised place, then one to three words in brackets that end the prefix.
            let withAgency = first.first?.isUppercase == true && prefix.hasSuffix(")") && words.count <= 6
                && prefix.lastIndex(of: "(").map { prefix[prefix.index(after: $0)...].dropLast().split(separator: " ").count <= 3 } == true
            guard inCapitals || withAgency else { continue }
            let rest = String(text[range.upperBound...])
            return rest.isEmpty ? text : rest
        }
        return text
    }
}
