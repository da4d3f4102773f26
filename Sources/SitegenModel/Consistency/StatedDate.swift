import Foundation

/// A full date written in text — `November 30, 2023`, `Nov. 30, 2023`, `30 November 2023`,
/// `2023-11-30` — with the line it is on.
public struct StatedDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// As written.
    public var text: String
    /// 1-based, within the text searched.
    public var line: Int

    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        var result: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            result[name] = index + 1
            result[String(name.prefix(3))] = index + 1
        }
        result["sept"] = 9
        return result
    }()

    nonisolated(unsafe) static let monthFirst = /(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/
    nonisolated(unsafe) static let dayFirst = /(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\b/
    nonisolated(unsafe) static let iso = /\b(\d{4})-(\d{2})-(\d{2})\b/

    /// Every full date in `text`, in order of lines.
    public static func all(in text: String) -> [StatedDate] {
        var found: [StatedDate] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // Cheap test first: a four-digit number.
            guard line.contains(where: \.isNumber) else { continue }
            var seen: [Range<Substring.Index>] = []
            func add(_ year: Int?, _ month: Int?, _ day: Int?, _ range: Range<Substring.Index>) {
                guard let year, let month, let day, (1...12).contains(month), (1...31).contains(day), (1000...2999).contains(year),
                      !seen.contains(where: { $0.overlaps(range) }) else { return }
                seen.append(range)
                found.append(StatedDate(year: year, month: month, day: day, text: String(line[range]), line: offset + 1))
            }
            for match in line.matches(of: monthFirst) {
                add(Int(match.3), months[match.1.lowercased()], Int(match.2), match.range)
            }
            for match in line.matches(of: dayFirst) {
                add(Int(match.3), months[match.2.lowercased()], Int(match.1), match.range)
            }
            for match in line.matches(of: iso) {
                add(Int(match.1), Int(match.2), Int(match.3), match.range)
            }
        }
        return found.sorted { ($0.line, $0.text) < ($1.line, $1.text) }
    }
}
