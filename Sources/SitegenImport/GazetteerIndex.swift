import SitegenModel

/// The gazetteer prepared for finding its names in text: every name and variant of every person,
/// place and topic, plus each person's surname on its own (`Leavitt`) when no one else shares it.
///
/// A variant with a capital letter matches only with that case (`US` is not `us`); an all
/// lower-case variant (`peace plan`) matches in any case. Accents never matter.
public struct GazetteerIndex: Sendable {
    struct Variant: Sendable {
        var text: FoldedText
        var length: Int
        var caseSensitive: Bool
        var kind: Mention.Kind
        var name: String
    }

    private var variants: [Variant]
    /// Role of each person, by display name, from the gazetteer.
    public let roles: [String: String]

    public init(gazetteer: Gazetteer) {
        var variants: [Variant] = []
        var kindByName: [String: Mention.Kind] = [:]
        func add(_ text: String, _ kind: Mention.Kind, _ name: String) {
            let trimmed = text.trimmedSpaces
            guard trimmed.hasLetterOrDigit else { return }
            variants.append(Variant(text: FoldedText(trimmed), length: trimmed.count,
                                    caseSensitive: trimmed.contains(where: \.isUppercase), kind: kind, name: name))
        }
        for (entries, kind) in [(gazetteer.people, Mention.Kind.person), (gazetteer.places, .place), (gazetteer.topics, .topic)] {
            for entry in entries {
                kindByName[entry.name] = kind
                for variant in entry.allNames { add(variant, kind, entry.name) }
            }
        }
        for (variant, name) in gazetteer.aliases.sorted(by: { $0.key < $1.key }) {
            add(variant, kindByName[name] ?? .topic, name)
        }
        // Surnames on their own, when they point to one person and are no other name.
        let taken = Set(variants.map { $0.text.lowered })
        var surnames: [String: Set<String>] = [:]
        for entry in gazetteer.people {
            for variant in entry.allNames {
                if let surname = Self.surname(of: variant) { surnames[surname, default: []].insert(entry.name) }
            }
        }
        for (surname, names) in surnames.sorted(by: { $0.key < $1.key }) where names.count == 1 {
            if taken.contains(FoldedText(surname).lowered) { continue }
            add(surname, .person, names.first!)
        }
        self.variants = variants
        var roles: [String: String] = [:]
        for person in gazetteer.people { if let role = person.role { roles[person.name] = role } }
        self.roles = roles
        indexVariants()
    }

    /// The names found in `text`, in text order: at each word, the longest variant that stands
    /// there as whole words. Variants are looked up by their first word, so the time is linear in
    /// the text, whatever the size of the gazetteer.
    public func mentions(in text: String) -> [Mention] {
        mentions(in: FoldedText(text))
    }

    /// The names found in a text already folded.
    func mentions(in folded: FoldedText) -> [Mention] {
        let lowered = folded.lowered
        var result: [Mention] = []
        var position = 0
        let count = lowered.count
        while position < count {
            guard FoldedText.isWordCharacter(lowered[position]), position == 0 || !FoldedText.isWordCharacter(lowered[position - 1]) else {
                position += 1
                continue
            }
            var end = position
            while end < count, FoldedText.isWordCharacter(lowered[end]) { end += 1 }
            var matched: Int?
            for candidate in byFirstWord[Self.key(lowered[position..<end])] ?? [] {
                let variant = variants[candidate]
                if folded.matches(variant.text, at: position, caseSensitive: variant.caseSensitive) {
                    matched = candidate
                    break
                }
            }
            if let matched {
                let variant = variants[matched]
                let length = variant.text.characters.count
                result.append(Mention(kind: variant.kind, name: variant.name, range: position..<(position + length)))
                position += length
            } else {
                position = end
            }
        }
        return result
    }

    /// Variant indices by a key of the lower-cased first word of the variant, longest variant
    /// first. The key only narrows the search (`matches` compares the whole variant), so it is a
    /// number computed from the word's scalars rather than a `String` made for every word of a text.
    private var byFirstWord: [UInt64: [Int]] = [:]

    private mutating func indexVariants() {
        variants.sort { ($0.length, $0.name) > ($1.length, $1.name) }
        var map: [UInt64: [Int]] = [:]
        for (index, variant) in variants.enumerated() {
            let word = variant.text.lowered.prefix { FoldedText.isWordCharacter($0) }
            guard !word.isEmpty else { continue }
            map[Self.key(word), default: []].append(index)
        }
        byFirstWord = map
    }

    /// FNV-1a over the scalars of a word: equal words give equal keys.
    static func key(_ word: ArraySlice<Character>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for character in word {
            for scalar in character.unicodeScalars {
                hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
            }
        }
        return hash
    }

    /// The family name in a full name: the last word, or from a particle on (`von der Leyen`).
    static func surname(of name: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        var start = words.count - 1
        while start > 1, particles.contains(words[start - 1].lowercased()) { start -= 1 }
        let surname = words[start...].joined(separator: " ")
        guard surname.count >= 3, surname.first?.isUppercase == true || particles.contains(words[start].lowercased()) else { return nil }
        return surname
    }

    private static let particles: Set<String> = ["von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "ter"]
}
