import ArgumentParser
import Foundation
import SitegenCore
import SitegenModel
import SitegenImport

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn raw article text into content/articles/<slug>.md, with front matter.",
        discussion: """
        Reads each raw text (a file; a folder's *.txt, *.json, *.jsonl and *.csv files; an \
        extractor's JSON or JSON Lines with text, url, title, date; or a CSV manifest \
        file,url,date,source beside the raw files), finds the headline, date, source and section, \
        drops the page's chrome (menus, captions, share lines, related-story tails) by the shape \
        and the function-word density of its text, finds the story's people with their roles \
        (no gazetteer needed; they are added to content/gazetteer.yml), takes the quotations with \
        their speakers and the lede as summary, and writes the article. A fact it cannot find \
        makes the article a draft that names it; only a file that is not text is refused. The raw \
        text is kept as content/raw/<slug>.txt, and the facts you supply as content/raw/<slug>.yml, \
        so that importing it again gives the same article. An article you have edited since its \
        import is not overwritten without --force. --date, --source-name, --url and --section \
        apply to every file named.

        Examples:
          sitegen import ~/clippings/talks.txt --url https://example.com/2025/11/20/talks-resume
          sitegen import ~/clippings/talks.txt --date 2025-11-20 --source-name Reuters
          sitegen import ~/extracted/pages.jsonl
          sitegen import ~/clippings/ --dry-run --verbose
          sitegen import content/raw/*.txt
        """
    )

    @Argument(help: ArgumentHelp("Raw article texts, extractor JSON or JSON Lines, CSV manifests, or folders of them.", valueName: "raw"))
    var raw: [String]

    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/ (as for build).", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The publication date, when the text states none (or states it wrongly).", valueName: "yyyy-mm-dd"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The outlet that published the article.", valueName: "name"))
    var sourceName: String?

    @Option(name: .long, help: ArgumentHelp("The article's address on the web.", valueName: "url"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp("The section, when the text gives none (or another).", valueName: "name"))
    var section: String?

    @Flag(name: .long, help: "Overwrite articles that have been edited since their import.")
    var force = false

    @Flag(name: .long, help: "Import and report, but write nothing.")
    var dryRun = false

    @Flag(name: .shortAndLong, help: "List each dropped line with its reason, and how each field was found.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print only problems: inputs not imported, and errors.")
    var quiet = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together.") }
        if let date, ContentDate(date) == nil {
            throw ValidationError("--date must be a date like 2025-11-20, found `\(date)`.")
        }
        if let url {
            let lowered = url.lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), URL(string: url)?.host != nil else {
                throw ValidationError("--url must be an absolute http or https address, found `\(url)`.")
            }
        }
        for (flag, value) in [("--source-name", sourceName), ("--section", section)] {
            if let value, value.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("\(flag) must not be empty.") }
        }
    }

    func run() async throws {
        let command = self
        try await OwnThread.run { try command.importAll() }
    }

    private func importAll() throws {
        let site = URL(fileURLWithPath: source).standardizedFileURL
        let config: SiteConfig
        do {
            config = try ConfigLoader().load(contentDirectory: SiteLayout(siteDirectory: site).content, displayRoot: site)
        } catch {
            for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
            Console.error("import stopped: content/site.yml could not be read; nothing was written")
            throw ExitCode.failure
        }
        let facts = EditorFacts(
            date: date.flatMap(ContentDate.init),
            source: sourceName?.trimmingCharacters(in: .whitespaces),
            url: url,
            section: section?.trimmingCharacters(in: .whitespaces)
        )
        var importer: SiteImporter
        do {
            importer = try SiteImporter(options: SiteImporter.Options(siteDirectory: site, facts: facts, force: force, dryRun: dryRun,
                                                                      language: config.language, outlets: config.outlets),
                                        gazetteer: config.gazetteer)
        } catch {
            Console.error("error: \(error.message)")
            throw ExitCode.failure
        }
        let (inputs, problems) = RawInputs.expand(raw)
        for problem in problems { report("error: \(problem)") }
        var summary = ImportSummary()
        let progress = ProgressLine(enabled: !quiet)
        if let first = inputs.first { progress.update("importing 1 of \(inputs.count): \(first.displayName)") }
        importer.importInputs(inputs) { number, outcome in
            if !quiet || outcome.status == .failed { outcome.lines(verbose: verbose).forEach { progress.print($0) } }
            summary.add(outcome)
            if number + 1 < inputs.count { progress.update("importing \(number + 2) of \(inputs.count): \(inputs[number + 1].displayName)") }
        }
        progress.finish()
        summary.problems = problems.count
        if inputs.count + problems.count > 1 && !quiet { summary.table().forEach(report) }
        if dryRun && !quiet { report("dry run: nothing was written") }
        if summary.notImported > 0 {
            Console.error("\(summary.notImported) of \(inputs.count + problems.count) \(inputs.count + problems.count == 1 ? "input" : "inputs") not imported")
            throw ExitCode.failure
        }
    }

    /// The report goes to standard output unbuffered, so that it stays in order with the errors on standard error.
    private func report(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
