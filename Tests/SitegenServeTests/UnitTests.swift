import Foundation
import Testing
@testable import SitegenServe

@Suite("Request paths")
struct RequestPathTests {
    @Test func decodesSegmentsAndDropsEmptyOnes() throws {
        let path = try RequestPath(parsing: "//articles//caf%C3%A9%20x/")
        #expect(path.segments == ["articles", "café x"])
        #expect(path.hasTrailingSlash)
        #expect(path.encoded == "/articles/caf%C3%A9%20x/")
        #expect(try RequestPath(parsing: "/").segments.isEmpty)
        #expect(try RequestPath(parsing: "/%252e%252e").segments == ["%2e%2e"])
    }

    @Test func refusesWhatCouldLeaveTheRoot() {
        let cases: [(String, RequestPath.Problem)] = [
            ("a/b", .notAbsolute), ("", .notAbsolute),
            ("/..", .dotSegment), ("/a/./b", .dotSegment), ("/%2E%2e/x", .dotSegment), ("/.%2e", .dotSegment),
            ("/a%2Fb", .forbiddenCharacter), ("/a%5Cb", .forbiddenCharacter), ("/a\\b", .forbiddenCharacter),
            ("/a%00", .forbiddenCharacter), ("/a%0d%0aSet-Cookie:x", .forbiddenCharacter),
            ("/%", .badPercentEncoding), ("/%4", .badPercentEncoding), ("/%g0", .badPercentEncoding),
            ("/%ff", .badPercentEncoding),
        ]
        for (raw, problem) in cases {
            #expect(throws: problem, "\(raw)") { try RequestPath(parsing: raw) }
        }
    }
}

@Suite("Content types")
struct ContentTypeTests {
    /// Hummingbird's table, with the charset added to every text type sitegen writes.
    @Test func mapsExtensions() {
        #expect(ContentTypes.forPath("/a/index.html") == "text/html; charset=utf-8")
        #expect(ContentTypes.forPath("style.CSS") == "text/css; charset=utf-8")
        #expect(ContentTypes.forPath("app.js") == "text/javascript; charset=utf-8")
        #expect(ContentTypes.forPath("data.json") == "application/json")
        #expect(ContentTypes.forPath("feed.xml") == "application/xml; charset=utf-8")
        #expect(ContentTypes.forPath("logo.svg") == "image/svg+xml")
        #expect(ContentTypes.forPath("photo.jpeg") == "image/jpeg")
        #expect(ContentTypes.forPath("photo.png") == "image/png")
        #expect(ContentTypes.forPath("font.woff2") == "font/woff2")
        #expect(ContentTypes.forPath("robots.txt") == "text/plain; charset=utf-8")
        #expect(ContentTypes.forPath("README") == nil)
        #expect(ContentTypes.forPath(".hidden") == nil)
    }
}

@Suite("Live reload")
struct LiveReloadUnitTests {
    @Test func injectsBeforeTheLastClosingBody() {
        let page = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let result = String(decoding: LiveReloadInjector.inject(into: page), as: UTF8.self)
        #expect(result == "<html><body><p>&lt;/body&gt;</p>\(LiveReloadScript.tag)</BODY></html>")
        #expect(LiveReloadInjector.inject(into: page).count == page.count + LiveReloadInjector.addedLength)
        let fragment = String(decoding: LiveReloadInjector.inject(into: Array("<p>hi".utf8)), as: UTF8.self)
        #expect(fragment == "<p>hi" + LiveReloadScript.tag)
    }

    @Test func encodesEventsAsServerSentEvents() {
        #expect(LiveEvent.reload(generation: "a-2").serverSentEvent == "event: reload\ndata: a-2\n\n")
        #expect(LiveEvent.reload(generation: "a-2", only: ["/articles/x/"]).serverSentEvent
                == "event: reload\ndata: a-2\ndata: only /articles/x/\n\n")
        #expect(LiveEvent.reload(generation: "a-3", except: ["/", "/articles/x/"]).serverSentEvent
                == "event: reload\ndata: a-3\ndata: except /\ndata: except /articles/x/\n\n")
        #expect(LiveEvent.buildFailed(message: "x.md:1: one\r\ny.md:2: two").serverSentEvent
            == "event: build-error\ndata: x.md:1: one\ndata: y.md:2: two\n\n")
        #expect(LiveEvent.heartbeat.serverSentEvent.hasPrefix(":"))
    }

    @Test func newSubscribersLearnTheCurrentStatus() async {
        let broadcaster = ReloadBroadcaster(status: .init(generation: "r-1"))
        broadcaster.buildFailed(message: "broken")
        var iterator = broadcaster.subscribe().events.makeAsyncIterator()
        #expect(await iterator.next() == .hello(generation: "r-1"))
        #expect(await iterator.next() == .buildFailed(message: "broken"))
        broadcaster.buildSucceeded(generation: "r-2")
        #expect(await iterator.next() == .reload(generation: "r-2"))
        broadcaster.finishAll()
        #expect(await iterator.next() == nil)
        #expect(broadcaster.subscriberCount == 0)
    }

    /// A good build's warnings reach every page as it loads again, until a build without any.
    @Test func aGoodBuildsWarningsReachPagesThatLoadAfterIt() async {
        let broadcaster = ReloadBroadcaster(status: .init(generation: "r-1"))
        broadcaster.buildSucceeded(generation: "r-2", warnings: ["content/articles/a.md:2: warning: draft lacks date"])
        var iterator = broadcaster.subscribe().events.makeAsyncIterator()
        #expect(await iterator.next() == .hello(generation: "r-2"))
        #expect(await iterator.next() == .buildWarnings(message: "content/articles/a.md:2: warning: draft lacks date"))
        #expect(LiveEvent.buildWarnings(message: "a\nb").serverSentEvent == "event: build-warnings\ndata: a\ndata: b\n\n")
        broadcaster.buildSucceeded(generation: "r-3")
        var later = broadcaster.subscribe().events.makeAsyncIterator()
        #expect(await later.next() == .hello(generation: "r-3"))
        broadcaster.finishAll()
        #expect(await later.next() == nil)
    }

    @Test func anEndedStreamIsNoLongerCounted() async {
        let broadcaster = ReloadBroadcaster(status: .init(generation: "r-1"))
        let first = broadcaster.subscribe()
        let second = broadcaster.subscribe()
        #expect(broadcaster.subscriberCount == 2)
        first.end()
        #expect(broadcaster.subscriberCount == 1)
        var iterator = second.events.makeAsyncIterator()
        #expect(await iterator.next() == .hello(generation: "r-1"))
    }
}

@Suite("Change watcher")
struct ChangeWatcherTests {
    @Test func reportsAddedChangedAndRemovedFilesButNotHiddenOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let watcher = ChangeWatcher(paths: [folder.path, folder.appendingPathComponent("missing").path],
                                    pollInterval: .milliseconds(50), debounce: .milliseconds(50))
        try "a".write(to: folder.appendingPathComponent("a.md"), atomically: false, encoding: .utf8)
        try "b".write(to: folder.appendingPathComponent("sub/b.md"), atomically: false, encoding: .utf8)
        let before = watcher.snapshot()
        #expect(before.count == 2)

        try "a, longer".write(to: folder.appendingPathComponent("a.md"), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("sub/b.md"))
        try "c".write(to: folder.appendingPathComponent("c.md"), atomically: false, encoding: .utf8)
        try "swap".write(to: folder.appendingPathComponent(".c.md.swp"), atomically: false, encoding: .utf8)
        try "backup".write(to: folder.appendingPathComponent("c.md~"), atomically: false, encoding: .utf8)
        let changed = ChangeWatcher.difference(before, watcher.snapshot())
        #expect(changed == ["a.md", "c.md", "sub/b.md"].map { folder.path + "/" + $0 })
    }

    @Test func debouncesABurstOfWritesIntoOneChange() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Scanning, as where there are no notifications: the burst must settle for 400 ms.
        let watcher = ChangeWatcher(paths: [folder.path], pollInterval: .milliseconds(50), debounce: .milliseconds(400),
                                    usesNotifications: false)
        let stream = watcher.changes()
        try await Task.sleep(for: .milliseconds(150))
        // The burst's pauses block this thread rather than await: under load (other suites run at
        // the same time, the wrk test among them) a task waiting to resume can be late by more than
        // the debounce, which would split the burst on the test's side, not the watcher's.
        for index in 0..<5 {
            try "\(index)".write(to: folder.appendingPathComponent("\(index).md"), atomically: false, encoding: .utf8)
            usleep(20_000)
        }
        var iterator = stream.makeAsyncIterator()
        let batch = await iterator.next()
        #expect(batch?.count == 5)
    }
}

@Suite("Change notifications")
struct ChangeSignalTests {
    /// A wake that says `true` comes from inotify; the fallback's `false` comes a minute after the
    /// last event (so that a loaded machine does not see it first): were the new folder not
    /// watched, the last wake would be that `false`.
    @Test func wakesOnAChangeAndWatchesAFolderCreatedLater() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let signal = try #require(ChangeSignal.make(paths: [folder.path], fallback: .seconds(60)))
        defer { signal.stop() }
        var wakes = signal.wakes.makeAsyncIterator()

        // A folder made inside a watched one: its creation wakes, and it is watched from then on.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles/2025"), withIntermediateDirectories: true)
        try await Task.sleep(for: .milliseconds(300))
        #expect(await wakes.next() == true)
        // Nothing is left to read (the stream keeps only the newest wake): a file written in the
        // new folder wakes the stream at once, long before the fallback.
        try "b".write(to: folder.appendingPathComponent("articles/2025/b.md"), atomically: false, encoding: .utf8)
        #expect(await wakes.next() == true)
    }

    @Test func aMissingFolderGivesNoSignal() {
        #expect(ChangeSignal.make(paths: ["/nonexistent-\(UUID().uuidString)"], fallback: .seconds(1)) == nil)
    }
}

@Suite("Preview folder")
struct PreviewFolderTests {
    @Test func isKeptInTheUsersCachePerSiteAndTakenByOneServerAtATime() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let environment = ["XDG_CACHE_HOME": cache.path, "HOME": "/nonexistent"]
        let site = URL(fileURLWithPath: "/srv/briefings/ukraine")
        let kept = try #require(PreviewFolder.keptLocation(for: site, environment: environment))
        #expect(kept.path.hasPrefix(cache.path + "/sitegen/preview/ukraine-"))
        #expect(PreviewFolder.keptLocation(for: URL(fileURLWithPath: "/srv/other/ukraine"), environment: environment) != kept,
                "two sites of the same name keep two folders")
        #expect(PreviewFolder.keptLocation(for: site, environment: ["HOME": "/home/editor"])?.path
                .hasPrefix("/home/editor/.cache/sitegen/preview/ukraine-") == true)

        let first = try PreviewFolder.open(for: site, keep: true, environment: environment)
        #expect(!first.isTemporary)
        #expect(first.site == kept.appendingPathComponent("site", isDirectory: true))
        #expect(!first.holdsEarlierBuild)
        // A second server for the same site, while the first runs, builds elsewhere.
        let second = try PreviewFolder.open(for: site, keep: true, environment: environment)
        #expect(second.isTemporary)
        second.close()
        #expect(!FileManager.default.fileExists(atPath: second.site.deletingLastPathComponent().path), "a temporary folder is removed")

        try FileManager.default.createDirectory(at: first.site, withIntermediateDirectories: true)
        try "<p>built</p>".write(to: first.site.appendingPathComponent("index.html"), atomically: false, encoding: .utf8)
        first.close()
        let again = try PreviewFolder.open(for: site, keep: true, environment: environment)
        defer { again.close() }
        #expect(!again.isTemporary && again.holdsEarlierBuild, "the next run finds the kept preview")
        #expect(FileManager.default.fileExists(atPath: again.site.appendingPathComponent("index.html").path), "a kept folder is not removed")
    }

    @Test func freshAlwaysBuildsIntoATemporaryFolder() throws {
        let folder = try PreviewFolder.open(for: URL(fileURLWithPath: "/srv/site"), keep: false, environment: [:])
        #expect(folder.isTemporary && !folder.holdsEarlierBuild)
        folder.close()
    }
}
