import Foundation

/// Scans of text by Unicode scalar with an ASCII fast path. Iterating a `String` by `Character`
/// runs grapheme breaking on every step and `trimmingCharacters(in:)` bridges to `NSString`; on a
/// 4 MB text these cost more than the rest of an import. Marks (accents written as combining
/// characters) count as part of the letter before them, so word boundaries match `Character`'s.
extension Unicode.Scalar {
    /// A letter, a digit, or a combining mark.
    var isWordScalar: Bool {
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
        }
        let properties = properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// White space, including no-break spaces and line separators.
    var isSpaceScalar: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }
}

extension StringProtocol {
    /// The text without the scalars of `set` at either end; no `NSString` bridge.
    func trimmed(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard set.contains(scalars[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }

    /// The text from its first letter or digit on (without arrows, bullets, marks and spaces before it).
    var droppingLeadingNonWordScalars: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex, !scalars[start].isWordScalar || scalars[start].properties.generalCategory == .nonspacingMark {
            start = scalars.index(after: start)
        }
        return String(self[start...])
    }

    /// The text without white space at either end.
    var trimmedSpaces: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isSpaceScalar { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before].isSpaceScalar else { break }
            end = before
        }
        return String(self[start..<end])
    }
}

extension CharacterSet {
    /// The marks around a word of a date line (`Published:`, `12.`, `2025,`).
    static let dateWordMarks = CharacterSet(charactersIn: ".:,")
}

extension StringProtocol {
    /// Whether the text starts with `prefix`, compared byte for byte (`hasPrefix` compares by
    /// `Character`, which costs more on the many short prefixes a line is checked against).
    func startsWithBytes(of prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// Whether the text ends with `suffix`, compared byte for byte.
    func endsWithBytes(of suffix: String) -> Bool {
        let bytes = utf8, count = suffix.utf8.count
        guard bytes.count >= count else { return false }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -count)...].elementsEqual(suffix.utf8)
    }

    /// How many pieces between ASCII white space hold an ASCII letter or digit, counting no further
    /// than `limit`: a lower bound on the number of words, however punctuation is then trimmed,
    /// that costs no allocation.
    func wordPieces(upTo limit: Int) -> Int {
        var pieces = 0
        var counted = false
        for byte in utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                counted = false
            } else if !counted, (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
                counted = true
                pieces += 1
                if pieces >= limit { return pieces }
            }
        }
        return pieces
    }
}

extension String {
    /// The text's first `bytes` bytes or so, cut at the last space before them, and the rest after
    /// that space; the whole text and nothing when it is no longer (or has no such space). For
    /// rules that only need a line's opening, so that a line of megabytes costs no more than a kilobyte.
    func splitAtSpace(afterBytes bytes: Int) -> (opening: String, rest: String) {
        guard utf8.count > bytes else { return (self, "") }
        var cut = utf8.index(utf8.startIndex, offsetBy: bytes)
        while cut > utf8.startIndex, utf8[cut] != UInt8(ascii: " ") { cut = utf8.index(before: cut) }
        guard cut > utf8.startIndex, let end = cut.samePosition(in: self) else { return (self, "") }
        return (String(self[..<end]), String(self[index(after: end)...]))
    }
}

extension Collection where Element == UInt8 {
    /// Whether the bytes hold `. ` (a full stop, then a space): a sentence ends inside them.
    var containsSentenceBreak: Bool {
        var previousIsStop = false
        for byte in self {
            if previousIsStop, byte == 0x20 { return true }
            previousIsStop = byte == 0x2E
        }
        return false
    }
}
