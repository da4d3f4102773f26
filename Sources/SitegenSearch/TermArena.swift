import SitegenModel

/// Distinct terms kept as bytes in one buffer, each found again by a hash of its bytes (FNV-1a,
/// a collision told apart by comparing bytes): the search index handles millions of term
/// occurrences without making a `String` for each. Terms of one hash are chained through
/// `nextWithHash`, so that a new term costs no array of its own.
struct TermArena: Sendable {
    private var bytes: [UInt8] = []
    private(set) var ranges: [Range<Int>] = []
    /// The last term added with each hash.
    private var lastByHash: [UInt64: Int] = [:]
    /// For each term, the term added before it with the same hash (-1 for none).
    private var nextWithHash: [Int] = []

    var count: Int { ranges.count }

    subscript(index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }

    /// The term's number, and whether it was added now.
    mutating func index(of term: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> (index: Int, added: Bool) {
        let hash = hash ?? FNV1a.hash(term)
        let last = lastByHash[hash]
        var candidate = last ?? -1
        while candidate >= 0 {
            if bytes[ranges[candidate]].elementsEqual(term) { return (candidate, false) }
            candidate = nextWithHash[candidate]
        }
        let start = bytes.count
        bytes += term
        ranges.append(start..<bytes.count)
        nextWithHash.append(last ?? -1)
        lastByHash[hash] = ranges.count - 1
        return (ranges.count - 1, true)
    }
}
