import Foundation

/// Every path of a site folder, named once: where the content, its articles and raw texts, the
/// configuration, the gazetteer and the templates are, and where the site is built by default.
///
/// ```
/// SITE/content/site.yml          SiteLayout.configFile
/// SITE/content/gazetteer.yml     SiteLayout.gazetteerFile
/// SITE/content/briefing.md       SiteLayout.briefingFile
/// SITE/content/articles/*.md     SiteLayout.articlesFolder
/// SITE/content/raw/              SiteLayout.rawFolder (import's raw texts)
/// SITE/templates/                SiteLayout.templatesFolder
/// SITE/public/                   SiteLayout.defaultOutputFolder
/// ```
public struct SiteLayout: Sendable, Equatable {
    public static let contentFolder = "content"
    public static let configFile = "site.yml"
    public static let gazetteerFile = "gazetteer.yml"
    public static let briefingFile = "briefing.md"
    public static let articlesFolder = "articles"
    public static let rawFolder = "raw"
    public static let templatesFolder = "templates"
    public static let defaultOutputFolder = "public"
    /// Folders an output folder must never be or contain: building there would delete sources.
    public static let sourceFolders = [contentFolder, templatesFolder]

    public let siteDirectory: URL

    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory
    }

    public var content: URL { siteDirectory.appendingPathComponent(Self.contentFolder) }
    public var config: URL { content.appendingPathComponent(Self.configFile) }
    public var gazetteer: URL { content.appendingPathComponent(Self.gazetteerFile) }
    public var briefing: URL { content.appendingPathComponent(Self.briefingFile) }
    public var articles: URL { content.appendingPathComponent(Self.articlesFolder) }
    public var raw: URL { content.appendingPathComponent(Self.rawFolder) }
    public var templates: URL { siteDirectory.appendingPathComponent(Self.templatesFolder) }
    public var defaultOutput: URL { siteDirectory.appendingPathComponent(Self.defaultOutputFolder) }
}

/// The files sitegen keeps beside an output folder, never inside it: `.<name>.sitegen-<kind>`
/// (`.public.sitegen-cache` for `public/`). Nothing else beside the output is ever written or removed.
public struct OutputSiblings: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A full build's new site, swapped in at the end.
        case staging
        /// An incremental build's changed files, renamed into place at the end.
        case journal
        /// The old site, while a swap without `renameat2` moves it aside.
        case previous
        /// The build cache's index.
        case cache
        /// The build cache's store of rendered pieces.
        case pieces
        /// The lock that keeps two builds out of one output folder.
        case lock
    }

    public let output: URL

    public init(output: URL) {
        self.output = output
    }

    public func url(_ kind: Kind) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).sitegen-\(kind.rawValue)")
    }

    /// The temporary name a file is written under, beside itself, before it is renamed into place.
    public static func temporaryPath(for path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(".\(name).sitegen-new")
    }
}
