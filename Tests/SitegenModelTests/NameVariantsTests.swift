import Testing
@testable import SitegenModel

@Suite("Name variants no gazetteer entry merges")
struct NameVariantsTests {
    private func article(_ slug: String, _ date: String, people: [String], speakers: [String] = [],
                         body: String = "", summary: String? = nil) -> Article {
        Article(slug: slug, path: "content/articles/\(slug).md", title: slug, date: ContentDate(date)!, source: "Outlet",
                people: people, peopleLine: 4, summary: summary, summaryLine: summary == nil ? nil : 6,
                quotes: speakers.enumerated().map { Article.Quote(speaker: $1, text: "Words number \($0).", line: 8 + $0) },
                body: body, bodyFirstLine: 12)
    }

    private func warnings(_ articles: [Article], gazetteer: Gazetteer = Gazetteer()) -> [String] {
        let model = SiteModelBuilder().build(config: SiteConfig(title: "T", gazetteer: gazetteer), content: LoadedContent(articles: articles, briefing: nil))
        return NameVariants(gazetteer: gazetteer).frontMatterWarnings(model.articles, order: Array(model.articles.indices.reversed()))
            .map(\.description)
    }

    @Test func transliterationsAcrossArticlesAreOneWarningAtTheRarerSpelling() throws {
        let found = warnings([
            article("a", "2025-03-01", people: ["Muammar Gaddafi", "Juhan Tamm"]),
            article("b", "2025-03-02", people: ["Muammar Gaddafi"]),
            article("c", "2025-03-03", people: ["Muammar Qaddafi"], speakers: ["Johan Tamm"]),
        ])
        try #require(found.count == 2, "\(found)")
        #expect(found.contains { $0.hasPrefix("content/articles/c.md:4:") && $0.contains("`Muammar Qaddafi` here and `Muammar Gaddafi` in content/articles/a.md:4") })
        // Given twice, once each: the earlier is the one measured against.
        #expect(found.contains { $0.hasPrefix("content/articles/c.md:8:") && $0.contains("`Johan Tamm`") && $0.contains("`Juhan Tamm`") })
    }

    @Test func aSurnameAloneNamesItsFullNameOrAsksWhichOne() throws {
        let one = warnings([article("a", "2025-03-01", people: ["Marta Ozola"]), article("b", "2025-03-02", people: ["Ozola"])])
        try #require(one.count == 1, "\(one)")
        #expect(one[0].hasPrefix("content/articles/b.md:4:") && one[0].contains("add `Ozola: Marta Ozola` under `aliases`"))
        let two = warnings([article("a", "2025-03-01", people: ["Joe Biden", "Jill Biden"]), article("b", "2025-03-02", people: ["Biden"])])
        try #require(two.count == 1, "\(two)")
        #expect(two[0].contains("could be `Joe Biden` (content/articles/a.md:4) or `Jill Biden` (content/articles/a.md:4)"))
    }

    @Test func aShortGivenNameBesideTheLongOne() throws {
        let found = warnings([article("a", "2025-03-01", people: ["Daniel Driscoll"]), article("b", "2025-03-02", people: ["Dan Driscoll"])])
        try #require(found.count == 1, "\(found)")
        #expect(found[0].contains("`Dan Driscoll` here and `Daniel Driscoll`"))
    }

    @Test func differentPeopleAndWhatTheGazetteerMergesAreNoWarning() {
        // Same surname, different given names; unrelated names with one consonant skeleton apart.
        #expect(warnings([article("a", "2025-03-01", people: ["Joe Biden", "Jill Biden", "Hunter Biden", "Angela Merkel", "Friedrich Merz"]),
                          article("b", "2025-03-02", people: ["Karl Marx"])]).isEmpty)
        // The gazetteer merges the variant into its entry's name, and lists two people as two.
        let gazetteer = Gazetteer(people: [.init(name: "Muammar Gaddafi", aliases: ["Muammar Qaddafi"]),
                                           .init(name: "Ali Hassan"), .init(name: "Aly Hasan")],
                                  aliases: ["Ozola": "Marta Ozola"])
        #expect(warnings([article("a", "2025-03-01", people: ["Muammar Gaddafi", "Ali Hassan", "Marta Ozola"]),
                          article("b", "2025-03-02", people: ["Muammar Qaddafi", "Aly Hasan", "Ozola"])], gazetteer: gazetteer).isEmpty)
    }

    @Test func aSurnameSpelledAnotherWayInTheText() throws {
        let names = NameVariants(gazetteer: Gazetteer(people: [.init(name: "Volodymyr Zelenskyy", aliases: ["Zelensky"])]))
        let text = "Talks went on.\nEnvoy Steve Witkof met Zelensky's team; Zelenskyy said so.\nWitkoff's aides agreed. A rabbi, Rabbi Rubin, prayed."
        let found = names.textWarnings(article("a", "2025-03-01", people: ["Steve Witkoff", "Volodymyr Zelenskyy", "Marco Rubio"],
                                               body: text, summary: "Steven Witkof spoke."))
            .map(\.description)
        // `Witkof` once, where it is first written: in the summary (line 6). The gazetteer's
        // `Zelensky` and a different word with Rubio's consonants are no warning.
        try #require(found.count == 1, "\(found)")
        #expect(found[0].hasPrefix("content/articles/a.md:6:") && found[0].contains("the summary writes `Witkof` where the people list has Steve Witkoff"))
        // In the text only: at its line there (the body starts at line 12).
        let inText = names.textWarnings(article("b", "2025-03-01", people: ["Steve Witkoff"], body: text)).map(\.description)
        try #require(inText.count == 1, "\(inText)")
        #expect(inText[0].hasPrefix("content/articles/b.md:13:") && inText[0].contains("the text writes `Witkof`"))
    }

    @Test func capitalisedWordsWithTheirLinesAndTheWordBefore() {
        var words: [CapitalisedWords.Word] = []
        CapitalisedWords.each(in: "the Élysée and Jean-Noël Barrot's aide.\nSteve, Witkoff") { words.append($0) }
        #expect(words.map(\.text) == ["Élysée", "Jean-Noël", "Barrot", "Steve", "Witkoff"])
        #expect(words.map(\.line) == [1, 1, 1, 2, 2])
        #expect(words.map(\.previous) == ["the", "and", "Jean-Noël", nil, nil])
    }
}
