import Foundation

/// The article files of a site (`content/articles/*.md`), by name in sorted order, each with
/// its stamp when it was taken: what tells an incremental build which files changed.
///
/// Names are kept rather than URLs: a site has thousands of files, and Foundation's URL
/// operations cost more than the `stat` of each.
package struct ArticleFiles: Sendable {
    let directory: URL
    package let names: [String]
    /// Each file's stamp, in the order of `names`; nil for a file that could not be read.
    package private(set) var stamps: [FileStamp?]

    /// The `*.md` files directly in `directory`, sorted by name. Hidden files are skipped.
    init(directory: URL) {
        self.directory = directory
        names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .sorted()
        stamps = []
    }

    /// The same files, each with its stamp (one `stat` each, across cores).
    func stamped() -> ArticleFiles {
        var files = self
        let folder = directory.path + "/"
        files.stamps = ParallelMap.map(names) { FileStamp(path: folder + $0) }
        return files
    }

    func url(at index: Int) -> URL {
        directory.appendingPathComponent(names[index])
    }
}
