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

    public init(siteDirectory: URL, outputDirectory: URL? = nil, baseURL: BaseURL? = nil, includeDrafts: Bool = false) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.outputDirectory = (outputDirectory ?? siteDirectory.appendingPathComponent("public")).standardizedFileURL
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }

    public var contentDirectory: URL { siteDirectory.appendingPathComponent("content") }
}

/// What a finished build did, for its summary line.
public struct BuildReport: Sendable {
    public var articles: Int
    public var drafts: Int
    public var tags: Int
    public var people: Int
    /// Files the site has.
    public var files: Int
    /// Files rendered by this build (all of them in a full build).
    public var renderedFiles: Int
    /// Files written, replaced or removed because their bytes changed.
    public var changedFiles: Int
    /// Whether the build updated the previous output using the build cache.
    public var incremental: Bool
    public var warnings: [Diagnostic]
    /// The pages that took longest to render, slowest first.
    public var slowestPages: [(path: String, seconds: Double)] = []
    /// Seconds each stage took, in pipeline order.
    public var stageTimes: [(stage: String, seconds: Double)]
    public var seconds: Double
}
