import ArgumentParser
import Foundation
import SitegenCore
import SitegenModel

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the site into its output folder (public/ by default).",
        discussion: """
        Reads content/site.yml, content/briefing.md and content/articles/*.md, renders them \
        through templates/ (or the built-in theme) and writes the site. The site is built in a \
        staging folder and swapped in, so a failed build leaves the previous output untouched.

        Examples:
          sitegen build
          sitegen build --source ~/briefings/ukraine --output /tmp/site
          sitegen build --base-url https://example.org/briefings/ukraine/
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <source>/public).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Treat warnings as errors: the build stops before writing anything.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print each stage and its time.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together.") }
    }

    func run() throws {
        let options = BuildOptions(
            siteDirectory: site.siteDirectory,
            outputDirectory: output.map { URL(fileURLWithPath: $0) },
            baseURL: site.publishedAt,
            includeDrafts: site.drafts,
            strict: strict
        )
        var builder = SiteBuilder(options: options)
        let progress = ProgressLine(enabled: !quiet && !verbose)
        if verbose {
            builder.onStage = { Console.info("· \($0)") }
        } else {
            builder.onStage = { progress.update("building: \($0)") }
        }
        let report: BuildReport
        do {
            defer { progress.finish() }
            report = try builder.build()
        } catch {
            for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
            let count = error.diagnostics.count
            let state = error.outputChanged ? "the output was partly updated (see above)" : "the previous output was left as it was"
            Console.error("build failed: \(count) \(count == 1 ? "error" : "errors"); \(state)")
            throw ExitCode.failure
        }
        for warning in report.warnings { Console.error(warning.description) }
        let place = DisplayPath.relative(options.outputDirectory, to: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        if let finished = report.finishedInterruptedCommit {
            Console.info("note: a build killed while replacing files had left \(place) half-updated; "
                         + "its \(Console.count(finished, "remaining file")) were moved into place before this build")
        }
        if verbose {
            for (stage, seconds) in report.stageTimes {
                Console.info("  " + stage.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", seconds * 1000))
            }
            if report.searchIndexSeconds > 0 {
                Console.info("    of which search index" + String(format: "%12.1f ms", report.searchIndexSeconds * 1000))
            }
            if !report.slowestPages.isEmpty { Console.info("  slowest pages:") }
            for (path, seconds) in report.slowestPages { Console.info(String(format: "    %8.1f ms  %@", seconds * 1000, path)) }
        }
        if !quiet {
            let drafts = report.drafts > 0 ? "; \(report.drafts) \(report.drafts == 1 ? "draft" : "drafts") skipped" : ""
            let how = report.incremental ? " (incremental: \(report.renderedFiles) rendered)" : ""
            Console.info("built \(Console.count(report.files, "file")) (\(Console.count(report.articles, "article")), \(Console.count(report.tags, "tag")), \(report.people) people\(drafts)) into \(place) in \(String(format: "%.2f", report.seconds)) s: \(report.changedFiles) changed\(how)")
        }
    }
}
