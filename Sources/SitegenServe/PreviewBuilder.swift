import Dispatch
import Foundation
import SitegenCore
import SitegenModel

/// Builds the site for previewing: into the preview folder, with canonical links that point at
/// the local server, off the threads that answer requests.
struct PreviewBuilder: Sendable {
    let options: ServeOptions
    let outputDirectory: URL
    /// `http://127.0.0.1:8000`: where the server can be reached.
    let origin: String

    struct Result: Sendable {
        var outcome: Swift.Result<BuildReport, BuildFailure>
        /// The sub-path the site is served under.
        var basePath: String
        /// What the build made of the site, for rendering an edited article's page ahead of the next.
        var site: BuiltSite?
    }

    /// The sub-path from `--base-url`, else from `site.yml`, else `fallback` (when `site.yml`
    /// cannot be read, the build fails anyway and keeps the last good site).
    static func basePath(options: ServeOptions, fallback: String) -> String {
        if let baseURL = options.baseURL { return baseURL.path }
        let site = BuildOptions(siteDirectory: options.siteDirectory)
        let config = try? ConfigLoader().load(contentDirectory: site.contentDirectory, displayRoot: site.siteDirectory)
        return config?.baseURL.path ?? fallback
    }

    func build(previousBasePath: String) async -> Result {
        let basePath = Self.basePath(options: options, fallback: previousBasePath)
        let buildOptions = BuildOptions(
            siteDirectory: options.siteDirectory,
            outputDirectory: outputDirectory,
            baseURL: BaseURL(origin + basePath),
            includeDrafts: options.includeDrafts
        )
        // A build keeps the CPU busy for a while: run it on its own thread, not on one that
        // the server needs to answer requests.
        let built = await withCheckedContinuation { (continuation: CheckedContinuation<Swift.Result<(BuildReport, BuiltSite?), BuildFailure>, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Swift.Result { () throws(BuildFailure) in
                    try SiteBuilder(options: buildOptions).buildForPreview()
                })
            }
        }
        return Result(outcome: built.map(\.0), basePath: basePath, site: try? built.get().1)
    }
}
