import Foundation
import SitegenModel

/// Turns the bytes of one raw article into an `ImportedArticle`: decode, find the headline, drop the
/// page's chrome (line shapes, then paragraph text density), assemble the paragraphs, find the date
/// and the source, find the people (with no gazetteer needed) and tag the places and topics of the
/// gazetteer, take the quotations and the summary. It reads and writes no files, and it refuses
/// only bytes that are not text: a fact it cannot find makes the article a draft that names it.
public struct ArticleImporter: Sendable {
    /// The gazetteer with its look-ups (an importer of many files keeps one across them, grown as articles add people).
    private let indexed: IndexedGazetteer
    /// The site's language (`en`, `de`, …); the text's own words decide when they are enough.
    private let language: String?
    /// The outlets' names by address, with the site's own (`outlets:`) over the built-in ones.
    private let outlets: OutletDirectory

    public init(gazetteer: Gazetteer, language: String? = nil, outlets: OutletDirectory = .builtIn) {
        self.init(indexed: IndexedGazetteer(gazetteer), language: language, outlets: outlets)
    }

    /// `indexed`: a gazetteer already indexed, as an importer of many files keeps it.
    public init(indexed: IndexedGazetteer, language: String? = nil, outlets: OutletDirectory = .builtIn) {
        self.indexed = indexed
        self.language = language
        self.outlets = outlets
    }

    public func importArticle(_ data: Data, facts: EditorFacts = EditorFacts()) throws(Diagnostic) -> ImportedArticle {
        attribute(try Self.read(data, facts: facts, language: language, outlets: outlets))
    }

    /// Imports decoded text (LF line ends).
    public func importText(_ text: String, facts: EditorFacts = EditorFacts(), warnings decodeWarnings: [Diagnostic] = []) -> ImportedArticle {
        attribute(Self.read(text, facts: facts, warnings: decodeWarnings, language: language, outlets: outlets))
    }

    /// The first stage, which needs no gazetteer (so that many files can be read at once):
    /// decode, then `read(_:facts:warnings:language:outlets:)`.
    public static func read(_ data: Data, facts: EditorFacts, language: String?, outlets: OutletDirectory = .builtIn) throws(Diagnostic) -> ReadArticle {
        let decoded = try RawTextDecoder().decode(data)
        return read(decoded.text, facts: facts, warnings: decoded.warnings, language: language, outlets: outlets)
    }

    /// The first stage: the headline, the story's paragraphs without the page's chrome, the date,
    /// the source, the summary and the events. `language` is the site's; `outlets` names the
    /// source from the page's address.
    public static func read(_ text: String, facts: EditorFacts, warnings decodeWarnings: [Diagnostic], language siteLanguage: String?,
                            outlets: OutletDirectory = .builtIn) -> ReadArticle {
        let lines = RawLine.lines(of: text)
        let address = facts.url.flatMap(PageAddress.init)
        let language = Self.language(of: lines, site: siteLanguage)
        var warnings = decodeWarnings
        var notes: [String] = []
        var review: [String] = []
        var missing: [String] = []

        // Headline.
        var headline: HeadlineExtractor.Headline
        if let given = facts.title?.collapsingWhitespace, !given.isEmpty {
            headline = HeadlineExtractor.Headline(title: given, line: 0, origin: .text, dateLines: [], dropped: [], bodyStart: 0)
            notes.append("headline as supplied")
        } else {
            headline = HeadlineExtractor().extract(lines, address: address, language: language)
            switch headline.origin {
            case .text: notes.append("headline from line \(headline.line)")
            case .slug:
                review.append("the text has no headline: the title was rebuilt from the page address")
                warnings.append(.warning("no headline in the text: rebuilt it from the address as \u{201C}\(headline.title)\u{201D}; check it"))
                missing.append("title")
            case .firstWords:
                review.append("the text has no headline: the title is the story's first words")
                warnings.append(.warning("no headline in the text: used the story's first words; write one (and remove `title` from `missing:`)"))
                missing.append("title")
            }
        }

        // Story paragraphs: line shapes first, then the density of the language's function words.
        var bodyLines = headline.storyAbove + (headline.remainder.map { [$0] } ?? []) + Array(lines[min(headline.bodyStart, lines.count)...])
        // A scraper's `date …` label in front of the first lines is no part of the story.
        for index in bodyLines.indices.prefix(8) where !bodyLines[index].isBlank {
            bodyLines[index].text = HeadlineExtractor.withoutAnyDateLabel(bodyLines[index].text)
        }
        let filtered = NoiseFilter().filter(bodyLines, headline: headline.title)
        let whole = ParagraphAssembler().paragraphs(from: filtered.kept)
        let repeated = DuplicateParagraphs().duplicates(whole.map(\.text))
        let assembled = whole.enumerated().filter { !repeated.contains($0.offset) }.map(\.element)
        let verdicts = BlockClassifier(language: language).classify(assembled.map(\.text))
        var paragraphs = zip(assembled, verdicts).filter { $0.1 == .good }.map(\.0)
        var droppedParagraphs = zip(assembled, verdicts).filter { $0.1 != .good }.map {
            DroppedLine(line: $0.0.line, text: $0.0.text, reason: .boilerplate)
        } + repeated.sorted().map { DroppedLine(line: whole[$0].line, text: whole[$0].text, reason: .duplicate) }
        if paragraphs.isEmpty {
            // A brief of a few short lines: keep what reads as sentences rather than nothing.
            paragraphs = assembled.filter { $0.text.endsWithSentencePunctuation && $0.text.wordCount >= 4 }
            if paragraphs.isEmpty { paragraphs = assembled }
            droppedParagraphs = droppedParagraphs.filter { dropped in !paragraphs.contains { $0.line == dropped.line } }
        }
        /// Moves the paragraphs at `indices` to the dropped ones, for `reason`.
        func drop(_ indices: Set<Int>, as reason: DroppedLine.Reason) {
            droppedParagraphs += indices.sorted().map { DroppedLine(line: paragraphs[$0].line, text: paragraphs[$0].text, reason: reason) }
            paragraphs = paragraphs.enumerated().filter { !indices.contains($0.offset) }.map(\.element)
        }
        let teasers = OffTopicTeasers(language: language)
        // Another story's headline set between this one's paragraphs, with no label.
        drop(teasers.teasers(paragraphs.map(\.text), headline: headline.title), as: .teaser)
        // Other stories' teasers after the story's sign-off or share prompt.
        let ends = filtered.dropped.filter { $0.reason == .byline || $0.reason == .share }.map(\.line)
        drop(teasers.tailAfterEnd(paragraphs.map(\.text), lines: paragraphs.map(\.line), ends: ends, headline: headline.title), as: .teaser)
        // An embedded post in another language, above its credit line.
        let credits = filtered.dropped.filter { $0.reason == .embed }.map(\.line)
        let embedded = EmbeddedPosts(language: language)
        drop(embedded.posts(paragraphs.map { ($0.line, $0.text) }, credits: credits), as: .embed)
        // A reader's comment in another language under the story.
        drop(embedded.foreignTail(paragraphs.map(\.text)), as: .comments)
        // A pull quote: a sentence of a story paragraph near it, set apart.
        drop(DuplicateParagraphs().pullQuotes(paragraphs.map(\.text)), as: .duplicate)
        if headline.origin == .firstWords, let first = paragraphs.first {
            headline.title = Self.titleFromFirstWords(first.text)
        }
        let texts = paragraphs.map(\.text)
        let dropped = (headline.dropped + filtered.dropped + droppedParagraphs).sorted { $0.line < $1.line }
        if texts.isEmpty { warnings.append(.warning("no story text: after the headline nothing is left but page furniture")) }

        // Date: the page's own date line, else the address, else the editor's --date.
        let firstStoryLine = paragraphs.first?.line ?? Int.max
        var dateInText = publicationDate(headline, filtered.dropped, before: firstStoryLine, notes: &notes)
        let dateInAddress = address?.date
        // A page that states only when it was updated, later than the day its address gives, was
        // published that day (`updated … Dec 13, 2023` on `/2019/12/13/…`).
        if let stated = dateInText, stated.updatedOnly, let dateInAddress,
           (dateInAddress.year, dateInAddress.month, dateInAddress.day) < (stated.date.year, stated.date.month, stated.date.day) {
            notes.append("the text states only an update, \(stated.date), later than the address's date")
            dateInText = nil
        }
        // A bare date in the page's header, unlabelled and a month or more later than the address's day,
        // is the page's clock (`domingo, febrero 1, 2026` over `/2021/10/28/…`), not the story's date.
        if let stated = dateInText, !stated.labelled, !stated.updatedOnly, let dateInAddress,
           Self.days(from: dateInAddress, to: stated.date) > 30 {
            notes.append("the text's unlabelled date, \(stated.date), is a month or more after the address's: the page's clock")
            dateInText = nil
        }
        if dateInText == nil, let dateInAddress { notes.append("date \(dateInAddress) from the page address") }
        // A dateline that opens the story (`Roma, 22 ottobre 2025 – …`) when neither the page's header nor the address dates it.
        var dateInDateline: ContentDate?
        /// Where that date was read, for the messages: (`the story's dateline`, `the day it was filed`).
        var openingOrigin = (name: "the story's dateline", detail: " (the day it was filed)")
        if dateInText == nil, dateInAddress == nil, let first = paragraphs.first {
            let finder = PublicationDateFinder()
            if let dated = finder.dateline(first.text) {
                dateInDateline = dated
                notes.append("date \(dated) from the dateline of line \(first.line)")
            } else if let dated = finder.todayDate(first.text) {
                // `Heute Mittwoch, 24. 5. 2023, ist …`: the day the story was written, like a dateline's.
                dateInDateline = dated
                openingOrigin = ("the story's first sentence", ", which calls it today")
                notes.append("date \(dated) from line \(first.line), which gives it as today's")
            }
        }
        let found = dateInText?.date ?? dateInAddress ?? dateInDateline
        if let given = facts.date, let found, given != found {
            let origin = dateInText != nil ? "the date the text states"
                : dateInAddress != nil ? "the date in the page address" : "the date \(openingOrigin.name) gives"
            warnings.append(.warning("--date \(given) differs from \(origin) (\(found)); used \(given)"))
        }
        let date = facts.date ?? found
        // A dateline gives the day the story was filed, which may not be the day it was published:
        // the date is proposed, and the article waits as a draft for the editor to confirm it.
        let dateFromDateline = facts.date == nil && found != nil && found == dateInDateline && dateInText == nil && dateInAddress == nil
        if dateFromDateline, let date {
            review.append("the date \(date) comes from \(openingOrigin.name)\(openingOrigin.detail): check it, then set `draft: false`")
            warnings.append(.warning("date \(date) taken from \(openingOrigin.name): written as a draft until you confirm it"))
        }
        if date == nil {
            missing.append("date")
            warnings.append(.warning("no publication date in the text or the address: written as a draft; add `date:` (or import with --date)"))
        }

        var section = headline.section
        if let found = headline.section, let origin = headline.sectionOrigin { notes.append("section \(found) from \(origin.rawValue)") }
        if let given = facts.section { section = given }

        // Source: the editor's, else the outlet the address names, else a credit line in the text.
        var source = facts.source
        if source == nil, let address {
            let outlet = address.outlet(in: lines.prefix(60).map(\.text) + lines.suffix(30).map(\.text), outlets: outlets)
            source = outlet.name
            notes.append("source \(outlet.name) from the address (\(outlet.origin.rawValue))")
        }
        if source == nil, let credit = Self.creditLine(texts) {
            source = credit
            notes.append("source \(credit) from a credit line")
        }
        if source == nil {
            let hint = headline.siteName.map { " (the title names \u{201C}\($0)\u{201D})" } ?? ""
            warnings.append(.warning("no source: supply --source-name or --url\(hint)"))
        }

        let summary = SummaryPicker().summary(of: paragraphs)
        // The events the story reports, dated from the article's date (none found: no `events:`).
        let events = date.map { EventFinder(language: language).events(inBody: texts.joined(separator: "\n\n"), firstLine: 1, published: $0) }
        return ReadArticle(facts: facts, language: language, headline: headline, paragraphs: paragraphs, dropped: dropped,
                           date: date, dateInText: dateInText?.date ?? dateInAddress, dateFromDateline: dateFromDateline,
                           section: section, source: source, summary: summary, events: events,
                           warnings: warnings, notes: notes, review: review, missing: missing)
    }

    /// The second stage: the people (with the gazetteer's), the tags and the quotations.
    public func attribute(_ read: ReadArticle) -> ImportedArticle {
        let headline = read.headline, paragraphs = read.paragraphs, texts = paragraphs.map(\.text)
        let language = read.language, facts = read.facts, date = read.date, summary = read.summary
        var warnings = read.warnings, notes = read.notes
        // People, found in the text and merged with the gazetteer's; then tags and quotes.
        let people = PersonFinder(known: indexed.known, language: language).people(title: headline.title, paragraphs: texts, titleFromAddress: headline.origin == .slug)
        let newPeople = people.filter { !$0.known }
        // Spellings of known people that the gazetteer lacks (`Sollberg` for `Solberg`) join them for this article.
        var spellings: [String: String] = [:]
        for person in people where person.known {
            for variant in person.variants { spellings[variant] = person.name }
        }
        let index = indexed.index(adding: Gazetteer(people: newPeople.map {
            Gazetteer.Entry(name: $0.name, role: $0.role, aliases: $0.variants)
        }, aliases: spellings))
        let quotes = QuoteExtractor(index: index, language: language).quotes(in: texts)
        let tags = EntityTagger(index: index).tag(title: headline.title, paragraphs: texts)

        if summary == nil { warnings.append(.warning("no summary: the story has no paragraph that reads as a lede")) }
        for quote in quotes where quote.speaker == nil {
            warnings.append(.warning("quote without a clear speaker, left without one: \u{201C}\(Self.opening(quote.text))\u{201D}"))
        }
        for person in newPeople {
            notes.append("person \(person.name)\(person.role.map { " (\($0))" } ?? "")\(person.variants.isEmpty ? "" : ", also written \(person.variants.joined(separator: ", "))")")
        }
        for quote in quotes {
            notes.append("quote, \(quote.speaker.map { "\($0) (\(quote.verb ?? "?"))" } ?? "no speaker"): \u{201C}\(Self.opening(quote.text))\u{201D}")
        }
        notes.append("language \(language ?? "unknown")")
        notes.append(contentsOf: read.dropped.map { "dropped \($0.description)" })

        var frontMatter = FrontMatter(title: headline.title, date: date, source: read.source, url: facts.url, section: read.section,
                                      tags: tags.tags, people: tags.people, summary: summary,
                                      quotes: quotes.map { Article.Quote(speaker: $0.speaker, text: $0.text) },
                                      draft: !read.missing.isEmpty || read.dateFromDateline)
        if let events = read.events {
            frontMatter.events = events.isEmpty ? nil : events
            for event in events {
                notes.append("event \(event.date.isoDate)\(event.planned ? " (planned)" : ""): \u{201C}\(Self.opening(event.text))\u{201D}")
            }
        }
        frontMatter.missing = read.missing
        frontMatter.review = read.review + read.missing.filter { $0 == "date" }.map { _ in "no publication date found: add `date:`, then remove it from `missing:` and set `draft: false`" }
        return ImportedArticle(frontMatter: frontMatter, dateInText: read.dateInText, paragraphs: paragraphs, dropped: read.dropped,
                               foundPeople: newPeople, warnings: warnings, notes: notes)
    }

    /// The date the page states as its publication date: glued to the headline, or a date line in the
    /// page's header (before the story's first paragraph), or a labelled date line; a publication date
    /// before an update date.
    /// The date the page's header states, and whether it is only an update's date (no line of the
    /// header says when the page was published).
    private static func publicationDate(_ headline: HeadlineExtractor.Headline, _ dropped: [DroppedLine], before firstStoryLine: Int,
                                 notes: inout [String]) -> (date: ContentDate, updatedOnly: Bool, labelled: Bool)? {
        if let glued = headline.gluedDate {
            notes.append("date \(glued) from line \(headline.line), in front of the headline")
            return (glued, false, true)
        }
        let finder = PublicationDateFinder()
        var found = headline.dateLines
        for line in dropped where line.reason == .dateLine || line.reason == .dateNote {
            if line.reason == .dateNote, let date = finder.dateNote(line.text) {
                found.append(.init(line: line.line, date: .init(date: date, kind: .published, isLabelled: true)))
                continue
            }
            guard let dateLine = finder.dateLine(line.text), line.line < firstStoryLine || dateLine.isLabelled else { continue }
            found.append(.init(line: line.line, date: dateLine))
        }
        guard var chosen = found.first(where: { $0.date.kind == .published }) ?? found.first else { return nil }
        // A bare date above the headline a month or more after a labelled one (`Wednesday, 07 Jun, 2023` over
        // `Update: 2023-03-13`) is the page's clock: the labelled date is the story's.
        if !chosen.date.isLabelled, chosen.line < headline.line,
           let labelled = found.first(where: { $0.date.isLabelled && Self.days(from: $0.date.date, to: chosen.date.date) > 30 }) {
            notes.append("the unlabelled date \(chosen.date.date) above the headline is a month or more after a labelled one: the page's clock")
            chosen = labelled
        }
        notes.append("date \(chosen.date.date) from line \(chosen.line) (\(chosen.date.kind.rawValue))")
        return (chosen.date.date, chosen.date.kind == .updated, chosen.date.isLabelled)
    }

    /// Days from one date to another, counting every month as 31 days: enough to tell a month apart.
    static func days(from start: ContentDate, to end: ContentDate) -> Int {
        (end.year * 12 + end.month - start.year * 12 - start.month) * 31 + end.day - start.day
    }

    /// The language of the text by its function words when it has enough of them, else the site's.
    static func language(of lines: [RawLine], site: String?) -> String? {
        var words: [String] = []
        for line in lines where !line.isBlank {
            // 3,000 words are enough to tell: a line of megabytes is read only as far as its opening.
            words += PageAddress.foldedWords(line.text.splitAtSpace(afterBytes: 32_000).opening)
            if words.count > 3000 { break }
        }
        return Stopwords.guessLanguage(words) ?? site
    }

    /// A title for a text that has none: the story's first sentence when it is short enough to be one
    /// (`Wolfgang Schäuble ist tot.` after the dateline `Offenburg (dts) –`), else its first twelve words.
    static func titleFromFirstWords(_ lede: String) -> String {
        let opening = SummaryPicker().withoutDateline(lede.splitAtSpace(afterBytes: 2_000).opening)
        if let sentence = SentenceSplitter().sentences(in: opening).first, (3...14).contains(sentence.wordCount) {
            var title = sentence.trimmedSpaces
            if title.hasSuffix("."), !title.hasSuffix("..") { title.removeLast() }
            return title
        }
        return opening.split(separator: " ").prefix(12).joined(separator: " ")
    }

    /// `(Reuters) -`, `(AP) —`, `(With inputs from agencies)`: the agency a story credits.
    static func creditLine(_ paragraphs: [String]) -> String? {
        for text in paragraphs.prefix(2) + paragraphs.suffix(2) {
            guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { continue }
            let inside = text[text.index(after: open)..<close].trimmedSpaces
            let words = inside.split(separator: " ")
            if (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
               text.distance(from: text.startIndex, to: open) < 80 {
                let after = text[text.index(after: close)...].trimmedSpaces
                if after.hasPrefix("-") || after.hasPrefix("\u{2013}") || after.hasPrefix("\u{2014}") { return inside }
            }
            let lowered = inside.lowercased()
            for prefix in ["with inputs from ", "inputs from ", "with agency inputs"] where lowered.hasPrefix(prefix) {
                let rest = inside.dropFirst(prefix.count).trimmed(CharacterSet(charactersIn: " ."))
                return rest.isEmpty ? "agencies" : rest
            }
        }
        return nil
    }

    /// The first words of a quotation, for messages.
    static func opening(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.count <= 8 ? text : words.prefix(8).joined(separator: " ") + " …"
    }
}
