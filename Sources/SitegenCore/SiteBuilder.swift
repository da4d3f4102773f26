import SitegenModel
import SitegenMarkdown
import SitegenOutput
import SitegenRender
import SitegenIncremental
import Foundation

/// The build pipeline: read the sources → load the content and the theme → build the site
/// model → plan what to render → render and write → keep the cache. Each step is named and
/// timed (`sitegen build --verbose` prints the same names).
///
/// Incremental builds are a layer around it (`IncrementalBuild`): it tells the pipeline which
/// parsed articles and renders it may take from the previous build, and what to render and
/// write; without a cache its answers make a full build, through the same steps.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    /// Called with the name of each step as it starts (for `--verbose`).
    public var onStage: @Sendable (String) -> Void = { _ in }

    public init(options: BuildOptions) {
        self.options = options
    }

    public func build() throws(BuildFailure) -> BuildReport {
        try build(keepingSite: false).report
    }

    /// Builds, and keeps what the build made of the site (its model, theme and word counts), for
    /// the preview to render one edited article's page at once (`BuiltSite.articlePages`). When
    /// nothing changed, the model is made from the cache without writing anything.
    public func buildForPreview() throws(BuildFailure) -> (report: BuildReport, site: BuiltSite?) {
        try build(keepingSite: true)
    }

    private func build(keepingSite: Bool) throws(BuildFailure) -> (report: BuildReport, site: BuiltSite?) {
        let started = ContinuousClock.now
        var steps = BuildSteps(onStep: onStage)
        let target = try steps.run("output folder") { () throws(BuildFailure) in try BuildTarget(options: options) }
        defer { withExtendedLifetime(target) {} }  // holds the output's lock until the build returns
        let sources = try steps.run("sources") { () throws(BuildFailure) in try SiteSources.read(options) }
        var incremental = try steps.run("cache") { () throws(BuildFailure) in
            IncrementalBuild(output: target.url, fingerprint: sources.fingerprint)
        }
        if sources.problems.isEmpty, let unchanged = incremental.unchangedSite(sources.stamped) {
            try Self.refuseWarningsIfStrict(unchanged.warnings, options)
            let report = BuildReport(unchanged: unchanged, stageTimes: steps.times, seconds: (ContinuousClock.now - started).seconds)
            guard keepingSite else { return (report, nil) }
            // Made after the report's time is taken: the preview serves the site meanwhile.
            let site = try? BuiltSite.fromCache(sources: sources, incremental: &incremental, options: options)
            return (report, site)
        }
        let (content, theme) = try steps.run("content and theme") { () throws(BuildFailure) in
            try sources.load(known: incremental.knownArticles(sources.stamped))
        }
        var model = try steps.run("model") { () throws(BuildFailure) in
            SiteModelBuilder(includeDrafts: options.includeDrafts).build(config: sources.config, content: content)
        }
        let plan = try steps.run("plan") { () throws(BuildFailure) in incremental.plan(content: content, model: model) }
        if !plan.bodiesToRead.isEmpty {
            try steps.run("bodies") { () throws(BuildFailure) in
                try model.readBodies(plan.bodiesToRead, displayRoot: options.siteDirectory)
            }
        }
        // Bodies read in this build are checked now; the others' findings come from the cache.
        let read = Set(model.articles.filter { !$0.body.isEmpty }.map(\.path)).union(plan.bodiesToRead)
        let (bodyWarnings, crossArticleWarnings, warnings) = try steps.run("checks") { () throws(BuildFailure) in
            let names = NameVariants(gazetteer: sources.config.gazetteer)
            let bodyWarnings = ParallelMap.map(model.articles.filter { read.contains($0.path) }) { ConsistencyCheck.bodyWarnings($0, names: names) }.flatMap { $0 }
                + incremental.carriedBodyWarnings(read: read)
            // Articles compared with each other: as the last build found them when only bodies changed.
            let cross = incremental.carriedCrossArticleWarnings(content) ?? ConsistencyCheck.crossArticleWarnings(model.articles, names: names)
            return (bodyWarnings, cross, Self.sorted(Self.warnings(content: content, options: options)
                                                     + model.articles.flatMap(ConsistencyCheck.frontMatterWarnings) + bodyWarnings + cross))
        }
        try Self.refuseWarningsIfStrict(warnings, options)
        let written = try steps.run(plan.isIncremental ? "render and write changes" : "render and write") { () throws(BuildFailure) in
            try SiteWriter(theme: theme, output: target.url).write(model, plan: plan) { incremental.willChangeOutput(plan) }
        }
        try steps.run("cache save") { () throws(BuildFailure) in
            incremental.save(content: content, model: model, renders: written.renders, eventEntries: written.eventEntries,
                             sizes: written.sizes, warnings: warnings,
                             bodyWarnings: bodyWarnings, crossArticleWarnings: crossArticleWarnings)
        }
        let report = BuildReport(model: model, content: content, written: written, incremental: plan.isIncremental,
                                 warnings: warnings,
                                 stageTimes: steps.times, seconds: (ContinuousClock.now - started).seconds)
        let site = keepingSite ? BuiltSite(options: options, language: sources.config.language, content: content, model: model,
                                           theme: theme, wordCounts: written.renders.mapValues(\.wordCount)) : nil
        return (report, site)
    }
}

/// The output folder of a build, checked and locked: a site folder with `content/`, an output
/// that is no source folder and holds nothing sitegen did not write, and no other build into it.
struct BuildTarget {
    let url: URL
    private let lock: BuildLock

    init(options: BuildOptions) throws(BuildFailure) {
        guard FileManager.default.fileExists(atPath: options.contentDirectory.path) else {
            throw BuildFailure([.error("no content/ folder in \(options.siteDirectory.path): run sitegen in a site folder or pass --source DIR")])
        }
        let output = OutputLocation(options.outputDirectory)
        do throws(Diagnostic) {
            try output.validate(siteDirectory: options.siteDirectory)
            lock = try BuildLock(for: output.url)
        } catch {
            throw BuildFailure([error])
        }
        url = output.url
    }
}

extension SiteModel {
    /// Reads again the bodies of the articles at `paths` (taken from the cache without them).
    package mutating func readBodies(_ paths: Set<String>, displayRoot: URL) throws(BuildFailure) {
        let bodies = try ContentLoader(language: config.language).readBodies(of: paths, displayRoot: displayRoot)
        for index in articles.indices {
            if let body = bodies[articles[index].path] { articles[index].body = body }
        }
    }
}

extension BuildReport {
    /// A build that found nothing changed: the previous build's site stands as it is.
    init(unchanged summary: BuildCache.Summary, stageTimes: [(stage: String, seconds: Double)], seconds: Double) {
        let counts = summary.counts
        self.init(articles: counts.articles, drafts: counts.drafts, tags: counts.tags, people: counts.people,
                  files: summary.outputs.count, renderedFiles: 0, changedFiles: 0, incremental: true, warnings: summary.warnings,
                  stageTimes: stageTimes, seconds: seconds)
    }

    init(model: SiteModel, content: LoadedContent, written: WrittenSite, incremental: Bool, warnings: [Diagnostic],
         stageTimes: [(stage: String, seconds: Double)], seconds: Double) {
        self.init(articles: model.articles.count, drafts: content.articles.count - model.articles.count,
                  tags: model.tags.terms.count, people: model.people.terms.count, files: written.sizes.count,
                  renderedFiles: written.renderedCount, changedFiles: written.changedCount, incremental: incremental,
                  warnings: warnings, slowestPages: written.slowestPages, searchIndexSeconds: written.searchIndexSeconds,
                  finishedInterruptedCommit: written.finishedInterruptedCommit, stageTimes: stageTimes, seconds: seconds)
    }
}

extension SiteBuilder {
    /// One warning for each draft that names what it still lacks (`missing:`, written by `sitegen import`).
    /// With `--strict`, warnings are errors: the build stops before it writes anything.
    static func refuseWarningsIfStrict(_ warnings: [Diagnostic], _ options: BuildOptions) throws(BuildFailure) {
        guard options.strict, !warnings.isEmpty else { return }
        throw BuildFailure(warnings.map { Diagnostic(.error, at: $0.location, $0.message) })
    }

    /// By file and line.
    static func sorted(_ warnings: [Diagnostic]) -> [Diagnostic] {
        warnings.sorted { ($0.location?.path ?? "", $0.location?.line ?? 0, $0.message) < ($1.location?.path ?? "", $1.location?.line ?? 0, $1.message) }
    }

    /// What a build warns of, from the content alone: problems that do not stop it.
    static func warnings(content: LoadedContent, options: BuildOptions) -> [Diagnostic] {
        options.includeDrafts ? incompleteDrafts(content.articles) : []
    }

    static func incompleteDrafts(_ articles: [Article]) -> [Diagnostic] {
        articles.filter { $0.draft && !$0.missingFacts.isEmpty }.sorted { $0.path < $1.path }.map { article in
            let missing = article.missingFacts
            let effect = missing.contains("date") ? "left out of the site until it has a date" : "built as a draft"
            return .warning("draft lacks \(missing.joined(separator: ", ")): \(effect); fill it in and remove it from `missing:`",
                            at: SourceLocation(path: article.path, line: 2))
        }
    }
}
