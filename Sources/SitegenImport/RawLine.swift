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
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            RawLine(number: index + 1, text: line.trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters)))
        }
    }
}
