/// Writes the story's paragraphs as Markdown, word for word: characters that Markdown would read as
/// markup (`*`, `_`, `<`, a `#` or `1.` at the start of a line, …) are escaped so they show as written.
public struct MarkdownBodyWriter: Sendable {
    public init() {}

    public func markdown(_ paragraphs: [Paragraph]) -> String {
        var output = ""
        var previous: Paragraph.Kind?
        for paragraph in paragraphs {
            if previous != nil { output += paragraph.kind == .listItem && previous == .listItem ? "\n" : "\n\n" }
            switch paragraph.kind {
            case .text: output += escapeLineStart(escapeInline(paragraph.text))
            case .listItem: output += "- " + escapeInline(paragraph.text)
            }
            previous = paragraph.kind
        }
        return output.isEmpty ? output : output + "\n"
    }

    func escapeInline(_ text: String) -> String {
        // Most paragraphs hold none of the marks: checked byte by byte, they are returned as they are.
        guard text.utf8.contains(where: Self.isMarkByte) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "<", "[", "]", "~":
                result.append("\\")
            case "&" where index + 1 < scalars.count && (Character(scalars[index + 1]).isLetter || scalars[index + 1] == "#"):
                result.append("\\")
            default:
                break
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// A byte of the characters `escapeInline` may escape: `\\`, `` ` ``, `*`, `_`, `<`, `[`, `]`, `~`, `&`.
    private static func isMarkByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x3C, 0x5B, 0x5D, 0x7E, 0x26: return true
        default: return false
        }
    }

    /// A paragraph that starts like a heading, quote, list or thematic break is escaped at its start.
    func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>+-=|".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = text.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " || rest.count == 1 {
                return digits + "\\" + rest
            }
        }
        return text
    }
}
