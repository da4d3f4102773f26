/// A paragraph cut into words and punctuation marks for `PersonFinder`: each word as written, its
/// folded form, and whether it could be part of a person's name.
struct NameTokens {
    private struct Item {
        var raw: String
        /// Without a possessive `'s`.
        var text: String
        var folded: String
        var isWord: Bool
        var possessive: Bool
    }

    private let items: [Item]
    private let functionWords: Set<String>
    /// The ambiguous given names (`Gene`, `Rose`) the whole text allows (`GivenNames.ambiguous`), set
    /// once the text's words are known.
    var acceptedGivenNames: Set<String> = []

    /// Whether `word` is a common given name, or an ambiguous one the text allows.
    func isGivenName(_ word: String) -> Bool {
        GivenNames.contains(word, accepting: acceptedGivenNames)
    }

    /// Whether `M.` is `Monsieur` (French), an honorific before a name, rather than an initial.
    private let abbreviatesMonsieur: Bool

    init(_ paragraph: String, functionWords: Set<String> = Stopwords.words(for: "en"), abbreviatesMonsieur: Bool = false) {
        self.functionWords = functionWords
        self.abbreviatesMonsieur = abbreviatesMonsieur
        var items: [Item] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            // `d'Olga`, `l’Angleterre`, `dell'Iran`: an elided article or preposition is a word of its own,
            // so the capitalised name after it is read alone.
            if current.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }), let (article, rest) = Self.splitElision(current) {
                items.append(Item(raw: String(current[..<rest]), text: article, folded: article, isWord: true, possessive: false))
                current = String(current[rest...])
            }
            // Most words hold no joiner (`-`, `'`, `’`, `.`): nothing to trim, no sentence end, no possessive.
            if !current.utf8.contains(where: { $0 == 0x2D || $0 == 0x27 || $0 == 0x2E || $0 == 0xE2 }) {
                items.append(Item(raw: current, text: current, folded: current.folded, isWord: true, possessive: false))
                current = ""
                return
            }
            var raw = current
            while let last = raw.last, Self.joiners.contains(last), !(last == "." && Self.isDottedInitials(raw)) { raw.removeLast() }
            // A full stop after a word (not inside an abbreviation) ends the sentence: it is a mark of its own.
            // So does one before a dash (`Nueva York, Estados Unidos.- Sam Bankman-Fried …`).
            let endsSentence = current.dropFirst(raw.count).contains(Character(".")) && !raw.hasSuffix(".") && !raw.contains(Character("."))
                && !Self.isRomanNumeralText(raw)
            var text = raw
            // An abbreviation keeps its last dot where it is shown (`U.S. Secretary of State`).
            if raw.dropLast().contains(Character(".")), current.hasSuffix("."), !raw.hasSuffix(".") { raw += "." }
            var possessive = false
            for suffix in ["'s", "\u{2019}s"] where text.hasSuffix(suffix) && text.count > suffix.count + 1 {
                text.removeLast(suffix.count)
                possessive = true
            }
            // A name that ends in `s` takes a bare apostrophe (`Mercedes’ Lewis Hamilton`, `Jones' car`).
            if !possessive, text.count > 2, text.hasSuffix("s"), current.hasSuffix("s'") || current.hasSuffix("s\u{2019}") { possessive = true }
            items.append(Item(raw: raw, text: text, folded: text.folded, isWord: true, possessive: possessive))
            if endsSentence { items.append(Item(raw: ".", text: ".", folded: ".", isWord: false, possessive: false)) }
            current = ""
        }
        // Words are cut from the paragraph as slices rather than built a character at a time. An ASCII
        // byte followed by another is a character of its own (but for CR LF, which is space either way):
        // read from the bytes, with no grapheme breaking; any other character through `Character`.
        var start: String.Index?
        var index = paragraph.startIndex
        let bytes = paragraph.utf8
        let end = paragraph.endIndex
        while index < end {
            let byte = bytes[index]
            let afterByte = bytes.index(after: index)
            let isWord: Bool, isJoiner: Bool, isSpace: Bool
            let next: String.Index
            if byte < 0x80, afterByte == end || bytes[afterByte] < 0x80 {
                next = afterByte
                isWord = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                isJoiner = byte == 0x2D || byte == 0x27 || byte == 0x2E
                isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            } else {
                let character = paragraph[index]
                next = paragraph.index(after: index)
                isWord = character.isWordCharacter
                isJoiner = Self.joiners.contains(character)
                isSpace = character.isSpace
            }
            if isWord || (start != nil && isJoiner) {
                if start == nil { start = index }
            } else {
                if let wordStart = start {
                    current = String(paragraph[wordStart..<index])
                    flush()
                    start = nil
                }
                if !isSpace {
                    let mark = String(paragraph[index..<next])
                    items.append(Item(raw: mark, text: mark, folded: mark, isWord: false, possessive: false))
                }
            }
            index = next
        }
        if let wordStart = start { current = String(paragraph[wordStart...]) }
        flush()
        self.items = items
    }

    /// French and Italian articles, prepositions and pronouns that elide before a vowel, folded, without their mark.
    static let elisions: Set<String> = [
        "l", "d", "j", "s", "c", "n", "m", "t", "qu", "jusqu", "lorsqu", "puisqu",
        "dell", "dall", "all", "nell", "sull", "coll", "quell", "un",
    ]

    /// The elided articles among them (`l'`, `dell'`): a name after one is a thing's or a place's.
    static let elidedArticles: Set<String> = ["l'", "dell'", "dall'", "all'", "nell'", "sull'", "coll'"]

    /// `d'Olga` → (`d'`, index of `Olga`): an elided word in lower case (or `L'`) before a capital. A
    /// capital `D'`, `N'` or `Dell'` opens a surname (`D'Alema`, `N'Golo`, `Dell'Utri`) and stays.
    static func splitElision(_ word: String) -> (String, String.Index)? {
        guard let mark = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }), mark > word.startIndex else { return nil }
        let rest = word.index(after: mark)
        guard rest < word.endIndex else { return nil }
        let prefix = String(word[..<mark])
        // At a sentence's start the article is capitalised and the noun after it is not (`L'acteur
        // Jean-Paul Belmondo`, `Dell'attentato`): no name's word either.
        if word[rest].isLowercase, prefix.first?.isUppercase == true, elisions.contains(prefix.lowercased()) {
            return (prefix.lowercased() + "'", rest)
        }
        guard word[rest].isUppercase else { return nil }
        guard prefix == "L" || (prefix.first?.isLowercase == true && elisions.contains(prefix)) else { return nil }
        return (prefix.lowercased() + "'", rest)
    }

    /// Marks that join the parts of a word (`Jean-Noël`, `O'Brien`, `U.S.`).
    private static let joiners: Set<Character> = ["-", "'", "\u{2019}", "."]

    var count: Int { items.count }
    var words: [String] { items.filter(\.isWord).map(\.text) }

    func text(_ index: Int) -> String { items[index].text }
    func folded(_ index: Int) -> String { items[index].folded }
    func isWord(_ index: Int) -> Bool { items[index].isWord }
    func isPossessive(_ index: Int) -> Bool { items[index].possessive }
    func isPunctuation(_ index: Int, _ mark: String) -> Bool { !items[index].isWord && items[index].raw == mark }

    /// Two words next to each other, the first without a possessive ending.
    func adjacent(_ first: Int, _ second: Int) -> Bool {
        second == first + 1 && items[first].isWord && items[second].isWord && !items[first].possessive
    }

    /// The words at `indices`, as written.
    func phrase(_ indices: [Int]) -> String {
        indices.map { items[$0].raw }.joined(separator: " ")
    }

    /// A capitalised word that may be part of a name: not a title, institution, calendar or function word.
    func isNameWord(_ index: Int) -> Bool {
        let item = items[index]
        guard item.isWord, let first = item.text.first else { return false }
        // `al-Assad`, `el-Sisi`, `bin-Salman`: a lower-case particle joined to a capitalised name.
        if first.isLower {
            guard item.text.utf8.contains(UInt8(ascii: "-")) else { return false }
            let parts = item.text.split(separator: "-", maxSplits: 1)
            return parts.count == 2 && ["al", "el", "ad", "as", "ash", "an", "bin", "ben", "abu", "ibn"].contains(String(parts[0]))
                && parts[1].first?.isUppercase == true && parts[1].count >= 3
        }
        guard first.isUpper else { return false }
        // `M. Modi`: in French the honorific, not an initial.
        if abbreviatesMonsieur, item.text == "M." { return false }
        if Self.isDottedInitials(item.text) {
            return index + 1 < items.count && items[index + 1].isWord && items[index + 1].text.first?.isUppercase == true
                && items[index + 1].text.contains(where: \.isLowercase)
        }
        // `JD Vance`: two capitals that are no common acronym, before a name.
        if item.text.count == 2, item.text.allSatisfy(\.isUppercase), !Self.acronyms.contains(item.text),
           index + 1 < items.count, items[index + 1].isWord, items[index + 1].text.first?.isUppercase == true,
           items[index + 1].text.contains(where: \.isLowercase) {
            return true
        }
        guard item.text.count >= 2, item.text.contains(where: \.isLower), !item.text.contains(Character(".")) else { return false }
        // No word of a person's name holds a digit (`Chandrayaan-3`, `Luna-25`, `Covid-19` are things').
        if item.text.contains(where: \.isNumber) { return false }
        let folded = item.folded
        // Nor is an age spelt out (`Fifty-three-year-old Moïse`).
        if PersonFinder.isAgeWord(folded) { return false }
        // Nor a place or a name made an adjective by a participle (`Larkhall-born`, `Leverkusen-based`,
        // `Neymar-inspired`, `Kremlin-backed`): it describes the name after it.
        if let hyphen = item.text.lastIndex(of: "-"), case let tail = item.text[item.text.index(after: hyphen)...],
           tail.first?.isLowercase == true, Self.participleSuffixes.contains(String(tail)) || (tail.count >= 5 && tail.hasSuffix("ed")) {
            return false
        }
        // A calendar word is no name on its own (`Monday`, `March`), nor by a number (`May 5`, `Sam. 14`),
        // nor when it is an honorific or a role (`Fr`). A weekday written in full never is.
        if Self.isCalendarWord(folded) {
            if Self.fullWeekdays.contains(folded) || item.raw.hasSuffix(".") || isNumber(index - 1) || isNumber(index + 1) { return false }
            if PersonVocabulary.honorifics.contains(folded) || PersonFinder.isRoleWord(folded) { return false }
            let afterGivenName = isCapitalisedNonCalendar(index - 1, left: true) && isGivenName(items[index - 1].text)
            if DateTextParser.month(folded) != nil {
                // A month: a surname after a given name (`Theresa May`), or itself a given name before a
                // surname (`Jan Lipavský`); `In May Merz said` and `Anfang Mai` name no one.
                return afterGivenName || (isGivenName(folded) && isCapitalisedNonCalendar(index + 1, left: false))
            }
            // A short weekday (`Sam`, `Mo`, `Di`), unless it is a function word of the text's language.
            if functionWords.contains(folded) { return afterGivenName }
            return isCapitalisedNonCalendar(index - 1, left: true) || isCapitalisedNonCalendar(index + 1, left: false)
        }
        // A building's noun opens a place's name, with the name after it (`Castillo de Chapultepec`, `Palazzo
        // Chigi`, `Schloss Bellevue`); after a common given name, or with no name after it, it is a surname
        // (`Pedro Castillo`, `then-President Castillo`).
        if PersonVocabulary.buildingHeads.contains(folded) {
            let afterGivenName = isCapitalisedNonCalendar(index - 1, left: true) && isGivenName(items[index - 1].text)
            let nameAfter = isCapitalisedNonCalendar(index + 1, left: false)
                || (index + 1 < items.count && items[index + 1].isWord && PersonVocabulary.relativeOf.contains(items[index + 1].folded))
            // German writes every noun with a capital (`das Weiße Haus`): there only after a given name.
            return afterGivenName || (!nameAfter && PersonVocabulary.surnameBuildingHeads.contains(folded))
        }
        if PersonVocabulary.commonCapitalised.contains(folded) || PersonVocabulary.notNameWords.contains(folded) { return false }
        // A role word only in lower case, or a title of nobility without `of` after it, is a name's
        // word when capitalised (`Great Britain`, `Isaac Herzog`).
        if PersonVocabulary.lowerCaseRoles.contains(folded) { return true }
        if PersonVocabulary.titlesOfNobility.contains(folded) {
            return !(index + 1 < items.count && items[index + 1].isWord && PersonVocabulary.relativeOf.contains(items[index + 1].folded))
        }
        // A role's word after a common given name, capitalised, is a surname (`Fernando Santos`).
        if PersonFinder.isRoleWord(folded) || PersonVocabulary.honorifics.contains(folded),
           !(isCapitalisedNonCalendar(index - 1, left: true) && isGivenName(items[index - 1].text)) { return false }
        // `Re Carlo III`: a ruler's title that opens a sentence, before a capitalised word, is the title,
        // not the name's first word (inside a name it is one: `Giovanni Battista Re`).
        if PersonVocabulary.singleNameTitles.contains(folded), !["san", "saint", "sankt"].contains(folded),
           isSentenceStart(index) || (index > 0 && ["-", "\u{2013}", "\u{2014}"].contains(items[index - 1].raw)),
           index + 1 < items.count, items[index + 1].isWord, items[index + 1].text.first?.isUppercase == true { return false }
        // A capitalised particle between two words of a name belongs to it, though it is a function
        // word of the text's language: `Jean-Marie Le Pen`, `Lula Da Silva`, `Lana Del Rey`.
        if Self.particles.contains(folded), isInsideName(index) { return true }
        // Function words of the text's own language are caught where they open a sentence; across
        // languages they are names too (Spanish `han` is Korean `Han`).
        if functionWords.contains(folded), opensNameInsideSentence(index) { return true }
        if functionWords.contains(folded) || PersonVocabulary.speechVerbs.contains(folded) { return false }
        return true
    }

    /// A function word written with a capital inside a sentence — after a lower-case word or a comma —
    /// and right before a capitalised word of a name is a given name (`actor Will Smith`, `lachte Will
    /// Smith`, `la chanteuse May Mayer`): no language capitalises its function words there. An article
    /// or a particle is not (`the Rolling Stones`, `von der Leyen`).
    func opensNameInsideSentence(_ index: Int) -> Bool {
        guard index > 0, index + 1 < items.count, functionWords.contains(items[index].folded), !Self.particles.contains(items[index].folded),
              !PersonVocabulary.determiners.contains(items[index].folded), adjacent(index, index + 1) else { return false }
        let previous = items[index - 1]
        guard previous.isWord ? previous.text.first?.isLowercase == true : previous.raw == "," else { return false }
        // After an article or a naming word the capitals are a thing's name (`the Ever Given`, `a ship called Ever Given`).
        if previous.isWord, PersonVocabulary.determiners.contains(previous.folded) || Self.indefiniteArticles.contains(previous.folded)
            || PersonFinder.callingWords.contains(previous.folded) { return false }
        let next = items[index + 1]
        return next.text.first?.isUppercase == true && next.text.contains(where: \.isLowercase) && next.text.count >= 2
            && !functionWords.contains(next.folded) && !Self.isCalendarWord(next.folded)
    }

    /// Whether the word at `index`, not opening a sentence, stands right after a capitalised word that
    /// is no function word and right before a capitalised word of a name.
    private func isInsideName(_ index: Int) -> Bool {
        guard index > 0, index + 1 < items.count, !isSentenceStart(index),
              adjacent(index - 1, index), adjacent(index, index + 1) else { return false }
        func isCapitalisedWord(_ at: Int) -> Bool {
            let text = items[at].text
            return text.first?.isUppercase == true && text.contains(where: \.isLowercase) && !functionWords.contains(items[at].folded)
                && !Self.particles.contains(items[at].folded)
        }
        return isCapitalisedWord(index - 1) && isCapitalisedWord(index + 1)
    }

    private static func isCalendarWord(_ folded: String) -> Bool {
        DateTextParser.month(folded) != nil || PublicationDateFinder.weekdays.contains(folded)
    }

    /// Weekdays written in full, in the languages a site may name.
    private static let fullWeekdays: Set<String> = PublicationDateFinder.weekdays.filter { $0.count >= 5 }

    private func isNumber(_ index: Int) -> Bool {
        items.indices.contains(index) && items[index].isWord && items[index].text.first?.isNumber == true
    }

    /// A word in capitals and lower case that is no calendar word: a neighbour that makes a name of a
    /// month's. One on the left may not be a possessive (`Starmer's June reshuffle`).
    private func isCapitalisedNonCalendar(_ index: Int, left: Bool) -> Bool {
        guard items.indices.contains(index), items[index].isWord, !(left && items[index].possessive) else { return false }
        let text = items[index].text
        return text.first?.isUppercase == true && text.contains(where: \.isLowercase) && !Self.isCalendarWord(items[index].folded)
            && !functionWords.contains(items[index].folded)
    }

    /// Capitalised words after a German article and before no capitalised word (`der Politikneuling,`,
    /// `die Argentinier für`), folded: nouns of the text.
    func nounsAfterArticles() -> [String] {
        var nouns: [String] = []
        for index in items.indices.dropLast() where items[index].isWord && Self.germanArticles.contains(items[index].folded) {
            // `von der Leyen`, `van der Bellen`: after a name's particle the article opens a surname, no noun.
            if index > 0, items[index - 1].isWord, ["von", "van"].contains(items[index - 1].folded) { continue }
            // Up to two adjectives may stand between: `die brasilianische Fußballlegende`, `der 53-jährige Politikneuling`.
            var at = index + 1
            while at < items.count - 1, at - index <= 2, items[at].isWord, items[at].text.first?.isUppercase == false { at += 1 }
            let noun = items[at]
            guard noun.isWord, noun.text.first?.isUppercase == true else { continue }
            let next = at + 1 < items.count ? items[at + 1] : nil
            if let next, next.isWord, next.text.first?.isUppercase == true {
                // Before a name, only a long word that is no given name is sure to be a noun: German
                // compounds (`Fußballlegende Pelé`, `Politikneuling Milei`) are long, first names short.
                guard noun.text.count >= 10, !isGivenName(noun.text) else { continue }
            } else if at != index + 1 {
                continue
            }
            nouns.append(noun.folded)
        }
        return nouns
    }

    private static let germanArticles: Set<String> = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"]

    /// Whether the word at `index` opens a sentence: the paragraph's first, or after `.`, `!`, `?`, `:` or an opening quote.
    func isSentenceStart(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, !items[cursor].isWord, "\"\u{201C}\u{201E}\u{00AB}'(\u{2018}".holds(items[cursor].raw) { cursor -= 1 }
        guard cursor >= 0 else { return true }
        return !items[cursor].isWord && ".!?:;\u{2026}".holds(items[cursor].raw)
    }

    /// Whether the word at `index` opens a quotation: an opening quotation mark right before it. A
    /// straight `"` may close one as well as open it, so only the typographic opening marks count.
    func opensQuotation(_ index: Int) -> Bool {
        index > 0 && !items[index - 1].isWord && "\u{201C}\u{201E}\u{00AB}\u{2018}".holds(items[index - 1].raw)
    }

    /// A particle inside a name: `de`, `van`, `bin`; `der` and `den` only after `von` or `van`
    /// (German nouns are capitalised: `Yoon der Amtsenthebung` is no name).
    func isParticle(_ index: Int) -> Bool {
        // Portuguese `do` in lower case only: a capitalised `Do` is English's verb (`What Should Keir Starmer Do Next?`).
        guard items[index].isWord, Self.particles.contains(items[index].text) || items[index].text == "do" else { return false }
        if ["der", "den"].contains(items[index].text) {
            return index > 0 && ["von", "van"].contains(items[index - 1].folded)
        }
        return true
    }

    /// How many particles (one, or a pair such as `von der`, `de la`) stand after the name word at
    /// `index` before a capitalised word that continues the name; 0 when none. After a name of two
    /// words or more a particle says where someone is from (`Paolo Ruggeri di Milano`), unless the
    /// word before it is a given name (`Ana María de la Cruz`).
    func particlesBeforeName(after index: Int, runStart: Int) -> Int {
        guard index + 2 < items.count, adjacent(index, index + 1), isParticle(index + 1) else { return 0 }
        // Portuguese `do` only inside a name of two words or more: after one capitalised word it is English's
        // verb as often (`Why do Republicans …`).
        if items[index + 1].text == "do", index == runStart { return 0 }
        // A capitalised particle (`Alexander Van der Bellen`) goes on into the surname.
        // So does a Portuguese one (`Edson Arantes do Nascimento`), and `da` after three words of a name
        // (`Diogo José Teixeira da Silva`): after fewer, Italian's `da` is a preposition (`Giorgia Meloni da Roma`),
        // as Spanish `de` is (`Pedro Sánchez de España`).
        if index > runStart, !isGivenName(items[index].text), !Self.particles.contains(items[index].folded),
           !(Self.portugueseParticles.contains(items[index + 1].text) && (items[index + 1].text != "da" || index - runStart >= 2)) { return 0 }
        // A given name and a surname after the particle are a name of their own after a word that is
        // no given name (`in Wien von Niki Lauda`); `Maria de Lourdes Silva` keeps its particle.
        if !isGivenName(items[index].text), index + 3 < items.count, adjacent(index + 1, index + 2), adjacent(index + 2, index + 3),
           isGivenName(items[index + 2].text) || opensNameInsideSentence(index + 2), isNameWord(index + 2), isNameWord(index + 3) {
            return 0
        }
        if adjacent(index + 1, index + 2), isNameWord(index + 2) { return 1 }
        guard index + 3 < items.count, adjacent(index + 1, index + 2), adjacent(index + 2, index + 3),
              Self.particlePairs[items[index + 1].text]?.contains(items[index + 2].text) == true, isNameWord(index + 3) else { return 0 }
        return 2
    }

    /// Two particles that open a surname together: `von der Leyen`, `van den Berg`, `de la Cruz`, `de l'Isle`.
    static let particlePairs: [String: Set<String>] = [
        "von": ["der", "den", "dem"], "van": ["der", "den", "de"], "de": ["la", "las", "los", "le", "l'"],
    ]

    static func isRomanNumeralText(_ text: String) -> Bool {
        (1...5).contains(text.count) && text.allSatisfy { "IVXL".contains($0) }
    }

    func isRomanNumeral(_ index: Int) -> Bool {
        let text = items[index].text
        return items[index].isWord && (1...5).contains(text.count) && text.allSatisfy { "IVXL".contains($0) }
    }

    /// `J.D.`, `J.`, `A.B.C`: capitals each followed by a dot (a Roman numeral before a full stop is not).
    static func isDottedInitials(_ text: String) -> Bool {
        let letters = text.filter { $0 != "." }
        guard (1...3).contains(letters.count), letters.allSatisfy(\.isUppercase), !["US", "UK", "EU", "UN", "DC"].contains(letters) else { return false }
        return text.filter { $0 == "." }.count >= letters.count || (letters.count == 1 && text.hasSuffix("."))
            || (letters.count >= 2 && text.filter { $0 == "." }.count == letters.count - 1 && !text.hasSuffix("."))
    }

    /// `a`, `ein`, `un`, `una`, `une`, `uno`, `eine`: an article before a thing's name.
    static let indefiniteArticles: Set<String> = ["a", "an", "ein", "eine", "einen", "einem", "einer", "un", "una", "une", "uno"]

    static let acronyms: Set<String> = ["US", "UK", "EU", "UN", "AI", "TV", "PM", "MP", "AP", "AU", "IS", "ID", "OK", "DC", "NY", "LA", "GP", "FC", "CO", "NZ", "SA", "UAE"]

    /// Participles and nouns that make a capitalised word before a hyphen an adjective (`Larkhall-born`,
    /// `Leverkusen-based`, `Kremlin-run`, `Soviet-era`); besides them, any participle in `-ed` of five letters or more.
    static let participleSuffixes: Set<String> = ["born", "based", "led", "run", "made", "built", "bred", "grown", "owned", "style", "era", "like", "wide"]

    /// Particles of Portuguese surnames, which no other language uses as a preposition before a name.
    static let portugueseParticles: Set<String> = ["da", "do", "dos"]

    static let particles: Set<String> = ["von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "ben", "al", "ter", "dos", "das", "el", "zu", "d'"]
}
