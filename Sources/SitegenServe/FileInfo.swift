#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about one path: enough to serve a file, validate a cache and notice a change.
struct FileInfo: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case file
        case directory
        /// Sockets, FIFOs, devices: never served, since opening a FIFO would block.
        case other
    }

    var kind: Kind
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var modified: Int64
    var inode: UInt64

    /// Follows symlinks. `nil` when the path does not exist or cannot be read.
    static func of(_ path: String) -> FileInfo? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileInfo(info)
    }

    /// Does not follow a final symlink (for walking folders without looping).
    static func ofLink(_ path: String) -> FileInfo? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileInfo(info)
    }

    /// The file an open descriptor refers to.
    static func of(descriptor: Int32) -> FileInfo? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return FileInfo(info)
    }

    private init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        default: kind = .other
        }
        size = Int(info.st_size)
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// Whole seconds since 1970, as `Last-Modified` carries them.
    var modifiedSeconds: Int { Int(modified / 1_000_000_000) }

    /// The canonical absolute path, with every symlink resolved; `nil` if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
