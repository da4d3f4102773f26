import Foundation

/// Finds the dated events a story reports, in its own text: each sentence with an explicit day
/// (`on November 30`, `Thursday (November 20)`, `am 30. November`, `le 30 novembre`, `el 30 de
/// noviembre`) or one resolved from the article's date (`on Monday`, `yesterday`), with whether it
/// is planned (`will convene`, `is scheduled to`, or simply a day after the article's) or done.
///
/// It reads the site's language (and English); it is deterministic and needs no model of the
/// language beyond its date words and the markers of the future. A date more than a year from the
/// article's is history or a slip of the pen (see `ConsistencyCheck`), not an event of the story.
public struct EventFinder: Sendable {
    public let language: String?

    /// Every word that can name a day in the site's language or English, folded: a line without one
    /// holds no event, and most lines are let go on this look-up alone.
    private let dayWords: Set<String>
    /// The FNV-1a hashes of the ASCII ones, for looking words up without making strings of them.
    private let dayWordHashes: Set<UInt64>
    /// The future markers of the language and English, as lower-case bytes, for `quickDay`.
    /// The words that say a sentence speaks of the future, as bytes, by their first byte: a
    /// sentence is read once for all of them.
    private let futureMarkersByFirstByte: [UInt8: [[UInt8]]]
    /// What each of `dayWords` names, looked up once here instead of at every word of a sentence:
    /// the month by its full name, the weekday, the day relative to the article's.
    private let monthOfWord: [String: Int]
    private let weekdayOfWord: [String: Int]
    private let relativeDayOfWord: [String: Int]
    /// The future markers of the language and English: single words, and runs of words.
    private let singleWordFutureMarkers: Set<String>
    private let multiwordFutureMarkers: [[String]]

    public init(language: String?) {
        self.language = language
        let dayWords = DateWords.dayNamingWords(language: language)
        self.dayWords = dayWords
        monthOfWord = dayWords.reduce(into: [:]) { table, word in table[word] = DateWords.fullMonth(word, language: language) }
        weekdayOfWord = dayWords.reduce(into: [:]) { table, word in table[word] = DateWords.weekday(word, language: language) }
        relativeDayOfWord = dayWords.reduce(into: [:]) { table, word in table[word] = DateWords.relativeDay(word, language: language) }
        let code = DateWords.code(language)
        singleWordFutureMarkers = Self.singleFutureMarkers["en"]!.union(Self.singleFutureMarkers[code] ?? [])
        multiwordFutureMarkers = Self.multiwordFutureMarkers["en"]! + (Self.multiwordFutureMarkers[code] ?? [])
        dayWordHashes = Set(dayWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { FNV1a.hash($0.utf8) })
        futureMarkersByFirstByte = Dictionary(grouping: (Self.futureMarkers["en"]! + (Self.futureMarkers[DateWords.code(language)] ?? []))
            .map { Array($0.utf8) }.filter { !$0.isEmpty }, by: { $0[0] })
    }

    /// How far from the article's date an event may lie, in days.
    static let window = 366
    /// Within how many days a day and month must fall of the article's for another year to be a slip.
    static let slipDays = 45
    /// How long an event's text may run, in words; a longer sentence is cut at a clause.
    static let textWords = 30

    /// The events of a Markdown body whose first line is line `firstLine` of its file, for an
    /// article of `published`; at most one per day, the first sentence that names it.
    public func events(inBody body: String, firstLine: Int, published: ContentDate) -> [Article.Event] {
        var found: [Article.Event] = []
        var days = Set<ContentDate>()
        var body = body
        body.withUTF8 { bytes in
            var lineNumber = firstLine
            var inFence = false
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1; lineNumber += 1 }
                var first = lineStart
                while first < lineEnd, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
                guard first < lineEnd else { continue }
                let opening = bytes[first]
                if opening == UInt8(ascii: "`") || opening == UInt8(ascii: "~"),
                   lineEnd - first >= 3, bytes[first + 1] == opening, bytes[first + 2] == opening { inFence.toggle(); continue }
                // Headings, quoted posts, tables and raw HTML are not the story's sentences.
                guard !inFence, ![UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "<")].contains(opening) else { continue }
                var lastSentence = -1
                for position in dayWordPositions(bytes, first..<lineEnd) {
                    let sentence = Self.sentenceBounds(bytes, around: position, in: first..<lineEnd)
                    guard sentence.lowerBound > lastSentence else { continue }
                    lastSentence = sentence.lowerBound
                    // Most mentions of a day repeat one already found: told apart on the bytes,
                    // before the sentence is read as words.
                    if let day = quickDay(bytes, word: position, sentence: sentence, published: published), days.contains(day) { continue }
                    let text = Self.plainText(String(decoding: UnsafeBufferPointer(rebasing: bytes[sentence]), as: UTF8.self))
                    guard let event = event(in: Self.trimmedSpaces(text), published: published, line: lineNumber),
                          days.insert(event.date).inserted else { continue }
                    found.append(event)
                }
            }
        }
        return found
    }

    /// The day a weekday or yesterday/today/tomorrow at `word` names, read on the bytes (nil for a
    /// month, which needs its neighbours): enough to skip a sentence about a day already found.
    func quickDay(_ bytes: UnsafeBufferPointer<UInt8>, word: Int, sentence: Range<Int>, published: ContentDate) -> ContentDate? {
        var end = word
        while end < sentence.upperBound, (0x41...0x5A).contains(bytes[end]) || (0x61...0x7A).contains(bytes[end]) || bytes[end] == 0x27 { end += 1 }
        guard end < sentence.upperBound ? bytes[end] < 0x80 : true else { return nil }
        let folded = String(decoding: bytes[word..<end].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        if let relative = relativeDayOfWord[folded] { return ContentDate(dayNumber: published.dayNumber + relative) }
        guard let weekday = weekdayOfWord[folded] else { return nil }
        let future = Self.holdsAnyWord(futureMarkersByFirstByte, in: bytes, sentence)
        return Self.day(of: weekday, from: published, future: future, next: false)
    }

    /// The day a weekday names, counted from the article's date: the latest one up to it, or,
    /// when the sentence speaks of the future, the first one from it (`later on Saturday` on a
    /// Saturday is today; `next Saturday` is a week on).
    static func day(of weekday: Int, from published: ContentDate, future: Bool, next: Bool) -> ContentDate? {
        var offset = weekday - published.weekday
        if future {
            if offset < 0 || (offset == 0 && next) { offset += 7 }
        } else if offset > 0 {
            offset -= 7
        }
        return ContentDate(dayNumber: published.dayNumber + offset)
    }

    /// Whether one of `words` (lower-case, grouped by their first byte) stands in `range` as a word of
    /// its own, in any case: `holdsWord` for each of them, in one pass over the range.
    static func holdsAnyWord(_ words: [UInt8: [[UInt8]]], in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80 }
        for at in range where at == range.lowerBound || !isLetter(bytes[at - 1]) {
            let first = bytes[at]
            guard let candidates = words[(0x41...0x5A).contains(first) ? first + 0x20 : first] else { continue }
            for word in candidates where at + word.count <= range.upperBound {
                guard at + word.count == range.upperBound || !isLetter(bytes[at + word.count]) else { continue }
                var same = true
                for offset in 1..<max(word.count, 1) {
                    let byte = bytes[at + offset]
                    if ((0x41...0x5A).contains(byte) ? byte + 0x20 : byte) != word[offset] { same = false; break }
                }
                if same { return true }
            }
        }
        return false
    }

    /// Where the words of `range` that may name a day start, read on UTF-8 bytes: an ASCII word
    /// is hashed as it is read (lower-cased) and looked up by its hash; only a word with other
    /// letters is made a string and folded. No string is made for the other words of the text.
    func dayWordPositions(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Int] {
        var positions: [Int] = []
        var hash = FNV1a()
        var length = 0
        var ascii = true
        var start = range.lowerBound
        func check(end: Int) {
            defer { hash = FNV1a(); length = 0; ascii = true }
            guard length >= 3, length <= 14 else { return }
            if ascii {
                if dayWordHashes.contains(hash.value) { positions.append(start) }
            } else if dayWords.contains(TextFolding.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))) {
                positions.append(start)
            }
        }
        for index in range {
            let byte = bytes[index]
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x27, 0x80...:
                if length == 0 { start = index }
                hash.add((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                length += 1
                if byte >= 0x80 { ascii = false }
            default:
                if length > 0 { check(end: index) }
            }
        }
        if length > 0 { check(end: range.upperBound) }
        return positions
    }

    /// The sentence of the line `range` that holds byte `position`: from after the mark that ends
    /// the sentence before it (`.`, `!` or `?`, closing quotes aside, then a space) to the next
    /// one. A full stop after an initial, a short abbreviation (`U.S.`, `Mr.`) or a number (`30.`
    /// in German) ends no sentence.
    static func sentenceBounds(_ bytes: UnsafeBufferPointer<UInt8>, around position: Int, in range: Range<Int>) -> Range<Int> {
        /// Whether the space at `space` follows the end of a sentence.
        func afterSentence(_ space: Int) -> Bool {
            var mark = space - 1
            // Closing quotes and brackets: `"`, `)`, and the bytes of `”`, `’`, `»`.
            while mark > range.lowerBound, bytes[mark] == UInt8(ascii: "\"") || bytes[mark] == UInt8(ascii: ")") || bytes[mark] >= 0x80 { mark -= 1 }
            guard mark >= range.lowerBound else { return false }
            switch bytes[mark] {
            case UInt8(ascii: "!"), UInt8(ascii: "?"): return true
            case UInt8(ascii: "."):
                var letters = 0
                var cursor = mark - 1
                while cursor >= range.lowerBound, bytes[cursor] != 0x20 {
                    let byte = bytes[cursor]
                    if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80 { letters += 1 }
                    else if byte != UInt8(ascii: ".") { letters = -1_000 }
                    cursor -= 1
                }
                return letters >= 4
            default: return false
            }
        }
        var start = position
        while start > range.lowerBound, !(bytes[start - 1] == 0x20 && afterSentence(start - 1)) { start -= 1 }
        var end = position
        while end < range.upperBound, !(bytes[end] == 0x20 && afterSentence(end)) { end += 1 }
        return start..<end
    }

    /// The event one sentence reports, if it names a day.
    func event(in sentence: String, published: ContentDate, line: Int) -> Article.Event? {
        let (words, folded) = Self.asciiWords(sentence) ?? Self.words(sentence)
        guard words.count >= 5 else { return nil }
        let future = speaksOfTheFuture(folded)
        guard let date = day(in: words, folded: folded, published: published, future: future) else { return nil }
        let distance = abs(date.dayNumber - published.dayNumber)
        guard distance <= Self.window else { return nil }
        // Births and deaths of long ago, anniversaries: not events of this story.
        guard !folded.contains(where: { ["born", "anniversary", "geboren", "nacque", "nacido", "ne", "nee"].contains($0) }) else { return nil }
        let planned = date > published.dateOnly || (future && date >= published.dateOnly)
        return Article.Event(date: date, text: Self.shortened(words), planned: planned, sentence: sentence, line: line, found: true)
    }

    /// A sentence cut at its spaces (and no-break spaces): its words, and each one folded and bared.
    static func words(_ sentence: String) -> (words: [String], folded: [String]) {
        let words = sentence.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        // Folded once as a whole (folding keeps the spaces, so the words line up), then bared word by word.
        let foldedWords = TextFolding.fold(sentence).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        let folded = foldedWords.count == words.count ? foldedWords.map { bare(String($0)) } : words.map { TextFolding.fold(bare($0)) }
        return (words, folded)
    }

    /// `words` for a sentence of ASCII bytes only, cut at its spaces: its words, and each one folded (lower
    /// case, which is all folding does to ASCII) and bared. Nil for any other sentence.
    static func asciiWords(_ sentence: String) -> (words: [String], folded: [String])? {
        var sentence = sentence
        return sentence.withUTF8 { bytes -> ([String], [String])? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [String] = [], folded: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                defer { start = end + 1 }
                guard end > start else { continue }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                words.append(String(decoding: word, as: UTF8.self))
                let lower = word.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
                folded.append(lower.withUnsafeBufferPointer { bareASCII(String(decoding: $0, as: UTF8.self), $0) } ?? "")
            }
            return (words, folded)
        }
    }

    /// The first day the words name: a day and a month (the year given, or the one that puts it
    /// nearest the article's date), or a weekday or yesterday/today/tomorrow, counted from the
    /// article's date (forward when the sentence speaks of the future).
    private func day(in words: [String], folded: [String], published: ContentDate, future: Bool) -> ContentDate? {
        for index in folded.indices {
            guard let month = monthOfWord[folded[index]], !isAttributionOrDateline(words, folded, at: index) else { continue }
            // `November 30`, `November 30th, 2025` / `30 November`, `30. November`, `30 de noviembre`, `le 1er mai`.
            var dayNumber: Int?
            var yearAt = index + 1
            if index + 1 < folded.count, let day = DateWords.dayOfMonth(folded[index + 1]) {
                dayNumber = day
                yearAt = index + 2
            } else if index >= 1, let day = DateWords.dayOfMonth(folded[index - 1]) {
                dayNumber = day
            } else if index >= 2, ["de", "del"].contains(folded[index - 1]), let day = DateWords.dayOfMonth(folded[index - 2]) {
                dayNumber = day
            }
            guard let day = dayNumber else { continue }
            var stated: Int?
            if yearAt < folded.count, let year = Int(folded[yearAt]), (1900...2199).contains(year) { stated = year }
            else if yearAt + 1 < folded.count, ["de", "del"].contains(folded[yearAt]), let year = Int(folded[yearAt + 1]), (1900...2199).contains(year) {
                stated = year
            }
            if let year = stated {
                // A year that seems a slip of the pen (the day and month close to the article's, the
                // year not): no event; `ConsistencyCheck` asks the editor about it.
                if year != published.year, let date = ContentDate(year: year, month: month, day: day),
                   abs(date.dayNumber - published.dayNumber) > Self.slipDays,
                   [published.year - 1, published.year, published.year + 1].contains(where: { other in
                       other != year && ContentDate(year: other, month: month, day: day).map { abs($0.dayNumber - published.dayNumber) <= Self.slipDays } == true
                   }) {
                    return nil
                }
                return ContentDate(year: year, month: month, day: day)
            }
            // The year that puts the day nearest the article's.
            let candidates = [published.year - 1, published.year, published.year + 1].compactMap { ContentDate(year: $0, month: month, day: day) }
            return candidates.min { abs($0.dayNumber - published.dayNumber) < abs($1.dayNumber - published.dayNumber) }
        }
        for (index, word) in folded.enumerated() {
            // Capitalised mid-sentence, `May` or `Sunday` may be a name; a weekday is one when it names a day.
            let weekday = weekdayOfWord[word]
            let relative = weekday == nil ? relativeDayOfWord[word] : nil
            guard weekday != nil || relative != nil, !isAttributionOrDateline(words, folded, at: index) else { continue }
            if let weekday {
                // `Sunday's vote`, `on Monday`, `am Montag`: any use names the day; `Sundays` (plural) does not.
                guard !words[index].lowercased().hasSuffix("days") || words[index].count <= 6 else { continue }
                let next = index > 0 && ["next", "nachsten", "prochain", "proximo", "prossimo"].contains(folded[index - 1])
                return Self.day(of: weekday, from: published, future: future, next: next)
            }
            if let relative, words[index].first?.isLowercase == true || index == 0 {
                return ContentDate(dayNumber: published.dayNumber + relative)
            }
        }
        return nil
    }

    /// Whether the date word at `index` dates the report rather than the event: the day a source
    /// spoke (`the ministry said on Wednesday`, `a déclaré mardi`) or the story's dateline
    /// (`GDAŃSK, March 3, 2024 — …`).
    private func isAttributionOrDateline(_ words: [String], _ folded: [String], at index: Int) -> Bool {
        if let dash = words.prefix(8).firstIndex(where: { ["—", "–", "-", "--"].contains($0) || $0.hasSuffix("—") }), index < dash { return true }
        let before = folded[max(0, index - 4)..<index]
        return before.contains { Self.reportingVerbs.contains($0) }
    }

    /// Verbs that say who said what, in the languages a site may name.
    static let reportingVerbs: Set<String> = [
        "said", "says", "announced", "told", "stated", "added", "confirmed", "statement", "reported", "wrote",
        "sagte", "erklarte", "teilte", "berichtete", "mitteilte",
        "declare", "annonce", "indique", "precise", "affirme",
        "dijo", "anuncio", "informo", "declaro", "senalo", "afirmo",
        "detto", "dichiarato", "annunciato", "riferito", "spiegato",
    ]

    /// Markers of what has not happened yet, in the site's language and in English.
    func speaksOfTheFuture(_ folded: [String]) -> Bool {
        if folded.contains(where: singleWordFutureMarkers.contains) { return true }
        return multiwordFutureMarkers.contains { marker in
            guard marker.count <= folded.count else { return false }
            return (0...(folded.count - marker.count)).contains { start in marker.indices.allSatisfy { folded[start + $0] == marker[$0] } }
        }
    }

    /// The markers of one word, as sets; the others as runs of words.
    private static let singleFutureMarkers: [String: Set<String>] = futureMarkers.mapValues { Set($0.filter { !$0.contains(" ") }) }
    private static let multiwordFutureMarkers: [String: [[String]]] = futureMarkers.mapValues {
        $0.filter { $0.contains(" ") }.map { $0.split(separator: " ").map(String.init) }
    }

    private static let futureMarkers: [String: [String]] = [
        "en": ["will", "shall", "scheduled", "is due", "are due", "is set to", "are set to", "plans to", "planned",
               "expected to", "upcoming", "next", "won't", "would convene"],
        "de": ["wird", "werden", "soll", "sollen", "geplant", "bevorstehenden", "kommenden", "nachsten"],
        "fr": ["va", "vont", "doit", "doivent", "devrait", "devraient", "prevu", "prevue", "prochain", "prochaine", "aura", "auront", "sera", "seront"],
        "es": ["va a", "van a", "prevé", "preve", "previsto", "prevista", "proximo", "proxima", "sera", "seran", "tendra", "tendran"],
        "it": ["si terra", "sara", "saranno", "dovrebbe", "dovrebbero", "previsto", "prevista", "prossimo", "prossima", "avra"],
    ]

    /// The text without `CharacterSet.whitespaces` at its ends, without going through `NSString`
    /// (an ASCII end, the usual case, is told without the set).
    static func trimmedSpaces(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || scalar == "\t" : whitespaces.contains(scalar)
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !isSpace(first), !isSpace(last) { return text }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }

    private static let whitespaces = CharacterSet.whitespaces

    /// A word without the marks around it (`(November`, `20),`).
    static func bare(_ word: String) -> String {
        if let ascii = word.utf8.withContiguousStorageIfAvailable({ bareASCII(word, $0) }), let bared = ascii { return bared }
        return bareOnCharacters(word)
    }

    /// `bare` for any word, character by character.
    static func bareOnCharacters(_ word: String) -> String {
        var word = Substring(word)
        while let first = word.first, !first.isLetter && !first.isNumber { word = word.dropFirst() }
        while let last = word.last, !last.isLetter && !last.isNumber && last != "." { word = word.dropLast() }
        // A trailing full stop stays only after a number (`30.` in German); a sentence's is dropped.
        if word.hasSuffix("."), !(word.dropLast().last?.isNumber ?? false) { word = word.dropLast() }
        return String(word)
    }

    /// `bare` for a word of ASCII bytes only (nil for any other), where a letter or digit is one byte.
    private static func bareASCII(_ word: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isLetterOrDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        var start = 0, end = bytes.count
        while start < end, !isLetterOrDigit(bytes[start]) { start += 1 }
        while end > start, !isLetterOrDigit(bytes[end - 1]), bytes[end - 1] != UInt8(ascii: ".") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "."), !(end - 2 >= start && (0x30...0x39).contains(bytes[end - 2])) { end -= 1 }
        if start == 0, end == bytes.count { return word }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The event's text: the sentence, cut at a clause after a dozen words when it runs long.
    static func shortened(_ words: [String]) -> String {
        guard words.count > textWords else { return words.joined(separator: " ") }
        var cut = textWords
        if let clause = (12..<textWords).last(where: { words[$0].hasSuffix(",") || words[$0].hasSuffix(";") }) { cut = clause + 1 }
        var text = words.prefix(cut).joined(separator: " ")
        while let last = text.last, ",;:".contains(last) { text.removeLast() }
        return text + "\u{2026}"
    }

    /// A line of Markdown as plain text: links by their text, no emphasis marks or list bullets.
    static func plainText(_ line: String) -> String {
        var line = line
        return line.withUTF8 { bytes -> String in
            func isMark(_ byte: UInt8) -> Bool {
                byte == UInt8(ascii: "[") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "`")
            }
            guard bytes.contains(where: { isMark($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }) else {
                return String(decoding: bytes, as: UTF8.self)
            }
            var start = 0
            for bullet in [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")]
            where bytes.count - start >= 2 && bytes[start] == bullet && bytes[start + 1] == 0x20 { start += 2 }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count - start)
            var index = start
            while index < bytes.count {
                let byte = bytes[index]
                // `[text](address)` → text.
                if byte == UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "("),
                   let close = bytes[index...].firstIndex(of: UInt8(ascii: ")")) {
                    index = close + 1
                    continue
                }
                if !isMark(byte) { result.append(byte) }
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

}

extension ContentDate {
    /// Days since 1970-01-01 (proleptic Gregorian).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// A date from its parts, nil when there is no such day.
    public init?(year: Int, month: Int, day: Int) {
        self.init(year: year, month: month, day: day, time: nil, zone: nil)
    }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        ((dayNumber % 7 + 7 + 3) % 7) + 1
    }

    /// The day alone, without a time.
    public var dateOnly: ContentDate {
        time == nil && zone == nil ? self : ContentDate(isoDate)!
    }
}
