import Testing
@testable import SitegenModel

@Suite("ContentDate")
struct ContentDateTests {
    /// Spaces around the date are trimmed, a no-break space too (the digit check before the trimming lets it through).
    @Test(arguments: ["2025-11-20", "2024-02-29", "2025-11-20T14:30:00Z", "2025-11-20 14:30", "2025-11-20T14:30:00-05:00",
                      "  2025-11-20\n", "\u{00A0}2025-11-20", "\t2025-11-20 "])
    func accepts(_ text: String) {
        #expect(ContentDate(text) != nil)
    }

    @Test(arguments: ["", "2025-13-01", "2025-02-29", "2025-11-31", "20-11-2025", "2025/11/20", "2025-11-20T25:00", "2025-11-20Tnoon", "November 20",
                      "x2025-11-20", "true", "  ", "\u{00A0}", "\u{00A0}Tuesday", "-2025-11-20"])
    func rejects(_ text: String) {
        #expect(ContentDate(text) == nil)
    }

    /// A date made from the parts the text gives back the same date; parts of no such day give none.
    @Test(arguments: ["2025-11-20", "2024-02-29", "2025-11-20T14:30:00Z", "2025-11-20T14:30:00-05:00"])
    func fromItsParts(_ text: String) throws {
        let date = try #require(ContentDate(text))
        #expect(ContentDate(year: date.year, month: date.month, day: date.day, time: date.time, zone: date.zone) == date)
    }

    @Test func noDayFromImpossibleParts() {
        #expect(ContentDate(year: 2025, month: 2, day: 29, time: nil, zone: nil) == nil)
        #expect(ContentDate(year: 2025, month: 13, day: 1, time: nil, zone: nil) == nil)
        #expect(ContentDate(year: 999, month: 1, day: 1, time: nil, zone: nil) == nil)
        #expect(ContentDate(year: 2025, month: 1, day: 1, time: "10:00:00", zone: nil) == nil)
        #expect(ContentDate(year: 2024, month: 2, day: 29) == ContentDate("2024-02-29"))
    }

    @Test func formats() throws {
        let date = try #require(ContentDate("2025-11-05"))
        #expect(date.isoDate == "2025-11-05")
        #expect(date.long == "5 November 2025")
        #expect(date.short == "5 Nov 2025")
        #expect(date.rfc3339 == "2025-11-05T00:00:00Z")
        #expect(ContentDate("2025-11-05 08:15")?.rfc3339 == "2025-11-05T08:15:00Z")
    }

    @Test func ordering() {
        #expect(ContentDate("2025-11-19")! < ContentDate("2025-11-20")!)
        #expect(ContentDate("2025-11-20")! < ContentDate("2025-11-20T10:00:00Z")!)
    }
}
