import Foundation
import Testing

/// Consistency warnings through the real binary: in full and incremental builds, and with --strict.
@Suite("Consistency warnings, end to end")
struct ConsistencyWarningTests {
    func append(_ text: String, to article: String, in site: BuildCommandTests.SiteCopy) throws {
        let url = site.root.appendingPathComponent("content/articles/\(article).md")
        try (String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func aYearSlipIsReportedAtItsLineInEveryBuildUntilFixed() throws {
        let site = try BuildCommandTests.SiteCopy("basic")
        let article = site.root.appendingPathComponent("content/articles/talks-begin.md")
        let lines = try String(contentsOf: article, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
        try append("The next round is on November 20, 2023.\n", to: "talks-begin", in: site)
        let slip = "content/articles/talks-begin.md:\(lines): warning: the text says November 20, 2023"

        let full = try SitegenBinary.run(["build", "--source", site.root.path])
        #expect(full.status == 0 && full.stderr.contains(slip), "\(full.stderr)")
        // Another article changes: this one's body is not read again, and its warning stays.
        try append("\nOne more line.\n", to: "leavitt-briefing", in: site)
        let incremental = try SitegenBinary.run(["build", "--source", site.root.path])
        #expect(incremental.stdout.contains("incremental"))
        #expect(incremental.stderr.contains(slip), "\(incremental.stderr)")
        // Nothing changes: the warning is reported again.
        #expect(try SitegenBinary.run(["build", "--source", site.root.path]).stderr.contains(slip))

        // --strict: an error, and the output as it was.
        let before = try site.files()
        try append("\nStill more.\n", to: "leavitt-briefing", in: site)
        let strict = try SitegenBinary.run(["build", "--strict", "--source", site.root.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("content/articles/talks-begin.md:\(lines): the text says November 20, 2023"))
        #expect(strict.stderr.contains("the previous output was left as it was"))
        #expect(try site.files() == before)

        // Fixed: no warning, even for the article the next build does not read again.
        let fixed = try String(contentsOf: article, encoding: .utf8).replacingOccurrences(of: "2023", with: "2025")
        try fixed.write(to: article, atomically: true, encoding: .utf8)
        #expect(!(try SitegenBinary.run(["build", "--source", site.root.path]).stderr.contains("November 20")))
        try append("\nAnd more.\n", to: "leavitt-briefing", in: site)
        #expect(!(try SitegenBinary.run(["build", "--source", site.root.path]).stderr.contains("November 20")))
    }

    /// Warnings that compare articles (one quote, two speakers) come from the last build while only bodies
    /// change, and are worked out again when front matter does: every build says what a full build says.
    @Test func warningsAcrossArticlesFollowFrontMatterEdits() throws {
        let site = try BuildCommandTests.SiteCopy("basic")
        let articles = site.root.appendingPathComponent("content/articles")
        let copy = articles.appendingPathComponent("echo.md")
        func write(speaker: String) throws {
            try "---\ntitle: An echo\ndate: 2025-11-21\nsource: Example\nquotes:\n  - speaker: \(speaker)\n    text: We want a just peace.\n---\nThe quote again.\n"
                .write(to: copy, atomically: true, encoding: .utf8)
        }
        let given = "this quote is given to Olena Example here and to Volodymyr Zelenskyy in content/articles/talks-begin.md"
        try write(speaker: "Olena Example")
        #expect(try SitegenBinary.run(["build", "--source", site.root.path]).stderr.contains(given))
        // A body edit elsewhere: the warning is carried, and it is what a full build prints.
        try append("\nOne more line.\n", to: "leavitt-briefing", in: site)
        let incremental = try SitegenBinary.run(["build", "--source", site.root.path])
        #expect(incremental.stdout.contains("incremental") && incremental.stderr.contains(given), "\(incremental.stderr)")
        let full = try SitegenBinary.run(["build", "--source", site.root.path, "--output", site.root.appendingPathComponent("full").path])
        #expect(full.stderr == incremental.stderr)
        // The front matter fixed: the next incremental build checks again, and the warning is gone.
        try write(speaker: "Zelensky")
        let fixed = try SitegenBinary.run(["build", "--source", site.root.path])
        #expect(fixed.stdout.contains("incremental") && !fixed.stderr.contains("this quote is given to"), "\(fixed.stderr)")
        // And back: it comes again.
        try write(speaker: "Olena Example")
        #expect(try SitegenBinary.run(["build", "--source", site.root.path]).stderr.contains(given))
    }
}

/// A long briefing shows only its newest articles in full.
@Suite("Large briefings, end to end")
struct LargeBriefingTests {
    @Test func olderArticlesAreShownByTheirSummaryWithALink() throws {
        let site = try BuildCommandTests.SiteCopy("basic")
        let config = site.root.appendingPathComponent("content/site.yml")
        let full = try String(contentsOf: config, encoding: .utf8)
        try site.build()
        let everyBody = try site.read("briefing/index.html")
        #expect(everyBody.components(separatedBy: "<div class=\"prose\">").count == 4, "intro and two articles in full")

        try (full + "\nbriefing:\n  full_articles: 1\n").write(to: config, atomically: true, encoding: .utf8)
        try site.build()
        let briefing = try site.read("briefing/index.html")
        // talks-begin (18 November) is the older: its section has its summary and a link, not its body.
        let older = try #require(briefing.range(of: "id=\"article-talks-begin\"")).lowerBound
        let newer = try #require(briefing.range(of: "id=\"article-leavitt-briefing\"")).lowerBound
        let olderSection = String(briefing[older..<newer])
        #expect(olderSection.contains("Delegations met in Geneva.") && olderSection.contains(">Read the article</a>"))
        #expect(!olderSection.contains("What was agreed"))
        #expect(briefing[newer...].contains("<div class=\"prose\">"))
        #expect(briefing.contains("the newest 1 in full, older ones by their summary"))
        // Its contents entry and its anchor stay.
        #expect(briefing.contains("href=\"#article-talks-begin\""))
        try site.expectSameAsFullBuild("after full_articles changed")
    }
}
