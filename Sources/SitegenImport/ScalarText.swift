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
