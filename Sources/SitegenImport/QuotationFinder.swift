import Foundation

/// Finds the quotations in a paragraph: “…”, „…“, «…» and "…". A quotation left open runs to the
/// end of the paragraph, as when a quoted speech goes on into the next one.
struct QuotationFinder: Sendable {
    struct Quotation: Sendable, Equatable {
        /// Character offsets, quote marks included.
        var range: Range<Int>
        /// The words inside the quote marks, trimmed.
        var text: String
        var isClosed: Bool
    }

    func quotations(in characters: [Character]) -> [Quotation] {
        var result: [Quotation] = []
        var index = 0
        while index < characters.count {
            let opener = characters[index]
            guard let closers = Self.closers[opener], opensHere(characters, at: index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, !closers.contains(characters[end]) { end += 1 }
            let closed = end < characters.count
            let inner = String(characters[(index + 1)..<end]).trimmed(.whitespaces.union(CharacterSet(charactersIn: "\u{00A0}\u{202F}")))
            if !closed && index > 0 && characters[index - 1] != " " {
                index += 1
                continue
            }
            let upper = closed ? end + 1 : end
            if inner.hasLetterOrDigit { result.append(Quotation(range: index..<upper, text: inner, isClosed: closed)) }
            index = upper
        }
        return result
    }

    /// The paragraph with every character of every quotation replaced by `Tokenizer.mask`.
    func masked(_ characters: [Character], _ quotations: [Quotation]) -> [Character] {
        var masked = characters
        for quotation in quotations {
            for offset in quotation.range { masked[offset] = Tokenizer.mask }
        }
        return masked
    }

    /// A straight `"` opens a quotation only at the start of a word.
    private func opensHere(_ characters: [Character], at index: Int) -> Bool {
        guard characters[index] == "\"" else { return true }
        guard index + 1 < characters.count, !characters[index + 1].isWhitespace else { return false }
        return index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
    }

    private static let closers: [Character: Set<Character>] = [
        "\u{201C}": ["\u{201D}"],
        "\u{201E}": ["\u{201C}", "\u{201D}"],
        "\u{00AB}": ["\u{00BB}"],
        "\"": ["\""],
    ]
}
