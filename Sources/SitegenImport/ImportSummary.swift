/// The table that closes an import of many files: how many were created, updated, left unchanged,
/// written as drafts (and what they lack), and not imported.
public struct ImportSummary: Sendable {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var drafts = 0
    public var failed = 0
    /// Paths or records that could not be read at all.
    public var problems = 0
    public var missing: [String: Int] = [:]
    public var people = Set<String>()
    public var paragraphs = 0
    public var droppedLines = 0

    public init() {}

    public var notImported: Int { failed + problems }

    public mutating func add(_ outcome: ImportOutcome) {
        switch outcome.status {
        case .created: created += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        case .failed: failed += 1
        }
        guard outcome.status != .failed, let article = outcome.article else { return }
        if article.frontMatter.draft { drafts += 1 }
        for fact in article.frontMatter.missing { missing[fact, default: 0] += 1 }
        people.formUnion(article.frontMatter.people)
        paragraphs += article.paragraphs.count
        droppedLines += article.droppedLineCount
    }

    /// The table's lines.
    public func table() -> [String] {
        let lacking = missing.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let rows: [(String, String)] = [
            ("created", "\(created)"),
            ("updated", "\(updated)"),
            ("unchanged", "\(unchanged)"),
            ("drafts", drafts == 0 ? "0" : "\(drafts) (missing: \(lacking))"),
            ("not imported", "\(notImported)"),
            ("paragraphs kept", "\(paragraphs)"),
            ("lines dropped", "\(droppedLines)"),
            ("people", "\(people.count)"),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        return ["", "import summary"] + rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
    }
}
