/// Splits a Markdown file into its YAML front matter and its body.
///
/// The front matter sits between a first line `---` and the next line `---` (or `...`).
/// Only the front matter's lines are scanned; the body is taken as it is.
public struct FrontMatterParser: Sendable {
    public struct Split: Sendable, Equatable {
        /// The YAML text between the fences.
        public var yaml: String
        /// The 1-based line in the file where the YAML starts (the line after the opening fence).
        public var yamlFirstLine: Int
        /// The Markdown after the closing fence.
        public var body: String
        /// The 1-based line in the file where the body starts.
        public var bodyFirstLine: Int
    }

    public init() {}

    public func split(_ text: String, path: String) throws(Diagnostic) -> Split {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = Substring(utf8[lineStart..<lineEnd]).trimmingTrailingWhitespace()
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if let start = yamlStart {
                if line == "---" || line == "..." {
                    return Split(yaml: String(text[start..<lineStart].dropLast()),
                                 yamlFirstLine: 2,
                                 body: String(text[next...]),
                                 bodyFirstLine: lineNumber + 1)
                }
            } else {
                guard line == "---" else { break }
                yamlStart = next
            }
            lineStart = next
            lineNumber += 1
        }
        if yamlStart == nil {
            throw .error("no front matter: the file must start with a line `---`, then YAML (title, date), then `---`",
                         at: SourceLocation(path: path, line: 1))
        }
        throw .error("front matter is not closed: add a line `---` after the YAML", at: SourceLocation(path: path, line: 1))
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, let c = self[index(before: end)].unicodeScalars.first, c == " " || c == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
