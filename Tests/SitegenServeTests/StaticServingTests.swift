import Foundation
import Testing
@testable import SitegenServe

@Suite("Serving the built site", .timeLimit(.minutes(2)))
struct StaticServingTests {
    @Test func servesPagesWithTheLiveReloadScript() async throws {
        try await RunningServer.with { server in
            let home = try await server.http.send("/")
            #expect(home.status == 200)
            #expect(home.header("Content-Type") == "text/html; charset=utf-8")
            #expect(home.text.contains("First story"))
            #expect(home.text.contains(LiveReloadScript.tag + "</body>"))
            #expect(Int(home.header("Content-Length") ?? "") == home.body.count)

            let article = try await server.http.send("/articles/first-story/")
            #expect(article.status == 200)
            #expect(article.text.contains("Some text about the story."))
            // Canonical links point at the preview server, not at the published site.
            #expect(article.text.contains("http://127.0.0.1:\(server.port)/articles/first-story/"))
            #expect(!article.text.contains("https://example.org/articles/"))

            // The script is added as pages are served: the file on disk has none.
            let onDisk = try String(contentsOf: server.fixture.output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(!onDisk.contains("__sitegen"))
            #expect(!FileManager.default.fileExists(atPath: server.fixture.site.appendingPathComponent("public").path))
        }
    }

    @Test func givesEachFileItsContentType() async throws {
        try await RunningServer.with { server in
            let expected = [
                "/feed.xml": "application/xml; charset=utf-8",
                "/sitemap.xml": "application/xml; charset=utf-8",
                "/robots.txt": "text/plain; charset=utf-8",
                "/assets/style.css": "text/css; charset=utf-8",
                "/assets/favicon.svg": "image/svg+xml",
                "/__sitegen/live-reload.js": "text/javascript; charset=utf-8",
            ]
            for (path, type) in expected {
                let response = try await server.http.send(path)
                #expect(response.status == 200, "\(path)")
                #expect(response.header("Content-Type") == type, "\(path)")
                #expect(!response.text.contains(LiveReloadScript.tag), "\(path) is not HTML")
            }
            #expect(try await server.http.send("/feed.xml").text.contains("<feed"))
        }
    }

    @Test func headGivesTheHeadersWithoutTheBody() async throws {
        try await RunningServer.with { server in
            for path in ["/", "/feed.xml", "/assets/style.css"] {
                let get = try await server.http.send(path)
                let head = try await server.http.send(path, method: "HEAD")
                #expect(head.status == 200)
                #expect(head.body.isEmpty)
                #expect(head.header("Content-Length") == get.header("Content-Length"), "\(path)")
                #expect(head.header("Content-Type") == get.header("Content-Type"))
                #expect(head.header("ETag") == get.header("ETag"))
            }
        }
    }

    @Test func answersConditionalRequestsWithNotModified() async throws {
        try await RunningServer.with { server in
            for path in ["/", "/articles/first-story/", "/assets/style.css"] {
                let first = try await server.http.send(path)
                let etag = try #require(first.header("ETag"))
                let lastModified = try #require(first.header("Last-Modified"))
                #expect(first.header("Cache-Control") == "no-cache")

                let byTag = try await server.http.send(path, headers: ["If-None-Match": etag])
                #expect(byTag.status == 304, "\(path)")
                #expect(byTag.body.isEmpty)
                #expect(byTag.header("ETag") == etag)

                let byList = try await server.http.send(path, headers: ["If-None-Match": "\"other\", \(etag)"])
                #expect(byList.status == 304)

                let byDate = try await server.http.send(path, headers: ["If-Modified-Since": lastModified])
                #expect(byDate.status == 304)

                let stale = try await server.http.send(path, headers: ["If-None-Match": "\"stale\""])
                #expect(stale.status == 200)
                let old = try await server.http.send(path, headers: ["If-Modified-Since": "Sun, 06 Nov 1994 08:49:37 GMT"])
                #expect(old.status == 200)
            }
        }
    }

    @Test func servesTheSitesOwnNotFoundPage() async throws {
        try await RunningServer.with { server in
            for path in ["/no-such-page/", "/articles/missing/", "/feed.xml/", "/etc/passwd"] {
                let response = try await server.http.send(path)
                #expect(response.status == 404, "\(path)")
                #expect(response.header("Content-Type") == "text/html; charset=utf-8")
                #expect(response.text.contains("Page not found"))
                #expect(response.text.contains(LiveReloadScript.tag))
            }
            let head = try await server.http.send("/missing", method: "HEAD")
            #expect(head.status == 404)
            #expect(head.body.isEmpty)
        }
    }

    @Test func redirectsFoldersToTheirTrailingSlash() async throws {
        try await RunningServer.with { server in
            let response = try await server.http.send("/articles/first-story?x=1")
            #expect(response.status == 301)
            #expect(response.header("Location") == "/articles/first-story/?x=1")
            // A doubled slash must not turn into a protocol-relative redirect to another host.
            let doubled = try await server.http.send("//articles")
            #expect(doubled.status == 301)
            #expect(doubled.header("Location") == "/articles/")
        }
    }

    @Test func refusesOtherMethods() async throws {
        try await RunningServer.with { server in
            let response = try await server.http.send("/", method: "POST")
            #expect(response.status == 405)
            #expect(response.header("Allow") == "GET, HEAD")
        }
    }

    @Test func servesASubPathSiteUnderItsSubPath() async throws {
        try await RunningServer.with(baseURL: "https://example.org/briefings/ukraine/") { server in
            #expect(server.url == "http://127.0.0.1:\(server.port)/briefings/ukraine/")
            let root = try await server.http.send("/")
            #expect(root.status == 301)
            #expect(root.header("Location") == "/briefings/ukraine/")
            #expect(try await server.http.send("/briefings/ukraine").status == 301)

            let home = try await server.http.send("/briefings/ukraine/")
            #expect(home.status == 200)
            #expect(home.text.contains("First story"))
            let article = try await server.http.send("/briefings/ukraine/articles/first-story/")
            #expect(article.status == 200)
            #expect(article.text.contains("http://127.0.0.1:\(server.port)/briefings/ukraine/articles/first-story/"))
            #expect(try await server.http.send("/briefings/ukraine/assets/style.css").status == 200)

            // Outside the sub-path there is no site.
            let outside = try await server.http.send("/articles/first-story/")
            #expect(outside.status == 404)
            let missing = try await server.http.send("/briefings/ukraine/nothing-here/")
            #expect(missing.status == 404)
            #expect(missing.text.contains("Page not found"))
        }
    }

    @Test func aFolderWithoutContentIsNotServed() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-tests-\(UUID().uuidString)")
        let server = PreviewServer(options: ServeOptions(siteDirectory: folder, port: 0))
        await #expect(throws: ServeError.notASite(path: folder.path)) { try await server.run(handlingSignals: false) }
    }

    @Test func portInUseGivesOneClearError() async throws {
        try await RunningServer.with { first in
            let fixture = try FixtureSite()
            defer { fixture.remove() }
            let second = PreviewServer(options: ServeOptions(siteDirectory: fixture.site, port: first.port,
                                                             outputDirectory: fixture.output))
            await #expect(throws: ServeError.portInUse(host: "127.0.0.1", port: first.port)) {
                try await second.run(handlingSignals: false)
            }
            #expect(ServeError.portInUse(host: "127.0.0.1", port: first.port).description
                == "port \(first.port) on 127.0.0.1 is already in use: stop the other server or choose another port with --port")
        }
    }
}
