import Foundation
import SitegenModel

/// Writes a new site into a folder: refused when the folder holds anything unless `force`,
/// and even then no existing file is replaced.
public struct NewSiteWriter: Sendable {
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// The folder is not empty, and `--force` was not given.
        case notEmpty(String)
        /// The path is a file, not a folder.
        case notAFolder(String)

        public var description: String {
            switch self {
            case let .notEmpty(path): "\(path) is not empty; use --force to add a site to it (no file in it is replaced)"
            case let .notAFolder(path): "\(path) exists and is not a folder"
            }
        }
    }

    public init() {}

    public func write(_ site: NewSite, into directory: URL, displayPath: String, force: Bool) throws -> ScaffoldReport {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Refusal.notAFolder(displayPath) }
            let entries = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            if !entries.isEmpty && !force { throw Refusal.notEmpty(displayPath) }
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try ScaffoldWriter(root: directory).write(site.files, replace: false)
    }
}
