import SitegenModel

/// Finds the people of a story in its text, with no gazetteer: a run of capitalised words is a
/// person's name when the text treats it as one — a title or role before it (`U.S. Secretary of
/// State Marco Rubio`, `Bundeskanzler Friedrich Merz`), a role in apposition after it (`Kaja
/// Kallas, the EU's foreign policy chief,`), an honorific (`Ms Leavitt`), a verb of saying
/// (`Leavitt said`, `according to Zelensky`, `sagte Merz`), or its surname used on its own
/// elsewhere. Capitalised words that are no one (credits, site sections, organisations, places)
/// have none of that evidence, or the words of a place or an institution.
///
/// Variants merge: a surname alone, accents, transliterations and initials (`NameKey`), and names
/// the site's gazetteer already holds, whose spelling wins.
public struct PersonFinder: Sendable {
    public struct Person: Sendable, Equatable {
        /// The display name: the gazetteer's, or the fullest form the text gives.
        public var name: String
        /// The role the text gives, as written (`White House press secretary`); nil when none.
        public var role: String?
        /// Other spellings the text uses, surname alone excluded.
        public var variants: [String]
        /// Whether the site's gazetteer already knew this person.
        public var known: Bool
    }

    private let known: KnownPeople
    /// The function words of the text's language: never part of a name there (`Die`, `Alle`).
    private let functionWords: Set<String>

    /// Whether the text is German, where every noun is capitalised.
    private let capitalisesNouns: Bool

    /// Whether the text's language puts adjectives after the noun (French, Spanish, Italian, Portuguese,
    /// Catalan, Romanian): `le président sortant`, `el presidente electo`, `il premier uscente`.
    private let adjectivesFollowNouns: Bool

    /// Whether the text is French, where `M.` before a name is `Monsieur`.
    private let abbreviatesMonsieur: Bool

    public init(known: [Gazetteer.Entry] = [], language: String? = "en") {
        self.init(known: KnownPeople(known), language: language)
    }

    /// Whether the language makes verbs in `-ing` (English), which open sentences in capitals.
    private let writesGerunds: Bool

    public init(known: KnownPeople, language: String? = "en") {
        self.known = known
        functionWords = Stopwords.words(for: language)
        capitalisesNouns = language == "de"
        let code = Stopwords.code(of: language)
        adjectivesFollowNouns = ["fr", "es", "it", "pt", "ca", "ro"].contains(code)
        abbreviatesMonsieur = code == "fr"
        writesGerunds = code == "en"
    }

    /// What the whole text says of single words, for judging each name in it.
    struct TextFacts: Sendable {
        /// Words the text also writes in lower case (`Election`): common words, not names.
        var lowerCase: Set<String> = []
        /// In German, capitalised words the text writes after an article and before no name
        /// (`der Politikneuling,`): nouns, which a name does not open or close.
        var nouns: Set<String> = []
        /// Capitalised words of the text, folded: `Argentiniens` is a genitive when `Argentinien` stands too.
        var capitalised: Set<String> = []
    }

    /// `titleFromAddress`: the title was rebuilt from the page's address, so the case of its words is
    /// the slug's guess, not the text's (`Kobe bryant’s daughter …`): no word of it counts as written
    /// in lower case.
    public func people(title: String, paragraphs: [String], titleFromAddress: Bool = false) -> [Person] {
        let texts = [title] + paragraphs
        let functionWords = self.functionWords
        let abbreviatesMonsieur = self.abbreviatesMonsieur
        let tokenised = ParallelMap.map(texts) { NameTokens($0, functionWords: functionWords, abbreviatesMonsieur: abbreviatesMonsieur) }
        var facts = TextFacts()
        // Each paragraph's words by case, found on all cores, then gathered.
        let capitalisesNouns = self.capitalisesNouns
        let wordsByCase = ParallelMap.map(tokenised) { tokens in
            let words = tokens.words
            return (lower: words.filter { $0.first?.isLowercase == true }.map(\.folded),
                    upper: capitalisesNouns ? words.filter { $0.first?.isUppercase == true }.map(\.folded) : [],
                    nouns: capitalisesNouns ? tokens.nounsAfterArticles().map(Self.sharpS) : [])
        }
        for (index, paragraph) in wordsByCase.enumerated() {
            if index > 0 || !titleFromAddress { facts.lowerCase.formUnion(paragraph.lower) }
            facts.capitalised.formUnion(paragraph.upper)
            facts.nouns.formUnion(paragraph.nouns)
        }
        let textFacts = facts
        // Given names that are also words (`Gene`, `Rose`) are names in a text that never writes them as words.
        let acceptedGivenNames = GivenNames.ambiguous(acceptedBy: facts.lowerCase, nouns: facts.nouns)
        var found = ParallelMap.map(Array(tokenised.indices)) { paragraph in
            var tokens = tokenised[paragraph]
            tokens.acceptedGivenNames = acceptedGivenNames
            var found = self.mentions(in: tokens, paragraph: paragraph, facts: textFacts)
            // In a line in title case every word is capitalised: its runs say nothing by themselves.
            if !texts[paragraph].endsWithSentencePunctuation, Self.isTitleCase(tokens.words) {
                for index in found.indices {
                    found[index].evidence = 0
                    found[index].presented = false
                    found[index].titledBefore = false
                }
            }
            return found
        }
        // A title rebuilt from the address lost its punctuation: a run of three capitalised words or more in
        // it that the text never writes together (`Salah Origi Tottenham` from `salah-origi-tottenham-…`,
        // the text writing `Salah` and `Origi` apart) is names run together, no one's name.
        if titleFromAddress, !found.isEmpty {
            let kept = found[0].indices.filter { index in
                let words = found[0][index].words
                return words.count < 3 || paragraphs.contains { $0.contains(words.joined(separator: " ")) }
            }
            if kept.count < found[0].count {
                // Joined names keep pointing at the same mentions, or at none when those went.
                let position = Dictionary(uniqueKeysWithValues: kept.enumerated().map { (offset, index) in (index, offset) })
                found[0] = kept.map { index in
                    var mention = found[0][index]
                    mention.coordinated = mention.coordinated.flatMap { position[$0] }
                    mention.aliasOf = mention.aliasOf.flatMap { position[$0] }
                    return mention
                }
            }
        }
        // `coordinated` indexes a paragraph's own mentions: made an index into all of them.
        var all: [NameMention] = []
        for paragraph in found {
            let base = all.count
            all += paragraph.map { mention in
                var mention = mention
                mention.coordinated = mention.coordinated.map { $0 + base }
                mention.aliasOf = mention.aliasOf.map { $0 + base }
                return mention
            }
        }
        return decide(all, acceptedGivenNames: acceptedGivenNames)
    }

    // MARK: Mentions

    struct NameMention {
        var words: [String]
        var paragraph: Int
        var evidence: Int
        var placeEvidence: Int
        var role: String?
        /// Whether the text has the name speak (`Leavitt said`): such a person is a main one.
        var speaks = false
        /// Whether a role, an honorific or an age stands with the name: a person the text presents.
        var presented = false
        /// Whether a title or an honorific stands right before the name (`Bundeskanzler Merz`).
        var titledBefore = false
        /// Whether `Sir` or `Dame` stands right before it: then a first name alone is usual (`Sir Keir`).
        var knighted = false
        /// Whether it opens with a common given name.
        var givenName = false
        /// The index, among the paragraph's mentions, of a name joined to this one by `and`.
        var coordinated: Int?
        /// The index, among the paragraph's mentions, of the name this one is the other name of
        /// (`Diogo José Teixeira da Silva, conocido como Diogo Jota`): one person, known by this one.
        var aliasOf: Int?
        /// The first name of a sentence that gives an age (`X, …, dies aged 82`, `È morto, all'età di 82 anni, X`).
        var aged = false
        /// Whether a personal pronoun follows in the sentence (`… where he will`).
        var pronounAfter = false
        /// The token index of the name's first word in its paragraph, and of its last.
        var start = 0
        var end = 0
        /// Whether the name stands in a list of three names or more (`including Ernest Hemingway,
        /// Jean-Paul Sartre and Bob Dylan`): named there in passing.
        var listed = false
        /// Whether the name's first word opens a sentence (a headline's verb may stand there: `Muere Mijaíl Gorbachov`).
        var opensSentence = false
        /// Whether the name follows a word of comparison (`the first since Serena Williams`): a measure
        /// for the story's people, not one of them.
        var compared = false
        /// Whether the name is a reporter's, credited for the story (`as reported by Jon Gambrell`,
        /// `ITV News' Emma Murphy reports from Turkey`): no one the story is about.
        var reporter = false
        /// Whether the text speaks of the name's relatives (`las hijas de Kobe`, `Bryant e sua moglie`).
        var hasRelatives = false
        /// Right after an article or a possessive (`die Konsequenzen`, `seinen Rücktritt`): in German, a noun's place.
        var followsDeterminer = false
        /// The part of `placeEvidence` that the word right before the run gives (`in Sarajevo …`, `the …`): it
        /// speaks of the run's first word, and goes with it when that word proves to be no word of the name.
        var governedEvidence = 0
        /// Whether a preposition in lower case stands right before the run (`in`, `nach`, Romance `a`, `à`).
        var afterPreposition = false
        var name: String { words.joined(separator: " ") }
        var surnameKey: String { NameKey.of(words.last ?? "") }
        var firstKey: String { NameKey.of(words.first ?? "") }
    }

    private func mentions(in tokens: NameTokens, paragraph: Int, facts: TextFacts) -> [NameMention] {
        let lowerCase = facts.lowerCase
        var result: [NameMention] = []
        var index = 0
        var previousEnd = -10
        while index < tokens.count {
            guard tokens.isNameWord(index) else { index += 1; continue }
            var end = index
            var firstParticle: Int?
            // A regnal number ends a name (`Mohamed VI de Marruecos`, `Carlos III of Britain`).
            // Particles continue a name (`Guido van Rossum`, `Ursula von der Leyen`, `Margot de la Serre`).
            while end + 1 < tokens.count, !(end > index && tokens.isRomanNumeral(end)), tokens.adjacent(end, end + 1) {
                if tokens.isNameWord(end + 1) || tokens.isRomanNumeral(end + 1) {
                    end += 1
                    continue
                }
                let particles = tokens.particlesBeforeName(after: end, runStart: index)
                guard particles > 0 else { break }
                if firstParticle == nil { firstParticle = end + 1 }
                end += particles + 1
            }
            // `Camilla da Buckingham Palace`, `Anna von der Charité Klinik`: after the particle stands a
            // place's name, and the particle is a preposition (`from`): the name ends before it.
            // So too when a club's name follows the particle (`Wechsel von Mbappé zu Real Madrid`).
            if let particle = firstParticle, end + 1 < tokens.count, tokens.isWord(end + 1),
               Self.placeNouns.contains(tokens.folded(end + 1)) {
                end = particle - 1
            } else if let particle = firstParticle, particle + 1 <= end, tokens.isWord(particle + 1),
                      PersonVocabulary.clubPrefixes.contains(tokens.folded(particle + 1)) {
                end = particle - 1
            }
            var start = index
            // `Pisa da Fulvio Ricci`: a given name right after the particle, and none before it. What stands
            // before is a place or a thing, the particle a preposition (`from`, `by`), and the name opens after it.
            if let particle = firstParticle, particle > index, particle + 1 <= end, tokens.isWord(particle + 1),
               tokens.isGivenName(tokens.folded(particle + 1)), (index..<particle).allSatisfy({ !tokens.isGivenName(tokens.folded($0)) }) {
                start = particle + 1
            }
            // A sentence may open with an ordinary word in capitals: drop it if the text also writes it
            // in lower case (`Win` in `Win Lwin, a tea shop owner,` is a name: it is not at a sentence start… unless it is).
            // So is an organisation's noun (`Automaker Nissan on Monday accused …`), which then says what the name is.
            if tokens.isSentenceStart(start) {
                while start < end, lowerCase.contains(tokens.folded(start)) || PersonVocabulary.organisationNouns.contains(tokens.folded(start)),
                      !(end - start == 1 && roleAfter(tokens, end) != nil) { start += 1 }
                if start == end, lowerCase.contains(tokens.folded(start)) { index = end + 1; continue }
            }
            // An English verb in `-ing` opening a sentence or a quotation (`“Entering Twitter HQ – let that
            // sink in!”`) is capitalised for its place, not for a name: it is dropped unless it is a given name.
            if writesGerunds, start < end, tokens.isSentenceStart(start) || tokens.opensQuotation(start),
               tokens.folded(start).count >= 6, tokens.folded(start).hasSuffix("ing"), !tokens.isGivenName(tokens.folded(start)) {
                start += 1
            }
            // A nationality before the name (`American-Israeli Keith Siegel`) is no part of it, but says
            // a person follows; so does a lower-case one (`el venezolano Edgar Peña Parra`).
            var nationality = start > 0 && tokens.isWord(start - 1) && tokens.text(start - 1).first?.isLowercase == true
                && Self.isDemonym(tokens.folded(start - 1)) && start >= 2 && tokens.isWord(start - 2)
                && PersonVocabulary.determiners.union(["a", "an", "un", "una", "ein", "eine"]).contains(tokens.folded(start - 2))
            // `Pro-West Nicusor Dan`, `Ex-Chancellor …`: a prefixed word is a description.
            while end > start, let prefix = tokens.text(start).split(separator: "-").first,
                  ["pro", "anti", "ex", "non", "post", "pre"].contains(prefix.lowercased()), tokens.text(start).contains(Character("-")) {
                start += 1
            }
            // … but after an article or inside a longer capitalised phrase (`the Iranian Red Crescent`,
            // `North American Soccer League`) the nationality opens an organisation's name.
            var demonymInPhrase = false
            if end - start >= 2, Self.isDemonym(tokens.text(start)) {
                demonymInPhrase = start > 0 && tokens.isWord(start - 1) && !tokens.isPossessive(start - 1)
                    && (PersonVocabulary.determiners.contains(tokens.folded(start - 1))
                        || (tokens.text(start - 1).first?.isUppercase == true && !tokens.isSentenceStart(start - 1)))
                start += 1
                if !demonymInPhrase { nationality = true }
            }
            // A German noun opens no name (`Politikneuling Milei`: a description, then the name) and
            // closes none (`Millionen Argentinier`).
            var describedBefore = false
            // An institution's noun stays: it makes the run the institution's (`Katastrophenschutzbehörde Afad`).
            while start < end, facts.nouns.contains(Self.sharpS(tokens.folded(start))),
                  !Self.institutionEndings.contains(where: { tokens.folded(start).hasSuffix($0) }) {
                start += 1
                describedBefore = true
            }
            // So does one that is no given name before a full name that opens with one (`Killer-Cop Derek
            // Chauvin`, `Aktivist Charlie Kirk`): German writes its descriptions in capitals.
            // In any language, a place's name after a preposition runs into the name after it (`nella sua
            // casa di Parigi Jane Birkin`): a word that is no given name, no title and no particle, after
            // `in`, `di`, `de`, before a full name that opens with a given name, is no part of it.
            let afterPreposition = start > 0 && tokens.isWord(start - 1) && tokens.text(start - 1).first?.isLowercase == true
                && (PersonVocabulary.placePrepositions.contains(tokens.folded(start - 1)) || ["di", "de", "da"].contains(tokens.folded(start - 1)))
                && !Self.isRoleWord(tokens.folded(start)) && !PersonVocabulary.honorifics.contains(tokens.folded(start))
                && !PersonVocabulary.singleNameTitles.contains(tokens.folded(start))
            // German may put two such words before it (`Verstappens Rivale Lewis Hamilton`: a genitive, then a noun).
            if capitalisesNouns || afterPreposition, end - start >= 2, !tokens.isParticle(start), !tokens.isGivenName(tokens.folded(start)),
               !["abu", "umm", "bin", "ibn"].contains(tokens.folded(start)),
               let given = ((start + 1)...min(start + (capitalisesNouns ? 2 : 1), end - 1)).first(where: { tokens.isGivenName(tokens.folded($0)) }),
               ((start + 1)..<given).allSatisfy({ !tokens.isGivenName(tokens.folded($0)) && !tokens.isParticle($0) && !["abu", "umm", "bin", "ibn"].contains(tokens.folded($0)) }) {
                start = given
                describedBefore = true
            }
            if end > start, facts.nouns.contains(Self.sharpS(tokens.folded(end))) { index = end + 1; continue }
            // What is left after a description opens with a particle (`Copa Mundial | de Fútbol de Qatar`):
            // it says of where or what the description is, and names no one.
            if start > index, start <= end, tokens.isParticle(start), !tokens.isNameWord(start) { index = end + 1; continue }
            // `El presidente de Credit Suisse Axel Lehmann`: after a role and `of`, what the role is of and
            // then its holder, with no comma between; the holder's name opens with a common given name.
            if end - start >= 2, start >= 2, tokens.isWord(start - 1), tokens.isWord(start - 2),
               PersonVocabulary.relativeOf.contains(tokens.folded(start - 1)), Self.isRoleWord(tokens.folded(start - 2)),
               let holder = ((start + 1)..<end).first(where: { tokens.isGivenName(tokens.text($0)) && !tokens.isGivenName(tokens.text(start)) }) {
                start = holder
            }
            // A count before it (`36 Millionen`, `100 Menschen`) makes a quantity of things, not a name;
            // a year (`In 2019 Boris Johnson …`) does not.
            if start > 0, Self.isCount(tokens.text(start - 1)) { index = end + 1; continue }
            // `Imprisoned Iranian activist Narges Mohammadi`: a run that ends in a nationality right before
            // a role or a person's noun describes the person who follows; it names no one. Nor does an
            // adjective that opens a sentence before a nationality (`Multiple French media outlets`,
            // `Iconic French singer`); `Dawn French said` is a person's.
            if end + 1 < tokens.count, tokens.isWord(end + 1), tokens.text(end + 1).first?.isLowercase == true,
               (Self.isDemonym(tokens.text(end))
                   && (Self.isRoleWord(tokens.folded(end + 1)) || PersonVocabulary.personNouns.contains(tokens.folded(end + 1))))
                || (end == start + 1 && tokens.isSentenceStart(start) && PersonVocabulary.adjectivesBeforeNationality.contains(tokens.folded(start))
                    && Self.isPlainDemonym(tokens.folded(end))) {
                index = end + 1
                continue
            }
            let words = (start...end).map { tokens.text($0) }
            // One capitalised word the text also writes in lower case is a common noun (`Election`).
            if words.count == 1, lowerCase.contains(tokens.folded(start)) { index = end + 1; continue }
            var mention = NameMention(words: words, paragraph: paragraph, evidence: 0, placeEvidence: 0, role: nil)
            mention.opensSentence = tokens.isSentenceStart(start)
            if demonymInPhrase { mention.placeEvidence += 2 }
            weigh(&mention, tokens, start, end)
            if describedBefore { mention.titledBefore = true }
            // `Stadium Australia`, `all'ospedale Albert Einstein`, `the Albert Einstein hospital`, `her
            // Instagram account`: a place's or an institution's noun right before or after a run makes the
            // run that place's name, or a thing's.
            if start > 0, tokens.isWord(start - 1), Self.placeNouns.contains(Self.elided(tokens.text(start - 1))) {
                mention.placeEvidence += 2
            }
            // `hurricane Irma` in a title rebuilt from its slug, `l'uragano Irma`: a storm's name, whatever the noun's case.
            if start > 0, tokens.isWord(start - 1), PersonVocabulary.stormNouns.contains(Self.elided(tokens.text(start - 1))) {
                mention.placeEvidence += 3
            }
            if end + 1 < tokens.count, tokens.isWord(end + 1), !tokens.isPossessive(end), let after = Optional(tokens.folded(end + 1)),
               Self.placeNouns.contains(after) || (tokens.text(end + 1).first?.isLowercase == true && Self.thingNouns.contains(after))
                || (tokens.text(end + 1).first?.isUppercase == true && PersonVocabulary.buildingNouns.contains(after)
                    && !(end + 2 < tokens.count && tokens.isWord(end + 2) && tokens.text(end + 2).first?.isUppercase == true)) {
                mention.placeEvidence += 2
            }
            // `Kuomintang (KMT)`, `Taiwan People's Party (TPP)`: a name followed by its own initials is an
            // organisation's; a party after a person's name (`Olaf Scholz (SPD)`) is not its initials.
            if end + 3 < tokens.count, tokens.isPunctuation(end + 1, "("), Self.isAcronym(tokens.text(end + 2)), tokens.isPunctuation(end + 3, ")"),
               tokens.text(end + 2).first == words.first?.first {
                mention.placeEvidence += 3
            }
            // `Katastrophenschutzbehörde Afad`: an institution's noun before a name makes it the institution's.
            if words.count >= 2, let first = words.first?.folded,
               Self.institutionEndings.contains(where: { first.hasSuffix($0) && first.count > $0.count + 2 }) {
                mention.placeEvidence += 3
            }
            // `Präsident Argentiniens`: in German a genitive after a title names a country, not a person.
            if capitalisesNouns, words.count == 1, let word = words.first?.folded, word.hasSuffix("s"), facts.capitalised.contains(String(word.dropLast())) {
                index = end + 1
                continue
            }
            // A name that ends like an institution's (`Deutschen Bischofskonferenz`) is none.
            if let last = words.last?.folded, words.count >= 2, Self.institutionEndings.contains(where: { last.hasSuffix($0) }) {
                mention.placeEvidence += 3
            }
            // `… di San Paolo`, `… de São Paulo`, `… de Saint-Denis`: a joining word before a saint's name
            // is a place's name, and the run an institution's there (`Ospedale Albert Einstein di San Paolo`).
            if let particle = (start..<end).first(where: { tokens.isParticle($0) && !tokens.isNameWord($0) }), particle + 1 <= end,
               let next = Optional(tokens.folded(particle + 1)),
               Self.saintWords.contains(next) || Self.saintWords.contains(where: { next.hasPrefix($0 + "-") }) {
                mention.placeEvidence += 3
            }
            // `… Ortega de São Bento`: a saint's name right after a particle that did not join it to the
            // name before is a place's.
            if start > 0, tokens.isParticle(start - 1), let first = words.first?.folded,
               Self.saintWords.contains(first) || Self.saintWords.contains(where: { first.hasPrefix($0 + "-") }) {
                mention.placeEvidence += 3
            }
            // `Los Angeles`, `La Defense Arena`, `El Paso`: a name that opens with an article is a place's or a thing's.
            if let first = words.first, PersonVocabulary.determiners.contains(first.folded) || ["los", "las", "les", "il"].contains(first.folded) {
                mention.placeEvidence += 3
            }
            // A common given name first (`Emmanuel Macron`): likely a person, if something else agrees.
            // So is a function word written with a capital inside a sentence before the name (`lachte Will Smith`).
            if words.count >= 2, tokens.isGivenName(words[0]) || tokens.opensNameInsideSentence(start) { mention.givenName = true }
            // A last word the text also writes in lower case (`Nuclear Weapons`, `Eucharistic
            // Celebration`) is a common noun: the name is a thing's, unless a given name opens it and
            // only the surname follows (a thing named after a person, `James Webb Space Telescope`
            // beside `the telescope`, is a thing).
            if words.count >= 2, !mention.givenName || words.count >= 3, !capitalisesNouns, let last = words.last, last.first?.isUppercase == true,
               !last.contains(Character("-")), lowerCase.contains(tokens.folded(end)) {
                mention.placeEvidence += 2
            }
            if nationality, words.count >= 2 || describedBefore {
                mention.evidence += 2
                mention.presented = true
            }
            if start - previousEnd == 2, let last = result.indices.last, Self.conjunctions.contains(tokens.folded(start - 1)) {
                mention.coordinated = last
                result[last].coordinated = result.count
            }
            if let last = result.indices.last, result[last].words.count >= 2, Self.introducesOtherName(tokens, from: previousEnd + 1, to: start) {
                mention.aliasOf = last
            }
            mention.reporter = Self.creditsAReporter(tokens, start, end)
            mention.compared = start > 0 && tokens.isWord(start - 1) && PersonVocabulary.comparisonWords.contains(tokens.folded(start - 1))
            mention.start = start
            mention.end = end
            result.append(mention)
            previousEnd = end
            index = end + 1
        }
        // An age belongs to a person: a name alone that opens a sentence giving one is likely its subject
        // (weighed only for a name known by one word: see `decide`).
        // A pronoun later in a sentence speaks of its subject, the sentence's first name, not of the last
        // name before it (`Franz Beckenbauer made 424 appearances for Bayern Munich … for his country`).
        // The sentences' ends are found once: a paragraph without full stops (a list of names) would
        // otherwise be walked whole for every name in it.
        let ends = (0..<tokens.count).filter { at in [".", "!", "?"].contains { tokens.isPunctuation(at, $0) } }
        var nextEnd = 0
        var sentenceOfLast = -1
        for position in result.indices {
            // Mentions come in text order: the sentence's end is the first end at or after the start.
            let start = result[position].start
            while nextEnd < ends.count, ends[nextEnd] < start { nextEnd += 1 }
            let sentence = (nextEnd > 0 ? ends[nextEnd - 1] + 1 : 0)..<(nextEnd < ends.count ? ends[nextEnd] : tokens.count)
            guard sentence.lowerBound != sentenceOfLast else { continue }
            sentenceOfLast = sentence.lowerBound
            if result[position].pronounAfter { result[position].evidence += 1 }
            // Not when the word describes a full name with a common given name a few words after it (`French
            // film legend Alain Delon has died …, aged 88`); a name further on (`Pelé has died aged 82, his
            // agent Joe Fraga said`) or a place's (`in Sao Paulo`) does not count.
            let mentionEnd = result[position].end
            let fullNameFollows = result[(position + 1)...].prefix { $0.start <= mentionEnd + 4 && $0.start < sentence.upperBound }
                .contains { $0.words.count >= 2 && $0.givenName }
            if result[position].words.count == 1, !fullNameFollows, Self.givesAnAge(tokens, in: sentence) { result[position].aged = true }
            // A full name that opens its sentence, with the age the sentence gives after it and no other
            // name between (`Raffaella Carrà, tra i volti più celebri …, è morta … all'età di 78 anni`):
            // an age is a person's, whatever the given name. (`Formula One legend Niki Lauda has died
            // aged 70`: the age is the nearer name's.)
            if result[position].words.count >= 2, start - sentence.lowerBound <= 6,
               let age = Self.ageAfter(tokens, from: mentionEnd + 1, in: sentence),
               !result[(position + 1)...].prefix(while: { $0.start < age }).contains(where: { $0.words.count >= 2 }) {
                result[position].evidence += 2
            }
        }
        // Names one after another with only commas, `and` and their descriptions between them
        // (`…, former British Prime Minister Winston Churchill, and US musician Bob Dylan`): a list.
        var run: [Int] = []
        func closeRun() {
            if run.count >= 3 { for position in run { result[position].listed = true } }
        }
        // A capitalised word of a description (`British` in `British Prime Minister`) is part of the joint.
        // A word alone after an article or a preposition (`der Schweiz`, `zum Tragen`: German capitalises
        // its nouns) is a thing's or a place's, no name of a list.
        let names = result.indices.filter { position in
            let after = result[position].end + 1
            if result[position].words.count == 1, result[position].placeEvidence > 0 { return false }
            return !(result[position].words.count == 1 && after < tokens.count && tokens.isWord(after)
                     && (Self.isRoleWord(tokens.folded(after)) || PersonVocabulary.commonCapitalised.contains(tokens.folded(after))))
        }
        for position in names {
            if let last = run.last, Self.isListGap(tokens, result[last].end + 1, result[position].start) {
                run.append(position)
            } else {
                closeRun()
                run = [position]
            }
        }
        closeRun()
        return result
    }

    /// Whether the tokens between two names are a list's joint: a comma, then at most a conjunction
    /// and a few words that describe the next name (`, and US musician`), none of them a verb's
    /// sentence (no other punctuation).
    static func isListGap(_ tokens: NameTokens, _ from: Int, _ to: Int) -> Bool {
        guard from < to, to - from <= 7, tokens.isPunctuation(from, ",") else { return false }
        // A description that ends with a role right before the name may hold any words (`former
        // British Prime Minister`).
        let describes = to - 1 > from && tokens.isWord(to - 1) && (isRoleWord(tokens.folded(to - 1)) || PersonVocabulary.commonCapitalised.contains(tokens.folded(to - 1)))
        return (from + 1..<to).allSatisfy { at in
            guard tokens.isWord(at) else { return false }
            if describes { return true }
            let word = tokens.folded(at)
            return conjunctions.contains(word) || tokens.text(at).first?.isLowercase == true || isRoleWord(word) || isDemonym(word)
                || PersonVocabulary.commonCapitalised.contains(word) || word.count <= 3
        }
    }

    /// The index of the word that gives an age after `from` in the sentence (`aged 82`, `all'età di 82
    /// anni`, `im Alter von 82 Jahren`, `a la edad de 82`, `à l'âge de 82`), or nil. Not `20-year-old`,
    /// which describes the noun after it (`the 20-year-old Manchester United striker`).
    static func ageAfter(_ tokens: NameTokens, from: Int, in sentence: Range<Int>) -> Int? {
        guard from < sentence.upperBound else { return nil }
        for index in max(from, sentence.lowerBound)..<sentence.upperBound where tokens.isWord(index) {
            let (word, elision) = wordAfterElision(tokens, index)
            guard word.utf8.count <= 5, ["aged", "eta", "alter", "edad", "age"].contains(word) else { continue }
            // `l'âge de 82`; in English `at the age of 82` (not `Stone Age`).
            if word == "age", !elision, !(index > 0 && tokens.folded(index - 1) == "the") { continue }
            for next in (index + 1)..<min(index + 3, sentence.upperBound) where tokens.isWord(next) {
                let text = tokens.text(next)
                if text.allSatisfy(\.isNumber), let years = Int(text), (1...120).contains(years) { return index }
            }
        }
        return nil
    }

    /// The token's folded word after an elided article (`all'eta`, `l'age`), read from the tokens'
    /// own folded forms; and whether there was one.
    private static func wordAfterElision(_ tokens: NameTokens, _ index: Int) -> (String, Bool) {
        let folded = tokens.folded(index)
        let elision = folded.utf8.contains { $0 == 0x27 || $0 == 0xE2 }
        return (elision ? elided(folded) : folded, elision)
    }

    /// `aged 82`, `all'età di 82 anni`, `im Alter von 82 Jahren`, `a la edad de 82`, `à l'âge de 82`, `20-year-old`.
    static func givesAnAge(_ tokens: NameTokens, in sentence: Range<Int>) -> Bool {
        sentence.contains { tokens.isWord($0) && isAgeWord(wordAfterElision(tokens, $0).0) }
            || ageAfter(tokens, from: sentence.lowerBound, in: sentence) != nil
    }

    /// What the words around a name say of it: a role, an honorific, speech, a pronoun after it make
    /// it a person's; a determiner, an organisation's noun or a place's preposition make it not.
    private func weigh(_ mention: inout NameMention, _ tokens: NameTokens, _ start: Int, _ end: Int) {
        let wrapped = start > 0 && (tokens.isPunctuation(start - 1, ",") || tokens.isPunctuation(start - 1, "(")
            || tokens.isPunctuation(start - 1, "-") || tokens.isPunctuation(start - 1, "\u{2013}") || tokens.isPunctuation(start - 1, "\u{2014}"))
        if let role = roleBefore(tokens, start) ?? (wrapped ? roleBefore(tokens, start - 1) ?? roleInClauseBefore(tokens, start - 1) : nil) {
            mention.evidence += 2
            // A one-name title (`Pope`, `King`) presents someone, but names them in passing too.
            let oneNameTitle = start > 0 && PersonVocabulary.singleNameTitles.contains(tokens.folded(start - 1))
            mention.presented = !oneNameTitle
            // A name alone is a person's only with its title right before it (`Bundeskanzler Merz`).
            mention.knighted = start > 0 && ["sir", "dame"].contains(tokens.folded(start - 1))
            mention.titledBefore = start > 0 && tokens.isWord(start - 1) && (Self.isRoleWord(tokens.folded(start - 1))
                || PersonVocabulary.honorifics.contains(tokens.folded(start - 1)))
            // A word of praise (`l'icône Twitter`, `la leggenda Maradona`) describes a person named in full, or
            // known by one name for other reasons; alone it is no title that makes a word a name (a logo, a brand).
            if mention.words.count == 1, start > 0, PersonVocabulary.lowerCaseRoles.contains(tokens.folded(start - 1)) { mention.titledBefore = false }
            // A plural title before one word names a group (`beating hosts France`, `holders Madrid`), no one.
            if mention.words.count == 1, start > 0, Self.isPluralRoleWord(tokens.folded(start - 1)) { mention.titledBefore = false }
            // Romance languages put the nationality after the title: `il presidente iraniano Raisi`,
            // `le ministre malien Diop`; the title still stands right before the name.
            if !mention.titledBefore, start > 1, tokens.isWord(start - 1), tokens.isWord(start - 2),
               tokens.text(start - 1).first?.isLowercase == true, Self.isDemonym(tokens.folded(start - 1)),
               Self.isRoleWord(tokens.folded(start - 2)) {
                mention.titledBefore = true
            }
            if mention.words.count == 1, !mention.titledBefore {
                mention.evidence -= 2
                mention.presented = false
            }
            if !role.isEmpty, mention.evidence > 0 { mention.role = role }
            if mention.words.count == 1, start > 0, PersonVocabulary.singleNameTitles.contains(tokens.folded(start - 1)) {
                // The title as a name's first word is capitalised (`la regina Camilla` → `Regina Camilla`).
                let title = tokens.text(start - 1)
                mention.words = [title.prefix(1).uppercased() + title.dropFirst()] + mention.words
            }
        }
        if let role = roleAfter(tokens, end) ?? roleAs(tokens, end) {
            mention.evidence += 2
            mention.presented = true
            if mention.role == nil, !role.isEmpty { mention.role = role }
        }
        // `his daughter Kely Nascimento`, `la figlia …`: a relative's noun right before a full name.
        if mention.words.count >= 2, start > 0, tokens.isWord(start - 1), tokens.text(start - 1).first?.isLowercase == true,
           PersonVocabulary.kinNouns.contains(tokens.folded(start - 1)) {
            mention.evidence += 2
            mention.presented = true
        }
        // Someone's own relatives: `Kobe Bryant and his 13-year-old daughter`, `Bryant’s wife`, `Bryant e
        // sua moglie`, `la figlia di Kobe Bryant`: whoever has a family is a person.
        // (Not after `in`: `in Sao Paulo and his daughter` is where the daughter is.)
        if Self.namesRelative(tokens, start, end), !(start > 0 && tokens.isWord(start - 1) && PersonVocabulary.placePrepositions.contains(tokens.folded(start - 1))) {
            mention.evidence += 2
            mention.hasRelatives = true
        }
        // `20-year-old Thomas Matthew Crooks`, `der 53-jährige Milei`: an age before a name presents a person.
        if start > 0, tokens.isWord(start - 1), Self.isAgeWord(tokens.folded(start - 1)) {
            mention.evidence += 2
            mention.presented = true
        }
        // `named by German media as Taleb al-Abdulmohsen`, `identificado como …`: a name given to someone.
        if start > 1, tokens.isWord(start - 1), ["as", "como", "comme", "come", "als"].contains(tokens.folded(start - 1)),
           (max(0, start - 7)..<(start - 1)).contains(where: { tokens.isWord($0) && Self.namingVerbs.contains(tokens.folded($0)) }) {
            mention.evidence += 2
            mention.presented = true
        }
        // `a 28-year-old Australian called Brenton Tarrant`, `un hombre llamado …`: a person's noun, an
        // age or a nationality shortly before `called` or `named` makes the full name after it a person's
        // (`a ship called Ever Given` is none).
        if mention.words.count >= 2, start > 1, tokens.isWord(start - 1), Self.callingWords.contains(tokens.folded(start - 1)),
           (max(0, start - 5)..<(start - 1)).contains(where: { at in
               tokens.isWord(at) && (PersonVocabulary.personNouns.contains(tokens.folded(at)) || Self.isAgeWord(tokens.folded(at))
                   || Self.isDemonym(tokens.text(at)))
           }) {
            mention.evidence += 2
            mention.presented = true
        }
        let speech = speaks(tokens, start, end)
        if speech >= 2 { mention.speaks = true }
        mention.evidence += speech
        if pronounFollows(tokens, end) { mention.pronounAfter = true }
        // `Toni Kroos, quien disputó`, `Toni Kroos, who …`: a relative pronoun for people. English has
        // teams and bodies take `who` too (`Real Madrid, who went through`): there, only after a name that
        // opens with a common given name. A little evidence only.
        if end + 2 < tokens.count, tokens.isPunctuation(end + 1, ","), tokens.isWord(end + 2) {
            let relative = tokens.folded(end + 2)
            if ["quien", "quienes"].contains(relative)
                || (["who", "whom", "whose"].contains(relative) && mention.words.count >= 2 && tokens.isGivenName(mention.words[0])) {
                mention.evidence += 1
            }
        }
        if mention.words.count >= 2, PersonVocabulary.clubPrefixes.contains(mention.words[0].folded) { mention.placeEvidence += 2 }
        // `German gunman kills 6`, `a 35-year-old German man`: a nationality before a noun in lower case is an
        // adjective, nobody's name (a name of that shape, `Damian`, only before a person's noun).
        if mention.words.count == 1, end + 1 < tokens.count, tokens.isWord(end + 1), tokens.text(end + 1).first?.isLowercase == true {
            let word = mention.words[0].folded, next = tokens.folded(end + 1)
            if Self.irregularDemonyms.contains(word)
                || (Self.isPlainDemonym(word) && (PersonVocabulary.personNouns.contains(next) || PersonVocabulary.personNouns.contains(String(next.dropLast())))) {
                mention.placeEvidence += 3
            }
        }
        // A run that ends with a thing's head noun names the thing (`James Webb Space Telescope`, `John F. Kennedy
        // Airport`), and the surname alone after it too (`Webb will look back …`). Only heads that are no surnames
        // (`Hall`, `Church` and `Park` are).
        if mention.words.count >= 2, let last = mention.words.last, PersonVocabulary.thingHeadsOfNames.contains(last.folded) {
            mention.placeEvidence += 3
        }
        // `Manchester United`, `the James Webb Space Telescope`: capitalised words before a thing's head
        // noun name the thing; a person named in it (`Kennedy Airport`) is not spoken of. (German
        // capitalises every noun: `Lando Norris Platz zwei` is no place.)
        if !capitalisesNouns, end + 1 < tokens.count, tokens.isWord(end + 1), tokens.text(end + 1).first?.isUppercase == true,
           PersonVocabulary.thingHeadsAfter.contains(tokens.folded(end + 1)) { mention.placeEvidence += 2 }
        // In apposition after the noun (`The magazine, Charlie Hebdo, sparked …`).
        if start >= 2, tokens.text(start - 1) == ",", tokens.isWord(start - 2),
           PersonVocabulary.organisationNouns.contains(tokens.folded(start - 2)) { mention.placeEvidence += 2 }
        let beforeRun = mention.placeEvidence
        defer { mention.governedEvidence = mention.placeEvidence - beforeRun }
        if start > 0, tokens.isWord(start - 1) {
            let before = tokens.folded(start - 1)
            mention.afterPreposition = tokens.text(start - 1).first?.isLowercase == true
                && (Self.placePrepositions.contains(before) || (adjectivesFollowNouns && ["a", "à"].contains(before)))
            if PersonVocabulary.determiners.contains(before) || NameTokens.elidedArticles.contains(before)
                || PersonVocabulary.articleContractions.contains(before)
                // Spanish and Italian `al` (`al Roland Garros`); elsewhere `al` is the Arabic particle (`al Assad`).
                || (before == "al" && adjectivesFollowNouns) { mention.placeEvidence += 2 }
            // (Not the article of a particle pair: `Von der Leyen`.)
            if PersonVocabulary.determiners.contains(before) || PersonVocabulary.possessivePronouns.contains(before),
               !(start >= 2 && tokens.isWord(start - 2) && NameTokens.particles.contains(tokens.folded(start - 2))) { mention.followsDeterminer = true }
            if PersonVocabulary.organisationNouns.contains(before)
                || (adjectivesFollowNouns && PersonVocabulary.thingHeadsBefore.contains(before)) { mention.placeEvidence += 2 }
            // The same noun with its adjective after it, where adjectives follow nouns (`le journal satirique
            // Charlie Hebdo`); a function word between them (`le parti de Marine Le Pen`) makes it someone's.
            if adjectivesFollowNouns, start >= 2, tokens.isWord(start - 2), PersonVocabulary.organisationNouns.contains(tokens.folded(start - 2)),
               tokens.text(start - 1).first?.isLowercase == true, !functionWords.contains(before) { mention.placeEvidence += 2 }
            // `the Duke of Edinburgh`, `the President of France`: a word alone after a ruler's or an office's
            // title and `of` is the place it is of (`the lawyer of Depardieu` is someone's lawyer).
            if mention.words.count == 1, start >= 2, PersonVocabulary.relativeOf.contains(before), tokens.isWord(start - 2),
               PersonVocabulary.titlesOfAPlace.contains(tokens.folded(start - 2)) { mention.placeEvidence += 2 }
            // `officials in Khan Younis said`: what follows `in` is a place, whatever it does.
            if PersonVocabulary.placePrepositions.contains(before), !mention.presented { mention.placeEvidence += 2 }
        }
    }

    /// Whether the words around the name speak of that person's relatives: a kin noun after the name's
    /// possessive (`Bryant’s wife`), after `and his` (`… and his 13-year-old daughter`, `e sua moglie`,
    /// `und seine Frau`, `et sa fille`, `y su hija`), or before it with `of` (`la figlia di Kobe Bryant`,
    /// `the widow of …`, `la hija de …`).
    static func namesRelative(_ tokens: NameTokens, _ start: Int, _ end: Int) -> Bool {
        func isKin(_ index: Int) -> Bool {
            guard index >= 0, index < tokens.count, tokens.isWord(index), tokens.text(index).first?.isLowercase == true else { return false }
            let folded = tokens.folded(index)
            return PersonVocabulary.kinNouns.contains(folded) || PersonVocabulary.familyNouns.contains(folded)
        }
        /// A kin noun at `from` or after at most three lower-case words (`13-year-old`, `young`).
        func kinSoonAfter(_ from: Int) -> Bool {
            var index = from
            while index < min(tokens.count, from + 4) {
                if isKin(index) { return true }
                guard tokens.isWord(index), tokens.text(index).first.map({ $0.isLowercase || $0.isNumber }) == true else { return false }
                index += 1
            }
            return false
        }
        if tokens.isPossessive(end), kinSoonAfter(end + 1) { return true }
        // After `and`, the possessive may speak of the sentence's subject rather than of the name
        // (`Ronaldo thanked Manchester United and his family`): only a name alone, or one that opens
        // with a common given name, takes it. (`and` as written: Italian `è`, `is`, folds to `e`.)
        let oneNameOrGiven = start == end || tokens.isGivenName(tokens.text(start))
        if oneNameOrGiven, end + 2 < tokens.count, tokens.isWord(end + 1), PersonVocabulary.andWords.contains(tokens.text(end + 1).lowercased()) {
            var pronoun = end + 2
            // `e la sua famiglia`: Italian sets an article before the possessive.
            if tokens.isWord(pronoun), PersonVocabulary.determiners.contains(tokens.folded(pronoun)), pronoun + 1 < tokens.count { pronoun += 1 }
            if tokens.isWord(pronoun), PersonVocabulary.possessivePronouns.contains(tokens.folded(pronoun)), kinSoonAfter(pronoun + 1) { return true }
        }
        // Before the name: a relative of a full name (`la figlia di Kobe Bryant`), or relatives in the
        // plural of someone named by one word (`las hijas de Kobe`); not `the parents of Sandy Hook
        // victims`, nor `the father of Bitcoin`.
        if start >= 2, tokens.isWord(start - 1), PersonVocabulary.relativeOf.contains(tokens.folded(start - 1)),
           start - 2 < tokens.count, tokens.isWord(start - 2), tokens.text(start - 2).first?.isLowercase == true {
            let kin = tokens.folded(start - 2)
            if end > start, PersonVocabulary.kinNouns.contains(kin) { return true }
            if start == end, PersonVocabulary.familyNouns.contains(kin) { return true }
        }
        return false
    }

    /// The role written before the name (`U.S. Secretary of State`, `Bundeskanzler`, `le président`), or
    /// `""` for an honorific; nil when none. `start` is the name's first token, or the comma before it.
    private func roleBefore(_ tokens: NameTokens, _ start: Int) -> String? {
        var cursor = start - 1
        guard cursor >= 0, tokens.isWord(cursor) else { return nil }
        if PersonVocabulary.honorifics.contains(tokens.folded(cursor)) { return "" }
        // `Pelé's official Instagram account`, `the chief Kremlin site`: after a possessive or an article, a
        // role word that is also an adjective describes what follows; it is no one's title. Before a
        // full name that opens with a common given name it is a title (`la premier Giorgia Meloni`).
        let opensWithGivenName = start + 1 < tokens.count && tokens.isNameWord(start + 1) && tokens.adjacent(start, start + 1)
            && tokens.isGivenName(tokens.text(start))
        if Self.adjectiveRoleWords.contains(tokens.folded(cursor)), !opensWithGivenName, tokens.text(cursor).first?.isLowercase == true, cursor > 0, tokens.isWord(cursor - 1),
           tokens.isPossessive(cursor - 1) || PersonVocabulary.determiners.contains(tokens.folded(cursor - 1))
            || ["a", "an", "its", "his", "her", "their", "our", "my", "your"].contains(tokens.folded(cursor - 1)) {
            return nil
        }
        // `the leader of Germany`: a name after `of` is what the role is of, not who holds it.
        if Self.roleConnectors.contains(tokens.folded(cursor)) { return nil }
        var words: [Int] = []
        var sawRole = false
        while cursor >= 0, tokens.isWord(cursor), words.count < 8 {
            let folded = tokens.folded(cursor)
            let isRole = Self.isRoleWord(folded)
            let capitalised = tokens.text(cursor).first?.isUppercase == true
            let connector = Self.roleConnectors.contains(folded) || (folded.count <= 3 && tokens.text(cursor).contains(Character(".")))
            let lowerRoleWord = !capitalised && (Self.descriptiveWords.contains(folded) || Self.isDemonym(folded))
            // Romance languages put the adjective after the noun: `Premier ministre qatari`, `presidente ecuatoriano`;
            // in a text of such a language, one or two words in lower case right before the name that follow
            // a role word are its adjectives (`le président sortant`, `il premier uscente`).
            let adjectiveAfterRole = adjectivesFollowNouns && !capitalised && words.count < 2 && !Stopwords.all.contains(folded)
                && !PersonVocabulary.speechVerbs.contains(folded) && Self.hasAdjectiveShape(tokens.text(cursor).lowercased())
                && (1...(2 - words.count)).contains { cursor - $0 >= 0 && tokens.isWord(cursor - $0) && Self.isRoleWord(tokens.folded(cursor - $0)) }
            guard isRole || capitalised || connector || lowerRoleWord || adjectiveAfterRole else { break }
            if !isRole, !connector, !capitalised, !adjectiveAfterRole, Stopwords.all.contains(folded) { break }
            if !isRole, capitalised, Stopwords.all.contains(folded), !Self.roleConnectors.contains(folded) { break }
            if PersonVocabulary.speechVerbs.contains(folded) { break }
            // `CFO Ned Segal and General Counsel Vijaya Gadde`: a name before `and` is another person's,
            // and the role ends at it.
            // (A run of capitalised words before `and` inside a role, `Health and Human Services Secretary`,
            // opens with no given name and follows no role word: it stays.)
            if capitalised, !isRole, !connector, let next = words.first, tokens.folded(next) == "and" {
                var runStart = cursor
                while runStart > 0, tokens.isWord(runStart - 1), tokens.text(runStart - 1).first?.isUppercase == true,
                      !Self.isRoleWord(tokens.folded(runStart - 1)) { runStart -= 1 }
                let afterRole = runStart > 0 && tokens.isWord(runStart - 1) && Self.isRoleWord(tokens.folded(runStart - 1))
                if afterRole || tokens.isGivenName(tokens.folded(runStart)) { break }
            }
            if isRole { sawRole = true }
            words.insert(cursor, at: 0)
            cursor -= 1
        }
        guard sawRole else { return nil }
        // `a close ally of former U.S. President Donald Trump`, `the son of King Charles`: the words up to
        // `of` describe someone else, in apposition before; the name's role is what follows `of`.
        // So do words that hold no role before `of` (`der Wechsel von Frankreichs Starspieler Kylian Mbappé`).
        let ofWords: Set<String> = ["of", "de", "du", "des", "del", "di", "von"]
        if let relation = words.lastIndex(where: { PersonVocabulary.relationalNouns.contains(tokens.folded($0)) }),
           relation + 1 < words.count, ofWords.contains(tokens.folded(words[relation + 1])) {
            words.removeFirst(relation + 2)
            guard words.contains(where: { Self.isRoleWord(tokens.folded($0)) }) else { return nil }
        } else if let of = words.firstIndex(where: { ofWords.contains(tokens.folded($0)) }), of > 0,
                  !words[..<of].contains(where: { Self.isRoleWord(tokens.folded($0)) }) {
            words.removeFirst(of + 1)
            guard words.contains(where: { Self.isRoleWord(tokens.folded($0)) }) else { return nil }
        }
        // An article inside opens the role: what stands before it, holding no role word, is the sentence's
        // (`a réagi sur X le président du Rassemblement national, Jordan Bardella`: `X` is where he reacted).
        if let article = words.firstIndex(where: { PersonVocabulary.determiners.contains(tokens.folded($0)) }), article > 0,
           !words[..<article].contains(where: { Self.isRoleWord(tokens.folded($0)) }) {
            words.removeFirst(article)
        }
        while let first = words.first, Self.roleConnectors.contains(tokens.folded(first)) || PersonVocabulary.determiners.contains(tokens.folded(first)) {
            words.removeFirst()
        }
        let phrase = tokens.phrase(words)
        return phrase.wordCount <= 9 ? phrase : ""
    }

    /// `Michel Barnier comme Premier ministre`, `named X as foreign minister`: a role after `as`.
    private func roleAs(_ tokens: NameTokens, _ end: Int) -> String? {
        var cursor = end + 1
        guard cursor < tokens.count, tokens.isWord(cursor), ["as", "comme", "como", "come", "als"].contains(tokens.folded(cursor)) else { return nil }
        cursor += 1
        var words: [Int] = []
        while cursor < tokens.count, tokens.isWord(cursor), words.count < 5 {
            words.append(cursor)
            if Self.isRoleWord(tokens.folded(cursor)) {
                let phrase = words.filter { !PersonVocabulary.determiners.contains(tokens.folded($0)) && !["a", "an", "un", "une"].contains(tokens.folded($0)) }
                return tokens.phrase(phrase)
            }
            cursor += 1
        }
        return nil
    }

    /// `Il presidente di centro-destra in carica, Daniel Noboa,`: a role word a few words before the
    /// comma that opens the name's apposition, in the same clause.
    private func roleInClauseBefore(_ tokens: NameTokens, _ comma: Int) -> String? {
        var cursor = comma - 1
        var words: [Int] = []
        while cursor >= 0, tokens.isWord(cursor), words.count < 7 {
            words.insert(cursor, at: 0)
            if Self.isRoleWord(tokens.folded(cursor)) {
                let phrase = tokens.phrase(words)
                return phrase.wordCount <= 8 ? phrase : ""
            }
            cursor -= 1
        }
        return nil
    }

    /// `Kaja Kallas, the EU's foreign policy chief,`, `Arbel Yehud - the woman who`, `Jane Doe, 45,`:
    /// the role after the name (`""` when it is only an age or a person's noun), or nil.
    private func roleAfter(_ tokens: NameTokens, _ end: Int) -> String? {
        var cursor = end + 1
        guard cursor < tokens.count, [",", "(", "-", "\u{2013}", "\u{2014}"].contains(where: { tokens.isPunctuation(cursor, $0) }) else { return nil }
        cursor += 1
        if cursor < tokens.count, tokens.text(cursor).allSatisfy(\.isNumber), cursor + 1 < tokens.count,
           tokens.isPunctuation(cursor + 1, ",") || tokens.isPunctuation(cursor + 1, ")") { return "" }
        // `Geert Wilders (Venlo, 1963)`, `(Roma, 1943)`: a birthplace and a year of birth in brackets.
        if tokens.isPunctuation(cursor - 1, "(") {
            var at = cursor
            while at < tokens.count, at - cursor < 3, tokens.isWord(at), tokens.text(at).first?.isUppercase == true { at += 1 }
            if at > cursor, at + 2 < tokens.count, tokens.isPunctuation(at, ","), tokens.isPunctuation(at + 2, ")"),
               tokens.text(at + 1).count == 4, let year = Int(tokens.text(at + 1)), (1900...2030).contains(year) { return "" }
        }
        var words: [Int] = []
        while cursor < tokens.count, tokens.isWord(cursor), words.count < 10 {
            words.append(cursor)
            cursor += 1
        }
        let full = words
        guard let first = words.first else { return nil }
        let opensAsApposition = PersonVocabulary.determiners.contains(tokens.folded(first))
            || ["a", "an", "un", "une", "ein", "eine", "uno", "una", "former", "ex", "who"].contains(tokens.folded(first))
            || Self.isRoleWord(tokens.folded(first)) || tokens.isPossessive(first) || Self.isDemonym(tokens.folded(first))
        guard opensAsApposition else { return nil }
        // A noun right before a verb of saying is that verb's subject, no apposition (`… of Mount Ruang,
        // officials said`): an apposition closes with its comma (`Kallas, the EU's foreign policy chief, said`).
        if full.count >= 2, PersonVocabulary.speechVerbs.contains(tokens.folded(full[1])) { return nil }
        // The apposition's head comes before any `of`: `the official residence of the President` is a place's.
        if let connector = words.firstIndex(where: { ["of", "de", "du", "des", "del", "della", "di", "der", "von"].contains(tokens.folded($0)) }) {
            words = Array(words[..<connector])
        }
        if words.prefix(4).contains(where: { PersonVocabulary.personNouns.contains(tokens.folded($0)) }),
           !words.contains(where: { Self.isRoleWord(tokens.folded($0)) }) { return "" }
        guard words.contains(where: { Self.isRoleWord(tokens.folded($0)) }) else { return nil }
        var trimmed = full
        while let head = trimmed.first, PersonVocabulary.determiners.contains(tokens.folded(head))
                || ["a", "an", "un", "une", "ein", "eine", "uno", "una"].contains(tokens.folded(head)) {
            trimmed.removeFirst()
        }
        // The role runs to its last role word: `foreign policy chief`, not what follows it.
        if let last = trimmed.lastIndex(where: { Self.isRoleWord(tokens.folded($0)) }) {
            var stop = last
            // … and keeps what names its domain: `head of operations`, `presidenta del CNE`.
            if stop + 2 < trimmed.count, Self.roleConnectors.contains(tokens.folded(trimmed[stop + 1])),
               tokens.text(trimmed[stop + 2]).first?.isUppercase == true || !Stopwords.all.contains(tokens.folded(trimmed[stop + 2])) {
                stop += 2
                while stop + 1 < trimmed.count, stop < 9 {
                    let next = trimmed[stop + 1]
                    let folded = tokens.folded(next)
                    guard tokens.text(next).first?.isUppercase == true || Self.roleConnectors.contains(folded)
                            || Self.descriptiveWords.contains(folded) || Self.isDemonym(folded) || Self.isRoleWord(folded) else { break }
                    stop += 1
                }
                while stop > last, Self.roleConnectors.contains(tokens.folded(trimmed[stop])) { stop -= 1 }
            }
            trimmed = Array(trimmed[...stop])
        }
        let phrase = tokens.phrase(trimmed)
        return phrase.wordCount <= 10 ? phrase : ""
    }

    /// How strongly the text has the name speak: 2 for `Leavitt said`, `Merz hat gesagt`, `said Rubio`,
    /// `Al-Nono, …, told`; 1 for `according to Zelensky` (sources are often institutions); else 0.
    private func speaks(_ tokens: NameTokens, _ start: Int, _ end: Int) -> Int {
        // A name that a preposition governs is no subject of the verb after it: `a military plane from Sri
        // Lanka, an airport official told AFP`, `procedente de Sri Lanka, dijo a AFP un funcionario`.
        if !Self.isPrepositionsComplement(tokens, start) {
            if verbFollows(tokens, from: end + 1) { return 2 }
        // `Name, the role of …, said`: past an apposition closed by a comma.
        if end + 1 < tokens.count, tokens.isPunctuation(end + 1, ",") {
            var cursor = end + 2
            var steps = 0
            while cursor < tokens.count, steps < 14, !tokens.isPunctuation(cursor, ","), !tokens.isPunctuation(cursor, ".") {
                cursor += 1
                steps += 1
            }
            if cursor < tokens.count, tokens.isPunctuation(cursor, ","), verbFollows(tokens, from: cursor + 1) { return 2 }
            if verbFollows(tokens, from: end + 2) { return 2 }
        }
        }
        var before = start - 1
        if before >= 0, tokens.isWord(before), PersonVocabulary.speechVerbs.contains(tokens.folded(before)) { return 2 }
        if before >= 0, tokens.isWord(before), ["to"].contains(tokens.folded(before)) { before -= 1 }
        if before >= 0, tokens.isWord(before), PersonVocabulary.accordingTo.contains(tokens.folded(before)) { return 1 }
        return 0
    }

    /// Prepositions that govern a place or a thing and are no particle of a name, in the five languages.
    private static let placePrepositions: Set<String> = [
        "from", "in", "into", "at", "to", "towards", "across", "over", "near",
        "aus", "nach", "im", "bei", "uber", "gegen",
        "dans", "en", "vers", "depuis", "au", "aux",
        "desde", "hacia", "hasta",
        "dal", "dalla", "nel", "nella", "verso",
    ]
    /// Prepositions that are name particles too (`de Gaulle`, `von der Leyen`, `di Maio`).
    private static let particlePrepositions: Set<String> = ["de", "del", "di", "da", "von", "van", "du", "des", "della", "of"]

    /// Whether the name at `start` is governed by a preposition: one that is no particle of a name right
    /// before it, or one that may be (`de`, `of`) after a word in lower case (`procedente de Sri Lanka`,
    /// `the president of Sri Lanka`; not `Charles de Gaulle`, nor `de Villepin` opening a sentence).
    static func isPrepositionsComplement(_ tokens: NameTokens, _ start: Int) -> Bool {
        guard start >= 1, tokens.isWord(start - 1) else { return false }
        let before = tokens.folded(start - 1)
        if placePrepositions.contains(before) { return tokens.text(start - 1).first?.isLowercase == true }
        guard particlePrepositions.contains(before), start >= 2, tokens.isWord(start - 2) else { return false }
        return tokens.text(start - 2).first?.isLowercase == true
    }

    /// A verb of saying at `index`, after at most three auxiliaries or adverbs.
    private func verbFollows(_ tokens: NameTokens, from index: Int) -> Bool {
        var cursor = index
        var skipped = 0
        while cursor < tokens.count, tokens.isWord(cursor), skipped <= 3 {
            let folded = tokens.folded(cursor)
            if PersonVocabulary.speechVerbs.contains(folded) { return true }
            guard PersonVocabulary.auxiliaries.contains(folded) || folded.hasSuffix("ly") else { return false }
            skipped += 1
            cursor += 1
        }
        return false
    }

    /// A personal pronoun soon after the name, in its sentence: `Min Aung Hlaing will join …, where he will`.
    private func pronounFollows(_ tokens: NameTokens, _ end: Int) -> Bool {
        var cursor = end + 1
        while cursor < tokens.count, cursor <= end + 20, !tokens.isPunctuation(cursor, ".") {
            if tokens.isWord(cursor), Self.personalPronouns.contains(tokens.folded(cursor)) { return true }
            cursor += 1
        }
        return false
    }

    /// Most words of four letters or more capitalised: `Red Cross Vehicles Arrive for Israeli Hostage Release`
    /// (a headline or a subheading; a sentence full of names and titles is not one).
    static func isTitleCase(_ words: [String]) -> Bool {
        let long = words.filter { $0.count >= 4 && $0.first?.isLetter == true }
        guard long.count >= 4 else { return false }
        return Double(long.filter { $0.first?.isUppercase == true }.count) / Double(long.count) >= 0.75
    }

    /// `ß` written `ss`, as in Swiss German and in addresses: `Fußballlegende` is `Fussballlegende`.
    static func sharpS(_ folded: String) -> String {
        guard folded.includes("ß") else { return folded }
        return String(folded.flatMap { $0 == "ß" ? ["s", "s"] : [$0] })
    }

    /// `San`, `São`, `Saint`: the saint in a place's name.
    static let saintWords: Set<String> = ["san", "sao", "santa", "santo", "saint", "sainte", "st", "sankt", "santiago"]

    /// Role words that are adjectives too (`official`, `chief`).
    static let adjectiveRoleWords: Set<String> = ["official", "chief", "general", "executive", "major", "premier", "master", "principal"]

    /// Nouns of places and institutions, which a name before or after names (`Wembley Stadium`,
    /// `Hospital Albert Einstein`), in the languages a site may name, folded.
    static let placeNouns: Set<String> = [
        "hospital", "clinic", "stadium", "arena", "university", "airport", "museum", "school", "college", "church",
        "cathedral", "street", "square", "station", "park", "institute", "foundation", "hotel", "palace", "prison", "bridge",
        "krankenhaus", "klinik", "klinikum", "stadion", "universitat", "flughafen", "kirche", "stiftung", "gefangnis",
        "hopital", "clinique", "stade", "universite", "aeroport", "musee", "eglise", "fondation",
        "clinica", "estadio", "universidad", "aeropuerto", "museo", "iglesia", "instituto", "fundacion", "carcel",
        "ospedale", "stadio", "universita", "aeroporto", "chiesa", "istituto", "fondazione", "carcere", "policlinico",
    ]

    /// Lower-case nouns of things a name may own or label (`Instagram account`, `Santos club`): after a
    /// run, they make it a thing's name.
    static let thingNouns: Set<String> = [
        "account", "accounts", "page", "profile", "channel", "feed", "website", "app", "platform", "club", "team", "league",
        "company", "brand", "network", "newspaper",
    ]

    /// The word after an elided article or preposition (`all'ospedale`, `l’hôpital`), folded.
    static func elided(_ word: String) -> String {
        guard let mark = word.lastIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return word.folded }
        return String(word[word.index(after: mark)...]).folded
    }

    /// Endings of German and Romance compounds that name institutions, not people.
    static let institutionEndings = [
        "konferenz", "partei", "ministerium", "verband", "gericht", "kommission", "regierung", "gesellschaft", "institut",
        "zentrum", "behorde", "kammer", "stiftung", "versammlung", "ministere", "ministerio", "ministero", "comision",
        "commissione", "tribunal", "tribunale", "assemblee", "asamblea", "assemblea", "consejo", "consiglio", "conseil",
        // German compounds for a group of people (`Söldnergruppe Wagner`, `Rebellenmiliz M23`): the run is its name.
        "gruppe", "truppe", "miliz", "konzern", "verein", "bewegung", "organisation", "netzwerk", "armee", "einheit",
    ]

    /// `20-year-old`, `53-jährige`, `30enne`: a person's age written before the name.
    static func isAgeWord(_ folded: String) -> Bool {
        // An age spelt out (`fifty-three-year-old`, `dreiundfünfzigjährige` is rare): the English compound.
        if folded.hasSuffix("-year-old"), folded.count > 9 { return true }
        guard let first = folded.first, first.isNumber else { return false }
        let rest = folded.drop { $0.isNumber }
        return ["-year-old", "-jahrige", "-jahriger", "-jahrigen", "jahrige", "jahriger", "jahrigen", "enne", "-enne", "-anos", "-ans"].contains(String(rest))
    }

    /// `called`, `named` before a name, in the languages a site may name (folded).
    static let callingWords: Set<String> = [
        "called", "named", "namens", "genannt", "llamado", "llamada", "chiamato", "chiamata", "nomme", "nommee", "appele", "appelee",
    ]

    /// Verbs that give a name to someone: `named as`, `identified as`.
    static let namingVerbs: Set<String> = [
        "named", "identified", "called", "described", "benannt", "identifiziert", "identifie", "identifiee", "nomme", "nommee",
        "identificado", "identificada", "identificato", "identificata",
    ]

    /// A number that counts (`36`, `1,200`), not a year.
    static func isCount(_ text: String) -> Bool {
        guard let first = text.first, first.isNumber, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { return false }
        if text.count == 4, let year = Int(text), (1800...2100).contains(year) { return false }
        return true
    }

    /// `KMT`, `TPP`, `AfD`: two to six letters, mostly capitals.
    static func isAcronym(_ text: String) -> Bool {
        (2...6).contains(text.count) && text.allSatisfy(\.isLetter) && text.filter(\.isUppercase).count >= max(2, text.count - 1)
    }

    static let personalPronouns: Set<String> = ["he", "she", "his", "him", "her", "himself", "herself", "er", "seiner", "seinem", "seinen", "ella", "lui", "lei"]
    static let conjunctions: Set<String> = ["and", "und", "et", "y", "e", "or", "oder", "ou", "o"]

    /// Words that give a person's other name, in the languages a site may name (folded): `known as`,
    /// `better known as`, `conocido como`, `connu sous le nom de`, `noto come`, `bekannt als`.
    static let otherNameIntroductions: Set<[String]> = [
        ["known", "as"], ["also", "known", "as"], ["better", "known", "as"], ["commonly", "known", "as"], ["nicknamed"], ["dubbed"],
        ["conocido", "como"], ["conocida", "como"], ["mas", "conocido", "como"], ["mas", "conocida", "como"], ["apodado"], ["apodada"],
        ["connu", "sous", "le", "nom", "de"], ["connue", "sous", "le", "nom", "de"], ["surnomme"], ["surnommee"], ["dit"], ["dite"],
        ["noto", "come"], ["nota", "come"], ["meglio", "noto", "come"], ["meglio", "nota", "come"], ["soprannominato"], ["soprannominata"],
        ["bekannt", "als"], ["besser", "bekannt", "als"], ["genannt"],
    ]

    /// Whether the tokens between two names (`from` up to `to`) give the second as the first's other name:
    /// a comma or a bracket, then one of `otherNameIntroductions` (`…, conocido como …`, `… (known as …`).
    static func introducesOtherName(_ tokens: NameTokens, from: Int, to: Int) -> Bool {
        guard from < to, to - from <= 6, tokens.isPunctuation(from, ",") || tokens.isPunctuation(from, "(") else { return false }
        let words = (from + 1)..<to
        guard words.allSatisfy({ tokens.isWord($0) }) else { return false }
        return otherNameIntroductions.contains(words.map { tokens.folded($0) })
    }
    static let roleConnectors: Set<String> = ["of", "the", "for", "des", "du", "de", "del", "della", "dello", "der", "la", "le", "and", "on", "to", "s", "'s", "di", "dei", "degli", "delle", "von", "im", "fur"]

    /// A nationality: `American`, `French-Israeli`, `qatari`, `escocés`, `lusitano`.
    static func isDemonym(_ word: String) -> Bool {
        let folded = word.folded
        // Asked of most words of a text: a word without a hyphen is one part, and a part whose last
        // letter ends no demonym is none, before any ending is compared (byte for byte: they are ASCII).
        guard folded.utf8.contains(UInt8(ascii: "-")) else { return isDemonymPart(folded[...]) }
        return folded.split(separator: "-").allSatisfy(isDemonymPart)
    }

    /// A nationality in English: `French`, `Italian`, `Chinese`, `British`, not the endings that
    /// surnames share with other languages' nationalities (`Ghani`, `Kinnear`). Surnames end so too
    /// (`Pugliese`, `Kardashian`): asked only after an adjective.
    static func isPlainDemonym(_ folded: String) -> Bool {
        irregularDemonyms.contains(folded) || (folded.count >= 5 && ["ian", "ese", "ish", "can"].contains { folded.hasSuffix($0) })
    }

    private static func isDemonymPart(_ part: Substring) -> Bool {
        guard let last = part.utf8.last, demonymLastBytes.contains(last) else { return false }
        return demonymEndings.contains { part.endsWithBytes(of: $0) } && part.count >= 5
    }

    private static let demonymLastBytes = Set(demonymEndings.compactMap(\.utf8.last))

    /// English nationalities the endings miss (`French`, `German`, `Dutch`), folded.
    private static let irregularDemonyms: Set<String> = [
        "french", "german", "dutch", "greek", "swiss", "thai", "czech", "welsh", "scots", "basque", "iraqi", "saudi", "kuwaiti",
        "emirati", "yemeni", "omani", "somali", "nepali", "bengali", "afghan", "filipino", "argentine", "cypriot",
    ]

    static let demonymEndings = [
        "ian", "ean", "can", "ese", "ish", "eli", "ani", "ari", "ais", "aise", "ois", "oise", "ano", "ana", "eno", "ena",
        "isch", "ische", "ischer", "ischen", "iano", "iana", "ense", "ita", "ain", "aine", "ien", "ienne", "ol", "ola",
    ]

    /// A role's plural that is no role's own word (`hosts`, `champions`, `avvocati`; not `boss`).
    static func isPluralRoleWord(_ folded: String) -> Bool {
        !PersonVocabulary.roleNouns.contains(folded) && isRolePlural(folded)
    }

    /// A role's plural in `-s` or `-i`: `lawyers`, `avocats`, `abogados`; Italian `avvocati`.
    private static func isRolePlural(_ folded: String) -> Bool {
        guard folded.count > 4 else { return false }
        if folded.hasSuffix("s"), PersonVocabulary.roleNouns.contains(String(folded.dropLast())) { return true }
        return folded.hasSuffix("i") && (PersonVocabulary.roleNouns.contains(String(folded.dropLast()) + "o")
            || PersonVocabulary.roleNouns.contains(String(folded.dropLast()) + "e"))
    }

    static func isRoleWord(_ folded: String) -> Bool {
        if PersonVocabulary.roleNouns.contains(folded) { return true }
        // `exdirector`, `exseleccionador`: a former holder of a role.
        if folded.hasPrefix("ex"), folded.count > 6, !folded.hasPrefix("ex-"), PersonVocabulary.roleNouns.contains(String(folded.dropFirst(2))) { return true }
        // Plurals: `lawyers`, `avocats`, `abogados`; Italian `avvocati`, `avvocate`.
        if isRolePlural(folded) { return true }
        if folded.count > 4, folded.hasSuffix("e"), PersonVocabulary.roleNouns.contains(String(folded.dropLast()) + "a") { return true }
        let parts = folded.split(separator: "-")
        if parts.count > 1, let last = parts.last, isRoleWord(String(last)) { return true }
        // German compounds and their inflections: `Kanzlerkandidaten`, `Außenministerin`.
        var stem = folded
        for ending in ["innen", "en", "in", "n", "s"] where stem.endsWithBytes(of: ending) && PersonVocabulary.roleEndings.contains(where: { stem.dropLast(ending.count).endsWithBytes(of: $0) }) {
            stem.removeLast(ending.count)
            break
        }
        if PersonVocabulary.roleNouns.contains(stem) { return true }
        return stem.utf8.count > 8 && PersonVocabulary.roleEndings.contains { stem.endsWithBytes(of: $0) }
    }

    /// Whether the words around a name credit a reporter: `reported by` or `reporting by` before it
    /// (a list of names may stand between, and the credit ends with the name or goes on to the
    /// next one or to `for …`), or after it `reports from`, `reporting from`, or the same in the other
    /// languages (`berichtet aus`, `informa desde`, `rapporte depuis`).
    static func creditsAReporter(_ tokens: NameTokens, _ start: Int, _ end: Int) -> Bool {
        if end + 2 < tokens.count, tokens.isWord(end + 1), tokens.isWord(end + 2),
           ["reports", "reporting", "berichtet", "informa", "rapporte"].contains(tokens.folded(end + 1)),
           ["from", "for", "aus", "desde", "depuis", "da"].contains(tokens.folded(end + 2)) {
            return true
        }
        // Back over the list the name may stand in (`Jon Gambrell, Elena Becatoros, and John Leicester`),
        // when the name ends the credit or the list goes on after it (`As first reported by Axios, Jeff
        // Bezos met …`: Bezos is the story's).
        guard end + 1 >= tokens.count || !tokens.isWord(end + 1) || ["and", "for", "with", "in", "from"].contains(tokens.folded(end + 1)) else { return false }
        if end + 2 < tokens.count, tokens.isPunctuation(end + 1, ","), tokens.isWord(end + 2),
           tokens.text(end + 2).first?.isLowercase == true, tokens.folded(end + 2) != "and" {
            return false
        }
        var cursor = start - 1
        var steps = 0
        while cursor >= 1, steps < 12 {
            if tokens.isWord(cursor), tokens.folded(cursor) == "by", tokens.isWord(cursor - 1),
               ["reported", "reporting", "contributed"].contains(tokens.folded(cursor - 1)) {
                return true
            }
            if !tokens.isWord(cursor), [".", "!", "?", ":", ";"].contains(where: { tokens.isPunctuation(cursor, $0) }) { return false }
            guard !tokens.isWord(cursor) || tokens.text(cursor).first?.isUppercase == true || tokens.folded(cursor) == "and" else { return false }
            cursor -= 1
            steps += 1
        }
        return false
    }

    /// Endings of adjectives and participles that follow a role noun in French, Spanish and Italian
    /// (`sortant`, `saliente`, `uscente`, `désigné`, `electo`, `nominato`), and not of a verb's present
    /// tense (`reçoit`, `incontra`, `accuse`), which a name after a role noun may follow too.
    static func hasAdjectiveShape(_ word: String) -> Bool {
        ["ant", "ante", "antes", "ente", "enti", "entes", "é", "ée", "és", "ées", "ado", "ada", "ido", "ida", "ato", "ata", "ito",
         "ita", "eto", "etto", "etta", "ino", "ina", "aire", "ario", "aria", "elu", "élu", "élue"].contains { word.hasSuffix($0) }
    }

    /// Lower-case words that may stand inside a role: `White House press secretary`, `foreign policy chief`.
    static let descriptiveWords: Set<String> = [
        "press", "foreign", "policy", "defence", "defense", "finance", "interior", "prime", "special", "national", "security",
        "deputy", "former", "top", "senior", "chief", "state", "party", "opposition", "military", "intelligence", "media",
        "trade", "economy", "health", "justice", "energy", "climate", "education", "acting", "interim", "outgoing",
        "incoming", "new", "then", "longtime", "veteran", "conservative", "liberal", "centre-right", "center-right",
        "far-right", "left-wing", "right-wing", "general", "executive", "managing", "de", "des", "affaires", "etrangeres",
        "conservative", "socialist", "liberal", "green", "centrist", "democratic", "electoral", "top", "military", "junta",
        "exteriores", "esteri", "asuntos", "relazioni", "ex",
    ]

    // MARK: Deciding

    private func decide(_ mentions: [NameMention], acceptedGivenNames: Set<String>) -> [Person] {
        // A word opening the headline before a name the text writes without it elsewhere (`Muere Mijaíl
        // Gorbachov` beside `Mijaíl Gorbachov`) is the headline's verb, not the name's, when the text never
        // writes the longer run twice and the word is no common given name (`Mario Vargas Llosa` beside
        // `Vargas Llosa` keeps Mario).
        var mentions = mentions
        // German writes a name's genitive with a bare `s` (`Alain Delons bekanntester Film`): a name
        // whose last word is another name's last word and an `s` is that name.
        // Only a full name the text also writes without the `s` (`Robbie Williams` beside `Prinz William` stays).
        if capitalisesNouns {
            // A noun after an article, before a full name (`des Schwarzen Tyre Nichols`, `des Schauspielers Tom
            // Hanks`), describes the person: German writes no article before a name, so it is no word of it.
            for index in mentions.indices where mentions[index].followsDeterminer && mentions[index].words.count >= 3 {
                mentions[index].words.removeFirst()
                mentions[index].followsDeterminer = false
                mentions[index].givenName = GivenNames.contains(mentions[index].words[0], accepting: acceptedGivenNames)
            }
            let fullNames = Set(mentions.filter { $0.words.count >= 2 }.map(\.words))
            for index in mentions.indices where mentions[index].words.count >= 2 {
                guard let last = mentions[index].words.last, last.count >= 4, last.hasSuffix("s"), !last.hasSuffix("ss") else { continue }
                let base = Array(mentions[index].words.dropLast()) + [String(last.dropLast())]
                if fullNames.contains(base) { mentions[index].words = base }
            }
        }
        let written = Dictionary(mentions.map { ($0.words, 1) }, uniquingKeysWith: +)
        // So is a place a preposition governs, run into a full name the text writes on its own (`il Tribunale a
        // Sarajevo Ratko Mladic volle …` beside `Ratko Mladic`), anywhere in the text: what the word before the
        // run says of it is the place's, not the name's. Not a common given name (`Mario Vargas Llosa` beside
        // `Vargas Llosa`), nor a title or a role, which the name keeps. (A first name the list lacks, after a
        // role or a noun, stays: `spokesman Jakob Vedsted Andersen`, `wife, Jada Pinkett Smith`.)
        for index in mentions.indices where mentions[index].words.count >= 3 {
            let mention = mentions[index], first = mention.words[0]
            guard (mention.paragraph == 0 && mention.opensSentence) || mention.afterPreposition, !Self.isRoleWord(first.folded),
                  !PersonVocabulary.singleNameTitles.contains(first.folded), !NameTokens.particles.contains(first) else { continue }
            let rest = Array(mention.words.dropFirst())
            if written[rest] != nil, written[mention.words] == 1, !GivenNames.contains(first, accepting: acceptedGivenNames) {
                mentions[index].words = rest
                mentions[index].givenName = GivenNames.contains(rest[0], accepting: acceptedGivenNames)
                mentions[index].placeEvidence -= mention.governedEvidence
                mentions[index].followsDeterminer = false
            }
        }
        // Each mention's name without titles, as keys, computed once.
        var keyOfWord: [String: String] = [:]
        func key(_ word: String) -> String {
            if let known = keyOfWord[word] { return known }
            let computed = NameKey.of(word)
            keyOfWord[word] = computed
            return computed
        }
        let cores = mentions.map { Self.withoutTitles($0.words) }
        let coreKeys = cores.map { $0.map(key) }
        // Full names (two words or more, or a title and one name) group by surname key, then by first name.
        var groups: [[Int]] = []
        var groupsBySurname: [String: [Int]] = [:]
        // A headline that lost its punctuation (one rebuilt from an address) runs two names together:
        // `… Raisi Meloni non prevedo …` is `Raisi` and `Meloni`, when the story names someone else by that
        // surname (`Giorgia Meloni`) and the first word alone.
        let singles = Set(mentions.indices.filter { mentions[$0].words.count == 1 && mentions[$0].paragraph > 0 }.map { coreKeys[$0][0] })
        let glued = Set(mentions.indices.filter { index in
            let keys = coreKeys[index]
            guard mentions[index].paragraph == 0, keys.count == 2, singles.contains(keys[0]) else { return false }
            return mentions.indices.contains { other in
                mentions[other].paragraph > 0 && coreKeys[other].count >= 2 && coreKeys[other].last == keys[1] && coreKeys[other][0] != keys[0]
            }
        })
        for (index, mention) in mentions.enumerated() where mention.words.count >= 2 && !glued.contains(index) {
            let surname = coreKeys[index].last ?? ""
            if let group = groupsBySurname[surname]?.first(where: { Self.sameName(cores[groups[$0][0]], coreKeys[groups[$0][0]], cores[index], coreKeys[index]) }) {
                groups[group].append(index)
            } else {
                groupsBySurname[surname, default: []].append(groups.count)
                groups.append([index])
            }
        }
        // A full name that opens a longer one (`Olga Carmona` and `Olga Carmona Garcia`: a second
        // surname, a suffix) is that person, when only one longer name opens so (`Kim Jong` stays
        // apart from `Kim Jong Un` and `Kim Jong Il`).
        var longerByPrefix: [[String]: Int] = [:]
        // (A longer run only the headline writes is no such name: `Greg Brockman Quits`; nor is one
        // with a place's or an institution's word, `Ronald Reagan Washington National Airport`; and
        // a generation's suffix makes another person, `Donald Trump Jr.`.)
        // Such a name still stands in the way of another that the shorter one opens too.
        for (group, members) in groups.enumerated() where coreKeys[members[0]].count >= 3 {
            let keys = coreKeys[members[0]]
            let eligible = members.contains(where: { mentions[$0].paragraph > 0 }) && members.allSatisfy({ mentions[$0].placeEvidence == 0 })
            for length in 2..<keys.count {
                let prefix = Array(keys.prefix(length))
                let suffixed = cores[members[0]].dropFirst(length).contains { PersonVocabulary.generationSuffixes.contains($0.folded.trimmingCharacters(in: .punctuationCharacters)) }
                if let other = longerByPrefix[prefix], other != group { longerByPrefix[prefix] = -1 } else { longerByPrefix[prefix] = eligible && !suffixed ? group : -1 }
            }
        }
        var absorbed = Set<Int>()
        for (group, members) in groups.enumerated() where coreKeys[members[0]].count >= 2 {
            // Into the longest name only: one that opens a longer one still is absorbed itself.
            guard let longer = longerByPrefix[coreKeys[members[0]]], longer >= 0, longer != group,
                  longerByPrefix[coreKeys[groups[longer][0]]] == nil else { continue }
            groups[longer] += members
            absorbed.insert(group)
        }
        if !absorbed.isEmpty { groups = groups.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element) }
        // German capitalises every noun: a word the text writes alone after an article or a possessive
        // (`zog die Konsequenzen`, `seinen Rücktritt`) is a noun there, and no name's last word nor a
        // name alone, whatever stands before it elsewhere (`der britische Premier Konsequenzen`).
        let germanNouns = capitalisesNouns ? Set(mentions.filter { $0.words.count == 1 && $0.followsDeterminer }.map { $0.words[0] }) : []
        if !germanNouns.isEmpty {
            groups = groups.filter { members in !germanNouns.contains(cores[members[0]].last ?? "") }
        }
        // A name alone (`Leavitt`, `Bundeskanzler Merz`) belongs to the one group whose surname it is;
        // with a title and no group it is a person of its own, named as the text names them.
        var ownersByKey: [String: Set<Int>] = [:]
        for (group, members) in groups.enumerated() {
            let first = members[0]
            if coreKeys[first].count > 1 {
                ownersByKey[coreKeys[first].last!, default: []].insert(group)
                if Self.isTitled(mentions[first].words) { ownersByKey[coreKeys[first][0], default: []].insert(group) }
            } else if let only = coreKeys[first].first {
                ownersByKey[only, default: []].insert(group)
            }
        }
        // A first name alone (`Sir Keir`) belongs to the one group it opens, when no surname claims it. Only a
        // name the story itself writes: a headline's run of capitalised words in title case (`… as Peru Swears
        // In VP`) is no name whose first word is a person's (`the ex-president of Peru`).
        var ownersByFirstName: [String: Set<Int>] = [:]
        for (group, members) in groups.enumerated() where coreKeys[members[0]].count > 1 && members.contains(where: { mentions[$0].paragraph > 0 }) {
            ownersByFirstName[coreKeys[members[0]][0], default: []].insert(group)
        }
        // A word inside a name of three words or more (`Lula` of `Luiz Inácio Lula da Silva`, `García` of
        // `Gabriel García Márquez`): Portuguese and Spanish names are often shortened to it, when no
        // surname claims it. Only a name the story itself writes: a headline's run of capitalised words
        // (one rebuilt from an address, without its punctuation) is no such name.
        var ownersByInnerWord: [String: Set<Int>] = [:]
        for (group, members) in groups.enumerated() where cores[members[0]].count >= 3 && members.contains(where: { mentions[$0].paragraph > 0 }) {
            let core = cores[members[0]], keys = coreKeys[members[0]]
            for position in 1..<(core.count - 1) where !NameTokens.particles.contains(core[position]) && core[position].first?.isUppercase == true {
                ownersByInnerWord[keys[position], default: []].insert(group)
            }
        }
        let titledAlone = Set(mentions.filter { $0.words.count == 1 && $0.titledBefore && !germanNouns.contains($0.words[0]) }.map(\.words))
        var alone: [Int: [Int]] = [:]
        // Names alone that are a word inside a longer name (`Lula`): spellings of that person to record.
        var shortForms: Set<Int> = []
        var aloneGroups: [[String]: Int] = [:]
        var unowned: [Int] = []
        var agedGroups: Set<Int> = []
        for (index, mention) in mentions.enumerated() where mention.words.count == 1 {
            var owners = ownersByKey[coreKeys[index].first ?? ""] ?? []
            let bySurname = owners.count > 1
            // A first name alone belongs to the one group it opens when something marks it as a person's
            // (`Sir Keir`; past the headline, relatives or a role: `las hijas de Kobe`, `Gianna, … una jugadora`), and no surname claims it; speech is
            // no such mark (`the Washington Examiner … Washington said`).
            if owners.isEmpty, mention.knighted || mention.titledBefore || ((mention.hasRelatives || mention.presented) && mention.paragraph > 0) {
                owners = ownersByFirstName[coreKeys[index].first ?? ""] ?? []
                if owners.count == 1 { shortForms.insert(index) }
            }
            // Speech marks it when the full name it opens is itself a person's on its own evidence (`Jedsada
            // Chokdumrongsuk, the permanent secretary, said …` then `Jedsada said`: Thai names are shortened
            // to the given name), not a name of a thing's (`the Washington Examiner`).
            if owners.isEmpty, mention.speaks, mention.paragraph > 0 {
                owners = (ownersByFirstName[coreKeys[index].first ?? ""] ?? []).filter { group in
                    groups[group].contains { mentions[$0].paragraph > 0 && mentions[$0].evidence >= 2 && mentions[$0].placeEvidence == 0 }
                }
                if owners.count == 1 { shortForms.insert(index) }
            }
            if owners.isEmpty {
                owners = ownersByInnerWord[coreKeys[index].first ?? ""] ?? []
                if owners.count == 1 { shortForms.insert(index) }
            }
            // The key is a consonant skeleton: a short one is shared by unrelated words (`Pelé` and
            // `Paulo`, `Iran` and `Iranian`). A name alone joins a group only when it is also spelt
            // close to the group's word of that key (`Zelenskiy`, `Gaddafi`, `Raissi` are).
            if let word = cores[index].first {
                owners = owners.filter { group in
                    let core = cores[groups[group][0]], keys = coreKeys[groups[group][0]]
                    return core.indices.contains { keys[$0] == coreKeys[index].first && Self.spelledClose(core[$0], word) }
                }
            }
            // A surname that relatives share (`Kobe Bryant` and his daughter `Gianna Maria-Onore Bryant`):
            // alone, it names the one the story named first; a report names the others by their given
            // names after that. (The headline's runs are left out: in title case one may carry a verb,
            // `… and Endorses Kamala Harris`.)
            // The one the text says most of wins (`President Joe Biden` over `Hunter Biden`), then the
            // first named.
            if bySurname, owners.count > 1 {
                func firstInStory(_ group: Int) -> Int? { groups[group].filter { mentions[$0].paragraph > 0 }.min() }
                func weight(_ group: Int) -> Int { groups[group].reduce(0) { $0 + mentions[$1].evidence } }
                let named = owners.compactMap { group in firstInStory(group).map { (group: group, first: $0, weight: weight(group)) } }
                if let chosen = named.min(by: { ($1.weight, $0.first) < ($0.weight, $1.first) }), chosen.first < index {
                    owners = [chosen.group]
                }
            }
            if owners.count == 1 {
                alone[owners.first!, default: []].append(index)
            } else if owners.isEmpty, titledAlone.contains(mention.words) {
                if let group = aloneGroups[mention.words] {
                    groups[group].append(index)
                } else {
                    aloneGroups[mention.words] = groups.count
                    groups.append([index])
                }
            } else if owners.isEmpty {
                unowned.append(index)
            }
        }
        // A person known by one name (`Pelé`): a word alone that no full name claims, named three times
        // or more, in the headline or the lede, never as part of a longer name nor after a place's or an
        // article's word, and the subject of a sentence that gives an age — an age is a person's.
        var mononyms: [[Int]] = []
        // Clusters by key, in the order they were made, so that a text of thousands of single words
        // compares each only with the clusters of its own key.
        var clustersByKey: [[String]: [Int]] = [:]
        for index in unowned {
            let candidates = clustersByKey[coreKeys[index]] ?? []
            if let cluster = candidates.first(where: { Self.spelledClose(mentions[mononyms[$0][0]].words[0], mentions[index].words[0]) }) {
                mononyms[cluster].append(index)
            } else {
                clustersByKey[coreKeys[index], default: []].append(mononyms.count)
                mononyms.append([index])
            }
        }
        let wordsOfLongerNames = Set(mentions.filter { $0.words.count >= 2 }.flatMap { $0.words.map(\.folded) })
        // Or one named four times or more that speaks (`Neymar said`) with a personal pronoun after it (`Neymar
        // … will net him …`, `he`, `er`): a club or a company speaks too, but takes `it`. Not an acronym.
        for cluster in mononyms where cluster.count >= 3 && cluster.contains(where: { mentions[$0].paragraph <= 1 })
            && (cluster.contains(where: { mentions[$0].aged })
                || (cluster.count >= 4 && cluster.contains { mentions[$0].pronounAfter } && cluster.contains { mentions[$0].speaks }
                    && mentions[cluster[0]].words[0].dropFirst().contains(where: \.isLowercase)))
            && cluster.allSatisfy({ mentions[$0].placeEvidence == 0 })
            && !wordsOfLongerNames.contains(where: { Self.spelledClose($0, mentions[cluster[0]].words[0]) }) {
            agedGroups.insert(groups.count)
            groups.append(cluster)
        }
        // Evidence per group; a name joined by `and` to a person's is likely a person's too.
        var evidence = groups.indices.map { group in
            let members = groups[group] + (alone[group] ?? [])
            // A full name whose surname the story then uses alone, again and again, is how a report refers
            // to a person (`Tadej Pogacar` … `Pogacar won` … `behind Pogacar`); places and organisations
            // are seldom shortened to their last word.
            let aloneInStory = (alone[group] ?? []).filter { mentions[$0].paragraph > 0 && mentions[$0].placeEvidence == 0 && mentions[$0].evidence >= 0 }
            // The full name is a plain one: two or three words, none a compound of several (a longer run carries
            // a title or a noun with it: `Verstappens Rivale Lewis Hamilton`, `Champions-League-Sieger Real Madrid`).
            // So is one the story writes in full in two of its paragraphs or more, then by its surname alone
            // (`Casper Ruud` … `Casper Ruud` … `Ruud`), unless a place's head opens it (`Mount Ruang` … `Ruang`).
            let inFull = Set(groups[group].filter { mentions[$0].paragraph > 0 && mentions[$0].placeEvidence == 0 }.map { mentions[$0].paragraph })
            let placeHead = groups[group].contains { PersonVocabulary.placeHeadsBefore.contains(mentions[$0].words[0].folded) }
            let repeatedBySurname = (aloneInStory.count >= 2 || (aloneInStory.count == 1 && inFull.count >= 2 && !placeHead)) && members.contains { member in
                (2...3).contains(mentions[member].words.count) && mentions[member].words.allSatisfy { $0.filter { $0 == "-" }.count <= 1 }
            }
            var total = members.reduce(0) { $0 + mentions[$1].evidence } + ((alone[group]?.isEmpty ?? true) ? 0 : repeatedBySurname ? 2 : 1)
            if agedGroups.contains(group) { total += 2 }
            // A common given name, and a name the text repeats, each say a little; a full name with a
            // common given name in the story's opening paragraphs (`les partisans de Donald Trump`,
            // `hatte Emmanuel Macron … angekündigt`) names one of its actors, however seldom it recurs.
            if groups[group].contains(where: { mentions[$0].givenName }) {
                let opening = groups[group].contains { member in
                    let mention = mentions[member]
                    return mention.givenName && mention.words.count >= 2 && (1...2).contains(mention.paragraph) && !mention.listed && !mention.reporter
                        && !mention.compared && mention.placeEvidence == 0
                }
                total += members.count >= 2 || opening ? 2 : 1
            }
            return total
        }
        let placeEvidence = groups.indices.map { group in groups[group].reduce(0) { $0 + mentions[$1].placeEvidence } }
        let groupOf = Dictionary(groups.enumerated().flatMap { group, members in members.map { ($0, group) } }, uniquingKeysWith: { a, _ in a })
        // A full name that opens with a common given name, joined by `and` to a person's (`Beckenbauer e
        // Mario Zagallo`) or to another such name (`Enrico Letta e Matteo Salvini`), is a person's too.
        // Without a given name the run may be what the person leads (`Giorgia Meloni e Fratelli d'Italia`).
        let before = evidence
        func isGivenFullName(_ mention: Int) -> Bool { mentions[mention].givenName && mentions[mention].words.count >= 2 }
        for (group, members) in groups.enumerated() where before[group] < 2 {
            let pairs = members.compactMap { member in mentions[member].coordinated.map { (member, $0) } }.filter { isGivenFullName($0.0) }
            if pairs.contains(where: { pair in
                isGivenFullName(pair.1) || groupOf[pair.1].map { before[$0] >= 2 && before[$0] > placeEvidence[$0] } == true
            }) {
                evidence[group] += 1
            }
        }

        var people: [Person] = []
        var personOfGroup: [Int: Int] = [:]
        for (group, members) in groups.enumerated() {
            guard evidence[group] >= 2, evidence[group] > placeEvidence[group] else { continue }
            let all = members + (alone[group] ?? [])
            // A main person of the story: named in the headline or the lede, named more than once,
            // presented with a role, speaking, or named in full with a common given name. Someone
            // named once in passing by a title alone (`King Charles`) is not tagged.
            var isMain = all.count >= 2 || all.contains { mentions[$0].paragraph <= 1 || mentions[$0].speaks || mentions[$0].presented || mentions[$0].givenName }
            // A name in a list (`including Ernest Hemingway, Jean-Paul Sartre and Bob Dylan`), named
            // once past the lede and silent, is one the story mentions in passing, whatever its role.
            if all.count == 1, let only = all.first, mentions[only].listed, mentions[only].paragraph > 1, !mentions[only].speaks {
                isMain = false
            }
            // A surname alone, named once with a role past the lede and silent (`dal portiere Earps`), is
            // someone the story mentions in passing.
            if all.count == 1, let only = all.first, mentions[only].words.count == 1, mentions[only].paragraph > 1, !mentions[only].speaks {
                isMain = false
            }
            // A reporter credited for the story is none of its people.
            if all.allSatisfy({ mentions[$0].reporter }) { isMain = false }
            // A run only the headline writes, that opens with no given name and that nothing presents
            // (`Scandalo Wirecard: arrestato …`), is the headline's topic: the story would name a person again.
            // (Its last word alone in the story, `Wirecard`, is the topic's too.)
            if members.allSatisfy({ mentions[$0].paragraph == 0 && mentions[$0].words.count >= 2 }),
               all.allSatisfy({ !mentions[$0].givenName && !mentions[$0].presented && !mentions[$0].speaks }) { isMain = false }
            guard isMain else { continue }
            guard members.allSatisfy({ mentions[$0].words.count <= 5 }) else { continue }
            let spellings = members.map { mentions[$0].name } + (alone[group] ?? []).filter(shortForms.contains).map { mentions[$0].name }
            var name = Self.displayName(spellings)
            // The first role the text gives, or the role it spells out when that is an abbreviation
            // of it (`CTO` and `Chief Technology Officer`).
            let roles = all.compactMap { mentions[$0].role }
            let role = roles.first.map { first in roles.first { Self.abbreviates(first, $0) } ?? first }
            var isKnown = false
            if let entry = known.entry(named: name.split(separator: " ").map(String.init)) {
                name = entry.name
                isKnown = true
            }
            let variants = Self.distinct(spellings.filter { $0 != name })
            if let existing = people.firstIndex(where: { $0.name == name }) {
                people[existing].variants = Self.distinct(people[existing].variants + variants)
                personOfGroup[group] = existing
                continue
            }
            personOfGroup[group] = people.count
            people.append(Person(name: name, role: role.map(Self.cleanRole), variants: variants, known: isKnown))
        }
        return Self.mergingOtherNames(people, mentions: mentions, groupOf: groupOf, personOfGroup: personOfGroup)
    }

    /// One person under two names the text joins (`Diogo José Teixeira da Silva, conocido como Diogo Jota`):
    /// shown by the name the text says they are known by, the other kept as a spelling, the first role kept.
    /// When only the first name was found to be a person's, it takes the other name all the same.
    private static func mergingOtherNames(_ found: [Person], mentions: [NameMention], groupOf: [Int: Int], personOfGroup: [Int: Int]) -> [Person] {
        var people = found
        var merged = Set<Int>()
        for (index, mention) in mentions.enumerated() {
            guard let other = mention.aliasOf else { continue }
            // The other name alone not found to be a person's (its surname shared with a relative, say): a spelling of the known one's.
            guard let legal = groupOf[other].flatMap({ personOfGroup[$0] }) else {
                if let known = groupOf[index].flatMap({ personOfGroup[$0] }), !merged.contains(known), mentions[other].words.count <= 5 {
                    people[known].variants = distinct(people[known].variants + [mentions[other].name])
                }
                continue
            }
            guard !merged.contains(legal), !people[legal].known else { continue }
            if let known = groupOf[index].flatMap({ personOfGroup[$0] }) {
                guard known != legal, !merged.contains(known) else { continue }
                people[known].variants = distinct(people[known].variants + [people[legal].name] + people[legal].variants)
                people[known].role = people[known].role ?? people[legal].role
                merged.insert(legal)
            } else if mention.words.count <= 3 {
                people[legal].variants = distinct([people[legal].name] + people[legal].variants).filter { $0 != mention.name }
                people[legal].name = mention.name
            }
        }
        return people.enumerated().filter { !merged.contains($0.offset) }.map(\.element)
    }

    /// Two spellings of one word, as transliterations and typos make them: at most a third of the
    /// longer one's letters differ (edit distance on the folded forms).
    static func spelledClose(_ a: String, _ b: String) -> Bool {
        let a = Array(a.folded), b = Array(b.folded)
        if a == b { return true }
        guard !a.isEmpty, !b.isEmpty else { return false }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count] * 3 <= max(a.count, b.count)
    }

    /// The spelling to show: the fullest, then the most frequent; a regnal number wins over a title
    /// (`Leo XIV` over `Papst Leo`).
    static func displayName(_ spellings: [String]) -> String {
        var counts: [String: Int] = [:]
        for spelling in spellings { counts[spelling, default: 0] += 1 }
        let numbered = counts.keys.filter { $0.split(separator: " ").last.map { $0.allSatisfy { "IVXL".contains($0) } } ?? false }
        let pool = numbered.isEmpty ? Array(counts.keys) : numbered
        let longest = pool.max { a, b in
            (a.split(separator: " ").count, counts[a]!, b) < (b.split(separator: " ").count, counts[b]!, a)
        }!
        // A full name the text writes at least twice as often as the longer one it opens (`Fidel Castro`
        // five times, `Fidel Castro Ruz` once, in full with a second surname) is the name it knows the person by.
        let opening = pool.filter { spelling in
            spelling.split(separator: " ").count >= 2 && longest.hasPrefix(spelling + " ") && counts[spelling]! >= 2 * counts[longest]!
        }
        return opening.max { a, b in (counts[a]!, a.count, b) < (counts[b]!, b.count, a) } ?? longest
    }

    /// The name without a leading title and a trailing regnal number: `Pope Leo XIV` → `Leo`.
    static func withoutTitles(_ words: [String]) -> [String] {
        var words = words
        if words.count > 1, let first = words.first, PersonVocabulary.singleNameTitles.contains(first.folded) { words.removeFirst() }
        if words.count > 1, let last = words.last, last.allSatisfy({ "IVXL".contains($0) }) { words.removeLast() }
        return words
    }

    static func isTitled(_ words: [String]) -> Bool {
        words.first.map { PersonVocabulary.singleNameTitles.contains($0.folded) } ?? false
            || words.last.map { $0.allSatisfy { "IVXL".contains($0) } } ?? false
    }

    /// Two spellings of one name: the same surname key, and first names that agree (by key, or one
    /// is the other's initial), or one of them is the surname alone.
    static func sameName(_ a: [String], _ b: [String]) -> Bool {
        let a = withoutTitles(a), b = withoutTitles(b)
        return sameName(a, a.map { NameKey.of($0) }, b, b.map { NameKey.of($0) })
    }

    /// `sameName` for names already without titles, with their words' keys.
    static func sameName(_ a: [String], _ keysA: [String], _ b: [String], _ keysB: [String]) -> Bool {
        let keysA = keysA.filter { !$0.isEmpty }
        let keysB = keysB.filter { !$0.isEmpty }
        guard let lastA = keysA.last, let lastB = keysB.last, lastA == lastB else { return false }
        guard keysA.count >= 2, keysB.count >= 2 else { return true }
        if keysA[0] == keysB[0] { return true }
        let firstA = a[0].filter { $0 != "." }, firstB = b[0].filter { $0 != "." }
        // Initials: `J.D.` / `JD` and `James David`; `J.` and `John`.
        let initialsA = firstA.count <= 3 && firstA.allSatisfy(\.isUppercase), initialsB = firstB.count <= 3 && firstB.allSatisfy(\.isUppercase)
        if initialsA { return firstB.first == firstA.first }
        if initialsB { return firstA.first == firstB.first }
        return false
    }

    /// Whether `short` is one word whose letters are the initials of `long`'s words (`CTO` of
    /// `Chief Technology Officer`, `Cto` too: the text may write it so).
    static func abbreviates(_ short: String, _ long: String) -> Bool {
        let words = long.split(separator: " ")
        guard !short.contains(" "), short.count >= 2, words.count == short.count else { return false }
        return zip(short.lowercased(), words).allSatisfy { letter, word in word.first.map { $0.lowercased() == String(letter) } ?? false }
    }

    private static func cleanRole(_ role: String) -> String {
        var role = role.trimmedSpaces
        while let last = role.last, ",.;:".contains(last) { role.removeLast() }
        return role
    }

    private static func distinct(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
