import Foundation

/// Folds letters to their base letter, without accents, by a table built once from Foundation's
/// folding for the Latin blocks (U+00C0–U+024F), where the accented letters of the languages a
/// site may name are; ASCII needs no table, and other characters go to Foundation. Folding word
/// by word through Foundation cost more than the rest of an import.
enum LatinFolding {
    private static let first: UInt32 = 0xC0
    private static let last: UInt32 = 0x24F
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// For each scalar from `first` to `last`: its folded form (one character), or nil when it has none.
    private static let table: [Character?] = (first...last).map { value in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let folded = String(Character(scalar)).folding(options: .diacriticInsensitive, locale: posix)
        return folded.count == 1 ? Character(folded) : nil
    }

    /// The character without its accents (case kept); typographic apostrophes become `'` and
    /// non-breaking hyphens `-`.
    static func fold(_ character: Character) -> Character {
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
            if value >= first, value <= last { return table[Int(value - first)] ?? character }
            // Punctuation, symbols and other scripts have no accents to fold here.
            if value < first || value >= 0x2000 { return character }
        }
        let folded = String(character).folding(options: .diacriticInsensitive, locale: posix)
        return folded.count == 1 ? Character(folded) : character
    }

    /// For each scalar from `first` to `last`: its folded, lower-cased scalars, or nil when it has none.
    private static let lowerTable: [[Unicode.Scalar]?] = table.map { folded in
        folded.map { Array(String($0).lowercased().unicodeScalars) }
    }

    /// Lower-cased, accents folded, typographic apostrophes as `'`. Scalar by scalar: combining
    /// accents are dropped, Latin letters go through the table, marks without case are kept as they are.
    static func fold(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                result.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
                continue
            }
            switch value {
            case 0x2019, 0x2018, 0x02BC: result.append("'"); continue
            case 0x2010, 0x2011: result.append("-"); continue
            case 0x0300...0x036F: continue
            default: break
            }
            if value >= first, value <= last {
                if let folded = lowerTable[Int(value - first)] {
                    result.append(contentsOf: folded)
                    continue
                }
            } else if value < first || value >= 0x2000 {
                if scalar.properties.changesWhenLowercased {
                    result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    result.append(scalar)
                }
                continue
            }
            result.append(contentsOf: String(fold(Character(scalar))).lowercased().unicodeScalars)
        }
        return String(result)
    }
}
