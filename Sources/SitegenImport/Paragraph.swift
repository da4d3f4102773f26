/// A paragraph of the story, word for word, with the line it starts on in the raw file.
public struct Paragraph: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case text
        /// A bulleted line (`• item`, `- item`); `text` holds it without the bullet.
        case listItem
    }

    public var text: String
    public var line: Int
    public var kind: Kind

    public init(text: String, line: Int, kind: Kind = .text) {
        self.text = text
        self.line = line
        self.kind = kind
    }
}
