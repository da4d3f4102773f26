import Foundation
import SitegenModel
import Testing
@testable import SitegenImport

/// Each raw fixture, in a shape that real pages produce, must give exactly its expected article.
struct FixtureImportTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var facts: EditorFacts
        var testDescription: String { name }

        init(_ name: String, file: String? = nil, _ facts: EditorFacts = EditorFacts()) {
            self.name = name
            self.file = file ?? "\(name).txt"
            self.facts = facts
        }
    }

    static let cases: [Case] = [
        Case("date-glued-headline"),
        Case("category-line"),
        Case("section-suffix"),
        Case("captions-credits", EditorFacts(date: ContentDate("2024-03-11"))),
        Case("teaser-tail"),
        Case("crlf"),
        Case("bom"),
        Case("windows-1252"),
        Case("french"),
        Case("brief", EditorFacts(date: ContentDate("2024-01-21"), source: "Baltic Wire",
                                  url: "https://example.org/news/ferries-resume", section: "Transport")),
        Case("long-piece"),
        Case("dateline-in-story", EditorFacts(date: ContentDate("2024-03-04"))),
        Case("hard-wrapped"),
        Case("unknown-names"),
    ]

    @Test("a raw fixture gives its expected article", arguments: cases)
    func fixtureGivesExpectedArticle(_ fixture: Case) throws {
        let article = try Fixtures.importer().importArticle(try Fixtures.raw(fixture.file), facts: fixture.facts)
        let text = article.fileText
        // SITEGEN_UPDATE_FIXTURES=1 rewrites the expected files, for review with `git diff`.
        if ProcessInfo.processInfo.environment["SITEGEN_UPDATE_FIXTURES"] == "1" {
            try text.write(to: Fixtures.directory.appendingPathComponent("expected/\(fixture.name).md"), atomically: true, encoding: .utf8)
        }
        #expect(text == (try Fixtures.expected(fixture.name)))
    }

    @Test("every imported article reads back through the build's parser", arguments: cases)
    func articleReadsBack(_ fixture: Case) throws {
        let article = try Fixtures.importer().importArticle(try Fixtures.raw(fixture.file), facts: fixture.facts)
        let parsed = try ArticleParser().parse(article.fileText, path: "a.md", defaultSlug: "a").get()
        #expect(parsed.title == article.title)
        #expect(parsed.date == article.date)
        #expect(parsed.tags == article.tags)
        #expect(parsed.people == article.people)
        #expect(parsed.summary == article.summary)
        #expect(parsed.quotes.map(\.speaker) == article.quotes.map(\.speaker))
        #expect(parsed.quotes.map(\.text) == article.quotes.map(\.text))
    }

    @Test func dateGluedToTheHeadlineIsThePublicationDate() throws {
        let article = try Fixtures.importer().importArticle(try Fixtures.raw("date-glued-headline.txt"))
        #expect(article.title == "Dockworkers walk out in Rotterdam as wage talks collapse")
        #expect(article.dateInText == ContentDate("2024-03-05"))
        #expect(article.dropped.map(\.reason) == [.caption])
    }

    /// A dateline gives the day the story was filed: proposed as the date, in a draft the editor
    /// confirms; the date of 12 February further down the story is never taken.
    @Test func aDatelineIsProposedAsTheDateOfADraft() throws {
        let article = try Fixtures.importer().importArticle(try Fixtures.raw("dateline-in-story.txt"))
        #expect(article.date == ContentDate("2024-03-03"))
        #expect(article.frontMatter.draft)
        #expect(article.frontMatter.missing.isEmpty)
        #expect(article.frontMatter.review.contains { $0.contains("dateline") })
        #expect(article.warnings.contains { $0.message.contains("dateline") })
        #expect(article.summary?.hasPrefix("Workers at the Gdańsk shipyard") == true)
        #expect(article.paragraphs.first?.text.hasPrefix("GDAŃSK, March 3, 2024 — Workers") == true)
    }

    @Test func suppliedDateWinsOverTheTextAndIsReported() throws {
        let article = try Fixtures.importer().importArticle(try Fixtures.raw("category-line.txt"), facts: EditorFacts(date: ContentDate("2024-03-07")))
        #expect(article.date == ContentDate("2024-03-07"))
        #expect(article.dateInText == ContentDate("2024-03-06"))
        #expect(article.warnings.contains { $0.message.contains("differs from the date the text states (2024-03-06)") })
    }

    @Test func teaserTailAndPageFurnitureAreDroppedWithReasons() throws {
        let article = try Fixtures.importer().importArticle(try Fixtures.raw("teaser-tail.txt"))
        #expect(article.paragraphs.count == 2)
        let reasons = Dictionary(grouping: article.dropped, by: \.reason).mapValues(\.count)
        #expect(reasons[.navigation] == 2)
        #expect(reasons[.share] == 1)
        #expect(reasons[.subscribe] == 1)
        #expect(reasons[.cookie] == 1)
        #expect(reasons[.relatedHeading] == 1)
        #expect(reasons[.separator] == 2)
        #expect(reasons[.teaser] == 3)
        #expect(article.notes.contains("dropped line 18 (related-story teaser): Europe3 hours agoWind farm contract awarded to Danish consortium"))
    }

    @Test func windows1252IsReadWithAWarning() throws {
        let article = try Fixtures.importer().importArticle(try Fixtures.raw("windows-1252.txt"))
        #expect(article.title == "Café owners in Lyon fear tram works will drive customers away")
        #expect(article.warnings.first?.message.contains("Windows-1252") == true)
        #expect(article.quotes == [Article.Quote(speaker: "Julien Roche", text: "We are losing customers every single day.")])
        #expect(article.notes.contains { $0.hasPrefix("quote, Julien Roche (said):") })
        #expect(article.unknownNames == ["Julien Roche"])
    }

    @Test func everyStoryParagraphIsKeptWordForWord() throws {
        let raw = String(decoding: try Fixtures.raw("long-piece.txt"), as: UTF8.self)
        let article = try Fixtures.importer().importArticle(Data(raw.utf8))
        let rawLines = Set(raw.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) })
        for paragraph in article.paragraphs {
            let line = paragraph.kind == .listItem ? "• " + paragraph.text : paragraph.text
            #expect(rawLines.contains(line), "not word for word: \(line)")
        }
        #expect(article.paragraphs.count + article.droppedLineCount + 1 == rawLines.filter { !$0.isEmpty }.count)
    }
}

/// Texts that are hostile by their shape: each gives an article or one clear refusal, in time
/// linear in its size (a quadratic step would make these take minutes, not milliseconds).
struct HostileTextTests {
    private let importer = ArticleImporter(gazetteer: Gazetteer())

    @Test func manyOneWordLines() {
        let text = (0..<20_000).map { "word\($0 % 50)" }.joined(separator: "\n")
        let article = importer.importText(text)
        #expect(!article.title.isEmpty)
    }

    @Test func oneVeryLongLineFullOfNamesAndSpeech() {
        let text = String(repeating: "Anna Smith said the talks went on. ", count: 20_000)
        let article = importer.importText(text)
        #expect(article.paragraphs.count == 1)
        #expect(article.frontMatter.people == ["Anna Smith"])
    }

    @Test func onlyPunctuationOrNULIsRefusedInOneLine() {
        #expect(throws: Diagnostic.self) { try importer.importArticle(Data("!!! ... --- ???\n".utf8)) }
        #expect(throws: Diagnostic.self) { try importer.importArticle(Data([0x48, 0x69, 0x00, 0x0A])) }
    }
}
