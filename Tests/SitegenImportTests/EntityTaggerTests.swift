import SitegenModel
import Testing
@testable import SitegenImport

struct EntityTaggerTests {
    let gazetteer = Gazetteer(
        people: [
            .init(name: "Volodymyr Zelenskyy", role: "President of Ukraine", aliases: ["Zelensky"]),
            .init(name: "Jean-Noël Barrot", role: "French foreign minister"),
            .init(name: "Ursula von der Leyen", role: "President of the European Commission"),
        ],
        places: [.init(name: "United States", aliases: ["US", "U.S."]), .init(name: "Kyiv", aliases: ["Kiev"])],
        topics: [.init(name: "peace plan", aliases: ["28-point plan"])],
        aliases: ["Zelenskiy": "Volodymyr Zelenskyy"]
    )

    func tags(_ title: String, _ paragraphs: [String]) -> EntityTagger.Tags {
        EntityTagger(index: GazetteerIndex(gazetteer: gazetteer)).tag(title: title, paragraphs: paragraphs)
    }

    @Test func variantsAccentsAndSurnamesMergeIntoTheDisplayName() {
        let found = tags("Zelensky meets envoys", [
            "Jean-Noel Barrot and von der Leyen spoke to Zelenskiy about the 28-point plan on Monday.",
            "Later, Barrot and von der Leyen said Zelenskyy's team had accepted it in principle.",
        ])
        #expect(found.people == ["Volodymyr Zelenskyy", "Jean-Noël Barrot", "Ursula von der Leyen"])
        #expect(found.tags == ["peace plan"])
    }

    @Test func capitalisedVariantsMatchOnlyInCapitals() {
        let found = tags("Envoys meet in Geneva", ["Let us hope, he said, that the US plan is heard in Kyiv.", "The U.S. envoy left Kiev on Friday."])
        #expect(found.tags == ["United States", "Kyiv"])
    }

    @Test func aPlaceNamedOnceInPassingIsNoTag() {
        let found = tags("Envoys meet", ["The envoys met on Sunday.", "One of them had flown in from Kyiv."])
        #expect(found.tags.isEmpty)
    }

    @Test func namesTheGazetteerLacksAreNotTaggedByTheTaggerAlone() {
        let found = tags("Envoys meet", [
            "Kremlin aide Yuri Ushakov said the White House had sent the draft.",
            "Meanwhile, Foreign Minister Andrii Sybiha met Thanksgiving Day shoppers in the Black Sea port.",
        ])
        #expect(found.people.isEmpty)
    }

    /// A story's people are those it is about: named in its headline, or in its lede and again, or
    /// three times. Someone named once (a reaction, an official quoted once) is no tag; the gazetteer
    /// still has them, with their role.
    @Test func theHeadlinesPeopleAndThoseTheLedeNamesAgainAreTags() {
        let found = tags("Zelenskyy sends envoys to Geneva", [
            "Envoys met in Geneva on Monday, and Jean-Noël Barrot welcomed the talks.",
            "The talks had stalled for a month over the sequence of a ceasefire.",
            "Barrot said the mood was better than in the spring.",
            "Ursula von der Leyen said: \"Europe must be at the table.\"",
        ])
        #expect(found.people == ["Volodymyr Zelenskyy", "Jean-Noël Barrot"])
    }

    @Test func aPersonNamedThreeTimesIsATagAndOneNamedOnceInTheLedeIsNot() {
        let found = tags("Talks resume in Geneva", [
            "Envoys of Volodymyr Zelenskyy met in Geneva on Monday to resume talks on the peace plan.",
            "Ursula von der Leyen said Europe must be at the table.",
            "Later, von der Leyen met the envoys for an hour.",
            "Officials said von der Leyen had called Jean-Noël Barrot.",
        ])
        #expect(found.people == ["Ursula von der Leyen"])
    }

    @Test func aStoryThatNamesNoOneProminentlyIsTaggedWithTheFirstItNamesTwice() {
        let found = tags("Talks resume in Geneva", [
            "Envoys met in Geneva on Monday to resume talks.",
            "The talks had stalled for a month.",
            "Diplomats said the first session ran late.",
            "Jean-Noël Barrot welcomed it, and so did Ursula von der Leyen.",
            "A second round is due next week, von der Leyen said.",
        ])
        #expect(found.people == ["Ursula von der Leyen"])
    }

    @Test func peopleEachNamedOnceOutsideTheHeadlineAndLedeAreNoTags() {
        // A disaster's report quotes officials once each (here, names the gazetteer knows): passing mentions, not the story's people.
        let found = tags("Floods cut off towns on the coast", [
            "Heavy rain flooded rail lines between Hamburg and the coast on Monday.",
            "Dozens of towns were cut off for a second day.",
            "\"We have never seen water this high,\" said Jean-Noël Barrot, who visited the coast.",
            "Rail lines would reopen within a week, Ursula von der Leyen told reporters.",
        ])
        #expect(found.people.isEmpty)
    }
}
