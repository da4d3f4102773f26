/// A word, a punctuation mark, or a whole quotation, in a paragraph whose quotations are masked.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case punctuation
        /// A quotation, with its quote marks; `text` is empty.
        case quotation
    }

    var kind: Kind
    var text: String
    /// Lower-cased, accents folded.
    var folded: String
    /// Character offsets in the paragraph.
    var range: Range<Int>

    var isWord: Bool { kind == .word }
    var isQuotation: Bool { kind == .quotation }
    func isPunctuation(_ marks: String) -> Bool { kind == .punctuation && marks.holds(text) }
}
