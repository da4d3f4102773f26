/// Why a template cannot be parsed, and where: the line and column (from 1) of the position
/// the parser had reached.
public struct TemplateError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case sectionCloseNameIncorrect
        case unfinishedName
        case expectedSectionEnd
        case invalidSetDelimiter
        case unfinishedComment
        /// A Mustache feature sitegen's templates do not have, named.
        case unsupported(String)
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    /// The problem in words, for `path:line:column: template error: …`.
    public var description: String {
        switch kind {
        case .sectionCloseNameIncorrect: "a closing tag does not match the section it closes"
        case .unfinishedName: "a tag is not finished (missing `}}`?)"
        case .expectedSectionEnd: "a section is not closed (missing `{{/name}}`)"
        case .invalidSetDelimiter: "bad set-delimiter tag"
        case .unfinishedComment: "a comment is not finished (missing `}}`)"
        case .unsupported(let feature): "\(feature) are not supported"
        }
    }
}
