import SitegenModel
import Foundation

/// Decides whether a folder may be used as the output: sitegen replaces the whole folder,
/// so it must never be the site itself, a folder that holds it, or a folder of the user's own.
public struct OutputLocation: Sendable {
    public let url: URL

    public init(_ url: URL) {
        self.url = url.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Throws when the folder is unsafe to replace for the site at `siteDirectory`.
    public func validate(siteDirectory: URL) throws(Diagnostic) {
        let site = siteDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let output = url.path
        let sitePath = site.path
        let location = SourceLocation(path: output)
        if output == "/" || output == NSHomeDirectory() {
            throw .error("refusing to use \(output) as the output folder: choose a folder of its own such as public/", at: nil)
        }
        if output == sitePath || Self.isAncestor(output, of: sitePath) {
            throw .error("the output folder must not be the site folder or contain it: \(output) would replace \(sitePath)", at: nil)
        }
        for protected in SiteLayout.sourceFolders {
            let protectedPath = site.appendingPathComponent(protected).path
            if output == protectedPath || Self.isAncestor(protectedPath, of: output) || Self.isAncestor(output, of: protectedPath) {
                throw .error("the output folder must not be or contain the site's \(protected)/ folder", at: location)
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .error("the output path exists and is not a folder", at: location)
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
            let looksBuilt = entries.contains("index.html")
            if !entries.isEmpty && !looksBuilt {
                throw .error("the output folder is not empty and was not written by sitegen (no index.html): refusing to replace it; remove it or choose another --output", at: location)
            }
        }
    }

    static func isAncestor(_ ancestor: String, of path: String) -> Bool {
        let prefix = ancestor.hasSuffix("/") ? ancestor : ancestor + "/"
        return path.hasPrefix(prefix)
    }
}
