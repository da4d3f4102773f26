/// A name from the gazetteer (which holds the people the importer found, too) found in a text.
public struct Mention: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case person
        case place
        case topic
    }

    public var kind: Kind
    /// The display name, as the gazetteer gives it.
    public var name: String
    /// Character offsets in the text searched.
    public var range: Range<Int>

    public init(kind: Kind, name: String, range: Range<Int>) {
        self.kind = kind
        self.name = name
        self.range = range
    }

    public var isPerson: Bool { kind == .person }
}
