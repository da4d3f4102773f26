/// A verb of saying in a sentence, with what the sentence gives as its subject.
struct Attribution: Sendable, Equatable {
    enum Subject: Sendable, Equatable {
        /// A named person (display name).
        case person(String)
        /// `he` or `she`, at a token index.
        case pronoun(Gender, at: Int)
        /// `the spokeswoman`, `the press secretary`: the words after `the`, folded.
        case descriptor([String])
        /// Someone who is not one person: `officials`, `they`, `Kyiv`, `the ministry`.
        case notAPerson
        /// Nothing the rules can read.
        case unknown
    }

    /// The token index of the verb (or of `according`).
    var verb: Int
    var verbText: String
    var subject: Subject
}
