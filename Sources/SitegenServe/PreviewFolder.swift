import Foundation
import SitegenModel

/// Where `sitegen serve` builds its preview.
///
/// By default, a folder kept between runs in the user's cache (`$XDG_CACHE_HOME/sitegen/preview/`,
/// else `~/.cache/sitegen/preview/`), one for each site folder, outside `public/` and outside the
/// content. It holds the last preview with its build cache, so that the next `sitegen serve` serves
/// it at once and only brings it up to date with an incremental build, as Hugo keeps its
/// `cacheDir` there. While a server holds a site's folder, it keeps a lock on it: a second server
/// for the same site builds into a temporary folder instead, and so does `--fresh`.
struct PreviewFolder: Sendable {
    /// The folder the site is built into.
    let site: URL
    /// Whether it is a temporary folder, removed when the server stops.
    let isTemporary: Bool
    /// The lock held on a kept folder while the server runs (-1 for a temporary one).
    private let lockDescriptor: Int32

    /// The kept folder for `siteDirectory`: `<cache>/sitegen/preview/<name>-<hash>/`, where the
    /// hash is that of the site folder's absolute path, so that two sites named alike do not share it.
    static func keptLocation(for siteDirectory: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let cache: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cache = URL(fileURLWithPath: xdg, isDirectory: true)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            cache = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache", isDirectory: true)
        } else {
            return nil
        }
        let path = siteDirectory.standardizedFileURL.path
        let name = String(siteDirectory.standardizedFileURL.lastPathComponent.unicodeScalars
            .map { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "-" }
            .prefix(40))
        let hash = String(FNV1a.hash(path.utf8), radix: 16)
        return cache.appendingPathComponent("sitegen/preview/\(name.isEmpty ? "site" : name)-\(hash)", isDirectory: true)
    }

    /// Takes the kept folder for `siteDirectory` when `keep` is true and no other server holds it;
    /// else makes a temporary one.
    static func open(for siteDirectory: URL, keep: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ServeError) -> PreviewFolder {
        if keep, let kept = keptLocation(for: siteDirectory, environment: environment),
           (try? FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)) != nil {
            let fd = Foundation.open(kept.appendingPathComponent("serve.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            if fd >= 0 {
                if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                    return PreviewFolder(site: kept.appendingPathComponent("site", isDirectory: true), isTemporary: false, lockDescriptor: fd)
                }
                Foundation.close(fd)
            }
        }
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let created = mkdtemp(&bytes) else {
            throw ServeError.cannotCreateFolder(path: template, reason: String(cString: strerror(errno)))
        }
        let folder = URL(fileURLWithPath: String(cString: created), isDirectory: true)
        return PreviewFolder(site: folder.appendingPathComponent("site", isDirectory: true), isTemporary: true, lockDescriptor: -1)
    }

    /// A folder the caller chose: neither kept nor removed by the server.
    init(given site: URL) {
        self.init(site: site, isTemporary: false, lockDescriptor: -1)
    }

    private init(site: URL, isTemporary: Bool, lockDescriptor: Int32) {
        self.site = site
        self.isTemporary = isTemporary
        self.lockDescriptor = lockDescriptor
    }

    /// Whether the folder holds a site built before (a kept folder from an earlier run).
    var holdsEarlierBuild: Bool {
        lockDescriptor >= 0 && FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path)
    }

    /// Removes a temporary folder, and releases a kept one's lock.
    func close() {
        if isTemporary {
            try? FileManager.default.removeItem(at: site.deletingLastPathComponent())
        } else if lockDescriptor >= 0 {
            flock(lockDescriptor, LOCK_UN)
            Foundation.close(lockDescriptor)
        }
    }
}
