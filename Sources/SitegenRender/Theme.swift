import SitegenModel
import SitegenMarkdown
import SitegenOutput
import Foundation
import SitegenTemplate

/// Compiled templates and static assets: loaded and parsed once per build.
public struct Theme: Sendable {
    /// Page templates every theme must have.
    public static let requiredTemplates = ["layout", "home", "article", "briefing", "terms", "term", "404",
                                           briefingEventTemplate] + BriefingPieces.templates.map(\.name)

    /// Templates a theme may leave out: the page is then not made (themes ejected before it existed).
    public static let optionalTemplates = ["changes"]

    /// An event from an article's front matter in the briefing's timeline.
    public static let briefingEventTemplate = "partials/briefing-timeline-event"

    public let library: TemplateLibrary
    /// Files copied into the site as they are, at `assets/...`.
    public let assets: [OutputFile]
    /// Where the theme came from, for messages: `templates/` or the built-in theme.
    public let origin: String
    /// The names of its templates (`home`, `partials/header`…).
    public let templateNames: Set<String>

    public func has(_ template: String) -> Bool { templateNames.contains(template) }

    /// Renders `template` with `context`; the template is known to exist once the theme has loaded.
    public func render(_ template: String, _ context: some TemplateData) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}

/// A theme's files before parsing, by their path inside the theme folder, sorted.
public struct ThemeFiles: Sendable {
    public var files: [(path: String, contents: Data)]
    /// `templates/` or `built-in theme`.
    public var origin: String
}
