import Foundation
import SitegenCore
import SitegenModel

/// What the preview server reports while it runs, for the command line to print.
public enum PreviewEvent: Sendable {
    /// A build started; `changed` lists the files that triggered it (empty for the first build).
    case building(changed: [String])
    /// Only article bodies changed: their pages (paths in the site) were rendered ahead of the
    /// build and are shown at once; the pages open at them were told to reload.
    case renderedAhead(pages: [String])
    /// A build finished; open pages were told to reload.
    case built(BuildReport, changed: [String], pages: Int)
    /// A build failed; open pages show the errors. The last good site is still served, if
    /// there is one (`servingLastGood`).
    case failed(BuildFailure, changed: [String], pages: Int, servingLastGood: Bool)
    /// The server is listening and has a site to serve (the first build is done, or the kept
    /// preview of an earlier run is served while it is brought up to date): the site's address,
    /// and the folder the preview is built in.
    case serving(url: String, directory: URL)
    /// Ctrl-C or a stop request: open pages are disconnected and the server closes.
    case stopping
}
