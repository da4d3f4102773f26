/// Splits a Markdown file into its YAML front matter and its body.
///
/// The front matter sits between a first line `---` and the next line `---` (or `...`).
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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingWhitespace() == "---" else {
            throw .error("no front matter: the file must start with a line `---`, then YAML (title, date), then `---`",
                         at: SourceLocation(path: path, line: 1))
        }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.first {
            lineNumber += 1
            lines = lines.dropFirst()
            let trimmed = line.trimmingTrailingWhitespace()
            if trimmed == "---" || trimmed == "..." {
                return Split(yaml: yamlLines.joined(separator: "\n"),
                             yamlFirstLine: 2,
                             body: lines.joined(separator: "\n"),
                             bodyFirstLine: lineNumber + 1)
            }
            yamlLines.append(line)
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
