/// Splits a paragraph, whose quotations are masked with `Tokenizer.mask`, into tokens and sentences.
enum Tokenizer {
    /// Stands for every character of a quotation in a masked paragraph.
    static let mask: Character = "\u{FFFC}"

    static func tokens(_ characters: [Character]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == mask {
                let start = index
                while index < characters.count, characters[index] == mask { index += 1 }
                tokens.append(Token(kind: .quotation, text: "", folded: "", range: start..<index))
            } else if character.isWordCharacter {
                let start = index
                index += 1
                while index < characters.count {
                    let next = characters[index]
                    if next.isWordCharacter || next.isMark {
                        index += 1
                    } else if innerCharacters.contains(next), index + 1 < characters.count,
                              characters[index + 1].isWordCharacter {
                        index += 1
                    } else {
                        break
                    }
                }
                let text = Self.text(characters[start..<index])
                tokens.append(Token(kind: .word, text: text, folded: text.folded, range: start..<index))
            } else if character.isSpace {
                index += 1
            } else {
                tokens.append(Token(kind: .punctuation, text: String(character), folded: String(character), range: index..<(index + 1)))
                index += 1
            }
        }
        return tokens
    }

    /// The characters as a string; ASCII ones (most words) through their bytes, which costs less
    /// than appending `Character`s one by one.
    static func text(_ characters: ArraySlice<Character>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: characters.count) { buffer in
            var count = 0
            for character in characters {
                guard let ascii = character.asciiByte else { return String(characters) }
                buffer[count] = ascii
                count += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// Sentences, as ranges of token indices. `endsSentence` tells whether a quotation ends with a full stop.
    static func sentences(_ tokens: [Token], quotationEndsSentence: (Token) -> Bool) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        for index in tokens.indices {
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            var boundary = false
            if token.isPunctuation(".!?\u{2026}"), let next {
                let previous = index > 0 ? tokens[index - 1] : nil
                let startsNew = next.isQuotation || (next.isWord && (next.text.first?.isUppercase == true || next.text.first?.isNumber == true))
                boundary = startsNew && !(previous.map(isAbbreviation) ?? false)
            } else if token.isQuotation, let next, next.isWord, next.text.first?.isUppercase == true, quotationEndsSentence(token) {
                // `“We stay.” Then …` ends a sentence; `“We stay.” Leavitt said.` does not.
                let following = tokens[(index + 1)..<min(tokens.count, index + 5)]
                boundary = !following.contains { SpeechVocabulary.finiteVerbs.contains($0.folded) }
            }
            if boundary {
                sentences.append(start..<(index + 1))
                start = index + 1
            }
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    private static func isAbbreviation(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        if token.text.contains(Character(".")) { return true }
        if token.text.count == 1, token.text.first?.isUppercase == true { return true }
        return abbreviations.contains(token.folded)
    }

    private static let innerCharacters: Set<Character> = ["'", "\u{2019}", "\u{2018}", "-", "\u{2010}", "\u{2011}", ".", "\u{02BB}"]
    private static let abbreviations: Set<String> = [
        "mr", "ms", "mrs", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "prof", "jr", "sr", "vs", "no", "mt",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "approx", "etc", "capt", "sgt",
    ]
}

private extension Character {
    var isMark: Bool { asciiByte == nil && unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark } }
}
