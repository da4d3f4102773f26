import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import SitegenServe

/// The preview's routes through Hummingbird's testing library: no socket, no build. The site is
/// a folder of hand-written files, so each test states exactly what is on disk.
@Suite("Preview routes without a socket")
struct RouterTests {
    /// A served folder (`<tmp>/out/site`) with a file outside it, removed by `remove()`.
    struct ServedFolder {
        let folder: URL
        var root: URL { folder.appendingPathComponent("out/site") }
        let page = "<!doctype html>\n<html><head><title>Home</title></head><body><p>Home page</p></BODY></html>\n"

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-router-\(UUID().uuidString)")
                .resolvingSymlinksInPath()
            try write("index.html", page)
            try write("articles/first/index.html", "<html><body>First</body></html>")
            try write("404.html", "<html><body>Page not found</body></html>")
            try write("assets/style.css", "body { color: black; }\n")
            try write("feed.xml", "<feed/>")
            try write("assets/logo.svg", "<svg/>")
            try write("data.bin", "raw")
            try Data("SECRET".utf8).write(to: folder.appendingPathComponent("secret.txt"))
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("leak.txt").path,
                                                       withDestinationPath: folder.appendingPathComponent("secret.txt").path)
        }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// Runs `body` with a client of the preview's router over `served` (or over a folder that
    /// does not exist yet, when `served` is nil).
    private func withRouter(_ served: ServedFolder, basePath: String = "/", failure: String? = nil,
                            _ body: @Sendable @escaping (any TestClientProtocol) async throws -> Void) async throws {
        let resolver = Locked(StaticFileResolver(root: served.root.path, basePath: basePath))
        let broadcaster = ReloadBroadcaster(status: .init(generation: "test-0"))
        if let failure { broadcaster.buildFailed(message: failure) }
        let app = Application(router: PreviewRouter.make(resolver: resolver, broadcaster: broadcaster))
        try await app.test(.router) { client in try await body(client) }
    }

    private static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    @Test func servesPagesWithTheScriptAndTheirTrueLength() async throws {
        let served = try ServedFolder()
        defer { served.remove() }
        try await withRouter(served) { client in
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .ok)
            #expect(home.headers[.contentType] == "text/html; charset=utf-8")
            #expect(Self.text(home) == served.page.replacingOccurrences(of: "</BODY>", with: LiveReloadScript.tag + "</BODY>"))
            #expect(home.headers[.contentLength] == String(home.body.readableBytes))
            #expect(home.headers[.cacheControl] == "no-cache")
            #expect(home.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")

            let css = try await client.execute(uri: "/assets/style.css", method: .get)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(Self.text(css) == "body { color: black; }\n")
            #expect(try await client.execute(uri: "/feed.xml", method: .get).headers[.contentType] == "application/xml; charset=utf-8")
            #expect(try await client.execute(uri: "/assets/logo.svg", method: .get).headers[.contentType] == "image/svg+xml")
        }
    }

    @Test func headGivesTheLengthOfWhatGetSends() async throws {
        let served = try ServedFolder()
        defer { served.remove() }
        try await withRouter(served) { client in
            let get = try await client.execute(uri: "/articles/first/", method: .get)
            let head = try await client.execute(uri: "/articles/first/", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
            #expect(head.headers[.eTag] == get.headers[.eTag])
        }
    }

    @Test func answersValidatorsWithNotModified() async throws {
        let served = try ServedFolder()
        defer { served.remove() }
        try await withRouter(served) { client in
            for path in ["/", "/assets/style.css"] {
                let first = try await client.execute(uri: path, method: .get)
                let tag = try #require(first.headers[.eTag])
                let modified = try #require(first.headers[.lastModified])
                #expect(try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: tag]).status == .notModified)
                #expect(try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "\"other\", \(tag)"]).status == .notModified)
                #expect(try await client.execute(uri: path, method: .get, headers: [.ifModifiedSince: modified]).status == .notModified)
                #expect(try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "\"stale\""]).status == .ok)
                let old = try await client.execute(uri: path, method: .get, headers: [.ifModifiedSince: "Sun, 06 Nov 1994 08:49:37 GMT"])
                #expect(old.status == .ok)
            }
            // A page edited since: its tag changes.
            let before = try await client.execute(uri: "/", method: .get).headers[.eTag]
            try served.write("index.html", served.page + "<!-- edited -->")
            #expect(try await client.execute(uri: "/", method: .get).headers[.eTag] != before)
        }
    }

    @Test func servesRangesOfFilesAndOfPages() async throws {
        let served = try ServedFolder()
        defer { served.remove() }
        try await withRouter(served) { client in
            let css = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.range: "bytes=0-3"])
            #expect(css.status == .partialContent)
            #expect(Self.text(css) == "body")
            #expect(css.headers[.contentRange] == "bytes 0-3/23")
            let page = try await client.execute(uri: "/", method: .get, headers: [.range: "bytes=0-8"])
            #expect(page.status == .partialContent)
            #expect(Self.text(page) == "<!doctype")
            let past = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.range: "bytes=100-200"])
            #expect(past.status == .rangeNotSatisfiable)
            #expect(past.headers[.contentRange] == "bytes */23")
        }
    }

    @Test func rangesItCannotServeRightGiveTheWholeFile() async throws {
        let served = try ServedFolder()
        defer { served.remove() }
        try await withRouter(served) { client in
            for (method, range) in [(HTTPRequest.Method.head, "bytes=0-3"), (.head, "bytes=100-"), (.get, "bytes=-5"), (.get, "bytes=0-1,4-5"), (.get, "lines=1-2")] {
                let response = try await client.execute(uri: "/assets/style.css", method: method, headers: [.range: range])
                #expect(response.status == .ok, "\(method) \(range)")
                #expect(response.headers[.contentLength] == "23", "\(method) \(range)")
                #expect(response.headers[.contentRange] == nil, "\(method) \(range)")
            }
        }
    }

    @Test func largeFilesAndLargePagesAreServedWhole() async throws {
        let served = try ServedFolder()
        defer { served.remove() }
        let size = (SiteFileProvider.readAtOnce / 10 + 100) * 10
        try served.write("big.bin", String(repeating: "0123456789", count: size / 10))
        try served.write("big.html", "<html><body>" + String(repeating: "<p>x</p>", count: size / 8) + "</body></html>")
        try served.write("CNAME", "example.org")
        try served.write("UPPER.HTML", "<html><body>Upper</body></html>")
        try await withRouter(served) { client in
            let bin = try await client.execute(uri: "/big.bin", method: .get)
            #expect(bin.status == .ok)
            #expect(bin.body.readableBytes == size && bin.headers[.contentLength] == String(size))
            let tail = try await client.execute(uri: "/big.bin", method: .get, headers: [.range: "bytes=\(size - 4)-"])
            #expect(tail.status == .partialContent)
            #expect(Self.text(tail) == "6789")
            let page = try await client.execute(uri: "/big.html", method: .get)
            #expect(Self.text(page).hasSuffix(LiveReloadScript.tag + "</body></html>"))
            #expect(page.headers[.contentLength] == String(page.body.readableBytes))
            #expect(Self.text(try await client.execute(uri: "/UPPER.HTML", method: .get)).contains(LiveReloadScript.tag))
            let plain = try await client.execute(uri: "/CNAME", method: .get)
            #expect(plain.headers[.contentType] == "application/octet-stream")
            #expect(plain.headers[.cacheControl] == "no-cache")
        }
    }

    @Test func redirectsFoldersAndRefusesWhatLeavesTheRoot() async throws {
        let served = try ServedFolder()
        defer { served.remove() }
        try await withRouter(served) { client in
            let folder = try await client.execute(uri: "/articles/first?x=1", method: .get)
            #expect(folder.status == .movedPermanently)
            #expect(folder.headers[.location] == "/articles/first/?x=1")
            let doubled = try await client.execute(uri: "//articles", method: .get)
            #expect(doubled.headers[.location] == "/articles/")

            let leak = try await client.execute(uri: "/leak.txt", method: .get)
            #expect(leak.status == .forbidden)
            #expect(!Self.text(leak).contains("SECRET"))
            for attempt in ["/../secret.txt", "/%2e%2e/secret.txt", "/a%2f..%2f..%2fsecret.txt", "/a%00b"] {
                let response = try await client.execute(uri: attempt, method: .get)
                #expect(response.status == .badRequest, "\(attempt)")
                #expect(!Self.text(response).contains("SECRET"))
            }
            let post = try await client.execute(uri: "/", method: .post)
            #expect(post.status == .methodNotAllowed)
            #expect(post.headers[.allow] == "GET, HEAD")
        }
    }

    @Test func missingPagesGetTheSitesNotFoundPage() async throws {
        let served = try ServedFolder()
        defer { served.remove() }
        try await withRouter(served) { client in
            let missing = try await client.execute(uri: "/nothing/here/", method: .get)
            #expect(missing.status == .notFound)
            #expect(Self.text(missing).contains("Page not found"))
            #expect(Self.text(missing).contains(LiveReloadScript.tag))
            // A file asked for as a folder is not the file.
            #expect(try await client.execute(uri: "/assets/style.css/", method: .get).status == .notFound)
        }
    }

    @Test func aSubPathSiteLivesUnderItsSubPath() async throws {
        let served = try ServedFolder()
        defer { served.remove() }
        try await withRouter(served, basePath: "/briefings/ukraine/") { client in
            let root = try await client.execute(uri: "/", method: .get)
            #expect(root.status == .movedPermanently)
            #expect(root.headers[.location] == "/briefings/ukraine/")
            #expect(try await client.execute(uri: "/briefings/ukraine/", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/briefings/ukraine/assets/style.css", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/assets/style.css", method: .get).status == .notFound)
        }
    }

    @Test func withoutASiteTheFailureIsShown() async throws {
        let served = try ServedFolder()
        served.remove()
        try await withRouter(served, failure: "content/articles/x.md:3: missing required field `date`") { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .serviceUnavailable)
            #expect(page.headers[.retryAfter] == "1")
            #expect(Self.text(page).contains("x.md:3: missing required field `date`"))
            #expect(Self.text(page).contains(LiveReloadScript.tag))
        }
    }

    @Test func servesTheLiveReloadScript() async throws {
        let served = try ServedFolder()
        defer { served.remove() }
        try await withRouter(served) { client in
            let script = try await client.execute(uri: LiveReloadScript.scriptPath, method: .get)
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(Self.text(script) == LiveReloadScript.source)
            let head = try await client.execute(uri: LiveReloadScript.scriptPath, method: .head)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(script.body.readableBytes))
        }
    }
}
