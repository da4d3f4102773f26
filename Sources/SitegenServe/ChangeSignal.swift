import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Wakes the change watcher as soon as a watched folder changes, through Linux's inotify, so
/// that an edit is noticed in milliseconds instead of at the next scan. It only says *that*
/// something changed: the watcher still compares its snapshots to learn what. It also wakes every
/// `fallback`, so that a change inotify cannot report (a queue overflow, a network file system)
/// is still found by the scan.
///
/// Elsewhere, or when inotify is unavailable (no instances left), `make` returns nil and the
/// watcher scans at its interval.
final class ChangeSignal: Sendable {
    /// Yields when a watched folder changed (`true`) or the fallback time passed (`false`).
    let wakes: AsyncStream<Bool>
    private let stopped = Locked(false)

    #if canImport(Glibc) || canImport(Musl)
    static func make(paths: [String], fallback: Duration) -> ChangeSignal? {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        var watched = Set<String>()
        for path in paths { Self.watch(path, fd: fd, into: &watched) }
        guard !watched.isEmpty else {
            close(fd)
            return nil
        }
        return ChangeSignal(fd: fd, watched: watched, fallback: fallback)
    }

    private init(fd: Int32, watched: Set<String>, fallback: Duration) {
        let (stream, continuation) = AsyncStream<Bool>.makeStream(bufferingPolicy: .bufferingNewest(1))
        wakes = stream
        let stopped = self.stopped
        let timeout = Int32(fallback.components.seconds * 1000 + fallback.components.attoseconds / 1_000_000_000_000_000)
        let thread = Thread {
            var watched = watched
            var folders: [Int32: String] = [:]
            // Watch descriptors are not kept from `watch`: map them again by adding each folder
            // (inotify returns the same descriptor for a folder already watched).
            for folder in watched { folders[Self.add(folder, fd: fd)] = folder }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !stopped.current {
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, timeout)
                if ready < 0 && errno != EINTR { break }
                if ready <= 0 {
                    continuation.yield(false)
                    continue
                }
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                guard count > 0 else { continue }
                // A folder created inside a watched one is watched too, with what it holds.
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let (descriptor, mask, nameLength) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        return (event.wd, event.mask, Int(event.len))
                    }
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, let parent = folders[descriptor] {
                        let name = String(decoding: buffer[nameStart..<(nameStart + nameLength)].prefix { $0 != 0 }, as: UTF8.self)
                        var added = Set<String>()
                        Self.watch(parent + "/" + name, fd: fd, into: &added)
                        for folder in added where !watched.contains(folder) {
                            watched.insert(folder)
                            folders[Self.add(folder, fd: fd)] = folder
                        }
                    }
                    offset = nameStart + nameLength
                }
                continuation.yield(true)
            }
            continuation.finish()
            close(fd)
        }
        thread.name = "sitegen-watch"
        thread.start()
    }

    /// Ends the stream; the thread stops at its next wake.
    func stop() {
        stopped.update { $0 = true }
    }

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                                     | IN_DELETE_SELF | IN_MOVE_SELF)

    @discardableResult
    private static func add(_ folder: String, fd: Int32) -> Int32 {
        inotify_add_watch(fd, folder, mask)
    }

    /// Watches `path` if it is a folder, and every folder under it (not through symlinks, and
    /// not hidden ones, which the watcher ignores).
    private static func watch(_ path: String, fd: Int32, into watched: inout Set<String>) {
        guard let info = FileInfo.ofLink(path), info.kind == .directory, add(path, fd: fd) >= 0 else { return }
        watched.insert(path)
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            guard Int32(entry.pointee.d_type) == Int32(DT_DIR) || Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) else { continue }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard !name.hasPrefix(".") else { continue }
            watch(path + "/" + name, fd: fd, into: &watched)
        }
    }
    #else
    static func make(paths: [String], fallback: Duration) -> ChangeSignal? { nil }

    private init() {
        wakes = AsyncStream { $0.finish() }
    }

    func stop() {}
    #endif
}
