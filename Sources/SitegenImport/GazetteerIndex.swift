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
        /// An alias: its kind is its name's, which a later entry may give.
        var isAlias = false

        /// Before `other` in a list: longer, then by name (descending).
        func precedes(_ other: Variant) -> Bool {
            (length, name) > (other.length, other.name)
        }
    }

    /// The variants of some gazetteer entries, with what deciding on the next ones needs.
    struct Layer: Sendable {
        /// Variants by a key of the lower-cased first word, longest first (then by name, then in the
        /// order added). The key only narrows the search (`matches` compares the whole variant), so it
        /// is a number computed from the word's scalars rather than a `String` made for every word of a text.
        var byFirstWord: [UInt64: [Variant]] = [:]
        var roles: [String: String] = [:]
        /// The lower-cased texts of every variant but the surnames alone: a surname alone that is one of them stands for it.
        var taken: Set<[Character]> = []
        /// The people each surname is the surname of (a surname alone names one person only).
        var surnameOwners: [String: Set<String>] = [:]
        var kindByName: [String: Mention.Kind] = [:]
        /// Surnames alone of the layer below that this one takes back (their texts).
        var hidden: Set<[Character]> = []
    }

    /// The gazetteer's names; and, in an article's index, the article's own people over them (`adding`):
    /// the gazetteer's layer is shared, not copied, whatever its size.
    private var base = Layer()
    private var top: Layer?

    public init(gazetteer: Gazetteer) {
        add(gazetteer)
    }

    /// This index with the names of `more` too, as if it had been made from both gazetteers, for one
    /// article: the names of `more` lie in a layer of their own over this index's, so that the time is
    /// that of `more`, not of the whole gazetteer (which made a bulk import quadratic in its people).
    public func adding(_ more: Gazetteer) -> GazetteerIndex {
        var copy = self
        if copy.top == nil { copy.top = Layer() }
        copy.add(more)
        return copy
    }

    /// Adds the names of `gazetteer` to this index, in place (an importer grows its gazetteer's index so).
    public mutating func add(_ gazetteer: Gazetteer) {
        if var layer = top {
            top = nil
            Self.add(gazetteer, to: &layer, over: base)
            top = layer
        } else {
            Self.add(gazetteer, to: &base, over: nil)
        }
    }

    /// Role of each person, by display name, from the gazetteer.
    public var roles: [String: String] {
        guard let top else { return base.roles }
        return base.roles.merging(top.roles) { _, new in new }
    }

    /// The role the gazetteer gives `name`, if any.
    public func role(of name: String) -> String? {
        top?.roles[name] ?? base.roles[name]
    }

    private static func add(_ gazetteer: Gazetteer, to layer: inout Layer, over below: Layer?) {
        for (entries, kind) in [(gazetteer.people, Mention.Kind.person), (gazetteer.places, .place), (gazetteer.topics, .topic)] {
            for entry in entries {
                layer.kindByName[entry.name] = kind
                for variant in entry.allNames { insert(variant, kind, entry.name, into: &layer, over: below) }
            }
        }
        for (variant, name) in gazetteer.aliases.sorted(by: { $0.key < $1.key }) {
            insert(variant, layer.kindByName[name] ?? below?.kindByName[name] ?? .topic, name, isAlias: true, into: &layer, over: below)
        }
        // Surnames on their own, when they point to one person and are no other name.
        var touched: Set<String> = []
        for entry in gazetteer.people {
            for variant in entry.allNames {
                guard let surname = Self.surname(of: variant) else { continue }
                layer.surnameOwners[surname, default: []].insert(entry.name)
                touched.insert(surname)
            }
        }
        for surname in touched.sorted() {
            let folded = FoldedText(surname)
            // This surname's own variant, not another one's in other capitals (`DeVito`, `Devito`).
            removeSurname(folded.characters, exact: true, from: &layer, over: below)
            let owners = (layer.surnameOwners[surname] ?? []).union(below?.surnameOwners[surname] ?? [])
            guard owners.count == 1, !layer.taken.contains(folded.lowered), below?.taken.contains(folded.lowered) != true else { continue }
            insert(surname, .person, owners.first!, isSurname: true, into: &layer, over: below)
        }
        for person in gazetteer.people { if let role = person.role { layer.roles[person.name] = role } }
    }

    /// Files a variant under its first word, after the ones that precede it and after the ones of its
    /// length and name added before it.
    private static func insert(_ text: String, _ kind: Mention.Kind, _ name: String, isSurname: Bool = false, isAlias: Bool = false,
                               into layer: inout Layer, over below: Layer?) {
        let trimmed = text.trimmedSpaces
        guard trimmed.hasLetterOrDigit else { return }
        let variant = Variant(text: FoldedText(trimmed), length: trimmed.count, caseSensitive: trimmed.contains(where: \.isUppercase),
                              kind: kind, name: name, isSurname: isSurname, isAlias: isAlias)
        if !isSurname {
            layer.taken.insert(variant.text.lowered)
            // A name that is a surname on its own stands for itself.
            removeSurname(variant.text.lowered, exact: false, from: &layer, over: below)
        }
        guard let key = Self.bucket(of: variant.text.lowered[...]) else { return }
        let position = layer.byFirstWord[key]?.firstIndex { variant.precedes($0) } ?? layer.byFirstWord[key]?.endIndex ?? 0
        layer.byFirstWord[key, default: []].insert(variant, at: position)
    }

    /// Takes back the surnames alone whose text is `text` (`exact`) or whose lower-cased text is, in
    /// this layer or the one below.
    private static func removeSurname(_ text: [Character], exact: Bool, from layer: inout Layer, over below: Layer?) {
        let lowered = exact ? FoldedText(characters: text).lowered : text
        guard let key = Self.bucket(of: lowered[...]) else { return }
        let isIt = { (variant: Variant) in variant.isSurname && (exact ? variant.text.characters == text : variant.text.lowered == text) }
        if layer.byFirstWord[key]?.contains(where: isIt) == true { layer.byFirstWord[key]?.removeAll(where: isIt) }
        if let below { for variant in below.byFirstWord[key] ?? [] where isIt(variant) { layer.hidden.insert(variant.text.characters) } }
    }

    /// The first variant, in the order of the lists (the article's layer merged into the gazetteer's),
    /// that stands in `folded` at `position`.
    private func match(_ key: UInt64, in folded: FoldedText, at position: Int) -> Variant? {
        let lower = base.byFirstWord[key] ?? []
        guard let top else {
            return lower.first { folded.matches($0.text, at: position, caseSensitive: $0.caseSensitive) }
        }
        let upper = top.byFirstWord[key] ?? []
        var i = 0, j = 0
        while i < lower.count || j < upper.count {
            let variant: Variant
            if j < upper.count, i == lower.count || upper[j].precedes(lower[i]) {
                variant = upper[j]
                j += 1
            } else {
                variant = lower[i]
                i += 1
                if variant.isSurname, top.hidden.contains(variant.text.characters) { continue }
            }
            if folded.matches(variant.text, at: position, caseSensitive: variant.caseSensitive) { return variant }
        }
        return nil
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
            // A name of two words or more is filed under its first two: a common given name opens
            // thousands in a large gazetteer, whose lists would be read at its every mention. Every such
            // name is longer than the one-word names filed under the first word alone, so it comes first.
            let second = Self.word(in: lowered[...], after: end)
            let twoWords = second.flatMap { match(Self.key(lowered[position..<end], lowered[$0]), in: folded, at: position) }
            if let variant = twoWords ?? match(Self.key(lowered[position..<end]), in: folded, at: position) {
                let length = variant.text.characters.count
                // An alias is of its name's kind, whichever entry, in whichever layer, gave it.
                let kind = variant.isAlias ? top?.kindByName[variant.name] ?? base.kindByName[variant.name] ?? .topic : variant.kind
                result.append(Mention(kind: kind, name: variant.name, range: position..<(position + length)))
                position += length
            } else {
                position = end
            }
        }
        return result
    }

    /// FNV-1a over the scalars of a word: equal words give equal keys.
    static func key(_ word: ArraySlice<Character>, _ second: ArraySlice<Character>? = nil) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: UInt32) { hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3 }
        // A character of one byte is one scalar of that value (`asciiByte` reads CR LF as one byte, but
        // no word holds it): mixed without going through `unicodeScalars`.
        func mix(_ character: Character) {
            let bytes = character.utf8
            if bytes.count == 1, let byte = bytes.first { mix(UInt32(byte)) } else { for scalar in character.unicodeScalars { mix(scalar.value) } }
        }
        for character in word { mix(character) }
        guard let second else { return hash }
        // A separator no word holds, then the second word.
        mix(0x20)
        for character in second { mix(character) }
        return hash
    }

    /// The range of the first word at or after `start` (past marks and spaces), if any.
    static func word(in text: ArraySlice<Character>, after start: Int) -> Range<Int>? {
        guard let first = text[start...].firstIndex(where: FoldedText.isWordCharacter) else { return nil }
        return first..<(text[first...].firstIndex { !FoldedText.isWordCharacter($0) } ?? text.endIndex)
    }

    /// The list a variant (lower-cased) is filed in: its first two words', or its first word's when it
    /// has one only; nil when it opens with no word.
    static func bucket(of lowered: ArraySlice<Character>) -> UInt64? {
        let end = lowered.firstIndex { !FoldedText.isWordCharacter($0) } ?? lowered.endIndex
        guard end > lowered.startIndex else { return nil }
        return key(lowered[lowered.startIndex..<end], word(in: lowered, after: end).map { lowered[$0] })
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
