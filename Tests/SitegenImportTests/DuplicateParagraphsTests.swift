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
        #expect(DuplicateParagraphs().duplicates(story) == [1])
        // Set after the paragraph it repeats, too.
        #expect(DuplicateParagraphs().duplicates([story[2], story[3], story[1]]) == [2])
    }

    /// Words that another paragraph far away also holds, or a paragraph that no other holds whole, stay.
    @Test func aParagraphFarFromItsCopyOrHeldByNoneStays() {
        let filler = (1...5).map { "Paragraph \($0) of the story tells what the rescuers found in the rubble on the second day." }
        #expect(DuplicateParagraphs().duplicates([story[1]] + filler + [story[2]]).isEmpty)
        #expect(DuplicateParagraphs().duplicates([story[0], story[3]]).isEmpty)
        // Too short to tell a copy from a common phrase.
        #expect(DuplicateParagraphs().duplicates(["In the port.", story[2]]).isEmpty)
    }
}
