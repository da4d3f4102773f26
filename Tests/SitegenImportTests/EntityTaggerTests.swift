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
            "Later, Barrot said Zelenskyy's team had accepted it in principle.",
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
}
