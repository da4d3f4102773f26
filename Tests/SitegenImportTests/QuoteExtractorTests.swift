import SitegenModel
import Testing
@testable import SitegenImport

struct QuoteExtractorTests {
    func quotes(_ paragraphs: [String]) throws -> [ExtractedQuote] {
        QuoteExtractor(index: GazetteerIndex(gazetteer: try Fixtures.gazetteer.adding(Gazetteer(people: [Gazetteer.Entry(name: "Karin Holm")])))).quotes(in: paragraphs)
    }

    func speakers(_ paragraphs: [String]) throws -> [String?] {
        try quotes(paragraphs).map(\.speaker)
    }

    @Test(arguments: [
        "\"We will not give up,\" Herrera said.",
        "\"We will not give up,\" said Tomás Herrera.",
        "\"We will not give up,\" Herrera told reporters on Monday.",
        "Herrera added: \"We will not give up.\"",
        "Herrera explained, \u{201C}We will not give up.\u{201D}",
        "Tomás Herrera, the dockworkers' leader, said: \"We will not give up.\"",
        "Tomas Herrera: \u{201C}We will not give up.\u{201D}",
        "According to Herrera, \"we will not give up\" is the union's message. \"We will not give up,\" Herrera insisted.",
        "\u{201C}We will not give up,\u{201D} Tomás Herrera, a spokesman for the dockworkers' union, said.",
        "\u{201C}We will not give up,\u{201D} Tomás Herrera, the port authority's chief executive, told reporters.",
    ])
    func namedSpeakersAreFound(_ paragraph: String) throws {
        let found = try #require(try quotes([paragraph]).last)
        #expect(found.speaker == "Tomás Herrera")
        #expect(found.text == "We will not give up.")
    }

    /// A verb after a long apposition is taken only when the apposition's comma stands right before
    /// it and its subject is the named person; a verb whose subject is a plural noun gives no speaker.
    @Test func verbAfterALongStretchNeedsTheNamedSubject() throws {
        #expect(try speakers(["\u{201C}We will not give up,\u{201D} the union wrote in a statement on its website on Monday night, as officials said the port would stay shut."]) == [nil])
    }

    /// The same patterns in the other languages a site may name: the verb with its auxiliary, and the
    /// speaker after it (`a déclaré Herrera`, `ha detto Herrera`, `dijo Herrera`, `sagte Herrera`).
    @Test(arguments: [
        "\u{00AB} Nous ne céderons pas \u{00BB}, a déclaré Tomás Herrera dimanche soir.",
        "\u{201C}No vamos a ceder\u{201D}, dijo Herrera al celebrar el acuerdo.",
        "\u{201C}Non cederemo mai su questo punto\u{201D}, ha detto Herrera ai giornalisti.",
        "\u{201E}Wir geben nicht auf\u{201C}, sagte Herrera zu den Hafenarbeitern.",
        "Herrera a ajouté : \u{00AB} Nous ne céderons pas. \u{00BB}",
        "\u{00AB} Nous ne céderons pas \u{00BB}, a indiqué M. Herrera par visioconférence.",
    ])
    func namedSpeakersInOtherLanguages(_ paragraph: String) throws {
        let found = try #require(try quotes([paragraph]).last)
        #expect(found.speaker == "Tomás Herrera")
    }

    /// The subject pronouns of the text's language (`il a déclaré`, `sagte er`, `ha detto lei`); in
    /// Italian `il` is an article, never a speaker.
    @Test func pronounsOfTheTextsLanguage() throws {
        func speakers(_ paragraphs: [String], _ language: String) throws -> [String?] {
            let index = GazetteerIndex(gazetteer: Gazetteer(people: [Gazetteer.Entry(name: "Tomás Herrera")]))
            return QuoteExtractor(index: index, language: language).quotes(in: paragraphs).map(\.speaker)
        }
        #expect(try speakers(["Le ministre Tomás Herrera a visité le port lundi.",
                              "Il a déclaré : \u{00AB} Nous ne céderons pas sur les salaires. \u{00BB}"], "fr") == ["Tomás Herrera"])
        #expect(try speakers(["Minister Tomás Herrera besuchte am Montag den Hafen.",
                              "\u{201E}Wir geben bei den Löhnen nicht nach\u{201C}, sagte er."], "de") == ["Tomás Herrera"])
        #expect(try speakers(["Il ministro Tomás Herrera ha visitato il porto lunedì.",
                              "\u{201C}Non cederemo sui salari dei portuali\u{201D}, ha detto il portavoce del sindacato."], "it") == [nil])
    }

    /// A pronoun's word that opens a name (`Ella Henderson`) is the name.
    @Test func aNameThatOpensWithAPronounsWord() throws {
        let found = QuoteExtractor(index: GazetteerIndex(gazetteer: Gazetteer(people: [Gazetteer.Entry(name: "Ella Henderson"), Gazetteer.Entry(name: "Karin Holm")])))
            .quotes(in: ["Karin Holm opened the festival on Friday.", "\u{201C}I never stopped singing,\u{201D} said Ella Henderson."])
        #expect(found.map(\.speaker) == ["Ella Henderson"])
    }

    /// French puts the pronoun after the verb (`a-t-elle dit`): the speaker is the woman named before.
    @Test func anInvertedFrenchPronoun() throws {
        let found = try speakers([
            "Karin Holm, la présidente du syndicat, a parlé aux dockers lundi.",
            "\u{00AB} Au début, on croit avoir échoué \u{00BB}, a-t-elle dit.",
        ])
        #expect(found == ["Karin Holm"])
    }

    @Test func aPronounIsTheSpeakerOfTheSentenceBefore() throws {
        #expect(try speakers([
            "Marie Dubois said the port would stay open.",
            "\"We have enough pilots for every ship,\" she said.",
        ]) == ["Marie Dubois"])
    }

    @Test func aPronounIsTheOnePersonNamedInTheSentenceBefore() throws {
        #expect(try speakers(["Mayor Piotr Nowak welcomed the deal. \"This is a good day for the city,\" he said."]) == ["Piotr Nowak"])
    }

    @Test func aPronounWithTwoCandidatesKeepsNoSpeaker() throws {
        #expect(try speakers(["Jens Okafor and Piotr Nowak met on Friday. He said afterwards: \"We will keep the ferries running.\""]) == [nil])
    }

    @Test func aPronounThatContradictsWhatTheTextSaysOfTheLastSpeakerKeepsNoSpeaker() throws {
        #expect(try speakers([
            "Ms Dubois said the port would stay open.",
            "\"We have enough pilots for every ship,\" he said.",
        ]) == [nil])
    }

    @Test func aRoleIsThePersonTheTextGivesThatRole() throws {
        #expect(try speakers([
            "Energy minister Anna Lindqvist met Jens Okafor on Friday.",
            "Okafor said little afterwards.",
            "\"The best agreements are the ones the two sides reach themselves,\" the minister said.",
        ]) == ["Anna Lindqvist"])
    }

    @Test func aRoleNoOneHoldsIsTheLastSpeaker() throws {
        #expect(try speakers([
            "The plan was presented by Marie Dubois.",
            "Dubois said the port would stay open.",
            "\"Nothing changes for passengers,\" the official said.",
        ]) == ["Marie Dubois"])
    }

    @Test func theLastSpeakerFadesAfterTwoParagraphs() throws {
        #expect(try speakers([
            "Dubois said the port would stay open.",
            "Ships were waiting outside the harbour.",
            "The queue grew through the night.",
            "Tugs were brought in from Hamburg.",
            "\"Nothing changes for passengers,\" the official said.",
        ]) == [nil])
    }

    @Test func anAnonymousOrPluralSpeakerIsNoSpeaker() throws {
        #expect(try speakers([
            "Herrera said the strike would go on.",
            "\"Every ship that goes elsewhere does not come back,\" an executive at one of the largest terminals said.",
            "\"We have been here before,\" officials said.",
            "\"It is a hard winter for everyone,\" she said.",
        ]) == [nil, nil, nil])
    }

    @Test func quotedPhrasesInsideASentenceAreNotQuotes() throws {
        #expect(try quotes([
            "Herrera called the offer \"simply not affordable\" and said it was \"a spring of action\" waiting to happen.",
            "Dubois said she was \u{201C}delighted\u{201D}.",
        ]).isEmpty)
    }

    @Test func aQuoteInTheNextParagraphAfterAColonKeepsItsSpeaker() throws {
        #expect(try speakers(["Karin Holm, the consortium's chief executive, told shareholders:", "\"We are ready to start work.\""]) == ["Karin Holm"])
    }

    @Test func aQuotationLeftOpenCarriesItsSpeakerIntoTheNextParagraph() throws {
        let found = try quotes([
            "\"We are ready to start work as soon as the permits are signed,\" Karin Holm said. \"The turbines are built.",
            "\"The ships are booked and the crews are hired.\"",
        ])
        #expect(found.map(\.speaker) == ["Karin Holm", "Karin Holm", "Karin Holm"])
    }

    @Test func aTrailingCommaBeforeTheAttributionBecomesAFullStop() throws {
        #expect(try quotes(["\"We will not give up,\" Herrera said."]).first?.text == "We will not give up.")
    }

    /// `X told reporters that Y had answered`: the verb in what X reports is not Y speaking, so the
    /// next `he said` is still X's.
    @Test func aVerbInsideAReportedClauseIsNoNewSpeaker() throws {
        let found = try speakers([
            "Harbour master Jens Okafor, who saw the blockade, told reporters that Herrera had just answered a question. \u{201C}As soon as I saw Tomás walk out, I knew it was over,\u{201D} he said.",
        ])
        #expect(found == ["Jens Okafor"])
        // Without the reported clause the last named speaker stays the one.
        let plain = try speakers([
            "Herrera answered a question about pay. \u{201C}We will keep the ferries running whatever happens,\u{201D} he said.",
        ])
        #expect(plain == ["Tomás Herrera"])
    }

    /// A relative clause after a comma (`el presidente, que llegó`) reports nothing: the verb after it
    /// is a new speaker's.
    @Test func aRelativeClauseIsNoReportedOne() throws {
        let found = try speakers([
            "Harbour master Jens Okafor, who said that the strike was over, met reporters. Tomás Herrera, that the union elected, answered a question. \u{201C}We will keep the ferries running whatever happens,\u{201D} he said.",
        ])
        #expect(found == ["Tomás Herrera"])
    }
}
