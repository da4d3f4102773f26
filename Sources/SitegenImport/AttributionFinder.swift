/// Reads who a sentence says is speaking: `Leavitt said`, `said Leavitt`, `Kallas, the EU's foreign
/// policy chief, added`, `the spokeswoman told reporters`, `she explained`, `…, saying`, `according to
/// Zelensky`, `was reported by …`. It only reads the words; `SpeakerTracker` decides who a pronoun
/// or a role is.
struct AttributionFinder: Sendable {
    let tokens: [Token]
    let people: [PersonSpan]
    /// The person whose name ends, or starts, at a token.
    private let endingAt: [Int: String]
    private let startingAt: [Int: String]

    /// The language's subject pronouns of one person.
    private let malePronouns: Set<String>
    private let femalePronouns: Set<String>

    init(tokens: [Token], people: [PersonSpan], language: String? = nil) {
        self.tokens = tokens
        self.people = people
        (malePronouns, femalePronouns) = SpeechVocabulary.pronouns(for: language)
        endingAt = Dictionary(people.map { ($0.tokens.upperBound, $0.name) }, uniquingKeysWith: { first, _ in first })
        startingAt = Dictionary(people.map { ($0.tokens.lowerBound, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    func attributions(in sentence: Range<Int>) -> [Attribution] {
        var result: [Attribution] = []
        for index in sentence where tokens[index].isWord {
            let word = tokens[index].folded
            let isLowercase = tokens[index].text.first?.isLowercase == true || index == sentence.lowerBound
            if word == "according", index + 1 < sentence.upperBound, tokens[index + 1].folded == "to" {
                result.append(Attribution(verb: index, verbText: "according to", subject: subjectAfter(index + 1, in: sentence) ?? .unknown))
            } else if SpeechVocabulary.finiteVerbs.contains(word), isLowercase {
                let subject: Attribution.Subject?
                if SpeechVocabulary.passiveVerbs.contains(word), index + 1 < sentence.upperBound, tokens[index + 1].folded == "by" {
                    subject = subjectAfter(index + 1, in: sentence)
                } else {
                    subject = subjectBefore(index, in: sentence) ?? subjectAfter(index, in: sentence)
                }
                result.append(Attribution(verb: index, verbText: tokens[index].text, subject: subject ?? .unknown))
            } else if SpeechVocabulary.participles.contains(word) {
                // `the official said, adding …`: the participle shares the verb's subject.
                let subject = result.last?.subject ?? participleSubject(index, in: sentence) ?? .unknown
                result.append(Attribution(verb: index, verbText: tokens[index].text, subject: subject))
            }
        }
        return result
    }

    /// A person named just before a colon: `Zelensky: “…”`, `Scholz sagte: „…“`.
    func personBeforeColon(_ colon: Int, in sentence: Range<Int>) -> String? {
        var index = colon - 1
        while index >= sentence.lowerBound, index >= colon - 3, tokens[index].isWord {
            if let name = person(endingAt: index) { return name }
            index -= 1
        }
        return nil
    }

    // MARK: Subjects

    /// `Leavitt said`, `the official said`, `she said`, `Kallas, the EU's foreign policy chief, added`.
    private func subjectBefore(_ verb: Int, in sentence: Range<Int>) -> Attribution.Subject? {
        var index = verb - 1
        while index >= sentence.lowerBound, tokens[index].isWord, person(endingAt: index) == nil,
              SpeechVocabulary.betweenSubjectAndVerb.contains(tokens[index].folded) {
            index -= 1
        }
        guard index >= sentence.lowerBound else { return nil }
        let token = tokens[index]
        if let name = person(endingAt: index) { return .person(name) }
        if token.isPunctuation(",") {
            // An apposition between the name and the verb.
            var start = index - 1
            while start > sentence.lowerBound, start > index - 14, !tokens[start].isQuotation, !tokens[start].isPunctuation(",;:()") {
                start -= 1
            }
            if start > sentence.lowerBound, tokens[start].isPunctuation(","), let name = person(endingAt: start - 1) { return .person(name) }
            return nil
        }
        guard token.isWord else { return nil }
        return wordSubject(endingAt: index, in: sentence)
    }

    /// `said Leavitt`, `said White House spokeswoman Karoline Leavitt`, `said the spokeswoman`, `said she`.
    private func subjectAfter(_ verb: Int, in sentence: Range<Int>) -> Attribution.Subject? {
        let first = verb + 1
        guard first < sentence.upperBound, tokens[first].isWord else { return nil }
        if let pronoun = pronoun(at: first) { return pronoun }
        var index = first
        var words: [String] = []
        while index < sentence.upperBound, index < first + 7, tokens[index].isWord {
            if let name = person(startingAt: index) { return .person(name) }
            words.append(tokens[index].folded)
            index += 1
            // An honorific's dot (`a indiqué M. Modi`, `said Dr. Holm`) does not end the subject.
            if index + 1 < sentence.upperBound, tokens[index].isPunctuation("."), PersonVocabulary.honorifics.contains(words.last ?? ""),
               tokens[index + 1].isWord {
                index += 1
            }
        }
        if words.first == "the", words.count >= 2, let head = words.last, SpeechVocabulary.roleNouns[head] != nil {
            return .descriptor(Array(words.dropFirst()))
        }
        return nil
    }

    /// The subject of the clause a participle (`…, saying`) hangs on: the nearest `he`/`she` before it,
    /// or a person named at the start of the sentence (after titles such as `White House press secretary`).
    private func participleSubject(_ verb: Int, in sentence: Range<Int>) -> Attribution.Subject? {
        for index in stride(from: verb - 1, through: sentence.lowerBound, by: -1) {
            if let pronoun = pronoun(at: index) { return pronoun }
        }
        var index = sentence.lowerBound
        while index < sentence.upperBound, !tokens[index].isWord { index += 1 }
        let start = index
        while index < sentence.upperBound, index < start + 7, tokens[index].isWord {
            if let name = person(startingAt: index) { return .person(name) }
            let token = tokens[index]
            let isTitleWord = token.text.first?.isUppercase == true || SpeechVocabulary.roleNouns[token.folded] != nil
                || ["of", "the", "for"].contains(token.folded)
            guard isTitleWord else { break }
            index += 1
        }
        if start < sentence.upperBound, index > start, tokens[start].folded == "the" {
            return wordSubject(endingAt: index - 1, in: sentence)
        }
        return nil
    }

    /// A subject made of words: a pronoun, `the` and a role, or something that is not a person.
    private func wordSubject(endingAt index: Int, in sentence: Range<Int>) -> Attribution.Subject {
        if let pronoun = pronoun(at: index) { return pronoun }
        let token = tokens[index]
        if SpeechVocabulary.pluralPronouns.contains(token.folded) { return .notAPerson }
        var start = index
        var words: [String] = []
        while start >= sentence.lowerBound, start > index - 6, tokens[start].isWord, tokens[start].folded != "the" {
            words.insert(tokens[start].folded, at: 0)
            start -= 1
        }
        if start >= sentence.lowerBound, tokens[start].folded == "the", !words.isEmpty {
            if let head = words.last, SpeechVocabulary.roleNouns[head] != nil { return .descriptor(words) }
            return .notAPerson
        }
        // A name that is no person (`Kyiv said`), or a plural noun (`officials said`).
        if token.text.first?.isUppercase == true || (token.folded.hasSuffix("s") && token.folded.count > 3) { return .notAPerson }
        return .unknown
    }

    private func pronoun(at index: Int) -> Attribution.Subject? {
        guard tokens[index].isWord else { return nil }
        // `Ella Henderson`, `Elle Fanning`: a pronoun's word in capitals before a capitalised word is a name.
        if tokens[index].text.first?.isUppercase == true, index + 1 < tokens.count, tokens[index + 1].isWord,
           tokens[index + 1].text.first?.isUppercase == true { return nil }
        if femalePronouns.contains(tokens[index].folded) { return .pronoun(.female, at: index) }
        if malePronouns.contains(tokens[index].folded) { return .pronoun(.male, at: index) }
        return nil
    }

    func person(endingAt index: Int) -> String? {
        endingAt[index]
    }

    func person(startingAt index: Int) -> String? {
        startingAt[index]
    }
}
