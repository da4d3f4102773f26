import SitegenModel

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
    public var failure: Diagnostic?
    /// Warnings beyond the article's own (overwritten edits, a taken slug), about the raw file.
    public var warnings: [Diagnostic]
    public var dryRun: Bool

    public init(input: String, status: Status, articlePath: String? = nil, article: ImportedArticle? = nil,
                failure: Diagnostic? = nil, warnings: [Diagnostic] = [], dryRun: Bool = false) {
        self.input = input
        self.status = status
        self.articlePath = articlePath
        self.article = article
        // Whatever the importer found without knowing the file's name is about this file.
        let file = SourceLocation(path: input)
        self.failure = failure.map { $0.location == nil ? Diagnostic(.error, at: file, $0.message) : $0 }
        self.warnings = warnings.map { $0.location == nil ? Diagnostic(.warning, at: file, $0.message) : $0 }
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
        for warning in (article?.warnings ?? []) + warnings { lines.append("  warning: \(warning.message)") }
        if verbose, let article {
            for note in article.notes { lines.append("  \u{00B7} \(note)") }
        }
        return lines
    }
}
