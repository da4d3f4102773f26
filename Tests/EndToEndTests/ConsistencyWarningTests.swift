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
}
