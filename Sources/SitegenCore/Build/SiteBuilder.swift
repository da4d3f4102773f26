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
        do throws(Diagnostic) {
            try output.validate(siteDirectory: root)
        } catch {
            throw BuildFailure([error])
        }

        var config = try stage("config") { () throws(BuildFailure) in
            try ConfigLoader().load(contentDirectory: options.contentDirectory, displayRoot: root)
        }
        if let baseURL = options.baseURL { config.baseURL = baseURL }

        // Content and theme problems are reported together.
        var problems: [Diagnostic] = []
        let content: LoadedContent? = try stage("content") { () throws(BuildFailure) in
            do throws(BuildFailure) { return try ContentLoader().load(contentDirectory: options.contentDirectory, displayRoot: root) }
            catch { problems += error.diagnostics; return nil }
        }
        let theme: Theme? = try stage("theme") { () throws(BuildFailure) in
            do throws(BuildFailure) { return try ThemeLoader().load(siteDirectory: root) }
            catch { problems += error.diagnostics; return nil }
        }
        guard let content, let theme, problems.isEmpty else { throw BuildFailure(problems) }

        let model = try stage("model") { () throws(BuildFailure) in
            SiteModelBuilder(includeDrafts: options.includeDrafts).build(config: config, content: content)
        }

        let writer = OutputWriter(output: output.url)
        let (files, changed) = try stage("render and write") { () throws(BuildFailure) in
            do {
                try writer.begin()
                let count = try SiteRenderer(theme: theme).render(model) { try writer.write($0) }
                return (count, try writer.commit())
            } catch let failure as BuildFailure {
                writer.abandon()
                throw failure
            } catch {
                writer.abandon()
                throw BuildFailure([.error("cannot write the site to \(output.url.path): \(error.localizedDescription)")])
            }
        }

        return BuildReport(
            articles: model.articles.count,
            drafts: content.articles.count - model.articles.count,
            tags: model.tags.terms.count,
            people: model.people.terms.count,
            files: files,
            changedFiles: changed,
            warnings: [],
            stageTimes: stageTimes,
            seconds: (clock.now - started).seconds
        )
    }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
