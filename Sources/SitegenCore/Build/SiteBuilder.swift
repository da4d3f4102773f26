import Foundation

/// The build pipeline, as a plain list of stages:
/// load config → load and parse content → build the site model → load the theme →
/// render Markdown and pages → write the output (staged, then swapped in).
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    /// Called with the name of each stage as it starts (for `--verbose`).
    public var onStage: @Sendable (String) -> Void = { _ in }

    public init(options: BuildOptions) {
        self.options = options
    }

    public func build() throws(BuildFailure) -> BuildReport {
        let clock = ContinuousClock()
        let started = clock.now
        var stageTimes: [(String, Double)] = []
        func stage<T>(_ name: String, _ body: () throws(BuildFailure) -> T) throws(BuildFailure) -> T {
            onStage(name)
            let start = clock.now
            let result = try body()
            stageTimes.append((name, (clock.now - start).seconds))
            return result
        }

        let root = options.siteDirectory
        guard FileManager.default.fileExists(atPath: options.contentDirectory.path) else {
            throw BuildFailure([.error("no content/ folder in \(root.path): run sitegen in a site folder or pass --source DIR")])
        }
        let output = OutputLocation(options.outputDirectory)
        let lock: BuildLock
        do throws(Diagnostic) {
            try output.validate(siteDirectory: root)
            lock = try BuildLock(for: output.url)
        } catch {
            throw BuildFailure([error])
        }
        // Held until the build returns, whichever way.
        defer { withExtendedLifetime(lock) {} }

        // Content and theme problems are reported together.
        var problems: [Diagnostic] = []
        let themeFiles: ThemeFiles? = try stage("theme files") { () throws(BuildFailure) in
            do throws(BuildFailure) { return try ThemeLoader().read(siteDirectory: root) }
            catch { problems += error.diagnostics; return nil }
        }
        // Taken before site.yml and briefing.md are read for the build: a file edited in
        // between then makes the next build a full one, never one that trusts stale pages.
        let fingerprint = themeFiles.map { BuildFingerprint.of(options: options, theme: $0) }

        var config = try stage("config") { () throws(BuildFailure) in
            try ConfigLoader().load(contentDirectory: options.contentDirectory, displayRoot: root)
        }
        if let baseURL = options.baseURL { config.baseURL = baseURL }

        // The cache of the previous build into this output, when it is still of use.
        let outputExists = FileManager.default.fileExists(atPath: output.url.path)
        let stored = try stage("cache") { () throws(BuildFailure) -> BuildCache.Stored? in
            guard outputExists, let fingerprint, let stored = BuildCache.open(for: output.url),
                  stored.summary.fingerprint == fingerprint else { return nil }
            return stored
        }
        let stamped = try stage("stamps") { () throws(BuildFailure) in
            ContentLoader().stampArticleFiles(contentDirectory: options.contentDirectory)
        }
        // Nothing changed since the last build: the output stands as it is.
        if let summary = stored?.summary, problems.isEmpty, summary.matches(stamped), summary.outputIsIntact(output.url) {
            let counts = summary.counts
            return BuildReport(articles: counts.articles, drafts: counts.drafts, tags: counts.tags,
                               people: counts.people, files: summary.outputs.count, renderedFiles: 0, changedFiles: 0,
                               incremental: true, warnings: [], stageTimes: stageTimes, seconds: (clock.now - started).seconds)
        }
        // Its entries, whose briefing pieces stay in the mapped piece store.
        var loadedCache: (cache: BuildCache, pieces: PieceStore)?
        if let stored { loadedCache = try stage("cache entries") { () throws(BuildFailure) in stored.load() } }
        let cache = loadedCache?.cache
        let cachedEntries = Dictionary((cache?.entries ?? []).map { ($0.fileName, $0) }, uniquingKeysWith: { a, _ in a })
        let loaded: LoadedContent? = try stage("content") { () throws(BuildFailure) in
            do throws(BuildFailure) {
                return try ContentLoader().load(contentDirectory: options.contentDirectory, displayRoot: root,
                                                cache: cachedEntries, stamped: stamped)
            } catch { problems += error.diagnostics; return nil }
        }
        let theme: Theme? = try stage("theme") { () throws(BuildFailure) in
            guard let themeFiles else { return nil }
            do throws(BuildFailure) { return try ThemeLoader().load(files: themeFiles.files, origin: themeFiles.origin) }
            catch { problems += error.diagnostics; return nil }
        }
        guard var content = loaded, let theme, let fingerprint, problems.isEmpty else { throw BuildFailure(problems) }

        var model = try stage("model") { [content] () throws(BuildFailure) in
            SiteModelBuilder(includeDrafts: options.includeDrafts).build(config: config, content: content)
        }
        // What an incremental build must render, decided before any body is read again below.
        let plan = try stage("plan") { [content, model] () throws(BuildFailure) in
            IncrementalPlan(cache: cache, content: content, model: model, output: output.url)
        }
        // Articles from the cache come without a body. A build with no plan renders every
        // page anew, and an incremental one the pages of articles whose tags or people were
        // renamed: those articles are read again and rendered in full. The feed shows the
        // newest articles' bodies: those are read again too.
        let rerendered = plan.map { $0.renamedTermArticles } ?? Set(model.articles.map(\.path))
        let bodyPaths = rerendered.union(model.articles.prefix(FeedBuilder.entryCount).map(\.path))
            .filter { content.reused[$0] != nil }
        if !bodyPaths.isEmpty {
            let bodies = try stage("bodies") { () throws(BuildFailure) in
                try ContentLoader().readBodies(of: Set(bodyPaths), displayRoot: root)
            }
            for index in model.articles.indices {
                if let body = bodies[model.articles[index].path] { model.articles[index].body = body }
            }
        }
        for path in rerendered { content.reused[path] = nil }

        let writer = OutputWriter(output: output.url, mode: plan == nil ? .staged : .inPlace)
        let rendered = try stage(plan == nil ? "render and write" : "render and write changes") { () throws(BuildFailure) in
            do {
                try writer.begin()
                let result = try SiteRenderer(theme: theme).render(model, reusing: content.reused,
                                                                   selection: plan?.selection) { try writer.write($0) }
                let stale = plan.map { Array(Set($0.previousOutputs.keys).subtracting(result.expectedPaths)) } ?? []
                // The cache describes the old output: gone before the output changes, so that a commit
                // stopped half-way makes the next build a full one instead of trusting it.
                if plan != nil { BuildCache.invalidate(for: output.url) }
                let changed = try writer.commit(removing: stale)
                var sizes = plan?.previousOutputs.filter { result.expectedPaths.contains($0.key) } ?? [:]
                sizes.merge(writer.sizes) { _, new in new }
                return (files: result.renderedCount, changed: changed, sizes: sizes, slowest: result.slowestPages,
                        renders: result.renders)
            } catch let failure as BuildFailure {
                writer.abandon()
                throw failure
            } catch let partial as OutputWriter.PartialUpdate {
                writer.abandon()
                throw BuildFailure([.error("""
                    cannot replace \(partial.failedPath) in \(output.url.path): \(SystemErrorText.describe(partial.reason)); \
                    \(partial.replaced) of \(partial.of) changed files were replaced before it, the others were not. \
                    The build cache's index was removed: the next build rebuilds the whole site
                    """)], outputChanged: true)
            } catch {
                writer.abandon()
                throw BuildFailure([.error("cannot write the site to \(output.url.path): \(SystemErrorText.describe(error))")])
            }
        }

        // The cache for the next build. A cache that cannot be written is removed, never left stale.
        try stage("cache save") { () throws(BuildFailure) in
            let newCache = BuildCache(
                fingerprint: fingerprint, hasPeople: !model.people.terms.isEmpty,
                counts: .init(articles: model.articles.count, drafts: content.articles.count - model.articles.count,
                              tags: model.tags.terms.count, people: model.people.terms.count),
                entries: content.articles.compactMap { article in
                    let name = article.path.split(separator: "/").last.map(String.init) ?? article.path
                    // A draft left out of the site is kept with an empty render (the drafts
                    // option is part of the fingerprint, so it is never shown from the cache).
                    guard let stamp = content.stamps[name],
                          let render = rendered.renders[article.path] ?? content.reused[article.path]
                            ?? (article.draft ? ArticleRender.omitted : nil)
                    else { return nil }
                    // (The body is not stored: the encoding leaves it out.)
                    return BuildCache.Entry(fileName: name, stamp: stamp, article: article, render: render)
                },
                outputs: rendered.sizes,
                termNames: Dictionary(model.tags.terms.map { (BuildCache.termKey($0.slug, person: false), $0.name) }
                    + model.people.terms.map { (BuildCache.termKey($0.slug, person: true), $0.name) },
                    uniquingKeysWith: { a, _ in a }))
            do { try newCache.save(for: output.url, previous: loadedCache?.pieces) } catch { BuildCache.remove(for: output.url) }
        }

        return BuildReport(
            articles: model.articles.count,
            drafts: content.articles.count - model.articles.count,
            tags: model.tags.terms.count,
            people: model.people.terms.count,
            files: rendered.sizes.count,
            renderedFiles: rendered.files,
            changedFiles: rendered.changed,
            incremental: plan != nil,
            warnings: options.includeDrafts ? Self.incompleteDrafts(content.articles) : [],
            slowestPages: rendered.slowest,
            stageTimes: stageTimes,
            seconds: (clock.now - started).seconds
        )
    }
}

extension SiteBuilder {
    /// One warning for each draft that names what it still lacks (`missing:`, written by `sitegen import`).
    static func incompleteDrafts(_ articles: [Article]) -> [Diagnostic] {
        articles.filter { $0.draft && !$0.missingFacts.isEmpty }.sorted { $0.path < $1.path }.map { article in
            let missing = article.missingFacts
            let effect = missing.contains("date") ? "left out of the site until it has a date" : "built as a draft"
            return .warning("draft lacks \(missing.joined(separator: ", ")): \(effect); fill it in and remove it from `missing:`",
                            at: SourceLocation(path: article.path, line: 2))
        }
    }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
