import Foundation
import Testing
@testable import SitegenServe

@Suite("Watch, rebuild, reload", .timeLimit(.minutes(2)))
struct LiveReloadTests {
    @Test func anEditRebuildsTheSiteAndReloadsOpenPages() async throws {
        try await RunningServer.with { server in
            let page = try EventStreamClient(port: server.port)
            let hello = try #require(try await page.next())
            #expect(hello.name == "hello")

            try server.fixture.write("content/articles/first-story.md",
                                     FixtureSite.article(title: "First story, updated", date: "2025-11-18"))
            let reload = try await page.waitFor("reload")
            #expect(reload.data != hello.data)
            let article = try await server.http.send("/articles/first-story/")
            #expect(article.text.contains("First story, updated"))

            // A page that reconnects learns about the new build from its first event.
            var reconnected: EventStreamClient? = try EventStreamClient(port: server.port)
            #expect(try await reconnected?.next() == EventStreamClient.Event(name: "hello", data: reload.data))

            // A page that went away is not counted among those told to reload.
            reconnected = nil
            try await Task.sleep(for: .milliseconds(200))
            try server.fixture.write("content/articles/first-story.md",
                                     FixtureSite.article(title: "First story, again", date: "2025-11-18"))
            _ = try await page.waitFor("reload")
            let pages = server.reported.compactMap { event -> Int? in
                if case .built(_, _, let pages) = event { return pages }
                return nil
            }
            #expect(pages.last == 1)
        }
    }

    @Test func anEditToABodyShowsItsPageAheadOfTheBuild() async throws {
        try await RunningServer.with { server in
            let page = try EventStreamClient(port: server.port)
            _ = try await page.waitFor("hello")
            // The first build made the site the edit is rendered against.
            try await Task.sleep(for: .milliseconds(300))

            try server.fixture.write("content/articles/first-story.md",
                                     FixtureSite.article(title: "First story", date: "2025-11-18", body: "A new paragraph, written just now."))
            // First the edited page alone, rendered ahead of the build, and served at once.
            let ahead = try await page.waitFor("reload")
            let lines = ahead.data.split(separator: "\n").map(String.init)
            #expect(lines.dropFirst() == ["only /articles/first-story/"])
            let shown = try await server.http.send("/articles/first-story/")
            #expect(shown.text.contains("A new paragraph, written just now."))

            // Then the build's reload, which that page sits out: the build made the same bytes.
            let built = try await page.waitFor("reload")
            #expect(built.data.split(separator: "\n").dropFirst() == ["except /articles/first-story/"])
            #expect(try await server.http.send("/articles/first-story/").text == shown.text)
            #expect(server.reported.contains { event in
                if case .renderedAhead(let pages) = event { return pages == ["articles/first-story/index.html"] }
                return false
            })

            // A change to the front matter changes other pages (lists, tags): no page goes ahead of the build.
            try server.fixture.write("content/articles/first-story.md",
                                     FixtureSite.article(title: "First story, renamed", date: "2025-11-18", body: "A new paragraph, written just now."))
            let rebuilt = try await page.waitFor("reload")
            #expect(rebuilt.data.split(separator: "\n").count == 1)
            #expect(try await server.http.send("/articles/first-story/").text.contains("First story, renamed"))
        }
    }

    @Test func aBrokenEditKeepsTheLastGoodSiteAndShowsTheError() async throws {
        try await RunningServer.with { server in
            let page = try EventStreamClient(port: server.port)
            _ = try await page.waitFor("hello")

            try server.fixture.write("content/articles/second-story.md",
                                     FixtureSite.article(title: "Second story, broken", date: "not a date"))
            let failure = try await page.waitFor("build-error")
            #expect(failure.data.contains("content/articles/second-story.md:3:"))
            #expect(failure.data.contains("date"))

            // The last good site is still served.
            let article = try await server.http.send("/articles/second-story/")
            #expect(article.status == 200)
            #expect(article.text.contains("Second story"))
            #expect(!article.text.contains("broken"))

            // A page opened now is told about the failure at once.
            let late = try EventStreamClient(port: server.port)
            #expect(try await late.next()?.name == "hello")
            #expect(try await late.next()?.name == "build-error")

            // Fixing the file recovers without a restart.
            try server.fixture.write("content/articles/second-story.md",
                                     FixtureSite.article(title: "Second story, fixed", date: "2025-11-19"))
            _ = try await page.waitFor("reload")
            _ = try await late.waitFor("reload")
            #expect(try await server.http.send("/articles/second-story/").text.contains("Second story, fixed"))
            let fresh = try EventStreamClient(port: server.port)
            #expect(try await fresh.next()?.name == "hello")

            let failures = server.reported.filter { if case .failed = $0 { true } else { false } }
            #expect(failures.count == 1)
        }
    }

    @Test func aSiteThatNeverBuiltShowsItsErrorsUntilFixed() async throws {
        let broken = FixtureSite.article(title: "Broken", date: "<script>alert(1)</script>")
        try await RunningServer.with(prepare: { try $0.write("content/articles/first-story.md", broken) }) { server in
            let page = try await server.http.send("/")
            #expect(page.status == 503)
            #expect(page.text.contains("The build failed"))
            #expect(page.text.contains("content/articles/first-story.md:3:"))
            // The error is shown as text: what it quotes from the file cannot add a script.
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.text.contains("<script>alert"))
            #expect(page.text.contains(LiveReloadScript.tag))
            let events = try EventStreamClient(port: server.port)
            #expect(try await events.next()?.name == "hello")
            #expect(try await events.next()?.name == "build-error")

            try server.fixture.write("content/articles/first-story.md", FixtureSite.article(title: "Mended", date: "2025-02-28"))
            _ = try await events.waitFor("reload")
            #expect(try await server.http.send("/").text.contains("Mended"))
        }
    }

    @Test func templatesAndConfigAreWatchedToo() async throws {
        try await RunningServer.with { server in
            let page = try EventStreamClient(port: server.port)
            _ = try await page.waitFor("hello")
            try server.fixture.write("content/site.yml", """
                title: Renamed fixture
                base_url: https://example.org/
                """)
            _ = try await page.waitFor("reload")
            #expect(try await server.http.send("/").text.contains("Renamed fixture"))

            // A new sub-path in base_url moves the site.
            try server.fixture.write("content/site.yml", """
                title: Renamed fixture
                base_url: https://example.org/moved/
                """)
            _ = try await page.waitFor("reload")
            #expect(try await server.http.send("/").header("Location") == "/moved/")
            #expect(try await server.http.send("/moved/").text.contains("Renamed fixture"))

            // A theme folder with a broken template fails the build; removing it recovers.
            try server.fixture.write("templates/layout.mustache", "{{#unclosed}}")
            _ = try await page.waitFor("build-error")
            try FileManager.default.removeItem(at: server.fixture.site.appendingPathComponent("templates"))
            _ = try await page.waitFor("reload")
            #expect(try await server.http.send("/moved/").status == 200)
        }
    }

    @Test func stoppingEndsOpenEventStreamsAndRemovesTheTemporaryFolder() async throws {
        let fixture = try FixtureSite()
        defer { fixture.remove() }
        // No output folder given: the server makes a temporary one.
        let options = ServeOptions(siteDirectory: fixture.site, port: 0, pollInterval: .milliseconds(100))
        let recorder = RunningServer.Recorder()
        let server = PreviewServer(options: options) { recorder.append($0) }
        let task = Task { try await server.run(handlingSignals: false) }
        do {
            var serving: (url: String, directory: URL)?
            for _ in 0..<1500 where serving == nil {
                try await Task.sleep(for: .milliseconds(20))
                for case .serving(let url, let directory) in recorder.all { serving = (url, directory) }
            }
            let (url, output) = try #require(serving)
            let port = Int(url.split(separator: ":")[2].prefix { $0.isNumber })!
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
            #expect(try await RawHTTP(port: port).send("/").status == 200)
            let page = try EventStreamClient(port: port)
            _ = try await page.waitFor("hello")

            let started = ContinuousClock.now
            await server.stop()
            try await task.value
            #expect(ContinuousClock.now - started < .seconds(4))
            #expect(try await page.next(timeout: 5) == nil, "the event stream ends")
            // The port is free again, the temporary folder is gone, and public/ was never written.
            await #expect(throws: RawHTTP.Failure.self) { try await RawHTTP(port: port).send("/") }
            #expect(!FileManager.default.fileExists(atPath: output.deletingLastPathComponent().path))
            #expect(!FileManager.default.fileExists(atPath: fixture.site.appendingPathComponent("public").path))
        } catch {
            await server.stop()
            _ = try? await task.value
            throw error
        }
    }
}
