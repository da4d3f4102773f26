/// One line of a raw text, trimmed, with its 1-based line number in the file.
public struct RawLine: Sendable, Equatable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    public var isBlank: Bool { text.isEmpty }

    /// Splits decoded text (LF line ends) into trimmed, numbered lines.
    public static func lines(of text: String) -> [RawLine] {
        // Split on the byte: a line feed is never part of a larger character.
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated().map { index, line in
            RawLine(number: index + 1, text: trimmed(Substring(line)))
        }
    }

    /// The line without white space and control characters at its ends.
    static func trimmed(_ line: Substring) -> String {
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x21 || (scalar.value >= 0x7F && scalar.value <= 0xA0) || scalar.properties.isWhitespace
        }
        let scalars = line.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isTrimmed($0) })!
        return String(scalars[start...end])
    }
}
