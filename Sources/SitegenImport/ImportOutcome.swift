/// What happened to one raw file, and the lines that report it.
public struct ImportOutcome: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case created
        case updated
        case unchanged
        case failed
    }

    /// The raw file, as the user named it.
    public var input: String
    public var status: Status
    /// The article file, relative to the site folder.
    public var articlePath: String?
    public var article: ImportedArticle?
    public var failure: ImportFailure?
    /// Warnings beyond the article's own (overwritten edits, a taken slug).
    public var warnings: [String]
    public var dryRun: Bool

    public init(input: String, status: Status, articlePath: String? = nil, article: ImportedArticle? = nil,
                failure: ImportFailure? = nil, warnings: [String] = [], dryRun: Bool = false) {
        self.input = input
        self.status = status
        self.articlePath = articlePath
        self.article = article
        self.failure = failure
        self.warnings = warnings
        self.dryRun = dryRun
    }

    /// One line: what was done, then the title, the date, paragraphs kept, lines dropped and people found.
    public var summaryLine: String {
        let action: String
        switch status {
        case .created: action = dryRun ? "would create" : "created"
        case .updated: action = dryRun ? "would update" : "updated"
        case .unchanged: action = "unchanged"
        case .failed: action = "not imported"
        }
        let target = articlePath.map { " \($0)" } ?? ""
        guard let article else { return "\(input): \(action)\(target): \(failure?.message ?? "")" }
        let date = article.date.map(\.description) ?? "no date: supply --date"
        let paragraphs = article.paragraphs.count
        let dropped = article.droppedLineCount
        let people = article.people.isEmpty ? "no people found" : "people: " + article.people.joined(separator: ", ")
        return "\(input): \(action)\(target) \u{2014} \u{201C}\(article.title)\u{201D} \u{00B7} \(date) \u{00B7} "
            + "\(paragraphs) \(paragraphs == 1 ? "paragraph" : "paragraphs") kept \u{00B7} "
            + "\(dropped) \(dropped == 1 ? "line" : "lines") dropped \u{00B7} \(people)"
    }

    /// The summary line, then the error and warnings (and with `verbose`, how each field was found), indented.
    public func lines(verbose: Bool) -> [String] {
        var lines = [summaryLine]
        if let failure, article != nil { lines.append("  error: \(failure.message)") }
        for warning in (article?.warnings ?? []) + warnings { lines.append("  warning: \(warning)") }
        if verbose, let article {
            for note in article.notes { lines.append("  \u{00B7} \(note)") }
        }
        return lines
    }
}
