import SitegenModel
import Foundation

/// What a build of the site would find, without building it: its configuration and its
/// warnings. `sitegen check` reports them beside the problems of the built site.
public struct SiteReview: Sendable {
    /// The configuration, with `--base-url` applied.
    public var config: SiteConfig
    public var warnings: [Diagnostic]

    /// Reads and parses the site as a build does; bad content or templates fail as they would.
    public init(options: BuildOptions) throws(BuildFailure) {
        let sources = try SiteSources.read(options)
        let (content, _) = try sources.load(known: [:])
        config = sources.config
        // The checks read names as the build does: merged by the gazetteer.
        let articles = SiteModelBuilder(includeDrafts: options.includeDrafts).build(config: config, content: content).articles
        let names = NameVariants(gazetteer: config.gazetteer)
        warnings = SiteBuilder.sorted(SiteBuilder.warnings(content: content, options: options)
                                      + articles.flatMap { ConsistencyCheck.frontMatterWarnings($0) + ConsistencyCheck.bodyWarnings($0, names: names) }
                                      + ConsistencyCheck.crossArticleWarnings(articles, names: names))
    }
}
