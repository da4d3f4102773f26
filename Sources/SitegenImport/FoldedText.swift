import SitegenModel
import Foundation

/// Text as an array of characters with accents, case and typographic apostrophes folded,
/// so that `Jean-Noel Barrot` finds `Jean-Noël Barrot` and offsets stay those of the original.
struct FoldedText: Sendable {
    /// Folded, case kept.
    let characters: [Character]
    /// Folded and lower-cased.
    let lowered: [Character]

    init(_ text: String) {
        self.init(characters: Array(text))
    }

    /// From characters already split (a masked paragraph), without going through a `String` again.
    init(characters text: [Character]) {
        var characters: [Character] = []
        var lowered: [Character] = []
        characters.reserveCapacity(text.count)
        lowered.reserveCapacity(text.count)
        for character in text {
            if let ascii = character.asciiByte {
                // ASCII folds to itself; only its capitals change when lower-cased.
                characters.append(character)
                lowered.append(ascii >= 0x41 && ascii <= 0x5A ? Self.asciiLowercase[Int(ascii - 0x41)] : character)
                continue
            }
            let folded = Self.fold(character)
            characters.append(folded)
            if let scalar = folded.unicodeScalars.first, folded.unicodeScalars.count == 1, !scalar.properties.changesWhenLowercased {
                lowered.append(folded)
            } else if let ascii = folded.asciiByte {
                lowered.append(ascii >= 0x41 && ascii <= 0x5A ? Self.asciiLowercase[Int(ascii - 0x41)] : folded)
            } else {
                let lower = folded.lowercased()
                lowered.append(lower.count == 1 ? Character(lower) : folded)
            }
        }
        self.characters = characters
        self.lowered = lowered
    }

    private static let asciiLowercase: [Character] = (UInt8(0x61)...UInt8(0x7A)).map { Character(Unicode.Scalar($0)) }

    /// Start offsets where `pattern` stands as whole words.
    func occurrences(of pattern: FoldedText, caseSensitive: Bool) -> [Int] {
        let haystack = caseSensitive ? characters : lowered
        let needle = caseSensitive ? pattern.characters : pattern.lowered
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var result: [Int] = []
        var start = 0
        while start + needle.count <= haystack.count {
            defer { start += 1 }
            guard haystack[start] == needle[0] else { continue }
            var matches = true
            for offset in 1..<needle.count where haystack[start + offset] != needle[offset] {
                matches = false
                break
            }
            guard matches else { continue }
            let before = start > 0 ? haystack[start - 1] : " "
            let after = start + needle.count < haystack.count ? haystack[start + needle.count] : " "
            if Self.isWordCharacter(before) || Self.isWordCharacter(after) { continue }
            result.append(start)
        }
        return result
    }

    /// Whether `pattern` stands at `start` as whole words.
    func matches(_ pattern: FoldedText, at start: Int, caseSensitive: Bool) -> Bool {
        let haystack = caseSensitive ? characters : lowered
        let needle = caseSensitive ? pattern.characters : pattern.lowered
        guard !needle.isEmpty, start + needle.count <= haystack.count else { return false }
        for offset in 0..<needle.count where haystack[start + offset] != needle[offset] { return false }
        let after = start + needle.count < haystack.count ? haystack[start + needle.count] : " "
        let before = start > 0 ? haystack[start - 1] : " "
        return !Self.isWordCharacter(after) && !Self.isWordCharacter(before)
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isWordCharacter
    }

    private static func fold(_ character: Character) -> Character {
        TextFolding.fold(character)
    }
}
