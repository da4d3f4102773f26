import CSitegenSystem
import Foundation

/// Writes the site: a full build into a staging folder beside the output that is then
/// swapped in; an incremental build into the output itself, each changed file replaced
/// atomically (written beside it, then renamed over it).
///
/// Either way, a build that fails before `commit` never touches the previous output, and
/// nothing outside the output folder and its staging siblings is ever deleted. Files whose
/// bytes did not change are not rewritten, so they keep their modification time and
/// `rsync` and uploaders send only what changed.
public final class OutputWriter: @unchecked Sendable {
    public enum Mode: Sendable {
        /// Build everything into staging, then swap it in.
        case staged
        /// Update the existing output in place.
        case inPlace
    }

    public let output: URL
    public let mode: Mode
    public let staging: URL
    private let previous: URL
    private var root: URL { mode == .staged ? staging : output }
    private let lock = NSLock()
    private var createdDirectories: Set<String> = []
    private var writtenPaths: Set<String> = []
    private var changed = 0
    /// Whether there is a previous output to compare with (not in a first or clean build).
    private var hasPreviousOutput = false
    /// The size of every file handed to `write`, by path.
    public private(set) var sizes: [String: Int] = [:]

    public init(output: URL, mode: Mode = .staged) {
        self.output = output.standardizedFileURL
        self.mode = mode
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).sitegen-staging")
        previous = parent.appendingPathComponent(".\(name).sitegen-previous")
    }

    /// Prepares to write: an empty staging folder (removing one a crashed build left behind).
    public func begin() throws {
        createdDirectories = []
        writtenPaths = []
        sizes = [:]
        changed = 0
        hasPreviousOutput = FileManager.default.fileExists(atPath: output.path)
        guard mode == .staged else { return }
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        createdDirectories = [staging.path]
    }

    /// Writes one file. Safe to call from many threads at once.
    /// In staging, an unchanged file is hard-linked from the previous output instead of written again;
    /// in place, it is left alone.
    public func write(_ file: OutputFile) throws {
        guard Self.isSafeRelativePath(file.path) else {
            throw CocoaError(.fileWriteInvalidFileName, userInfo: [NSFilePathErrorKey: file.path])
        }
        // Paths are joined as strings: Foundation's URL operations cost more than the write
        // of a small page.
        let target = root.path + "/" + file.path
        let directory = (target as NSString).deletingLastPathComponent
        lock.lock()
        let duplicate = !writtenPaths.insert(file.path).inserted
        let needsDirectory = createdDirectories.insert(directory).inserted
        sizes[file.path] = file.byteCount
        lock.unlock()
        if duplicate {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: file.path])
        }
        let old = output.path + "/" + file.path
        let unchanged = hasPreviousOutput && FileStamp(path: old)?.size == file.byteCount
            && MappedFile(path: old).map { file.hasSameBytes(as: $0.bytes) } == true
        switch mode {
        case .staged:
            if needsDirectory { try Self.makeDirectory(directory) }
            if unchanged, link(old, target) == 0 { return }
            try AtomicFile.create(target) { try file.write(to: $0) }
        case .inPlace:
            if unchanged { return }
            if needsDirectory { try Self.makeDirectory(directory) }
            try AtomicFile.write(file, toPath: target)
        }
        lock.lock()
        changed += 1
        lock.unlock()
    }

    /// Finishes the build. Staged: swaps staging in for the output. In place: removes the
    /// files of `stale` (paths that no longer belong to the site) and folders left empty.
    /// Returns how many files were new, changed or removed.
    @discardableResult
    public func commit(removing stale: [String] = []) throws -> Int {
        let fileManager = FileManager.default
        guard mode == .staged else {
            for path in stale.sorted() where Self.isSafeRelativePath(path) {
                let url = output.appendingPathComponent(path)
                guard (try? fileManager.removeItem(at: url)) != nil else { continue }
                changed += 1
                var folder = url.deletingLastPathComponent().standardizedFileURL
                while folder.path.hasPrefix(output.path + "/"),
                      (try? fileManager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
                    try? fileManager.removeItem(at: folder)
                    folder = folder.deletingLastPathComponent().standardizedFileURL
                }
            }
            return changed
        }
        try? fileManager.removeItem(at: previous)
        // Where the system can, the two folders trade places in one step, so that a web server
        // serving the output never finds it missing; the old site then sits in staging.
        if fileManager.fileExists(atPath: output.path), sitegen_exchange_paths(staging.path, output.path) == 0 {
            try? fileManager.removeItem(at: staging)
            return changed
        }
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
        guard mode == .staged else { return }
        try? FileManager.default.removeItem(at: staging)
    }

    /// Creates a folder and any missing parents with plain `mkdir` calls: Foundation's
    /// `createDirectory` checks every component with `stat` first, and this runs for every page.
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let parent = (path as NSString).deletingLastPathComponent
        guard parent != path, !parent.isEmpty else { throw POSIXError(.ENOENT) }
        try makeDirectory(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// A path inside the output: relative, no `..`, no empty or hidden components.
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
