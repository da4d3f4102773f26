import Foundation
import SitegenModel

/// Questions about the shape of a line of text, shared by the rules that classify lines.
extension String {
    /// The words of the text: runs of letters and digits, with inner apostrophes, hyphens and dots.
    var words: [Substring] {
        var result: [Substring] = []
        let scalars = unicodeScalars
        var start: Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.isWordScalar || (start != nil && Self.isInnerWordScalar(scalar)) {
                if start == nil { start = index }
            } else if let wordStart = start {
                let word = Self.trimmedWord(self[wordStart..<index])
                if !word.isEmpty { result.append(word) }
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let wordStart = start {
            let word = Self.trimmedWord(self[wordStart..<endIndex])
            if !word.isEmpty { result.append(word) }
        }
        return result
    }

    /// The number of `words`, counted without making them: each word is one run of word
    /// characters and inner marks that starts with a word character.
    var wordCount: Int { wordCount(upTo: .max) }

    /// `wordCount`, but counting stops at `limit`: whether a paragraph has more than 40 words is
    /// known after 41, whatever its length.
    func wordCount(upTo limit: Int) -> Int {
        var count = 0
        var inWord = false
        for scalar in unicodeScalars {
            if scalar.isWordScalar {
                if !inWord {
                    count += 1
                    if count >= limit { return count }
                }
                inWord = true
            } else if !(inWord && Self.isInnerWordScalar(scalar)) {
                inWord = false
            }
        }
        return count
    }

    /// Ends like a sentence: `.`, `!`, `?`, `…`, possibly followed by closing quotes or brackets.
    var endsWithSentencePunctuation: Bool {
        var trailing = self[...]
        // Closing marks, and the space French sets before them (`agir. »`).
        while let last = trailing.last, Self.closingCharacters.contains(last) || (last.isSpace && trailing.count > 1) {
            trailing = trailing.dropLast()
        }
        guard let last = trailing.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "…"
    }

    /// Holds an ASCII digit: every date the parsers read has one (a day, a year), so a line without
    /// one is no date line, found before its tokens are made.
    var hasASCIIDigit: Bool { utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

    /// Holds at least one letter or digit.
    var hasLetterOrDigit: Bool { unicodeScalars.contains { $0.isWordScalar } }

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

    /// Whether the text holds `part`, as Foundation's `contains` answers (an empty part is in no
    /// text), found in the bytes: for the marks a token is checked against (`".!?"`) on every token.
    func holds(_ part: String) -> Bool {
        !part.isEmpty && includes(part)
    }

    /// The first (or, `backwards`, the last) range where `separator` stands in the text between
    /// whole characters, as Foundation's `range(of:)` finds it, but found in the UTF-8 bytes:
    /// Foundation bridges the string to UTF-16 for every call, which cost a tenth of a bulk import.
    func characterRange(of separator: String, backwards: Bool = false) -> Range<String.Index>? {
        var text = self, needle = separator
        let length = needle.utf8.count
        guard length > 0 else { return nil }
        let offsets: [Int] = text.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                var found: [Int] = []
                var from = 0
                while let hit = UTF8Search.firstOffset(of: pattern, in: bytes, from: from) {
                    found.append(hit)
                    from = hit + 1
                }
                return found
            }
        }
        for offset in backwards ? offsets.reversed() : offsets {
            let lower = utf8.index(startIndex, offsetBy: offset), upper = utf8.index(lower, offsetBy: length)
            // A match that starts or ends inside a character (`-` before a combining mark) is none.
            guard String.Index(lower, within: self) != nil, String.Index(upper, within: self) != nil else { continue }
            return lower..<upper
        }
        return nil
    }

    /// Whitespace runs (including no-break spaces) collapsed to one space, ends trimmed.
    var collapsingWhitespace: String {
        // Most lines are collapsed already: check before building a new string.
        var clean = true
        var previousIsSpace = true
        for byte in utf8 {
            if byte >= 0x80 || (byte >= 0x09 && byte <= 0x0D) || (byte == 0x20 && previousIsSpace) { clean = false; break }
            previousIsSpace = byte == 0x20
        }
        if clean, !previousIsSpace || isEmpty { return self }
        if !clean {
            // Non-ASCII text (curly quotes, accents) is often collapsed already too.
            var previousIsSpace = true
            var needsWork = false
            for scalar in unicodeScalars {
                let isSpace = scalar.isSpaceScalar
                if isSpace && (previousIsSpace || scalar != " ") { needsWork = true; break }
                previousIsSpace = isSpace
            }
            if !needsWork, !previousIsSpace { return self }
        }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isSpaceScalar {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static let innerWordCharacters: Set<Character> = ["'", "\u{2019}", "\u{2018}", "-", "\u{2010}", "\u{2011}", ".", "\u{02BB}"]
    private static let innerWordScalars: Set<UInt32> = Set(innerWordCharacters.map { $0.unicodeScalars.first!.value })
    private static let closingCharacters: Set<Character> = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]", "\u{00BB}", "\u{201C}"]

    /// An apostrophe, a hyphen or a dot, which may stand inside a word.
    private static func isInnerWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x27 || value == 0x2D || value == 0x2E }
        return innerWordScalars.contains(value)
    }

    private static func trimmedWord(_ word: Substring) -> Substring {
        var end = word.unicodeScalars.endIndex
        let start = word.unicodeScalars.startIndex
        while end > start {
            let before = word.unicodeScalars.index(before: end)
            guard isInnerWordScalar(word.unicodeScalars[before]) else { break }
            end = before
        }
        return word[start..<end]
    }
}

extension StringProtocol {
    /// Lower-cased, accents and typographic apostrophes folded, for comparing words.
    var folded: String {
        // Most words are ASCII: lower-casing is all their folding needs.
        var ascii = true, upper = false
        for byte in utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 0x41, byte <= 0x5A { upper = true }
        }
        if ascii {
            if !upper { return String(self) }
            return String(decoding: self.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return TextFolding.fold(self)
    }
}
