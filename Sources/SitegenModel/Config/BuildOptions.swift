import Foundation

/// What `sitegen build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder: holds `content/` and, optionally, `templates/`.
    public var siteDirectory: URL
    /// Where the site is written; `public/` in the site folder by default.
    public var outputDirectory: URL
    /// Overrides `base_url` from `site.yml`.
    public var baseURL: BaseURL?
    public var includeDrafts: Bool
    /// Warnings fail the build, before anything is written.
    public var strict: Bool

    public init(siteDirectory: URL, outputDirectory: URL? = nil, baseURL: BaseURL? = nil, includeDrafts: Bool = false,
                strict: Bool = false) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.outputDirectory = (outputDirectory ?? SiteLayout(siteDirectory: siteDirectory).defaultOutput).standardizedFileURL
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.strict = strict
    }

    public var contentDirectory: URL { SiteLayout(siteDirectory: siteDirectory).content }
}
