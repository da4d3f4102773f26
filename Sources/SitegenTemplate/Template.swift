/// A parsed Mustache template: text and tags, as the renderer walks them.
public struct Template: Sendable {
    let tokens: [Token]

    /// Parses `text`; the error says where (line and column) and what is wrong.
    public init(_ text: String) throws(TemplateError) {
        tokens = try TemplateParser.parse(text)
    }

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// One piece of a template. Text is cut at each line's end (a line is one token), so that a
    /// partial's indentation can be put before each line it renders.
    enum Token: Sendable {
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (as it is).
        case variable(Name, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or with `inverted` `{{^name}}…{{/name}}`.
        case section(Name, Template, inverted: Bool)
        /// `{{> name}}`; `indentation` is the whitespace before a partial alone on its line
        /// (nil when it shares its line), put before each of its lines.
        case partial(String, indentation: String?)
    }

    /// A tag's name, split at its dots once, when parsed.
    struct Name: Sendable, Equatable {
        /// `.`: the innermost value itself.
        var isImplicit: Bool
        /// `.name`: looked up in the innermost value only, not the values around it.
        var anchored: Bool
        var parts: [String]
        var text: String

        init(_ text: String) {
            self.text = text
            isImplicit = text == "."
            anchored = !isImplicit && text.hasPrefix(".")
            parts = isImplicit ? [] : text.split(separator: ".").map(String.init)
        }
    }
}
