import SitegenModel
import Testing
@testable import SitegenImport

struct PageAddressTests {
    @Test(arguments: [
        ("https://www.example.com/world/2025/04/12/talks-resume-in-geneva", "2025-04-12"),
        ("https://example.co.uk/news/2025/nov/25/talks-resume", "2025-11-25"),
        ("https://example.com/a/202505/06/WS681a1a5ca310a04af22bdbed.html", "2025-05-06"),
        ("https://example.es/articulo/mundo/apagon-masivo/20250428162213430698.html", "2025-04-28"),
        ("https://example.de/politik/talks-2025-03-01-berlin", "2025-03-01"),
    ])
    func datesInThePath(_ address: String, _ date: String) {
        #expect(PageAddress(address)?.date == ContentDate(date))
    }

    @Test func aPathWithoutADateGivesNone() {
        #expect(PageAddress("https://example.com/news/hamas-to-release-six-hostages-this-week/")?.date == nil)
        #expect(PageAddress("https://example.com/article/26083/world/asia/toll-rises-to-3000")?.date == nil)
    }

    @Test func theSlugsWordsAndATrailingIdThatIsNoWord() {
        let address = PageAddress("https://www.example.de/erste-messe-im-vatikan-glueckwuensche-fuer-den-neuen-papst-102.html")!
        #expect(address.slugWords.prefix(3) == ["erste", "messe", "im"])
        #expect(address.headlineFromSlug(spellingsIn: ["Im Vatikan gab es Glückwünsche für den neuen Papst und eine Messe."])
            == "Erste Messe im Vatikan Glückwünsche für den neuen Papst")
    }

    /// A leading id is dropped like a trailing one, and French or Italian elisions come back as the
    /// text writes them: two slug words (`dell-iran`) or one (`laggressore`).
    @Test func aLeadingIdAndElisionsFromTheText() {
        let address = PageAddress("https://example.it/canali/58376-morto-il-presidente-dell-iran-raisi-secondo-laggressore")!
        #expect(address.headlineFromSlug(spellingsIn: ["Il presidente dell’Iran Raisi è morto.", "Secondo i media l'aggressore è un uomo."])
            == "Morto il presidente dell’Iran Raisi secondo l'aggressore")
        // Without the text's spelling, the slug's words stay as they are.
        #expect(address.headlineFromSlug() == "Morto il presidente dell iran raisi secondo laggressore")
    }

    /// A segment made of dotted parts (a section, the slug, an id) gives the slug part; a dot inside
    /// a slug's number keeps the slug whole.
    @Test func aDottedSegmentGivesItsSlugPart() {
        let dotted = PageAddress("https://www.example.de/inhalt.streit-um-die-rente-geht-weiter.0b1c2d3e-82cf-45b9-a929-112734db62c8.html")!
        #expect(dotted.slugWords == ["streit", "um", "die", "rente", "geht", "weiter"])
        let number = PageAddress("https://example.com/economy/central-bank-raises-rates-to-5.25-percent")!
        #expect(number.slugWords.suffix(2) == ["5.25", "percent"])
        let abbreviation = PageAddress("https://example.com/world/envoy-says-troops-will-leave-the-u.s.html")!
        #expect(abbreviation.slugWords.suffix(2) == ["the", "u.s"])
    }

    /// Two spellings the text uses as often (`Hall` and `hall`) give the same headline every time,
    /// whichever comes first: the choice never rests on a dictionary's order, which differs between runs.
    @Test func aTieBetweenSpellingsIsDecidedTheSameEveryTime() {
        let address = PageAddress("https://example.com/news/gunmen-storm-concert-hall-near-moscow")!
        let one = ["Gunmen stormed the concert Hall on Friday.", "Police sealed off the hall near Moscow."]
        let headlines = Set((0..<20).flatMap { _ in [address.headlineFromSlug(spellingsIn: one), address.headlineFromSlug(spellingsIn: one.reversed())] })
        #expect(headlines == ["Gunmen storm concert hall near Moscow"])
    }

    /// A slug word the text uses only in a longer or shorter form keeps the text's accents for the stem they share.
    @Test func aStemTheTextSharesGivesItsAccents() {
        let address = PageAddress("https://example.de/nachrichten/milei-gewinnt-praesidentschaftswahl-brite-ueberlebt-absturz")!
        #expect(address.headlineFromSlug(spellingsIn: ["Nach den Präsidentschaftswahlen sprach er mit den Überlebenden des Absturzes."])
            == "Milei gewinnt Präsidentschaftswahl brite überlebt Absturz")
    }

    @Test func theOutletsNameFromThePageOrTheHost() {
        let times = PageAddress("https://www.kuwaittimes.com/article/1/world/x-y-z")!
        #expect(times.outletName(in: ["Menu", "Some headline"]) == "Kuwait Times")
        let spelled = PageAddress("https://timesofindia.indiatimes.com/world/x-y-z")!
        #expect(spelled.outletName(in: ["© The Times of India. All rights reserved."]) == "The Times of India")
        #expect(PageAddress("https://www.shropshirestar.com/news/x-y-z")!.readableHostName == "Shropshire Star")
        #expect(PageAddress("https://www.segre.com/x-y-z")!.readableHostName == "Segre")
        // A top-level domain is no word of the name (`crimefacts.news` is Crime Facts).
        #expect(PageAddress("https://www.harbourlatest.news/world/x-y-z")!.readableHostName == "Harbour Latest")
        #expect(PageAddress("https://harbournews.info/x-y-z")!.readableHostName == "Harbour News")
        #expect(PageAddress("https://news.harbour.com/x-y-z")!.readableHostName == "Harbour")
        // A second-level label of a country's domain is no name; words that join a name stay lower case.
        #expect(PageAddress("https://www3.harbour.or.jp/world/en/news/x")!.readableHostName == "Harbour")
        #expect(PageAddress("https://www.quotidianodelsud.it/x-y-z")!.readableHostName == "Quotidiano del Sud")
        #expect(PageAddress("https://www.dinamo.it/x-y-z")!.readableHostName == "Dinamo")
        // A short word inside the label between letters that are no words is none (`k|le|ine`, `m|al|ta`, `di|strict`).
        #expect(PageAddress("https://www.kleinezeitung.at/x-y-z")!.readableHostName == "Kleine Zeitung")
        #expect(PageAddress("https://www.livenewsmalta.com/x-y-z")!.readableHostName == "Live News Malta")
        #expect(PageAddress("https://thefinancialdistrict.com/x-y-z")!.readableHostName == "The Financial District")
        #expect(PageAddress("https://www.elpais.com/x-y-z")!.readableHostName == "El Pais")
        // The page's spelling with one more masthead word, and without a possessive.
        let channel = PageAddress("https://www.itv.com/news/2023-02-09/x-y-z")!
        #expect(channel.outletName(in: ["Survivors wait, ITV News' Emma Murphy reports from Turkey"]) == "ITV News")
        let review = PageAddress("https://www.spokesman.com/stories/2023/sep/10/x-y-z/")!
        #expect(review.outletName(in: ["The Spokesman-Review Newspaper"]) == "The Spokesman-Review")
    }

    @Test func aCandidateMatchesTheSlug() {
        let address = PageAddress("https://example.com/news/ferries-stop-as-storm-closes-the-harbour")!
        #expect(address.slugMatch("Ferries stop as storm closes the harbour") > 0.95)
        #expect(address.slugMatch("Subscribe to our newsletter") < 0.1)
    }
}

struct BlockClassifierTests {
    @Test func chromeAroundTheStoryIsBadAndTheStoryGood() {
        let texts = [
            "Home", "World", "Sign in",
            "Heavy rain flooded rail lines between Hamburg and the coast on Tuesday, cutting off dozens of towns for a second day, officials said.",
            "Repairs could take a week.",
            "The rail operator said replacement buses would run from Thursday, and that it would publish a timetable for them on its website.",
            "Most read", "Ferries stop as storm closes harbour", "Mayor wins second term",
        ]
        let verdicts = BlockClassifier(language: "en").classify(texts)
        #expect(verdicts == [.bad, .bad, .bad, .good, .good, .good, .bad, .bad, .bad])
    }

    @Test func functionWordsOfEachLanguageCount() {
        let german = "Die Regierung hat am Dienstag beschlossen, dass die Gespräche mit den Ländern in der nächsten Woche fortgesetzt werden sollen."
        let italian = "Il governo ha deciso martedì che i colloqui con le regioni saranno ripresi la prossima settimana, secondo il ministro."
        #expect(BlockClassifier(language: "de").stopwordDensity(german) > 0.3)
        #expect(BlockClassifier(language: "it").stopwordDensity(italian) > 0.3)
        #expect(Stopwords.guessLanguage(PageAddress.foldedWords(german + " " + german)) == "de")
    }

    @Test func aLastLineCutOffMidSentenceStaysWithTheStory() {
        let texts = [
            "Heavy rain flooded rail lines between Hamburg and the coast on Tuesday, cutting off dozens of towns for a second day, officials said.",
            "Roads leading to the city were",
        ]
        #expect(BlockClassifier(language: "en").classify(texts) == [.good, .good])
    }
}
