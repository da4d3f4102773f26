/// Character classes with a fast path for ASCII: `Character.isLetter` and its kin look up Unicode
/// properties for every character, which cost a fifth of an import; most text is ASCII.
extension Character {
    /// `asciiValue`, read from the character's UTF-8 bytes: the standard library's compares every
    /// character with `"\r\n"` as a string first, which costs nine times as much.
    @inline(__always) var asciiByte: UInt8? {
        let bytes = utf8
        let count = bytes.count
        if count == 1, let byte = bytes.first, byte < 0x80 { return byte }
        // `"\r\n"` is one character, whose `asciiValue` is a line feed's.
        if count == 2, bytes.first == 0x0D, bytes.last == 0x0A { return 0x0A }
        return nil
    }

    /// A letter or a digit.
    var isWordCharacter: Bool {
        if let ascii = asciiByte {
            return (ascii >= 0x30 && ascii <= 0x39) || (ascii | 0x20 >= 0x61 && ascii | 0x20 <= 0x7A)
        }
        return isLetter || isNumber
    }

    var isSpace: Bool {
        if let ascii = asciiByte { return ascii == 0x20 || (ascii >= 0x09 && ascii <= 0x0D) }
        return isWhitespace
    }

    /// `isUppercase`, with an ASCII character answered from its byte.
    var isUpper: Bool {
        if let ascii = asciiByte { return ascii >= 0x41 && ascii <= 0x5A }
        return isUppercase
    }

    /// `isLowercase`, with an ASCII character answered from its byte.
    var isLower: Bool {
        if let ascii = asciiByte { return ascii >= 0x61 && ascii <= 0x7A }
        return isLowercase
    }

    /// `isLetter`, with an ASCII character answered from its byte.
    var isLetterCharacter: Bool {
        if let ascii = asciiByte { return ascii | 0x20 >= 0x61 && ascii | 0x20 <= 0x7A }
        return isLetter
    }
}
