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

    /// After the story's sign-off (line 9), other stories' paragraphs go, however long, with the label
    /// among them; a paragraph that speaks of the story again stops the tail.
    @Test func otherStoriesAfterTheSignOff() {
        let texts = [match[0], match[1], match[3],
                     "Related",
                     "The city council approved a new budget for the tram network on Tuesday, with fares frozen until next year.",
                     "A heatwave warning was issued for the southern provinces as temperatures climbed past forty degrees."]
        let lines = [1, 3, 5, 11, 13, 15]
        let teasers = OffTopicTeasers(language: "en")
        #expect(teasers.tailAfterEnd(texts, lines: lines, ends: [9], headline: "Madrid beat Dortmund") == [3, 4, 5])
        // Without a sign-off, or with one above the story's second paragraph (a byline), nothing goes.
        #expect(teasers.tailAfterEnd(texts, lines: lines, ends: [], headline: "Madrid beat Dortmund").isEmpty)
        #expect(teasers.tailAfterEnd(texts, lines: lines, ends: [2], headline: "Madrid beat Dortmund").isEmpty)
        // The story going on after a share prompt stays, and so does all after it.
        var goesOn = texts
        goesOn[4] = "Carvajal said after the final that Madrid had waited for the corner, and that Kroos deserved the title."
        #expect(teasers.tailAfterEnd(goesOn, lines: lines, ends: [9], headline: "Madrid beat Dortmund").isEmpty)
    }

    @Test func anotherStorysHeadlineBetweenParagraphsIsATeaser() {
        #expect(OffTopicTeasers(language: "en").teasers(match, headline: "Madrid beat Dortmund to win the Champions League") == [2])
    }

    /// A subheading that speaks of the story, a short one, and a first or last line are the story's.
    @Test func theStorysOwnLinesAreKept() {
        var texts = match
        texts[2] = "Carvajal and Kroos decide the final for Madrid at Wembley"
        #expect(OffTopicTeasers(language: "en").teasers(texts, headline: "Madrid win the final").isEmpty)
        // A line that ends with a colon introduces what follows (a post, a quotation): no headline.
        texts[2] = "The Spanish prime minister, Pedro Sánchez, shared the following message on Twitter:"
        #expect(OffTopicTeasers(language: "en").teasers(texts, headline: "Madrid win the final").isEmpty)
        texts[2] = "A night to remember"
        #expect(OffTopicTeasers(language: "en").teasers(texts, headline: "Madrid win the final").isEmpty)
        let edges = ["Xavi Hernández: promesa, auge y caída del hijo pródigo del Barcelona"] + match.dropFirst(3)
            + ["Ancelotti praised his players while the Wembley crowd stayed late into the night after"]
        #expect(OffTopicTeasers(language: "en").teasers(Array(edges), headline: "Madrid win the final").isEmpty)
    }
}
