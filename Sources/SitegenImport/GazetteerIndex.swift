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
        /// A person's surname on its own, which a later name may take or share.
        var isSurname = false
    }

    /// Role of each person, by display name, from the gazetteer.
    public private(set) var roles: [String: String] = [:]
    /// The lower-cased texts of every variant but the surnames alone: a surname alone that is one of them stands for it.
    private var taken: Set<[Character]> = []
    /// The people each surname is the surname of (a surname alone names one person only).
    private var surnameOwners: [String: Set<String>] = [:]
    private var kindByName: [String: Mention.Kind] = [:]

    public init(gazetteer: Gazetteer) {
        add(gazetteer)
    }

    /// This index with the names of `more` too, as if it had been made from both gazetteers (an
    /// importer of many files grows one index as articles add people, instead of making it again
    /// for each: that made a bulk import quadratic in its number of people).
    public func adding(_ more: Gazetteer) -> GazetteerIndex {
        var copy = self
        copy.add(more)
        return copy
    }

    public mutating func add(_ gazetteer: Gazetteer) {
        for (entries, kind) in [(gazetteer.people, Mention.Kind.person), (gazetteer.places, .place), (gazetteer.topics, .topic)] {
            for entry in entries {
                kindByName[entry.name] = kind
                for variant in entry.allNames { insert(variant, kind, entry.name) }
            }
        }
        for (variant, name) in gazetteer.aliases.sorted(by: { $0.key < $1.key }) {
            insert(variant, kindByName[name] ?? .topic, name)
        }
        // Surnames on their own, when they point to one person and are no other name.
        var touched: Set<String> = []
        for entry in gazetteer.people {
            for variant in entry.allNames {
                guard let surname = Self.surname(of: variant) else { continue }
                surnameOwners[surname, default: []].insert(entry.name)
                touched.insert(surname)
            }
        }
        for surname in touched.sorted() {
            let folded = FoldedText(surname)
            removeSurname(folded.lowered)
            guard let owners = surnameOwners[surname], owners.count == 1, !taken.contains(folded.lowered) else { continue }
            insert(surname, .person, owners.first!, isSurname: true)
        }
        for person in gazetteer.people { if let role = person.role { roles[person.name] = role } }
    }

    /// Files a variant under its first word, after the longer ones (then those whose name sorts
    /// after its) and after the ones of its length and name added before it.
    private mutating func insert(_ text: String, _ kind: Mention.Kind, _ name: String, isSurname: Bool = false) {
        let trimmed = text.trimmedSpaces
        guard trimmed.hasLetterOrDigit else { return }
        let variant = Variant(text: FoldedText(trimmed), length: trimmed.count, caseSensitive: trimmed.contains(where: \.isUppercase),
                              kind: kind, name: name, isSurname: isSurname)
        if !isSurname {
            taken.insert(variant.text.lowered)
            // A name that is a surname on its own stands for itself.
            removeSurname(variant.text.lowered)
        }
        let word = variant.text.lowered.prefix { FoldedText.isWordCharacter($0) }
        guard !word.isEmpty else { return }
        let key = Self.key(word)
        var list = byFirstWord[key] ?? []
        let position = list.firstIndex { ($0.length, $0.name) < (variant.length, variant.name) } ?? list.endIndex
        list.insert(variant, at: position)
        byFirstWord[key] = list
    }

    /// Removes the surname alone whose lower-cased text is `lowered`, if it is filed.
    private mutating func removeSurname(_ lowered: [Character]) {
        let word = lowered.prefix { FoldedText.isWordCharacter($0) }
        guard !word.isEmpty else { return }
        let key = Self.key(word)
        guard let list = byFirstWord[key], list.contains(where: { $0.isSurname && $0.text.lowered == lowered }) else { return }
        byFirstWord[key] = list.filter { !($0.isSurname && $0.text.lowered == lowered) }
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
            let candidates = byFirstWord[Self.key(lowered[position..<end])] ?? []
            if let variant = candidates.first(where: { folded.matches($0.text, at: position, caseSensitive: $0.caseSensitive) }) {
                let length = variant.text.characters.count
                result.append(Mention(kind: variant.kind, name: variant.name, range: position..<(position + length)))
                position += length
            } else {
                position = end
            }
        }
        return result
    }

    /// Variants by a key of the lower-cased first word, longest first. The key only narrows the
    /// search (`matches` compares the whole variant), so it is a number computed from the word's
    /// scalars rather than a `String` made for every word of a text.
    private var byFirstWord: [UInt64: [Variant]] = [:]

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
