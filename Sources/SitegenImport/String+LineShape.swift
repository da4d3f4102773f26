import Foundation

/// Questions about the shape of a line of text, shared by the rules that classify lines.
extension String {
    /// The words of the text: runs of letters and digits, with inner apostrophes, hyphens and dots.
    var words: [Substring] {
        var result: [Substring] = []
        var start: Index?
        var index = startIndex
        while index < endIndex {
            let character = self[index]
            if character.isLetter || character.isNumber || (start != nil && Self.innerWordCharacters.contains(character)) {
                if start == nil { start = index }
            } else if let wordStart = start {
                result.append(Self.trimmedWord(self[wordStart..<index]))
                start = nil
            }
            index = self.index(after: index)
        }
        if let wordStart = start { result.append(Self.trimmedWord(self[wordStart..<endIndex])) }
        return result.filter { !$0.isEmpty }
    }

    var wordCount: Int { words.count }

    /// Ends like a sentence: `.`, `!`, `?`, `…`, possibly followed by closing quotes or brackets.
    var endsWithSentencePunctuation: Bool {
        var trailing = self[...]
        while let last = trailing.last, Self.closingCharacters.contains(last) { trailing = trailing.dropLast() }
        guard let last = trailing.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "…"
    }

    /// Holds at least one letter or digit.
    var hasLetterOrDigit: Bool { contains { $0.isLetter || $0.isNumber } }

    /// Starts with an upper-case letter.
    var isCapitalised: Bool { first?.isUppercase == true }

    /// Whitespace runs (including no-break spaces) collapsed to one space, ends trimmed.
    var collapsingWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static let innerWordCharacters: Set<Character> = ["'", "\u{2019}", "\u{2018}", "-", "\u{2010}", "\u{2011}", ".", "\u{02BB}"]
    private static let closingCharacters: Set<Character> = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]", "\u{00BB}", "\u{201C}"]

    private static func trimmedWord(_ word: Substring) -> Substring {
        var word = word
        while let last = word.last, innerWordCharacters.contains(last) { word = word.dropLast() }
        return word
    }
}

extension StringProtocol {
    /// Lower-cased, accents and typographic apostrophes folded, for comparing words.
    var folded: String {
        String(self).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
    }
}
