/// A name from the gazetteer (or a name the importer does not know) found in a text.
public struct Mention: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case person
        case place
        case topic
        /// A capitalised name that is in no list: proposed to the editor, never tagged.
        case unknownName
    }

    public var kind: Kind
    /// The display name: the gazetteer's, or the words as written for an unknown name.
    public var name: String
    /// Character offsets in the text searched.
    public var range: Range<Int>

    public init(kind: Kind, name: String, range: Range<Int>) {
        self.kind = kind
        self.name = name
        self.range = range
    }

    /// A person, known or not.
    public var isPerson: Bool { kind == .person || kind == .unknownName }
}
