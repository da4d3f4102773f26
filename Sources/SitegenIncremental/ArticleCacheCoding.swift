import SitegenModel

// What the build cache keeps of an article and of a warning: one line per field, read and
// written by the same code (`CacheCoding`). A new front-matter field is one line here.

extension Article: CacheCodable {
    init() {
        self.init(slug: "", path: "", title: "", date: .cacheEmpty)
    }

    /// Every field but the body, which the cache does not keep (its rendered pieces are kept instead).
    mutating func code<Coder: CacheCoder>(_ coder: inout Coder) throws {
        try coder.code(&slug)
        try coder.code(&path)
        try coder.code(&title)
        try coder.code(&date)
        try coder.code(&source)
        try coder.code(&sourceURL)
        try coder.code(&section)
        try coder.code(&tags)
        try coder.code(&people)
        try coder.code(line: &peopleLine)
        try coder.code(&summary)
        try coder.code(line: &summaryLine)
        try coder.code(&quotes)
        try coder.code(&events)
        try coder.code(&draft)
        try coder.code(&bodyFirstLine)
        try coder.code(&extra)
    }
}

extension Article.Quote: CacheCodable {
    init() {
        self.init(speaker: nil, text: "")
    }

    mutating func code<Coder: CacheCoder>(_ coder: inout Coder) throws {
        try coder.code(&speaker)
        try coder.code(&text)
        try coder.code(line: &line)
    }
}

extension Article.Event: CacheCodable {
    init() {
        self.init(date: .cacheEmpty, text: "")
    }

    /// With its signature, which reading takes as it was written rather than working it out from the
    /// text again (at 10,000 articles that was a tenth of an incremental build's time).
    mutating func code<Coder: CacheCoder>(_ coder: inout Coder) throws {
        var date = self.date, text = self.text, planned = self.planned, sentence = self.sentence, line = self.line, found = self.found
        var names = signature.names, words = signature.words
        try coder.code(&date)
        try coder.code(&text)
        try coder.code(&planned)
        try coder.code(&sentence)
        try coder.code(line: &line)
        try coder.code(&found)
        try coder.code(&names)
        try coder.code(&words)
        guard coder.isReading else { return }
        self = Article.Event(date: date, text: text, planned: planned, sentence: sentence, line: line, found: found,
                             signature: EventSignature(names: names, words: words))
    }
}

extension Diagnostic: CacheCodable {
    init() {
        self.init(.warning, at: nil, "")
    }

    mutating func code<Coder: CacheCoder>(_ coder: inout Coder) throws {
        var isWarning = severity == .warning
        try coder.code(&isWarning)
        severity = isWarning ? .warning : .error
        try coder.code(&message)
        var path = location?.path
        var line = location?.line
        try coder.code(&path)
        try coder.code(line: &line)
        location = path.map { SourceLocation(path: $0, line: line) }
    }
}

private extension ContentDate {
    /// The placeholder an empty value holds until reading replaces it.
    static let cacheEmpty = ContentDate("1970-01-01")!
}
