import ArgumentParser
import Foundation
import SitegenModel
import SitegenScaffold

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the site's theme.",
        subcommands: [EjectCommand.self]
    )

    struct EjectCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eject",
            abstract: "Copy the built-in theme into templates/ for editing.",
            discussion: """
            Writes the built-in theme's templates and assets into templates/; from then on the \
            site builds with them. A file that is already there with other contents (an edited \
            template) is never replaced without --force: the command then writes nothing and \
            lists those files.
            """
        )

        @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"), completion: .directory)
        var source: String = "."

        @Flag(name: .long, help: "Replace edited theme files with the built-in ones.")
        var force = false

        func run() throws {
            let site = URL(fileURLWithPath: source).standardizedFileURL
            guard FileManager.default.fileExists(atPath: site.appendingPathComponent(SiteLayout.contentFolder).path) else {
                Console.error("no content/ folder in \(source): run sitegen in a site folder or pass --source DIR")
                throw ExitCode.failure
            }
            let prefix = source == "." ? "" : source.hasSuffix("/") ? source : source + "/"
            let report: ScaffoldReport
            do {
                report = try ThemeEject().write(into: site, force: force)
            } catch {
                Console.error("cannot write the theme into \(prefix)templates/: \(SystemErrorText.describe(error))")
                throw ExitCode.failure
            }
            if !report.kept.isEmpty {
                for path in report.kept { Console.error("\(prefix)\(path): edited; not replaced") }
                Console.error("nothing written: \(report.kept.count) edited theme \(report.kept.count == 1 ? "file differs" : "files differ") from the built-in theme; use --force to replace \(report.kept.count == 1 ? "it" : "them")")
                throw ExitCode.failure
            }
            for path in report.replaced { Console.info("\(prefix)\(path): replaced") }
            Console.info("wrote the built-in theme into \(prefix)templates/: \(report.written.count) new, \(report.replaced.count) replaced, \(report.unchanged.count) unchanged")
        }
    }
}
