import Testing
@testable import SitegenImport

struct OffTopicTeasersTests {
    let match = [
        "Real Madrid won the Champions League final at Wembley on Saturday, beating Borussia Dortmund 2-0 with late goals.",
        "Dani Carvajal headed in a corner from Toni Kroos in the 74th minute, and Vinícius Júnior added the second.",
        "Xavi Hernández: promesa, auge y caída del hijo pródigo del Barcelona",
        "Dortmund had the better chances in the first half, but Madrid's keeper kept the final goalless until the corner.",
        "Carvajal's goal gave Madrid their fifteenth European title, and Kroos ended his club career with the final.",
    ]

    @Test func anotherStorysHeadlineBetweenParagraphsIsATeaser() {
        #expect(OffTopicTeasers(language: "en").teasers(match, headline: "Madrid beat Dortmund to win the Champions League") == [2])
    }

    /// A subheading that speaks of the story, a short one, and a first or last line are the story's.
    @Test func theStorysOwnLinesAreKept() {
        var texts = match
        texts[2] = "Carvajal and Kroos decide the final for Madrid at Wembley"
        #expect(OffTopicTeasers(language: "en").teasers(texts, headline: "Madrid win the final").isEmpty)
        texts[2] = "A night to remember"
        #expect(OffTopicTeasers(language: "en").teasers(texts, headline: "Madrid win the final").isEmpty)
        let edges = ["Xavi Hernández: promesa, auge y caída del hijo pródigo del Barcelona"] + match.dropFirst(3)
            + ["Ancelotti praised his players while the Wembley crowd stayed late into the night after"]
        #expect(OffTopicTeasers(language: "en").teasers(Array(edges), headline: "Madrid win the final").isEmpty)
    }
}
