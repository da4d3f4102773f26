import Foundation

/// Writes the site into a staging folder beside the output, then swaps it in.
///
/// A build that fails never touches the previous output. Files whose bytes did not change
/// keep their old modification time, so `rsync` and uploaders send only what changed.
/// Nothing outside the output folder and its staging siblings is ever deleted.
public final class OutputWriter: @unchecked Sendable {
    public let output: URL
    public let staging: URL
    private let previous: URL
    private let lock = NSLock()
    private var createdDirectories: Set<String> = []
    private var writtenPaths: Set<String> = []
    private var changed = 0

    public init(output: URL) {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).sitegen-staging")
        previous = parent.appendingPathComponent(".\(name).sitegen-previous")
    }

    /// Creates an empty staging folder (removing one a crashed build left behind).
    public func begin() throws {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        createdDirectories = [staging.path]
        writtenPaths = []
        changed = 0
    }

    /// Writes one file into staging. Safe to call from many threads at once.
    /// An unchanged file is hard-linked from the previous output instead of written again.
    public func write(_ file: OutputFile) throws {
        guard Self.isSafeRelativePath(file.path) else {
            throw CocoaError(.fileWriteInvalidFileName, userInfo: [NSFilePathErrorKey: file.path])
        }
        let target = staging.appendingPathComponent(file.path)
        let directory = target.deletingLastPathComponent()
        lock.lock()
        let duplicate = !writtenPaths.insert(file.path).inserted
        let needsDirectory = createdDirectories.insert(directory.path).inserted
        lock.unlock()
        if duplicate {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: file.path])
        }
        if needsDirectory {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        let old = output.appendingPathComponent(file.path)
        if let existing = FileManager.default.contents(atPath: old.path), existing == file.contents,
           link(old.path, target.path) == 0 {
            return
        }
        try Self.writeNew(file.contents, to: target.path)
        lock.lock()
        changed += 1
        lock.unlock()
    }

    /// Swaps staging in for the output folder. Returns how many files were new or changed.
    @discardableResult
    public func commit() throws -> Int {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: previous)
        if fileManager.fileExists(atPath: output.path) {
            try fileManager.moveItem(at: output, to: previous)
        }
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            if fileManager.fileExists(atPath: previous.path) { try? fileManager.moveItem(at: previous, to: output) }
            throw error
        }
        try? fileManager.removeItem(at: previous)
        return changed
    }

    /// Drops the staging folder after a failed build; the output stays as it was.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Writes a new file with plain POSIX calls: no temporary file and no sync, since the
    /// whole staging folder is swapped in at the end anyway.
    static func writeNew(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
    }

    /// A path inside the output: relative, no `..`, no empty or hidden components.
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
