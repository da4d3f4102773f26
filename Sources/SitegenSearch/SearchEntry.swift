/// What the search index keeps of one article between builds: the snippet a result shows and
/// the article's weighted terms.
public struct SearchEntry: Sendable, Equatable {
    public var snippet: String
    public var terms: SearchTerms

    public static let snippetLength = 200

    public init(snippet: String, terms: SearchTerms) {
        self.snippet = snippet
        self.terms = terms
    }

    /// The snippet on its first line, then `term<TAB>weight` lines.
    public var text: String {
        snippet.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n" + terms.text
    }

    public init?(text: Substring) {
        guard let newline = text.firstIndex(of: "\n"), let terms = SearchTerms(text: text[text.index(after: newline)...]) else { return nil }
        self.init(snippet: String(text[..<newline]), terms: terms)
    }

    /// `text` cut at a word boundary to about `snippetLength` characters.
    public static func snippet(from text: String) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        var result = ""
        for word in words {
            if result.count + word.count + 1 > snippetLength { return result + "…" }
            result += result.isEmpty ? String(word) : " " + word
        }
        return result
    }
}
