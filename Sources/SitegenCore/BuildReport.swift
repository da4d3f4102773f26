import SitegenModel
import SitegenMarkdown
import SitegenOutput
import SitegenRender
import SitegenIncremental
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
    /// Seconds of the render step spent on the search index (0 without search).
    public var searchIndexSeconds: Double = 0
    /// Files this build first moved into place to finish a commit a killed build left half-done
    /// (nil when there was none).
    public var finishedInterruptedCommit: Int? = nil
    /// Seconds each stage took, in pipeline order.
    public var stageTimes: [(stage: String, seconds: Double)]
    public var seconds: Double
}
