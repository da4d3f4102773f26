import SitegenModel

/// The people a site's gazetteer already holds, with each of their spellings' name keys computed
/// once and filed under the surname's key, so that finding whether a name the text gives is one of
/// them costs a look-up and a few comparisons, not a `NameKey` of every spelling in the gazetteer
/// for every name (which made a bulk import quadratic: 54% of importing 200 files went there).
///
/// An importer of many files keeps one and adds the people each article brings (`adding`).
public struct KnownPeople: Sendable {
    public private(set) var entries: [Gazetteer.Entry] = []

    /// One spelling of a known person: the entry's index, its words without titles, their keys.
    private struct Spelling: Sendable {
        var entry: Int
        var core: [String]
        var keys: [String]
    }

    /// Spellings by the key of their surname (their last non-empty key).
    private var spellingsBySurname: [String: [Spelling]] = [:]

    public init(_ entries: [Gazetteer.Entry] = []) {
        add(entries)
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// These people and `more`.
    public func adding(_ more: [Gazetteer.Entry]) -> KnownPeople {
        var copy = self
        copy.add(more)
        return copy
    }

    public mutating func add(_ more: [Gazetteer.Entry]) {
        for entry in more {
            let index = entries.count
            entries.append(entry)
            for name in entry.allNames {
                let core = PersonFinder.withoutTitles(name.split(separator: " ").map(String.init))
                let keys = core.map { NameKey.of($0) }
                guard let surname = keys.last(where: { !$0.isEmpty }) else { continue }
                spellingsBySurname[surname, default: []].append(Spelling(entry: index, core: core, keys: keys))
            }
        }
    }

    /// The first known person (in the gazetteer's order) one of whose spellings is the same name
    /// as `words` (`PersonFinder.sameName`).
    func entry(named words: [String]) -> Gazetteer.Entry? {
        let core = PersonFinder.withoutTitles(words)
        let keys = core.map { NameKey.of($0) }
        guard let surname = keys.last(where: { !$0.isEmpty }), let spellings = spellingsBySurname[surname] else { return nil }
        let first = spellings.lazy.filter { PersonFinder.sameName($0.core, $0.keys, core, keys) }.map(\.entry).min()
        return first.map { entries[$0] }
    }
}
