/// One article's terms with their weights: what the search index needs of it. Kept in the build
/// cache, so that an incremental build indexes only the articles that changed and merges the
/// rest as they were.
public struct SearchTerms: Sendable, Equatable {
    /// Sorted by the terms' UTF-8 bytes; each weight at least 1.
    public var weights: [(term: String, weight: Int)]

    public static func == (lhs: SearchTerms, rhs: SearchTerms) -> Bool {
        lhs.weights.map(\.term) == rhs.weights.map(\.term) && lhs.weights.map(\.weight) == rhs.weights.map(\.weight)
    }

    /// A word in the title counts as much as this many in the body; in the summary, tags and
    /// people as `fieldWeight`.
    public static let titleWeight = 8
    public static let fieldWeight = 3
    public static let maximumWeight = 999

    public init(weights: [(term: String, weight: Int)]) {
        self.weights = weights
    }

    /// The terms of an article: its title, summary, tags and people, and its body's plain text.
    public init(title: String, fields: [String], body: String) {
        var counts = TermCounts()
        SearchTokenizer.scan(title) { counts.add($0, Self.titleWeight) }
        for field in fields { SearchTokenizer.scan(field) { counts.add($0, Self.fieldWeight) } }
        SearchTokenizer.scan(body) { counts.add($0, 1) }
        self.weights = counts.sortedWeights.map { ($0.term, min($0.weight, Self.maximumWeight)) }
    }

    /// `term<TAB>weight` lines, as the build cache keeps them.
    public var text: String {
        var text = ""
        text.reserveCapacity(weights.count * 10)
        for (term, weight) in weights { text += "\(term)\t\(weight)\n" }
        return text
    }

    /// Terms read back from `text`; nil when it is not what `text` writes.
    public init?(text: Substring) {
        var weights: [(String, Int)] = []
        for line in text.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let weight = Int(line[line.index(after: tab)...]), weight > 0 else { return nil }
            weights.append((String(line[..<tab]), weight))
        }
        self.weights = weights
    }
}

/// Weights summed by term, keyed by the term's bytes: no `String` per occurrence.
struct TermCounts {
    private var terms = TermArena()
    private var counts: [Int] = []

    mutating func add(_ term: UnsafeBufferPointer<UInt8>, _ weight: Int) {
        let (index, added) = terms.index(of: term)
        if added { counts.append(weight) } else { counts[index] += weight }
    }

    /// By the terms' bytes, which is code point order.
    var sortedWeights: [(term: String, weight: Int)] {
        let order = counts.indices.sorted { terms.precedes($0, $1) }
        return order.map { (String(decoding: terms[$0], as: UTF8.self), counts[$0]) }
    }
}
