import Foundation
import SitegenCore

/// Turns the bytes of one raw article into an `ImportedArticle`: decode, find the headline, drop the
/// page's noise, assemble the paragraphs, find the date, tag the people, places and topics, take the
/// quotations and the summary. It reads and writes no files.
public struct ArticleImporter: Sendable {
    private let index: GazetteerIndex

    public init(gazetteer: Gazetteer) {
        index = GazetteerIndex(gazetteer: gazetteer)
    }

    public func importArticle(_ data: Data, facts: EditorFacts = EditorFacts()) throws(ImportFailure) -> ImportedArticle {
        let decoded = try RawTextDecoder().decode(data)
        let lines = RawLine.lines(of: decoded.text)
        let headline = try HeadlineExtractor().extract(lines)
        let filtered = NoiseFilter().filter(Array(lines[min(headline.bodyStart, lines.count)...]), headline: headline.title)
        let paragraphs = ParagraphAssembler().paragraphs(from: filtered.kept)
        guard !paragraphs.isEmpty else {
            throw ImportFailure(.empty, "no story text: after the headline (line \(headline.line)) nothing is left but page furniture")
        }
        let texts = paragraphs.map(\.text)
        let dropped = (headline.dropped + filtered.dropped).sorted { $0.line < $1.line }
        var warnings = decoded.warnings
        var notes = ["headline from line \(headline.line)"]

        let dateInText = publicationDate(headline, filtered.dropped, lines: lines, notes: &notes)
        if let given = facts.date, let dateInText, given != dateInText {
            warnings.append("--date \(given) differs from the date the text states (\(dateInText)); used \(given)")
        }
        let date = facts.date ?? dateInText

        var section = headline.section
        if let found = headline.section, let origin = headline.sectionOrigin { notes.append("section \(found) from \(origin.rawValue)") }
        if let given = facts.section { section = given }

        let tags = EntityTagger(index: index).tag(title: headline.title, paragraphs: texts)
        let quotes = QuoteExtractor(index: index.adding(unknownNames: tags.unknownNames)).quotes(in: texts)
        let summary = SummaryPicker().summary(of: paragraphs)

        if facts.source == nil {
            let hint = headline.siteName.map { " (the title's suffix names \u{201C}\($0)\u{201D})" } ?? ""
            warnings.append("no source: supply --source-name\(hint)")
        }
        if summary == nil { warnings.append("no summary: the story has no paragraph that reads as a lede") }
        for quote in quotes where quote.speaker == nil {
            warnings.append("quote without a clear speaker, left without one: \u{201C}\(Self.opening(quote.text))\u{201D}")
        }
        if !tags.unknownNames.isEmpty {
            warnings.append("names not in content/site.yml (add the people among them to its gazetteer): \(tags.unknownNames.joined(separator: ", "))")
        }
        for quote in quotes {
            notes.append("quote, \(quote.speaker.map { "\($0) (\(quote.verb ?? "?"))" } ?? "no speaker"): \u{201C}\(Self.opening(quote.text))\u{201D}")
        }
        notes.append(contentsOf: dropped.map { "dropped \($0.description)" })

        let frontMatter = FrontMatter(title: headline.title, date: date, source: facts.source, url: facts.url, section: section,
                                      tags: tags.tags, people: tags.people, summary: summary, quotes: quotes)
        return ImportedArticle(frontMatter: frontMatter, dateInText: dateInText, paragraphs: paragraphs, dropped: dropped,
                               unknownNames: tags.unknownNames, warnings: warnings, notes: notes)
    }

    /// The date the page states as its publication date: glued to the headline, or a date line in the
    /// page's header, or a labelled date line anywhere; a publication date before an update date.
    private func publicationDate(_ headline: HeadlineExtractor.Headline, _ dropped: [DroppedLine], lines: [RawLine],
                                 notes: inout [String]) -> ContentDate? {
        if let glued = headline.gluedDate {
            notes.append("date \(glued) from line \(headline.line), in front of the headline")
            return glued
        }
        let finder = PublicationDateFinder()
        var found = headline.dateLines
        for line in dropped where line.reason == .dateLine {
            if let dateLine = finder.dateLine(line.text) { found.append(.init(line: line.line, date: dateLine)) }
        }
        guard let chosen = found.first(where: { $0.date.kind == .published }) ?? found.first else { return nil }
        notes.append("date \(chosen.date.date) from line \(chosen.line) (\(chosen.date.kind.rawValue))")
        return chosen.date.date
    }

    /// The first words of a quotation, for messages.
    static func opening(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.count <= 8 ? text : words.prefix(8).joined(separator: " ") + " …"
    }
}
