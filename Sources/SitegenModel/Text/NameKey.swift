/// A key under which spelling variants of one name meet: accents and case folded, `al-`/`el-`
/// prefixes and punctuation dropped (`J.D.` is `JD`), then a consonant skeleton in which letters
/// that transliterations swap are one (`q`/`g`/`k`/`c`, `y`/`i`/`j`, `ph`/`f`, `w`/`v`) and doubled
/// letters are one: `Qaddafi` and `Gaddafi`, `Mohammed` and `Muhammad`, `Zelensky` and
/// `Zelenskyy`, `Erdogan` and `Erdoğan` share a key.
public enum NameKey {
    public static func of(_ word: String) -> String {
        var text = TextFolding.fold(word)
        for prefix in ["al-", "el-", "al ", "el ", "ul-", "ad-", "ash-", "as-", "an-"] where text.hasPrefix(prefix) && text.count > prefix.count + 2 {
            text.removeFirst(prefix.count)
        }
        // Applied in order, each only where its pattern stands (a byte search costs less than a replacement).
        for (pattern, replacement) in digraphs where includes(text, pattern) {
            text = text.replacingOccurrences(of: pattern, with: replacement)
        }
        var key = ""
        var first = true
        for character in text where character.isLetter {
            var mapped = character
            switch character {
            case "q", "g", "k", "c": mapped = "k"
            case "y", "i", "j": mapped = "i"
            case "w", "v": mapped = "v"
            case "z": mapped = "s"
            default: break
            }
            let isVowel = "aeiouy".contains(character)
            if first {
                key.append(isVowel ? "a" : mapped)
                first = false
                continue
            }
            if isVowel { continue }
            if key.last == mapped { continue }
            key.append(mapped)
        }
        return key
    }

    /// Byte search: Foundation's `contains` goes through UTF-16, and this runs for every word of an import.
    private static func includes(_ text: String, _ pattern: String) -> Bool {
        var text = text, pattern = pattern
        return text.withUTF8 { bytes in pattern.withUTF8 { UTF8Search.firstOffset(of: $0, in: bytes) != nil } }
    }

    private static let digraphs = [("ph", "f"), ("ck", "k"), ("kh", "k"), ("dh", "d"), ("th", "t"), ("sch", "s"), ("sh", "s"), ("tch", "c"), ("ch", "c")]

    /// The key of a whole name: each word's key, `J.D.` as one word.
    public static func ofName(_ name: String) -> [String] {
        name.replacingOccurrences(of: ".", with: "").split(whereSeparator: { $0 == " " }).map { of(String($0)) }
    }
}
