import Foundation
import Testing

/// The fixture story: eight reports of a port strike from eight outlets, written for the tests.
/// Built by the real binary, its briefing merges the events several outlets report (with the
/// first report named), sets the planned meeting apart, lists the quote with the articles that
/// repeat it, and warns at `path:line` about a date two outlets give differently and a slipped year.
@Suite("The fixture story, end to end")
struct FixtureStoryTests {
    @Test func theBriefingMergesEventsSetsPlannedOnesApartAndWarnsAboutDates() throws {
        let site = try BuildCommandTests.SiteCopy("story")
        let run = try SitegenBinary.run(["build", "--source", site.root.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("content/articles/baltic-lines-halts-crossings.md:7: warning: this event is dated 2025-11-13 here but 2025-11-12 in content/articles/ferry-sailings-suspended.md:7"),
                "\(run.stderr)")
        #expect(run.stderr.contains("content/articles/strike-enters-second-week.md:9: warning: the text says November 17, 2024"), "\(run.stderr)")
        // One mediator spelled two ways in two articles' people, and a surname misspelled in a text.
        #expect(run.stderr.contains("content/articles/mediator-confirms-helsinki-meeting.md:6: warning: `Juhan Tamm` here and `Johan Tamm` in content/articles/talks-set-for-helsinki.md:6"), "\(run.stderr)")
        #expect(run.stderr.contains("content/articles/ports-stand-still-as-strike-spreads.md:15: warning: the text writes `Ozolla` where the people list has Marta Ozola"), "\(run.stderr)")

        let page = try String(contentsOf: site.output.appendingPathComponent("briefing/index.html"), encoding: .utf8)
        let timeline = try #require(page.range(of: "id=\"timeline\"").map { String(page[$0.lowerBound...].prefix(12_000)) })
        let plain = timeline.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        // Three outlets report the walk-out of 10 November: one event, the first report first.
        #expect(plain.contains("Reported by 3 articles: Baltic Wire (first), Nordic Times, Harbour Post"), "\(plain)")
        // The meeting in Helsinki is planned: apart from what happened, with both its reports.
        let planned = try #require(plain.range(of: "Planned").map { String(plain[$0.upperBound...]) })
        #expect(planned.contains("will meet in Helsinki on November 18") && planned.contains("Reported by 2 articles: Gdansk Courier (first), Helsinki Ledger"))
        #expect(!String(plain[..<plain.range(of: "Planned")!.lowerBound]).contains("will meet in Helsinki"))
        // The year slip makes no event of 2024.
        #expect(!page.contains("datetime=\"2024-11-17\""))
        // The quote ledger: the statement first reported by Baltic Wire, repeated by the others.
        #expect(page.contains("We will not load a single ship until the pay offer is fair."))
        #expect(page.range(of: "repeated in <a href=\"#article-strike-halts-container-traffic\"") != nil, "\(page)")

        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("briefing.json"))) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.count == 5, "\(events)")
        let walkOut = try #require(events.first { $0["date"] as? String == "2025-11-10" })
        #expect(walkOut["reported_by"] as? [String] == ["dockworkers-walk-out-in-riga-and-tallinn", "strike-halts-container-traffic", "ports-stand-still-as-strike-spreads"])
        #expect(events.filter { $0["planned"] as? Bool == true }.map { $0["date"] as? String } == ["2025-11-18"])

        // Coverage: each outlet's events and firsts, and the table of events several outlets report.
        let sources = try #require(json["sources"] as? [[String: Any]])
        let baltic = try #require(sources.first { $0["name"] as? String == "Baltic Wire" })
        #expect(baltic["reported_first"] as? Int == 1 && baltic["events_reported"] as? Int == 1, "\(sources)")
        let coverage = try #require(page.range(of: "id=\"coverage\"").map { String(page[$0.lowerBound...].prefix(20_000)) })
        let coverageText = coverage.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        #expect(coverageText.contains("Baltic Wire 1 1 1"), "\(coverageText)")
        #expect(coverage.contains("<th scope=\"col\">Baltic Wire</th>"))
        #expect(coverageText.contains("10 Nov 2025 first"), "\(coverageText)")

        // With --strict the warnings are errors and nothing is written.
        let strict = try SitegenBinary.run(["build", "--strict", "--source", site.root.path, "--output", site.root.appendingPathComponent("strict").path])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("strict/index.html").path))
    }

    /// `events:` in front matter is the editor's: the build reads it as it is, and finds none in the text.
    @Test func eventsInFrontMatterWinOverTheText() throws {
        let site = try BuildCommandTests.SiteCopy("story")
        let url = site.root.appendingPathComponent("content/articles/talks-set-for-helsinki.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "people: [Marta Ozola, Johan Tamm]\n", with: "people: [Marta Ozola, Johan Tamm]\nevents: []\n")
            .write(to: url, atomically: true, encoding: .utf8)
        try site.build()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("briefing.json"))) as? [String: Any])
        let helsinki = try #require((json["events"] as? [[String: Any]])?.first { $0["date"] as? String == "2025-11-18" })
        #expect(helsinki["reported_by"] as? [String] == ["mediator-confirms-helsinki-meeting"], "an empty `events:` deletes the found ones")
    }
}
