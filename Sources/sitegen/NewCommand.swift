import ArgumentParser
import Foundation
import SitegenModel
import SitegenScaffold

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Make a new briefing site in a folder.",
        discussion: """
        Writes content/site.yml (every setting, explained), content/briefing.md and one example \
        article. The built-in theme serves until `sitegen theme eject` copies it into templates/. \
        A folder that holds anything is refused unless --force is given, and even then no file \
        in it is replaced.

        Examples:
          sitegen new ~/briefings/ceasefire --title "Ceasefire talks" --language en
          cd ~/briefings/ceasefire && sitegen serve
        """
    )

    @Argument(help: ArgumentHelp("The folder to make the site in.", valueName: "dir"), completion: .directory)
    var directory: String

    @Option(name: .long, help: ArgumentHelp("The site's title.", valueName: "title"))
    var title = "Briefing"

    @Option(name: .long, help: ArgumentHelp("The articles' language, as a BCP 47 tag: en, de, pt-BR.", valueName: "code"))
    var language = "en"

    @Flag(name: .long, help: "Add the site to a folder that is not empty (no file in it is replaced).")
    var force = false

    func validate() throws {
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--title cannot be empty.") }
        if !NewSite.isLanguageTag(language) {
            throw ValidationError("--language must be a language tag such as en, de or pt-BR, not `\(language)`.")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        let site = NewSite(title: title.trimmingCharacters(in: .whitespacesAndNewlines), language: language, date: Self.today)
        let report: ScaffoldReport
        do {
            report = try NewSiteWriter().write(site, into: folder, displayPath: directory, force: force)
        } catch let refusal as NewSiteWriter.Refusal {
            Console.error(refusal.description)
            throw ExitCode.failure
        } catch {
            Console.error("\(directory): \(SystemErrorText.describe(error))")
            throw ExitCode.failure
        }
        for path in report.kept { Console.error("\(directory)/\(path): kept as it was (it exists)") }
        Console.info("made a new site in \(directory): \(report.written.count) files written\(report.kept.isEmpty ? "" : ", \(report.kept.count) kept")")
        Console.info("next: cd \(Self.shellQuoted(directory)) && sitegen serve")
    }

    /// The example article's date: today, on this machine's calendar.
    static var today: ContentDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let text = String(format: "%04d-%02d-%02d", parts.year ?? 2000, parts.month ?? 1, parts.day ?? 1)
        return ContentDate(text)!
    }

    static func shellQuoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-~".contains($0) } ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
