import Testing
@testable import SitegenImport

struct PhraseSetTests {
    /// Whether any phrase stands in the text, as a search for each phrase answers: at the text's start
    /// and end, phrases of one byte, of several bytes that share their first, and of non-ASCII letters.
    @Test(arguments: [
        "", "a", "newsletter", "sign up for our newsletter", "the newsletter.", "abonnez-vous à la lettre", "boîte de réception",
        "x", "no phrase here at all", "ewsletter", "sign u", "©", "Photo © AFP", "inbox", "in", "n",
    ])
    func answersAsASearchForEachPhrase(_ text: String) {
        let phrases = ["newsletter", "sign up", "boîte", "©", "inbox", "abonnez"]
        let set = PhraseSet(phrases)
        #expect(set.occurs(in: text) == phrases.contains { text.includes($0) }, "\(text)")
        #expect(set.occurs(in: text[...]) == set.occurs(in: text))
    }

    @Test func anEmptyPhraseStandsInEveryTextAndNoPhraseInNone() {
        #expect(PhraseSet(["", "x"]).occurs(in: "abc"))
        #expect(!PhraseSet([]).occurs(in: "abc"))
        #expect(!PhraseSet(["abc"]).occurs(in: ""))
        let literal: PhraseSet = ["ab", "b"]
        #expect(literal.occurs(in: "xbx"))
        #expect(!literal.occurs(in: "xax"))
    }
}
