import SitegenModel
import CSitegenSystem
import Foundation

/// Writes the site: a full build into a staging folder beside the output that is then
/// swapped in; an incremental build's changed files into a journal folder beside the output,
/// which `commit` then renames into place one by one.
///
/// Either way, a build that fails before `commit` never touches the previous output (a failed
/// write leaves only the staging or journal folder, which is removed), and nothing outside the
/// output folder and its `.<output>.sitegen-*` siblings is ever deleted. An incremental `commit`
/// first writes and syncs a record of what it will rename and remove (`commitRecord`): a rename
/// refused half-way puts the old files back (or, if that fails too, says so with a
/// `PartialUpdate` error that counts what was replaced), and a commit killed half-way is finished
/// by the next `begin`, from the record, before anything else. Files whose
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
    /// An incremental build's changed files, until `commit` renames them into the output.
    public let journal: URL
    private let previous: URL
    /// Paths written to the journal, to rename into the output at `commit`.
    private var pending: [String] = []
    private var root: URL { mode == .staged ? staging : journal }
    private let lock = NSLock()
    private var writtenPaths: Set<String> = []
    private var changed = 0
    /// Whether there is a previous output to compare with (not in a first or clean build).
    private var hasPreviousOutput = false
    /// The size of every file handed to `write`, by path.
    public private(set) var sizes: [String: Int] = [:]

    public init(output: URL, mode: Mode = .staged) {
        self.output = output.standardizedFileURL
        self.mode = mode
        let siblings = OutputSiblings(output: self.output)
        staging = siblings.url(.staging)
        journal = siblings.url(.journal)
        previous = siblings.url(.previous)
    }

    /// The journal's record of a commit under way: a line `+path` for each file to rename from
    /// the journal into the output, `-path` for each file to remove from it.
    static let commitRecord = ".commit"

    /// How many files `begin` moved into place to finish a commit a killed build left half-done
    /// (nil when there was none).
    public private(set) var finishedInterruptedCommit: Int?

    /// Prepares to write: an empty staging folder (removing one a crashed build left behind).
    /// A commit a killed build left half-done is finished first, so that the output is that
    /// build's whole site, not a mix.
    public func begin() throws {
        writtenPaths = []
        sizes = [:]
        changed = 0
        pending = []
        let fileManager = FileManager.default
        finishedInterruptedCommit = finishInterruptedCommit()
        hasPreviousOutput = fileManager.fileExists(atPath: output.path)
        // A folder a killed build left behind is removed; nothing else is.
        try? fileManager.removeItem(at: journal)
        guard mode == .staged else {
            try fileManager.createDirectory(at: journal, withIntermediateDirectories: true)
            return
        }
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
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
        sizes[file.path] = file.byteCount
        lock.unlock()
        if duplicate {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: file.path])
        }
        let old = output.path + "/" + file.path
        let unchanged = hasPreviousOutput && FileStamp(path: old)?.size == file.byteCount
            && MappedFile(path: old).map { file.hasSameBytes(as: $0.bytes) } == true
        // A file's folder is made when writing into it fails for want of it: no check before
        // each file, and no shared record that another thread could read before the folder exists.
        switch mode {
        case .staged:
            if unchanged {
                if link(old, target) == 0 { return }
                if errno == ENOENT {
                    try Self.makeDirectory(directory)
                    if link(old, target) == 0 { return }
                }
            }
            try Self.create(target, in: directory, file)
        case .inPlace:
            if unchanged { return }
            try Self.create(target, in: directory, file)
            lock.lock()
            pending.append(file.path)
            lock.unlock()
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
            let stale = stale.filter(Self.isSafeRelativePath).sorted()
            try writeCommitRecord(stale: stale)
            try replaceFromJournal()
            for path in stale where removeFromOutput(path) { changed += 1 }
            try? fileManager.removeItem(at: journal)
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

    /// Writes the commit record into the journal and syncs it and the journal folder, so that
    /// once a rename into the output may have happened, the record of the rest is on disk.
    private func writeCommitRecord(stale: [String]) throws {
        let lines = pending.sorted().map { "+" + $0 } + stale.map { "-" + $0 }
        let record = journal.path + "/" + Self.commitRecord
        let temporary = record + ".partial"
        do {
            try AtomicFile.create(temporary) { fd in
                try OutputFile(path: Self.commitRecord, contents: Data((lines.joined(separator: "\n") + "\n").utf8)).write(to: fd)
                guard fsync(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            }
            guard rename(temporary, record) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            try Self.syncFolder(journal.path)
        } catch {
            unlink(temporary)
            unlink(record)
            throw error
        }
    }

    /// Syncs a folder's entries (the names a rename made in it).
    static func syncFolder(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Finishes a commit that a killed build left half-done: renames into the output every file
    /// of the record still in the journal, and removes the files it lists for removal. Returns
    /// how many files it moved, or nil when there is no record (a build killed before its commit
    /// leaves the output as it was, and its journal is simply removed).
    private func finishInterruptedCommit() -> Int? {
        guard let data = FileManager.default.contents(atPath: journal.path + "/" + Self.commitRecord) else { return nil }
        var moved = 0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let path = String(line.dropFirst())
            guard Self.isSafeRelativePath(path) else { continue }
            if line.first == "+" {
                let from = journal.path + "/" + path, target = output.path + "/" + path
                guard access(from, F_OK) == 0 else { continue }
                try? Self.makeDirectory((target as NSString).deletingLastPathComponent)
                if rename(from, target) == 0 { moved += 1 }
            } else if line.first == "-" {
                _ = removeFromOutput(path)
            }
        }
        return moved
    }

    /// Removes one file of the output, and the folders it leaves empty.
    private func removeFromOutput(_ path: String) -> Bool {
        let fileManager = FileManager.default
        let url = output.appendingPathComponent(path)
        guard (try? fileManager.removeItem(at: url)) != nil else { return false }
        var folder = url.deletingLastPathComponent().standardizedFileURL
        while folder.path.hasPrefix(output.path + "/"),
              (try? fileManager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? fileManager.removeItem(at: folder)
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
        return true
    }

    /// Renames every changed file from the journal into the output, keeping a hard link to each
    /// old file in the journal's `.old/` folder until all are in place (the output never lacks a
    /// file, even when the process is killed between two renames). When a rename is refused, the files
    /// replaced so far are put back (and new folders removed), so the output is as it was; only
    /// if putting back fails too does the output stay mixed, and `PartialUpdate` says so.
    private func replaceFromJournal() throws {
        let paths = pending.sorted()
        let backup = journal.path + "/.old"
        var replaced: [(path: String, hadOld: Bool)] = []
        var createdFolders: [String] = []
        func createFolders(for target: String) throws {
            var missing: [String] = []
            var folder = (target as NSString).deletingLastPathComponent
            while folder.hasPrefix(output.path + "/"), !FileManager.default.fileExists(atPath: folder) {
                missing.append(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
            for folder in missing.reversed() {
                guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                createdFolders.append(folder)
            }
        }
        for path in paths {
            let target = output.path + "/" + path
            do {
                try createFolders(for: target)
                let hadOld = access(target, F_OK) == 0
                if hadOld {
                    try Self.makeDirectory(((backup + "/" + path) as NSString).deletingLastPathComponent)
                    guard link(target, backup + "/" + path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                }
                replaced.append((path, hadOld))
                guard rename(journal.path + "/" + path, target) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            } catch {
                // Put back what was replaced, newest first.
                var restored = true
                for (done, hadOld) in replaced.reversed() {
                    let target = output.path + "/" + done
                    if hadOld {
                        if access(backup + "/" + done, F_OK) == 0, rename(backup + "/" + done, target) != 0 { restored = false }
                    } else if access(target, F_OK) == 0, unlink(target) != 0 {
                        restored = false
                    }
                }
                for folder in createdFolders.reversed() { rmdir(folder) }
                // The output is as it was: the record must not make the next build finish this commit.
                if restored { unlink(journal.path + "/" + Self.commitRecord); throw error }
                throw PartialUpdate(replaced: replaced.count, of: paths.count, failedPath: path, reason: error)
            }
        }
    }

    /// Drops the staging or journal folder after a failed build; before `commit`, the output
    /// stays as it was.
    public func abandon() {
        try? FileManager.default.removeItem(at: mode == .staged ? staging : journal)
    }

    /// An incremental `commit` that stopped after replacing some of the changed files.
    public struct PartialUpdate: Error, Sendable {
        public var replaced: Int
        public var of: Int
        public var failedPath: String
        public var reason: any Error
    }

    private static func create(_ target: String, in directory: String, _ file: OutputFile) throws {
        do {
            try AtomicFile.create(target) { try file.write(to: $0) }
        } catch let error as POSIXError where error.code == .ENOENT {
            try makeDirectory(directory)
            try AtomicFile.create(target) { try file.write(to: $0) }
        }
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
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0"), !path.contains("\n") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
