import Foundation

/// Phrases looked for in a text all at once: whether any of them stands in it, byte for byte, as
/// `phrases.contains { text.includes($0) }` answers, but in one pass over the text's bytes instead
/// of one search per phrase. A line of a page is checked against a dozen lists of phrases (notices,
/// prompts, credits), so that the searches, one per phrase, were a twentieth of an import's time.
///
/// A phrase's first two bytes are looked up in a table of the pairs that open some phrase; only
/// where a pair opens one are the phrases compared. (No package among those this project may use
/// offers a multi-pattern search; this is the plain table lookup, not Aho–Corasick, since the
/// phrases are few and a miss costs one lookup per byte.)
struct PhraseSet: Sendable {
    /// The phrases, as given.
    let phrases: [String]
    /// The phrases' bytes.
    private let bytes: [[UInt8]]
    /// For each first byte, the phrases (their indices) that open with it.
    private let byFirstByte: [[Int]]
    /// One bit for each pair of bytes that opens a phrase of two bytes or more.
    private let openingPairs: [UInt64]
    /// The bytes that are a whole phrase of one byte.
    private let singleBytes: [Bool]
    /// An empty phrase stands in every text.
    private let holdsEmpty: Bool

    init(_ phrases: [String]) {
        let bytes = phrases.map { Array($0.utf8) }
        self.phrases = phrases
        self.bytes = bytes
        var byFirstByte = [[Int]](repeating: [], count: 256)
        var openingPairs = [UInt64](repeating: 0, count: 65_536 / 64)
        var singleBytes = [Bool](repeating: false, count: 256)
        for (index, phrase) in bytes.enumerated() where !phrase.isEmpty {
            if phrase.count == 1 {
                singleBytes[Int(phrase[0])] = true
                continue
            }
            byFirstByte[Int(phrase[0])].append(index)
            let pair = Int(phrase[0]) << 8 | Int(phrase[1])
            openingPairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.byFirstByte = byFirstByte
        self.openingPairs = openingPairs
        self.singleBytes = singleBytes
        holdsEmpty = bytes.contains { $0.isEmpty }
    }

    /// Whether any phrase stands in `text`.
    func occurs(in text: some StringProtocol) -> Bool {
        if holdsEmpty { return true }
        if let found = text.utf8.withContiguousStorageIfAvailable({ occurs(inBytes: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { occurs(inBytes: $0) }
    }

    private func occurs(inBytes text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = text.count
        guard count > 0, let base = text.baseAddress else { return false }
        return openingPairs.withUnsafeBufferPointer { pairs in
            singleBytes.withUnsafeBufferPointer { singles in
                for position in 0..<count {
                    let first = base[position]
                    if singles[Int(first)] { return true }
                    guard position + 1 < count else { break }
                    let pair = Int(first) << 8 | Int(base[position + 1])
                    guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                    for index in byFirstByte[Int(first)] {
                        let phrase = bytes[index]
                        guard phrase.count <= count - position else { continue }
                        let same = phrase.withUnsafeBufferPointer { memcmp(base + position, $0.baseAddress!, phrase.count) == 0 }
                        if same { return true }
                    }
                }
                return false
            }
        }
    }
}

extension PhraseSet: ExpressibleByArrayLiteral {
    init(arrayLiteral phrases: String...) {
        self.init(phrases)
    }
}
