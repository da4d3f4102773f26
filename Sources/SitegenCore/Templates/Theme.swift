import Mustache

/// Compiled templates and static assets: loaded and parsed once per build.
public struct Theme: Sendable {
    /// Page templates every theme must have.
    public static let requiredTemplates = ["layout", "home", "article", "briefing", "terms", "term", "404"]

    public let library: MustacheLibrary
    /// Files copied into the site as they are, at `assets/...`.
    public let assets: [OutputFile]
    /// Where the theme came from, for messages: `templates/` or the built-in theme.
    public let origin: String

    /// Renders `template` with `context`; the template is known to exist once the theme has loaded.
    public func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
