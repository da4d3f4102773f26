import Foundation

/// The headline of a page whose text lacks it, rebuilt from its address's slug with the text as
/// evidence: `gaza-ceasefire-talks-near-breakthrough` → `Gaza ceasefire talks near breakthrough`.
///
/// Each slug word takes the spelling the text gives it most often away from the start of a sentence
/// (`papa-francisco-a-los-88-anos` → `Papa Francisco a los 88 años`), so accents, capitals,
/// elisions (`lattentato` → `L'attentato`) and hyphens (`fussballlegende` → `Fußball-Legende`) the
/// address lost come back. A slugifier that strips articles and prepositions leaves a slug without
/// any: the text gives back one it writes between two of the slug's words and never leaves out
/// (`landfall-florida` and `landfall in Florida`). A leading date, a trailing id, and a trailing tag
/// the text never uses (an author's initials, `video`) are no words of the headline.
extension PageAddress {
    public func headlineFromSlug(spellingsIn text: [String] = [], language: String? = nil) -> String? {
        guard slugWords.filter({ $0.contains(where: \.isLetter) }).count >= 3 else { return nil }
        let evidence = SlugEvidence(text, slugKeys: Set(slugWords.map(Self.transliterated)))
        var slug = slugWords
        // A trailing id (`…-a84491`, `…-102`) is no word of the headline; a number the text uses is,
        // and so is a year after a preposition (`…-since-2008`).
        var endedWithID = slugEndedWithID
        // A UUID at the end (`…-elisabetta-eab1444d-87a3-4639-afcd-60a27120d82a`): five groups of hex
        // digits, 8-4-4-4-12, some of which may hold no digit at all.
        // (The address may have taken the last group off as an id already.)
        for groups in [[8, 4, 4, 4, 12], [8, 4, 4, 4]] where groups.count == 5 || endedWithID {
            guard slug.count > groups.count, slug.suffix(groups.count).map(\.count) == groups,
                  slug.suffix(groups.count).allSatisfy({ $0.allSatisfy(\.isHexDigit) }) else { continue }
            slug.removeLast(groups.count)
            endedWithID = true
            break
        }
        // A figure the slug split at its mark (`magnitud-7-4` for `7,4`): one word, as the text writes it.
        var merged: [String] = []
        var joinedFigures = Set<String>()
        for word in slug {
            if let last = merged.last, last.allSatisfy(\.isNumber), word.allSatisfy(\.isNumber), !word.isEmpty,
               evidence.spelling(last + word) == nil, // the text writes `2-1` (a score) or `21`: no figure split
               let written = evidence.figure(last + word), written.filter(\.isNumber).count == (last + word).count,
               written.hasPrefix(last), written.hasSuffix(word) {
                merged[merged.count - 1] = last + word
                joinedFigures.insert(last + word)
            } else {
                merged.append(word)
            }
        }
        slug = merged
        // (A word of letters and digits the text writes is the headline's, `…-flight-mh17` for `MH17`, unless the
        // slug holds it already: `drei-mh17-verdaechtige-…-freispruch-mh17` ends with a tag.)
        while let last = slug.last, last.contains(where: \.isNumber),
              last.contains(where: \.isLetter)
                ? evidence.spelling(Self.transliterated(last)) == nil || slug.dropLast().contains(last)
                : !(last.count >= 2 && evidence.numbers.contains(last)),
              !(slug.count >= 2 && Self.isYear(last) && Self.yearPrepositions.contains(slug[slug.count - 2])) {
            slug.removeLast()
            endedWithID = true
        }
        // A short word just before an id that the text never uses is the id's label (`…_aid-65062659`,
        // `…-art-12345`), unless an article or a preposition stands before it.
        if endedWithID, slug.count > 4, let last = slug.last, last.count <= 3, last.allSatisfy(\.isLetter), !evidence.uses(last),
           !SlugEvidence.functionWords.contains(slug[slug.count - 2]) {
            slug.removeLast()
        }
        // A date opening the slug (`2021-03-29-traffic-in-suez-canal…`) is the page's date, not its headline.
        if slug.count > 5, slug[0].count == 4, slug[0].allSatisfy(\.isNumber), slug[1].count <= 2, slug[1].allSatisfy(\.isNumber),
           slug[2].count <= 2, slug[2].allSatisfy(\.isNumber) {
            slug.removeFirst(3)
        }
        // A leading id (`58376-morto-il-presidente…`) is none either.
        while let first = slug.first, first.count >= 3, first.allSatisfy(\.isNumber), !evidence.numbers.contains(first), slug.count > 3 {
            slug.removeFirst()
        }
        // A label of a few letters in front (`artc-le-psg-s-offre-…`) that the text never uses, before an
        // article: no headline opens with an unknown short word and then an article.
        if slug.count > 4, let first = slug.first, first.count <= 4, first.allSatisfy(\.isLetter), !evidence.uses(first),
           PersonVocabulary.determiners.contains(slug[1]) {
            slug.removeFirst()
        }
        // A section's name run into the slug's front (`esteri-morto-jimmy-carter-…`, `noticia-rafa-nadal-…`)
        // that the text never uses is no word of the headline.
        // So is the kind of page (`Artikel-Sri_Lankas_Praesident_flieht_…`, `article-…`), but not a video's or a
        // picture's, which a headline may open with (`VIDEO: …`).
        if slug.count > 4, let first = slug.first, Self.leadingSections.contains(first) || Self.articleKinds.contains(first), !evidence.uses(first) {
            slug.removeFirst()
        }
        // A trailing tag that the text never uses: an author's initials (`…-near-moscow-aj`) or the
        // kind of page (`…-tireur-isole-video`). A trailing word of the headline the text does not
        // repeat (`…-auf-einen-neuanfang`) stays: only these shapes are dropped.
        // A word after an article or a preposition is the headline's (`…-rage-in-la`, `…-in-photos`).
        while slug.count > 4, let last = slug.last, last.allSatisfy(\.isLetter),
              last.count <= 2 || Self.pageKinds.contains(last), !evidence.uses(last),
              !SlugEvidence.functionWords.contains(slug[slug.count - 2]) {
            slug.removeLast()
        }
        let splitFigures = Set(slug.indices.filter { joinedFigures.contains(slug[$0]) })
        var words: [String] = []
        var keys: [String] = []
        var apostrophe: String?
        var index = 0
        while index < slug.count {
            // Two words of the slug that the text writes as one elided or hyphenated word
            // (`dell-iran` → `dell'Iran`, `wagner-chef` → `Wagner-Chef`).
            if index + 1 < slug.count, let joined = evidence.spelling(Self.transliterated(slug[index] + slug[index + 1])),
               joined.contains(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "-" }) {
                words.append(joined)
                keys.append(Self.transliterated(slug[index] + slug[index + 1]))
                index += 2
                continue
            }
            // An article or a preposition the slug split from the word it elides into (`l-histoire`, `qu-il`,
            // `dell-europa`): French and Italian always write them as one word, with the text's apostrophe.
            if index + 1 < slug.count, let language, let marks = Self.elidingWords[language], marks.contains(slug[index]),
               let next = slug[index + 1].first, "aeiouh".contains(next) {
                let key = Self.transliterated(slug[index + 1])
                apostrophe = apostrophe ?? Self.apostrophe(in: text)
                words.append(slug[index] + apostrophe! + (evidence.spelling(key) ?? slug[index + 1]))
                keys.append(key)
                index += 2
                continue
            }
            let key = Self.transliterated(slug[index])
            // A figure the slug split at its mark was joined above, and takes the text's mark; one the slug
            // wrote whole with only thousands in it (`5000`) stays as it is: headlines write `5000` as often as `5.000`.
            // A decimal mark the slug dropped (`magnitudo-74` for `7.4`) changes the figure: it comes back too.
            let figure = splitFigures.contains(index) || slug[index].allSatisfy(\.isNumber)
                ? evidence.figure(slug[index]).flatMap { written in
                    splitFigures.contains(index) || Self.hasDecimalMark(written) ? written : nil
                } : nil
            words.append(evidence.spelling(key) ?? figure ?? Self.elided(slug[index], evidence.spelling, french: language == "fr")
                ?? (language == "en" ? Self.possessive(slug[index], evidence.spelling) : nil)
                ?? Self.sharedStem(slug[index], evidence.forms)
                ?? (language == "de" ? Self.withUmlauts(slug[index]) : slug[index]))
            keys.append(key)
            // A given name and the surname after it (`jurgen-klopp`, the text writing `Klopp` only at a
            // sentence's start): both capitalised.
            if index > 0, GivenNames.contains(slug[index - 1]), let surname = evidence.capitalisedOpening(key),
               words[words.count - 1] == surname.lowercased() {
                words[words.count - 1] = surname
                words[words.count - 2] = words[words.count - 2].prefix(1).uppercased() + words[words.count - 2].dropFirst()
            }
            index += 1
        }
        // A slug that keeps other small words of the language (`…-missing-as-superyacht-sinks-off-after-…`)
        // was not stripped of its articles: nothing is put back.
        let stopwords = Stopwords.words(for: language)
        if !slug.contains(where: SlugEvidence.functionWords.contains), !slug.contains(where: { $0.count <= 3 && stopwords.contains($0) }) {
            for position in stride(from: keys.count - 2, through: 0, by: -1) {
                if let between = evidence.functionWord(between: keys[position], keys[position + 1]) {
                    words.insert(between, at: position + 1)
                }
            }
        }
        let sentence = words.joined(separator: " ")
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }

    /// Whether a figure as written ends with a decimal part (`7.4`, `68,7`), not a group of thousands (`5.000`).
    static func hasDecimalMark(_ written: String) -> Bool {
        guard let mark = written.lastIndex(where: { !$0.isNumber }) else { return false }
        return written[written.index(after: mark)...].count != 3
    }

    /// Sections' names that addresses put in front of a slug, in the languages a site may name.
    private static let leadingSections: Set<String> = [
        "news", "world", "politics", "sport", "sports", "noticia", "noticias", "mundo", "internacional", "actualidad", "deportes",
        "esteri", "cronaca", "politica", "attualita", "mondo", "actualite", "actualites", "monde", "nachrichten", "welt",
        "politik", "ausland", "inland", "international",
    ]

    /// Words for an article, which addresses put before or after a slug, in the languages a site may name.
    private static let articleKinds: Set<String> = ["article", "artikel", "articolo", "articulo", "noticia", "notizia", "nota"]

    /// Words that addresses append for the kind of page, in the languages a site may name.
    private static let pageKinds: Set<String> = ["video", "videos", "foto", "fotos", "photo", "photos", "live", "liveblog", "amp", "gallery", "galerie", "galeria", "galleria", "articleshow", "newsid", "cms", "print", "ampstory",
                                                    "noticia", "notizia", "nota", "article", "artikel", "articolo"]

    /// Articles, prepositions and pronouns that French and Italian elide before a vowel or an h.
    private static let elidingWords: [String: Set<String>] = [
        "fr": ["l", "d", "j", "m", "n", "s", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"],
        "it": ["l", "d", "dell", "dall", "nell", "sull", "all", "quest"],
    ]

    /// The apostrophe the text writes most: the typographic one (`l’Europe`) or the typewriter's (`l'Europe`).
    static func apostrophe(in text: [String]) -> String {
        var curly = 0, straight = 0
        for line in text {
            for scalar in line.unicodeScalars {
                if scalar == "\u{2019}" { curly += 1 } else if scalar == "'" { straight += 1 }
            }
        }
        return curly > straight ? "\u{2019}" : "'"
    }

    /// A French or Italian elision run into one slug word (`laggressore`): an article or a
    /// preposition, then a word the text uses that opens with a vowel or an h → `l'aggressore`.
    private static func elided(_ word: String, _ spelling: (String) -> String?, french: Bool = false) -> String? {
        for prefix in ["dell", "dall", "nell", "sull", "all", "qu", "l", "d", "j", "n", "s", "c"] where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            // `quun` is `qu'un`: `qu` elides before any vowel, so a short word after it counts too; so does
            // the article `un` after `d` and `l` (`dun` is `d'un`, `lun` is `l'un`).
            guard rest.count >= 3 || (prefix == "qu" && rest.count == 2) || (french && ["d", "l"].contains(prefix) && rest == "un"),
                  let first = rest.first, "aeiouh".contains(first), let known = spelling(transliterated(rest)) else { continue }
            return prefix + "'" + known
        }
        return nil
    }

    /// An English possessive that the slug ran into its word (`talibans-kabul-takeover` for
    /// `Taliban's Kabul Takeover`): a word the text never writes, whose stem without the `s` the
    /// text writes as a name, capitalised. A nationality's plural (`afghans`) is no possessive.
    static func possessive(_ word: String, _ spelling: (String) -> String?) -> String? {
        guard word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
        let stem = String(word.dropLast())
        guard let name = spelling(transliterated(stem)), name.first?.isUppercase == true, !PersonFinder.isDemonym(name.folded) else { return nil }
        return name + "'s"
    }

    /// A German word as a slug writes it, umlauts spelt out (`zurueck`, `raetseln`, `fuer`): the
    /// umlauts back where the spelling is most likely one (`zurück`, `rätseln`, `für`). Not after a vowel
    /// (`neue`, `Bauer`), `q` or `g` (`Quelle`, `Guerilla`), nor before an `l` (`aktuell`, `Israel`,
    /// `Michael`) or a vowel (`zueinander`, `Boeing`), nor at the word's end, nor in the prefix `zu`
    /// (`zuerst`); `ae` and `oe` not at its start (`Aeroflot`). Foreign words that do not follow these
    /// (`Suez`, `Puerto`) come out wrong when the text does not spell them: the headline is flagged.
    static func withUmlauts(_ word: String) -> String {
        let letters = Array(word)
        var result = ""
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            if index + 2 < letters.count, letters[index + 1] == "e", let umlaut = ["a": "\u{00E4}", "o": "\u{00F6}", "u": "\u{00FC}"][letter] as String? {
                let before = index > 0 ? letters[index - 1] : nil
                let after = letters[index + 2]
                let consonantBefore = before.map { $0.isLetter && !"aeiouyäöüq".contains($0) && !(letter == "u" && $0 == "g") } ?? (letter == "u")
                // Not before a vowel (`zueinander`, `boeing`), nor the prefix `zu` before an `e` (`zuerst`).
                let prefixZu = index == 1 && letters[0] == "z" && letter == "u"
                if consonantBefore, !(after == "l" && letter != "o"), !"aeiouy".contains(after), !prefixZu {
                    result += umlaut
                    index += 2
                    continue
                }
            }
            result.append(letter)
            index += 1
        }
        return result
    }

    /// A slug word the text does not use as it is, but whose stem it does (`praesidentschaftswahl`
    /// and `Präsident`, `ueberlebt` and `Überlebenden`): the stem as the text spells it (accents,
    /// capitals), then the rest of the slug word. The stem must be most of the word.
    static func sharedStem(_ word: String, _ forms: [String: [String: Int]]) -> String? {
        let key = Array(transliterated(word))
        guard key.count >= 6 else { return nil }
        var best: (length: Int, count: Int, form: String)?
        for (textKey, spellings) in forms {
            let length = zip(key, textKey).prefix { $0 == $1 }.count
            guard length >= 5, Double(length) >= 0.6 * Double(key.count) else { continue }
            let (form, count) = spellings.max { ($0.value, $0.key) < ($1.value, $1.key) }!
            if best == nil || (length, count, form) > (best!.length, best!.count, best!.form) { best = (length, count, form) }
        }
        guard let best, best.form.contains(where: { !$0.isASCII || $0.isUppercase }) else { return nil }
        // The shortest prefixes of the text's form and of the slug word that cover the shared stem.
        func cover(_ text: String) -> Int? {
            (1...text.count).first { transliterated(String(text.prefix($0)).folded).count >= best.length }
        }
        guard let formEnd = cover(best.form), let wordEnd = cover(word) else { return nil }
        var stem = String(best.form.prefix(formEnd))
        // The slug word whole inside a longer word of the text (`chancelier` in `chancelière`): a grave accent on
        // the stem's last letters belongs to the longer word's ending (`-ière`, `-ète`), which the slug word lacks,
        // so those letters come from the slug. (An acute one is the word's own: `retrouvé` in `retrouvée`.)
        if wordEnd == word.count, formEnd < best.form.count, stem.count > 2, case let tail = String(stem.suffix(2)),
           tail.contains(where: { $0 == "è" || $0 == "È" }), transliterated(tail.folded).count == 2 {
            stem = String(stem.dropLast(2)) + String(word.suffix(2))
        }
        // A capital from a longer word of the text (`Überlebenden`) says nothing of this one's (`überlebt`).
        if Double(formEnd) < 0.75 * Double(best.form.count) { stem = stem.prefix(1).lowercased() + stem.dropFirst() }
        return stem + String(word.dropFirst(wordEnd))
    }
}

/// What a page's text says about the words of its slug: how it spells each word (by a key of the
/// word's letters, transliterated as slugs write them), the numbers it uses, which words it writes
/// side by side, and the articles and prepositions it writes between two words.
struct SlugEvidence {
    /// Spellings of each key, weighted: a spelling away from a sentence's start counts more.
    private(set) var forms: [String: [String: Int]] = [:]
    private(set) var numbers = Set<String>()
    /// How the text writes a figure with separators, by its digits (`14000` → `14,000`).
    private var numberForms: [String: [String: Int]] = [:]
    /// Marks inside a figure: decimal and thousands separators.
    private static let figureMarks: Set<Character> = [",", ".", "'", "\u{2019}"]

    /// The text's spelling of a figure whose digits are `digits`, with its separators.
    func figure(_ digits: String) -> String? {
        numberForms[digits].map { $0.max { ($0.value, $0.key) < ($1.value, $1.key) }!.key }
    }
    /// Keys written inside a sentence, and the spellings, as written, of keys that open one.
    private var keysInSentences = Set<String>()
    private var openingForms: [String: [String: Int]] = [:]
    /// `a b`: keys the text writes next to each other.
    private var adjacent = Set<String>()
    /// `a b` → the function words the text writes between them, with how often.
    private var between: [String: [String: Int]] = [:]

    /// Articles and prepositions, folded, that slugifiers strip (en, de, fr, es, it).
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from",
        "der", "die", "das", "des", "dem", "den", "im", "am", "vom", "zum", "zur", "von", "zu", "fur", "nach", "mit", "bei", "auf", "an",
        "le", "la", "les", "du", "de", "au", "aux", "en", "sur", "pour", "par", "avec", "dans",
        "el", "los", "las", "del", "al", "con", "por", "para",
        "il", "lo", "gli", "di", "dei", "della", "delle", "dello", "da", "dal", "alla", "nel", "nella", "per", "con",
    ]

    /// `slugKeys`: the keys of the slug's words, the only ones whose neighbours are recorded (a
    /// text of megabytes would otherwise record every pair of its words).
    init(_ lines: [String], slugKeys: Set<String>) {
        for line in lines {
            var sentenceStart = true
            // The previous word's key and whether it ended without punctuation, and the key before
            // it when the previous word was a function word.
            var previous: (key: String, open: Bool)?
            var beforeFunctionWord: (key: String, word: String)?
            for raw in line.split(whereSeparator: { $0.isSpace }) {
                let bare = raw.trimmed(CharacterSet.punctuationCharacters.union(.symbols))
                let digits = bare.filter(\.isNumber)
                if !digits.isEmpty { numbers.insert(digits) }
                // A figure with separators (`14,000`, `7,4`, `68.7`): slugs write its digits alone or
                // split at the mark (`14000`, `7-4`), and the text gives back how it is written.
                if digits.count >= 2, bare.first!.isNumber, bare.last!.isNumber,
                   bare.allSatisfy({ $0.isNumber || Self.figureMarks.contains($0) }), bare.contains(where: Self.figureMarks.contains) {
                    numberForms[digits, default: [:]][String(bare), default: 0] += 1
                }
                let open = raw.last.map { $0.isLetter || $0.isNumber } ?? false
                guard !bare.isEmpty, !bare.contains(where: { !$0.isLetter && !$0.isNumber && !Self.isJoiner($0) }) else {
                    previous = nil
                    beforeFunctionWord = nil
                    sentenceStart = raw.last.map { ".!?:".contains($0) } ?? false
                    continue
                }
                let key = PageAddress.transliterated(bare.folded)
                // A capital at the start of a sentence says nothing of the word's own spelling.
                let form = sentenceStart ? (bare.first!.isUppercase && bare.dropFirst().contains(where: \.isUppercase) ? bare : bare.lowercased()) : bare
                // An elision before a word of one letter (`m’a`, `n’a`) is two words, never a slug's
                // one (`ma`, `na` are words of their own). French and Italian elide one letter, or `qu`:
                // `don’t`, `it’s`, `Xi’s` are no elisions. Only a word with an apostrophe is split.
                let shortElision = bare.contains(where: { $0 == "'" || $0 == "\u{2019}" }) && {
                    let elided = bare.split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" })
                    return elided.count == 2 && (elided[0].count == 1 || elided[0].lowercased() == "qu") && elided[1].count < 2
                }()
                if !shortElision { add(form, key: key, weight: sentenceStart ? 1 : 3) }
                if sentenceStart { openingForms[key, default: [:]][String(bare), default: 0] += 1 } else { keysInSentences.insert(key) }
                // An elided or hyphenated word (`l'attentato`, `Fußball-Legende`) is one word of a slug
                // (`lattentato`, `fussballlegende`) or two (`dell-iran`, `wagner-chef`), and a hyphen's
                // parts are words of their own too.
                if bare.contains(where: Self.isJoiner) {
                    if !shortElision { add(form, key: key.filter { !Self.isJoiner($0) }, weight: sentenceStart ? 1 : 3) }
                    if bare.contains("-") {
                        for part in form.split(separator: "-") where part.contains(where: \.isLetter) {
                            add(String(part), key: PageAddress.transliterated(String(part).folded), weight: 1)
                        }
                    }
                }
                if let before = previous, before.open, slugKeys.contains(key) {
                    if slugKeys.contains(before.key) { adjacent.insert(before.key + " " + key) }
                    if let outer = beforeFunctionWord, slugKeys.contains(outer.key) {
                        between[outer.key + " " + key, default: [:]][outer.word, default: 0] += 1
                    }
                }
                let isFunctionWord = Self.functionWords.contains(bare.folded) && bare == bare.lowercased()
                beforeFunctionWord = isFunctionWord && previous?.open == true ? (previous!.key, String(bare)) : nil
                previous = (key, open)
                sentenceStart = raw.last.map { ".!?:".contains($0) } ?? false
            }
        }
    }

    private mutating func add(_ form: String, key: String, weight: Int) {
        guard !key.isEmpty else { return }
        forms[key, default: [:]][form, default: 0] += weight
    }

    private static func isJoiner(_ character: Character) -> Bool {
        character == "'" || character == "\u{2019}" || character == "-"
    }

    /// The most used spelling, then the longest, then (a tie between `Hall` and `hall`) the one
    /// that sorts last, so the choice never depends on the dictionary's order.
    func spelling(_ key: String) -> String? {
        if let capitalised = nameOpeningSentences(key) { return capitalised }
        return forms[key].map { $0.max { ($0.value, $0.key.unicodeScalars.count, $0.key) < ($1.value, $1.key.unicodeScalars.count, $1.key) }!.key }
    }

    /// A word the text writes only at the start of a sentence, whose capital is kept when the word
    /// without its possessive is written capitalised inside a sentence: `Bryant’s wife …` beside
    /// `the life of Kobe Bryant` gives `Bryant’s`, not `bryant’s`.
    private func nameOpeningSentences(_ key: String) -> String? {
        guard let form = capitalisedOpening(key) else { return nil }
        let base = ["'s", "\u{2019}s"].first { form.hasSuffix($0) }.map { String(form.dropLast($0.count)) } ?? form
        let baseKey = PageAddress.transliterated(base.folded)
        guard keysInSentences.contains(baseKey), let written = forms[baseKey],
              let usual = written.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key, usual.first?.isUppercase == true else { return nil }
        return form
    }

    /// The capitalised form of a word the text writes only opening its sentences (`Klopp lifted …`), for
    /// a slug word that a given name stands before: there the capital is the surname's, not the sentence's.
    func capitalisedOpening(_ key: String) -> String? {
        guard !keysInSentences.contains(key), let opening = openingForms[key],
              let form = opening.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key, form.first?.isUppercase == true else { return nil }
        return form
    }

    /// Whether the text uses the slug word in any spelling, whole or as a stem of most of it.
    func uses(_ word: String) -> Bool {
        let key = PageAddress.transliterated(word)
        return forms[key] != nil || PageAddress.sharedStem(word, forms) != nil
            || forms.keys.contains { $0.count >= 4 && key.count >= 4 && ($0.hasPrefix(key) || key.hasPrefix($0)) }
    }

    /// The article or preposition the text writes between the words of keys `a` and `b`, when it
    /// never writes them side by side.
    func functionWord(between a: String, _ b: String) -> String? {
        let pair = a + " " + b
        guard !adjacent.contains(pair), let words = between[pair] else { return nil }
        return words.max { ($0.value, $0.key) < ($1.value, $1.key) }!.key
    }
}
