import ArgumentParser
import Foundation
import SitegenCore
import SitegenModel
import SitegenServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on a local server that rebuilds and reloads on every change.",
        discussion: """
        Builds the site into a preview folder kept in the user's cache \
        ($XDG_CACHE_HOME/sitegen/preview/, else ~/.cache/sitegen/preview/; public/ is left as it \
        is), serves it, and watches content/ (with site.yml) and templates/. The next start serves \
        the kept preview at once and brings it up to date with an incremental build; --fresh \
        builds into a temporary folder instead. A change rebuilds the site and reloads the pages \
        open in the browser. A failed build keeps the last good site served and shows the error \
        on the page; fixing the file recovers. When base_url has a sub-path, the site is served \
        under it. Press Ctrl-C to stop.

        Examples:
          sitegen serve
          sitegen serve --source ~/briefings/ukraine --port 8080 --drafts
          sitegen serve --fresh
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The address to listen on. Anything but loopback lets other machines see the preview.", valueName: "address"))
    var host: String = ServeOptions.defaultHost

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "port"))
    var port: Int = ServeOptions.defaultPort

    @Flag(name: .long, help: "Build into a temporary folder, removed on exit, instead of the preview kept between runs.")
    var fresh = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    }

    func run() async throws {
        let options = ServeOptions(
            siteDirectory: site.siteDirectory,
            host: host,
            port: port,
            baseURL: site.publishedAt,
            includeDrafts: site.drafts,
            keepsPreview: !fresh
        )
        if !options.isLoopback {
            Console.error("warning: listening on \(host): other machines on the network can see this preview")
        }
        let server = PreviewServer(options: options) { Self.print($0) }
        do {
            try await server.run()
        } catch let error as ServeError {
            Console.error("error: \(error)")
            throw ExitCode.failure
        }
        Console.info("stopped")
    }

    private static func print(_ event: PreviewEvent) {
        switch event {
        case .building(let changed):
            Console.info(changed.isEmpty ? "building the site…" : "\(describe(changed)) changed: rebuilding…")
        case .renderedAhead(let pages):
            Console.info("showing \(pages.count == 1 ? pages[0] : Console.count(pages.count, "edited page")) at once; the rest follows")
        case .built(let report, _, let pages):
            let how = report.incremental ? " (incremental: \(report.renderedFiles) rendered)" : ""
            let reload = pages == 0 ? "" : "; reloading \(pages) \(pages == 1 ? "page" : "pages")"
            Console.info("built \(Console.count(report.files, "file")) (\(Console.count(report.articles, "article"))) in \(String(format: "%.2f", report.seconds)) s: \(report.changedFiles) changed\(how)\(reload)")
            for warning in report.warnings { Console.error(warning.description) }
        case .failed(let failure, _, let pages, let servingLastGood):
            for diagnostic in failure.diagnostics { Console.error(diagnostic.description) }
            let count = failure.diagnostics.count
            let shown = pages == 0 ? "in the browser" : "on \(pages) open \(pages == 1 ? "page" : "pages")"
            let serving = servingLastGood ? "still serving the last good site" : "nothing to serve yet"
            Console.error("build failed: \(count) \(count == 1 ? "error" : "errors"); \(serving); the error is shown \(shown) until it is fixed")
        case .serving(let url, _):
            Console.info("serving \(url)  (Ctrl-C to stop)")
        case .stopping:
            Console.info("stopping…")
        }
        // Keep the log current when standard output is a file or a pipe.
        fflush(nil)
    }

    private static func describe(_ paths: [String]) -> String {
        paths.count <= 3 ? paths.joined(separator: ", ") : "\(paths.prefix(2).joined(separator: ", ")) and \(paths.count - 2) more"
    }
}
