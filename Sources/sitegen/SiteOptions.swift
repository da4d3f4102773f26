import ArgumentParser
import Foundation
import SitegenCore
import SitegenModel

/// The options of the commands that build the site (`build` and `serve`): which site, the
/// URL it is published at, and whether drafts are shown.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/ and templates/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The URL the site is published at, instead of base_url in site.yml (serve uses its path).", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include articles marked `draft: true`.")
    var drafts = false

    func validate() throws {
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError("--base-url must be an absolute http or https URL, such as https://example.org/briefing/")
        }
    }

    var siteDirectory: URL { URL(fileURLWithPath: source).standardizedFileURL }

    /// `--base-url`, checked by `validate`.
    var publishedAt: BaseURL? { baseURL.flatMap(BaseURL.init) }
}
