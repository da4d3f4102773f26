/// A calendar date from front matter (`2025-11-20`), optionally with a time (`2025-11-20T14:30:00Z`).
///
/// Dates compare and sort by their text, which is ISO 8601.
public struct ContentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// `HH:MM:SS` and zone as written (`Z` or `+02:00`), if a time was given.
    public let time: String?
    public let zone: String?

    public init?(_ text: String) {
        // A date opens with a digit of its year: any other text (most of what is asked, such as every
        // string the front matter writer checks) is refused before the trimming, which bridges to
        // NSString. A non-ASCII opening may be a space the trimming removes, so it goes on.
        guard let first = text.utf8.first(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }),
              (0x30...0x39).contains(first) || first >= 0x80 else { return nil }
        let text = text.trimmed
        let datePart = text.prefix(10)
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard datePart.count == 10, parts.count == 3,
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= ContentDate.days(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        let rest = text.dropFirst(10)
        if rest.isEmpty {
            time = nil
            zone = nil
            return
        }
        guard let separator = rest.first, separator == "T" || separator == " " else { return nil }
        let clock = rest.dropFirst()
        let timeText = clock.prefix(8)
        let timeParts = timeText.split(separator: ":")
        guard timeParts.count >= 2, timeParts.allSatisfy({ $0.count == 2 && Int($0) != nil }),
              let hour = Int(timeParts[0]), hour < 24, let minute = Int(timeParts[1]), minute < 60
        else { return nil }
        let normalizedTime = timeParts.count == 2 ? "\(timeText):00" : String(timeText)
        let zoneText = String(clock.dropFirst(timeParts.count == 2 ? 5 : 8)).trimmed
        if zoneText.isEmpty || zoneText == "Z" {
            zone = "Z"
        } else if zoneText.count == 6, zoneText.first == "+" || zoneText.first == "-" {
            zone = zoneText
        } else {
            return nil
        }
        time = normalizedTime
    }

    /// A date from the parts `init?(_:)` reads, as they were (the build cache keeps them so, and
    /// reading them back parses nothing); nil when there is no such day.
    public init?(year: Int, month: Int, day: Int, time: String?, zone: String?) {
        guard (1000...9999).contains(year), (1...12).contains(month), day >= 1, day <= ContentDate.days(inMonth: month, year: year),
              (time == nil) == (zone == nil) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.zone = zone
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2025-11-20`.
    public var isoDate: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// RFC 3339 timestamp, for feeds and sitemaps (`2025-11-20T00:00:00Z` when no time was given).
    public var rfc3339: String {
        "\(isoDate)T\(time ?? "00:00:00")\(zone ?? "Z")"
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]

    /// `20 November 2025`.
    public var long: String { "\(day) \(ContentDate.monthNames[month - 1]) \(year)" }

    /// `20 Nov 2025`.
    public var short: String { "\(day) \(ContentDate.monthNames[month - 1].prefix(3)) \(year)" }

    public var description: String { time == nil ? isoDate : rfc3339 }

    /// Calendar order; on one day, a date without a time comes first, then times as written.
    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.month != rhs.month { return lhs.month < rhs.month }
        if lhs.day != rhs.day { return lhs.day < rhs.day }
        if lhs.time != rhs.time { return (lhs.time ?? "") < (rhs.time ?? "") }
        return (lhs.zone ?? "") < (rhs.zone ?? "")
    }
}
