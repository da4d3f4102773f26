import Testing
@testable import SitegenModel

@Suite("Name resolver")
struct NameResolverTests {
    static let resolver = NameResolver(gazetteer: Gazetteer(
        people: [.init(name: "Volodymyr Zelenskyy", aliases: ["Zelensky"])],
        aliases: ["Jean-Noel Barrot": "Jean-Noël Barrot"]))

    @Test func listsResolveEachNameAndDropRepeats() {
        let lists = NameResolverTests.resolver.resolve(lists: [
            ["Zelensky", "ZELENSKY", "Ukraine", "UKRAINE"],
            [],
            ["Jean-Noel Barrot", "Ukraine", "Zelensky"],
        ])
        #expect(lists == [["Volodymyr Zelenskyy", "Ukraine"], [], ["Jean-Noël Barrot", "Ukraine", "Volodymyr Zelenskyy"]])
        // The same as one list at a time.
        #expect(lists[2] == NameResolverTests.resolver.resolve(["Jean-Noel Barrot", "Ukraine", "Zelensky"]))
    }

    @Test func termSlugsFollowTheCanonicalName() {
        #expect(NameResolverTests.resolver.termSlug("Zelensky") == "volodymyr-zelenskyy")
        #expect(NameResolverTests.resolver.termSlug("Jean-Noel Barrot") == "jean-noel-barrot")
        #expect(NameResolverTests.resolver.termSlug("Peace plan") == "peace-plan")
    }
}
