#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices changes to the site's sources by scanning them at a fixed interval.
///
/// Polling the size and modification time of each file is portable and cheap for a site's worth
/// of files. A change is reported once the files have stayed unchanged for the debounce time,
/// so that an editor's save, or a script writing many files, gives one rebuild.
/// Hidden files and editor backups (`.x.swp`, `x~`) are ignored. On a large site the interval
/// grows so that scanning takes at most about 5% of one core.
struct ChangeWatcher: Sendable {
    /// Folders (or single files) to watch, by absolute path.
    let paths: [String]
    let pollInterval: Duration
    let debounce: Duration
    /// The longest a rebuild waits for files to stop changing.
    let maximumDelay: Duration

    /// Every watched file and its size, time and inode.
    typealias Snapshot = [String: FileInfo]

    init(paths: [String], pollInterval: Duration, debounce: Duration, maximumDelay: Duration = .seconds(2)) {
        self.paths = paths
        self.pollInterval = pollInterval
        self.debounce = debounce
        self.maximumDelay = maximumDelay
    }

    /// The paths that changed, added or went away, one batch per settled change, compared with
    /// `baseline` (by default, the files when the stream starts). Ends when the task is cancelled.
    func changes(since baseline: Snapshot? = nil) -> AsyncStream<[String]> {
        AsyncStream { continuation in
            let task = Task {
                let clock = ContinuousClock()
                var scanStart = clock.now
                var settled = baseline ?? snapshot()
                var scanTime = clock.now - scanStart
                while !Task.isCancelled {
                    try? await Task.sleep(for: max(pollInterval, scanTime * 20))
                    scanStart = clock.now
                    var current = snapshot()
                    scanTime = clock.now - scanStart
                    guard current != settled else { continue }
                    // Wait for the files to stop changing.
                    let deadline = clock.now + maximumDelay
                    while !Task.isCancelled && clock.now < deadline {
                        try? await Task.sleep(for: debounce)
                        let next = snapshot()
                        if next == current { break }
                        current = next
                    }
                    let changed = Self.difference(settled, current)
                    settled = current
                    if !changed.isEmpty { continuation.yield(changed) }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The paths whose entries differ between two snapshots, sorted.
    static func difference(_ old: Snapshot, _ new: Snapshot) -> [String] {
        var changed = Set<String>()
        for (path, info) in new where old[path] != info { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed.sorted()
    }

    /// Every watched file now.
    func snapshot() -> Snapshot {
        var files: Snapshot = [:]
        for path in paths { Self.scan(path, into: &files) }
        return files
    }

    private static func scan(_ path: String, into files: inout Snapshot) {
        guard let link = FileInfo.ofLink(path) else { return }
        if link.kind == .directory {
            scanFolder(path, into: &files)
        } else if let info = FileInfo.of(path) {
            files[path] = info
        }
    }

    private static func scanFolder(_ path: String, into files: inout Snapshot) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard !isIgnored(name) else { continue }
            let child = path + "/" + name
            // The entry's type saves a system call per file; a symlink is followed to a file,
            // and a symlink to a folder is recorded, not walked (no loops).
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): scanFolder(child, into: &files)
            case Int32(DT_UNKNOWN): scan(child, into: &files)
            default: if let info = FileInfo.of(child) { files[child] = info }
            }
        }
    }

    private static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#")
    }
}
