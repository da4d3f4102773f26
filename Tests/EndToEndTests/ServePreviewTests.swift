import Foundation
import Testing

/// `sitegen serve` keeps its preview between runs: the second start serves the last preview at
/// once and brings it up to date with an incremental build that renders nothing unchanged.
@Suite("sitegen serve keeps its preview")
struct ServePreviewTests {
    /// Runs `sitegen serve` on `site` until it has built, then stops it with Ctrl-C; returns its log.
    /// The same port for every run: the preview's links name it, and another port is another site.
    static func serveOnce(_ site: URL, cache: URL, port: Int, arguments: [String] = []) throws -> String {
        let log = site.deletingLastPathComponent().appendingPathComponent("serve-\(UUID().uuidString).log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let server = Process()
        server.executableURL = SitegenBinary.url
        server.arguments = ["serve", "--source", site.path, "--port", String(port)] + arguments
        server.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cache.path]) { _, new in new }
        let handle = try FileHandle(forWritingTo: log)
        server.standardOutput = handle
        server.standardError = handle
        try server.run()
        func text() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
        for _ in 0..<600 where !(text().contains("serving http") && text().contains("\nbuilt ")) { usleep(50_000) }
        server.interrupt()
        server.waitUntilExit()
        return text()
    }

    @Test func theSecondStartServesTheKeptPreviewBeforeItsIncrementalBuild() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        let cache = root.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BuildCommandTests.sites.appendingPathComponent("basic"), to: site)

        let port = try Self.freePort()
        let first = try Self.serveOnce(site, cache: cache, port: port)
        let firstLines = first.split(separator: "\n").map(String.init)
        let firstBuilt = try #require(firstLines.firstIndex { $0.hasPrefix("built ") }, "\(first)")
        let firstServing = try #require(firstLines.firstIndex { $0.hasPrefix("serving ") }, "\(first)")
        #expect(firstBuilt < firstServing, "with nothing kept, the first build comes before serving: \(first)")
        #expect(!firstLines[firstBuilt].contains("incremental"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("sitegen/preview").path)
        #expect(kept.count == 1 && kept[0].hasPrefix("site-"), "\(kept)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path), "public/ is not touched")

        let second = try Self.serveOnce(site, cache: cache, port: port)
        let lines = second.split(separator: "\n").map(String.init)
        let built = try #require(lines.firstIndex { $0.hasPrefix("built ") }, "\(second)")
        let serving = try #require(lines.firstIndex { $0.hasPrefix("serving ") }, "\(second)")
        #expect(serving < built, "the kept preview is served before the build: \(second)")
        #expect(lines[built].contains("incremental: 0 rendered"), "nothing changed, nothing is rendered: \(second)")

        let fresh = try Self.serveOnce(site, cache: cache, port: port, arguments: ["--fresh"])
        let freshLines = fresh.split(separator: "\n").map(String.init)
        let freshBuilt = try #require(freshLines.firstIndex { $0.hasPrefix("built ") }, "\(fresh)")
        #expect(!freshLines[freshBuilt].contains("incremental"), "--fresh builds from nothing: \(fresh)")
    }

    /// A port no one listens on now: the system picks it for a socket that is closed again.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
