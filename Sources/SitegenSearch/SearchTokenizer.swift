import SitegenModel

/// Splits text into search terms: folded like every comparison in sitegen (lower case, accents
/// off, `TextFolding`), then cut at every character that is not a letter or a digit (Unicode's
/// L and N categories). Terms of one character, and of more than 40, are not indexed.
///
/// `templates/assets/search.js` cuts a query the same way: `normalize("NFKD")`, marks removed,
/// lower case, split on `[^\p{L}\p{N}]`.
///
/// It reads UTF-8 bytes and hands each term over as bytes: it runs over every article's text.
public enum SearchTokenizer {
    public static let shortest = 2
    public static let longest = 40

    /// Calls `body` with the UTF-8 bytes of each term of `text`, in order.
    public static func scan(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        // The state lives in a struct changed in place, not in variables that closures capture:
        // captured variables are checked for exclusive access at run time on every byte, which
        // cost a quarter of the scan (`perf`: swift_beginAccess, swift_endAccess).
        var term = TermBuffer()
        var folds: [UInt32: [UInt8]] = [:]
        text.withUTF8 { bytes in
            var at = 0
            while at < bytes.count {
                let byte = bytes[at]
                if byte < 0x80 {
                    if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                        term.append(byte)
                    } else if (0x41...0x5A).contains(byte) {
                        term.append(byte + 0x20)
                    } else {
                        term.flush(body)
                    }
                    at += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(at + length, bytes.count)
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for index in (at + 1)..<end { value = value << 6 | UInt32(bytes[index] & 0x3F) }
                at = end
                let folded: [UInt8]
                if let known = folds[value] {
                    folded = known
                } else {
                    folded = Unicode.Scalar(value).map(foldedTermBytes) ?? []
                    folds[value] = folded
                }
                // A mark folds to nothing and does not end the word; anything else that is no letter or digit does.
                if folded.first == 0 {
                    term.flush(body)
                } else if !folded.isEmpty {
                    term.append(contentsOf: folded)
                }
            }
        }
        term.flush(body)
    }

    /// The term being read: its folded bytes and how many characters they spell.
    private struct TermBuffer {
        var bytes: [UInt8] = []
        var scalars = 0

        init() { bytes.reserveCapacity(64) }

        mutating func append(_ byte: UInt8) {
            bytes.append(byte)
            scalars += 1
        }

        mutating func append(contentsOf folded: [UInt8]) {
            bytes += folded
            scalars += 1
        }

        /// Hands the term to `body` when its length is one indexed, and starts the next.
        mutating func flush(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            if scalars >= SearchTokenizer.shortest && scalars <= SearchTokenizer.longest { bytes.withUnsafeBufferPointer(body) }
            bytes.removeAll(keepingCapacity: true)
            scalars = 0
        }
    }

    /// The folded form of a non-ASCII scalar as UTF-8; `[0]` when it is no letter or digit,
    /// and empty when it folds away (a combining accent).
    private static func foldedTermBytes(_ scalar: Unicode.Scalar) -> [UInt8] {
        let folded = TextFolding.fold(String(Character(scalar)))
        if folded.isEmpty { return [] }
        guard folded.unicodeScalars.allSatisfy(isTermScalar) else { return [0] }
        return Array(folded.utf8)
    }

    public static func terms(in text: String) -> [String] {
        var result: [String] = []
        scan(text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    static func isTermScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The shard a term's postings are in: its first `length` characters, ASCII letters and
    /// digits as they are and any other character as `_` and its code point in hex (`kyiv` →
    /// `ky`, `київ` → `_43a_438`); `all` when the index is one shard (`length` 0).
    public static func shardKey(_ term: some StringProtocol, length: Int = 2) -> String {
        if length == 0 { return "all" }
        var key = ""
        // A term shorter than `length` is its own key: no shard key is then a prefix of another's key for the same term.
        for scalar in term.unicodeScalars.prefix(length) {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                key.unicodeScalars.append(scalar)
            } else {
                key += "_" + String(value, radix: 16)
            }
        }
        return key
    }
}
