import Foundation
import SitegenModel
import Testing
@testable import SitegenImport

struct SiteImporterTests {
    @Test func importingWritesTheArticleTheRawTextAndItsRecord() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        var importer = try site.importer(EditorFacts(date: ContentDate("2024-01-21"), source: "Baltic Wire"))
        let outcome = importer.importFile(Fixtures.rawURL("brief.txt"), displayName: "brief.txt")
        #expect(outcome.status == .created)
        #expect(outcome.articlePath == "content/articles/ferry-services-resume-after-storm.md")
        #expect(try site.read("content/raw/ferry-services-resume-after-storm.txt") == String(decoding: try Fixtures.raw("brief.txt"), as: UTF8.self))
        let record = try ImportRecord.parse(try site.read("content/raw/ferry-services-resume-after-storm.yml"), path: "r.yml")
        #expect(record.original == "brief.txt")
        #expect(record.supplied == EditorFacts(date: ContentDate("2024-01-21"), source: "Baltic Wire"))
        #expect(record.articleSHA256 == SiteImporter.hex(Data(try site.read("content/articles/ferry-services-resume-after-storm.md").utf8)))
        #expect(outcome.summaryLine == "brief.txt: created content/articles/ferry-services-resume-after-storm.md \u{2014} \u{201C}Ferry services resume after storm\u{201D} \u{00B7} 2024-01-21 \u{00B7} 1 paragraph kept \u{00B7} 0 lines dropped \u{00B7} no people found")
    }

    @Test func importingTheSameRawTextAgainChangesNothing() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        var first = try site.importer(EditorFacts(date: ContentDate("2024-03-11")))
        _ = first.importFile(Fixtures.rawURL("captions-credits.txt"), displayName: "captions-credits.txt")
        let article = "content/articles/mayor-unveils-plan-to-rebuild-gdansk-shipyard-cranes.md"
        let before = try site.read(article)
        let recordBefore = try site.read("content/raw/mayor-unveils-plan-to-rebuild-gdansk-shipyard-cranes.yml")

        // Again, without the date: the record supplies it. Then from the kept raw copy.
        var second = try site.importer()
        #expect(second.importFile(Fixtures.rawURL("captions-credits.txt"), displayName: "again").status == .unchanged)
        var third = try site.importer()
        let copy = site.url("content/raw/mayor-unveils-plan-to-rebuild-gdansk-shipyard-cranes.txt")
        #expect(third.importFile(copy, displayName: "copy").status == .unchanged)

        #expect(try site.read(article) == before)
        #expect(try site.read("content/raw/mayor-unveils-plan-to-rebuild-gdansk-shipyard-cranes.yml") == recordBefore)
        #expect(site.files(in: "content/articles").count == 1)
        #expect(site.files(in: "content/raw").count == 2)
    }

    @Test func anEditedArticleIsNotOverwrittenWithoutForce() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        var importer = try site.importer()
        _ = importer.importFile(Fixtures.rawURL("crlf.txt"), displayName: "crlf.txt")
        let article = "content/articles/harbour-pilots-agree-new-safety-rules.md"
        let edited = try site.read(article).replacingOccurrences(of: "tags: [Rotterdam]", with: "tags: [Rotterdam, pilots]")
        try edited.write(to: site.url(article), atomically: false, encoding: .utf8)

        var again = try site.importer(EditorFacts(source: "Harbour Times"))
        let refused = again.importFile(Fixtures.rawURL("crlf.txt"), displayName: "crlf.txt")
        #expect(refused.status == .failed)
        #expect(refused.failure?.message.contains("has been edited since it was imported") == true)
        #expect(refused.lines(verbose: false).contains("  error: content/articles/harbour-pilots-agree-new-safety-rules.md has been edited since it was imported: left as it is; re-run with --force to overwrite the edits"))
        #expect(try site.read(article) == edited)

        var forced = try site.importer(EditorFacts(source: "Harbour Times"), force: true)
        let outcome = forced.importFile(Fixtures.rawURL("crlf.txt"), displayName: "crlf.txt")
        #expect(outcome.status == .updated)
        #expect(outcome.warnings.first?.message.contains("overwrote the edits (--force)") == true)
        #expect(try site.read(article).contains("source: Harbour Times"))
    }

    @Test func anArticleTheImporterWroteIsUpdatedWhenTheFactsChange() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        var first = try site.importer()
        _ = first.importFile(Fixtures.rawURL("bom.txt"), displayName: "bom.txt")
        var second = try site.importer(EditorFacts(url: "https://example.org/spokeswoman"))
        #expect(second.importFile(Fixtures.rawURL("bom.txt"), displayName: "bom.txt").status == .updated)
        #expect(try site.read("content/articles/port-authority-names-new-spokeswoman.md").contains("url: https://example.org/spokeswoman"))
        var third = try site.importer()
        #expect(third.importFile(Fixtures.rawURL("bom.txt"), displayName: "bom.txt").status == .unchanged)
    }

    @Test func aDryRunWritesNothing() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        var importer = try site.importer(dryRun: true)
        let outcome = importer.importFile(Fixtures.rawURL("french.txt"), displayName: "french.txt")
        #expect(outcome.status == .created)
        #expect(outcome.summaryLine.contains(": would create content/articles/inondations-la-maire-de-lyon-reclame-un-plan-durgence.md"))
        #expect(site.files(in: "content") == ["site.yml"])
    }

    @Test func onlyFilesThatAreNotTextAreRefusedAndAMissingFactMakesADraft() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        var importer = try site.importer()
        let outcomes = ["empty.txt", "binary.png", "dateline-in-story.txt", "no-headline.txt", "bom.txt"].map {
            importer.importFile(Fixtures.rawURL($0), displayName: $0)
        }
        #expect(outcomes.map(\.status) == [.failed, .failed, .created, .created, .created])
        #expect(outcomes[0].summaryLine == "empty.txt: not imported: the file is empty: it holds no text")
        #expect(outcomes[1].summaryLine == "binary.png: not imported: not a text file (it holds binary data); import the article's text, saved as UTF-8")
        // The story's dateline proposes a date; the article is a draft until the editor confirms it.
        #expect(outcomes[2].summaryLine.contains("\u{00B7} 2024-03-03 \u{00B7} 3 paragraphs kept"))
        let draft = try site.read(try #require(outcomes[2].articlePath))
        #expect(draft.contains("draft: true"))
        #expect(draft.contains("# review: the date 2024-03-03 comes from the story's dateline"))
        #expect(draft.contains("\ndate: 2024-03-03"))
        #expect(outcomes[2].article?.warnings.contains { $0.message.hasPrefix("date 2024-03-03 taken from the story's dateline") } == true)
        // A text without a headline gets its first words as title, and is a draft too.
        let untitled = try site.read(try #require(outcomes[3].articlePath))
        #expect(untitled.contains("missing: [date, title]") || untitled.contains("missing: [title"))
        #expect(site.files(in: "content/articles").count == 3)
    }

    @Test func aTitleThatGivesATakenSlugGetsTheNextOne() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.url("content/articles"), withIntermediateDirectories: true)
        try "---\ntitle: Hand-written\ndate: 2024-01-01\n---\n".write(to: site.url("content/articles/ferry-services-resume-after-storm.md"), atomically: false, encoding: .utf8)
        var importer = try site.importer(EditorFacts(date: ContentDate("2024-01-21")))
        let outcome = importer.importFile(Fixtures.rawURL("brief.txt"), displayName: "brief.txt")
        #expect(outcome.articlePath == "content/articles/ferry-services-resume-after-storm-2.md")
        #expect(outcome.warnings.map(\.message) == ["the slug ferry-services-resume-after-storm is taken by another article: imported as ferry-services-resume-after-storm-2"])
        // One diagnostic type for build and import: each is about the raw file it came from.
        #expect(outcome.warnings.map(\.description) == ["brief.txt: warning: " + outcome.warnings[0].message])
        #expect(outcome.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test func aFileThatIsNotTextFailsWithOneErrorAboutIt() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.url("content/articles"), withIntermediateDirectories: true)
        var importer = try site.importer(EditorFacts())
        let outcome = importer.importFile(Fixtures.rawURL("binary.png"), displayName: "raw/binary.png")
        #expect(outcome.status == .failed)
        let failure = try #require(outcome.failure)
        #expect(failure.severity == .error)
        #expect(failure.location == SourceLocation(path: "raw/binary.png"))
        #expect(failure.description.hasPrefix("raw/binary.png: not a text file"))
        #expect(outcome.lines(verbose: false) == ["raw/binary.png: not imported: " + failure.message])
    }

    @Test func aSiteWithoutContentIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-no-content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: Diagnostic.self) {
            try SiteImporter(options: SiteImporter.Options(siteDirectory: folder), gazetteer: Gazetteer())
        }
    }

    @Test func foldersExpandToTheirTextFilesInNameOrder() {
        let (inputs, problems) = RawInputs.expand([Fixtures.directory.appendingPathComponent("raw").path, "/no/such/file.txt"])
        #expect(inputs.first?.url?.lastPathComponent == "blank.txt")
        #expect(!inputs.contains { $0.url?.lastPathComponent == "binary.png" })
        #expect(problems == ["/no/such/file.txt: no such file or folder"])
    }

    @Test func recordsHoldTheStandardSHA256InLowerCaseHex() {
        #expect(SiteImporter.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SiteImporter.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

struct GazetteerFileTests {
    /// A raw text that names a new person with a role, and quotes her.
    static let strikeEnds = "Port strike ends\n\nHarbour master Ingrid Solberg said the strike was over on Monday.\n\n\u{201C}We are back to work,\u{201D} Solberg said.\n"

    /// `text` written as a raw file `name` in the site's folder.
    static func raw(_ text: String, in site: TemporarySite, as name: String) throws -> URL {
        let url = site.url(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// An import whose files cannot be written gives back what it took: the next input finds its
    /// person new, and writes them to content/gazetteer.yml, and may take its slug.
    @Test func aFailedImportLeavesItsPeopleAndSlugToTheNextInput() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let first = try Self.raw(Self.strikeEnds, in: site, as: "first.txt")
        let second = try Self.raw("Port strike ends\n\nShips returned to the port on Tuesday, harbour master Ingrid Solberg told reporters.\n\n\u{201C}All berths are open,\u{201D} Solberg said.\n",
                                  in: site, as: "second.txt")
        // A file where the raw texts' folder would go: the first import's writes fail.
        try "not a folder".write(to: site.url("content/raw"), atomically: true, encoding: .utf8)
        var importer = try site.importer(EditorFacts(date: ContentDate("2024-05-01")))
        let one = importer.importFile(first, displayName: "first.txt")
        #expect(one.status == .failed)
        #expect(!site.exists("content/gazetteer.yml"))
        try FileManager.default.removeItem(at: site.url("content/raw"))
        let two = importer.importFile(second, displayName: "second.txt")
        #expect(two.status == .created)
        #expect(two.articlePath == "content/articles/port-strike-ends.md", "the failed import's slug is free again")
        #expect(try site.read("content/gazetteer.yml").contains("- name: Ingrid Solberg"), "the failed import's person is new to the next")
    }

    @Test func peopleFoundAreAddedWithTheirRolesAndKnownToTheNextArticle() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let first = try Self.raw(Self.strikeEnds, in: site, as: "first.txt")
        let second = try Self.raw("Ships return\n\nShips returned to the port on Tuesday, Ingrid Sollberg told reporters.\n\nSolberg said the queue would clear by Friday.\n", in: site, as: "second.txt")
        var importer = try site.importer(EditorFacts(date: ContentDate("2024-05-01")))
        let one = importer.importFile(first, displayName: "first.txt")
        #expect(one.article?.frontMatter.quotes.first?.speaker == "Ingrid Solberg")
        let gazetteer = try site.read("content/gazetteer.yml")
        #expect(gazetteer.contains("- name: Ingrid Solberg\n    role: Harbour master\n"))
        // The editor corrects the role; a later import never rewrites it.
        try gazetteer.replacingOccurrences(of: "role: Harbour master", with: "role: Harbour master of Bergen")
            .write(to: site.url("content/gazetteer.yml"), atomically: true, encoding: .utf8)
        let two = importer.importFile(second, displayName: "second.txt")
        #expect(two.article?.frontMatter.people == ["Ingrid Solberg"])
        let after = try site.read("content/gazetteer.yml")
        #expect(after.contains("role: Harbour master of Bergen"))
        #expect(after.components(separatedBy: "Ingrid").count == 2)
        // The build reads the file, with site.yml's entries winning.
        let config = try ConfigLoader().load(contentDirectory: site.url("content"), displayRoot: site.root)
        #expect(config.gazetteer.role(of: "Ingrid Solberg") == "Harbour master of Bergen")
    }
}

/// Many inputs at once: the first stage runs for several at a time, the people stage in order.
struct SiteImporterBatchTests {
    private static let raws = ["brief.txt", "captions-credits.txt", "crlf.txt", "french.txt", "long-piece.txt", "unknown-names.txt",
                               "binary.png", "teaser-tail.txt", "no-headline.txt", "dateline-in-story.txt", "category-line.txt",
                               "hard-wrapped.txt", "section-suffix.txt", "windows-1252.txt", "unknown-names.txt"]

    private func inputs() -> [RawInputs.Input] {
        Self.raws.map { RawInputs.Input(displayName: $0, url: Fixtures.rawURL($0), original: $0) }
    }

    /// The same files, outcomes and report lines as importing the inputs one by one, in the same order:
    /// a person found in one article is known to the next, a binary file fails alone, and the same
    /// bytes twice (the last input) are the first article again, unchanged.
    @Test func aBatchImportsWhatOneByOneWould() throws {
        let one = try TemporarySite(), batch = try TemporarySite()
        defer { one.remove(); batch.remove() }
        var single = try one.importer(EditorFacts(date: ContentDate("2025-02-03")))
        let singly = inputs().map { single.importInput($0) }
        var many = try batch.importer(EditorFacts(date: ContentDate("2025-02-03")))
        var outcomes: [(Int, ImportOutcome)] = []
        many.importInputs(inputs()) { outcomes.append(($0, $1)) }

        #expect(outcomes.map(\.0) == Array(Self.raws.indices), "each outcome once, in the inputs' order")
        #expect(outcomes.map { $0.1.lines(verbose: true) } == singly.map { $0.lines(verbose: true) })
        #expect(outcomes.last?.1.status == .unchanged)
        #expect(outcomes.filter { $0.1.status == .failed }.map(\.1.input) == ["binary.png"])
        for folder in ["content/articles", "content/raw", "content"] {
            #expect(batch.files(in: folder) == one.files(in: folder))
            for file in one.files(in: folder) where file.contains(".") {
                #expect(try Data(contentsOf: batch.url("\(folder)/\(file)")) == Data(contentsOf: one.url("\(folder)/\(file)")), "\(folder)/\(file)")
            }
        }
    }

    @Test func noInputsReportNothing() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        var importer = try site.importer()
        var reported = 0
        importer.importInputs([]) { _, _ in reported += 1 }
        #expect(reported == 0)
    }
}
