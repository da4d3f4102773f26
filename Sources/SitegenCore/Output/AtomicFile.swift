import Foundation

/// Replaces a file all at once: the bytes are written beside it under a hidden name, then
/// renamed over it, so a reader sees the old file or the new one, never half of one.
///
/// Foundation's `.atomic` writing is not used: on Linux it leaves an empty
/// `TemporaryDirectory.*` folder in /tmp behind for every file it writes.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try write(OutputFile(path: url.lastPathComponent, contents: data), to: url)
    }

    static func write(_ file: OutputFile, to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).sitegen-new")
        try OutputWriter.writeNew(file, to: temporary.path)
        guard rename(temporary.path, url.path) == 0 else {
            let error = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            unlink(temporary.path)
            throw error
        }
    }
}
