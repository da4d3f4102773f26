import SitegenModel
import Foundation

/// A file mapped read-only into memory, unmapped when the last reference to it goes.
///
/// The build cache is read through one, so that the briefing's cached pieces (tens of
/// megabytes on a large site) are written out and copied into the next cache straight from
/// the file, never decoded into Strings. A file replaced by renaming another over it stays
/// readable here: the mapping holds the old file.
package final class MappedFile: @unchecked Sendable {
    /// The file's bytes; valid as long as this object lives. Never written.
    package let bytes: UnsafeRawBufferPointer

    package init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}

/// A range of bytes in a mapped file.
package struct MappedBytes: Sendable {
    package let file: MappedFile
    package let range: Range<Int>

    package init(file: MappedFile, range: Range<Int>) {
        self.file = file
        self.range = range
    }

    package var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: file.bytes[range]) }
}
