import Foundation
import SitegenModel

/// What a page's address tells about the article: the outlet (from the host), the words of the
/// headline (from the last path segment that reads as a slug), and a publication date written in
/// the path (`/2025/04/12/`, `/2025/Nov/25/`, `/20250412/`, `…-2025-04-12`).
public struct PageAddress: Sendable, Equatable {
    public var host: String
    /// The path, as the address writes it (`/nhkworld/en/news/…`).
    public var path: String
    /// The host's name without `www.` and the public suffix: `timesofindia` for `timesofindia.indiatimes.com`.
    public var hostWords: [String]
    /// The slug's words, lower-cased and folded, in order; empty when the path has no slug.
    public var slugWords: [String]
    /// Whether the slug's segment ended with an id after its words (`…-abgelehnt_aid-65062659`).
    public var slugEndedWithID = false
    public var date: ContentDate?

    public init?(_ address: String) {
        guard let components = URLComponents(string: address.trimmedSpaces),
              let host = components.host?.lowercased(), !host.isEmpty else { return nil }
        self.host = host
        path = components.path
        hostWords = Self.outletLabels(host)
        let segments = components.path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        date = Self.date(in: segments)
        // A segment's parameters after `;` (`…-vulkanausbruch;art58,3525853`) are no part of its slug.
        (slugWords, slugEndedWithID) = Self.slug(in: segments.map { String($0.split(separator: ";", maxSplits: 1).first ?? "") })
        // A script's address with the slug as a parameter (`story.php?title=verstappen-neuer-weltmeister-2227235`):
        // a parameter that reads as a slug, when the path has none.
        if slugWords.isEmpty {
            let values = (components.queryItems ?? []).filter { item in
                let name = item.name.lowercased()
                return Self.slugParameters.contains { name == $0 || name.hasSuffix("_" + $0) || name.hasSuffix("-" + $0) }
            }.compactMap(\.value).filter { $0.contains("-") || $0.contains("_") }
            (slugWords, slugEndedWithID) = Self.slug(in: values)
        }
        // A date the slug spells in words (`…-thailandia_2_luglio_2018-3832085.html`, `…-25-march-2015`),
        // when no segment gives one: the page's date, and no words of its headline.
        if date == nil, let spelled = Self.spelledDate(in: segments) {
            date = spelled.date
            // Its day and month end the slug, with the year or without it (a number that closes a slug is taken off already).
            for words in [spelled.words, Array(spelled.words.prefix(2))] where slugWords.count > words.count && Array(slugWords.suffix(words.count)) == words {
                slugWords.removeLast(words.count)
                break
            }
        }
    }

    /// A date spelt with a month's name between the words of a segment, day first or month first, with
    /// its year (`2_luglio_2018`, `march-25-2015`); the date and its words, folded.
    static func spelledDate(in segments: [String]) -> (date: ContentDate, words: [String])? {
        for segment in segments.reversed() {
            let words = segment.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "+" || $0 == "." }).map { String($0).folded }
            guard words.count >= 3 else { continue }
            for index in 0..<(words.count - 2) {
                let (a, b, c) = (words[index], words[index + 1], words[index + 2])
                guard c.count == 4, let year = Int(c), (1990...2100).contains(year) else { continue }
                if a.count <= 2, let day = Int(a), b.count >= 3, let month = DateTextParser.month(b), let date = make(year, month, day) {
                    return (date, [a, b, c])
                }
                if b.count <= 2, let day = Int(b), a.count >= 3, let month = DateTextParser.month(a), let date = make(year, month, day) {
                    return (date, [a, b, c])
                }
            }
        }
        return nil
    }

    /// Names of the parameters that carry a page's slug in scripts' addresses (`?title=…`, `?slug=…`);
    /// a campaign's tag (`utm_campaign=…`) is none.
    static let slugParameters = ["title", "slug", "headline", "titel", "titre", "titulo", "titolo", "story", "article"]

    /// The host without `www.` and similar prefixes (`theguardian.com`): the outlet's name when
    /// the page never spells it out.
    public var domainName: String {
        var labels = host.split(separator: ".").map(String.init)
        while labels.count > 2, let first = labels.first, ["www", "m", "amp", "edition", "mobile", "web"].contains(first) {
            labels.removeFirst()
        }
        return labels.joined(separator: ".")
    }

    /// The outlet's name: as the page spells it, as the outlet directory lists the address, or as
    /// the host reads.
    public func outletName(in lines: [String], outlets: OutletDirectory = .builtIn) -> String {
        outlet(in: lines, outlets: outlets).name
    }

    /// The outlet's name and what gave it. The directory's name wins over the page's spelling of
    /// a label its entry covers: that is the same outlet, which the page names in short, in
    /// capitals or by a former name (`SZ`, `DER SPIEGEL`, `NHK` → `Süddeutsche Zeitung`,
    /// `Der Spiegel`, `NHK World-Japan`), where the directory has it as the outlet spells it. The
    /// page's spelling wins where it names a label the entry does not cover: a subdomain the
    /// directory does not know, of a domain it does. With neither, the host's label cut into words.
    public func outlet(in lines: [String], outlets: OutletDirectory = .builtIn) -> OutletName {
        let spelled = spelledOutletName(in: lines)
        if let listing = outlets.listing(host: host, path: path) {
            if let spelled, !listing.hostLabels.contains(spelled.label) { return OutletName(spelled.name, .page) }
            return OutletName(listing.name, .directory)
        }
        if let spelled { return OutletName(spelled.name, .page) }
        return OutletName(readableHostName, .host)
    }

    /// The outlet's name as the page spells it (`The Times of India`, `DER SPIEGEL` → `Der Spiegel`),
    /// found as a run of one to five capitalised words whose letters, run together, are a label of
    /// the host; with that label. Nil when no line has such a run.
    func spelledOutletName(in lines: [String]) -> (name: String, label: String)? {
        var best: (name: String, label: String)?
        for line in lines {
            let words = line.split(whereSeparator: { $0.isWhitespace || $0 == "|" || $0 == "\u{2013}" || $0 == "\u{2014}" })
                .map { Self.withoutPossessive(String($0).trimmed(Self.outletWordMarks)) }
            for start in words.indices where words[start].first?.isUppercase == true {
                var phrase: [String] = []
                for word in words[start...].prefix(5) {
                    guard !word.isEmpty else { break }
                    phrase.append(word)
                    let text = phrase.joined(separator: " ")
                    guard phrase.last?.first?.isUppercase == true, let label = namedLabel(text) else { continue }
                    if best == nil || text.count > best!.name.count { best = (text, label) }
                }
            }
            if best != nil { break }
        }
        guard let best else { return nil }
        if best.name.contains(where: \.isLowercase) || best.name.count <= 4 { return best }
        return (best.name.capitalized, best.label)
    }

    private static let outletWordMarks = CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "&'"))

    /// `ITV News'` → `ITV News`, `Reuters's` → `Reuters`.
    static func withoutPossessive(_ word: String) -> String {
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// The host's main label cut into words where words of outlets' names stand in it:
    /// `kuwaittimes.com` → `Kuwait Times`, `shropshirestar.com` → `Shropshire Star`,
    /// `estrelladigital.es` → `Estrella Digital`; a label with no such word is only capitalised (`Segre`).
    public var readableHostName: String {
        var labels = host.split(separator: ".").map(String.init)
        while labels.count > 2, let first = labels.first, ["www", "m", "amp", "edition", "mobile", "web", "cdn", "en", "de", "fr", "es", "it"].contains(first) {
            labels.removeFirst()
        }
        // The registrable label: the one before the public suffix (`co.uk`, `com.mx`, `com`).
        var index = labels.count - 2
        if index > 0, Self.secondLevelSuffixes.contains(labels[index]), labels[labels.count - 1].count == 2 {
            index -= 1
        }
        guard index >= 0 else { return domainName }
        var label = labels[index]
        // A subdomain that reads as a masthead of two words or more, one of them a masthead's word, is the
        // outlet on a publisher's platform (`chinapost.nownews.com` is The China Post, `messaggeroveneto.gelocal.it`
        // the Messaggero Veneto); a section's or a language's one word (`cinema.`, `english.`) is not.
        if index >= 1, labels[index - 1].count >= 6, labels[index - 1].allSatisfy(\.isLetter) {
            let pieces = Self.segment(labels[index - 1])
            if pieces.count >= 2, !pieces.contains(where: Self.sectionWords.contains),
               pieces.contains(where: { Self.mastheadVocabulary.contains($0) && $0.count >= 4 }) { label = labels[index - 1] }
        }
        guard label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return domainName }
        // A host of a German-speaking country writes umlauts as `ae`, `oe`, `ue`
        // (`saarbruecker-zeitung.de` is the `Saarbrücker Zeitung`).
        let writesUmlauts = ["de", "at", "ch"].contains(labels[labels.count - 1])
        // A name of figures joined by hyphens (`4-4-2`) keeps them.
        if label.contains("-"), label.split(separator: "-").allSatisfy({ $0.allSatisfy(\.isNumber) }) { return label }
        return label.split(separator: "-").map { part in
            Self.segment(String(part)).enumerated().map { index, word in
                let word = writesUmlauts ? Self.withUmlauts(word) : word
                return index > 0 && Self.joiningWords.contains(word) ? word : Self.capitalise(word)
            }.joined(separator: " ")
        }.joined(separator: " ")
    }

    /// Cuts a run of letters into words of outlets' names, longest known words first; letters
    /// between known words stay as one word, and a cut that leaves a scrap of three letters or
    /// fewer (`uni|one|sarda`) counts against itself.
    static func segment(_ label: String) -> [String] {
        // A given name is one word, though an article opens its letters (`leonardo` is no `le onardo`).
        if label.count >= 5, GivenNames.contains(label) { return [label] }
        var pieces = bestCut(label)
        // An article stands before its noun, never last (`schwarzwaelder` is no `schwarzwael der`).
        if pieces.count >= 2, let last = pieces.last, Self.trailingArticles.contains(last) {
            pieces.removeLast()
            pieces[pieces.count - 1] += last
        }
        let isKnown = { (piece: String) in mastheadVocabulary.contains(piece) || joiningWords.contains(piece) || compassWords.contains(piece) }
        // A short word last, after five letters or more that are no word, is that word's ending (`rollingst|one`
        // is `rollingstone`, like `keystone` and `milestone`).
        if pieces.count >= 2, let last = pieces.last, last.count <= 3, isKnown(last), !last.allSatisfy(\.isNumber), !mastheadSuffixes.contains(last),
           let before = pieces.dropLast().last, before.count >= 5, !isKnown(before) {
            pieces.removeLast()
            pieces[pieces.count - 1] += last
        }
        // A short word between letters that are no words is a longer word's middle (`bianc|one|ro` is `bianconero`).
        var middle = 1
        while middle + 1 < pieces.count {
            if pieces[middle].count <= 3, isKnown(pieces[middle]), !pieces[middle].allSatisfy(\.isNumber),
               !isKnown(pieces[middle - 1]), !isKnown(pieces[middle + 1]) {
                pieces[middle - 1] += pieces[middle] + pieces[middle + 1]
                pieces.removeSubrange(middle...(middle + 1))
            } else {
                middle += 1
            }
        }
        let scraps = pieces.filter { !isKnown($0) && $0.count <= 3 }.count
        let covered = pieces.filter(isKnown).reduce(0) { $0 + $1.count }
        // A piece left over that is a word's ending (`informa|zione`, `direc|tion`) is no word: the cut is none.
        if pieces.dropFirst().contains(where: { piece in !isKnown(piece) && wordEndings.contains { piece == $0 } }) { return [label] }
        return pieces.count > 1 && covered - 3 * scraps <= 0 ? [label] : pieces
    }

    /// Endings that make nouns of other words, in the languages a site may name: never a word alone.
    private static let wordEndings: Set<String> = [
        "tion", "tions", "sion", "sions", "ment", "ments", "ness", "zione", "zioni", "sione", "sioni", "mente",
        "cion", "ciones", "siones", "ung", "ungen", "keit", "heit", "schaft",
    ]

    private static let trailingArticles: Set<String> = ["the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "al"]

    private static func bestCut(_ label: String) -> [String] {
        let characters = Array(label)
        let count = characters.count
        /// A way to cut `characters[i...]`: its pieces, whether each is a word, and its score: the
        /// letters its words cover, less 4 for each piece of three letters or fewer that is no word.
        struct Cut {
            var score = 0
            var pieces: [String] = []
            var known: [Bool] = []
        }
        // A scrap inside the label (`k|le|ine`) costs more than one at an end, which is often an
        // acronym (`mdw|live`, `theinfo|ng`, `1|news|day`).
        // A lone letter is no acronym: at the end it is a plural's (`tahiti|info|s` is `Tahiti Infos`).
        func scrapCost(_ piece: String, at start: Int) -> Int {
            guard piece.count <= 3 else { return 0 }
            if piece.count == 1, piece.allSatisfy(\.isLetter) { return 6 }
            return start == 0 || start + piece.count == count ? 1 : 4
        }
        var best = [Cut](repeating: Cut(), count: count + 1)
        for start in stride(from: count - 1, through: 0, by: -1) {
            var choice: Cut?
            for end in (start + 1)...count {
                let piece = String(characters[start..<end])
                let rest = best[end]
                let nextIsKnown = rest.known.first ?? false
                // `del`, `di`, `de` join two words of a name (`quotidianodelsud`); at an end of the label,
                // or before letters that are no word, they are none (`thefinancial|di|strict`). Nor is an
                // article of two letters inside the label before letters that are no word (`k|le|ine`).
                // Between a word and letters that are no word, a joining word needs a word before it (`giornale|di|vicenza`, not `deutschl|and|funk`).
                let nextIsLong = (rest.pieces.first?.count ?? 0) >= 4 && start >= 2
                    && (2...min(start, 12)).contains { mastheadVocabulary.contains(String(characters[(start - $0)..<start])) }
                // An article or `us` inside the label stands after a word (`energyfoc|us|report` and
                // `schwarzwa|el|der` have none); `tv` and `uk` may follow a brand (`geo|tv|news`).
                let afterWord = start >= 2 && (2...min(start, 12)).contains { mastheadVocabulary.contains(String(characters[(start - $0)..<start])) }
                let mayFollow = afterWord || !Self.wordsAfterWords.contains(piece)
                // A point of the compass ends a name (`lavozdel|sur`, `tendance|ouest`); inside a label its
                // letters are mostly a longer word's (`in|sur|ance`, `leic|este|r`).
                let known = (mastheadVocabulary.contains(piece) && (piece.count > 2 || start == 0 || (nextIsKnown && mayFollow) || piece.allSatisfy(\.isNumber)))
                    || (end == count && start > 0 && compassWords.contains(piece))
                    || (start > 0 && end < count && (nextIsKnown || nextIsLong) && joiningWords.contains(piece))
                var cut = rest
                if known {
                    cut.score += piece.count
                    cut.pieces.insert(piece, at: 0)
                    cut.known.insert(true, at: 0)
                } else if let next = rest.pieces.first, !nextIsKnown {
                    // Letters that are no word stay together with those after them.
                    let joined = piece + next
                    cut.score += scrapCost(next, at: end) - scrapCost(joined, at: start)
                    cut.pieces[0] = joined
                } else {
                    cut.score -= scrapCost(piece, at: start)
                    cut.pieces.insert(piece, at: 0)
                    cut.known.insert(false, at: 0)
                }
                if choice == nil || cut.score > choice!.score || (cut.score == choice!.score && cut.pieces.count < choice!.pieces.count) {
                    choice = cut
                }
            }
            best[start] = choice!
        }
        return best[0].pieces
    }

    /// Words of a site's sections, which name a subdomain of its own (`motorsport.nextgen-auto.com`) but no outlet.
    static let sectionWords: Set<String> = [
        "sport", "sports", "motor", "auto", "business", "tech", "money", "travel", "culture", "cinema", "music", "food",
        "health", "science", "politics", "weather", "finance", "market", "markets", "economic", "financial", "football",
        "games", "gaming", "style", "life", "lifestyle", "video", "live", "blog", "blogs",
    ]

    /// Second-level labels of country domains that are no outlet's name: `co.uk`, `com.mx`, `or.jp`, `ne.jp`.
    static let secondLevelSuffixes: Set<String> = ["co", "com", "org", "net", "gov", "ac", "gob", "gouv", "or", "ne", "go", "ed", "lg", "gr", "edu", "mil", "nic"]

    /// Words that join the words of an outlet's name, written in lower case inside it (`Quotidiano del Sud`).
    /// Words of two letters that stand inside a label only after a word.
    static let wordsAfterWords: Set<String> = ["us", "el", "la", "le", "il", "lo"]

    static let joiningWords: Set<String> = ["del", "della", "dello", "dei", "di", "de", "des", "du", "do", "da", "von", "am", "of", "and"]

    /// Words that end an outlet's name after its host's label (`ITV News`, `The Spokesman-Review`).
    static let mastheadSuffixes: Set<String> = [
        "news", "times", "review", "post", "online", "info", "live", "digital", "tv", "radio", "magazine", "daily", "today",
        "herald", "journal", "tribune", "express", "gazette", "chronicle", "zeitung", "nachrichten", "actu", "noticias", "notizie",
        "web",
    ]

    /// `times` → `Times`; a short piece that is no word (`lbc`, `mdw`) is an acronym: `LBC`.
    private static func capitalise(_ word: String) -> String {
        if word.count <= 3, !mastheadVocabulary.contains(word), !compassWords.contains(word), !joiningWords.contains(word), word.allSatisfy(\.isLetter) { return word.uppercased() }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// Points of the compass that end outlets' names (`La Voz del Sur`, `Tendance Ouest`, `Diario del Norte`).
    static let compassWords: Set<String> = ["sur", "norte", "este", "oeste", "ouest", "ovest"]

    /// Words that outlets' names are made of, in the languages a site may name.
    static let mastheadVocabulary: Set<String> = [
        "news", "times", "post", "daily", "herald", "tribune", "journal", "star", "sun", "mirror", "express", "telegraph",
        "guardian", "independent", "today", "week", "weekly", "online", "live", "world", "national", "international",
        "global", "local", "city", "press", "media", "radio", "tv", "network", "channel", "digital", "info", "review",
        "report", "gazette", "chronicle", "observer", "standard", "mail", "record", "monitor", "insider", "wire", "eye",
        "eastern", "western", "northern", "southern", "east", "west", "north", "south", "asia", "africa", "europe",
        "america", "american", "magazine", "new", "york", "uk", "us", "first", "day", "morning", "evening", "sunday",
        "courier", "dispatch", "examiner", "enquirer", "sentinel", "bulletin", "leader", "voice", "reporter", "post",
        "politico", "business", "economic", "economist", "financial", "market", "markets", "capital", "state", "nation",
        "public", "free", "metro", "bay", "valley", "island", "coast", "pacific", "atlantic", "indian", "arab", "gulf",
        "middle", "the", "al", "la", "el", "il", "le", "der", "die", "das", "zeitung", "nachrichten", "rundschau",
        "allgemeine", "kurier", "anzeiger", "blatt", "abendblatt", "morgenpost", "tagesspiegel", "welt", "spiegel",
        "journal", "monde", "figaro", "presse", "matin", "soir", "libre", "nouvel", "info", "actu", "noticias", "diario",
        "periodico", "prensa", "mundo", "pais", "voz", "informa", "informacion", "estrella", "momento", "nacional",
        "notizie", "giornale", "corriere", "repubblica", "stampa", "sera", "gazzetta", "quotidiano", "messaggero",
        "racconto", "sud", "nord", "magazine", "mag", "hub", "today", "now", "plus", "one", "24", "365", "tribune", "citizen", "punch",
        "vanguard", "pundit", "high", "plains", "breaking", "latest", "top", "story", "stories", "feed", "world",
        "dialogue", "pakistan", "india", "china", "kuwait", "nigeria", "kenya", "ghana", "canada", "australia",
        "television", "union", "district", "english", "sport", "sports", "web", "blog", "portal", "channel", "report",
        "courrier", "depeche", "heraldo", "correo", "opinion", "opinions", "mattino", "tagblatt",
    ]

    // MARK: Reading the address

    /// The labels of the host that name the outlet, lower-cased: `www.spiegel.de` → [spiegel];
    /// `timesofindia.indiatimes.com` → [timesofindia, indiatimes].
    static func outletLabels(_ host: String) -> [String] {
        let labels = host.split(separator: ".").map(String.init)
        let generic: Set<String> = secondLevelSuffixes.union([
            "www", "m", "amp", "edition", "mobile", "web", "com", "org", "net", "co", "uk", "de", "fr", "es", "it", "in", "au",
            "ca", "us", "eu", "info", "news", "gov", "ac", "za", "nz", "ie", "ch", "at", "be", "nl", "br", "mx", "ar", "jp",
            "cn", "ru", "ua", "pl", "pt", "tv", "io", "int", "en", "english", "amp", "edu",
        ])
        return labels.filter { !generic.contains($0) && $0.count >= 2 }
    }

    static func date(in segments: [String]) -> ContentDate? {
        // /202505/06/ (year and month, then the day)
        for (index, segment) in segments.enumerated() where segment.count == 6 && segment.allSatisfy(\.isNumber) && index + 1 < segments.count {
            let dayText = String(segments[index + 1].prefix { $0.isNumber })
            if let year = Int(segment.prefix(4)), (1990...2100).contains(year), let month = Int(segment.suffix(2)),
               dayText.count == 2, let day = Int(dayText), let date = make(year, month, day) {
                return date
            }
        }
        // /2025/04/12/ or /2025/Nov/25/ or /2025-04-12/
        for (index, segment) in segments.enumerated() {
            if segment.count == 4, let year = Int(segment), (1990...2100).contains(year), index + 2 < segments.count {
                let monthText = segments[index + 1]
                let month = Int(monthText) ?? DateTextParser.month(monthText)
                let dayText = String(segments[index + 2].prefix { $0.isNumber })
                if let month, (1...12).contains(month), let day = Int(dayText), (1...31).contains(day), dayText.count <= 2,
                   let date = make(year, month, day) {
                    return date
                }
            }
        }
        // /2022/0913/ (the year, then the month and the day in one segment), when the order is plain:
        // one of the two is over 12, or both are the same (`/2022/0509/` could be either).
        for (index, segment) in segments.enumerated() where segment.count == 4 && index + 1 < segments.count {
            let next = segments[index + 1]
            guard let year = Int(segment), (1990...2100).contains(year), next.utf8.count == 4, next.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let first = Int(next.prefix(2)), let second = Int(next.suffix(2)) else { continue }
            if first <= 12, second > 12 || first == second, let date = make(year, first, second) { return date }
            if second <= 12, first > 12, let date = make(year, second, first) { return date }
        }
        // A segment that is a date written day first (`/16-08-2021/`, `/16.08.2021/`), or month first:
        // only when the order is plain (one of the two is over 12, or both are the same).
        for segment in segments {
            let parts = segment.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "_" })
            guard parts.count == 3, parts[2].count == 4, let year = Int(parts[2]), (1990...2100).contains(year),
                  parts[0].count <= 2, parts[1].count <= 2, let first = Int(parts[0]), let second = Int(parts[1]) else { continue }
            if let date = plainDate(year, first, second) { return date }
        }
        // The same in three segments (`/world/16/03/2023/…`), the year last.
        for index in segments.indices.dropFirst(2) {
            let (a, b, c) = (segments[index - 2], segments[index - 1], segments[index])
            guard c.count == 4, let year = Int(c), (1990...2100).contains(year), (1...2).contains(a.count), (1...2).contains(b.count),
                  let first = Int(a), let second = Int(b) else { continue }
            if let date = plainDate(year, first, second) { return date }
        }
        // 2025-04-12 or 20250412 anywhere in a segment.
        for segment in segments {
            let characters = Array(segment)
            var start = 0
            while start < characters.count {
                if characters[start].isNumber, start == 0 || !characters[start - 1].isNumber {
                    var end = start
                    while end < characters.count, characters[end].isNumber || characters[end] == "-" || characters[end] == "_" {
                        end += 1
                    }
                    let run = String(characters[start..<end])
                    let parts = run.split(whereSeparator: { $0 == "-" || $0 == "_" })
                    if parts.count >= 3, parts[0].count == 4, let year = Int(parts[0]), (1990...2100).contains(year),
                       parts[1].count <= 2, let month = Int(parts[1]), parts[2].count <= 2, let day = Int(parts[2]),
                       let date = make(year, month, day) {
                        return date
                    }
                    // `…-in-attesa-di-soccorsi-09-09-2023-193060`: day, month and year in the slug, when the order is plain.
                    if parts.count >= 3, parts[2].count == 4, let year = Int(parts[2]), (1990...2100).contains(year),
                       parts[0].count == 2, parts[1].count == 2, let first = Int(parts[0]), let second = Int(parts[1]) {
                        if let date = plainDate(year, first, second) { return date }
                    }
                    let digits = run.prefix { $0.isNumber }
                    // `20250428`, or an id that opens with the date (`20250428162213430698`).
                    if digits.count >= 8, digits.count <= 20, let year = Int(digits.prefix(4)), (1990...2100).contains(year),
                       let month = Int(digits.dropFirst(4).prefix(2)), let day = Int(digits.dropFirst(6).prefix(2)),
                       let date = make(year, month, day) {
                        return date
                    }
                    start = end
                } else {
                    start += 1
                }
            }
        }
        return nil
    }

    /// A date written with its day and month in either order (`16/03`, `03/16`), read only when the order
    /// is plain: one of the two is over 12, or both are the same; day first when it could be either way round.
    private static func plainDate(_ year: Int, _ first: Int, _ second: Int) -> ContentDate? {
        if second <= 12, first > 12 || first == second { return make(year, second, first) }
        if first <= 12, second > 12 { return make(year, first, second) }
        return nil
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int) -> ContentDate? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return ContentDate(String(format: "%04d-%02d-%02d", year, month, day))
    }

    /// The words of the path segment that reads most like a headline's slug: the one with the
    /// most letter words joined by `-` or `_` (`gaza-ceasefire-talks-near-breakthrough`).
    static func slug(in segments: [String]) -> (words: [String], endedWithID: Bool) {
        var best: [String] = []
        var bestEndedWithID = false
        // Sections stand before a date segment (`/news/world/2025/04/12/slug`, `/canada/radio-canada-info/20230302/…`),
        // the headline's slug after it: what comes before the first date segment is no slug.
        let firstDate = segments.indices.first { index in
            let segment = segments[index]
            guard segment.allSatisfy(\.isNumber) else { return false }
            if segment.count == 8, let year = Int(segment.prefix(4)), (1990...2100).contains(year),
               let month = Int(segment.dropFirst(4).prefix(2)), (1...12).contains(month),
               let day = Int(segment.suffix(2)), (1...31).contains(day) { return true }
            return isYear(segment) && index + 1 < segments.count && (1...2).contains(segments[index + 1].count)
                && segments[index + 1].allSatisfy(\.isNumber)
        }
        // A long run of mostly digits is an id, wherever it stands.
        func isID(_ word: String) -> Bool { word.count > 6 && word.filter(\.isNumber).count * 2 > word.count }
        for segment in segments[(firstDate ?? 0)...] {
            var whole = segment
            for ending in [".html", ".htm", ".shtml", ".php", ".aspx", ".cms", ".ece"] where whole.lowercased().hasSuffix(ending) {
                whole.removeLast(ending.count)
            }
            // A segment that a CMS builds of dotted parts (`inhalt.<slug>.<uuid>`): each part is a
            // candidate too, and wins only with more words than the whole. A dot inside a short word
            // or a number (`the-u.s`, `5.25-percent`) is no boundary of parts.
            let parts = Self.dottedParts(whole)
            let dotted = parts
            // A segment of comma-separated fields (`pfalz-ticker_artikel,-wechsel-von-…-_arid,5654973`):
            // a field's label, the slug, the id. Each field is a candidate, the whole is none; a field
            // of digits after the slug is its id.
            let commaFields = whole.split(separator: ",").map(String.init)
            let fields = commaFields.count > 1 && commaFields.contains(where: { !$0.isEmpty && $0.allSatisfy(\.isNumber) }) ? commaFields : []
            for (number, field) in (fields.isEmpty ? [whole] + parts : fields).enumerated() {
                var name = field, cutID = false
                // A slug of hyphens whose last word an underscore runs into an id's label and the id
                // (`…-genocidio-di-srebenica_a_23285203`): the change of mark ends the headline's words.
                if let hyphen = name.lastIndex(of: "-"), case let tail = name[name.index(after: hyphen)...],
                   let underscore = tail.firstIndex(of: "_"), let last = tail.split(separator: "_").last,
                   last.count >= 5, last.allSatisfy(\.isNumber), tail.split(separator: "_").count >= 3 {
                    name = String(name[..<underscore])
                    cutID = true
                }
                // A word run into an id by a dot (`…-dead-aged-78.884494`) keeps its word.
                let pieces: [String] = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "+" }).map { (piece: Substring) -> String in
                    let parts = piece.split(separator: ".", omittingEmptySubsequences: false)
                    if dotted.isEmpty, parts.count >= 2, let tail = parts.last, !parts[0].isEmpty, isID(String(tail)) || (tail.count >= 5 && tail.allSatisfy(\.isNumber)) {
                        // A label of a few letters is the id's own (`…-rucktritt-an-li.318019`), not a word.
                        if parts.count == 2, parts[0].count <= 3, parts[0].allSatisfy(\.isLetter) { return "" }
                        return parts.dropLast().joined(separator: ".").folded
                    }
                    return String(piece).folded
                }
                var words = pieces.filter { !$0.isEmpty && !isID($0) }
                // `…-_arid,5654973`: the last word before a field of digits, joined by `_`, is that field's name.
                if number + 1 < fields.count, fields[(number + 1)...].allSatisfy({ field in field.allSatisfy(\.isNumber) }), words.count > 3,
                   let underscore = name.lastIndex(of: "_"), !name[name.index(after: underscore)...].contains(where: { $0 == "-" || $0 == "_" }) {
                    words.removeLast()
                }
                // An id of six digits or more in the first three words closes a section's prefix
                // (`actualite-421532-necrologie-alain-delon-est-decede`): the headline's words follow it.
                // A round number is a figure of the headline (`uk-100000-homes-without-power`).
                if let id = words.prefix(3).firstIndex(where: { $0.count >= 6 && $0.allSatisfy(\.isNumber) && !$0.hasSuffix("000") }),
                   words[(id + 1)...].filter({ $0.allSatisfy(\.isLetter) }).count >= 3 {
                    words.removeFirst(id + 1)
                }
                let letterWords = words.filter { $0.allSatisfy(\.isLetter) }
                if letterWords.count >= 3, letterWords.count > best.filter({ $0.allSatisfy(\.isLetter) }).count {
                    // A trailing id (`…-breakthrough-12345`) is no word of the headline; a year after a
                    // preposition (`…-biggest-bank-crash-since-2008`) is.
                    var kept = words
                    var endedWithID = cutID || pieces.last.map(isID) ?? false
                        || (number + 1 < fields.count && fields[(number + 1)...].allSatisfy { field in field.allSatisfy(\.isNumber) })
                    while let last = kept.last, last.allSatisfy(\.isNumber), last.count >= 4,
                          !(kept.count >= 2 && Self.isYear(last) && Self.yearPrepositions.contains(kept[kept.count - 2])) {
                        kept.removeLast()
                        endedWithID = true
                    }
                    best = kept
                    bestEndedWithID = endedWithID
                }
            }
        }
        return (best, bestEndedWithID)
    }

    /// A number that reads as a year of news (1900–2100).
    static func isYear(_ word: String) -> Bool {
        word.count == 4 && (Int(word).map { (1900...2100).contains($0) } ?? false)
    }

    /// Words after which a number is a year (`since 2008`, `seit 2008`, `depuis 2008`), folded.
    static let yearPrepositions: Set<String> = [
        "since", "in", "of", "from", "until", "before", "after", "by", "seit", "im", "bis", "vor", "nach", "von",
        "depuis", "en", "de", "avant", "apres", "desde", "del", "hasta", "antes", "dal", "nel", "dopo", "prima", "fino",
    ]

    /// The parts of a segment between dots that stand between two words of three characters or
    /// more (`inhalt.streit-um-die-rente.0b1c2d3e`); none when no dot does.
    static func dottedParts(_ segment: String) -> [String] {
        let characters = Array(segment)
        func run(from start: Int, by step: Int) -> Int {
            var length = 0, at = start
            while at >= 0, at < characters.count, characters[at].isLetter || characters[at].isNumber { length += 1; at += step }
            return length
        }
        var parts: [String] = []
        var partStart = 0
        for (at, character) in characters.enumerated() where character == "." {
            guard run(from: at - 1, by: -1) >= 3, run(from: at + 1, by: 1) >= 3 else { continue }
            parts.append(String(characters[partStart..<at]))
            partStart = at + 1
        }
        guard !parts.isEmpty else { return [] }
        parts.append(String(characters[partStart...]))
        return parts
    }

    /// A folded word as an address writes it: German umlauts as `ue`, `oe`, `ae` and `ss` fold with
    /// their plain letters, apostrophes go (`germany's` is `germanys`).
    static func transliterated(_ word: String) -> String {
        word.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{00DF}", with: "s").replacingOccurrences(of: "ue", with: "u")
            .replacingOccurrences(of: "oe", with: "o").replacingOccurrences(of: "ae", with: "a").replacingOccurrences(of: "ss", with: "s")
    }

    /// Folded words of a text, for comparing a candidate headline with the slug.
    static func foldedWords(_ text: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        // One pass: fold each scalar and split at once, with no folded copy of the text made first.
        TextFolding.forEachFoldedScalar(in: text) { scalar in
            if scalar.isWordScalar {
                if scalar.value < 0x80 { word.append(UInt8(truncatingIfNeeded: scalar.value)) } else { UTF8.encode(scalar) { word.append($0) } }
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// How well `text` matches the slug: the share of the slug's words the text holds (0 to 1),
    /// weighted down when the text holds many words the slug lacks.
    public func slugMatch(_ text: String) -> Double {
        guard let (recall, precision) = slugOverlap(text) else { return 0 }
        return recall * 0.7 + precision * 0.3
    }

    /// The share of the slug's words that `text` holds (0 for a slug of fewer than three words).
    public func slugRecall(_ text: String) -> Double {
        slugOverlap(text)?.recall ?? 0
    }

    /// The shares of the slug's words in `text` (recall) and of `text`'s words in the slug (precision).
    private func slugOverlap(_ text: String) -> (recall: Double, precision: Double)? {
        guard slugWords.count >= 3 else { return nil }
        let words = Self.foldedWords(text).map(Self.transliterated)
        guard !words.isEmpty else { return nil }
        let textSet = Set(words)
        let slugSet = Set(slugWords.map(Self.transliterated))
        let shared = slugSet.intersection(textSet).count
        return (Double(shared) / Double(slugSet.count), Double(shared) / Double(textSet.count))
    }

    /// Whether `text` names the outlet of this address: `Spiegel`, `DER SPIEGEL`, `Times of India`.
    public func names(_ text: String) -> Bool {
        namedLabel(text) != nil
    }

    /// The label of the host that `text` names (`timesofindia` for `Times of India` at
    /// timesofindia.indiatimes.com); nil when it names none.
    func namedLabel(_ text: String) -> String? {
        let bare = Self.foldedWords(text).filter { !["the", "der", "die", "das", "le", "la", "les", "el", "il", "lo"].contains($0) }
        let squeezed = bare.joined()
        guard squeezed.count >= 3 else { return nil }
        let words = Self.foldedWords(text)
        let withArticle = words.joined()
        // The host's label and one word of a masthead after it: `ITV News` for itv.com,
        // `The Spokesman-Review` for spokesman.com.
        let withSuffix = bare.count >= 2 && Self.mastheadSuffixes.contains(bare.last!) ? bare.dropLast().joined() : nil
        return hostWords.first { label in label == squeezed || label == withArticle || label == withSuffix }
    }
}
