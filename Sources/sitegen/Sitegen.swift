import ArgumentParser
import SitegenCore
import SitegenModel

@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a briefing microsite from news articles in Markdown.",
        discussion: """
        A site folder holds content/ (site.yml, briefing.md, articles/*.md) and, optionally, \
        templates/. `sitegen build` renders it into public/, ready to upload to any web host.
        """,
        version: SitegenVersion.current,
        subcommands: [NewCommand.self, BuildCommand.self, ServeCommand.self, ImportCommand.self, CheckCommand.self, ThemeCommand.self]
    )
}
