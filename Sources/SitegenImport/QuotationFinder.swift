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
            guard let closers = Self.closers(of: opener), opensHere(characters, at: index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, !closers.contains(characters[end]) { end += 1 }
            let closed = end < characters.count
            let inner = String(characters[(index + 1)..<end]).trimmed(Self.quoteSpaces)
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
        guard index + 1 < characters.count, !characters[index + 1].isSpace else { return false }
        return index == 0 || !characters[index - 1].isWordCharacter
    }

    /// The marks that close a quotation opened by `opener`, or nil when it opens none; most
    /// characters are ASCII letters, answered without hashing a `Character`.
    private static func closers(of opener: Character) -> Set<Character>? {
        if let ascii = opener.asciiByte { return ascii == 0x22 ? straightCloser : nil }
        switch opener {
        case "\u{201C}": return curlyClosers
        case "\u{201E}": return lowClosers
        case "\u{00AB}": return guillemetClosers
        default: return nil
        }
    }

    private static let curlyClosers: Set<Character> = ["\u{201D}"]
    private static let lowClosers: Set<Character> = ["\u{201C}", "\u{201D}"]
    private static let guillemetClosers: Set<Character> = ["\u{00BB}"]
    private static let straightCloser: Set<Character> = ["\""]
    private static let quoteSpaces = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{00A0}\u{202F}"))
}
