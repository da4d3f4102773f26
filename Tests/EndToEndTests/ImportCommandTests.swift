import Foundation
import Testing

/// Runs `sitegen import` and then `sitegen build` on a new site with no gazetteer.
@Suite("sitegen import, end to end")
struct ImportCommandTests {
    private func newSite() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-import-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try "title: Harbour strike\nlanguage: en\n".write(to: root.appendingPathComponent("content/site.yml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func pagesFromJSONLinesBecomeABriefingWithRolesAndSpeakers() throws {
        let site = try newSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let first = """
        Menu\\nSearch\\nLive\\nPort strike ends after talks | Business | Harbour Times\\nPublished 3 May 2024\\n\\nHarbour master Ingrid Solberg said on Friday that the strike at the port was over after two days of talks.\\n\\n\\u201cWe are back to work, and the ships will move again tonight,\\u201d Solberg told reporters.\\n\\nRelated stories\\nFerries stop as storm closes harbour\\nMayor wins second term
        """
        let second = """
        Subscribe\\nUnion leader Pavel Novak, the dockers' chief negotiator, said the deal gave workers a raise of 4 percent.\\n\\n\\u201cIt is a fair deal,\\u201d Novak said.
        """
        let lines = [
            #"{"url": "https://www.harbourtimes.com/business/2024/05/03/port-strike-ends-after-talks", "raw_text": "\#(first)"}"#,
            #"{"url": "https://news.example.org/2024/05/04/dockers-accept-raise-of-four-percent", "text": "\#(second)"}"#,
        ]
        let input = site.appendingPathComponent("pages.jsonl")
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)

        let imported = try SitegenBinary.run(["import", input.path, "--source", site.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("import summary"))
        let articles = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/articles").path).sorted()
        #expect(articles.count == 2)
        let strike = try String(contentsOf: site.appendingPathComponent("content/articles/port-strike-ends-after-talks.md"), encoding: .utf8)
        #expect(strike.contains("title: Port strike ends after talks\n"))
        #expect(strike.contains("date: 2024-05-03\n"))
        #expect(strike.contains("source: Harbour Times\n"))
        #expect(strike.contains("people: [Ingrid Solberg]"))
        #expect(strike.contains("- speaker: Ingrid Solberg"))
        #expect(!strike.contains("Ferries stop"))
        #expect(!strike.contains("Menu"))
        let gazetteer = try String(contentsOf: site.appendingPathComponent("content/gazetteer.yml"), encoding: .utf8)
        #expect(gazetteer.contains("role: Harbour master"))
        #expect(gazetteer.contains("role: Union leader"))

        // The second page lacks its headline: it is rebuilt from the address, and the article is a draft.
        let rebuilt = try String(contentsOf: site.appendingPathComponent("content/articles/dockers-accept-raise-of-four-percent.md"), encoding: .utf8)
        #expect(rebuilt.contains("draft: true"))
        #expect(rebuilt.contains("missing: [title]"))

        let built = try SitegenBinary.run(["build", "--source", site.path, "--drafts"])
        #expect(built.status == 0, "\(built.stderr)")
        // The draft's warning is said again by a build that finds nothing changed.
        let warning = "dockers-accept-raise-of-four-percent.md:2: warning: draft lacks title"
        #expect(built.stderr.contains(warning), "\(built.stderr)")
        let again = try SitegenBinary.run(["build", "--source", site.path, "--drafts"])
        #expect(again.stderr.contains(warning), "\(again.stderr)")
        let people = try String(contentsOf: site.appendingPathComponent("public/people/index.html"), encoding: .utf8)
        #expect(people.contains("Harbour master"))
        #expect(people.contains("Pavel Novak"))
        let briefing = try String(contentsOf: site.appendingPathComponent("public/briefing/index.html"), encoding: .utf8)
        #expect(briefing.contains("We are back to work"))
    }

    @Test func aBinaryFileIsTheOnlyRefusalAndTheExitStatusSaysSo() throws {
        let site = try newSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let binary = site.appendingPathComponent("photo.jpg")
        try Data([0xFF, 0xD8, 0x00, 0x10, 0x00, 0x00]).write(to: binary)
        let text = site.appendingPathComponent("brief.txt")
        try "The harbour reopened on Monday after a week of repairs, officials said.\n".write(to: text, atomically: true, encoding: .utf8)
        let run = try SitegenBinary.run(["import", binary.path, text.path, "--source", site.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("photo.jpg: not imported: not a text file"))
        #expect(run.stdout.contains("brief.txt: created"))
        #expect(run.stderr.contains("1 of 2 inputs not imported"))
        #expect(!run.stderr.contains("Fatal"))
    }
}
