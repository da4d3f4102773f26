import Foundation

/// Pages rendered ahead of the build, served in place of their files until it lands: an edited
/// article's page, shown at once while the incremental build brings the rest of the site up to
/// date (`BuiltSite.articlePages`). By the real path of the file each one replaces; emptied when
/// the build ends, whether it succeeded or failed (then the last good site is served again).
final class PreviewOverlay: Sendable {
    struct Page: Sendable {
        var bytes: [UInt8]
        var modified: Date
        /// The address it is asked for at (`/articles/x/`).
        var address: String
    }

    private let pages = Locked<[String: Page]>([:])

    /// The page standing in for the file at this real path, if any.
    func page(at realPath: String) -> Page? {
        pages.update { $0[realPath] }
    }

    /// Puts pages in front of their files, by real path.
    func show(_ shown: [String: Page]) {
        pages.update { pages in pages.merge(shown) { _, new in new } }
    }

    /// Takes every page away; returns them, by real path.
    @discardableResult
    func clear() -> [String: Page] {
        pages.update { pages in
            defer { pages = [:] }
            return pages
        }
    }
}
