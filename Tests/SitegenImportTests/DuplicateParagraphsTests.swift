import Testing
@testable import SitegenImport

struct DuplicateParagraphsTests {
    let story = [
        "2,750 tonnes of an explosive compound were stored next to a warehouse of fireworks?",
        "There was indeed a warehouse of fireworks next to the ammonium nitrate store that exploded",
        "The day after the blasts in the port of Beirut, the head of customs told reporters that there was indeed a warehouse of fireworks next to the ammonium nitrate store that exploded, and that he had warned the port.",
        "The government blamed a cargo of ammonium nitrate stored without precautions in the port for six years.",
    ]

    /// A pull quote repeats a sentence of a paragraph near it: the copy goes, the paragraph stays.
    @Test func aPullQuoteNearTheParagraphItRepeatsIsDropped() {
        #expect(DuplicateParagraphs().pullQuotes(story) == [1])
        // Set after the paragraph it repeats, too.
        #expect(DuplicateParagraphs().pullQuotes([story[2], story[3], story[1]]) == [2])
        // Before the story is classified, only a copy right after its paragraph goes (a quoted post).
        #expect(DuplicateParagraphs().duplicates(story).isEmpty)
    }

    /// A caption that repeats a story sentence up to a comma (`… aus den Gleisen.` in `… aus den
    /// Gleisen, drei fingen Feuer`) goes as a copy; the paragraph stays.
    @Test func aCopyEndingWhereTheSentenceGoesOnIsDropped() {
        let texts = [
            "Mehrere Wagen sprangen durch die Wucht des Aufpralls aus den Gleisen.",
            "Die griechische Polizei hat einen Bahnhofsvorsteher festgenommen, wie die Polizei am Mittwoch mitteilte.",
            "Bei der Kollision kamen mindestens 36 Menschen ums Leben. Mehrere Wagen sprangen durch die Wucht des Aufpralls aus den Gleisen, drei fingen Feuer.",
        ]
        #expect(DuplicateParagraphs().pullQuotes(texts) == [0])
    }

    /// Words that another paragraph far away also holds, a paragraph that no other holds whole, words
    /// that stand inside another's words, and a short phrase stay.
    @Test func aParagraphFarFromItsCopyOrHeldByNoneStays() {
        let filler = (1...5).map { "Paragraph \($0) of the story tells what the rescuers found in the rubble on the second day." }
        #expect(DuplicateParagraphs().pullQuotes([story[1]] + filler + [story[2]]).isEmpty)
        #expect(DuplicateParagraphs().pullQuotes([story[0], story[3]]).isEmpty)
        // `he said he would not step down` stands inside `she said he would not step down` only as letters.
        #expect(DuplicateParagraphs().pullQuotes(["He said he would not step down.",
                                                  "Asked about her husband, she said he would not step down before the vote."]).isEmpty)
        // Too short to tell a copy from a common phrase, though the longer paragraph holds it.
        #expect(DuplicateParagraphs().pullQuotes(["In the port of Beirut", story[2]]).isEmpty)
    }
}
