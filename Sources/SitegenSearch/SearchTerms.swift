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
    private var arena: [UInt8] = []
    private var ranges: [Range<Int>] = []
    private var counts: [Int] = []
    private var byHash: [UInt64: [Int]] = [:]

    mutating func add(_ term: UnsafeBufferPointer<UInt8>, _ weight: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        if let candidates = byHash[hash] {
            for index in candidates where arena[ranges[index]].elementsEqual(term) {
                counts[index] += weight
                return
            }
        }
        let start = arena.count
        arena += term
        ranges.append(start..<arena.count)
        counts.append(weight)
        byHash[hash, default: []].append(ranges.count - 1)
    }

    /// By the terms' bytes, which is code point order.
    var sortedWeights: [(term: String, weight: Int)] {
        let order = ranges.indices.sorted { arena[ranges[$0]].lexicographicallyPrecedes(arena[ranges[$1]]) }
        return order.map { (String(decoding: arena[ranges[$0]], as: UTF8.self), counts[$0]) }
    }
}
