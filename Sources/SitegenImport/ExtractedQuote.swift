/// A quotation taken from the story for `quotes:`, with its speaker when the text makes it clear.
public struct ExtractedQuote: Sendable, Equatable {
    public var speaker: String?
    public var text: String
    /// Index of the paragraph it stands in.
    public var paragraph: Int
    /// The verb that attributes it (`said`, `told`, `:`), if any.
    public var verb: String?

    public init(speaker: String?, text: String, paragraph: Int, verb: String? = nil) {
        self.speaker = speaker
        self.text = text
        self.paragraph = paragraph
        self.verb = verb
    }
}
