import Foundation
import Testing
@testable import SitegenOutput
@testable import SitegenModel
import SitegenTestSupport

@Suite("OutputWriter")
struct OutputWriterTests {
    @Test func swapsStagingInAndRemovesStaleFiles() throws {
        let dir = try TemporaryDirectory()
        try dir.write("public/old/index.html", "stale")
        try dir.write("public/index.html", "same")
        let writer = OutputWriter(output: dir.url.appendingPathComponent("public"))
        try writer.begin()
        try writer.write(OutputFile(path: "index.html", text: "same"))
        try writer.write(OutputFile(path: "a/b/index.html", text: "new"))
        let changed = try writer.commit()
        #expect(changed == 1)
        #expect(try dir.read("public/index.html") == "same")
        #expect(try dir.read("public/a/b/index.html") == "new")
        #expect(!dir.exists("public/old"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.path)
        #expect(leftovers == ["public"])
    }

    /// In place, a folder whose first file is unchanged still gets its changed ones (a folder of
    /// many files, such as the search index's shards); and files of one folder written from
    /// many threads at once all arrive.
    @Test(arguments: [OutputWriter.Mode.inPlace, .staged])
    func foldersOfManyFilesWhateverChanged(_ mode: OutputWriter.Mode) throws {
        let dir = try TemporaryDirectory()
        for index in 0..<4 { try dir.write("public/search/terms/\(index).json", "old \(index)") }
        let writer = OutputWriter(output: dir.url.appendingPathComponent("public"), mode: mode)
        try writer.begin()
        try writer.write(OutputFile(path: "search/terms/0.json", text: "old 0"))
        try writer.write(OutputFile(path: "search/terms/1.json", text: "new 1"))
        let paths = (2..<4).map { "search/terms/\($0).json" } + (0..<64).map { "search/new/\($0).json" }
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            try? writer.write(OutputFile(path: paths[index], text: "new \(index)"))
        }
        try writer.commit()
        #expect(try dir.read("public/search/terms/0.json") == "old 0")
        #expect(try dir.read("public/search/terms/1.json") == "new 1")
        for (index, path) in paths.enumerated() { #expect(try dir.read("public/\(path)") == "new \(index)") }
    }

    /// The new site takes the old one's place in one step: the output folder is never missing.
    @Test func swapNeverLeavesTheOutputMissing() throws {
        let dir = try TemporaryDirectory()
        try dir.write("public/index.html", "old")
        let output = dir.url.appendingPathComponent("public")
        let watcher = OutputMissingWatcher(path: output.appendingPathComponent("index.html").path)
        for round in 0..<20 {
            let writer = OutputWriter(output: output)
            try writer.begin()
            try writer.write(OutputFile(path: "index.html", text: "round \(round)"))
            try writer.commit()
        }
        #expect(watcher.stop() == 0, "the output's index.html went missing during a swap")
        #expect(try dir.read("public/index.html") == "round 19")
    }

    @Test func abandonLeavesThePreviousOutputUntouched() throws {
        let dir = try TemporaryDirectory()
        try dir.write("public/index.html", "previous")
        let writer = OutputWriter(output: dir.url.appendingPathComponent("public"))
        try writer.begin()
        try writer.write(OutputFile(path: "index.html", text: "half-built"))
        writer.abandon()
        #expect(try dir.read("public/index.html") == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["public"])
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../x", "a//b", "a\\b", "./a"])
    func refusesPathsOutsideTheOutput(_ path: String) throws {
        let dir = try TemporaryDirectory()
        let writer = OutputWriter(output: dir.url.appendingPathComponent("public"))
        try writer.begin()
        #expect(throws: (any Error).self) { try writer.write(OutputFile(path: path, text: "x")) }
        writer.abandon()
    }

    @Test func refusesTheSameFileTwice() throws {
        let dir = try TemporaryDirectory()
        let writer = OutputWriter(output: dir.url.appendingPathComponent("public"))
        try writer.begin()
        try writer.write(OutputFile(path: "a.html", text: "1"))
        #expect(throws: (any Error).self) { try writer.write(OutputFile(path: "a.html", text: "2")) }
        writer.abandon()
    }
}

@Suite("OutputLocation")
struct OutputLocationTests {
    @Test func refusesTheSiteItsParentsAndItsSourceFolders() throws {
        let dir = try TemporaryDirectory()
        let site = dir.url.appendingPathComponent("site")
        try dir.write("site/content/site.yml", "")
        for bad in [site, dir.url, site.appendingPathComponent("content"), site.appendingPathComponent("templates"),
                    site.appendingPathComponent("content/out"), URL(fileURLWithPath: "/")] {
            #expect(throws: Diagnostic.self, "\(bad.path)") { try OutputLocation(bad).validate(siteDirectory: site) }
        }
        try OutputLocation(site.appendingPathComponent("public")).validate(siteDirectory: site)
        try OutputLocation(dir.url.appendingPathComponent("elsewhere")).validate(siteDirectory: site)
    }

    @Test func refusesAFolderOfTheUsersOwn() throws {
        let dir = try TemporaryDirectory()
        try dir.write("site/content/site.yml", "")
        try dir.write("documents/thesis.txt", "precious")
        #expect(throws: Diagnostic.self) {
            try OutputLocation(dir.url.appendingPathComponent("documents")).validate(siteDirectory: dir.url.appendingPathComponent("site"))
        }
        try dir.write("built/index.html", "a previous build")
        try OutputLocation(dir.url.appendingPathComponent("built")).validate(siteDirectory: dir.url.appendingPathComponent("site"))
    }
}

/// Checks a path over and over on another thread, counting the times it is missing.
private final class OutputMissingWatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var running = true
    private var missing = 0
    private let done = DispatchSemaphore(value: 0)

    init(path: String) {
        Thread.detachNewThread {
            while self.isRunning {
                if !FileManager.default.fileExists(atPath: path) {
                    self.lock.lock(); self.missing += 1; self.lock.unlock()
                }
            }
            self.done.signal()
        }
    }

    private var isRunning: Bool {
        lock.lock(); defer { lock.unlock() }
        return running
    }

    /// Stops watching; returns how many times the path was missing.
    func stop() -> Int {
        lock.lock(); running = false; lock.unlock()
        done.wait()
        lock.lock(); defer { lock.unlock() }
        return missing
    }
}
