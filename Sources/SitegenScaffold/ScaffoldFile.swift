import Foundation
import SitegenModel
import SitegenOutput

/// A file `sitegen new` or `sitegen theme eject` writes into a site folder.
public struct ScaffoldFile: Sendable, Equatable {
    /// Relative to the site folder: `content/site.yml`, `templates/layout.mustache`.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}

/// What happened to each file, by path.
public struct ScaffoldReport: Sendable, Equatable {
    /// Files that did not exist and were written.
    public var written: [String] = []
    /// Files that already held exactly these bytes.
    public var unchanged: [String] = []
    /// Files that held something else and were replaced (only with `--force`).
    public var replaced: [String] = []
    /// Files that held something else and were kept.
    public var kept: [String] = []

    public init() {}
}

/// Writes scaffold files into a folder, creating the folders they need. A file that exists is
/// never overwritten unless `replace` allows it; each file is written beside its place and
/// moved in whole, so an interrupted write leaves no half file.
struct ScaffoldWriter {
    let root: URL

    /// Whether the file at `path` holds other bytes than `file`; nil when there is none.
    func differs(_ file: ScaffoldFile) throws -> Bool? {
        let url = root.appendingPathComponent(file.path)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try Data(contentsOf: url) != file.contents
    }

    func write(_ files: [ScaffoldFile], replace: Bool) throws -> ScaffoldReport {
        var report = ScaffoldReport()
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if try AtomicFile.writeNew(file.contents, to: url) {
                report.written.append(file.path)
            } else if try differs(file) == false {
                report.unchanged.append(file.path)
            } else if replace {
                try AtomicFile.write(file.contents, to: url)
                report.replaced.append(file.path)
            } else {
                report.kept.append(file.path)
            }
        }
        return report
    }
}
