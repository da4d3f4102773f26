/// Character classes with a fast path for ASCII: `Character.isLetter` and its kin look up Unicode
/// properties for every character, which cost a fifth of an import; most text is ASCII.
extension Character {
    /// A letter or a digit.
    var isWordCharacter: Bool {
        if let ascii = asciiValue {
            return (ascii >= 0x30 && ascii <= 0x39) || (ascii | 0x20 >= 0x61 && ascii | 0x20 <= 0x7A)
        }
        return isLetter || isNumber
    }

    var isSpace: Bool {
        if let ascii = asciiValue { return ascii == 0x20 || (ascii >= 0x09 && ascii <= 0x0D) }
        return isWhitespace
    }
}
