import SitegenModel
import Foundation

/// Replaces a file all at once: the bytes are written beside it under a hidden name, synced,
/// then renamed over it, so a reader sees the old file or the new one, never half of one, also
/// after a crash of the machine. It writes what sitegen keeps (imported articles, the gazetteer,
/// the build cache); the output's pages, which a build can always write again, go through
/// `create` without a sync.
///
/// Foundation's `.atomic` writing is not used: on Linux it leaves an empty
/// `TemporaryDirectory.*` folder in /tmp behind for every file it writes.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try write(OutputFile(path: url.lastPathComponent, contents: data), to: url)
    }

    package static func write(_ file: OutputFile, to url: URL) throws {
        try write(to: url.path) { try file.write(to: $0) }
    }

    package static func write(_ file: OutputFile, toPath path: String) throws {
        try write(to: path) { try file.write(to: $0) }
    }

    /// Replaces the file at `path` with what `body` writes to the descriptor it is given.
    /// When `body` or the sync fails, the file stays as it was and nothing is left beside it.
    package static func write(to path: String, _ body: (Int32) throws -> Void) throws {
        let temporary = OutputSiblings.temporaryPath(for: path)
        do {
            try create(temporary) { fd in
                try body(fd)
                guard fsync(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            }
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes a file that must not exist yet, all at once: written beside it, then linked into
    /// place, which fails when a file is already there. Returns false, leaving that file as it
    /// was, when there is one.
    public static func writeNew(_ data: Data, to url: URL) throws -> Bool {
        let temporary = OutputSiblings.temporaryPath(for: url.path)
        defer { unlink(temporary) }
        try create(temporary) { try OutputFile(path: url.lastPathComponent, contents: data).write(to: $0) }
        guard link(temporary, url.path) == 0 else {
            if errno == EEXIST { return false }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        return true
    }

    /// Creates (or empties) the file at `path` with plain POSIX calls, no temporary file and
    /// no sync, and hands its descriptor to `body`. For files of a staging folder, which is
    /// swapped in whole.
    static func create(_ path: String, _ body: (Int32) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        try body(fd)
    }
}
