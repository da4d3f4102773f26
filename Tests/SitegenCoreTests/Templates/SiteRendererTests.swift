import Testing
@testable import SitegenCore

@Suite("Site renderer")
struct SiteRendererTests {
    @Test func splitsAroundAMarkerThatOccursOnce() throws {
        let (before, after) = try #require(SiteRenderer.split("<main>é MARK 東京</main>", once: "MARK"))
        #expect(before == "<main>é ")
        #expect(after == " 東京</main>")
    }

    @Test func aMarkerAtEitherEndLeavesAnEmptySide() throws {
        #expect(try #require(SiteRenderer.split("MARKx", once: "MARK")) == ("", "x"))
        #expect(try #require(SiteRenderer.split("xMARK", once: "MARK")) == ("x", ""))
    }

    @Test(arguments: ["no marker here", "MARK twice MARK", "MAR K", "MARMARK and MARK", ""])
    func noSplitUnlessTheMarkerOccursExactlyOnce(_ text: String) {
        #expect(SiteRenderer.split(text, once: "MARK") == nil)
    }

    @Test func findsAMarkerAfterPartialMatches() throws {
        #expect(try #require(SiteRenderer.split("MAMARMARK!", once: "MARK")) == ("MAMAR", "!"))
    }
}
