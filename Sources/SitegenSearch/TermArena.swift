import SitegenModel

/// Distinct terms kept as bytes in one buffer, each found again by a hash of its bytes (FNV-1a,
/// a collision told apart by comparing bytes): the search index handles millions of term
/// occurrences without making a `String` for each.
struct TermArena: Sendable {
    private var bytes: [UInt8] = []
    private(set) var ranges: [Range<Int>] = []
    private var byHash: [UInt64: [Int]] = [:]

    var count: Int { ranges.count }

    subscript(index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }

    /// The term's number, and whether it was added now.
    mutating func index(of term: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> (index: Int, added: Bool) {
        let hash = hash ?? FNV1a.hash(term)
        if let candidates = byHash[hash] {
            for index in candidates where bytes[ranges[index]].elementsEqual(term) { return (index, false) }
        }
        let start = bytes.count
        bytes += term
        ranges.append(start..<bytes.count)
        byHash[hash, default: []].append(ranges.count - 1)
        return (ranges.count - 1, true)
    }
}
