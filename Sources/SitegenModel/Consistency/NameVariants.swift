/// Names that look like one person written two ways, which no gazetteer entry merges: they split
/// one person's page in two, or misspell a name in the text. Compared by `NameKey`, which lets
/// transliterations, doubled letters and accents meet (`Qaddafi`/`Gaddafi`, `Witkof`/`Witkoff`).
///
/// In front matter (the `people:` lists and the quotes' speakers, after the gazetteer has merged
/// what it knows), three shapes are warned about: two full names with one key (`Juhan Tamm`,
/// `Johan Tamm`); a surname alone beside the full name (`Tamm`); a short given name beside the
/// long one (`Dan Driscoll`, `Daniel Driscoll`). Two names the gazetteer lists as two people are
/// two people. In an article's text, a surname of one of the article's people spelled another way
/// (`Steve Witkof`) is a warning unless the gazetteer gives that spelling.
public struct NameVariants: Sendable {
    /// The gazetteer's people by display name: every folded word of their names and variants.
    private let spellings: [String: Set<String>]
    private let listedPeople: Set<String>

    public init(gazetteer: Gazetteer) {
        var spellings: [String: Set<String>] = [:]
        for entry in gazetteer.people {
            for name in entry.allNames { spellings[entry.name, default: []].formUnion(Self.words(name)) }
        }
        let people = Set(gazetteer.people.map(\.name))
        for (variant, name) in gazetteer.aliases where people.contains(name) {
            spellings[name, default: []].formUnion(Self.words(variant))
        }
        self.spellings = spellings
        listedPeople = people
    }

    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " }).map { TextFolding.fold($0) }
    }

    /// A name as written in front matter, where the articles first give it.
    struct Written {
        var name: String
        var key: [String]
        var path: String
        var line: Int?
        /// Its place in the order names are first written.
        var order: Int
        /// How many articles give it.
        var articles = 1
        var place: String { "\(path)\(line.map { ":\($0)" } ?? "")" }
    }

    /// Warnings across articles, on names as the model resolved them. `order`: article indices,
    /// oldest first; a variant is reported where it is first written.
    public func frontMatterWarnings(_ articles: [Article], order: [Int]) -> [Diagnostic] {
        var written: [String: Written] = [:]
        var firstSeen: [String] = []
        for index in order {
            let article = articles[index]
            var inArticle = Set<String>()
            let names = article.people.map { ($0, article.peopleLine) } + article.quotes.compactMap { q in q.speaker.map { ($0, q.line) } }
            for (name, line) in names where inArticle.insert(name).inserted {
                if written[name] == nil {
                    written[name] = Written(name: name, key: NameKey.ofName(name), path: article.path, line: line, order: firstSeen.count)
                    firstSeen.append(name)
                } else {
                    written[name]!.articles += 1
                }
            }
        }
        let names = firstSeen.compactMap { written[$0] }.filter { !$0.key.isEmpty && !$0.key.contains("") }
        // The name more articles give (the earlier on a tie) is the one a variant is measured against.
        func isMain(_ a: Written, over b: Written) -> Bool {
            a.articles != b.articles ? a.articles > b.articles : a.order < b.order
        }
        func bothListed(_ a: Written, _ b: Written) -> Bool { listedPeople.contains(a.name) && listedPeople.contains(b.name) }
        var warnings: [Diagnostic] = []
        var reported = Set<String>()
        func warn(_ variant: Written, _ message: String) {
            guard reported.insert(variant.name).inserted else { return }
            warnings.append(.warning(message, at: SourceLocation(path: variant.path, line: variant.line)))
        }

        // One key, two spellings.
        var byKey: [[String]: [Written]] = [:]
        for name in names { byKey[name.key, default: []].append(name) }
        for group in byKey.values where group.count > 1 {
            let main = group.reduce(group[0]) { isMain($1, over: $0) ? $1 : $0 }
            for variant in group where variant.name != main.name && !bothListed(variant, main) {
                warn(variant, "`\(variant.name)` here and `\(main.name)` in \(main.place) look like one person spelled two ways: "
                     + "write one spelling, or add `\(variant.name)` to the aliases of \(main.name) in site.yml")
            }
        }
        // A surname alone.
        var bySurname: [String: [Written]] = [:]
        for name in names where name.key.count > 1 { bySurname[name.key.last!, default: []].append(name) }
        for name in names where name.key.count == 1 {
            guard let full = bySurname[name.key[0]]?.filter({ !bothListed($0, name) }), !full.isEmpty else { continue }
            if full.count == 1 {
                warn(name, "`\(name.name)` alone here, and `\(full[0].name)` in \(full[0].place): if they are one person, "
                     + "write the full name, or add `\(name.name): \(full[0].name)` under `aliases` in site.yml")
            } else {
                warn(name, "`\(name.name)` alone here could be " + full.map { "`\($0.name)` (\($0.place))" }.joined(separator: " or ")
                     + ": write the full name")
            }
        }
        // A short given name.
        var byRest: [[String]: [Written]] = [:]
        for name in names where name.key.count > 1 { byRest[Array(name.key.dropFirst()), default: []].append(name) }
        for group in byRest.values where group.count > 1 {
            for a in group {
                for b in group where a.name != b.name && isShortForm(a.name, of: b.name) && !bothListed(a, b) {
                    warn(a, "`\(a.name)` here and `\(b.name)` in \(b.place) look like one person, with the given name shortened: "
                         + "write one form, or add `\(a.name)` to the aliases of \(b.name) in site.yml")
                }
            }
        }
        return warnings
    }

    /// `Dan` for `Daniel`, `Steve` for `Steven`: the shorter given name's key begins the longer
    /// one's, and their first three letters agree.
    func isShortForm(_ short: String, of long: String) -> Bool {
        guard let a = short.split(separator: " ").first.map({ TextFolding.fold($0) }),
              let b = long.split(separator: " ").first.map({ TextFolding.fold($0) }),
              a.count < b.count, a.count >= 3 else { return false }
        let keyA = NameKey.of(a), keyB = NameKey.of(b)
        return keyA.count >= 2 && keyB.hasPrefix(keyA) && a.prefix(3) == b.prefix(3)
    }
}

extension NameVariants {
    /// How far apart, in letters, a spelling in the text may be from the surname and still read as
    /// the same name misspelled (`Witkof`, `Zelenskiy`) rather than another word with its consonants.
    static let textDistance = 2

    /// Surnames of the article's people written another way in its summary or body, each once, at `path:line`.
    public func textWarnings(_ article: Article) -> [Diagnostic] {
        struct Surname { var person: String; var folded: String; var key: String; var given: String?; var allowed: Set<String> }
        var surnames: [Surname] = []
        for person in article.people {
            let words = Self.words(person)
            guard words.count > 1, let last = words.last, last.count >= 4 else { continue }
            surnames.append(Surname(person: person, folded: last, key: NameKey.of(last), given: words.first,
                                    allowed: spellings[person, default: []].union(words)))
        }
        guard !surnames.isEmpty else { return [] }
        let lengths = (surnames.map(\.folded.count).min()! - Self.textDistance)...(surnames.map(\.folded.count).max()! + Self.textDistance)
        let initials = Set(surnames.compactMap { NameKey.of(String($0.folded.prefix(1))).first })
        var warnings: [Diagnostic] = []
        var reported = Set<String>()
        func scan(_ text: String, line: (Int) -> Int, place: String) {
            CapitalisedWords.each(in: text) { word in
                guard lengths.contains(word.text.count),
                      let initial = NameKey.of(String(word.text.prefix(1))).first, initials.contains(initial) else { return }
                let folded = TextFolding.fold(word.text)
                let key = NameKey.of(folded)
                for surname in surnames where surname.key == key && folded != surname.folded && !surname.allowed.contains(folded) {
                    let afterGiven = word.previous.map { TextFolding.fold($0) } == surname.given
                    guard afterGiven || Self.distance(folded, surname.folded) <= Self.textDistance,
                          reported.insert(word.text).inserted else { continue }
                    warnings.append(.warning("the \(place) writes `\(word.text)` where the people list has \(surname.person): "
                                             + "correct the spelling, or add `\(word.text)` to the aliases of \(surname.person) in site.yml",
                                             at: SourceLocation(path: article.path, line: line(word.line))))
                }
            }
        }
        if let summary = article.summary { scan(summary, line: { _ in article.summaryLine ?? 1 }, place: "summary") }
        scan(article.body, line: { article.bodyFirstLine + $0 - 1 }, place: "text")
        return warnings
    }

    /// Levenshtein distance, by characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

/// The capitalised words of a text with their line and the word before them: runs of letters
/// (with inner `-` and apostrophes), a possessive `'s` dropped. Read on UTF-8 bytes, as it runs
/// on every body a build reads; only a capitalised word becomes a `String`.
enum CapitalisedWords {
    struct Word {
        var text: String
        var previous: String?
        /// 1-based, within the text.
        var line: Int
    }

    static func each(in text: String, _ body: (Word) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var line = 1
            var start = -1
            var previous: Range<Int>?
            func finish(_ end: Int) {
                guard start >= 0 else { return }
                defer { start = -1 }
                var end = end
                while end > start, bytes[end - 1] == 0x2D || bytes[end - 1] == 0x27 { end -= 1 }
                if end - start > 2, bytes[end - 1] == 0x73, bytes[end - 2] == 0x27 { end -= 2 }
                // `’s`: E2 80 99 then s.
                if end - start > 4, bytes[end - 1] == 0x73, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 { end -= 4 }
                guard end > start else { return }
                defer { previous = start..<end }
                let first = bytes[start]
                guard (0x41...0x5A).contains(first) || first >= 0xC3 else { return }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                guard first < 0x80 || word.first?.isUppercase == true else { return }
                body(Word(text: word, previous: previous.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }, line: line))
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x41...0x5A, 0x61...0x7A, 0x80...:
                    if start < 0 { start = index }
                case 0x2D, 0x27:
                    if start < 0 { previous = nil }
                default:
                    if start >= 0 { finish(index) }
                    if byte != 0x20 { previous = nil }
                    if byte == 0x0A { line += 1 }
                }
            }
            finish(bytes.count)
        }
    }
}
