import Testing
@testable import SitegenImport

struct ParagraphAssemblerTests {
    let assembler = ParagraphAssembler()

    /// A text wrapped at a fixed width with a blank line after every line is one paragraph again:
    /// a line that stops mid-sentence goes on with the next, in lower case or with a number.
    @Test func aTextWrappedWithBlankLinesBecomesOneParagraph() {
        let paragraphs = assembler.paragraphs(from: numbered([
            "Japan's former PM Shinzo Abe has died at the age of", "",
            "67 after being shot during a speech at a campaign", "",
            "event for the ruling Liberal Democratic Party in the", "",
            "city of Nara in western Japan on Friday, Japan's NHK", "",
            "television reports. A suspect has been arrested.", "",
            "The party said the campaign would go on.",
        ]))
        #expect(paragraphs.map(\.line) == [1, 11])
        #expect(paragraphs[0].text == "Japan's former PM Shinzo Abe has died at the age of 67 after being shot during a speech at a campaign "
            + "event for the ruling Liberal Democratic Party in the city of Nara in western Japan on Friday, Japan's NHK "
            + "television reports. A suspect has been arrested.")
    }

    /// A long line that stops on a function word goes on with the next line, whatever its first
    /// letter (a place's name); a short one (a label, a menu) and one ending on a noun do not.
    @Test func aLineCutOnAFunctionWordGoesOnWithTheNext() {
        let cut = assembler.paragraphs(from: numbered([
            "Roma, 24 agosto – Alle ore 3,36, un terremoto con epicentro tra i comuni di Accumoli (Rieti), Norcia (PG), Ussita (MC) e",
            "Visso (MC). Alla prima scossa ne sono seguite altre.",
        ]))
        #expect(cut.count == 1)
        #expect(cut[0].text.hasSuffix("Ussita (MC) e Visso (MC). Alla prima scossa ne sono seguite altre."))
        let apart = assembler.paragraphs(from: numbered([
            "News and", "Sport",
            "The envoys met in Geneva on Sunday for a second day of talks about the ceasefire and the border",
            "Officials said the talks would go on.",
            // German ends its clauses on verbs (`… satt habe`), and a subheading follows.
            "Nun werde sich seine Partei für den normalen Niederländer einsetzen, der die Politik der vergangenen Jahre satt habe",
            "Entsetzen über Wilders-Erfolg",
        ]))
        #expect(apart.count == 6)
    }

    /// Paragraphs apart stay apart: one that ends a sentence, a heading in title case, a short label,
    /// and a line after two blank lines or starting with a capital.
    @Test(arguments: [
        ["The talks ended on Sunday after two days.", "", "the next round is in May, officials said."],
        ["Ten Things To Know About The Vote In Geneva", "", "voters go to the polls on Sunday in the city."],
        ["Updated on Monday", "", "officials said the talks would go on next week."],
        ["The envoys met in Geneva for a second day of talks and", "", "", "officials said the talks would go on."],
        ["The envoys met in Geneva for a second day of talks and", "", "Officials said the talks would go on."],
        ["Une campagne marquée par la violence", "",
         "48 heures avant le scrutin, le candidat a été blessé par balle lors d'un meeting dans le nord du pays, selon la police."],
    ])
    func paragraphsApartStayApart(_ texts: [String]) {
        #expect(assembler.paragraphs(from: numbered(texts)).count == 2)
    }

    private func numbered(_ texts: [String]) -> [RawLine] {
        texts.enumerated().map { RawLine(number: $0.offset + 1, text: $0.element) }
    }
}
