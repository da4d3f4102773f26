/// What the text tells of a person's gender, for matching `he` and `she` to a speaker.
enum Gender: Sendable, Equatable {
    case female
    case male
}
