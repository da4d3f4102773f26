import Foundation
import SitegenCore

/// Questions about the shape of a line of text, shared by the rules that classify lines.
extension String {
    /// The words of the text: runs of letters and digits, with inner apostrophes, hyphens and dots.
    var words: [Substring] {
        var result: [Substring] = []
        var start: Index?
        var index = startIndex
        while index < endIndex {
            let character = self[index]
            if character.isWordCharacter || (start != nil && Self.innerWordCharacters.contains(character)) {
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
    var hasLetterOrDigit: Bool { contains { $0.isWordCharacter } }

    /// Starts with an upper-case letter.
    var isCapitalised: Bool { first?.isUppercase == true }

    /// Whether `other` stands in the text, compared byte for byte (Foundation's `contains` goes
    /// through CFString and UTF-16, which costs more than the rest of a line's rules).
    func includes(_ other: String) -> Bool {
        var haystack = self, needle = other
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                pattern.isEmpty || UTF8Search.firstOffset(of: pattern, in: text) != nil
            }
        }
    }

    /// Whitespace runs (including no-break spaces) collapsed to one space, ends trimmed.
    var collapsingWhitespace: String {
        split(whereSeparator: { $0.isSpace }).joined(separator: " ")
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
        // Most words are ASCII: lower-casing is all their folding needs.
        if self.utf8.allSatisfy({ $0 < 0x80 }) {
            if !self.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return String(self) }
            return String(decoding: self.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return LatinFolding.fold(self)
    }
}
