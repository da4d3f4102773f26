import Foundation
import Mustache

/// Compiled templates and static assets: loaded and parsed once per build.
public struct Theme: Sendable {
    /// Page templates every theme must have.
    public static let requiredTemplates = ["layout", "home", "article", "briefing", briefingSectionTemplate, "terms", "term", "404"]
    /// One article's section of the combined briefing, rendered on its own so that it can be
    /// rendered in parallel and kept in the build cache.
    public static let briefingSectionTemplate = "partials/briefing-article"

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

/// A theme's files before parsing, by their path inside the theme folder, sorted.
public struct ThemeFiles: Sendable {
    public var files: [(path: String, contents: Data)]
    /// `templates/` or `built-in theme`.
    public var origin: String
}
