import SitegenModel
import SitegenMarkdown
import SitegenOutput
import SitegenRender
import SitegenIncremental
import Foundation

/// The site's sources before they are parsed: the theme's files, the configuration, and the
/// article files with their stamps (size, time, inode), which say which articles changed.
/// Problems with the theme and the content are reported together, once both are read.
struct SiteSources {
    let options: BuildOptions
    var themeFiles: ThemeFiles?
    var config: SiteConfig
    var stamped: ArticleFiles
    /// What the cache must have been built with (theme, options, configuration files).
    var fingerprint: String?
    /// Problems found so far, reported with the content's.
    var problems: [Diagnostic]

    static func read(_ options: BuildOptions) throws(BuildFailure) -> SiteSources {
        var problems: [Diagnostic] = []
        let themeFiles: ThemeFiles?
        do throws(BuildFailure) {
            themeFiles = try ThemeLoader().read(siteDirectory: options.siteDirectory)
        } catch {
            problems += error.diagnostics
            themeFiles = nil
        }
        // Taken before site.yml and briefing.md are read for the build: a file edited in
        // between then makes the next build a full one, never one that trusts stale pages.
        let fingerprint = themeFiles.map { BuildFingerprint.of(options: options, theme: $0) }
        var config = try ConfigLoader().load(contentDirectory: options.contentDirectory, displayRoot: options.siteDirectory)
        if let baseURL = options.baseURL { config.baseURL = baseURL }
        let stamped = ContentLoader().stampArticleFiles(contentDirectory: options.contentDirectory)
        return SiteSources(options: options, themeFiles: themeFiles, config: config, stamped: stamped,
                           fingerprint: fingerprint, problems: problems)
    }

    /// The content parsed — articles in `known` (by file index) are taken as they are — and the
    /// theme compiled. Every problem of the theme and the content is reported at once.
    func load(known: [Int: Article]) throws(BuildFailure) -> (content: LoadedContent, theme: Theme) {
        var problems = self.problems
        var content: LoadedContent?
        do throws(BuildFailure) {
            content = try ContentLoader(language: config.language).load(contentDirectory: options.contentDirectory, displayRoot: options.siteDirectory,
                                               stamped: stamped, known: known)
        } catch {
            problems += error.diagnostics
        }
        var theme: Theme?
        if let themeFiles {
            do throws(BuildFailure) {
                theme = try ThemeLoader().load(files: themeFiles.files, origin: themeFiles.origin)
            } catch {
                problems += error.diagnostics
            }
        }
        guard let content, let theme, problems.isEmpty else { throw BuildFailure(problems) }
        return (content, theme)
    }
}
