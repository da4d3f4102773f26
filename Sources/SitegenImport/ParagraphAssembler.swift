/// Groups the kept lines of a story into paragraphs.
///
/// Scraped pages give one paragraph a line; pasted or e-mailed text is sometimes wrapped at a
/// fixed width. A line continues the one before it when that one stops mid-sentence and this one
/// starts in lower case, or when its whole block is wrapped at a steady width.
public struct ParagraphAssembler: Sendable {
    public init() {}

    public func paragraphs(from lines: [RawLine]) -> [Paragraph] {
        var blocks: [[RawLine]] = []
        // The number of the last line taken into the blocks (a line joined to the one before it
        // keeps that one's number).
        var lastTaken = Int.min
        // That line's own text: a line is judged against the raw line before it, not the whole
        // paragraph joined so far (which would be read again at every join).
        var lastText = ""
        for line in lines where !line.isBlank {
            defer { lastTaken = line.number; lastText = line.text }
            if blocks.last?.last != nil, lastTaken + 1 == line.number {
                blocks[blocks.count - 1].append(line)
            } else if blocks.last?.last != nil, lastTaken + 2 == line.number, Self.wrapsAcrossBlank(lastText, line.text) {
                // A text wrapped at a fixed width with a blank line after every line (or a line of
                // page furniture dropped inside a paragraph): the line goes on the one before it.
                blocks[blocks.count - 1][blocks[blocks.count - 1].count - 1].text += " " + line.text
            } else {
                blocks.append([line])
            }
        }
        return blocks.flatMap(paragraphs(inBlock:))
    }

    /// Whether `next`, after one blank line, goes on `previous`: that one stops mid-sentence after
    /// six words or more, on a letter or a digit (no full stop, colon or comma that a heading, a
    /// label or a list could end with), and `next` goes on in lower case or with a number
    /// (`… died at the age of` / `67 after being shot …`).
    static func wrapsAcrossBlank(_ previous: String, _ next: String) -> Bool {
        guard let last = previous.unicodeScalars.last, last.isWordScalar,
              let first = next.unicodeScalars.first, first.properties.isLowercase || ("0"..."9").contains(first),
              previous.wordPieces(upTo: 6) >= 6, next.wordPieces(upTo: 3) >= 3 else { return false }
        // A number opens a paragraph after a subheading too (`Une campagne marquée par la violence` /
        // `48 heures avant le scrutin, …`): it goes on a line only when both are of one wrapping
        // width, which a subheading and its paragraph are not.
        if !first.properties.isLowercase {
            let width = previous.unicodeScalars.count, nextWidth = next.unicodeScalars.count
            guard width >= 30, nextWidth * 2 <= width * 3, width * 2 <= nextWidth * 3 + 20 else { return false }
        }
        // A heading in title case (`Ten Things To Know About The Vote`) is no line cut short; a line
        // that opens in lower case is itself a wrapped line's go-on, whatever names it holds.
        if previous.unicodeScalars.first?.properties.isLowercase == true { return true }
        let words = previous.split(separator: " ")
        return words.filter { $0.first?.isUppercase == true }.count * 2 < words.count
    }

    private func paragraphs(inBlock block: [RawLine]) -> [Paragraph] {
        let wrapped = isHardWrapped(block)
        var result: [Paragraph] = []
        for line in block {
            if let item = Self.listItem(line.text) {
                result.append(Paragraph(text: item, line: line.number, kind: .listItem))
                continue
            }
            let text = line.text.collapsingWhitespace
            if let previous = result.last, previous.kind == .text,
               wrapped || continues(previous.text, with: text) {
                result[result.count - 1].text += " " + text
            } else {
                result.append(Paragraph(text: text, line: line.number))
            }
        }
        return result
    }

    private func continues(_ previous: String, with next: String) -> Bool {
        guard let last = previous.last, !previous.endsWithSentencePunctuation, last != ":" else { return false }
        return next.first?.isLowercase == true || Self.breaksOffOnFunctionWord(previous)
    }

    /// A long line of prose that stops on an article, a conjunction or `of` (`… Ussita (MC) e`, `… the
    /// capital of`): no sentence, heading or label ends so, and the next line goes on with it, whatever
    /// its first letter (`Visso (MC). Alla prima, …`). Not on any function word: German ends clauses on
    /// verbs and their particles (`… satt habe`, `stieß … an`), English on a phrasal verb's (`came in`).
    static func breaksOffOnFunctionWord(_ line: String) -> Bool {
        guard line.wordPieces(upTo: 15) >= 15, let word = line.split(separator: " ").last else { return false }
        return danglingWords.contains(String(word))
    }

    /// Words no sentence ends on, in the five languages: articles, `and`, `or`, `of`.
    static let danglingWords: Set<String> = [
        "the", "an", "and", "or", "of", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder",
        "le", "la", "les", "un", "une", "et", "ou", "du", "de", "el", "los", "las", "una", "y", "del", "il", "lo", "gli", "e", "ed",
        "di", "della", "dello", "degli", "delle",
    ]

    /// Most lines of the block, but the last, are 40 to 100 characters long and stop mid-sentence.
    private func isHardWrapped(_ block: [RawLine]) -> Bool {
        guard block.count >= 3 else { return false }
        let body = block.dropLast()
        guard body.allSatisfy({ (40...100).contains($0.text.count) }) else { return false }
        let open = body.filter { !$0.text.endsWithSentencePunctuation }.count
        return open * 2 >= body.count
    }

    /// The text of a bulleted line, without its bullet.
    static func listItem(_ text: String) -> String? {
        for bullet in ["• ", "- ", "* ", "\u{2013} ", "\u{25AA} ", "\u{25CF} "] where text.hasPrefix(bullet) {
            let item = String(text.dropFirst(bullet.count)).collapsingWhitespace
            return item.hasLetterOrDigit ? item : nil
        }
        return nil
    }
}
