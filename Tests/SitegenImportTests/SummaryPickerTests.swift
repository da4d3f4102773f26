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

    /// A lede of megabytes (a story flattened onto one line) gives the same summary as its opening.
    @Test func aHugeLedeGivesItsOpeningSentences() {
        let lede = "Harbour pilots agreed new safety rules on Monday after a week of talks. The rules start in May. "
            + String(repeating: "Unions and the port authority met again and again and again to talk it all over. ", count: 60_000)
        #expect(lede.utf8.count > 4_000_000)
        #expect(SummaryPicker().summary(of: [paragraph(lede)]) == "Harbour pilots agreed new safety rules on Monday after a week of talks. The rules start in May.")
    }
}
