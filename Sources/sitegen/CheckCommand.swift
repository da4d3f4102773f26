import ArgumentParser
import Foundation
import SitegenCheck
import SitegenCore
import SitegenModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the built site: links, anchors, images, feed, sitemap and base_url.",
        discussion: """
        Reads the site's content as a build does and reports its warnings, then checks the \
        built output folder (public/ by default): every internal link and #anchor leads to a \
        file and an element that exist, images have alt text, ids are unique, the feed and the \
        sitemap are well-formed and name existing pages under base_url, and each page's \
        canonical address is its own. External links are not fetched. Prints one \
        `path:line: message` per problem and exits with status 1 when there is any.

        Examples:
          sitegen build && sitegen check
          sitegen check --output /tmp/site --base-url https://example.org/briefings/ukraine/
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The built site to check (default: <source>/public).", valueName: "dir"), completion: .directory)
    var output: String?

    @Flag(name: .long, help: "Count warnings as problems.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only problems.")
    var quiet = false

    func run() throws {
        let options = BuildOptions(siteDirectory: site.siteDirectory, outputDirectory: output.map { URL(fileURLWithPath: $0) },
                                   baseURL: site.publishedAt, includeDrafts: site.drafts)
        let review: SiteReview
        do {
            review = try SiteReview(options: options)
        } catch {
            for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
            Console.error("check failed: the site's sources have \(error.diagnostics.count) \(error.diagnostics.count == 1 ? "error" : "errors")")
            throw ExitCode.failure
        }
        for warning in review.warnings { Console.error(warning.description) }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let display = DisplayPath.relative(options.outputDirectory, to: here)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.outputDirectory.path, isDirectory: &isFolder), isFolder.boolValue else {
            Console.error("\(display): no built site here; run `sitegen build` first")
            throw ExitCode.failure
        }
        let result: SiteCheck.Result
        do {
            result = try SiteCheck(output: options.outputDirectory, baseURL: review.config.baseURL, displayPath: display).run()
        } catch {
            Console.error("\(display): \(SystemErrorText.describe(error))")
            throw ExitCode.failure
        }
        for problem in result.problems { Console.error(problem.description) }
        let failed = !result.problems.isEmpty || (strict && !review.warnings.isEmpty)
        if !quiet || failed {
            let warnings = review.warnings.isEmpty ? "" : ", \(review.warnings.count) \(review.warnings.count == 1 ? "warning" : "warnings")"
            let summary = "checked \(result.pages) pages and \(result.files) files in \(display), \(result.links) internal links: \(result.problems.count) \(result.problems.count == 1 ? "problem" : "problems")\(warnings)"
            failed ? Console.error(summary) : Console.info(summary)
        }
        if failed { throw ExitCode.failure }
    }
}
