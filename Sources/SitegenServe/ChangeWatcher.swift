#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices changes to the site's sources by comparing snapshots of them: the size, modification
/// time and inode of each file.
///
/// On Linux, inotify (`ChangeSignal`) says when to look, so that a save is noticed at once and the
/// files need only settle for a short time; elsewhere, or without inotify, the files are scanned at
/// a fixed interval, which is portable and cheap for a site's worth of files. A change is
/// reported once the files have stayed unchanged for the debounce time, so that an editor's
/// save, or a script writing many files, gives one rebuild.
/// Hidden files and editor backups (`.x.swp`, `x~`) are ignored. On a large site the interval
/// grows so that scanning takes at most about 5% of one core.
struct ChangeWatcher: Sendable {
    /// Folders (or single files) to watch, by absolute path.
    let paths: [String]
    let pollInterval: Duration
    let debounce: Duration
    /// The longest a rebuild waits for files to stop changing.
    let maximumDelay: Duration
    /// Whether to be woken by the system's change notifications where there are some.
    let usesNotifications: Bool
    /// How long files must stay unchanged after a notification: an editor's save (a write, or a
    /// new file renamed into place) is over in far less.
    static let notifiedSettle: Duration = .milliseconds(40)
    /// How often the files are scanned anyway when notifications are used.
    static let notifiedFallback: Duration = .seconds(2)

    /// Every watched file and its size, time and inode.
    typealias Snapshot = [String: FileInfo]

    init(paths: [String], pollInterval: Duration, debounce: Duration, maximumDelay: Duration = .seconds(2), usesNotifications: Bool = true) {
        self.paths = paths
        self.pollInterval = pollInterval
        self.debounce = debounce
        self.maximumDelay = maximumDelay
        self.usesNotifications = usesNotifications
    }

    /// The paths that changed, added or went away, one batch per settled change, compared with
    /// `baseline` (by default, the files when the stream starts). Ends when the task is cancelled.
    func changes(since baseline: Snapshot? = nil) -> AsyncStream<[String]> {
        AsyncStream { continuation in
            // Taken before the baseline, so that a change made while it is scanned wakes the loop.
            let signal = usesNotifications ? ChangeSignal.make(paths: paths, fallback: Self.notifiedFallback) : nil
            let settle = signal == nil ? debounce : min(debounce, Self.notifiedSettle)
            let task = Task {
                let clock = ContinuousClock()
                var scanStart = clock.now
                var settled = baseline ?? snapshot()
                var scanTime = clock.now - scanStart
                var wakes = signal?.wakes.makeAsyncIterator()
                // Files changed since a given baseline (while the first build ran) are looked for at once.
                var looksAtOnce = baseline != nil
                while !Task.isCancelled {
                    if looksAtOnce {
                        looksAtOnce = false
                    } else if wakes != nil {
                        guard await wakes?.next() != nil else { break }
                    } else {
                        try? await Task.sleep(for: max(pollInterval, scanTime * 20))
                    }
                    scanStart = clock.now
                    var current = snapshot()
                    scanTime = clock.now - scanStart
                    guard current != settled else { continue }
                    // Wait for the files to stop changing.
                    let deadline = clock.now + maximumDelay
                    while !Task.isCancelled && clock.now < deadline {
                        try? await Task.sleep(for: settle)
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
            continuation.onTermination = { _ in
                task.cancel()
                signal?.stop()
            }
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
