import SitegenModel
import Testing
@testable import SitegenImport

struct PublicationDateFinderTests {
    let finder = PublicationDateFinder()

    @Test(arguments: [
        ("2025-11-20", "2025-11-20"),
        ("Published: 20 November 2025", "2025-11-20"),
        ("Thu 20 Nov 2025 14.05 GMT", "2025-11-20"),
        ("November 20, 2025 at 2:05 pm", "2025-11-20"),
        ("20.11.2025, 14:05", "2025-11-20"),
        ("By Jane Doe | 20th November 2025", "2025-11-20"),
        ("Publié le 20 novembre 2025 à 14h05", "2025-11-20"),
        ("Veröffentlicht am 20. November 2025", "2025-11-20"),
        ("20 de noviembre de 2025", "2025-11-20"),
        ("Updated 21 Nov 2025", "2025-11-21"),
        // A two-digit year, on a line labelled as the page's date only.
        ("Publicado el 24 jun 23 - 06:37 PM EDT.", "2023-06-24"),
        ("Published 24 Jun 23", "2023-06-24"),
        // A scraper's label of the month alone before the page's own date line.
        ("date 2024-07 21 Luglio 2024", "2024-07-21"),
        // A byline run into the day, and a time between the day and the year.
        ("Hatty Collier9 November 2016", "2016-11-09"),
        ("November 11 10:21 2016", "2016-11-11"),
    ])
    func dateLinesAreRead(_ line: String, _ date: String) {
        #expect(finder.dateLine(line)?.date == ContentDate(date))
    }

    @Test(arguments: [
        "The talks will resume on November 30, 2025, in Florida.",
        "GENEVA, Nov 23, 2025 — Negotiators met for six hours on Sunday.",
        "Ukraine and the United States meet again",
        "Ceasefire Talks Set For 30 November 2025",
        "03/04/2025",
        "date 2024-07 Tadej Pogacar won the Tour de France on 21 July 2024 in Nice.",
        "Leaders met in Geneva9 November 2016 and agreed to talk again.",
    ])
    func sentencesAndAmbiguousDatesAreNotDateLines(_ line: String) {
        #expect(finder.dateLine(line) == nil)
    }

    /// Without a label, `24 jun 23` may be a day, a month and a count (`on 24 June 23 people were hurt`).
    @Test func aTwoDigitYearNeedsALabel() {
        #expect(finder.dateLine("24 Jun 23") == nil)
        #expect(DateTextParser().dates(in: "On 24 June 23 people were hurt") == [])
        #expect(finder.dateLine("Publicado el 24 jun 23 - 06:37 PM EDT. Actualizado el 12 jul 24 - 06:42 PM EDT.")?.date == ContentDate("2023-06-24"))
    }

    @Test func updatedIsToldApartFromPublished() {
        #expect(finder.dateLine("Updated 21 Nov 2025")?.kind == .updated)
        #expect(finder.dateLine("Last updated: 21 Nov 2025")?.isLabelled == true)
        #expect(finder.dateLine("21 Nov 2025")?.isLabelled == false)
        #expect(finder.dateLine("First published on 20 Nov 2025")?.kind == .published)
    }

    @Test func aDateGluedInFrontOfTheHeadlineIsSplitOff() {
        let glued = finder.gluedDate(" date 2025-11-20 Talks resume in Geneva")
        #expect(glued?.date == ContentDate("2025-11-20"))
        #expect(glued?.headline == "Talks resume in Geneva")
        #expect(finder.gluedDate("20.11.2025 14:05 Talks resume in Geneva")?.headline == "Talks resume in Geneva")
        #expect(finder.gluedDate("2025 budget passes parliament") == nil)
    }

    @Test func aDatelineThatOpensTheStoryDatesIt() {
        let finder = PublicationDateFinder()
        #expect(finder.dateline("Roma, 22 ottobre 2025 – Nicolas Sarkozy ha trascorso la sua prima notte in carcere.") == ContentDate("2025-10-22"))
        #expect(finder.dateline("Paris, le 21 octobre 2025 - L'ancien président a été conduit à la prison.") == ContentDate("2025-10-21"))
        #expect(finder.dateline("WASHINGTON, Nov. 20, 2025 (Reuters) - The talks resumed on Thursday.") == ContentDate("2025-11-20"))
        // A date inside the story's first sentence is no dateline.
        #expect(finder.dateline("The talks, which began on 20 November 2025, resumed in Geneva - officials said.") == nil)
        #expect(finder.dateline("Rome, June 12 – Silvio Berlusconi died on Monday.") == nil)
    }

    /// `24. 5. 2023` is a German date; the story's first sentence may give the day as today's.
    @Test func aDateTheStoryCallsToday() {
        #expect(DateTextParser().dates(in: "am 24. 5. 2023 in Zürich") == [ContentDate("2023-05-24")!])
        #expect(DateTextParser().dates(in: "Platz 3. 15. 2023") == [])
        #expect(finder.todayDate("Heute Mittwoch, 24. 5. 2023, ist Tina Turner im Alter von 83 Jahren gestorben.") == ContentDate("2023-05-24"))
        #expect(finder.todayDate("Today, May 24, 2023, the singer died at home.") == ContentDate("2023-05-24"))
        #expect(finder.todayDate("Oggi, mercoledì 24 maggio 2023, è morta la cantante.") == ContentDate("2023-05-24"))
        // A date later in the sentence, or one the story reports, is not today's.
        #expect(finder.todayDate("The singer, who was born on November 26, 1939, died today.") == nil)
        #expect(finder.todayDate("On May 24, 2023, the singer died at home.") == nil)
        #expect(finder.todayDate("Fifty years ago today, on July 20, 1969, Neil Armstrong walked on the Moon.") == nil)
        // A place and a date alone, as the story's first line or its first sentence, are a dateline.
        #expect(finder.dateline("Tahiti le 22 juillet 2025. Légende du heavy metal, le chanteur est mort.") == ContentDate("2025-07-22"))
        #expect(finder.dateline("Roma, 22 ottobre 2025") == ContentDate("2025-10-22"))
        #expect(finder.dateline("The talks on 22 July 2025 were long.") == nil)
        #expect(finder.dateline("Ministers met on 22 July 2025. They agreed.") == nil)
        #expect(finder.dateline("Berlin, 22. Juli 2025. Der Kanzler sagte am Dienstag, er sei zufrieden.") == ContentDate("2025-07-22"))
        #expect(finder.dateline("Paris 22 juillet 2025 les ministres se sont réunis.") == nil)
    }

    /// A day run into its month's name (`11febbraio 2016 di …`) is still a date; a count before a word is not.
    @Test func aDayGluedToItsMonth() {
        #expect(DateTextParser.tokens("11febbraio 2016 di Luca Rossi") == ["11", "febbraio", "2016", "di", "Luca", "Rossi"])
        #expect(DateTextParser.tokens("3March 2020") == ["3", "March", "2020"])
        #expect(DateTextParser.tokens("20th 5km 12abc") == ["20th", "5km", "12abc"])
        #expect(finder.dateLine("11febbraio 2016 di Luca Rossi")?.date == ContentDate("2016-02-11"))
    }
}
