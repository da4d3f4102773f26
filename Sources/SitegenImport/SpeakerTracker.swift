/// Decides who `he`, `she` or `the spokeswoman` is, and only when the text leaves no doubt:
///
/// - a role (`the press secretary`) is the one person the text or the gazetteer gives that role;
///   a role no one is given (`the official`) is the last speaker;
/// - a pronoun is the one person named before it in its sentence; or the speaker of the sentence
///   before; or the one person named in the sentence before; or the last speaker;
/// - two people where one is wanted, or a gender that the text contradicts (`Ms`, `spokeswoman`),
///   leave the speaker open; the last speaker counts only if named in this paragraph or the two before.
///
/// A subject that is not one person (`officials said`) ends the run of the last speaker.
struct SpeakerTracker: Sendable {
    /// Where a subject stands.
    struct Context {
        var paragraph: Int
        /// A number counting the sentences of the article.
        var sentence: Int
        /// People named so far in the article.
        var named: [String]
        /// People named before the subject in its sentence.
        var earlierInSentence: [String]
        /// People named in the sentence before.
        var previousSentence: [String]
    }

    private var lastSpeaker: (name: String, paragraph: Int, sentence: Int)?
    /// Role phrases of each person, folded words: from the gazetteer and from the text (`White House spokeswoman`).
    private let roles: [String: [[String]]]
    private let genders: [String: Gender]

    init(roles: [String: [[String]]], genders: [String: Gender]) {
        self.roles = roles
        self.genders = genders
    }

    /// The speaker a subject stands for, or nil when the text leaves it open.
    func resolve(_ subject: Attribution.Subject, in context: Context) -> String? {
        switch subject {
        case let .person(name):
            return name
        case let .pronoun(gender, _):
            if let named = only(context.earlierInSentence) { return named.flatMap { compatible($0, gender) } }
            if let lastSpeaker, lastSpeaker.sentence >= context.sentence - 1 { return compatible(lastSpeaker.name, gender) }
            if let named = only(context.previousSentence) { return named.flatMap { compatible($0, gender) } }
            return recentSpeaker(gender: gender, context)
        case let .descriptor(words):
            let holders = context.named.filter { name in roles[name, default: []].contains { $0.containsRun(words) } }
            if holders.count == 1 { return holders[0] }
            if holders.count > 1 { return nil }
            let gender = words.last.flatMap { SpeechVocabulary.roleNouns[$0] } ?? nil
            return recentSpeaker(gender: gender, context)
        case .notAPerson, .unknown:
            return nil
        }
    }

    mutating func record(_ subject: Attribution.Subject, speaker: String?, in context: Context) {
        if let speaker {
            lastSpeaker = (speaker, context.paragraph, context.sentence)
        } else if subject == .notAPerson {
            lastSpeaker = nil
        }
    }

    /// nil when `names` is empty; `.some(name)` for one person; `.some(nil)` for several.
    private func only(_ names: [String]) -> String?? {
        let distinct = names.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if distinct.isEmpty { return nil }
        return .some(distinct.count == 1 ? distinct[0] : nil)
    }

    private func recentSpeaker(gender: Gender?, _ context: Context) -> String? {
        guard let lastSpeaker, context.paragraph - lastSpeaker.paragraph <= 2 else { return nil }
        return compatible(lastSpeaker.name, gender)
    }

    private func compatible(_ name: String, _ gender: Gender?) -> String? {
        guard let gender, let known = genders[name] else { return name }
        return known == gender ? name : nil
    }
}

extension Array where Element == String {
    /// Whether `run` stands in this array as consecutive elements.
    func containsRun(_ run: [String]) -> Bool {
        guard !run.isEmpty, run.count <= count else { return false }
        return (0...(count - run.count)).contains { Array(self[$0..<($0 + run.count)]) == run }
    }
}
