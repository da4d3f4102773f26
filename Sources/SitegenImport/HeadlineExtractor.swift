import Foundation
import SitegenCore

/// Finds the headline at the top of a raw page, with what sits around it: category lines and
/// breadcrumbs above it (`Politics`, `Home › World › Europe`), a date glued in front of it
/// (`date 2025-11-20 Headline`), and a site suffix after it (`Headline | World | News`).
public struct HeadlineExtractor: Sendable {
    public enum SectionOrigin: String, Sendable, Equatable {
        case titleSuffix = "the title's suffix"
        case categoryLine = "the category line"
        case breadcrumb = "the breadcrumb"
    }

    public struct Headline: Sendable, Equatable {
        public var title: String
        /// The line the headline is on.
        public var line: Int
        public var section: String?
        public var sectionOrigin: SectionOrigin?
        /// The site's name, from a title suffix.
        public var siteName: String?
        /// A date written in front of the headline.
        public var gluedDate: ContentDate?
        /// Date lines above the headline.
        public var dateLines: [PublicationDateFinder.NumberedDateLine]
        /// Lines above the headline that were left out.
        public var dropped: [DroppedLine]
        /// The index, in the lines given, of the first line after the headline.
        public var bodyStart: Int
    }

    private let noise = NoiseFilter()
    private let dates = PublicationDateFinder()

    public init() {}

    public func extract(_ lines: [RawLine]) throws(ImportFailure) -> Headline {
        var dropped: [DroppedLine] = []
        var dateLines: [PublicationDateFinder.NumberedDateLine] = []
        var section: (name: String, origin: SectionOrigin)?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            if line.isBlank { continue }
            if dates.gluedDate(line.text) == nil, let dateLine = dates.dateLine(line.text) {
                dateLines.append(.init(line: line.number, date: dateLine))
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .dateLine))
                continue
            }
            if let reason = noise.reason(for: line.text) {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
                continue
            }
            if let category = categoryShape(line.text), headlineFollows(lines, after: index) {
                section = category
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: category.origin == .breadcrumb ? .breadcrumb : .category))
                continue
            }
            var text = line.text.collapsingWhitespace
            let glued = dates.gluedDate(text)
            if let glued { text = glued.headline }
            guard isHeadlineShaped(text) else {
                throw ImportFailure(.noHeadline, "no headline: line \(line.number) reads like a paragraph of the story; put the headline on a line of its own at the top")
            }
            let suffix = splitSuffix(text)
            if let suffixSection = suffix.section { section = (suffixSection, .titleSuffix) }
            return Headline(title: suffix.title, line: line.number, section: section?.name, sectionOrigin: section?.origin,
                            siteName: suffix.site, gluedDate: glued?.date, dateLines: dateLines, dropped: dropped,
                            bodyStart: index + 1)
        }
        throw ImportFailure(.noHeadline, "no headline: the file holds no line that reads as a headline or as story text")
    }

    /// A headline: a line of up to 35 words that does not end with a full stop.
    func isHeadlineShaped(_ text: String) -> Bool {
        let count = text.wordCount
        guard count >= 1, count <= 35 else { return false }
        var trimmed = text[...]
        while let last = trimmed.last, "\"\u{201D}\u{2019}')".contains(last) { trimmed = trimmed.dropLast() }
        return trimmed.last != "." || trimmed.hasSuffix("...")
    }

    /// Whether, after `index`, the next line that is neither page furniture nor a category line reads as a headline.
    private func headlineFollows(_ lines: [RawLine], after index: Int) -> Bool {
        for line in lines[(index + 1)...] where !line.isBlank {
            if noise.reason(for: line.text) != nil { continue }
            if dates.gluedDate(line.text) == nil, dates.dateLine(line.text) != nil { continue }
            if categoryShape(line.text) != nil { continue }
            let text = dates.gluedDate(line.text)?.headline ?? line.text
            return isHeadlineShaped(text) && !NoiseFilter.isProse(text)
        }
        return false
    }

    /// A category line (`Politics`, `World news`) or a breadcrumb (`Home › World › Europe`).
    func categoryShape(_ text: String) -> (name: String, origin: SectionOrigin)? {
        for separator in [" › ", " > ", " » ", " / ", " | ", " · "] where text.contains(separator) {
            let segments = text.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            guard segments.count >= 2, segments.allSatisfy(isCategoryWords) else { return nil }
            let specific = segments.last { !Self.genericSections.contains($0.folded) } ?? segments.last!
            return (specific, .breadcrumb)
        }
        return isCategoryWords(text) ? (text.collapsingWhitespace, .categoryLine) : nil
    }

    private func isCategoryWords(_ text: String) -> Bool {
        let words = text.words
        guard (1...3).contains(words.count), !text.endsWithSentencePunctuation, !text.contains(":") else { return false }
        guard !words.contains(where: { $0.contains(where: \.isNumber) }) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || ["and", "&", "of"].contains($0.folded) }
    }

    /// `Headline | World | News` → section World, site News; `Headline | Site`, `Headline - Site News` → site.
    func splitSuffix(_ text: String) -> (title: String, section: String?, site: String?) {
        let parts = text.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if parts.count >= 3 { return (parts[0], parts[1], parts.last) }
        if parts.count == 2 { return (parts[0], nil, parts[1]) }
        for separator in [" - ", " \u{2013} ", " \u{2014} "] {
            guard let range = text.range(of: separator, options: .backwards) else { continue }
            let head = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            let tail = String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            let tailWords = tail.words
            let isDomain = [".com", ".co.", ".org", ".net", ".news", ".ua", ".eu"].contains(where: { tail.lowercased().contains($0) })
            let isMasthead = tailWords.allSatisfy { $0.first?.isUppercase == true }
                && tailWords.contains { Self.mastheadWords.contains($0.folded) }
            let looksLikeSite = tailWords.count <= 4 && (isDomain || isMasthead)
            if looksLikeSite, head.wordCount >= 4 { return (head, nil, tail) }
        }
        return (text, nil, nil)
    }

    /// Words that name a publication rather than a story (`… - Daily Herald`, `… – Kyiv Post`).
    private static let mastheadWords: Set<String> = [
        "news", "times", "post", "daily", "online", "today", "herald", "journal", "tribune", "press", "radio", "tv",
        "media", "gazette", "wire", "magazine", "network", "agency", "channel", "weekly", "observer", "chronicle",
    ]
    private static let genericSections: Set<String> = ["home", "news", "start", "accueil", "startseite", "inicio", "index"]
}
