/// Parses Mustache text into tokens, with the spec's rules for whitespace: a section, comment,
/// partial or set-delimiter tag alone on its line takes the line with it, and a partial alone
/// on its line indents every line it renders.
///
/// It follows swift-mustache's parser (which sitegen used before: see `TemplateRenderer`) rule
/// for rule, so that a theme renders to the same bytes. Tags swift-mustache adds to the spec
/// and sitegen's data has no use for — transforms `{{f(name)}}`, pragmas `{{% … }}`, dynamic
/// partials `{{>*name}}` and inheritance `{{< }}` `{{$ }}` — are refused with their position.
struct TemplateParser {
    private var text: [Character]
    private var position = 0
    private var startDelimiter: [Character] = ["{", "{"]
    private var endDelimiter: [Character] = ["}", "}"]

    static func parse(_ source: String) throws(TemplateError) -> [Template.Token] {
        var parser = TemplateParser(text: Array(source))
        do {
            return try parser.parseSection(name: nil, newLine: true)
        } catch let failure {
            throw parser.error(failure.kind, at: failure.position)
        }
    }

    private init(text: [Character]) {
        self.text = text
    }

    /// A failure inside the parser: what and at which position.
    private struct Failure: Error {
        var kind: TemplateError.Kind
        var position: Int
    }

    private func failure(_ kind: TemplateError.Kind, at position: Int? = nil) -> Failure {
        Failure(kind: kind, position: position ?? self.position)
    }

    /// Line and column of `position`, counting from 1.
    private func error(_ kind: TemplateError.Kind, at position: Int) -> TemplateError {
        let before = text[..<min(position, text.count)]
        let line = before.filter(\.isNewline).count + 1
        let lineStart = before.lastIndex(of: "\n").map { $0 + 1 } ?? 0
        return TemplateError(kind: kind, line: line, column: position - lineStart + 1)
    }

    // MARK: - Reading

    private var atEnd: Bool { position >= text.count }
    private var current: Character { atEnd ? "\0" : text[position] }

    @discardableResult
    private mutating func read(while predicate: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, predicate(text[position]) { position += 1 }
        return String(text[start..<position])
    }

    /// Reads `string` if the text continues with it.
    private mutating func read(_ string: [Character]) -> Bool {
        guard position + string.count <= text.count, Array(text[position..<position + string.count]) == string else { return false }
        position += string.count
        return true
    }

    private static func isSpaceOrTab(_ character: Character) -> Bool { character == " " || character == "\t" }

    // MARK: - Parsing

    /// Parses tokens up to the end of the section `name` (or of the text when `name` is nil).
    private mutating func parseSection(name sectionName: String?, newLine: Bool) throws(Failure) -> [Template.Token] {
        var tokens: [Template.Token] = []
        var newLine = newLine
        var whiteSpaceBefore = ""
        while !atEnd {
            if newLine {
                whiteSpaceBefore = read(while: Self.isSpaceOrTab)
            }
            let text = try readUntilDelimiterOrNewline()
            if current.isNewline {
                tokens.append(.text(whiteSpaceBefore + text + String(current)))
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            /// Keeps the whitespace before a tag that does not stand alone on its line.
            func keepWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            }
            let tagStart = position
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try parseName()
                if isStandalone(newLine) { setNewLine = true } else { keepWhiteSpace() }
                let body = try parseSection(name: name, newLine: setNewLine)
                tokens.append(.section(Template.Name(name), Template(tokens: body), inverted: inverted))
            case "/":
                position += 1
                let namePosition = position
                let name = try parseName()
                guard name == sectionName else { throw failure(.sectionCloseNameIncorrect, at: namePosition) }
                if !isStandalone(newLine) { keepWhiteSpace() }
                return tokens
            case "!":
                position += 1
                try skipComment()
                setNewLine = isStandalone(newLine)
            case "{":
                keepWhiteSpace()
                position += 1
                let name = try parseName()
                guard read(["}"]) else { throw failure(.unfinishedName) }
                tokens.append(.variable(Template.Name(name), escaped: false))
            case "&":
                keepWhiteSpace()
                position += 1
                tokens.append(.variable(Template.Name(try parseName()), escaped: false))
            case ">":
                position += 1
                read(while: \.isWhitespace)
                if current == "*" { throw failure(.unsupported("dynamic partials (`{{>*name}}`)"), at: tagStart) }
                let name = try parsePartialName()
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
                if isStandalone(newLine) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: whiteSpaceBefore))
                } else {
                    tokens.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""
            case "<", "$":
                throw failure(.unsupported("template inheritance tags (`{{<name}}`, `{{$name}}`)"), at: tagStart)
            case "%":
                throw failure(.unsupported("pragmas (`{{% … }}`)"), at: tagStart)
            case "=":
                position += 1
                try setDelimiters()
                setNewLine = isStandalone(newLine)
            default:
                keepWhiteSpace()
                tokens.append(.variable(Template.Name(try parseName()), escaped: true))
            }
            newLine = setNewLine
        }
        guard sectionName == nil else { throw failure(.expectedSectionEnd) }
        return tokens
    }

    /// Text up to the next tag (whose opening delimiter is read) or the end of the line.
    private mutating func readUntilDelimiterOrNewline() throws(Failure) -> String {
        guard let first = startDelimiter.first else { return "" }
        var total = ""
        while !atEnd {
            total += read { $0 != "\n" && $0 != "\r\n" && $0 != first }
            if current.isNewline { break }
            if current == first {
                if read(startDelimiter) { break }
                total.append(first)
                position += 1
            }
        }
        return total
    }

    /// A tag's name, up to and with the closing delimiter.
    private mutating func parseName() throws(Failure) -> String {
        read(while: \.isWhitespace)
        let name = read { Self.nameCharacters.contains($0) }
        read(while: \.isWhitespace)
        if name.contains("(") || name.contains(")") {
            throw failure(.unsupported("transforms (`{{name(value)}}`)"))
        }
        guard read(endDelimiter) else { throw failure(.unfinishedName) }
        return name
    }

    private mutating func parsePartialName() throws(Failure) -> String {
        read(while: \.isWhitespace)
        let name = read { Self.partialNameCharacters.contains($0) }
        read(while: \.isWhitespace)
        guard read(endDelimiter) else { throw failure(.unfinishedName) }
        return name
    }

    private mutating func skipComment() throws(Failure) {
        while !atEnd {
            if read(endDelimiter) { return }
            position += 1
        }
        throw failure(.unfinishedComment)
    }

    /// `{{=<% %>=}}`: new delimiters from here on.
    private mutating func setDelimiters() throws(Failure) {
        read(while: \.isWhitespace)
        let start = read { !$0.isWhitespace }
        guard !atEnd else { throw failure(.invalidSetDelimiter) }
        read(while: \.isWhitespace)
        let end = read { $0 != "=" && !$0.isWhitespace }
        guard !atEnd else { throw failure(.invalidSetDelimiter) }
        read(while: \.isWhitespace)
        guard read(["="]), read(endDelimiter), !start.isEmpty, !end.isEmpty else { throw failure(.invalidSetDelimiter) }
        startDelimiter = Array(start)
        endDelimiter = Array(end)
    }

    /// Whether the tag just read is alone on its line; if so, the rest of the line (spaces
    /// and the line end) is read with it.
    private mutating func isStandalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if atEnd { return true }
        var probe = position
        while probe < text.count, Self.isSpaceOrTab(text[probe]) { probe += 1 }
        guard probe < text.count, text[probe].isNewline else { return false }
        position = probe + 1
        return true
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
}
