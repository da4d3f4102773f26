import SitegenModel
import Testing
@testable import SitegenImport

struct KnownPeopleTests {
    private let gazetteer = [
        Gazetteer.Entry(name: "Muammar Gaddafi", role: "Libyan leader", aliases: ["Colonel Gaddafi"]),
        Gazetteer.Entry(name: "Recep Tayyip Erdoğan", role: "President of Turkey"),
        Gazetteer.Entry(name: "JD Vance"),
    ]

    /// A spelling the text gives finds its person by transliteration, accents, initials and titles.
    @Test func variantsFindTheirPerson() {
        let known = KnownPeople(gazetteer)
        #expect(known.entry(named: ["Muammar", "Qaddafi"])?.name == "Muammar Gaddafi")
        #expect(known.entry(named: ["Erdogan"])?.name == "Recep Tayyip Erdoğan")
        #expect(known.entry(named: ["J.D.", "Vance"])?.name == "JD Vance")
    }

    /// Another first name under the same surname is another person; an unknown surname is no one.
    @Test func otherPeopleAreNotMatched() {
        let known = KnownPeople(gazetteer)
        #expect(known.entry(named: ["Saif", "Gaddafi"]) == nil)
        #expect(known.entry(named: ["Marco", "Rubio"]) == nil)
        #expect(known.entry(named: []) == nil)
    }

    /// Two known people a name could be: the gazetteer's first wins, whatever the order they were added in.
    @Test func theGazetteersFirstEntryWins() {
        var known = KnownPeople([Gazetteer.Entry(name: "Anna Lindqvist", role: "first")])
        known.add([Gazetteer.Entry(name: "A. Lindqvist", role: "second"), Gazetteer.Entry(name: "Marco Moretti")])
        #expect(known.entry(named: ["Anna", "Lindqvist"])?.role == "first")
        #expect(known.entry(named: ["Marco", "Moretti"])?.name == "Marco Moretti", "people added later are known")
        #expect(known.entries.count == 3)
    }

    /// The same answers as comparing the name with every spelling of the gazetteer, as before the index.
    @Test func agreesWithComparingEverySpelling() {
        let entries = gazetteer + [Gazetteer.Entry(name: "Mohammed bin Salman", aliases: ["MBS"]), Gazetteer.Entry(name: "Pope Leo XIV")]
        let known = KnownPeople(entries)
        let names = [["Muhammad", "bin", "Salman"], ["Leo"], ["Papst", "Leo", "XIV"], ["Gaddafi"], ["Vance"], ["Tayyip", "Erdogan"], ["MBS"]]
        for words in names {
            let slow = entries.first { entry in entry.allNames.contains { PersonFinder.sameName($0.split(separator: " ").map(String.init), words) } }
            #expect(known.entry(named: words)?.name == slow?.name, "\(words)")
        }
    }
}
