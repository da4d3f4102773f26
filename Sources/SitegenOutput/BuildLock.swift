import SitegenModel
import Foundation

/// Keeps two builds from writing the same output folder at once: they would mix their
/// files, and one would append to the build cache while the other replaced it.
///
/// It is an advisory lock (`flock`) on `.public.sitegen-lock` beside `public/`, held from
/// before the cache is read until the build returns, when the file is removed. The system
/// releases the lock when a process ends, so a build that crashed leaves at most the file,
/// which the next build simply locks again.
package final class BuildLock {
    private let fd: Int32
    private let path: String

    static func location(for output: URL) -> URL {
        OutputSiblings(output: output).url(.lock)
    }

    /// Takes the lock for `output` (creating the folder it sits in), or fails at once when
    /// another build holds it.
    package init(for output: URL) throws(Diagnostic) {
        let folder = output.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .error("cannot create the folder \(folder.path) for the output: \(error.localizedDescription)")
        }
        let path = Self.location(for: output).path
        // A lock taken on a file that another build removed meanwhile guards nothing: then
        // the file at `path` is another one, and it is opened again.
        for _ in 0..<8 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .error("cannot create \(path): \(String(cString: strerror(errno)))") }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let busy = errno == EWOULDBLOCK
                let reason = String(cString: strerror(errno))
                close(fd)
                throw .error(busy ? "another sitegen build is writing to \(output.path); wait for it to finish (lock: \(path))"
                                  : "cannot lock \(path): \(reason)")
            }
            var held = stat(), current = stat()
            if fstat(fd, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                self.fd = fd
                self.path = path
                return
            }
            close(fd)
        }
        throw .error("cannot lock \(path): it keeps being replaced")
    }

    deinit {
        unlink(path)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
