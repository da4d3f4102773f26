import Testing
@testable import SitegenImport

struct SummaryPickerTests {
    private func paragraph(_ text: String, line: Int = 1) -> Paragraph { Paragraph(text: text, line: line) }

    @Test func theLedesFirstTwoSentencesWithoutItsDateline() {
        let summary = SummaryPicker().summary(of: [
            paragraph("Menu and more"),
            paragraph("ROTTERDAM (Reuters) - Harbour pilots agreed new safety rules on Monday. The rules start in May. Unions welcomed them."),
        ])
        #expect(summary == "Harbour pilots agreed new safety rules on Monday. The rules start in May.")
    }

    /// A dateline of a place and its agency in brackets goes too (`Offenburg (dts) –`, `Paris (AFP) -`); a
    /// sentence with a bracket before a dash keeps its words.
    @Test func aDatelineWithTheAgencyInBrackets() {
        let picker = SummaryPicker()
        #expect(picker.withoutDateline("Offenburg (dts) \u{2013} Wolfgang Schäuble ist tot. Er starb in der Nacht.") == "Wolfgang Schäuble ist tot. Er starb in der Nacht.")
        #expect(picker.withoutDateline("Paris (AFP) - Le gouvernement a annoncé lundi un plan.") == "Le gouvernement a annoncé lundi un plan.")
        let sentence = "The minister said on Monday that the plan (which had been delayed twice since the spring) - a relief - would go ahead."
        #expect(picker.withoutDateline(sentence) == sentence)
        // A text with no headline is titled with its first sentence when it is short enough to be one.
        #expect(ArticleImporter.titleFromFirstWords("Offenburg (dts) \u{2013} Wolfgang Schäuble ist tot. Er starb in der Nacht zu Mittwoch im Alter von 81 Jahren.")
            == "Wolfgang Schäuble ist tot")
        #expect(ArticleImporter.titleFromFirstWords("Sebastián Piñera, dos veces presidente de Chile, murió este martes en un accidente de helicóptero en el sur del país, según informaron las autoridades.")
            == "Sebastián Piñera, dos veces presidente de Chile, murió este martes en un")
    }

    /// A lede of megabytes (a story flattened onto one line) gives the same summary as its opening.
    @Test func aHugeLedeGivesItsOpeningSentences() {
        let lede = "Harbour pilots agreed new safety rules on Monday after a week of talks. The rules start in May. "
            + String(repeating: "Unions and the port authority met again and again and again to talk it all over. ", count: 60_000)
        #expect(lede.utf8.count > 4_000_000)
        #expect(SummaryPicker().summary(of: [paragraph(lede)]) == "Harbour pilots agreed new safety rules on Monday after a week of talks. The rules start in May.")
    }
}
