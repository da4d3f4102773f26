import Foundation
import SitegenModel

/// Finds the date a page states as its publication date: a date line (`Published 20 November 2025`,
/// `Thu 20 Nov 2025 14.05 GMT`, `By Jane Doe | 2025-11-20`) or a date glued to the headline
/// (`date 2025-11-20 Headline`). A date inside a paragraph of the story is never taken.
public struct PublicationDateFinder: Sendable {
    public enum Kind: String, Sendable, Equatable {
        case published
        case updated
    }

    /// A line that is a date and little else.
    public struct DateLine: Sendable, Equatable {
        public var date: ContentDate
        public var kind: Kind
        /// Whether the line names itself a publication or update date (`Published …`), rather than being a bare date.
        public var isLabelled: Bool
        /// Whether the line gives a time of day too (`Saturday, 12th June 2021, 6:12 pm`): a page's
        /// time stamp, never a heading of the story's own chronology.
        public var hasTime = false
    }

    /// A date line and where it stands.
    public struct NumberedDateLine: Sendable, Equatable {
        public var line: Int
        public var date: DateLine
    }

    /// A headline with a date in front of it.
    public struct GluedDate: Sendable, Equatable {
        public var date: ContentDate
        public var headline: String
    }

    private let parser = DateTextParser()

    public init() {}

    /// The date of a line that holds a date and at most a few other words (a label, a weekday, a time, a byline).
    public func dateLine(_ line: String) -> DateLine? {
        // A scraper's label of the month alone in front (`date 2024-07 21 Luglio 2024`) is no word of the line.
        // (Only a line that opens with a `d` is split to look: this runs on every line of a page.)
        let opening = line.utf8.first { $0 != UInt8(ascii: " ") }
        let line = opening == UInt8(ascii: "d") || opening == UInt8(ascii: "D") ? HeadlineExtractor.withoutDateLabel(line) : line
        // A date has digits; a line of more than 24 words is no date line.
        guard line.hasASCIIDigit, line.utf8.count < 400 else { return nil }
        // 25 pieces with a letter or a digit make more than 24 tokens: no need to make them.
        guard line.wordPieces(upTo: 25) < 25 else { return nil }
        var tokens = DateTextParser.tokens(line)
        guard !tokens.isEmpty, tokens.count <= 24 else { return nil }
        // A byline run into the day (`Hatty Collier9 November 2016`): the name and the day apart, and
        // the name read as a byline's.
        var gluedByline = false
        if let glued = tokens.indices.dropLast().first(where: { Self.endsWithGluedDay(tokens[$0]) && DateTextParser.month(tokens[$0 + 1].folded.trimmed(.dateWordMarks)) != nil }) {
            let word = tokens[glued]
            let digits = word.reversed().prefix(while: \.isNumber).count
            tokens.replaceSubrange(glued...glued, with: [String(word.dropLast(digits)), String(word.suffix(digits))])
            gluedByline = true
        }
        // A time between the day and the year (`November 11 10:21 2016`) is read after the date.
        if let time = tokens.indices.dropFirst().dropLast().first(where: { index in
            tokens[index].utf8.contains(UInt8(ascii: ":")) && tokens[index + 1].count == 4 && tokens[index + 1].allSatisfy(\.isNumber)
                && tokens[index - 1].allSatisfy(\.isNumber) && Self.isTime(tokens[index].folded)
        }) {
            tokens.append(tokens.remove(at: time))
        }
        // A line labelled as the page's date may write the year with two digits (`24 jun 23`).
        let isLabelledLine = tokens.contains { token in
            let word = token.folded.trimmed(.dateWordMarks)
            return Self.publishedLabels.contains(word) || Self.updatedLabels.contains(word)
        }
        let parser = isLabelledLine ? DateTextParser(twoDigitYears: true) : self.parser
        var date: ContentDate?
        var others: [String] = []
        var labelled = false
        var updated = false
        var hasTime = false
        var index = 0
        while index < tokens.count {
            // The first date is the line's; a second (`… Actualizado el 12 jul 24`) is its update's.
            if let match = parser.match(tokens, at: index) {
                if date == nil { date = match.date }
                index += match.tokenCount
                continue
            }
            let word = tokens[index].folded.trimmed(.dateWordMarks)
            if Self.publishedLabels.contains(word) { labelled = true }
            if Self.updatedLabels.contains(word) { labelled = true; updated = true }
            // A time has digits (`6:12`, `14h30`): German `am` (`on`) and a bare `Uhr` are none.
            if word.contains(where: \.isNumber), Self.isTime(word) { hasTime = true }
            let isFiller = Self.publishedLabels.contains(word) || Self.updatedLabels.contains(word)
                || Self.connectors.contains(word) || Self.weekdays.contains(word) || Self.zones.contains(word)
                || Self.isTime(word) || !word.hasLetterOrDigit
            if !isFiller { others.append(tokens[index]) }
            index += 1
        }
        guard let date else { return nil }
        // What is left may be a byline (`By Jane Doe |`) or, on a labelled line, a few capitalised words;
        // a headline in title case with a date in it (`Talks Set For 30 November 2025`) is not a date line.
        let isByline = gluedByline || tokens.contains { Self.bylineWords.contains($0.folded) }
        guard others.count <= (isByline || labelled ? 6 : 1),
              others.allSatisfy({ $0.isCapitalised || Self.bylineWords.contains($0.folded) || ["and", "&"].contains($0.folded)
                  || (labelled && $0.count <= 3 && $0.allSatisfy(\.isNumber)) })
        else { return nil }
        return DateLine(date: date, kind: updated && !labelledPublished(tokens) ? .updated : .published, isLabelled: labelled, hasTime: hasTime)
    }

    /// A short note that gives the article's own date in a sentence: `This article was published on
    /// 9 May 2025.`, `Diese Nachricht wurde am 09.05.2025 im Programm … gesendet.` — a date with a
    /// publishing verb and a word for the article itself, in at most twenty words.
    public func dateNote(_ line: String) -> ContentDate? {
        guard line.hasASCIIDigit, line.utf8.count < 300 else { return nil }
        guard line.wordPieces(upTo: 21) < 21 else { return nil }
        let words = line.split(whereSeparator: { $0.isSpace })
        guard words.count <= 20 else { return nil }
        let folded = Set(DateTextParser.tokens(line).map { $0.folded.trimmed(.dateWordMarks) })
        guard !folded.isDisjoint(with: Self.noteVerbs), !folded.isDisjoint(with: Self.noteSubjects) else { return nil }
        let dates = parser.dates(in: line)
        return dates.count == 1 ? dates[0] : nil
    }

    /// The date of a dateline that opens the story: `Roma, 22 ottobre 2025 – …`, `Paris, le 21 octobre
    /// 2025 - …`, `WASHINGTON, Nov. 20, 2025 (Reuters) - …`: a place and a whole date in the first
    /// eight words, before a dash, a colon or an agency in brackets.
    public func dateline(_ paragraph: String) -> ContentDate? {
        // A place and a date alone, as the paragraph or as its first sentence (`Tahiti le 22 juillet 2025. Légende …`).
        if let alone = datelineAlone(paragraph) { return alone }
        let opening = paragraph.split(separator: " ", maxSplits: 10, omittingEmptySubsequences: true).prefix(10)
        guard let mark = opening.firstIndex(where: { ["-", "\u{2013}", "\u{2014}", ":"].contains($0) || $0.hasPrefix("(") || $0.hasSuffix(":") }),
              mark >= 2, mark <= 8 else { return nil }
        let head = opening[..<mark].joined(separator: " ")
        // The place comes first, with a comma after it.
        guard let first = opening.first, first.first?.isUppercase == true, head.contains(Character(",")) else { return nil }
        let found = parser.dates(in: head)
        return found.count == 1 ? found[0] : nil
    }

    /// A dateline on a line of its own: a place and a date, nothing else (`Tahiti le 22 juillet 2025.`,
    /// `Roma, 22 ottobre 2025`).
    func datelineAlone(_ paragraph: String) -> ContentDate? {
        let tokens = DateTextParser.tokens(String(paragraph.prefix(200)))
        guard tokens.count >= 2, tokens[0].first?.isUppercase == true else { return nil }
        for start in 1..<min(tokens.count, 5) {
            guard let match = parser.match(tokens, at: start) else {
                // Before the date: the place's words, then perhaps an article (`le`, `el`, `il`, `am`).
                let word = tokens[start]
                if word.first?.isUppercase == true || ["le", "el", "il", "am", "den", "on"].contains(word.folded) { continue }
                return nil
            }
            // The date ends the paragraph, or its sentence (`2025.`).
            let end = start + match.tokenCount
            return end == tokens.count || tokens[end - 1].hasSuffix(".") ? match.date : nil
        }
        return nil
    }

    /// The date a story's first sentence gives as today's (`Heute Mittwoch, 24. 5. 2023, ist …`,
    /// `Today, May 24, 2023, …`, `Oggi, mercoledì 24 maggio 2023, …`): the word for today, perhaps a
    /// weekday, then the date, within the sentence's first words.
    public func todayDate(_ paragraph: String) -> ContentDate? {
        let tokens = DateTextParser.tokens(String(paragraph.prefix(200)))
        // The sentence opens with it (`Fifty years ago today, on July 20, 1969, …` is an anniversary).
        guard let today = tokens.prefix(2).firstIndex(where: { Self.todayWords.contains($0.folded.trimmed(.dateWordMarks)) }),
              !tokens.prefix(today + 1).contains(where: { ["ago", "vor", "fa", "hace"].contains($0.folded) }) else { return nil }
        var index = today + 1
        while index < tokens.count, index <= today + 2, Self.weekdays.contains(tokens[index].folded.trimmed(.dateWordMarks)) { index += 1 }
        // `hoy 24 de mayo`, `aujourd'hui, le 24 mai`: an article before the day.
        if index < tokens.count, ["le", "el", "il", "den", "am", "the", "on"].contains(tokens[index].folded) { index += 1 }
        return parser.match(tokens, at: index)?.date
    }

    static let todayWords: Set<String> = ["today", "heute", "aujourd'hui", "hoy", "oggi"]

    static let noteVerbs: Set<String> = [
        "published", "posted", "updated", "broadcast", "aired", "veroffentlicht", "gesendet", "aktualisiert", "erschienen",
        "publie", "diffuse", "publicado", "actualizado", "emitido", "pubblicato", "aggiornato", "trasmesso",
    ]
    static let noteSubjects: Set<String> = [
        "article", "story", "report", "piece", "nachricht", "beitrag", "artikel", "meldung", "sendung", "article", "reportage",
        "depeche", "articulo", "nota", "noticia", "articolo", "notizia", "servizio",
    ]

    /// A date written in front of the headline on the same line, with or without a label.
    public func gluedDate(_ line: String) -> GluedDate? {
        guard line.hasASCIIDigit else { return nil }
        let pieces = line.split(whereSeparator: { $0.isSpace })
        let tokens = pieces.map { DateTextParser.tokens(String($0)).first ?? "" }
        var index = 0
        while index < tokens.count {
            let word = tokens[index].folded.trimmed(.dateWordMarks)
            guard word.isEmpty || Self.publishedLabels.contains(word) || Self.updatedLabels.contains(word) || Self.weekdays.contains(word) else { break }
            index += 1
        }
        guard let match = parser.match(tokens, at: index) else { return nil }
        index += match.tokenCount
        while index < tokens.count {
            let word = tokens[index].folded
            guard word.isEmpty || Self.isTime(word) || Self.zones.contains(word) else { break }
            index += 1
        }
        let headline = pieces[index...].joined(separator: " ")
        guard headline.wordCount >= 2 else { return nil }
        return GluedDate(date: match.date, headline: headline)
    }

    private func labelledPublished(_ tokens: [String]) -> Bool {
        tokens.contains { ["published", "posted", "publie", "veroffentlicht", "publicado", "pubblicato", "created", "erschienen"].contains($0.folded.trimmed(.dateWordMarks)) }
    }

    /// `14:05`, `2.05pm`, `10h30`, `3pm`, `am`, `pm`.
    /// A word of letters, the last in lower case, run into one or two digits (`Collier9`).
    static func endsWithGluedDay(_ word: String) -> Bool {
        let digits = word.reversed().prefix(while: \.isNumber).count
        guard (1...2).contains(digits), word.count >= digits + 3 else { return false }
        let letters = word.dropLast(digits)
        return letters.allSatisfy(\.isLetter) && letters.last?.isLowercase == true && letters.first?.isUppercase == true
    }

    static func isTime(_ word: String) -> Bool {
        var word = word
        var hadSuffix = false
        for suffix in ["a.m", "p.m", "am", "pm", "uhr"] where word.hasSuffix(suffix) {
            word.removeLast(suffix.count)
            hadSuffix = true
            break
        }
        if word.isEmpty { return hadSuffix }
        let parts = word.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." || $0 == "h" })
        guard parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }) else { return false }
        return parts.count >= 2 || hadSuffix
    }

    static let publishedLabels: Set<String> = [
        "published", "publish", "posted", "date", "dated", "first", "created", "issued",
        "publie", "veroffentlicht", "erschienen", "stand", "publicado", "pubblicato", "publicacion", "pubblicazione",
        "broadcast", "aired", "sendung", "gesendet", "emission", "emision", "trasmissione", "creado", "creato", "cree",
    ]
    /// Words of a byline that may share a line with the date: `By Reuters`, `Par AFP`, `Von dpa`.
    static let bylineWords: Set<String> = ["by", "par", "von", "por", "di", "da", "desk", "staff", "news", "redaction", "redaktion"]
    static let updatedLabels: Set<String> = [
        "updated", "update", "modified", "edited", "last", "mis", "jour", "aktualisiert", "actualizado", "actualizacion",
        "aggiornato", "aggiornamento", "modifie", "modificado",
    ]
    private static let connectors: Set<String> = [
        "on", "at", "the", "le", "a", "am", "um", "el", "de", "del", "il", "|", "-", "by", "and", "las", "la", "alle", "ore",
        "uhr", "h", "à", "a.m", "p.m",
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica",
        "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
    ]
    private static let zones: Set<String> = [
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "et", "est", "edt", "pt", "pst", "pdt", "msk", "z", "ist", "mez", "mesz",
        "cdt", "cst", "mdt", "mst", "aest", "aedt", "jst", "sgt", "hkt", "wib", "pkt", "ast",
    ]
}
