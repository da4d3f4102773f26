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
        var result = ""
        result.reserveCapacity(text.count)
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            switch character {
            case "\\", "`", "*", "_", "<", "[", "]", "~":
                result.append("\\")
            case "&" where characters.first.map { $0.isLetter || $0 == "#" } ?? false:
                result.append("\\")
            default:
                break
            }
            result.append(character)
        }
        return result
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
