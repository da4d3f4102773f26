import Testing
@testable import SitegenModel

/// One front-matter type: what `FrontMatterWriter` writes, `FrontMatterReader` reads back the same.
@Suite("Front matter, written and read")
struct FrontMatterTests {
    /// Writes `frontMatter` into an article file and reads it back as the build does.
    static func roundTrip(_ frontMatter: FrontMatter) throws -> FrontMatter {
        let text = FrontMatterWriter().article(frontMatter, body: "Body.\n")
        let split = try FrontMatterParser().split(text, path: "a.md")
        let yaml = try YAMLMapping.parse(split.yaml, path: "a.md", firstLine: split.yamlFirstLine)
        let (read, problems) = FrontMatterReader().read(yaml, path: "a.md")
        #expect(problems.isEmpty, "\(problems)")
        return read
    }

    /// The same front matter without what only reading knows: where things are in the file.
    static func withoutPlaces(_ frontMatter: FrontMatter) -> FrontMatter {
        var copy = frontMatter
        copy.peopleLine = nil
        copy.summaryLine = nil
        copy.review = []
        copy.quotes = copy.quotes.map { Article.Quote(speaker: $0.speaker, text: $0.text) }
        copy.events = copy.events?.map { Article.Event(date: $0.date, text: $0.text, planned: $0.planned, sentence: $0.sentence) }
        return copy
    }

    @Test func everyFieldReadsBackAsWritten() throws {
        let frontMatter = FrontMatter(
            title: "Talks: \"what's next\" # for Kyiv", date: ContentDate("2025-11-20T14:30:00Z")!, source: "yes",
            url: "https://example.org/2025/11/20/talks", section: "2025", tags: ["- dash", "null"], people: ["O'Brien", "Ana Núñez"],
            summary: "[Brackets] and {braces}: fine",
            quotes: [.init(speaker: nil, text: "No: never."), .init(speaker: "A B", text: "'Quoted'")],
            events: [.init(date: ContentDate("2025-11-21")!, text: "Talks resume in Geneva", planned: true,
                           sentence: "Talks will resume in Geneva on Friday.")],
            draft: true, missing: ["title"], slug: "talks-next", extra: ["hero": "photo.jpg", "weight": "3"],
            review: ["check the headline:\nit was rebuilt"]
        )
        #expect(Self.withoutPlaces(try Self.roundTrip(frontMatter)) == Self.withoutPlaces(frontMatter))
    }

    @Test func absentAndEmptyEventsStayApart() throws {
        var frontMatter = FrontMatter(title: "T", date: ContentDate("2025-11-20")!)
        #expect(try Self.roundTrip(frontMatter).events == nil)
        frontMatter.events = []
        #expect(try Self.roundTrip(frontMatter).events == [])
    }

    @Test func reviewNotesAreCommentsAtTheTop() {
        let text = FrontMatterWriter().yaml(FrontMatter(title: "T", date: nil, review: ["two\nlines"]))
        #expect(text.hasPrefix("# review: two lines\ntitle: T\n"))
    }

    @Test func valuesOfTheWrongTypeAreReportedAtTheirLine() throws {
        let yaml = try YAMLMapping.parse("title: T\ntags: {a: 1}\ndate: soon\n", path: "a.md", firstLine: 2)
        let (_, problems) = FrontMatterReader().read(yaml, path: "a.md")
        #expect(problems.compactMap { $0.location?.line }.sorted() == [3, 4])
    }
}
