import Foundation
import SitegenModel

/// Reads calendar dates written in the ways news pages write them:
/// `2025-11-20`, `2025/11/20`, `20.11.2025`, `20 November 2025`, `Nov. 20, 2025`, `20th Nov 2025`,
/// `20 novembre 2025`, `20. November 2025`, `20. 11. 2025`, `20 de noviembre de 2025`, and `11/20/2025` when the order is clear.
public struct DateTextParser: Sendable {
    /// A date found at the start of a run of tokens.
    public struct Match: Sendable, Equatable {
        public var date: ContentDate
        /// How many tokens the date took.
        public var tokenCount: Int
    }

    /// Whether a year may be written with two digits after a month's name (`24 jun 23`): only on a
    /// line labelled as the page's date (`Publicado el 24 jun 23 - 06:37 PM`), where no other
    /// number could stand there.
    public let twoDigitYears: Bool

    public init(twoDigitYears: Bool = false) {
        self.twoDigitYears = twoDigitYears
    }

    private static let tokenMarks = CharacterSet(charactersIn: ",;()[]|·•\u{2013}\u{2014}\"\u{201C}\u{201D}")

    /// The words of `text` as the parser reads them: split on white space, outer punctuation removed.
    public static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isSpace }).flatMap { token -> [String] in
            let trimmed = String(token).trimmed(tokenMarks)
            return trimmed.isEmpty ? [] : withGluedDaySplit(trimmed)
        }
    }

    /// A day a page ran into its month's name (`11febbraio`, `3March`): the day, then the month.
    static func withGluedDaySplit(_ token: String) -> [String] {
        let digits = token.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), digits.count < token.count else { return [token] }
        let rest = String(token.dropFirst(digits.count))
        guard rest.first?.isLetter == true, month(rest) != nil else { return [token] }
        return [String(digits), rest]
    }

    /// The date that starts at `tokens[index]`, if one does.
    public func match(_ tokens: [String], at index: Int) -> Match? {
        guard index < tokens.count else { return nil }
        let first = tokens[index]
        if let date = numericDate(first) { return Match(date: date, tokenCount: 1) }
        // 20 November 2025 · 20th Nov 2025 · 20. November 2025 · 20 de noviembre de 2025
        if let day = Self.day(first) {
            var next = index + 1
            if next < tokens.count, tokens[next].folded == "de" { next += 1 }
            if next < tokens.count, let month = Self.month(tokens[next]) {
                next += 1
                if next < tokens.count, tokens[next].folded == "de" { next += 1 }
                if next < tokens.count, let year = yearAfterMonth(tokens[next]), let date = make(year, month, day) {
                    return Match(date: date, tokenCount: next - index + 1)
                }
            }
        }
        // 24. 5. 2023: a German date written with spaces after its dots.
        if first.hasSuffix("."), first.count <= 3, first.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }), let day = Int(first.dropLast()),
           (1...31).contains(day), index + 2 < tokens.count {
            let monthToken = tokens[index + 1]
            if monthToken.hasSuffix("."), (2...3).contains(monthToken.count), monthToken.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }),
               let month = Int(monthToken.dropLast()), (1...12).contains(month),
               let year = Self.year(tokens[index + 2]), tokens[index + 2].first?.isNumber == true, let date = make(year, month, day) {
                return Match(date: date, tokenCount: 3)
            }
        }
        // November 20, 2025 · Nov. 20 2025
        if let month = Self.month(first), index + 2 < tokens.count,
           let day = Self.day(tokens[index + 1]), let year = yearAfterMonth(tokens[index + 2]),
           let date = make(year, month, day) {
            return Match(date: date, tokenCount: 3)
        }
        return nil
    }

    /// Every date in `text`, in order.
    public func dates(in text: String) -> [ContentDate] {
        let tokens = Self.tokens(text)
        var result: [ContentDate] = []
        var index = 0
        while index < tokens.count {
            if let match = match(tokens, at: index) {
                result.append(match.date)
                index += match.tokenCount
            } else {
                index += 1
            }
        }
        return result
    }

    /// Whether `token` is written like a date but its day and month could be either way round (`03/04/2025`).
    public func isAmbiguous(_ token: String) -> Bool {
        let parts = token.split(separator: "/")
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), parts[2].count == 4 else { return false }
        return a <= 12 && b <= 12 && a != b
    }

    private func numericDate(_ token: String) -> ContentDate? {
        var token = token
        while token.hasSuffix(".") || token.hasSuffix(":") { token.removeLast() }
        // ISO 8601, possibly with a time: the content model reads it.
        if token.count >= 10, token.prefix(4).allSatisfy(\.isNumber) {
            let isoDay = String(token.prefix(10)).replacingOccurrences(of: "/", with: "-")
            if let date = ContentDate(isoDay), token.count == 10 || token.dropFirst(10).first == "T" { return date }
            return nil
        }
        for separator in [".", "/", "-"] as [Character] {
            let parts = token.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, let a = Int(parts[0]), let b = Int(parts[1]), let year = Int(parts[2]),
                  parts[0].count <= 2, parts[1].count <= 2 else { continue }
            if separator == "." || separator == "-" { return make(year, b, a) }
            if a > 12 { return make(year, b, a) }
            if b > 12 || a == b { return make(year, a, b) }
            return nil
        }
        return nil
    }

    private func make(_ year: Int, _ month: Int, _ day: Int) -> ContentDate? {
        let pad: (Int) -> String = { $0 < 10 ? "0\($0)" : "\($0)" }
        return ContentDate("\(year)-\(pad(month))-\(pad(day))")
    }

    static func day(_ token: String) -> Int? {
        DateWords.dayOfMonth(token.folded)
    }

    /// A year after a month's name: four digits, or two on a labelled line (`23` → 2023).
    private func yearAfterMonth(_ token: String) -> Int? {
        if let year = Self.year(token) { return year }
        guard twoDigitYears else { return nil }
        let digits = token.trimmed(CharacterSet(charactersIn: ".,:"))
        guard digits.count == 2, digits.allSatisfy(\.isASCII), let year = Int(digits) else { return nil }
        return 2000 + year
    }

    static func year(_ token: String) -> Int? {
        let digits = token.trimmed(CharacterSet(charactersIn: ".,:"))
        guard digits.count == 4, let year = Int(digits), (1900...2199).contains(year) else { return nil }
        return year
    }

    static func month(_ token: String) -> Int? {
        var name = token.folded
        while name.hasSuffix(".") || name.hasSuffix(",") { name.removeLast() }
        return DateWords.month(name)
    }

}
