import SitegenModel
import Testing
@testable import SitegenImport

/// A gazetteer grown article by article finds the same names as one made from all of it at once.
struct IndexedGazetteerTests {
    let first = Gazetteer(
        people: [
            .init(name: "Karoline Leavitt", role: "White House press secretary"),
            .init(name: "Volodymyr Zelenskyy", role: "President of Ukraine", aliases: ["Zelensky"]),
        ],
        places: [.init(name: "Kyiv", aliases: ["Kiev"])],
        topics: [.init(name: "peace plan")]
    )
    /// A second Leavitt (the surname alone no longer names one person), a name the first gazetteer
    /// has as a variant (`Zelensky`: the entry is not added), a spelling.
    let second = Gazetteer(
        people: [
            .init(name: "Mike Leavitt", role: "former governor"),
            .init(name: "Marco Rubio", role: "Secretary of State"),
            .init(name: "Zelensky", role: "actor"),
        ],
        aliases: ["Rubios": "Marco Rubio"]
    )
    let text = "Leavitt said Zelensky and Zelenskyy met Rubio and Rubios in Kiev about the peace plan; Karoline Leavitt and Mike Leavitt agreed."

    @Test func growingTheIndexFindsWhatRemakingItFinds() {
        let whole = GazetteerIndex(gazetteer: first.adding(second))
        let grown = GazetteerIndex(gazetteer: first).adding(IndexedGazetteer(first).unnamed(in: second))
        #expect(grown.mentions(in: text) == whole.mentions(in: text))
        #expect(grown.roles == whole.roles)
        // The surname alone stood for Karoline Leavitt until a second Leavitt came.
        #expect(GazetteerIndex(gazetteer: first).mentions(in: "Leavitt said").map(\.name) == ["Karoline Leavitt"])
        #expect(grown.mentions(in: "Leavitt said").isEmpty)
    }

    @Test func addingTakesWhatTheGazetteerDoesNotNameYet() {
        var indexed = IndexedGazetteer(first)
        #expect(indexed.index(adding: second).mentions(in: text) == GazetteerIndex(gazetteer: first.adding(second)).mentions(in: text))
        indexed.add(second)
        #expect(indexed.gazetteer == first.adding(second))
        #expect(indexed.hasPerson(named: "Marco Rubio"))
        #expect(!indexed.hasPerson(named: "Marco"))
        #expect(indexed.index.mentions(in: text) == GazetteerIndex(gazetteer: first.adding(second)).mentions(in: text))
        #expect(indexed.known.entries.map(\.name) == ["Karoline Leavitt", "Volodymyr Zelenskyy", "Mike Leavitt", "Marco Rubio"])
    }

    /// Names of two words are filed under both (a given name may open thousands of them); a one-word
    /// name that is their first word is still found where no longer name stands.
    @Test func namesOfTwoWordsAndOneOfTheirFirstWord() {
        let index = GazetteerIndex(gazetteer: Gazetteer(people: [.init(name: "Anna Novak"), .init(name: "Anna Lindqvist")],
                                                        places: [.init(name: "Anna")]))
        #expect(index.mentions(in: "Anna Novak met Anna Lindqvist in Anna.").map(\.name) == ["Anna Novak", "Anna Lindqvist", "Anna"])
        let grown = index.adding(Gazetteer(people: [.init(name: "Anna Brandt")]))
        #expect(grown.mentions(in: "Anna Brandt and Anna Novak, then Brandt, in Anna").map(\.name) == ["Anna Brandt", "Anna Novak", "Anna Brandt", "Anna"])
    }

    /// From a review: surnames that differ only in capitals are each their own (`DeVito`, `Devito`),
    /// whichever came first; an alias whose name an entry gives later is of that entry's kind.
    @Test func surnamesInOtherCapitalsAndAliasesOfLaterEntries() {
        let devito = Gazetteer(people: [.init(name: "Danny DeVito")]), joe = Gazetteer(people: [.init(name: "Joe Devito")])
        let text = "DeVito and Devito met."
        let whole = GazetteerIndex(gazetteer: devito.adding(joe)).mentions(in: text)
        #expect(whole.map(\.name) == ["Danny DeVito", "Joe Devito"])
        #expect(GazetteerIndex(gazetteer: devito).adding(joe).mentions(in: text) == whole)
        #expect(GazetteerIndex(gazetteer: joe).adding(devito).mentions(in: text).map(\.name) == ["Danny DeVito", "Joe Devito"])
        var grown = GazetteerIndex(gazetteer: joe)
        grown.add(devito)
        #expect(grown.mentions(in: text).map(\.name) == ["Danny DeVito", "Joe Devito"])

        let alias = Gazetteer(aliases: ["Jo": "Jo Smith"]), person = Gazetteer(people: [.init(name: "Jo Smith")])
        #expect(GazetteerIndex(gazetteer: alias.adding(person)).mentions(in: "Jo said").map(\.kind) == [.person])
        #expect(GazetteerIndex(gazetteer: alias).adding(person).mentions(in: "Jo said").map(\.kind) == [.person])
    }
}
