import Foundation

/// The one way sitegen folds text for comparing and for addresses: accents off, case folded,
/// typographic apostrophes as `'`. Import compares names and words with it; slugs take their
/// ASCII letters from it.
///
/// The Latin blocks (U+00C0–U+024F), where the accented letters of the languages a site may name
/// are, go through tables computed once from Foundation's folding; ASCII needs no table; other
/// characters go to Foundation each time. Nothing is cached at run time, so nothing is shared
/// between threads but the immutable tables.
public enum TextFolding {
    private static let first: UInt32 = 0xC0
    private static let last: UInt32 = 0x24F
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// For each Latin scalar: its letter without accents (case kept), or nil when folding gives no single character.
    private static let baseLetters: [Character?] = (first...last).map { value in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let folded = String(Character(scalar)).folding(options: .diacriticInsensitive, locale: posix)
        return folded.count == 1 ? Character(folded) : nil
    }

    /// For each Latin scalar: the scalars of its base letter, lower-cased.
    private static let lowerBaseLetters: [[Unicode.Scalar]?] = baseLetters.map { letter in
        letter.map { Array(String($0).lowercased().unicodeScalars) }
    }

    /// For each Latin scalar: the ASCII letters of its accent- and case-folded form (`ß` → `ss`, `Ł` → ``).
    private static let asciiForms: [String] = (first...last).map { value in
        Unicode.Scalar(value).map(foundationASCIILetters) ?? ""
    }

    /// The character without its accents (case kept); typographic apostrophes become `'` and
    /// non-breaking hyphens `-`.
    public static func fold(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first else { return character }
        if scalars.index(after: scalars.startIndex) == scalars.endIndex {
            let value = scalar.value
            if value < 0x80 { return character }
            switch value {
            case 0x2019, 0x2018, 0x02BC: return "'"
            case 0x2010, 0x2011: return "-"
            default: break
            }
            if value >= first, value <= last { return baseLetters[Int(value - first)] ?? character }
            // Punctuation, symbols and other scripts have no accents to fold here.
            if value < first || value >= 0x2000 { return character }
        }
        let folded = String(character).folding(options: .diacriticInsensitive, locale: posix)
        return folded.count == 1 ? Character(folded) : character
    }

    /// Lower-cased, accents folded, typographic apostrophes as `'`. Scalar by scalar: combining
    /// accents are dropped, Latin letters go through the table, marks without case are kept as they are.
    public static func fold(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        forEachFoldedScalar(in: text) { scalar in
            if scalar.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with each scalar of the folded text, in order, without making the folded
    /// text: what `fold(_:)` writes, for readers that split it as they go (into words, say).
    public static func forEachFoldedScalar(in text: some StringProtocol, _ body: (Unicode.Scalar) -> Void) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                body(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
                continue
            }
            switch value {
            case 0x2019, 0x2018, 0x02BC: body("'"); continue
            case 0x2010, 0x2011: body("-"); continue
            case 0x0300...0x036F: continue
            default: break
            }
            if value >= first, value <= last {
                if let folded = lowerBaseLetters[Int(value - first)] {
                    for scalar in folded { body(scalar) }
                    continue
                }
            } else if value < first || value >= 0x2000 {
                if scalar.properties.changesWhenLowercased {
                    for scalar in scalar.properties.lowercaseMapping.unicodeScalars { body(scalar) }
                } else {
                    body(scalar)
                }
                continue
            }
            for scalar in String(fold(Character(scalar))).lowercased().unicodeScalars { body(scalar) }
        }
    }

    /// The lower-case ASCII letters and digits a non-ASCII scalar folds to, for slugs
    /// (`ë` → `e`, `ß` → `ss`, `Ł` → ``, `中` → ``).
    public static func asciiLetters(for scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value >= first, value <= last { return asciiForms[Int(value - first)] }
        return foundationASCIILetters(scalar)
    }

    private static func foundationASCIILetters(_ scalar: Unicode.Scalar) -> String {
        let text = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: posix)
        var ascii = ""
        for s in text.unicodeScalars where s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s)) {
            ascii.unicodeScalars.append(s.value >= 65 && s.value <= 90 ? Unicode.Scalar(s.value + 32)! : s)
        }
        return ascii
    }
}
