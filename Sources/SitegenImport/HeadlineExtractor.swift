import Foundation
import SitegenModel

/// Finds the headline of a raw page by scoring every line at the top of the page as a candidate,
/// whatever stands around it: menus, "live" labels, breadcrumbs and category lines above it; an
/// outlet's name before or after it (`Outlet - Headline`, `Headline | Section | Outlet`); a date or
/// the standfirst glued to it; the headline repeated. The page's address is the strongest evidence:
/// a candidate that matches the address's slug wins, and when no line does, the headline is rebuilt
/// from the slug and flagged for review. It never fails: a text without any headline-shaped line
/// gets its first words, flagged.
public struct HeadlineExtractor: Sendable {
    public enum SectionOrigin: String, Sendable, Equatable {
        case titleSuffix = "the title's suffix"
        case categoryLine = "the category line"
        case breadcrumb = "the breadcrumb"
    }

    /// Where the headline came from.
    public enum Origin: String, Sendable, Equatable {
        case text = "the text"
        case slug = "the page address (the text lacks it)"
        case firstWords = "the story's first words (the text has no headline)"
    }

    public struct Headline: Sendable, Equatable {
        public var title: String
        /// The line the headline is on (0 when it was not in the text).
        public var line: Int
        public var origin: Origin
        public var section: String?
        public var sectionOrigin: SectionOrigin?
        /// The site's name, from a title prefix or suffix.
        public var siteName: String?
        /// A date written in front of the headline.
        public var gluedDate: ContentDate?
        /// Date lines above the headline.
        public var dateLines: [PublicationDateFinder.NumberedDateLine]
        /// Lines above the headline that were left out.
        public var dropped: [DroppedLine]
        /// The index, in the lines given, of the first line after the headline.
        public var bodyStart: Int
        /// Text glued after the headline on its line (a standfirst), to keep as the story's first line.
        public var remainder: RawLine?
        /// The story's own paragraphs above the headline (a page that opens with its lede and puts a
        /// heading after it), to keep in front of the story.
        public var storyAbove: [RawLine] = []
    }

    private let noise = NoiseFilter()
    private let dates = PublicationDateFinder()
    /// How far down the page the headline is looked for, in non-blank lines.
    static let window = 40

    public init() {}

    /// `language`: the text's, for the words a slug spells without the text's help (`zurueck` →
    /// `zurück` in German).
    public func extract(_ lines: [RawLine], address: PageAddress? = nil, language: String? = nil) -> Headline {
        let candidates = self.candidates(lines, address: address)
        // An address whose words the text hardly uses (an old headline, an id) is weak evidence.
        let coverage = address.map { slugCoverage($0, lines) } ?? 0
        let slugStrong = (address?.slugWords.count ?? 0) >= 4 && coverage >= 0.5
        // A slug of five content words or more is a headline itself (`photos-talibans-kabul-takeover-caps-…`),
        // even when the text hardly repeats its words: a line shaped like a story's sentence (long, or
        // ending with a full stop) that shares next to none of them is no headline. A line shaped like a
        // headline still is (the slug may be an older headline of the page).
        let slugContentWords = address?.slugWords.filter { $0.count >= 3 && $0.allSatisfy(\.isLetter) && !SlugEvidence.functionWords.contains($0) }.count ?? 0
        let slugDescriptive = slugContentWords >= 5
        if var best = candidates.max(by: { ($0.score, -$0.index) < ($1.score, -$1.index) }) {
            // The same headline again on the next line, without a word or two of the page's widgets run onto
            // it (` date 2017-12-06 French rock star … dies at 74 Close`, then `French rock star … dies at 74`):
            // the clean writing is the headline, when it matches the address at least as well.
            if let clean = candidates.first(where: { $0.index > best.index && $0.index <= best.index + 3 && $0.slugMatch >= best.slugMatch
                   && Self.isWritten(best.title, withExtraWordsAround: $0.title) }) {
                best = clean
            }
            // A headline the page writes twice (its title, then its heading), with the line that won
            // right under it, once: that line is the standfirst, which retells the story in the
            // address's words when the address keeps an older headline (ap09: `Gunmen kill 12 at office of
            // French satirical magazine` twice, then `One suspect arrested … attack on Charlie Hebdo` under
            // `charlie-hebdo-terrorist-attack-paris-france`).
            if !best.repeated, let above = candidates.last(where: { $0.index < best.index && $0.repeated }),
               (5...22).contains(above.title.wordCount), !above.title.endsWithSentencePunctuation, above.score >= 3,
               lines[(above.index + 1)..<best.index].filter({ !$0.isBlank }).allSatisfy({ $0.text.collapsingWhitespace.folded == above.title.folded }) {
                // The standfirst under it vouches for it as the address would.
                return headline(above, lines: lines)
            }
            let storySentence = best.title.wordCount >= 14 || best.title.endsWithSentencePunctuation
            let accepted = !(slugStrong || (slugDescriptive && storySentence)) || best.slugMatch >= 0.2 || best.score >= 6
            // A story's sentence of twenty words or more that holds only some of a headline-like slug's
            // words (`Killer-Cop Derek Chauvin (45) wurde am Dienstagnachmittag … schuldig gesprochen!` for
            // `george-floyd-killer-cop-schuldig-gesprochen`) is the lede: the slug is the better headline.
            let lede = best.title.wordCount >= 20 && slugContentWords >= 4 && best.slugMatch < 0.8
                && (best.title.endsWithSentencePunctuation || best.score < 6)
            // The best of a page's lines may still read as none (a byline, a menu label: two capitalised
            // words that score below zero); an address with a slug of words is the better headline then.
            let slugHeadline = (address?.slugWords.filter { $0.count >= 3 && $0.allSatisfy(\.isLetter) }.count ?? 0) >= 3
            let unlikely = best.score <= 0 && best.slugMatch < 0.2 && slugHeadline
            // A line that spells under a third of a headline-like slug's words, with no more than a fair
            // headline's score, is another line of the page (a picture's caption run on without its credit,
            // `Manchester City beat Inter Milan 1-0 at Istanbul Ataturk Olympic Stadium on Saturday`, under
            // `city-conquer-cl-mountain-at-last-to-clinch-treble`): the slug is the headline. Not a slug whose
            // words the text hardly uses (in another language than the page's, `desastres-erupcion-en-islandia-…`).
            let offSlug = slugDescriptive && coverage >= 0.25 && best.slugMatch < 0.3 && best.score < 8
            if accepted, !lede, !unlikely, !offSlug { return headline(best, lines: lines) }
        }
        // No line reads as this page's headline.
        if let address, let rebuilt = address.headlineFromSlug(spellingsIn: lines.map(\.text), language: language) {
            return Headline(title: rebuilt, line: 0, origin: .slug, dateLines: headerDates(lines, upTo: lines.count),
                            dropped: [], bodyStart: 0)
        }
        let first = lines.first { !$0.isBlank && noise.reason(for: $0.text) == nil }
        let words = first.map { $0.text.collapsingWhitespace.split(separator: " ").prefix(12).joined(separator: " ") } ?? "Untitled"
        return Headline(title: words, line: 0, origin: .firstWords, dateLines: headerDates(lines, upTo: lines.count),
                        dropped: [], bodyStart: 0)
    }

    /// Whether `text` is `title` with one or two words before or after it (`… dies at 74 Close`).
    static func isWritten(_ text: String, withExtraWordsAround title: String) -> Bool {
        guard title.wordCount >= 4, text.utf8.count > title.utf8.count else { return false }
        if text.hasPrefix(title + " ") { return (1...2).contains(String(text.dropFirst(title.count + 1)).wordCount) }
        if text.hasSuffix(" " + title) { return (1...2).contains(String(text.dropLast(title.count + 1)).wordCount) }
        return false
    }

    /// The share of the slug's words (of three letters or more) that the text uses anywhere.
    private func slugCoverage(_ address: PageAddress, _ lines: [RawLine]) -> Double {
        let words = address.slugWords.filter { $0.count >= 3 && $0.contains(where: \.isLetter) }
        guard !words.isEmpty else { return 0 }
        var textWords = Set<String>()
        for line in lines.prefix(400) { textWords.formUnion(PageAddress.foldedWords(line.text).map(PageAddress.transliterated)) }
        return Double(words.filter { textWords.contains(PageAddress.transliterated($0)) }.count) / Double(words.count)
    }

    // MARK: Candidates

    struct Candidate {
        var index: Int
        var title: String
        var score: Double
        var slugMatch: Double
        var site: String?
        var section: String?
        var gluedDate: ContentDate?
        /// The page writes the line twice or more (the page's title and its heading).
        var repeated = false
        var remainder: String?
        /// Found under the story's first paragraphs, which stay the story's.
        var belowStory = false
    }

    private func candidates(_ lines: [RawLine], address: PageAddress?) -> [Candidate] {
        var result: [Candidate] = []
        var seen = 0
        var counts: [String: Int] = [:]
        for line in lines.prefix(400) where !line.isBlank { counts[line.text.collapsingWhitespace.folded, default: 0] += 1 }
        var proseSeen = 0
        // Whether a paragraph of the story (long prose) stands above: a page's header never holds one,
        // so a line below it is the story's own (a caption, a subheading) unless it is the address's headline.
        var storyAbove = false
        for (index, line) in lines.enumerated() where !line.isBlank {
            seen += 1
            // Past the header (three paragraphs of prose, or the window), only the address's own
            // headline, word for word, is looked for: a page may put it under the story's first
            // paragraphs (a scraper that read the lede first). Its paragraphs above stay the story's.
            let late = seen > Self.window || proseSeen >= 3
            if late {
                // Only when no line of the header is the address's already (a headline above, shown again
                // below the first paragraphs).
                guard seen <= Self.window * 2, let address, !result.contains(where: { $0.slugMatch >= 0.5 }) else { break }
                guard line.text.utf8.count <= 300 else { continue }
                let text = line.text.collapsingWhitespace
                guard text.wordCount <= 25, !Self.endsWithFullStopAfterWord(text), address.slugRecall(text) >= 0.9,
                      address.slugMatch(text) >= 0.9, noise.reason(for: text) == nil else { continue }
                result.append(Candidate(index: index, title: text, score: 10, slugMatch: address.slugMatch(text),
                                        site: nil, section: nil, gluedDate: nil, remainder: nil, belowStory: true))
                break
            }
            defer { if Self.isStoryParagraph(line.text) { storyAbove = true } }
            var text = Self.withoutDateLabel(line.text.collapsingWhitespace)
            let glued = dates.gluedDate(text)
            if let glued { text = glued.headline }
            if glued == nil, dates.dateLine(text) != nil { continue }
            let isProse = NoiseFilter.isProse(text)
            if isProse { proseSeen += 1 }
            if let reason = noise.reason(for: text) {
                // A pointer to another story (`Read also: …`) is never this one's headline, however
                // many words it shares with the address; other chrome-like lines may be, when they match it.
                if reason == .teaser || reason == .relatedHeading { continue }
                // Nor is a picture's caption that says it is one (`… takes over Twitter (File)`), nor a
                // video's title, unless it is the address's headline.
                if reason == .video || (reason == .caption && (NoiseFilter.endsWithPictureLabel(text) || NoiseFilter.holdsCaptionMarker(text.folded))),
                   !(address.map { $0.slugMatch(text) >= 0.8 } ?? false) { continue }
                if !(address.map { $0.slugMatch(text) >= 0.5 } ?? false) { continue }
            }
            // A line of thousands of characters is no headline, and only a headline run into its front
            // (a standfirst, the whole story on one line) can be found in it: its forms are looked for
            // in the opening, and the rest of the line goes on the form's remainder. So a 5 MB line
            // costs no more than its first kilobyte.
            let (opening, rest) = text.splitAtSpace(afterBytes: 1_000)
            // A line of dates, times and their labels (`… 19.11 EDTFirst published on Sun 14 Jul 2024 12.00 EDT`).
            if rest.isEmpty, Self.isDateChrome(text) { continue }
            // A camel-cased word that the page writes elsewhere too, or the address holds, is a name
            // (`OpenAI`, `YouTube`), not a kicker glued to the headline. A copy of the same flattened line
            // (it opens the same way) is no other writing of the word; a line of kilobytes is not searched.
            let lineText = line.text
            let opening20 = String(lineText.trimmedSpaces.prefix(20))
            let isWrittenName: (String) -> Bool = { word in
                if let address, address.slugWords.contains(word.folded) { return true }
                return lines.prefix(400).contains { other in
                    other.text.utf8.count <= 2_000 && other.text != lineText && !other.text.contains(opening20) && Self.holdsWord(word, in: other.text)
                }
            }
            let lineForms = forms(of: opening, address: address, isName: isWrittenName).compactMap { form -> Form? in
                guard !rest.isEmpty else { return form }
                guard let remainder = form.remainder else { return nil }
                var form = form
                form.remainder = remainder + " " + rest
                return form
            }
            for var form in lineForms {
                // A note in brackets (`(Aktualisierung nach Auftritt Meloni)`, `[Updated]`) is no headline,
                // nor a line that holds a web address (`Source link : https://…/the-headlines-slug/`),
                // however much of the slug it spells.
                if Self.isBracketed(form.title) || Self.holdsWebAddress(form.title) { continue }
                // Nor an item of a list (`• For full details of graphics …, see Menu -> Planners`).
                if ParagraphAssembler.listItem(line.text.trimmedSpaces) != nil, !(address.map { $0.slugMatch(form.title) >= 0.8 } ?? false) { continue }
                // Nor a line that opens in lower case (`volta in carriera il Tour de France.`): the go-on of a
                // sentence a text wrapped over two lines, unless the word is a name so written (`iPhone`), or
                // it is the address's headline (an outlet that writes its headlines in lower case).
                if let first = form.title.first, first.isLowercase, !(form.title.split(separator: " ").first?.contains(where: \.isUppercase) ?? false),
                   !(address.map { $0.slugMatch(form.title) >= 0.8 } ?? false) { continue }
                // Nor the first part of such a sentence (`NIZZA (ITALPRESS) – Tadej Pogacar ha vinto per la terza`,
                // then `volta in carriera …`).
                if form.remainder == nil, let next = lines[(index + 1)...].prefix(2).first(where: { !$0.isBlank }),
                   ParagraphAssembler.wrapsAcrossBlank(form.title, next.text),
                   !(address.map { $0.slugMatch(form.title) >= 0.8 } ?? false) { continue }
                // Nor a caption that ends with its source (`… around the globe. Source: Downdetector`, `… final
                // (Reuters)`, `… Video / Law and Crime Network`), however well it matches the address: a
                // headline carries no credit, and the slug rebuilds one.
                if NoiseFilter.endsWithLabelledSource(form.title) || NoiseFilter.endsWithMediaCredit(form.title) { continue }
                // The address's own headline, written with a full stop (`Roger Federer anuncia su retiro
                // oficial del tenis.`), is the headline without it, not a sentence of the story. It holds every
                // word of the slug: a lede that retells it in a sentence's words (`Lewis Hamilton will leave …`
                // under `lewis-hamilton-to-leave-…`) is the story's first paragraph.
                if form.remainder == nil, let address, Self.endsWithFullStopAfterWord(form.title), form.title.wordCount <= 16,
                   address.slugMatch(form.title) >= 0.9, address.slugRecall(form.title) >= 0.99 {
                    form.title = String(form.title.dropLast()).trimmedSpaces
                }
                // A sentence of the story is not its headline (a glued standfirst is split off first).
                // (So is one a credit follows after a bar: `… du groupe. | JIJI PRESS / MAXPPP`, a caption.)
                if form.remainder == nil, form.title.wordCount > 30 || ((isProse || (form.site != nil && NoiseFilter.isProse(form.title)))
                    && form.title.endsWithSentencePunctuation && !form.title.hasSuffix("?") && !form.title.hasSuffix("!")) { continue }
                var candidate = Candidate(index: index, title: form.title, score: 0, slugMatch: 0, site: form.site,
                                          section: form.section, gluedDate: glued?.date, remainder: form.remainder)
                candidate.slugMatch = address?.slugMatch(form.title) ?? 0
                if storyAbove, candidate.slugMatch < 0.7 { continue }
                // A line of fifteen words or more that ends a sentence inside and goes on (`Scossa di magnitudo 7.1 …
                // del 1985. I palazzi tremano a Città del Messico. Migliaia per strada`) is a summary, not a headline,
                // when an address spells another headline (a line that holds all the slug's words may be the headline
                // with its standfirst run on: `Former Japanese prime minister Shinzo Abe dies … in Nara. Police arrested …`).
                if form.remainder == nil, let address, form.title.wordCount >= 15, BlockClassifier.endsASentenceInside(form.title),
                   candidate.slugMatch < 0.8, address.slugRecall(form.title) < 0.9 { continue }
                // Below the story's prose, only a line shaped as a headline is one: not a headline glued to a
                // standfirst (a page's header), nor a line that goes on after a sentence's end (`Aus Moskau kamen
                // Glückwünsche. »Bravo!«, schrieb …`, the story's last paragraph, however many of the slug's words it holds).
                if storyAbove, form.remainder != nil || text.wordCount > 20 || BlockClassifier.endsASentenceInside(text) { continue }
                // Nor one with no prose after it: the headline a page shows under its lede heads the story's rest, and
                // a line that ends the page is a credit or a pointer (`Sorgente: Fortissimo terremoto in Messico`).
                if storyAbove, !followedByProse(lines, after: index) { continue }
                // A line that breaks off on a comma or a semicolon is a fragment (an item of a
                // highlights list, a sentence the page cut), not a headline, unless it is the address's.
                if let last = form.title.trimmedSpaces.last, last == "," || last == ";", candidate.slugMatch < 0.8 { continue }
                candidate.repeated = counts[line.text.collapsingWhitespace.folded, default: 0] >= 2 || counts[form.title.folded, default: 0] >= 2
                candidate.score = score(candidate, line: text, isProse: isProse && form.remainder == nil,
                                        repeated: candidate.repeated,
                                        followedByProse: followedByProse(lines, after: index), order: seen)
                if form.kicker { candidate.score += 1.5 }
                result.append(candidate)
            }
        }
        return result
    }

    private struct Form {
        var title: String
        var site: String?
        var section: String?
        var remainder: String?
        var kicker = false
    }

    /// Where a lower-case letter runs straight into a capital in the middle of a line: two lines of
    /// the page flattened into one (`…Papst-WahlMerz gratuliert`). Names such as `McDonald` or
    /// `iPhone` are not glue: the left part must be a word of three letters or more.
    /// `isName` tells a camel-cased word that is a name (`OpenAI`), given the whole word's letters and digits.
    static func gluePoint(_ text: String, isName: (String) -> Bool = { _ in false }) -> String.Index? {
        var previous: Character?
        var run = 0
        for index in text.indices {
            let character = text[index]
            if let previous, previous.isLower, character.isUpper, run >= 4 {
                let word = text[..<index].split(separator: " ").last.map(String.init) ?? ""
                let whole = String(word.reversed().prefix { $0.isLetter || $0.isNumber }.reversed()) + text[index...].prefix { $0.isLetter || $0.isNumber }
                if !["Mc", "Mac"].contains(where: { word.hasPrefix($0) && word.count <= $0.count + 3 }), !isName(whole) { return index }
            }
            run = character.isLetterCharacter ? run + 1 : 0
            previous = character
        }
        return nil
    }

    /// `Reaktionen : Putin äussert …`: a label of up to three words before a colon (a hyphenated
    /// compound is one word), none of whose words the address holds, while it holds the rest: the
    /// headline is the rest. (`Japon : l'ex-Premier ministre …` keeps its label when the address opens
    /// with `japon`.)
    static func withoutUnaddressedLabel(_ title: String, address: PageAddress) -> String? {
        guard address.slugWords.count >= 3 else { return nil }
        // The label ends at a colon or at a dash between spaces (`Hommage – Milan Kundera …`).
        let marks = [":", " \u{2013} ", " \u{2014} ", " - "].compactMap { title.characterRange(of: $0) }
        guard let mark = marks.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let label = PageAddress.foldedWords(String(title[..<mark.lowerBound]))
        let rest = String(title[mark.upperBound...]).trimmedSpaces
        // Words as written: a compound is one (`Strafmaß für Tennis-Ikone`).
        let labelWords = title[..<mark.lowerBound].split(separator: " ").count
        guard (1...3).contains(labelWords), !label.contains(where: address.slugWords.contains), rest.wordCount >= 4 else { return nil }
        let restMatch = address.slugMatch(rest)
        return restMatch >= 0.6 && restMatch > address.slugMatch(title) ? rest : nil
    }

    /// A section's label run into the headline with no mark (`Academy Awards Will Smith ohrfeigt Chris Rock auf
    /// Oscar-Bühne` under `…/Will-Smith-ohrfeigt-Chris-Rock-auf-Oscar-Buehne.html`, `Altro Calcio Tragedia a
    /// Medellin, …`): one to three capitalised words the slug lacks, then the slug's own words from its first,
    /// nearly all of them.
    static func withoutUnmarkedLabel(_ title: String, address: PageAddress) -> String? {
        let slug = address.slugWords.filter { !$0.contains(where: \.isNumber) }
        guard slug.count >= 4, let first = slug.first else { return nil }
        let written = title.split(separator: " ")
        for length in 1...3 where length + 4 <= written.count {
            let label = written.prefix(length)
            // (An article the slug dropped is no label: `Un vuelo …` under `vuelo-…`.)
            guard label.allSatisfy({ $0.first?.isUppercase == true }),
                  !label.contains(where: { PageAddress.foldedWords(String($0)).contains { address.slugWords.contains($0) || Stopwords.all.contains($0) } })
            else { return nil }
            let rest = written.dropFirst(length).joined(separator: " ")
            let restKeys = PageAddress.foldedWords(rest).map(PageAddress.transliterated)
            let restWords = Set(restKeys)
            if restKeys.first == PageAddress.transliterated(first),
               slug.filter({ restWords.contains(PageAddress.transliterated($0)) }).count * 10 >= slug.count * 9 { return rest }
        }
        return nil
    }

    /// Whether `text` holds a web address: `http://`, `https://` or `www.` at a word's start.
    static func holdsWebAddress(_ text: String) -> Bool {
        text.contains("://") || text.hasPrefix("www.") || text.contains(" www.")
    }

    /// A line wholly in round or square brackets: a note, an update, a credit.
    static func isBracketed(_ text: String) -> Bool {
        let trimmed = text.trimmedSpaces
        guard let first = trimmed.first, let last = trimmed.last, trimmed.count >= 3 else { return false }
        return (first == "(" && last == ")") || (first == "[" && last == "]")
    }

    /// Whether `word` stands in `text` as a whole word (no letter or digit on either side).
    static func holdsWord(_ word: String, in text: String) -> Bool {
        var searchStart = text.startIndex
        while let found = text.range(of: word, range: searchStart..<text.endIndex) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
            if !before.isLetter, !before.isNumber, !after.isLetter, !after.isNumber { return true }
            searchStart = found.upperBound
        }
        return false
    }

    /// A scraper's `date 2025-04` or `date 2025` label in front of a line, with no full date.
    /// A paragraph of a story: thirty words or more, ending as a sentence.
    static func isStoryParagraph(_ text: String) -> Bool {
        guard text.wordCount >= 30 else { return false }
        // A scraper may leave a space after the full stop (`… satt habe. `), or cut the paragraph
        // after whole sentences (`… satt habe. Die Partei werde, dass die`).
        let end = text.utf8.last.map { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } == true ? text.trimmedSpaces : text
        return end.endsWithSentencePunctuation || BlockClassifier.endsASentenceInside(text)
    }

    /// A line of the story without a scraper's `date …` label in front (`date 2023-09 Le bilan …`,
    /// `date 2023-09-10 Le bilan …`); the date, when whole, is read from the headline's line.
    static func withoutAnyDateLabel(_ text: String) -> String {
        withoutDateLabel(text, digits: 4...8)
    }

    static func withoutDateLabel(_ text: String) -> String {
        withoutDateLabel(text, digits: 0...6)
    }

    /// The text without a leading `date VALUE`, when VALUE is digits, `-` and `/` with a number of
    /// digits in `digits`.
    private static func withoutDateLabel(_ text: String, digits: ClosedRange<Int>) -> String {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count == 3, words[0].lowercased() == "date" else { return text }
        let value = words[1]
        let isDate = value.allSatisfy { $0.isNumber || $0 == "-" || $0 == "/" } && digits.contains(value.filter(\.isNumber).count)
        return isDate ? String(words[2]) : text
    }

    /// The ways one line may hold a headline: as it is; without an outlet's name and a section
    /// before or after it; and, for a long line that runs on into the standfirst, its opening words
    /// up to the last one the address's slug holds.
    private func forms(of text: String, address: PageAddress?, isName: (String) -> Bool = { _ in false }) -> [Form] {
        var forms: [Form] = []
        // A kicker glued to the headline (`Erste Reaktionen zur Papst-WahlMerz gratuliert …`).
        if let glue = Self.gluePoint(text, isName: isName) {
            let after = String(text[glue...])
            if after.wordCount >= 4 {
                forms += self.forms(of: after, address: address, isName: isName).map { form in var form = form; form.kicker = true; return form }
            }
        }
        let split = splitSuffix(text, address: address)
        forms.append(Form(title: split.title, site: split.site, section: split.section))
        if let prefix = splitPrefix(split.title, address: address) {
            forms.append(Form(title: prefix.title, site: prefix.site, section: split.section))
        }
        if let address, let labelled = Self.withoutUnaddressedLabel(split.title, address: address) {
            forms.append(Form(title: labelled, site: split.site, section: split.section))
        } else if let address, let labelled = Self.withoutUnmarkedLabel(split.title, address: address) {
            forms.append(Form(title: labelled, site: split.site, section: split.section))
        }
        if let address, address.slugWords.count >= 3, text.wordCount > 12, let glued = gluedStandfirst(text, address: address) {
            forms.append(glued)
            if let labelled = Self.withoutUnaddressedLabel(glued.title, address: address) {
                forms.append(Form(title: labelled, remainder: glued.remainder))
            }
        }
        if let dateline = Self.gluedDateline(text) { forms.append(dateline) }
        // `Headline OUTLET`: a masthead in capitals after the headline, with no mark between them.
        if let masthead = Self.trailingMasthead(split.title, address: address) { forms.append(masthead) }
        return forms.filter { $0.title.wordCount >= 1 }
    }

    /// `France makes arrests in Louvre heist POLITICO`: a last word in capitals (four letters or
    /// more, no digits) after a headline in sentence or title case is an outlet's name.
    /// Not a word an article or a preposition governs (`… con astronautas de la NASA`), nor the slug's last word
    /// when the host does not spell it: those are the headline's.
    private static func trailingMasthead(_ text: String, address: PageAddress? = nil) -> Form? {
        let words = text.split(separator: " ")
        guard words.count >= 5, let last = words.last, last.count >= 4, last.allSatisfy(\.isUppercase) else { return nil }
        let rest = words.dropLast()
        if let before = rest.last, Stopwords.all.contains(before.lowercased()) { return nil }
        if let address, address.slugWords.last == last.lowercased(), !address.host.contains(last.lowercased()) { return nil }
        // A headline written all in capitals has no masthead to tell apart.
        guard rest.contains(where: { $0.contains(where: \.isLowercase) }) else { return nil }
        return Form(title: rest.joined(separator: " "), site: String(last))
    }

    /// `Headline ROME, June 12: Story …`: the story's dateline (a place in capitals, a comma, a date)
    /// glued after the headline; the headline ends before the place, and the story keeps its dateline.
    private static func gluedDateline(_ text: String) -> Form? {
        let words = text.split(separator: " ")
        guard words.count >= 8 else { return nil }
        for index in 3..<min(words.count - 2, 30) {
            let place = words[index]
            guard place.hasSuffix(","), place.dropLast().count >= 3,
                  place.dropLast().allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "." }) else { continue }
            let following = words[(index + 1)...].prefix(3).map(String.init)
            guard following.contains(where: { DateTextParser.month($0.trimmed(.dateWordMarks)) != nil }) else { continue }
            let title = words[..<index].joined(separator: " ")
            return Form(title: title, remainder: words[index...].joined(separator: " "))
        }
        return nil
    }

    /// `Headline. Standfirst …` or `HeadlineStandfirst …` (no space): the headline is the run of
    /// words that the slug covers, and the rest is kept as the story's first line.
    private func gluedStandfirst(_ text: String, address: PageAddress) -> Form? {
        let slug = Set(address.slugWords)
        // Split words where a lower-case letter runs straight into an upper-case one (`GazaAmid`).
        var pieces: [String] = []
        for word in text.split(separator: " ") {
            // A camel-cased word the address holds whole is a name (`OpenAI`), not two words run together.
            if PageAddress.foldedWords(String(word)).allSatisfy(slug.contains) {
                pieces.append(String(word))
                continue
            }
            var current = ""
            var previous: Character?
            for character in word {
                if let previous, previous.isLowercase, character.isUppercase, current.count >= 2 {
                    pieces.append(current)
                    current = ""
                }
                current.append(character)
                previous = character
            }
            pieces.append(current)
        }
        var lastHit = -1
        var misses = 0
        for (position, piece) in pieces.enumerated().prefix(30) {
            let folded = PageAddress.foldedWords(piece)
            if folded.contains(where: slug.contains) {
                lastHit = position
                misses = 0
            } else {
                misses += 1
                if misses > 4 && lastHit >= 0 { break }
            }
        }
        // A headline that ends on a name the standfirst opens with again (`… ex-ad Markus Braun Markus Braun,
        // fondatore di Wirecard …`): the standfirst's words are the slug's too, so the run ends at the first
        // writing of the slug's last words, which the next two words repeat.
        var repeatsItsEnd = false
        // (The slug's last word, not a trailing id: `…-markus-braun-ADyEG1Z`.)
        if let lastWord = address.slugWords.last(where: { !$0.contains(where: \.isNumber) }), pieces.count >= 5 {
            let bare = { (piece: String) in piece.trimmed(CharacterSet(charactersIn: ",;:.")) }
            for end in 2..<min(pieces.count - 2, 30) where PageAddress.foldedWords(pieces[end]).last == lastWord {
                if bare(pieces[end - 1]) == bare(pieces[end + 1]), bare(pieces[end]) == bare(pieces[end + 2]),
                   pieces[end + 1].first?.isUppercase == true, address.slugRecall(pieces[...end].joined(separator: " ")) >= 0.9 {
                    lastHit = end
                    repeatsItsEnd = true
                    break
                }
            }
        }
        guard lastHit >= 2, lastHit + 1 < pieces.count else { return nil }
        // The headline ends where the words run into the standfirst (`GazaAmid`) or at a mark
        // (`Headline. Standfirst`, `Headline: Standfirst`), and the standfirst opens in capitals.
        let words = text.split(separator: " ").count
        let glued = pieces.count > words
        let last = pieces[lastHit]
        // Not at a full stop: that is where the story's first sentence ends, not a headline; unless the
        // run ends on the address's own last word (`… con il CdA. La Cto Mira Murati …`).
        // A sentence that opens on words the address lacks (`Dopo una lunga malattia, … 76 anni.`) is
        // the story's first, though it ends on the slug's last word.
        // A sentence whose content words are mostly not the address's (`Microsoft a annoncé le rachat de
        // l'éditeur de jeux vidéo, Activision Blizzard, pour 68,7 milliards de dollars.`) tells the story.
        let runContent = pieces[...lastHit].flatMap { PageAddress.foldedWords($0) }.filter { $0.count >= 3 && !Stopwords.all.contains($0) }
            .map(PageAddress.transliterated)
        let slugKeys = Set(address.slugWords.map(PageAddress.transliterated))
        let endsOnSlug = last.last == "." && PageAddress.foldedWords(last).last == address.slugWords.last
            && (pieces.prefix(lastHit).first { !PageAddress.foldedWords($0).allSatisfy(Stopwords.all.contains) })
                .map { PageAddress.foldedWords($0).contains(where: slug.contains) } ?? true
            && runContent.filter(slugKeys.contains).count * 4 >= runContent.count * 3
        let endsAtMark = endsOnSlug || (last.last.map { ":|–—".contains($0) } ?? false)
        let next = pieces[lastHit + 1]
        // Nor any mark, when the run holds (nearly) the whole slug and ends on its last word: the capital
        // after it opens the standfirst (`… en monstre sacré L’auteur de …`).
        // Not after a capitalised word, which the next may go on naming (`… minister Shinzo | Abe dies`,
        // under a slug cut at `shinzo`); the standfirst opens with a function word (`L’auteur`, `The`,
        // `Der`), which goes on no name (`… to visit | Hungary`, under a slug cut at `visit`), and holds
        // a sentence's end. Elisions are joined as slugs write them (`s’est` → `sest`).
        let run = pieces[...lastHit].joined(separator: " ").replacingOccurrences(of: "\u{2019}", with: "").replacingOccurrences(of: "'", with: "")
        let openingWord = next.split(whereSeparator: { $0 == "\u{2019}" || $0 == "'" }).first.map { String($0).folded } ?? ""
        let holdsWholeSlug = PageAddress.foldedWords(last).last == address.slugWords.last && last.first?.isLowercase == true
            && address.slugRecall(run) == 1 && next.first?.isUppercase == true && Stopwords.all.contains(openingWord)
            && pieces[(lastHit + 1)...].contains { $0.hasSuffix(".") || $0.hasSuffix("!") || $0.hasSuffix("?") }
        guard glued || endsAtMark || holdsWholeSlug || repeatsItsEnd || ["-", "\u{2013}", "\u{2014}", "|"].contains(next),
              let opening = pieces[(lastHit + 1)...].first(where: { $0.contains(where: \.isLetter) }), opening.first?.isUppercase == true
        else { return nil }
        let title = pieces[...lastHit].joined(separator: " ").trimmed(CharacterSet(charactersIn: " :-–—|."))
        let rest = pieces[(lastHit + 1)...].joined(separator: " ").trimmed(CharacterSet(charactersIn: " :-–—|"))
        guard (4...25).contains(title.wordCount), address.slugMatch(title) >= 0.5, rest.wordCount >= 3 else { return nil }
        // A few words in title case after a headline in title case, no sentence, are the headline's own end
        // (`… Fires Finance Minister: All You Need To Know`, `… Collapse: What We Know`), not a standfirst.
        if rest.wordCount <= 8, !rest.endsWithSentencePunctuation, BlockClassifier.capitalisedShare(rest) >= 0.75,
           BlockClassifier.capitalisedShare(title) >= 0.6 { return nil }
        return Form(title: title, remainder: rest)
    }

    /// Ends with one full stop right after a lower-case letter or a digit (not `U.S.`, not `…`).
    static func endsWithFullStopAfterWord(_ text: String) -> Bool {
        guard text.hasSuffix("."), let before = text.dropLast().last else { return false }
        return before.isLower || before.isNumber
    }

    private func score(_ candidate: Candidate, line: String, isProse: Bool, repeated: Bool, followedByProse: Bool, order: Int) -> Double {
        let words = candidate.title.wordCount
        var score = 0.0
        score += candidate.slugMatch * 10
        switch words {
        case 5...22: score += 3
        case 4: score += 1.5
        case 3, 23...35: score += 0.5
        default: score -= 3
        }
        if candidate.title.endsWithSentencePunctuation && !candidate.title.hasSuffix("?") && !candidate.title.hasSuffix("!") {
            score -= isProse ? 4 : 1.5
        }
        if isProse, words > 35 { score -= 4 }
        if repeated { score += 1.5 }
        if followedByProse { score += 1.5 }
        if candidate.gluedDate != nil { score += 1 }
        if candidate.site != nil { score += 1 }
        // Menus and labels: every word capitalised and few of them, or no lower-case word at all.
        let capitalised = candidate.title.words.filter { $0.first?.isUppercase == true }.count
        if words <= 4, capitalised == words { score -= 2 }
        if !candidate.title.contains(where: \.isLowercase) { score -= 2 }
        if categoryShape(candidate.title) != nil { score -= 2 }
        // Earlier lines are likelier, but chrome comes first on many pages: a gentle slope.
        score -= Double(order) * 0.05
        return score
    }

    /// A line that is mostly dates, times, time zones and their labels: page chrome, not a headline.
    static func isDateChrome(_ text: String) -> Bool {
        guard text.hasASCIIDigit else { return false }
        let tokens = DateTextParser.tokens(text).map { $0.trimmed(.dateWordMarks) }.filter { !$0.isEmpty }
        guard tokens.count >= 3 else { return false }
        let dateLike = tokens.filter { token in
            let folded = token.folded
            return DateTextParser.month(folded) != nil || DateTextParser.day(folded) != nil
                || PublicationDateFinder.weekdays.contains(folded) || PublicationDateFinder.publishedLabels.contains(folded)
                || PublicationDateFinder.updatedLabels.contains(folded) || ["on", "at", "am", "le", "el", "il", "de", "um", "a"].contains(folded)
                || token.allSatisfy { $0.isNumber || ".:/-".contains($0) }
                || (token.count <= 4 && token.allSatisfy(\.isUppercase))
        }.count
        return Double(dateLike) / Double(tokens.count) >= 0.7 && DateTextParser().dates(in: text).isEmpty == false
    }

    /// Whether prose (or a date line, or a byline) follows within the next three non-blank lines.
    private func followedByProse(_ lines: [RawLine], after index: Int) -> Bool {
        var looked = 0
        for line in lines[(index + 1)...] where !line.isBlank {
            looked += 1
            if looked > 3 { break }
            let text = line.text.collapsingWhitespace
            if NoiseFilter.isProse(text) { return true }
        }
        return false
    }

    private func headline(_ best: Candidate, lines: [RawLine]) -> Headline {
        var dropped: [DroppedLine] = []
        var storyAbove: [RawLine] = []
        var section: (name: String, origin: SectionOrigin)?
        // The headline's words, for telling the story's lede above it from another story's paragraph.
        let headlineWords = Set(PageAddress.foldedWords(best.title).filter { $0.count >= 4 })
        for line in lines[..<best.index] where !line.isBlank {
            // A paragraph of the story that holds most of the headline's words is its lede, above a
            // heading the page put after it (`È stato condannato … Dani Alves, …` then `Dani Alves
            // condannato per violenza sessuale: la vicenda`): it stays.
            if best.belowStory, NoiseFilter.isProse(line.text) || Self.isStoryParagraph(line.text) {
                storyAbove.append(line)
                continue
            }
            // A headline that opens a paragraph of the story (`Leonard Cohen ist tot: Er starb am Montag …`):
            // the page has no heading of its own, and the paragraphs of prose above it are the story's
            // opening (a scraper's date label taken off: `date 2016-11 Wie gestern bekannt wurde, …`).
            if best.remainder != nil, NoiseFilter.isProse(Self.withoutDateLabel(line.text)) {
                storyAbove.append(RawLine(number: line.number, text: Self.withoutDateLabel(line.text)))
                continue
            }
            if headlineWords.count >= 3, Self.isStoryParagraph(line.text) {
                let words = Set(PageAddress.foldedWords(line.text))
                if headlineWords.filter(words.contains).count * 2 >= headlineWords.count {
                    storyAbove.append(line)
                    continue
                }
            }
            if dates.gluedDate(line.text) == nil, dates.dateLine(line.text) != nil {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .dateLine))
            } else if let reason = noise.reason(for: line.text) {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
            } else if let category = categoryShape(line.text) {
                section = category
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: category.origin == .breadcrumb ? .breadcrumb : .category))
            } else {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .beforeHeadline))
            }
        }
        if let suffixSection = best.section { section = (suffixSection, .titleSuffix) }
        let line = lines[best.index]
        return Headline(title: best.title, line: line.number, origin: .text, section: section?.name, sectionOrigin: section?.origin,
                        siteName: best.site, gluedDate: best.gluedDate, dateLines: headerDates(lines, upTo: best.index),
                        dropped: dropped, bodyStart: best.index + 1,
                        remainder: best.remainder.map { RawLine(number: line.number, text: $0) }, storyAbove: storyAbove)
    }

    /// Date lines above line `index`.
    private func headerDates(_ lines: [RawLine], upTo index: Int) -> [PublicationDateFinder.NumberedDateLine] {
        lines[..<min(index, lines.count)].prefix(Self.window * 2).compactMap { line in
            guard !line.isBlank else { return nil }
            // A date glued to a line of chrome above the headline (` date 2025-01-26 Breaking News`).
            if let glued = dates.gluedDate(line.text) {
                return .init(line: line.number, date: .init(date: glued.date, kind: .published, isLabelled: true))
            }
            guard let date = dates.dateLine(line.text) else { return nil }
            return .init(line: line.number, date: date)
        }
    }

    // MARK: Shapes

    /// A headline: a line of up to 35 words that does not end with a full stop.
    func isHeadlineShaped(_ text: String) -> Bool {
        let count = text.wordCount
        guard count >= 1, count <= 35 else { return false }
        var trimmed = text[...]
        while let last = trimmed.last, "\"\u{201D}\u{2019}')".contains(last) { trimmed = trimmed.dropLast() }
        return trimmed.last != "." || trimmed.hasSuffix("...")
    }

    /// A category line (`Politics`, `World news`) or a breadcrumb (`Home › World › Europe`).
    func categoryShape(_ text: String) -> (name: String, origin: SectionOrigin)? {
        for separator in [" › ", " > ", " » ", " / ", " | ", " · "] where text.contains(separator) {
            let segments = text.components(separatedBy: separator).map { $0.trimmedSpaces }
            guard segments.count >= 2, segments.allSatisfy(isCategoryWords) else { return nil }
            let specific = segments.last { !Self.genericSections.contains($0.folded) } ?? segments.last!
            return (specific, .breadcrumb)
        }
        return isCategoryWords(text) ? (text.collapsingWhitespace, .categoryLine) : nil
    }

    private func isCategoryWords(_ text: String) -> Bool {
        let words = text.words
        guard (1...3).contains(words.count), !text.endsWithSentencePunctuation, !text.contains(Character(":")) else { return false }
        guard !words.contains(where: { $0.contains(where: \.isNumber) }) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || ["and", "&", "of"].contains($0.folded) }
    }

    /// `Headline | World | News` → section World, site News; `Headline | Site`, `Headline - Site News` → site.
    func splitSuffix(_ text: String, address: PageAddress? = nil) -> (title: String, section: String?, site: String?) {
        let parts = text.components(separatedBy: " | ").map { $0.trimmedSpaces }.filter { !$0.isEmpty }
        if parts.count >= 2 {
            // The headline is the longest part; the parts after it are section and site.
            let main = parts.indices.max { parts[$0].wordCount < parts[$1].wordCount }!
            let after = Array(parts[(main + 1)...])
            let before = Array(parts[..<main])
            let site = after.last ?? before.first
            let section = after.count >= 2 ? after.first : (before.count >= 2 ? before.last : nil)
            return (parts[main], section, site)
        }
        for separator in [" - ", " \u{2013} ", " \u{2014} ", " :: "] {
            guard let range = text.characterRange(of: separator, backwards: true) else { continue }
            let head = String(text[..<range.lowerBound]).trimmedSpaces
            let tail = String(text[range.upperBound...]).trimmedSpaces
            if isSiteName(tail, address: address), head.wordCount >= 3 { return (head, nil, tail) }
            // `… zehn Menschen – Panorama`: a section's name alone after the headline.
            if head.wordCount >= 4, Self.sectionNames.contains(tail.folded) { return (head, tail, nil) }
        }
        return (text, nil, nil)
    }

    /// `Outlet - Headline`, `Outlet: Headline`.
    private func splitPrefix(_ text: String, address: PageAddress?) -> (title: String, site: String)? {
        for separator in [" - ", " \u{2013} ", " \u{2014} ", ": ", " | "] {
            guard let range = text.characterRange(of: separator) else { continue }
            let head = String(text[..<range.lowerBound]).trimmedSpaces
            let tail = String(text[range.upperBound...]).trimmedSpaces
            if head.wordCount <= 4, isSiteName(head, address: address), tail.wordCount >= 3 { return (tail, head) }
        }
        return nil
    }

    /// An outlet's name: one the address's host names, a domain, or capitalised words with a masthead word.
    private func isSiteName(_ text: String, address: PageAddress?) -> Bool {
        let words = text.words
        guard (1...5).contains(words.count) else { return false }
        if let address, address.names(text) { return true }
        let lowered = text.lowercased()
        if [".com", ".co.", ".org", ".net", ".news", ".ua", ".eu", ".de", ".fr", ".es", ".it", ".in"].contains(where: { lowered.hasSuffix($0) || lowered.contains($0 + "/") }) {
            return true
        }
        return words.count <= 4 && words.allSatisfy { $0.first?.isUppercase == true || ["of", "the", "de", "di"].contains($0.folded) }
            && words.contains { Self.mastheadWords.contains($0.folded) }
    }

    /// Names of news sections, folded, in the languages a site may name: after a dash at a headline's end
    /// they are the page's section, not the headline's words (`… – Panorama`, `… - Esteri`).
    static let sectionNames: Set<String> = [
        "news", "world", "politics", "business", "sport", "sports", "culture", "opinion", "science", "technology", "tech",
        "health", "entertainment", "lifestyle", "panorama", "politik", "wirtschaft", "kultur", "ausland", "inland", "wissen",
        "gesellschaft", "vermischtes", "monde", "international", "politique", "economie", "societe", "mundo", "internacional",
        "politica", "economia", "deportes", "cultura", "sociedad", "esteri", "cronaca", "spettacoli", "attualita",
    ]

    /// Words that name a publication rather than a story (`… - Daily Herald`, `… – Kyiv Post`).
    private static let mastheadWords: Set<String> = [
        "news", "times", "post", "daily", "online", "today", "herald", "journal", "tribune", "press", "radio", "tv",
        "media", "gazette", "wire", "magazine", "network", "agency", "channel", "weekly", "observer", "chronicle",
        "zeitung", "nachrichten", "rundschau", "allgemeine", "tagesschau", "journal", "monde", "figaro", "noticias",
        "diario", "periodico", "corriere", "repubblica", "notizie", "giornale", "stampa", "sera",
    ]
    private static let genericSections: Set<String> = ["home", "news", "start", "accueil", "startseite", "inicio", "index"]
}
