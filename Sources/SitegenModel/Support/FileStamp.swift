import Foundation

/// The size and modification time of an input file: how the build cache tells that a file
/// changed without reading it (as make and rsync do).
package struct FileStamp: Equatable, Sendable {
    package var size: Int
    package var modifiedNanoseconds: Int

    package init(size: Int, modifiedNanoseconds: Int) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    package init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        // Wrapping: the stamp only has to tell times apart, also past the year 2262.
        modifiedNanoseconds = Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec)
    }
}
