import SitegenModel
import Foundation

/// Distinct terms kept as bytes in one buffer, each found again by a hash of its bytes (FNV-1a)
/// in an open-addressing table: the search index handles millions of term occurrences without
/// making a `String` for each. Terms are numbered in the order they were added.
///
/// The table is written out rather than a `Dictionary` of hashes: a dictionary hashes its
/// `UInt64` key again (SipHash) and this look-up runs for every term of every article when the
/// index is merged, a fifth of a one-article rebuild at 10,000 articles (`perf`).
struct TermArena: Sendable {
    private var bytes: [UInt8] = []
    private(set) var ranges: [Range<Int>] = []
    /// Each slot: the number of the term there plus one (0 for an empty slot). (`Int32`: a site's
    /// index holds a few hundred thousand distinct terms, far below its limit.)
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    /// The full hash of the term in each slot, compared before its bytes are.
    private var slotHashes: [UInt64] = Array(repeating: 0, count: 64)

    var count: Int { ranges.count }

    subscript(index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }

    /// The term's number, and whether it was added now.
    mutating func index(of term: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> (index: Int, added: Bool) {
        let hash = hash ?? FNV1a.hash(term)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] != 0 {
            let candidate = Int(slots[slot]) - 1
            if slotHashes[slot] == hash, equals(candidate, term) { return (candidate, false) }
            slot = (slot + 1) & mask
        }
        let start = bytes.count
        bytes += term
        ranges.append(start..<bytes.count)
        slots[slot] = Int32(ranges.count)
        slotHashes[slot] = hash
        // At most half full, so that a probe stays short.
        if ranges.count * 2 > slots.count { grow() }
        return (ranges.count - 1, true)
    }

    /// Whether term `a`'s bytes sort before term `b`'s (code point order): `lexicographicallyPrecedes`
    /// on the slices, compared with `memcmp`.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        let first = ranges[a], second = ranges[b]
        let common = min(first.count, second.count)
        let order = common == 0 ? 0 : bytes.withUnsafeBufferPointer {
            memcmp($0.baseAddress! + first.lowerBound, $0.baseAddress! + second.lowerBound, common)
        }
        return order != 0 ? order < 0 : first.count < second.count
    }

    private func equals(_ index: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = ranges[index]
        guard range.count == term.count else { return false }
        if term.isEmpty { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + range.lowerBound, term.baseAddress!, term.count) == 0 }
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        var newSlots = [Int32](repeating: 0, count: capacity)
        var newHashes = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for old in slots.indices where slots[old] != 0 {
            let hash = slotHashes[old]
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while newSlots[slot] != 0 { slot = (slot + 1) & mask }
            newSlots[slot] = slots[old]
            newHashes[slot] = hash
        }
        slots = newSlots
        slotHashes = newHashes
    }
}
