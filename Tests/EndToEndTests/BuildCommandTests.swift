import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Runs `sitegen build` on the fixture sites in Fixtures/sites and checks what it writes.
@Suite("sitegen build, end to end")
struct BuildCommandTests {
    static let sites = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/sites")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of a fixture site in a temporary folder.
    final class SiteCopy {
        let root: URL
        var output: URL { root.appendingPathComponent("public") }

        init(_ name: String) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            for item in try FileManager.default.contentsOfDirectory(atPath: BuildCommandTests.sites.appendingPathComponent(name).path) {
                try FileManager.default.copyItem(at: BuildCommandTests.sites.appendingPathComponent(name).appendingPathComponent(item),
                                                 to: root.appendingPathComponent(item))
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Runs `sitegen build` on the site, into `output` or its own `public/`; returns what it printed.
        @discardableResult
        func build(_ output: URL? = nil) throws -> String {
            var arguments = ["build", "--source", root.path]
            if let output { arguments += ["--output", output.path] }
            let run = try SitegenBinary.run(arguments)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout
        }

        /// Expects the output to hold exactly the files of a full build of the content into an empty folder.
        func expectSameAsFullBuild(_ label: String) throws {
            let full = root.appendingPathComponent("full-\(UUID().uuidString)")
            try build(full)
            #expect(try files() == files(in: full), "\(label)")
            try FileManager.default.removeItem(at: full)
        }

        func read(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }

        func exists(_ path: String) -> Bool {
            FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
        }

        /// Every file below the output, relative, sorted, with its bytes.
        func files(in folder: URL? = nil) throws -> [String: Data] {
            let base = folder ?? output
            var result: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])!
            for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                result[String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
            }
            return result
        }
    }

    @Test func buildsEveryPageOfTheBasicSite() throws {
        let site = try SiteCopy("basic")
        let run = try SitegenBinary.run(["build", "--source", site.root.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("built 28 files (2 articles, 3 tags, 3 people; 1 draft skipped) into "))
        #expect(run.stdout.hasSuffix(": 28 changed\n"))
        let files = try site.files()
        #expect(files.keys.sorted() == [
            "404.html", "articles/leavitt-briefing/index.html", "articles/talks-begin/index.html",
            "assets/favicon.svg", "assets/search.js", "assets/style.css", "briefing.json", "briefing.schema.json",
            "briefing/index.html", "changes.xml", "changes/index.html", "feed.json", "feed.xml", "index.html",
            "people/index.html", "people/jean-noel-barrot/index.html", "people/karoline-leavitt/index.html",
            "people/volodymyr-zelenskyy/index.html", "robots.txt",
            "search/docs/0.json", "search/index.json", "search/terms/all.json", "sitemap.xml",
            "tags/index.html", "tags/peace-plan/index.html", "tags/russia/index.html", "tags/ukraine/index.html",
            "timeline.json",
        ])

        let article = try site.read("articles/talks-begin/index.html")
        #expect(article.contains("<h1>Talks begin in Geneva</h1>"))
        #expect(article.contains("<a href=\"https://example.com/one\" rel=\"noopener\">Outlet One</a>"))
        #expect(article.contains("<h2 id=\"what-was-agreed\">What was agreed</h2>"))
        #expect(article.contains("href=\"../../people/volodymyr-zelenskyy/\">Volodymyr Zelenskyy</a>"))
        #expect(article.contains("<link rel=\"stylesheet\" href=\"../../assets/style.css\">"))
        // The theme's one script is the search box's; raw HTML in Markdown must not add another.
        let searchScript = "<script src=\"../../assets/search.js\" defer></script>"
        #expect(article.components(separatedBy: searchScript).count == 2)
        #expect(!article.replacingOccurrences(of: searchScript, with: "").contains("<script"), "raw HTML in Markdown must not reach the page")

        let briefing = try site.read("briefing/index.html")
        let talks = try #require(briefing.range(of: "id=\"article-talks-begin\""))
        let leavitt = try #require(briefing.range(of: "id=\"article-leavitt-briefing\""))
        #expect(talks.lowerBound < leavitt.lowerBound, "articles in date order, oldest first")
        #expect(briefing.contains("<h4 id=\"article-talks-begin-what-was-agreed\">"))
        #expect(briefing.contains("<h4 id=\"article-leavitt-briefing-what-was-agreed\">"), "heading ids stay unique on the combined page")
        #expect(briefing.contains("The plan is first reported."), "events from front matter reach the timeline")
        #expect(briefing.contains("This is a good plan for both Russia and Ukraine."))
        #expect(briefing.contains("A remark nobody owned."))
        #expect(briefing.contains("White House press secretary"))
        #expect(!briefing.contains("Unfinished notes"), "drafts are left out")

        let feed = try site.read("feed.xml")
        #expect(XMLParser(data: Data(feed.utf8)).parse())
        #expect(feed.contains("<updated>2025-11-20T00:00:00Z</updated>"))
        #expect(try site.read("404.html").contains("href=\"/briefing/\""), "the 404 page links from the root, wherever it is served")
        #expect(try site.read("tags/peace-plan/index.html").contains("2 articles, newest first."))
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let site = try SiteCopy("basic")
        let second = site.root.appendingPathComponent("second")
        #expect(try SitegenBinary.run(["build", "--source", site.root.path, "--quiet"]).status == 0)
        #expect(try SitegenBinary.run(["build", "--source", site.root.path, "--output", second.path, "--quiet"]).status == 0)
        #expect(try site.files() == site.files(in: second))
        // A rebuild in place changes nothing.
        let again = try SitegenBinary.run(["build", "--source", site.root.path])
        #expect(again.stdout.hasSuffix(": 0 changed (incremental: 0 rendered)\n"), "\(again.stdout)")
    }

    /// Another sitegen binary (rebuilt or upgraded, whose pages may differ under the same version
    /// number) does not trust the cache of the one before: it builds in full, then incrementally.
    @Test func anotherBinaryBuildsInFull() throws {
        let site = try SiteCopy("basic")
        try site.build()
        let copy = site.root.appendingPathComponent("sitegen-copy")
        try FileManager.default.copyItem(at: SitegenBinary.url, to: copy)
        func build() throws -> String {
            let process = Process()
            process.executableURL = copy
            process.arguments = ["build", "--source", site.root.path]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            return String(decoding: data, as: UTF8.self)
        }
        let first = try build()
        #expect(!first.contains("(incremental:") && first.contains(": 0 changed"), "\(first)")
        #expect(try build().contains(": 0 changed (incremental: 0 rendered)"))
    }

    /// An incremental rebuild after edits gives exactly the bytes of a full build of the edited content.
    @Test func incrementalRebuildEqualsFullBuild() throws {
        let site = try SiteCopy("basic")
        let articles = site.root.appendingPathComponent("content/articles")
        try site.build()
        #expect(try site.build().contains(": 0 changed (incremental: 0 rendered)"))

        // 1. Edit one article's body.
        let talks = articles.appendingPathComponent("talks-begin.md")
        var text = try String(contentsOf: talks, encoding: .utf8)
        text += "\nA new paragraph with ~~struck~~ text.\n"
        try text.write(to: talks, atomically: false, encoding: .utf8)
        let edited = try site.build()
        #expect(edited.contains("(incremental:"), "\(edited)")
        #expect(try site.read("articles/talks-begin/index.html").contains("<del>struck</del>"))
        try site.expectSameAsFullBuild("after editing a body")

        // 1b. Add an event, then reword it: the timeline's entry for it is rendered anew, the
        // others are taken from the build cache.
        text = text.replacingOccurrences(of: "    text: The plan is first reported.\n",
                                         with: "    text: The plan is first reported.\n  - date: 2025-11-20\n    text: The envoys meet again.\n")
        try text.write(to: talks, atomically: false, encoding: .utf8)
        try site.build()
        #expect(try site.read("briefing/index.html").contains("<p>The envoys meet again."))
        try site.expectSameAsFullBuild("after adding an event")
        text = text.replacingOccurrences(of: "The envoys meet again.", with: "The envoys meet once more.")
        try text.write(to: talks, atomically: false, encoding: .utf8)
        try site.build()
        let briefing = try site.read("briefing/index.html")
        #expect(briefing.contains("<p>The envoys meet once more.") && !briefing.contains("meet again"))
        #expect(briefing.contains("<p>The plan is first reported."))
        try site.expectSameAsFullBuild("after rewording an event")

        // 2. Change its tags: `Ukraine` loses its only article, a new tag appears.
        text = text.replacingOccurrences(of: "tags: [peace plan, Ukraine]", with: "tags: [peace plan, Geneva talks]")
        try text.write(to: talks, atomically: false, encoding: .utf8)
        try site.build()
        #expect(!site.exists("tags/ukraine/index.html"), "a tag with no articles left disappears")
        #expect(site.exists("tags/geneva-talks/index.html"))
        try site.expectSameAsFullBuild("after changing tags")

        // 3. Remove an article and add one.
        try FileManager.default.removeItem(at: articles.appendingPathComponent("leavitt-briefing.md"))
        try "---\ntitle: A new article\ndate: 2025-11-22\ntags: [Russia]\n---\nNew.\n"
            .write(to: articles.appendingPathComponent("new-article.md"), atomically: false, encoding: .utf8)
        try site.build()
        #expect(!site.exists("articles/leavitt-briefing/index.html"))
        #expect(site.exists("articles/new-article/index.html"))
        try site.expectSameAsFullBuild("after removing and adding articles")

        // 4. A file changed by hand in the output makes the next build a full one.
        try Data("tampered".utf8).write(to: site.output.appendingPathComponent("tags/index.html"))
        #expect(!(try site.build()).contains("(incremental:"))
        try site.expectSameAsFullBuild("after a full rebuild")
    }

    /// A rebuild that cannot be incremental still shows every body, including those of
    /// articles the cache held without one (more articles than the feed's newest 20), and
    /// renders their pieces of the briefing anew.
    @Test func fullRenderFromTheCacheKeepsEveryBody() throws {
        let site = try SiteCopy("basic")
        let articles = site.root.appendingPathComponent("content/articles")
        for number in 1...30 {
            try "---\ntitle: Filler \(number)\ndate: 2025-10-\(String(format: "%02d", number))\ntags: [filler]\n---\nBody of filler \(number).\n"
                .write(to: articles.appendingPathComponent("filler-\(number).md"), atomically: false, encoding: .utf8)
        }
        // A theme whose briefing sections say whether the site names people.
        let templates = site.root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: BuildCommandTests.repository.appendingPathComponent("templates"), to: templates)
        let partial = templates.appendingPathComponent("partials/briefing-article.mustache")
        try (try String(contentsOf: partial, encoding: .utf8) + "{{#site.hasPeople}}<p>This site names people.</p>{{/site.hasPeople}}\n")
            .write(to: partial, atomically: false, encoding: .utf8)
        try site.build()
        #expect(try site.read("briefing/index.html").components(separatedBy: "This site names people.").count == 33, "one per published article")

        // A page changed by hand: the next build renders every page.
        try Data("tampered".utf8).write(to: site.output.appendingPathComponent("tags/index.html"))
        #expect(!(try site.build()).contains("(incremental:"))
        #expect(try site.read("articles/filler-1/index.html").contains("Body of filler 1."))
        try site.expectSameAsFullBuild("after a hand-edited page")

        // The articles naming people lose them (the fillers stay as they were): the people
        // index goes, and every page and section changes.
        for file in try FileManager.default.contentsOfDirectory(atPath: articles.path) where !file.hasPrefix("filler-") {
            let url = articles.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("people:") }
            try kept.joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
        }
        try site.build()
        #expect(!site.exists("people/index.html"))
        #expect(try site.read("articles/filler-2/index.html").contains("Body of filler 2."))
        #expect(!(try site.read("briefing/index.html")).contains("This site names people."))
        try site.expectSameAsFullBuild("after the people index went away")
    }

    /// A tag shows the spelling most of its articles use: when new articles change it, the
    /// pages of the articles that did not change show the new one too.
    @Test func aRenamedTagReachesUnchangedArticles() throws {
        let site = try SiteCopy("basic")
        let articles = site.root.appendingPathComponent("content/articles")
        func write(_ name: String, tag: String) throws {
            try "---\ntitle: \(name)\ndate: 2025-11-01\ntags: [\(tag)]\n---\nAbout \(name).\n"
                .write(to: articles.appendingPathComponent("\(name).md"), atomically: false, encoding: .utf8)
        }
        try write("first", tag: "Climate")
        try site.build()
        #expect(try site.read("articles/first/index.html").contains(">Climate</a>"))
        try write("second", tag: "climate")
        try write("third", tag: "climate")
        #expect(try site.build().contains("(incremental:"))
        #expect(try site.read("articles/first/index.html").contains(">climate</a>"))
        try site.expectSameAsFullBuild("after a tag was renamed by new articles")
    }

    /// A second build into the same output while one is running stops at once, touching nothing.
    @Test func aSecondBuildIntoTheSameOutputWaitsItsTurn() throws {
        let site = try SiteCopy("basic")
        try site.build()
        let before = try site.files()
        // Hold the lock as a running build would.
        let lockPath = site.root.appendingPathComponent(".public.sitegen-lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/talks-begin.md"))
        let blocked = try SitegenBinary.run(["build", "--source", site.root.path])
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("another sitegen build is writing to"), "\(blocked.stderr)")
        #expect(try site.files() == before)
        flock(fd, LOCK_UN)
        close(fd)
        // Once it is released, builds go on, and leave no lock file behind.
        #expect(try site.build().contains("(incremental:"))
        #expect(!site.exists("articles/talks-begin/index.html"))
        #expect(!FileManager.default.fileExists(atPath: lockPath))
    }

    @Test func subPathBaseURLAndDrafts() throws {
        let site = try SiteCopy("basic")
        let run = try SitegenBinary.run(["build", "--source", site.root.path, "--base-url", "https://example.org/briefings/x", "--drafts"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(site.exists("articles/draft-notes/index.html"))
        let home = try site.read("index.html")
        #expect(home.contains("<link rel=\"canonical\" href=\"https://example.org/briefings/x/\">"))
        #expect(home.contains("href=\"./briefing/\""))
        #expect(try site.read("404.html").contains("href=\"/briefings/x/briefing/\""))
        #expect(try site.read("sitemap.xml").contains("<loc>https://example.org/briefings/x/articles/draft-notes/</loc>"))
    }

    @Test(arguments: ["broken-content", "broken-templates", "broken-config"])
    func brokenSiteFailsWithClearMessagesAndKeepsThePreviousOutput(_ name: String) throws {
        let site = try SiteCopy(name)
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try Data("previous build".utf8).write(to: site.output.appendingPathComponent("index.html"))
        let run = try SitegenBinary.run(["build", "--source", site.root.path])
        #expect(run.status == 1)
        let expected = try String(contentsOf: site.root.appendingPathComponent("expected-errors.txt"), encoding: .utf8)
        for line in expected.split(separator: "\n") {
            #expect(run.stderr.contains(line), "missing `\(line)` in:\n\(run.stderr)")
        }
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
        #expect(try site.files() == ["index.html": Data("previous build".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == ["content", "expected-errors.txt", "public"]
                    + (FileManager.default.fileExists(atPath: site.root.appendingPathComponent("templates").path) ? ["templates"] : []))
    }

    @Test func refusesUnsafeOutputFolders() throws {
        let site = try SiteCopy("basic")
        for output in [site.root.path, site.root.appendingPathComponent("content").path, "/"] {
            let run = try SitegenBinary.run(["build", "--source", site.root.path, "--output", output])
            #expect(run.status == 1, "\(output)")
            #expect(run.stderr.contains("output folder"), "\(run.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/site.yml").path))
    }

    @Test func badArgumentsGiveUsageErrors() throws {
        let noSite = try SitegenBinary.run(["build", "--source", "/nonexistent/site"])
        #expect(noSite.status == 1)
        #expect(noSite.stderr.contains("no content/ folder"))
        let badURL = try SitegenBinary.run(["build", "--base-url", "example.org"])
        #expect(badURL.status == 64)
        #expect(badURL.stderr.contains("--base-url must be an absolute http or https URL"))
        let both = try SitegenBinary.run(["build", "--quiet", "--verbose"])
        #expect(both.status == 64)
        let version = try SitegenBinary.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
    }
}
