import Foundation
import Testing
@testable import SitegenModel

struct EventFinderTests {
    let published = ContentDate("2025-11-20")!  // a Thursday

    private func events(_ body: String, language: String = "en", published: ContentDate? = nil) -> [Article.Event] {
        EventFinder(language: language).events(inBody: body, firstLine: 10, published: published ?? self.published)
    }

    @Test func explicitDaysWithAndWithoutAYear() {
        let found = events("""
        Envoys met in Geneva on November 18 to discuss the plan, officials said.

        The talks will resume on December 2, 2025, in Abu Dhabi.
        """)
        #expect(found.map(\.date.isoDate) == ["2025-11-18", "2025-12-02"])
        #expect(found.map(\.planned) == [false, true])
        #expect(found.map(\.line) == [10, 12])
        #expect(found.allSatisfy { $0.found })
    }

    @Test func weekdaysAndRelativeDaysCountFromTheArticlesDate() {
        let found = events("""
        Zelensky met the generals on Tuesday to discuss the framework.
        The delegation is expected to travel to Moscow on Monday for more talks.
        Leavitt told reporters at the White House today that the plan was fair.
        """)
        #expect(found.map(\.date.isoDate) == ["2025-11-18", "2025-11-24", "2025-11-20"])
        #expect(found.map(\.planned) == [false, true, false])
    }

    @Test func theYearNearestTheArticleAcrossNewYear() {
        let found = events("The new parliament will sit for the first time on January 8 in the capital.", published: ContentDate("2025-12-28")!)
        #expect(found.map(\.date.isoDate) == ["2026-01-08"])
    }

    @Test(arguments: [
        ("de", "Die Unterhändler trafen sich am 18. November in Genf zu ersten Gesprächen.", "2025-11-18", false),
        ("fr", "Les négociateurs se retrouveront le 24 novembre à Genève pour un nouveau cycle.", "2025-11-24", true),
        ("es", "Los negociadores se reunieron el 18 de noviembre en Ginebra, según fuentes oficiales.", "2025-11-18", false),
        ("it", "I negoziatori si sono incontrati martedì a Ginevra per discutere il piano.", "2025-11-18", false),
    ])
    func theSitesLanguage(_ language: String, _ sentence: String, _ date: String, _ planned: Bool) {
        let found = events(sentence, language: language)
        #expect(found.map(\.date.isoDate) == [date])
        #expect(found.first?.planned == planned)
    }

    /// History, a slipped year, headings, quoted posts and code are no events of the story.
    @Test func whatIsNoEventOfTheStory() {
        #expect(events("Russia invaded Ukraine on February 24, 2022, starting the war.").isEmpty)
        #expect(events("Officials from both countries will convene on November 30, 2023, to renew talks.").isEmpty)
        #expect(events("## Talks on Monday in Geneva with envoys").isEmpty)
        #expect(events("> The envoys met on Tuesday in Geneva, he wrote.").isEmpty)
        #expect(events("```\nMet on Tuesday in Geneva with the envoys.\n```").isEmpty)
        #expect(events("Talks. Monday.").isEmpty, "a sentence of fewer than five words")
    }

    @Test func markdownIsReadAsPlainTextAndLongSentencesAreCut() {
        let found = events("The [envoys](https://example.org) met **on Tuesday** in Geneva, where they spent six hours going through the plan, point by point, with the generals, the advisers and the lawyers of both delegations, before a dinner hosted by the Swiss.")
        #expect(found.first?.text.hasPrefix("The envoys met on Tuesday in Geneva,") == true)
        #expect(found.first?.text.hasSuffix("\u{2026}") == true)
        #expect(found.first?.sentence?.contains("hosted by the Swiss.") == true)
    }

    @Test func dayNumbersRoundTrip() {
        for text in ["1970-01-01", "2000-02-29", "2024-12-31", "2025-11-20"] {
            let date = ContentDate(text)!
            #expect(ContentDate(dayNumber: date.dayNumber) == date)
        }
        #expect(ContentDate("1970-01-01")!.dayNumber == 0)
        #expect(ContentDate("2025-11-20")!.weekday == 4)
    }
}

struct EventMergerTests {
    private func article(_ slug: String, _ date: String, _ events: [(String, String, Bool)]) -> Article {
        Article(slug: slug, path: "content/articles/\(slug).md", title: slug, date: ContentDate(date)!,
                events: events.map { Article.Event(date: ContentDate($0.0)!, text: $0.1, planned: $0.2, line: 7, found: true) })
    }

    @Test func oneEventReportedTwiceIsOneWithBothReportsAndDifferentEventsStayApart() {
        let articles = [
            article("later", "2025-11-21", [("2025-11-20", "Zelensky met Driscoll and the generals in Kyiv on Thursday.", false),
                                            ("2025-11-25", "Envoys will meet in Geneva on November 25.", true)]),
            article("first", "2025-11-20", [("2025-11-20", "Driscoll met Zelensky in Kyiv on Thursday (November 20).", false),
                                            ("2025-11-20", "Markets in Moscow fell sharply on the news.", false)]),
        ]
        let merged = EventMerger().merge(articles, chronological: [1, 0])
        #expect(merged.count == 3)
        #expect(merged[0].reports.map(\.article) == [1, 0], "the first report first")
        #expect(merged[1].reports.map(\.article) == [1])
        #expect(merged[2].planned && merged[2].date.isoDate == "2025-11-25")
    }

    @Test func aPlannedEventReportedAsDoneIsNoLongerPlanned() {
        let articles = [
            article("after", "2025-11-26", [("2025-11-25", "Envoys met in Geneva on November 25 for six hours.", false)]),
            article("before", "2025-11-21", [("2025-11-25", "Envoys will meet in Geneva on November 25.", true)]),
        ]
        let merged = EventMerger().merge(articles, chronological: [1, 0])
        #expect(merged.count == 1 && !merged[0].planned && merged[0].reports.count == 2)
    }

    @Test func twoDatesForOneEventAreAWarningAtTheLaterReport() {
        let articles = [
            article("a", "2025-11-12", [("2025-11-12", "The ferry operator Baltic Lines suspended its sailings between Riga and Stockholm.", false)]),
            article("b", "2025-11-13", [("2025-11-13", "The ferry operator Baltic Lines suspended its sailings between Riga and Stockholm.", false)]),
            article("c", "2025-11-14", [("2025-11-14", "Baltic Lines resumed a few sailings from Riga to Helsinki after talks.", false)]),
        ]
        let warnings = ConsistencyCheck.crossArticleWarnings(articles)
        #expect(warnings.map(\.description) == ["content/articles/b.md:7: warning: this event is dated 2025-11-13 here but 2025-11-12 in content/articles/a.md:7: which date is right?"])
    }
}

/// The one-pass test for the words that say a sentence speaks of the future agrees with looking
/// for each word on its own, at word boundaries, in any case, for multi-word and accented ones.
struct FutureWordTests {
    /// The plain way: each word at every position, with a letter neither before nor after it.
    private static func holdsWordOneByOne(_ words: [String], in text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80 }
        return words.contains { word in
            let word = Array(word.utf8)
            return bytes.indices.contains { at in
                at + word.count <= bytes.count && (at == 0 || !isLetter(bytes[at - 1]))
                    && (at + word.count == bytes.count || !isLetter(bytes[at + word.count]))
                    && (0..<word.count).allSatisfy { ((0x41...0x5A).contains(bytes[at + $0]) ? bytes[at + $0] + 0x20 : bytes[at + $0]) == word[$0] }
            }
        }
    }

    @Test(arguments: [
        "The talks will resume on Monday.", "They WILL meet on Friday.", "Willow trees line the road on Sunday.",
        "He said it is due on Tuesday.", "It is duet night on Tuesday.", "The vote is set to be held on Monday.",
        "La reunión prevé un acuerdo el lunes.", "La reunión prevéz un acuerdo el lunes.", "next", "Next week, on Monday.",
        "unwilling on Monday", "plans-to", "They met on Monday (planned).", "", "will",
    ])
    func oneScanAgreesWithOneWordAtATime(_ sentence: String) {
        let words = ["will", "is due", "is set to", "planned", "next", "plans to", "prevé"]
        let grouped = Dictionary(grouping: words.map { Array($0.utf8) }, by: { $0[0] })
        var text = sentence
        let found = text.withUTF8 { EventFinder.holdsAnyWord(grouped, in: $0, 0..<$0.count) }
        #expect(found == Self.holdsWordOneByOne(words, in: sentence), "\(sentence)")
    }
}

/// The sentence trim agrees with Foundation's `trimmingCharacters(in: .whitespaces)`, which it replaces.
struct SentenceTrimTests {
    @Test(arguments: ["", " ", "\t talks on Monday \t", "\u{00A0}talks\u{2009}on Monday\u{3000}", "talks\n", "\n talks", "é", " a ", "\u{200B}x"])
    func agreesWithFoundation(_ text: String) {
        #expect(EventFinder.trimmedSpaces(text) == text.trimmingCharacters(in: .whitespaces))
    }
}

@Suite("EventFinder: reading on bytes")
struct EventFinderBytesTests {
    /// ASCII sentences are cut and folded on bytes; the result is that of the general way.
    @Test(arguments: [
        "On Monday, (March 3) the U.S. said: talks resume 30. November.",
        "  Two  spaces,  a tab\there and \"quotes\" - dashes -- and 1st/2nd... ",
        "ALL CAPS SENTENCE ON FRIDAY'S AGENDA!",
        "",
        "...",
    ])
    func asciiWordsAreTheGeneralWords(_ sentence: String) throws {
        let ascii = try #require(EventFinder.asciiWords(sentence))
        let general = EventFinder.words(sentence)
        #expect(ascii.words == general.words)
        #expect(ascii.folded == general.folded)
    }

    @Test func aSentenceWithOtherBytesGoesTheGeneralWay() {
        #expect(EventFinder.asciiWords("Le 30 novembre, l’accord sera signé.") == nil)
    }

    @Test(arguments: ["(November", "20),", "U.S.", "30.", "...", "'quoted'", "x", ""])
    func bareOnBytesIsBareOnCharacters(_ word: String) {
        #expect(EventFinder.bare(word) == EventFinder.bareOnCharacters(word))
    }

    @Test(arguments: ["- A [link](https://x.test/a_b) and *stress* and `code`.", "plain line", "* bullet", "+ - both", "a ] (b) c", "end ](",
                      "- « [Kyiv](https://x.test/k) » _é_"])
    func plainTextOnBytes(_ line: String) {
        #expect(EventFinder.plainText(line) == Self.plainTextOnCharacters(line))
    }

    /// How `plainText` read a line before it read bytes, character by character: the oracle.
    static func plainTextOnCharacters(_ line: String) -> String {
        guard line.contains(where: { "[*_`-+".contains($0) }) else { return line }
        var text = line
        for bullet in ["- ", "* ", "+ "] where text.hasPrefix(bullet) { text.removeFirst(2) }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "]", text[text.index(after: index)...].hasPrefix("("), let close = text[index...].firstIndex(of: ")") {
                index = text.index(after: close)
                continue
            }
            if !"[*_`".contains(character) { result.append(character) }
            index = text.index(after: index)
        }
        return result
    }
}
