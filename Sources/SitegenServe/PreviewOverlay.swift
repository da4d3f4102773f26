import Foundation

/// Pages rendered ahead of the build, served in place of their files until it lands: an edited
/// article's page, shown at once while the incremental build brings the rest of the site up to
/// date (`BuiltSite.articlePages`). By the real path of the file each one replaces; emptied when
/// the build ends, whether it succeeded or failed (then the last good site is served again).
final class PreviewOverlay: Sendable {
    struct Page: Sendable {
        var bytes: [UInt8]
        var modified: Date
    }

    private let pages = Locked<[String: Page]>([:])

    /// The page standing in for the file at this real path, if any.
    func page(at realPath: String) -> Page? {
        pages.current[realPath]
    }

    /// Puts pages in front of their files, by real path.
    func show(_ bytes: [String: [UInt8]], modified: Date) {
        pages.update { pages in
            for (path, page) in bytes { pages[path] = Page(bytes: page, modified: modified) }
        }
    }

    /// Takes every page away; returns them, by real path.
    @discardableResult
    func clear() -> [String: [UInt8]] {
        pages.update { pages in
            defer { pages = [:] }
            return pages.mapValues(\.bytes)
        }
    }
}
