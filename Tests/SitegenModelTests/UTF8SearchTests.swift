import Testing
@testable import SitegenModel

@Suite("Searching UTF-8")
struct UTF8SearchTests {
    @Test func splitsAroundAMarkerThatOccursOnce() throws {
        let (before, after) = try #require(UTF8Search.split("<main>é MARK 東京</main>", once: "MARK"))
        #expect(before == "<main>é ")
        #expect(after == " 東京</main>")
    }

    @Test func aMarkerAtEitherEndLeavesAnEmptySide() throws {
        #expect(try #require(UTF8Search.split("MARKx", once: "MARK")) == ("", "x"))
        #expect(try #require(UTF8Search.split("xMARK", once: "MARK")) == ("x", ""))
    }

    @Test(arguments: ["no marker here", "MARK twice MARK", "MAR K", "MARMARK and MARK", ""])
    func noSplitUnlessTheMarkerOccursExactlyOnce(_ text: String) {
        #expect(UTF8Search.split(text, once: "MARK") == nil)
    }

    @Test func betweenTakesTheFirstPair() {
        #expect(UTF8Search.between("<p>", "</p>", in: "<h2>x</h2>\n<p>Ünïcode <em>a</em></p><p>b</p>") == "Ünïcode <em>a</em>")
        #expect(UTF8Search.between("<p>", "</p>", in: "<p>never closed") == nil)
        #expect(UTF8Search.between("<p>", "</p>", in: "</p> before <p>") == nil)
        #expect(UTF8Search.between("<p>", "</p>", in: "<p></p>") == "")
    }

    @Test func findsAMarkerAfterPartialMatches() throws {
        #expect(try #require(UTF8Search.split("MAMARMARK!", once: "MARK")) == ("MAMAR", "!"))
    }
}
