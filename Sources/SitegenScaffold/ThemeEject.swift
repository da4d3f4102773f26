import Foundation
import SitegenModel
import SitegenRender

/// `sitegen theme eject`: the built-in theme's files, written into the site's `templates/`
/// for editing. A file the editor has changed is never replaced unless `force` is given.
public struct ThemeEject: Sendable {
    public init() {}

    /// The built-in theme, as files of a site folder (`templates/layout.mustache`…).
    public var files: [ScaffoldFile] {
        EmbeddedTheme.files.map { ScaffoldFile(path: "\(SiteLayout.templatesFolder)/\($0.path)", text: $0.contents) }
    }

    /// The theme files under `siteDirectory` that differ from the built-in ones.
    public func edited(in siteDirectory: URL) throws -> [String] {
        let writer = ScaffoldWriter(root: siteDirectory)
        return try files.filter { try writer.differs($0) == true }.map(\.path)
    }

    /// Writes the theme. Without `force` nothing is written when any file would replace an
    /// edited one: the report then lists those files as `kept` and nothing else.
    public func write(into siteDirectory: URL, force: Bool) throws -> ScaffoldReport {
        if !force {
            let edited = try edited(in: siteDirectory)
            if !edited.isEmpty {
                var report = ScaffoldReport()
                report.kept = edited
                return report
            }
        }
        return try ScaffoldWriter(root: siteDirectory).write(files, replace: force)
    }
}
