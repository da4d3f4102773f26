import Foundation

/// Paths shown to the user: relative to the site folder when inside it.
public enum DisplayPath {
    public static func relative(_ url: URL, to root: URL) -> String {
        let path = url.standardizedFileURL.path
        var rootPath = root.standardizedFileURL.path
        if !rootPath.hasSuffix("/") { rootPath += "/" }
        if path.hasPrefix(rootPath) { return String(path.dropFirst(rootPath.count)) }
        return path
    }
}
