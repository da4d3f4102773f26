import Foundation
import SitegenModel

/// Separates the story's own lines from the page around them, by the shape of each line:
/// captions and credits, share and subscribe prompts, cookie notices, separators, and the
/// "related stories" teasers that scrapers pick up after the story. Nothing is matched against
/// a particular outlet's wording; each dropped line carries its reason.
public struct NoiseFilter: Sendable {
    public struct Result: Sendable, Equatable {
        public var kept: [RawLine]
        public var dropped: [DroppedLine]
    }

    private let dates = PublicationDateFinder()

    public init() {}

    /// Filters the lines that follow the headline. Date lines are dropped only in the page's header
    /// (before the first sentence of the story) or when they are labelled (`Published …`); the
    /// headline itself, when the page repeats it, is dropped too.
    public func filter(_ lines: [RawLine], headline: String? = nil) -> Result {
        let repeated = headline.map { $0.collapsingWhitespace.folded }
        var kept: [RawLine] = []
        var dropped: [DroppedLine] = []
        var inHeader = true
        var afterRelatedHeading = false
        // After the story, a comment section's heading or form (`Leave a Reply`, `Please enter your
        // comment!`): what follows is the comment section, never the story.
        var inCommentSection = false
        // Under a heading that counts the comments on this story (`3 thoughts on “…”`), every line is one.
        var inCountedComments = false
        // Under an author box's heading (`About the author`, `Sobre el autor:`), the author's name, a
        // few lines of biography and a link to their page: lines left to drop as the box's.
        var authorBoxLines = 0
        var authorBoxHadProse = false
        var blankRun: [RawLine] = []

        func flushBlankRun() {
            if blankRun.count >= 2, let first = blankRun.first, let last = blankRun.last {
                dropped.append(DroppedLine(line: first.number, lastLine: last.number, text: "", reason: .blankRun))
            }
            blankRun = []
        }

        // What each line is on its own shape does not depend on the lines around it: worked out
        // for all lines at once, across the cores.
        let repeatedPieces = repeated.map { $0.wordPieces(upTo: 200) } ?? 0
        let shapes = ParallelMap.map(lines) { line in LineShape(line, filter: self, repeated: repeated, repeatedPieces: repeatedPieces) }
        // A short line without a sentence's end that the page shows three times or more (a picture's
        // placeholder `Glasgow Times:`, a widget's label): page furniture wherever it stands.
        var shortLineCounts: [String: Int] = [:]
        for line in lines where !line.isBlank && line.text.utf8.count <= 60 && line.text.wordPieces(upTo: 6) <= 5
            && !line.text.endsWithSentencePunctuation {
            shortLineCounts[line.text.collapsingWhitespace, default: 0] += 1
        }
        // The text of the last line that was not blank, kept or dropped.
        var previousText: String?
        var previousNumber: Int?
        for (line, shape) in zip(lines, shapes) {
            if line.isBlank {
                blankRun.append(line)
                continue
            }
            flushBlankRun()
            defer { previousText = line.text; previousNumber = line.number }
            if inCountedComments {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .comments))
                continue
            }
            if !inHeader, Self.isAuthorBoxHeading(line.text) {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .byline))
                authorBoxLines = 4
                authorBoxHadProse = false
                continue
            }
            // A name, one paragraph of biography (however long), a link to the author's page; a second
            // paragraph of prose is the page's again.
            if authorBoxLines > 0, !(authorBoxHadProse && Self.isProse(line.text)) {
                authorBoxLines -= 1
                if Self.isProse(line.text) { authorBoxHadProse = true }
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .byline))
                continue
            }
            authorBoxLines = 0
            if line.text.utf8.count <= 60, (shortLineCounts[line.text.collapsingWhitespace] ?? 0) >= 3, !shape.isRepeatedHeadline {
                // A related-stories label the page repeats (`Mirá también` above each teaser) still heads its teaser.
                let isRelatedHeading = shape.reason == .relatedHeading
                if isRelatedHeading { afterRelatedHeading = true }
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: isRelatedHeading ? .relatedHeading : .navigation))
            } else if shape.isRepeatedHeadline {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .repeatedHeadline))
            } else if let dateLine = shape.dateLine, inHeader || dateLine.isLabelled || dateLine.hasTime {
                // Past the header a bare date may head a part of the story's chronology; a date with
                // its time is the page's stamp wherever it stands.
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .dateLine))
            } else if shape.isDateNote {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .dateNote))
            } else if shape.isBareDateLabel {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .dateLine))
            } else if let reason = shape.reason {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: reason))
                if reason == .relatedHeading { afterRelatedHeading = true }
                // A bare `Kommentare` or `122 comments` is often a counter by the byline: only a
                // comment section's own heading or form opens it.
                if reason == .comments, !inHeader, Self.opensCommentSection(line.text) { inCommentSection = true }
                if reason == .comments, !inHeader, Self.isCountedCommentHeading(line.text) { inCountedComments = true }
                // A photo's credit line (`Copyright: … /dpa`, `Image: REUTERS/…`) closes its caption, the
                // line right above it. A short credit with no slash (`(Photo: Reuters)`, `© KEYSTONE`) closes
                // one of a single sentence of twenty words at most, right above or above a blank line
                // (`With the takeover of Credit Suisse, UBS gained gigantic market power.`): a page may put
                // its lead picture's credit under the story's last paragraph.
                // A caption the page shows twice (its picture's alternative text, then its caption) is one
                // above any credit, whatever its sentences.
                if let credit = Self.photoCredit(line.text, reason), let previous = kept.last, previous.number == previousNumber,
                   credit == .full ? previous.number == line.number - 1 && previous.text.wordCount <= 45
                    : (line.number - 2...line.number - 1).contains(previous.number) && (previous.text.wordCount <= 20
                        && !previous.text.utf8.dropLast().containsSentenceBreak
                        || previous.text.wordCount <= 60 && kept.dropLast().suffix(3).contains { $0.text == previous.text }) {
                    kept.removeLast()
                    dropped.append(DroppedLine(line: previous.number, text: previous.text, reason: .caption))
                    // Its copies just above go with it.
                    while let copy = kept.last, copy.text == previous.text, copy.number >= previous.number - 4 {
                        kept.removeLast()
                        dropped.append(DroppedLine(line: copy.number, text: copy.text, reason: .caption))
                    }
                } else if reason == .caption, Self.isLabelledSourceLine(line.text), let previous = kept.last, previous.number == line.number - 1,
                          previous.text.wordCount <= 20, !previous.text.endsWithSentencePunctuation, !previous.text.utf8.containsSentenceBreak {
                    // `Highlights: Pogacar mit Zeitfahr-Meisterstück zum Tour-Sieg` over `Quelle: Eurosport`: a
                    // video's or a picture's title right above its source. A sentence above it (a story's last
                    // paragraph, credited to its source) stays.
                    kept.removeLast()
                    dropped.append(DroppedLine(line: previous.number, text: previous.text, reason: .caption))
                }
            } else if inCommentSection, line.text.wordPieces(upTo: 26) <= 25 {
                // Form labels, notices and short comments; a longer paragraph is judged as any other
                // and, when it is kept, closes the section.
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .comments))
            } else if afterRelatedHeading && Self.isTeaser(line.text) {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .teaser))
            } else if !inHeader, Self.isCutExcerpt(line.text), let before = previousText, !Self.isProse(before) {
                // Another story's excerpt, cut by the publishing system mid-sentence (`… to repair a
                // hernia …`), under that story's headline; after a paragraph of the story, a cut line may
                // be the story's own last one, cut by a paywall, and stays.
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .teaser))
            } else {
                kept.append(line)
                if Self.isProse(line.text) {
                    inHeader = false
                    afterRelatedHeading = false
                    inCommentSection = false
                }
            }
        }
        flushBlankRun()
        return dropTeaserTail(Self.dropCaptionCopies(Self.dropRepeatedLabels(Result(kept: kept, dropped: dropped))))
    }

    /// A short line of capitalised words shown twice in a row (`Gerard Depardieu` / `Gerard Depardieu`, blank
    /// lines aside): a picture's alternative text and its caption. A story never repeats a line so.
    static func dropRepeatedLabels(_ result: Result) -> Result {
        var repeated = Set<Int>()
        let lines = result.kept.filter { !$0.isBlank }
        for (above, below) in zip(lines, lines.dropFirst()) where above.text == below.text {
            let text = above.text.collapsingWhitespace
            let words = text.words
            guard (1...6).contains(words.count), !text.endsWithSentencePunctuation, words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            repeated.formUnion([above.number, below.number])
        }
        guard !repeated.isEmpty else { return result }
        return Result(kept: result.kept.filter { !repeated.contains($0.number) },
                      dropped: (result.dropped + result.kept.filter { repeated.contains($0.number) }
                          .map { DroppedLine(line: $0.number, text: $0.text, reason: .caption) }).sorted { $0.line < $1.line })
    }

    /// A caption shown twice, once alone and once with its credit (`… at the final whistle.` and
    /// `… at the final whistle. Photograph: …/Getty Images`): once the credited copy is dropped as a
    /// caption, a kept line that it opens with is that caption too.
    static func dropCaptionCopies(_ result: Result) -> Result {
        // A caption shown twice that ends with its source under a label (`… around the globe. Source:
        // Downdetector`): shown once, such a line may be the story's (`… teilte das Amt mit. Quelle: Destatis`).
        var result = result
        let sourced = result.kept.filter { $0.text.utf8.contains(UInt8(ascii: ":")) && $0.text.wordCount <= 34 && endsWithLabelledSource($0.text) }
        if !sourced.isEmpty {
            var shown: [String: Int] = [:]
            for line in sourced { shown[line.text.collapsingWhitespace, default: 0] += 1 }
            let repeated = Set(sourced.filter { shown[$0.text.collapsingWhitespace, default: 0] >= 2 }.map(\.number))
            if !repeated.isEmpty {
                result = Result(kept: result.kept.filter { !repeated.contains($0.number) },
                                dropped: (result.dropped + result.kept.filter { repeated.contains($0.number) }
                                    .map { DroppedLine(line: $0.number, text: $0.text, reason: .caption) }).sorted { $0.line < $1.line })
            }
        }
        // A copy (four words or more) begins with the caption's first three words, each followed
        // by a space in both: captions are looked up by them, so that a long page with many
        // captions costs one lookup per line, not one per caption.
        func opening(_ folded: String) -> Substring {
            var spaces = 0
            let end = folded.firstIndex { $0 == " " && { spaces += 1; return spaces == 3 }() } ?? folded.endIndex
            return folded[..<end]
        }
        var captions: [Substring: [String]] = [:]
        // Every caption by its line: a short copy (`Prince Philip`) is one only right above its caption
        // (`Prince Philip. Picture: Getty`); anywhere else a line of a name or two is no copy.
        var captionAtLine: [Int: String] = [:]
        for line in result.dropped where line.reason == .caption {
            let folded = line.text.collapsingWhitespace.folded
            captionAtLine[line.line] = folded
            if line.text.wordCount >= 4 { captions[opening(folded), default: []].append(folded) }
        }
        guard !captionAtLine.isEmpty else { return result }
        // Below: on the next line, or on the one after a blank line.
        let keptNumbers = Set(result.kept.map(\.number))
        let captionBelow = Dictionary(uniqueKeysWithValues: result.kept.compactMap { line -> (Int, String)? in
            let below = captionAtLine[line.number + 1] ?? (keptNumbers.contains(line.number + 1) ? nil : captionAtLine[line.number + 2])
            return below.map { (line.number, $0) }
        })
        var kept: [RawLine] = []
        var dropped = result.dropped
        // Each line's folded form, made on all cores (a long page has tens of thousands of lines).
        let foldedLines = ParallelMap.map(result.kept) { line -> String? in
            let words = line.text.wordCount
            return (words >= 4 && words <= 45) || (words >= 1 && words < 4 && captionBelow[line.number] != nil)
                ? line.text.collapsingWhitespace.folded : nil
        }
        for (line, folded) in zip(result.kept, foldedLines) {
            guard let folded else { kept.append(line); continue }
            // The copy is the caption's whole first part: a mark ends it there (`Prince Philip. Picture: …`),
            // not a word going on (`Rescue` above `Rescuers search …`).
            let below = captionBelow[line.number].map { caption in
                guard caption.utf8.count > folded.utf8.count, caption.hasPrefix(folded) else { return false }
                let rest = caption.dropFirst(folded.count)
                return [".", ",", ":", " (", " -", " |", " \u{2013}", " \u{2014}"].contains { rest.hasPrefix($0) }
            } ?? false
            // A picture's alternative text right above its caption: one short sentence whose words the caption
            // uses (`Damaged part of an Alaska Airlines Boeing 737 Max 9, Flight 1282.` above `This photo … shows
            // the damaged part of Alaska Airlines Flight 1282, a Boeing 737 Max 9, …`).
            let describesCaption = captionBelow[line.number].map { caption in
                guard line.text.wordCount >= 4, line.text.wordCount <= 20, !line.text.utf8.dropLast().containsSentenceBreak else { return false }
                let own = Set(PageAddress.foldedWords(folded).filter { $0.count >= 4 })
                guard own.count >= 3 else { return false }
                let theirs = Set(PageAddress.foldedWords(caption))
                return Double(own.filter(theirs.contains).count) >= 0.8 * Double(own.count)
            } ?? false
            if below || describesCaption || captions[opening(folded)].map({ $0.contains(where: { $0.utf8.count > folded.utf8.count && $0.hasPrefix(folded) }) }) == true {
                dropped.append(DroppedLine(line: line.number, text: line.text, reason: .caption))
            } else {
                kept.append(line)
            }
        }
        guard kept.count != result.kept.count else { return result }
        return Result(kept: kept, dropped: dropped.sorted { $0.line < $1.line })
    }

    /// What one line is, whatever stands around it.
    private struct LineShape: Sendable {
        var isRepeatedHeadline = false
        var dateLine: PublicationDateFinder.DateLine?
        var isDateNote = false
        var isBareDateLabel = false
        var reason: DroppedLine.Reason?

        init(_ line: RawLine, filter: NoiseFilter, repeated: String?, repeatedPieces: Int) {
            guard !line.isBlank else { return }
            // A line of many more words than the headline is no copy of it: not folded to compare.
            if let repeated, line.text.wordPieces(upTo: 2 * repeatedPieces + 9) <= 2 * repeatedPieces + 8,
               NoiseFilter.isCopy(line.text.collapsingWhitespace.folded, of: repeated) { isRepeatedHeadline = true; return }
            dateLine = filter.dates.dateLine(line.text)
            isDateNote = filter.dates.dateNote(line.text) != nil
            if isDateNote { return }
            isBareDateLabel = NoiseFilter.isBareDateLabel(line.text)
            if isBareDateLabel { return }
            reason = filter.reason(for: line.text)
        }
    }

    /// Whether a line (folded) is the headline (folded) again, perhaps with a full stop the headline
    /// was taken without (`Roger Federer anuncia su retiro oficial del tenis.`).
    static func isCopy(_ line: String, of headline: String) -> Bool {
        line == headline || (line.hasSuffix(".") && !headline.hasSuffix(".") && line.dropLast() == headline[...])
    }

    /// The reason to drop one line on its own shape, or nil to keep it.
    public func reason(for line: String) -> DroppedLine.Reason? {
        var text = line.collapsingWhitespace
        // A bulleted line of chrome (`- Published 11 March`) is chrome without its bullet too.
        for bullet in ["- ", "\u{2022} ", "* "] where text.hasPrefix(bullet) { text.removeFirst(bullet.count) }
        guard !text.isEmpty else { return .blankRun }
        // A page's control for the size of its text (`AA`, `A A`, `A+ A-`).
        if text.utf8.count <= 7, text.utf8.filter({ $0 == UInt8(ascii: "A") }).count >= 2,
           text.utf8.allSatisfy({ "Aa+- ".utf8.contains($0) }) { return .navigation }
        // A drop cap, a stray letter or a line of marks.
        let wordCharacters = text.lazy.filter(\.isWordCharacter).prefix(2).count
        if wordCharacters == 0 { return .separator }
        if wordCharacters <= 1 { return .separator }
        if Self.isEmbedAttribution(text) { return .embed }
        if Self.isBareAddress(text) { return .navigation }
        // A page's id or slug on a line of its own (`quotidien-4107`, `article_24287895`).
        if Self.isBareId(text) { return .navigation }
        // The credit line that opens a wire picture's caption (`Mandatory Credit: Photo by …/AP/Shutterstock …`).
        if text.hasPrefix("Mandatory Credit") || text.hasPrefix("MANDATORY CREDIT") { return .caption }
        // A byline's label left alone on its line, its name on the next (`By`, `Von`, `Par`, `Por`, `Di`).
        // (A line of two pieces with letters holds a space inside whatever is trimmed: no label; not folded for it.)
        if text.wordPieces(upTo: 2) <= 1, Self.bylineLabels.contains(text.folded.trimmed(Self.labelMarks)) { return .byline }
        // An agency alone in brackets (`(Associated Press)`, `(AFP)`): a picture's or the story's credit.
        if text.utf8.first == UInt8(ascii: "("), text.utf8.last == UInt8(ascii: ")"), text.utf8.count <= 40 {
            let agency = String(text.dropFirst().dropLast()).trimmedSpaces.folded
            if Self.isAgency(agency) { return .caption }
        }
        // A credit alone on its line, of the story or of a picture: agencies (`Agencias`, `AFP`, `dpa/AFP`), no
        // sentence. (Not the story's sign-off: a picture's credit stands between its paragraphs too.)
        if text.utf8.count <= 40, Self.isAgencyCredit(text) { return .caption }
        // A long paragraph's words are only counted (up to 81: the rules below ask no more of it);
        // a short line's are made, for the rules that read them.
        let count = text.wordCount(upTo: 81)
        // Whether the line holds a slash, which several credits' rules look for first: found once.
        let hasSlash = text.utf8.contains(UInt8(ascii: "/"))
        let words = count <= 40 ? text.words : []
        let prose = text.endsWithSentencePunctuation
        // A photo's caption ends with its credit (`… eingestürzt waren. © Francisco Seco/dpa`), however long it is.
        if text.includes("©"), Self.endsWithCredit(text) || Self.endsWithCopyrightMark(text) || Self.repeatsAroundCopyrightMark(text) { return .caption }
        // Or with its credit in brackets: a photographer and agencies (`… in Istanbul (Khalil Hamra/AP/PA)`).
        if text.utf8.last == UInt8(ascii: ")"), Self.endsWithBracketedCredit(text) { return .caption }
        // Or with a photographer and an agency after its last sentence (`… and the country.” Lucas Peltier/AP`).
        if hasSlash, Self.endsWithPhotographerCredit(text) { return .caption }
        // A news agency's caption of a file picture (`FILE - Turning Point USA Founder Charlie Kirk speaks …`,
        // `FILE PHOTO: …`, `ARCHIVO - …`).
        if text.hasPrefix("FILE") || text.hasPrefix("ARCHIVO"),
           ["FILE - ", "FILE \u{2013} ", "FILE \u{2014} ", "FILE PHOTO: ", "ARCHIVO - ", "ARCHIVO \u{2013} "].contains(where: { text.hasPrefix($0) }) {
            return .caption
        }
        // A caption in the agencies' style: `In this image released by NASA, …`, `En esta foto …`.
        if Self.opensLikeCaption(text) { return .caption }
        // Or opened by its credit: a photographer, a slash, the picture's source and the agency it came through
        // (`Bill Ingalls/NASA via AP Start der »Falcon 9«-Rakete …`).
        if hasSlash, text.includes(" via "), Self.opensWithViaCredit(text) { return .caption }
        // A wire picture's caption with its licence, however long (`… TPX IMAGES OF THE DAY NO SALES. NO ARCHIVES.`).
        if Self.holdsPictureLicence(text) { return .caption }
        // `Lionel Hahn File photo dated February 1, 2018 of …`: a file picture's date, in the caption's
        // first words (after a photographer's name); a story may mention `a file photo dated …` later on.
        if text.includes("photo dated") || text.includes("picture dated"), Self.opensWithFilePhotoDate(text) { return .caption }
        // A credit in brackets that names where the picture came from (`… Kourou. (NASA via AP)`).
        if text.utf8.last == UInt8(ascii: ")"), text.includes(" via "), Self.endsWithViaCredit(text) { return .caption }
        // A caption's source after its last sentence (`… at Baghdad's airport. Source: Associated Press`).
        if count <= 40, text.utf8.contains(UInt8(ascii: ":")), Self.endsWithSourceCredit(text) { return .caption }
        // Where to find help, under a story of death or abuse (`If you have been affected …, contact … helpline`).
        if count <= 80, Self.isHelplineNotice(text) { return .helpline }
        // An appeal for money whose wording no story uses (`Independent journalism costs money. …`).
        if count <= 60, Self.isDonationAppeal(text) { return .subscribe }
        // The outlet's call to write to it, with its address (`We want to hear from you! … email us at editors@…`).
        if count <= 60, text.utf8.contains(UInt8(ascii: "@")), Self.isContactAppeal(text) { return .subscribe }
        // A widget's credit (`Powered by automated translation`, `Powered by Google`).
        if count <= 6, !prose, text.hasPrefix("Powered by") || text.hasPrefix("powered by") { return .navigation }
        let mayBeRelative = text.includes("ago")
        if mayBeRelative, Self.hasGluedRelativeTime(text) || (count <= 25 && !prose && Self.hasRelativeTime(text)) { return .teaser }
        // A long paragraph is story unless it opens as a teaser (`Read more: …`) or is a cookie notice:
        // the other rules are for short lines, and folding the whole paragraph for them is wasted.
        // An editor's note in brackets and capitals (`[ACTUALIZA LA INFORMACIÓN SOBRE EL 1O]`, `[UPDATED]`).
        if count <= 20, Self.isBracketedCapitals(text) { return .updateNotice }
        // A newsletter's blurb that offers the news in the reader's inbox, however long.
        if count <= 60, Self.inboxWords.occurs(in: text) {
            let folded = text.folded
            if Self.inboxOffers.occurs(in: folded) { return .subscribe }
        }
        // A counter on its own line (`122` comments, views): a number is no paragraph of a story.
        if text.utf8.count <= 12, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == " " || $0 == "K" || $0 == "k" }) {
            return .navigation
        }
        // `Related Ranking the 20 best…`, `Read more Subscribers only …`: a teaser's label run into its headline.
        if Self.opensWithGluedRelatedLabel(text) { return .teaser }
        // `Read: Oscar guilty of murder: Twitter erupts`: the verb as a label, with its colon, before a headline.
        if count <= 20, text.hasPrefix("Read: ") || text.hasPrefix("READ: ") { return .teaser }
        // An agency's caption of an archive picture, however long: `Gene Hackman smiles as he holds an Oscar …
        // in Los Angeles on April 10, 1972.`
        if count <= 80, text.hasASCIIDigit, Self.isDatedCaption(count <= 40 ? words : text.words) { return .caption }
        if count > 40 {
            // A long caption that ends with its picture's credit in brackets (`… injuring several people.
            // (AP Photo/Manu Fernandez)`): short ones are found by their marker below.
            if text.utf8.last == UInt8(ascii: ")"), Self.endsWithBracketedPictureCredit(text) { return .caption }
            let opening = String(text.prefix(40)).folded
            if let reason = relatedReason(opening, count: count, prose: prose), reason == .teaser { return reason }
            if count <= 80, case let folded = text.folded, folded.includes("cookie"), Self.cookieContext.occurs(in: folded) { return .cookie }
            return nil
        }
        // A caption ended by its credit (`… in the final (Reuters)`, `… $2m. Video / Law and Crime Network`).
        if count <= 40, text.utf8.last == UInt8(ascii: ")") || hasSlash || text.utf8.contains(UInt8(ascii: "|")),
           Self.endsWithMediaCredit(text) { return .caption }
        // `Markus Braun, ex ceo di Wirecard - Afp`: a caption's agency after a dash.
        if count <= 15, Self.endsWithDashedAgency(text) { return .caption }
        // `… washes ashore at a beach near Cutro.PA Media`: an agency after the caption, with no mark between.
        if count <= 40, !prose, Self.endsWithBareAgency(text) { return .caption }
        // `Anna Moneymaker/Getty`, `Hatem Khaled / REUTERS`: a photographer and an agency.
        if count <= 7, !prose, text.includes("/"), words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }) {
            return .caption
        }
        let folded = text.folded
        if count <= 25, isCommentSectionOpening(folded.drop { !$0.isLetter }, words: words) || Self.isCountedCommentHeading(text) { return .comments }
        let label = folded.trimmed(Self.labelMarks)
        if Self.navigationLabels.contains(label) { return .navigation }
        // Skip links run together (`Skip to main contentSkip to navigation…`).
        if count <= 20, !prose, Self.skipLinks.contains(where: { folded.startsWithBytes(of: $0) }) { return .navigation }
        // A reactions widget's prompt (`What's your reaction?`, `Quelle est votre réaction ?`).
        if count <= 6, Self.reactionPrompts.contains(label.trimmed(Self.questionMarks)) { return .comments }
        // An offer of the page's advertising space (`Votre publicité ici ? Contactez-nous !`).
        if count <= 10 {
            let offer = label.trimmed(Self.questionMarks)
            if Self.advertOffers.contains(where: { offer.startsWithBytes(of: $0)
                && (label.utf8.count == $0.utf8.count || Self.offerEndings.contains(where: label.endsWithBytes(of:))) }) { return .advert }
        }
        // `Published11 March`, `Updated 2 hours`: a date label opening a short line.
        if count <= 5, ["published", "updated", "posted", "publie", "veroffentlicht", "publicado", "pubblicato", "aggiornato", "actualizado"]
            .contains(where: { folded.startsWithBytes(of: $0) }) { return .dateLine }
        if Self.holdsCaptionMarker(folded) || Self.captionLabels.contains(where: { folded.startsWithBytes(of: $0) }) { return .caption }
        // A caption that says where its picture is (`Top: An aerial view of …`, `Bottom: The coastal area …`).
        if folded.utf8.contains(UInt8(ascii: ":")), Self.picturePositions.contains(where: { folded.startsWithBytes(of: $0) }), let colon = text.firstIndex(of: ":"),
           text[text.index(after: colon)...].trimmedSpaces.first?.isUppercase == true { return .caption }
        // A stock agency's credit ends a caption (`… the street below Associated Press / Alamy Stock Photo`).
        if hasSlash, Self.endsWithStockCredit(text) { return .caption }
        // A source's label and its name alone on a line (`Quelle: Eurosport`, `Source : AFP`): a picture's or a
        // video's credit under its caption.
        if count <= 5, !prose, Self.isLabelledSourceLine(text) { return .caption }
        // A short line that names a picture of its subject (`Giorgio Armani, en una imagen de 2024.`).
        if count <= 20, !text.utf8.dropLast().containsSentenceBreak, Self.endsWithPicturePhrase(folded) { return .caption }
        // `… in Kyiv. REUTERS/Gleb Garanich`: an agency's credit ends the caption; in a sentence
        // (`A Reuters/Ipsos poll showed …`) the agency is the story's.
        if hasSlash, Self.agencyCreditMarkers.occurs(in: folded), Self.endsWithAgencyCredit(text) {
            return .caption
        }
        // An author's picture, as its alternative text (`Jane Doe's profile picture`).
        if count <= 8, Self.authorPictureLabels.contains(where: { label in
            folded == label || ["'s ", "\u{2019}s ", " de ", " di ", " von "].contains { folded.endsWithBytes(of: $0 + label) }
                || ["de ", "di ", "von "].contains { folded.startsWithBytes(of: label + " " + $0) }
        }) { return .byline }
        if Self.isCaptionSentence(text, words: words) || Self.isGroupCaption(text, words: words) { return .caption }
        if folded.includes("cookie"), Self.cookieContext.occurs(in: folded) { return .cookie }
        if Self.isConsentNotice(folded, count: count) { return .cookie }
        // Marks and symbols before the label (`ⓘ Publicité`, `» Anzeige`) are no words of it.
        if count <= 8, !prose {
            let label = Self.withoutLeadingSymbols(folded).trimmed(Self.labelMarks)
            if Self.advertLabels.contains(where: { label == $0 || label.hasPrefix($0 + " ") || label.hasPrefix($0 + ":") }) { return .advert }
            // Nouns of the other languages (`Annonce surprise de Macron`) only alone.
            if Self.bareAdvertLabels.contains(label) { return .advert }
        }
        // `Elon Musk takes over Twitter (File)`: a picture's caption, labelled as a file or archive picture.
        if count <= 30, text.utf8.last == UInt8(ascii: ")"), Self.endsWithPictureLabel(text) { return .caption }
        // `Tina Turner - The Best (Official Music Video)`: the title of an embedded video.
        if count <= 20, text.utf8.last == UInt8(ascii: ")"), Self.endsWithVideoLabel(folded) { return .video }
        // `In diesem Video sieht man, wie die Erde bebte:`: a line that points at a video below it, ending
        // with a colon, in the five languages.
        if count <= 20, text.trimmedSpaces.hasSuffix(":"), Self.namesVideo(folded) { return .video }
        if count <= 10, !prose, isShareLine(words) { return .share }
        // `You can share this post!`, `Partagez cet article` on a short line, whatever its mark.
        if count <= 8, Self.sharePrompts.occurs(in: folded) { return .share }
        // A poll's or the site's own prompt between paragraphs (`Take part in our poll`, `Go to our website`).
        if count <= 8, !prose, Self.sitePrompts.occurs(in: folded) { return .subscribe }
        if count <= 25, isSubscribePrompt(folded, words: words, prose: prose) { return .subscribe }
        // A newsletter's blurb whose last sentence is the prompt (`Feeling out of the loop? We'll catch
        // you up on the news you need to know. Sign up for the weekly newsletter here.`).
        if count > 25, folded.includes("newsletter"), Self.lastSentenceIsNewsletterPrompt(text) { return .subscribe }
        // A video player's line, with its length (`… Tsunami-Wellen Dauer 2:48 min …`, `Duration 1:05`).
        if Self.hasVideoDuration(folded) { return .video }
        if let reason = relatedReason(folded, count: count, prose: prose) { return reason }
        if count <= 8, folded.includes("read") || folded.includes("reading time"),
           words.contains(where: { $0.allSatisfy(\.isNumber) }), folded.includes("min") { return .readingTime }
        // A reading time split over two lines: the label (`Temps de lecture :`), then `6 min`.
        if count <= 4, Self.readingTimeLabels.contains(folded.trimmed(Self.labelMarks)) { return .readingTime }
        if count == 2, words[0].allSatisfy(\.isNumber), ["min", "min.", "mins", "minutes", "minuten", "minuti", "minutos"].contains(words[1].lowercased()) {
            return .readingTime
        }
        if isByline(folded, words: words, prose: prose) { return .byline }
        // `Sandro Zulian Reporter News`, `Jane Doe, Senior Correspondent`: a name with a journalist's title.
        if count <= 6, !prose, words.filter({ $0.first?.isUppercase == true }).count >= 2,
           words.contains(where: { Self.journalistTitles.contains($0.folded) }) { return .byline }
        // `Echo reporter`, `Staff correspondent`: a desk's byline in two words.
        if count == 2, !prose, words[0].first?.isUppercase == true, Self.journalistTitles.contains(words[1].folded) { return .byline }
        if count <= 30, folded.hasPrefix("©") || folded.hasPrefix("copyright") || folded.includes("all rights reserved") { return .footer }
        if count <= 12, !prose || count <= 6, text.includes("©") { return .caption }
        let opening = folded.drop { !$0.isLetter && $0 != "(" }
        if count <= 14, Self.readOnPhrases.contains(where: { opening.startsWithBytes(of: $0) }) { return .teaser }
        // `>> Plus d'informations à suivre`, `This is a developing story.`: a notice that the story will grow.
        // A quotation is someone's words (`"We will update the rules," she said.`), no notice.
        if count <= 12, Self.developingNotices.contains(where: { opening.startsWithBytes(of: $0) }),
           !text.contains(where: { "\"\u{201C}\u{201D}\u{00AB}\u{00BB}\u{201E}\u{2018}".contains($0) }),
           !text.trimmedSpaces.hasPrefix("'") { return .updateNotice }
        if Self.pageNotices.occurs(in: folded) { return .subscribe }
        // `We're sorry, this feature is currently unavailable. Please try again later.`: a widget that
        // failed to load, on a short line of its own.
        if count <= 25, Self.widgetNoticeWords.occurs(in: folded),
           Self.widgetNotices.occurs(in: folded) { return .widgetNotice }
        // An appeal for support or a paywall's notice, on a line of its own (glued to the story, or a
        // sentence of it — `… streamed for subscribers only on Sky` — the line is the story's).
        if count <= 20, !prose || count <= 10, Self.supportAppeals.occurs(in: folded) { return .subscribe }
        if count <= 12, Self.paywallNotices.occurs(in: folded) { return .subscribe }
        if count <= 30, Self.tagListLabels.contains(where: { folded.startsWithBytes(of: $0) }) { return .tagList }
        // A link to a gallery or a video (`… Fotostrecke ansehen`, `WATCH: Officials hold a briefing`).
        if count <= 30, Self.galleryPrompts.contains(where: { folded.endsWithBytes(of: $0) }) { return .teaser }
        if count <= 25, !prose, Self.mediaLabels.contains(where: { opening.startsWithBytes(of: $0 + ":") || opening.startsWithBytes(of: $0 + " :") }) {
            return .teaser
        }
        // A link's arrow before a teaser (`>> DOSSIER SPÉCIAL – Les dernières infos sur …`): no story's line opens so.
        if text.hasPrefix(">>") { return .teaser }
        return nil
    }

    private static let readingTimeLabels: Set<String> = [
        "reading time", "read time", "temps de lecture", "lesezeit", "lesedauer", "tiempo de lectura", "tempo di lettura",
    ]

    /// Labels of related stories that pages run straight into the teaser's headline, with no mark between.
    private static let gluedRelatedLabels = [
        "related", "read more", "read also", "also read", "see also", "more from", "lesen sie auch", "mehr zum thema",
        "lire aussi", "a lire aussi", "voir aussi", "leggi anche", "vedi anche", "lee tambien", "lea tambien", "ver tambien",
    ]
    private static let gluedLabelOpenings = Set(gluedRelatedLabels.map { String($0.prefix { $0 != " " }) })

    /// A line that opens with a related-stories label, capitalised, followed at once by another
    /// capitalised word (`Related Ranking…`): a label and a headline, not a sentence (`Related
    /// charges were filed` goes on in lower case).
    static func opensWithGluedRelatedLabel(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase else { return false }
        // Most lines open with a word that opens no label: told before the line is split.
        let firstWord = text.utf8.prefix { $0 != 0x20 }
        guard gluedLabelOpenings.contains(String(decoding: firstWord, as: UTF8.self).folded) else { return false }
        let words = text.split(separator: " ", maxSplits: 4)
        for length in 1...3 where words.count > length {
            let label = words[..<length].joined(separator: " ").folded
            guard gluedRelatedLabels.contains(label) else { continue }
            return words[length].first?.isUppercase == true && words.count > length + 1
        }
        return false
    }

    /// Verbs of a photo's caption, in the present tense that captions use and stories do not
    /// (`… of England looks dejected at the final whistle.`): English, where the form is unambiguous.
    private static let captionVerbs: Set<String> = [
        "celebrates", "celebrate", "looks", "walks", "arrives", "arrive", "leaves", "speaks", "gestures", "gesture", "waves",
        "reacts", "react", "attends", "holds", "stands", "sits", "poses", "pose", "greets", "shakes", "listens", "addresses",
        "delivers", "departs", "kisses", "hugs", "embraces", "prays", "pray", "mourns", "mourn", "watches", "appears",
        "gathers", "inspects", "carries", "visits", "waits", "comforts", "signs", "wipes", "smiles", "laughs", "cries",
        "exits", "enters", "boards", "salutes", "applauds", "kneels",
    ]

    /// `Vinicius Junior celebrates his goal against Dortmund.`, `A despondent Donald Trump walks out
    /// of the courtroom …`, `Cast member Matthew Perry smiles at the panel …`: one sentence whose
    /// subject is a capitalised name (after an article, an adjective or a person's noun or two) and
    /// whose verb is a caption's present tense. An agency's caption often has no full stop (`Italy's
    /// Jannik Sinner poses for a picture with the trophy after winning the final …`): a line of eighteen
    /// words or more without one is read the same, with a few more verbs (`takes`), which a
    /// headline's shorter line may use.
    static func isCaptionSentence(_ text: String, words: [Substring]) -> Bool {
        guard (5...40).contains(words.count), !text.utf8.dropLast().containsSentenceBreak else { return false }
        let long = words.count >= 18 && !text.endsWithSentencePunctuation && text.utf8.last.map { !"?!:;,".utf8.contains($0) } == true
        guard text.hasSuffix(".") || long else { return false }
        var index = 0
        if ["a", "an", "the"].contains(words[0].lowercased()) {
            index = 1
            if index < words.count, words[index].first?.isLowercase == true { index += 1 }
        }
        var capitalised = 0
        var lowerInSubject = 0
        var lastWasCapitalised = false
        while index < words.count, index < 8 {
            let word = words[index]
            if word.first?.isUppercase == true {
                capitalised += 1
                lastWasCapitalised = true
            } else if ["of", "and", "de", "von", "van", "al", "bin"].contains(word.lowercased()) {
                lastWasCapitalised = false
            } else if capitalised == 1, lowerInSubject < 3, !isCaptionVerb(word.lowercased(), long: long), !["is", "are"].contains(word.lowercased()),
                      words[(index + 1)..<min(index + 5, words.count)].contains(where: { $0.first?.isUppercase == true }) {
                // `French actor Alain Delon`, `Cast member Matthew Perry`, `British actress and pop singer
                // Jane Birkin`: a person's nouns before the name.
                lowerInSubject += 1
                lastWasCapitalised = false
            } else {
                break
            }
            index += 1
        }
        guard capitalised >= 2, lastWasCapitalised, index < words.count else { return false }
        let verb = words[index].lowercased()
        guard !["he", "she", "it", "they", "this", "that"].contains(words[0].lowercased()) else { return false }
        // `… Jane Birkin is shown at Rome's night club …`, `… are seen after …`: a picture's passive.
        // (`is seen as the key vote` is no picture.)
        if ["is", "are"].contains(verb), index + 2 < words.count, ["seen", "shown", "pictured", "photographed"].contains(words[index + 1].lowercased()),
           !["as", "to", "by"].contains(words[index + 2].lowercased()) {
            return true
        }
        return isCaptionVerb(verb, long: long)
    }

    /// A wire caption of a picture of a group, in its style: the group (`Rescuers`, `Police officers`,
    /// `Spanish police`) and a caption's verb in the present (`clear`, `tend to`, `tell`), one sentence
    /// that ends on where or when (`…, downtown Barcelona, Thursday.`, `… in Arquata del Tronto, Italy.`).
    /// A story tells what groups did in the past tense, and what they say (`Police say …`) is no caption.
    static func isGroupCaption(_ text: String, words: [Substring]) -> Bool {
        guard (6...40).contains(words.count), text.hasSuffix("."), words[0].first?.isUppercase == true else { return false }
        // The group: up to three words, the last a group's plural noun.
        guard let verbIndex = (1...3).first(where: { index in
                  index < words.count && groupNouns.contains(words[index - 1].lowercased()) && groupCaptionVerbs.contains(words[index].lowercased())
              }),
              words[..<verbIndex].dropFirst().allSatisfy({ $0.first?.isLowercase == true || groupNouns.contains($0.lowercased()) }) else { return false }
        // One sentence: a full stop inside only after an abbreviation (`on Aug. 24`).
        let pieces = text.split(separator: " ")
        for (index, piece) in pieces.dropLast().enumerated() where piece.hasSuffix(".") {
            let letters = piece.dropLast()
            guard letters.count <= 4, letters.first?.isUppercase == true, pieces[index + 1].first?.isNumber == true || letters.count == 1 else { return false }
        }
        // Where or when closes it: a weekday, a year, or a place's capitalised name after the last comma.
        guard let comma = text.lastIndex(of: ",") else { return false }
        let close = text[text.index(after: comma)...].dropLast().split(separator: " ")
        guard (1...3).contains(close.count), let first = close.first else { return false }
        return first.first?.isUppercase == true || (close.count == 1 && first.count == 4 && first.allSatisfy(\.isNumber))
    }

    private static let groupNouns: Set<String> = [
        "police", "officers", "rescuers", "firefighters", "residents", "mourners", "soldiers", "workers", "volunteers",
        "protesters", "demonstrators", "supporters", "fans", "members", "people", "students", "children", "migrants",
        "relatives", "families", "paramedics", "troops", "pilgrims", "passengers", "tourists", "investigators", "medics",
    ]

    /// A caption's verbs in the plural present (`Rescuers clear debris …`), in English.
    private static let groupCaptionVerbs: Set<String> = [
        "tend", "clear", "search", "tell", "gather", "walk", "stand", "hold", "carry", "look", "wait", "react", "mourn", "pray",
        "inspect", "work", "remove", "lay", "light", "comfort", "hug", "embrace", "attend", "watch", "cross", "sit", "guard",
        "patrol", "block", "cordon", "evacuate", "help", "rest", "queue", "line", "march", "rally", "cheer", "celebrate",
        "arrive", "leave", "pose", "gesture", "wave", "dig", "sift", "rescue", "check", "secure", "take",
    ]

    /// An agency's caption of a picture, in its style: a capitalised name opens it (with `, right,` or
    /// `and his wife, Betsy,` after it) and a caption's present tense follows within its first fourteen
    /// words (`Gene Hackman smiles as he holds …`, `Gene Hackman, right, and his longtime friend Daniel
    /// Lenihan discuss …`), and it gives the picture's full date with its year (`on April 10, 1972`,
    /// `Nov. 19, 1999,`). A story tells dated events in the past tense (`arrived … on Jan. 19, 2003`).
    static func isDatedCaption(_ words: [Substring]) -> Bool {
        guard words.count >= 8, words[0].first?.isUppercase == true, words[1].first?.isUppercase == true,
              !["he", "she", "it", "they", "this", "that", "the", "a", "an"].contains(words[0].lowercased()) else { return false }
        guard let verb = words.prefix(14).firstIndex(where: { word in
            word.first?.isLowercase == true && (captionVerbs.contains(String(word)) || pluralCaptionVerbs.contains(String(word)))
        }) else { return false }
        // Before the verb only the name, its position and its companions: no verb of the story's own.
        guard words[..<verb].allSatisfy({ $0.first?.isUppercase == true || captionCompanionWords.contains($0.lowercased()) }) else { return false }
        return words.indices.dropLast(2).contains { index in
            DateTextParser.month(String(words[index])) != nil && words[index].first?.isUppercase == true
                && words[index + 1].count <= 2 && words[index + 1].allSatisfy(\.isNumber)
                && words[index + 2].count == 4 && words[index + 2].allSatisfy(\.isNumber)
        }
    }

    /// Present tenses of a caption's verbs with a plural subject (`X and his wife arrive`).
    private static let pluralCaptionVerbs: Set<String> = ["discuss", "talk", "walk", "stand", "sit", "smile", "hold", "attend", "speak", "look", "wave"]

    /// Words between a caption's name and its verb: a position in the picture, a companion.
    private static let captionCompanionWords: Set<String> = [
        "right", "left", "center", "centre", "and", "his", "her", "their", "wife", "husband", "son", "daughter", "friend",
        "longtime", "partner", "former", "actor", "actress", "singer", "director", "president", "with", "of", "the", "from",
    ]

    /// A caption's verb; on a long line without a full stop, a few more.
    private static func isCaptionVerb(_ word: String, long: Bool) -> Bool {
        captionVerbs.contains(word) || (long && longCaptionVerbs.contains(word))
    }

    /// Caption verbs that a headline may use too (`Musk takes over Twitter`): read only on a long line
    /// without a full stop.
    private static let longCaptionVerbs: Set<String> = ["takes", "hits", "serves", "lifts", "performs"]

    /// A caption's credit at the end: `©` after at least three words, then one to eight words
    /// (`© Francisco Seco/dpa`, `© AFP`) and no sentence after them.
    static func endsWithCredit(_ text: String) -> Bool {
        guard let mark = text.lastIndex(of: "©"), mark > text.startIndex else { return false }
        let before = String(text[..<mark]).wordCount
        let credit = String(text[text.index(after: mark)...])
        let words = credit.wordCount
        return before >= 3 && (1...8).contains(words) && !credit.trimmedSpaces.hasSuffix(".")
    }

    /// A short caption closed by an agency after a dash (`Markus Braun, ex ceo di Wirecard - Afp`), with no
    /// sentence before it.
    static func endsWithDashedAgency(_ text: String) -> Bool {
        for dash in [" - ", " \u{2013} ", " \u{2014} "] {
            guard let range = text.characterRange(of: dash, backwards: true) else { continue }
            let before = String(text[..<range.lowerBound]).trimmedSpaces
            let agency = String(text[range.upperBound...]).trimmedSpaces.folded
            return before.wordCount >= 3 && !before.endsWithSentencePunctuation && isAgency(agency)
        }
        return false
    }

    /// A caption with its agency's name after it and no mark between: a name of two words or more
    /// (`… off southern Italy PA Media`), or any agency's run into the caption's full stop (`… near
    /// Cutro.PA Media`, `… on Saturday.AFP`). A story's line that a scraper cut after `told Reuters` ends
    /// with an agency of one word, after a space: no caption.
    static func endsWithBareAgency(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 5 else { return false }
        for length in [3, 2, 1] where words.count >= length + 4 {
            let tail = words.suffix(length).map(String.init)
            if length >= 2, agencyNames.contains(tail.joined(separator: " ").folded) { return true }
            // Glued: the caption's last word, a full stop, the agency's first word.
            let first = tail[0]
            guard let dot = first.lastIndex(of: "."), dot > first.startIndex, first[first.index(before: dot)].isLowercase,
                  first.index(after: dot) < first.endIndex else { continue }
            let agency = ([String(first[first.index(after: dot)...])] + tail.dropFirst()).joined(separator: " ").folded
            if isAgency(agency) { return true }
        }
        return false
    }

    /// A whole line in square brackets, its letters mostly capitals.
    static func isBracketedCapitals(_ text: String) -> Bool {
        guard text.hasPrefix("["), text.hasSuffix("]") else { return false }
        let letters = text.filter(\.isLetter)
        return letters.count >= 6 && letters.filter(\.isUppercase).count * 5 >= letters.count * 4
    }

    /// A call to write to the outlet: an e-mail address in the line, and a request to write to `us` in the five
    /// languages (`email us at`, `escríbenos`, `écrivez-nous`, `scrivici`, `schreiben Sie uns`).
    static func isContactAppeal(_ text: String) -> Bool {
        let holdsAddress = text.split(separator: " ").contains { word in
            guard let at = word.firstIndex(of: "@"), at > word.startIndex else { return false }
            return word[word.index(after: at)...].dropLast().contains(".")
        }
        guard holdsAddress else { return false }
        return contactRequests.occurs(in: text.folded)
    }

    private static let contactRequests: PhraseSet = [
        "email us", "e-mail us", "write to us", "contact us", "send us", "message us", "tell us", "escribenos", "contactanos",
        "envianos", "ecrivez-nous", "contactez-nous", "envoyez-nous", "scrivici", "contattaci", "inviaci", "schreiben sie uns",
        "kontaktieren sie uns", "schicken sie uns",
    ]

    /// A word one of which each offer holds, as written: a line without any is not folded for them.
    private static let inboxWords: PhraseSet = ["inbox", "Postfach", "postfach", "boîte", "boite", "casella", "bandeja", "email", "e-mail", "correo"]
    /// What a newsletter promises, in the five languages.
    private static let inboxOffers: PhraseSet = ["straight to your inbox", "directly to your inbox", "delivered to your inbox", "in your inbox every",
                                      "direkt in ihr postfach", "directement dans votre boite", "direttamente nella tua casella",
                                      "directamente en tu bandeja", "directo a tu bandeja",
                                      "noticias en tu email", "noticias en tu correo", "news in your email", "news by email", "news to your email",
                                      "actualites par email", "notizie via email", "nachrichten per e-mail", "news per e-mail"]

    /// A picture's caption given twice, its text and then as its credit (`Angeklagte vor dem Haager Tribunal.
    /// ©Angeklagte vor dem Haager Tribunal.`): the same words of three or more before and after the mark.
    static func repeatsAroundCopyrightMark(_ text: String) -> Bool {
        guard let mark = text.firstIndex(of: "©") else { return false }
        let before = PageAddress.foldedWords(String(text[..<mark])), after = PageAddress.foldedWords(String(text[text.index(after: mark)...]))
        return before.count >= 3 && before == after
    }

    /// A caption closed by its credit's mark (`… i successi musicali di Johnny Hallyday musica LAPRESSE Copyright ©`):
    /// the mark ends the line after words that end no sentence, as no prose ends.
    static func endsWithCopyrightMark(_ text: String) -> Bool {
        let trimmed = text.trimmedSpaces
        guard trimmed.hasSuffix("©") else { return false }
        let before = String(trimmed.dropLast()).trimmedSpaces
        return before.wordCount >= 3 && !before.endsWithSentencePunctuation
    }

    /// A caption's credit in brackets at the end: after three to forty words that end no sentence,
    /// a photographer's name (two capitalised words or more) and agencies between slashes
    /// (`(Khalil Hamra/AP/PA)`, `(Evan Vucci/Getty Images)`). Not a story's sign-off after its full
    /// stop (`… said on Thursday. (Reuters/AP)`), not a party's initials (`(CDU/CSU)`), not an `and/or`.
    static func endsWithBracketedCredit(_ text: String) -> Bool {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return false }
        let before = String(text[..<open]).trimmedSpaces
        guard (3...40).contains(before.wordCount), !before.endsWithSentencePunctuation else { return false }
        let credit = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let parts = credit.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, (3...8).contains(String(credit).wordCount) else { return false }
        let photographer = parts[0].split(separator: " ")
        guard photographer.count >= 2, photographer.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) }) else {
            return false
        }
        // Each part a name, or an agency that writes itself in lower case (`(Bild: Kay Nietfeld/dpa)`).
        return parts.allSatisfy { part in
            let trimmed = part.trimmingPrefix(while: \.isWhitespace)
            return (trimmed.first?.isUppercase == true || isAgency(String(trimmed).trimmedSpaces.folded)) && !trimmed.contains(where: { $0 == "(" || $0 == "." })
        }
    }

    /// A caption's sentences, then its credit with no brackets: a photographer's name, a slash and
    /// an agency (`… best interest of my party and the country.” Lucas Peltier/AP`). A slash inside a
    /// sentence (`A Reuters/Ipsos poll showed …`) is no credit: the credit follows a sentence's end.
    static func endsWithPhotographerCredit(_ text: String) -> Bool {
        guard let slash = text.lastIndex(of: "/"), text.distance(from: slash, to: text.endIndex) <= 40 else { return false }
        // The photographer's name: two or three capitalised words right before the slash.
        var nameWords = 0
        let head = text[..<slash]
        let pieces = head.split(separator: " ", omittingEmptySubsequences: true)
        var index = pieces.count - 1
        // Agencies write the surname in capitals (`Miguel MEDINA / AFP`).
        while index >= 0, nameWords < 3, let first = pieces[index].first, first.isUppercase,
              pieces[index].dropFirst().contains(where: \.isLowercase) || (pieces[index].count >= 2 && pieces[index].allSatisfy(\.isUppercase)),
              !pieces[index].contains(where: { ".,;:!?\"\u{201D}\u{2019})".contains($0) }) {
            nameWords += 1
            index -= 1
        }
        guard nameWords >= 2, index >= 2 else { return false }
        // What stands before the name ends a sentence, and is a caption of a few words at least.
        guard let last = pieces[index].last, ".!?\u{201D}\"\u{2019}\u{00BB})".contains(last) else { return false }
        // The agency after the slash: one to three capitalised words, and nothing after them.
        let agency = text[text.index(after: slash)...].split(separator: " ")
        guard (1...3).contains(agency.count), agency.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: { ".,;:!?()".contains($0) }) }) else {
            return false
        }
        return true
    }

    /// After a "related stories" heading: another story's headline, which ends without a full stop
    /// (or asks a question), or a short line.
    static func isTeaser(_ text: String) -> Bool {
        var trimmed = text[...]
        while let last = trimmed.last, "\"\u{201D}\u{2019}')]".contains(last) { trimmed = trimmed.dropLast() }
        return trimmed.last != "." || text.wordCount <= 8
    }

    /// An excerpt that a publishing system cut after so many words: an ellipsis after a space, or
    /// `[…]`, ends it (`… to repair a hernia …`); a writer's own ellipsis follows the word (`si près du but…`).
    static func isCutExcerpt(_ text: String) -> Bool {
        guard text.wordPieces(upTo: 61) <= 60 else { return false }
        for ending in [" \u{2026}", " ...", "[\u{2026}]", "[...]", " \u{2026}]"] where text.endsWithBytes(of: ending) {
            return text.wordPieces(upTo: 6) >= 6
        }
        return false
    }

    /// A line that reads as a sentence of the story.
    static func isProse(_ text: String) -> Bool {
        let count = text.wordCount
        return (count >= 5 && text.endsWithSentencePunctuation) || count >= 25
    }

    // MARK: Rules

    /// `— Vatican News (@vaticannews_it) April 21, 2025`, `pic.twitter.com/…`: the credit line of an
    /// embedded social-media post, which scrapers flatten into the text.
    static func isEmbedAttribution(_ text: String) -> Bool {
        if text.includes("pic.twitter.com/") { return true }
        guard text.includes("(@"), let open = text.range(of: "(@"), let close = text[open.upperBound...].firstIndex(of: ")") else { return false }
        let handle = text[open.upperBound..<close]
        guard !handle.isEmpty, handle.count <= 30, !handle.contains(Character(" ")) else { return false }
        let after = String(text[text.index(after: close)...])
        return !DateTextParser().dates(in: after).isEmpty || after.trimmedSpaces.isEmpty
    }

    /// A photo's credit on a line of its own: a full one names an agency after a slash; a short one
    /// only a name after its label.
    enum PhotoCredit { case full, short }

    /// A photo's credit (`Photo: Jane Doe/AP`, `Copyright: Andrew Medichini/AP/dpa`, `© KEYSTONE`), not
    /// a page's copyright footer (`© 2025 Outlet. All rights reserved.`).
    static func photoCredit(_ text: String, _ reason: DroppedLine.Reason) -> PhotoCredit? {
        guard reason == .caption || reason == .footer else { return nil }
        let folded = text.folded
        if ["reserved", "reservados", "riservati", "reserves", "vorbehalten"].contains(where: { folded.includes($0) }) { return nil }
        // Only a line that is a credit and nothing else: a caption that ends with its credit is the caption.
        let opensAsCredit = ["copyright", "photo", "foto", "image", "credit", "picture", "bild", "©", "(photo", "(foto", "credito"]
            .contains(where: { folded.startsWithBytes(of: $0) })
        let words = text.words
        let agencyShape = words.count <= 7 && text.includes("/") && words.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
        if (opensAsCredit && text.includes("/")) || agencyShape { return .full }
        // A short credit with no slash (`© KEYSTONE`, `(Photo: Reuters)`), and no year: `© 2024 Reuters` is the page's footer.
        return opensAsCredit && words.count <= 4 && !text.hasASCIIDigit ? .short : nil
    }

    /// `Updated:`, `Published`, `Mis à jour le` with no date after it.
    static func isBareDateLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        let words = DateTextParser.tokens(text).map { $0.folded.trimmed(.dateWordMarks) }
        guard !words.isEmpty, words.count <= 4 else { return false }
        // A day and a month without a year (`DOMENICA 19 FEBBRAIO`, `Monday, 3 March`): a label, no date.
        if words.contains(where: { DateTextParser.month($0) != nil }), words.contains(where: { DateTextParser.day($0) != nil }),
           words.allSatisfy({ DateTextParser.month($0) != nil || DateTextParser.day($0) != nil || PublicationDateFinder.weekdays.contains($0) }) {
            return true
        }
        return words.allSatisfy { PublicationDateFinder.publishedLabels.contains($0) || PublicationDateFinder.updatedLabels.contains($0)
            || ["on", "at", "le", "am", "el", "il", "a", "de"].contains($0) || $0.isEmpty }
            && words.contains { PublicationDateFinder.publishedLabels.contains($0) || PublicationDateFinder.updatedLabels.contains($0) }
    }

    /// One word of letters and digits joined by `-` or `_`, with both: an id, no story's word.
    static func isBareId(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= 40, bytes.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }) else { return false }
        var letter = false, digit = false, capital = false, separators = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letter = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letter = true; capital = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
            case UInt8(ascii: "-"), UInt8(ascii: "_"): separators += 1
            default: return false
            }
        }
        // Or a slug or a picture's file name, words in lower case joined by marks (`wirecard-one-week-chart`).
        return letter && (digit || (!capital && separators >= 2))
    }

    /// A line that is only a web address or a domain (`cgtn.com`, `https://…`).
    static func isBareAddress(_ text: String) -> Bool {
        guard !text.contains(Character(" ")) else { return false }
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.") { return true }
        // A path to a picture, left by a scraper that cut a page's image markup (`/origin-imgresizer.…/4007882.jpg)`).
        if lowered.hasPrefix("/") || lowered.hasPrefix("("), lowered.contains("/"),
           [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"].contains(where: { lowered.trimmingCharacters(in: CharacterSet(charactersIn: ")]\"'")).hasSuffix($0) }) {
            return true
        }
        let labels = lowered.split(separator: ".")
        return labels.count >= 2 && labels.count <= 4 && labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
            && (2...6).contains(labels.last!.count) && labels.last!.allSatisfy(\.isLetter) && !labels.last!.contains(where: \.isUppercase)
            && text == lowered
    }

    /// After the story, a block of short lines that holds separators or teasers is a list of other stories.
    private func dropTeaserTail(_ result: Result) -> Result {
        var kept = result.kept
        var dropped = result.dropped
        let tailReasons: Set<DroppedLine.Reason> = [.separator, .teaser, .relatedHeading]
        var tail: [RawLine] = []
        // A line that holds a whole sentence and goes on (`… in their office. Later he also shared a lett`)
        // is the story's, cut off by the scraper, not a teaser's headline.
        while let last = kept.last, !Self.isProse(last.text), last.text.wordCount <= 20,
              !(last.text.wordCount >= 8 && BlockClassifier.endsASentenceInside(last.text) && last.text.words.last?.first?.isLowercase == true) {
            tail.append(last)
            kept.removeLast()
        }
        let lastKept = kept.last?.number ?? 0
        let tailHasMarkers = dropped.contains { $0.line > lastKept && tailReasons.contains($0.reason) }
        guard tailHasMarkers else { return result }
        dropped.append(contentsOf: tail.map { DroppedLine(line: $0.number, text: $0.text, reason: .teaser) })
        dropped.sort { $0.line < $1.line }
        return Result(kept: kept, dropped: dropped)
    }

    /// `Science4 weeks agoUniversity of …`: a relative time glued to the words around it.
    static func hasGluedRelativeTime(_ text: String) -> Bool {
        relativeTimes(in: text).contains { $0.gluedBefore || $0.gluedAfter }
    }

    static func hasRelativeTime(_ text: String) -> Bool {
        !relativeTimes(in: text).isEmpty
    }

    private struct RelativeTime {
        var gluedBefore: Bool
        var gluedAfter: Bool
    }

    /// `4 weeks ago`, `an hour ago`, `2h ago`, with whether letters touch it on either side.
    private static func relativeTimes(in text: String) -> [RelativeTime] {
        let characters = Array(text)
        let lower = Array(text.lowercased())
        guard lower.count == characters.count else { return [] }
        var result: [RelativeTime] = []
        var index = 0
        while index + 3 <= lower.count {
            defer { index += 1 }
            guard lower[index] == "a", lower[index + 1] == "g", lower[index + 2] == "o" else { continue }
            // Walk back over " unit(s) " and the number.
            var cursor = index - 1
            while cursor >= 0, lower[cursor] == " " { cursor -= 1 }
            var unitEnd = cursor
            while cursor >= 0, lower[cursor].isLetter { cursor -= 1 }
            let unit = String(lower[(cursor + 1)..<(unitEnd + 1)])
            var unitName = unit
            if unitName.hasSuffix("s") && unitName.count > 2 { unitName.removeLast() }
            guard !unit.isEmpty, relativeUnits.contains(unitName) else { continue }
            while cursor >= 0, lower[cursor] == " " { cursor -= 1 }
            unitEnd = cursor
            while cursor >= 0, lower[cursor].isNumber { cursor -= 1 }
            var numberStart = cursor + 1
            if numberStart > unitEnd {
                // "an hour ago" (`an` glued to a label before it too), "a day ago": the article starts
                // the relative time, so what touches it is what comes before it (`than a month ago` is
                // not glued).
                guard unitEnd >= 0 else { continue }
                if unitEnd >= 1, lower[unitEnd - 1] == "a", lower[unitEnd] == "n" {
                    numberStart = unitEnd - 1
                } else if lower[unitEnd] == "a", unitEnd == 0 || lower[unitEnd - 1].isWhitespace {
                    numberStart = unitEnd
                } else {
                    continue
                }
            }
            let before = numberStart > 0 ? characters[numberStart - 1] : " "
            let after = index + 3 < characters.count ? characters[index + 3] : " "
            result.append(RelativeTime(gluedBefore: before.isLetter, gluedAfter: after.isLetter))
        }
        return result
    }

    private func isShareLine(_ words: [Substring]) -> Bool {
        guard !words.isEmpty else { return false }
        let folded = words.map { String($0).folded }
        let known = folded.filter { Self.shareVocabulary.contains($0) }.count
        let strong = folded.contains { Self.shareNetworks.contains($0) }
        return strong && Double(known) / Double(folded.count) >= 0.6
    }

    private func isSubscribePrompt(_ folded: String, words: [Substring], prose: Bool) -> Bool {
        guard Self.subscribePhrases.occurs(in: folded) else { return false }
        let first = words.first.map { String($0).folded } ?? ""
        let addressesReader = words.contains { ["our", "your", "us", "you"].contains(String($0).folded) }
        return Self.promptVerbs.contains(first) || !prose || addressesReader
    }

    private func relatedReason(_ folded: String, count: Int, prose: Bool) -> DroppedLine.Reason? {
        // Arrows, bullets and marks of any kind before a label (`→ A LIRE AUSSI :`, `» Related`).
        let label = folded.droppingLeadingNonWordScalars.trimmed(Self.headingMarks)
        // Only the headings that open with the label's first byte can open it or be it.
        guard let first = label.utf8.first else { return nil }
        for heading in Self.relatedHeadingsByFirstByte[Int(first)] {
            if label.startsWithBytes(of: heading) {
                let rest = label.dropFirst(heading.count).trimmedSpaces
                if let mark = rest.first, ":|-–—»›>".contains(mark) { return .teaser }
            }
            if count <= 6, !prose, label == heading || (label.startsWithBytes(of: heading) && label.utf8.dropFirst(heading.utf8.count).first == 0x20) { return .relatedHeading }
        }
        return nil
    }

    /// The heading or the form of a comment section: `Leave a Reply`, `Top Comments`, `12 comments`,
    /// `Your email address will not be published.`, in the languages a site may name (the words of
    /// the common publishing systems, not of any outlet). `opening`: the line folded, from its first letter.
    private func isCommentSectionOpening(_ opening: Substring, words: [Substring]) -> Bool {
        let label = opening.trimmed(Self.labelMarks)
        if Self.opensCommentSection(label: label) || Self.commentLinks.contains(where: { label.startsWithBytes(of: $0) }) { return true }
        // `12 comments`, `3 Kommentare`, `Commentaires (4)`.
        guard words.count <= 3 else { return false }
        let plain = words.map { $0.folded }
        return plain.contains(where: { Self.commentWords.contains($0) })
            && plain.allSatisfy({ Self.commentWords.contains($0) || $0.allSatisfy(\.isNumber) })
    }

    /// A blog's heading over the comments on the story, counting them and quoting its headline:
    /// `3 thoughts on “…”`, `One response to “…”`, `2 Gedanken zu „…“`, `5 réflexions sur « … »`.
    /// The quotation runs to the line's end (or is cut there): a sentence that quotes something and
    /// goes on (`Una respuesta a «la amenaza rusa» llegó el lunes.`) is no heading.
    static func isCountedCommentHeading(_ text: String) -> Bool {
        // The first word counts (a number, `one`, `un`, …): told before the line is split.
        var firstWord = String.UnicodeScalarView()
        firstWord.append(contentsOf: text.unicodeScalars.lazy.drop(while: \.isSpaceScalar).prefix { !$0.isSpaceScalar })
        let first = String(firstWord).folded
        guard first.allSatisfy(\.isNumber) || countWords.contains(first) else { return false }
        let pieces = text.collapsingWhitespace.split(separator: " ", maxSplits: 3)
        guard pieces.count == 4, let mark = pieces[3].first, "\u{201C}\u{201E}\u{00AB}\"\u{2018}'".contains(mark) else { return false }
        // The closing mark: one that no letter follows (`Iran’s` holds an apostrophe, not a closing mark).
        let quoted = Array(pieces[3].dropFirst())
        if let close = quoted.indices.first(where: { index in
            "\u{201D}\u{201C}\u{00BB}\"\u{2019}'".contains(quoted[index]) && !(index + 1 < quoted.count && quoted[index + 1].isLetter)
        }), quoted[(close + 1)...].contains(where: { $0.isLetter || $0.isNumber }) {
            return false
        }
        return countsComments(Array(pieces.prefix(3)))
    }

    /// `words`: the line's first three words, a number, a noun of comments and a preposition.
    private static func countsComments(_ words: [Substring]) -> Bool {
        guard words.count >= 3 else { return false }
        let count = words[0].folded
        guard count.allSatisfy(\.isNumber) || countWords.contains(count) else { return false }
        return countedCommentNouns.contains(words[1].folded) && countedCommentLinks.contains(words[2].folded)
    }

    /// The words for one, which count a single comment.
    private static let countWords: Set<String> = ["one", "un", "une", "uno", "una", "ein", "eine"]

    private static let countedCommentNouns: Set<String> = [
        "thought", "thoughts", "response", "responses", "reply", "replies", "comment", "comments", "gedanke", "gedanken",
        "kommentar", "kommentare", "antwort", "antworten", "reflexion", "reflexions", "commentaire", "commentaires",
        "reponse", "reponses", "comentario", "comentarios", "respuesta", "respuestas", "pensamiento", "pensamientos",
        "pensiero", "pensieri", "commento", "commenti", "risposta", "risposte",
    ]
    private static let countedCommentLinks: Set<String> = ["on", "to", "zu", "auf", "sur", "a", "en", "sobre", "su"]

    /// Whether a comment section's line opens the section: its heading or its form (`Leave a
    /// Reply`, `Your email address will not be published`), not a link to it (`View comments`) nor a
    /// counter by the byline (`122` / `Kommentare`), after which the story may go on.
    static func opensCommentSection(_ text: String) -> Bool {
        opensCommentSection(label: text.folded.drop { !$0.isLetter }.trimmed(labelMarks))
    }

    /// `label`: the line folded, from its first letter, without marks at its ends.
    private static func opensCommentSection(label: String) -> Bool {
        commentSectionOpenings.contains { label.startsWithBytes(of: $0) }
    }

    /// `folded`: the line folded.
    private func isByline(_ folded: String, words: [Substring], prose: Bool) -> Bool {
        // `Reporting by …`, and the same in brackets at the story's end (`(Reporting by …; Editing by …)`);
        // `Reported by` only in brackets (`(Reported by Agencies)`): a sentence may open with it.
        let bare = folded.drop { !$0.isLetter }
        if words.count <= 20, Self.creditPrefixes.contains(where: { bare.startsWithBytes(of: $0) }) { return true }
        if words.count <= 8, folded.startsWithBytes(of: "(reported by") { return true }
        // `The Associated Press contributed to this report.`: the wire's or a colleague's credit, which
        // closes a story; only the sentence's end says so, whoever it names.
        if words.count <= 20, Self.contributionEndings.contains(where: { folded.trimmed(Self.labelMarks).endsWithBytes(of: $0) }) { return true }
        // An author's note in one sentence: a full name, `is`, and a journalist's title at an outlet (`Ben Hayward
        // is Weekend Editor for FourFourTwo.`, `Jane Doe is a senior reporter at the Herald.`).
        if (5...14).contains(words.count), words[0].first?.isUppercase == true, words[1].first?.isUppercase == true, words[2].folded == "is",
           prose, !folded.utf8.contains(UInt8(ascii: "\"")), words.dropFirst(3).contains(where: { Self.journalistTitles.contains($0.folded.trimmed(Self.labelMarks)) }),
           words.dropFirst(4).contains(where: { ["for", "at", "of"].contains($0.folded) }) {
            return true
        }
        let opening = words.first.map { $0.folded } ?? ""
        guard words.count >= 2, opening == "by" ? words.count <= 14 : words.count <= 8,
              ["by", "von", "par", "por", "di", "de"].contains(opening) else { return false }
        let name = String(words[1])
        guard name.isCapitalised, !PublicationDateFinder.weekdays.contains(name.folded),
              DateTextParser.month(name) == nil else { return false }
        return opening == "by" ? !prose || words.count <= 6 : !prose
    }

    // MARK: Vocabulary of page furniture (not of any outlet)

    private static let labelMarks = CharacterSet(charactersIn: " .:|»›>…")
    private static let questionMarks = CharacterSet(charactersIn: " ?¿!")
    /// The skip links of the common publishing systems, which some pages run together on one line.
    private static let skipLinks = [
        "skip to main content", "skip to content", "skip to navigation", "aller au contenu", "zum inhalt springen",
        "zum hauptinhalt springen", "saltar al contenido", "ir al contenido", "vai al contenuto", "salta al contenuto",
    ]
    /// The prompts of the reactions widgets that blogs and news sites put under a story.
    private static let reactionPrompts: Set<String> = [
        "what's your reaction", "what is your reaction", "your reaction", "quelle est votre reaction", "votre reaction",
        "cual es tu reaccion", "cual es su reaccion", "qual e la tua reazione", "wie ist ihre reaktion", "ihre reaktion",
        // A prompt for the reader's opinion, alone on its line under the story.
        "what do you think", "what do you think about this", "was meinen sie", "was denken sie", "qu'en pensez-vous",
        "qu\u{2019}en pensez-vous", "et vous, qu'en pensez-vous", "que opinas", "que opina", "tu que opinas", "cosa ne pensi",
        "cosa ne pensate", "che ne pensi", "che ne pensate",
    ]
    /// An offer of the page's advertising space, in the languages a site may name.
    private static let advertOffers = [
        "your ad here", "advertise here", "advertise with us", "votre publicite ici", "annoncez ici", "ihre werbung hier",
        "tu publicidad aqui", "su publicidad aqui", "anunciate aqui", "la tua pubblicita qui", "pubblicizza qui",
    ]
    /// What follows such an offer on its line: a call to get in touch (`… ? Contactez-nous !`).
    private static let offerEndings = [
        "contact us", "contact us!", "contactez-nous", "contactez-nous !", "kontaktieren sie uns", "contactanos", "contattaci",
    ]
    /// How agency captions open (the wire services' style), in the languages a site may name; a word
    /// or a comma follows. Only the phrases a story does not use for a picture it describes: `In this
    /// photo released by …` is a caption, `Auf dem Bild ist der Verdächtige zu sehen` a sentence.
    private static let captionOpenings = [
        "in this photo provided by", "in this photo released by", "in this photo taken", "in this image provided by",
        "in this image released by", "in this image taken from", "in this file photo", "in this handout photo",
        "in this undated photo", "in this undated handout", "in this screen grab", "in this screengrab", "in this video grab",
        "in this still image", "in this aerial photo", "in this photo illustration", "this photo provided by",
        "this image provided by", "this handout photo", "this undated photo", "en esta foto de archivo",
        "en esta imagen de archivo", "en esta imagen distribuida por", "en esta foto distribuida por", "sur cette photo d'archive",
        "sur cette photo diffusee par", "auf diesem archivbild", "in questa foto d'archivio", "in questa immagine diffusa da",
        // A wire picture's caption of a scene (`A view shows remains of a ship along the beach …`).
        "a view shows", "a general view shows", "an aerial view shows",
    ]
    private static let headingMarks = CharacterSet(charactersIn: " :.-–—»›>|➤►▶•*")
    private static let navigationLabels: Set<String> = [
        "skip to content", "skip to main content", "skip to navigation", "skip to footer", "menu", "main menu", "open menu",
        "close menu", "toggle navigation", "navigation", "search", "close", "home", "back to top", "back", "print", "next",
        "previous", "show more", "load more", "more", "log in", "sign in", "register", "account", "loading", "loading...",
        // Logging in, in the other languages a site may name.
        "se connecter", "connexion", "anmelden", "einloggen", "iniciar sesion", "acceder", "accedi", "entra",
        "your local news", "full coverage", "menu principal", "comments", "comment", "kommentare", "kommentar",
        "commentaires", "comentarios", "commenti", "details", "more details",
        // A media label alone over a picture, a gallery or a player.
        "photo", "photos", "foto", "fotos", "video", "videos", "gallery", "galerie", "galeria", "galleria",
        // Labels of a summary box above the story, on a line of their own.
        "in short", "at a glance", "key points", "key takeaways", "das wichtigste in kurze", "das wichtigste in kurzform", "l'essentiel", "lo esencial", "auf einen blick", "en bref", "en resumen", "in breve", "in sintesi",
        // Skip links, in the languages a site may name.
        "skip to main navigation", "aller au contenu", "aller au contenu principal", "passer au contenu", "debut du contenu",
        "debut du contenu principal", "zum inhalt springen", "zum hauptinhalt springen", "direkt zum inhalt", "zum inhalt",
        "ir al contenido", "ir al contenido principal", "saltar al contenido", "saltar al contenido principal",
        "vai al contenuto", "vai al contenuto principale", "salta al contenuto", "salta al contenuto principale",
        // A live page's labels, on a line of their own.
        "key events", "show key events only", "live updates", "live blog", "liveblog", "live ticker", "liveticker",
        "en direct", "en vivo", "in diretta", "minute par minute", "minuto a minuto",
    ]
    private static let relativeUnits: Set<String> = ["second", "sec", "minute", "min", "hour", "hr", "h", "day", "week", "month", "year", "yr"]
    /// An agency's name before the photographer's, in a credit (`REUTERS/Gleb Garanich`, `AP Photo/Evan Vucci`).
    private static let agencyCreditMarkers: PhraseSet = ["ap photo/", "reuters/"]

    /// Whether the line ends with an agency's credit: after the last marker (`REUTERS/`, `AP Photo/`,
    /// in any case), one to six words that each open with a capital, a photographer's name or a
    /// tag (`Gleb Garanich/File Photo`, `Pool`), then nothing but an offer to license the picture;
    /// no sentence's mark at the end. In a story's sentence (`… Reuters/Ipsos poll shows`, `“… the
    /// latest Reuters/Ipsos poll.”`) the words after it do not all open with a capital.
    static func endsWithAgencyCredit(_ text: String) -> Bool {
        guard let marker = ["reuters/", "ap photo/"].compactMap({ text.range(of: $0, options: [.caseInsensitive, .backwards]) })
            .max(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        var credit = String(text[marker.upperBound...]).trimmedSpaces
        for offer in [" Purchase Licensing Rights", " Acquire Licensing Rights"] {
            if let cut = credit.range(of: offer) { credit = String(credit[..<cut.lowerBound]).trimmedSpaces }
        }
        guard let last = credit.last, !".!?\u{201D}\u{2019}\"')".contains(last) else { return false }
        let words = credit.split(whereSeparator: { $0 == " " || $0 == "/" })
        return (1...6).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Where a picture stands, as a caption opens (`Top: …`), in the five languages.
    private static let picturePositions = [
        "top:", "bottom:", "above:", "below:", "left:", "right:", "inset:", "oben:", "unten:", "links:", "rechts:",
        "en haut :", "en bas :", "a gauche :", "a droite :", "arriba:", "abajo:", "izquierda:", "derecha:", "sopra:", "sotto:",
    ]

    /// `… around the globe. Source: Downdetector`: a sentence, then one to four words under a source
    /// label (in the five languages), as a picture's or a chart's caption ends. Whatever the source,
    /// such a line is no headline; only an agency's makes it a caption (`endsWithSourceCredit`).
    static func endsWithLabelledSource(_ text: String) -> Bool {
        guard let colon = text.lastIndex(of: ":") else { return false }
        let credit = text[text.index(after: colon)...].trimmedSpaces
        guard (1...4).contains(credit.split(separator: " ").count), !credit.contains(where: { ".!?".contains($0) }) else { return false }
        let before = text[..<colon].trimmingCharacters(in: .whitespaces)
        guard let labelStart = before.lastIndex(of: " ") else { return false }
        let label = String(before[before.index(after: labelStart)...]).folded
        let preceding = before[..<labelStart].trimmingCharacters(in: .whitespaces)
        guard sourceLabels.contains(label),
              let mark = preceding.last, ".!?|".contains(mark) else { return false }
        return true
    }

    /// `Jannik Sinner beat Daniil Medvedev in the final (Reuters)`, `Jury awards Johnny Depp $15m. Video /
    /// Law and Crime Network`: a picture's or a video's caption, ended by its credit: an agency in
    /// brackets after three words or more that end no sentence (after a full stop, `(Reuters)` signs a
    /// story off), a bar and up to five words ending with an agency (`| Manu Fernandez, dpa`), or a
    /// medium's label, a slash and one to five capitalised words. No headline ends so.
    static func endsWithMediaCredit(_ text: String) -> Bool {
        let text = text.trimmedSpaces
        if text.utf8.last == UInt8(ascii: ")"), let open = text.lastIndex(of: "(") {
            let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmedSpaces.folded
            let before = text[..<open].trimmedSpaces
            if isAgency(inside), before.wordCount >= 3, !before.endsWithSentencePunctuation {
                return true
            }
        }
        // `… klatscht, nachdem er seine Stimme abgegeben hat | Manu Fernandez, dpa`: after a bar, a photographer
        // and an agency.
        if let bar = text.lastIndex(of: "|") {
            let credit = text[text.index(after: bar)...].trimmedSpaces
            let words = credit.split(separator: " ")
            if (1...5).contains(words.count), text[..<bar].trimmedSpaces.wordCount >= 5, let last = words.last,
               creditAgencies.contains(String(last).folded.trimmed(CharacterSet(charactersIn: ".,;()"))) {
                return true
            }
            // `… au conseil d'administration du groupe. | JIJI PRESS / MAXPPP`: agencies or a photographer and an
            // agency between slashes, each word capitalised (a site's name after a bar has no slash).
            if (3...7).contains(words.count), credit.contains("/"), text[..<bar].trimmedSpaces.wordCount >= 5,
               words.allSatisfy({ $0 == "/" || $0.first?.isUppercase == true }), words.first != "/", words.last != "/" {
                return true
            }
        }
        guard let slash = text.lastIndex(of: "/") else { return false }
        let credit = text[text.index(after: slash)...].trimmedSpaces
        // `… in eastern Ukraine. AP/file`: an agency's picture from its archive.
        if ["file", "archive", "archives", "archivo", "archiv", "archivio"].contains(credit.lowercased()),
           let agency = text[..<slash].split(separator: " ").last, isAgency(String(agency).folded),
           text[..<slash].trimmedSpaces.wordCount >= 5 {
            return true
        }
        let words = credit.split(separator: " ")
        guard (1...5).contains(words.count), words.first?.first?.isUppercase == true, !credit.contains(where: { ".!?:".contains($0) }) else { return false }
        let label = text[..<slash].trimmedSpaces.split(separator: " ").last.map { String($0).folded } ?? ""
        return mediaCreditLabels.contains(label) && text[..<slash].trimmedSpaces.wordCount >= 4
    }

    /// `Bill Ingalls/NASA via AP …`: one to three capitalised words, a slash, a capitalised source, `via` and an
    /// agency, at the line's start.
    static func opensWithViaCredit(_ text: String) -> Bool {
        let words = text.split(separator: " ").prefix(6).map(String.init)
        guard let via = words.firstIndex(of: "via"), via >= 2, via + 1 < words.count,
              let slashed = words[..<via].firstIndex(where: { $0.contains("/") }), slashed <= 2 else { return false }
        let credit = words[..<via].flatMap { $0.split(separator: "/") }
        return credit.count >= 2 && credit.allSatisfy { $0.first?.isUppercase == true }
            && isAgency(words[via + 1].folded.trimmed(CharacterSet(charactersIn: ".,;:()")))
    }

    /// Whether a folded name is a news or picture agency's (`reuters`, `associated press`).
    static func isAgency(_ folded: String) -> Bool {
        creditAgencies.contains(folded) || agencyNames.contains(folded)
    }

    /// A line that only credits agencies: `Agencias`, `AFP`, `dpa/AFP`, `Reuters, AP`, `(Agenturen)`.
    static func isAgencyCredit(_ text: String) -> Bool {
        let folded = text.folded.trimmed(CharacterSet(charactersIn: " .()[]|"))
        guard !folded.isEmpty else { return false }
        if isAgency(folded) || agencyWords.contains(folded) { return true }
        let parts = folded.split(whereSeparator: { "/,&+".contains($0) }).map { $0.trimmedSpaces }
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && (isAgency($0) || agencyWords.contains($0)) }
    }

    /// `Agencies` as a credit, in the languages a site may name, folded.
    private static let agencyWords: Set<String> = [
        "agencies", "agency", "agencias", "agencia", "agenturen", "agentur", "agences", "agence", "agenzie", "agenzia", "wire services",
    ]

    /// The media whose credit follows a slash (`Photo / AP`, `Video / Law and Crime Network`), in the five languages.
    /// Folded, as the label is compared (`Vidéo` is `video`).
    private static let mediaCreditLabels: Set<String> = ["photo", "picture", "image", "video", "foto", "bild", "immagine", "imagen"]

    /// `… / Alamy Stock Photo`, `… Ritzau/Alamy Live News`, `… via Shutterstock`: a line whose last words, after a
    /// slash, credit a stock picture agency (capitalised words, nothing after them).
    static func endsWithStockCredit(_ text: String) -> Bool {
        guard let slash = text.lastIndex(of: "/") else { return false }
        let credit = text[text.index(after: slash)...].trimmedSpaces
        let words = credit.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        let folded = credit.folded
        return ["alamy", "shutterstock", "istock", "stock photo", "dreamstime", "adobe stock"].contains { folded.includes($0) }
    }

    /// `Quelle: Eurosport`, `Source : AFP`, `Fuente: EFE`: a source label (in the five languages), then one to
    /// four words, each capitalised (a name), and nothing else on the line.
    static func isLabelledSourceLine(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon].trimmingCharacters(in: .whitespaces).folded
        guard sourceLabels.contains(label) else { return false }
        let credit = text[text.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," })
        return (1...4).contains(credit.count) && credit.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
    }

    private static let sourceLabels: Set<String> = ["source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fonti"]

    /// Whether the folded line names a video (`video`, `vidéo`, `vídeo`, `Tagesschau-Video`) as a word or
    /// a compound's last part.
    /// A demonstrative must stand right before it (`this video`, `diesem Tagesschau-Video`, `cette vidéo`):
    /// `In a video posted on Telegram, Prigozhin said:` introduces a quotation of the story's.
    static func namesVideo(_ folded: String) -> Bool {
        let words = folded.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        return words.indices.dropFirst().contains { index in
            let word = words[index]
            return (word == "video" || word == "videos" || word.hasSuffix("-video")) && videoDemonstratives.contains(String(words[index - 1]))
        }
    }

    private static let videoDemonstratives: Set<String> = [
        "this", "these", "following", "diesem", "diesen", "dieses", "dieser", "folgenden", "cette", "ces", "este", "esta", "estos",
        "siguiente", "questo", "questa", "seguente",
    ]

    /// Whether the folded line holds a picture's label or credit (`Image: Wikimedia Commons`, `(Foto`, `Getty Images`).
    static func holdsCaptionMarker(_ folded: String) -> Bool {
        if captionMarkers.occurs(in: folded) { return true }
        // French sets a space before a colon (`Crédit photo : AFP`, `Photo : Reuters`): on a short line
        // that is no sentence (in a sentence, `… son image : il a …` is the story's).
        guard folded.includes(" :"), folded.wordCount <= 8, !folded.endsWithSentencePunctuation else { return false }
        let tight = folded.replacingOccurrences(of: " :", with: ":")
        return captionMarkers.occurs(in: tight)
    }

    /// A wire picture's licence, which its caption carries (`NO SALES. NO ARCHIVES. FOR EDITORIAL USE ONLY.`), in capitals.
    static func holdsPictureLicence(_ text: String) -> Bool {
        text.includes("EDITORIAL USE ONLY") || text.includes("NO RESALES") || text.includes("NO ARCHIVES") || text.includes("NO SALES.")
    }

    /// The last bracket of the line opens with a caption's marker and names its parts (`(AP Photo/…)`,
    /// `(AFP Photo/…)`), in a few words: the picture's credit.
    static func endsWithBracketedPictureCredit(_ text: String) -> Bool {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        let credit = String(text[open...])
        guard credit.utf8.count <= 60, credit.wordCount <= 8 else { return false }
        // With its parts apart (`AP Photo/Manu Fernandez`): a bare credit (`(foto freepik)`) may close a story's paragraph.
        guard credit.contains("/") else { return false }
        let folded = credit.folded
        if bracketedCaptionMarkers.contains(where: { folded.hasPrefix($0) }) { return true }
        // An agency and its photographer (`(REUTERS/Christian Hartmann)`): a story's sign-off credits
        // agencies only (`(Reuters/AP)`).
        let parts = credit.dropFirst().dropLast().split(separator: "/").map { String($0).trimmedSpaces }
        return parts.count >= 2 && parts.contains { isAgency($0.folded) }
            && parts.contains { part in
                let words = part.split(separator: " ")
                return words.count >= 2 && !isAgency(part.folded) && words.allSatisfy { $0.first?.isUppercase == true }
            }
    }

    private static let bracketedCaptionMarkers = ["(photo", "(image", "(picture", "(credit", "(foto", "(фото", "(file photo", "(ap photo"]

    private static let captionMarkers = PhraseSet(bracketedCaptionMarkers + [
        "mandatory credit:",
        "photo:", "photos:", "image:", "picture:", "credit:", "credits:", "photograph:", "foto:", "фото:",
        "illustration:", "pictured:", "photo by ", "image by ", "getty images", "via getty", "pic/", "pic:", "pic courtesy",
        "(left to right", "(from left", "(l-r)", "(l to r)", "(von links", "von links nach rechts", "(de gauche a droite",
        "(da sinistra", "(de izquierda a derecha", "credito:", "credit :", "bildquelle:",
        "image courtesy", "photo courtesy", "picture courtesy", "photo |", "foto |",
        // A picture viewer's control (`Bild in Lightbox öffnen.`).
        "lightbox",
    ])

    /// A caption's own label opening its line (`Bildlegende: Der Tod von David Bowie …`); inside a
    /// sentence the word is the story's (`… posted a photo along with the caption: "…"`).
    static let captionLabels = ["bildlegende:", "bildunterschrift:", "caption:", "didascalia:", "pie de foto:", "legende:", "leyenda:"]
    /// A line that ends with a picture phrase and at most four words after it, with no comma
    /// (`…, en una imagen de 2024.`, `…, auf einem Foto aus dem Jahr 1995`); a sentence that goes on
    /// after it (`The suspect, pictured in court on Monday, denied all charges.`) is no caption.
    static func endsWithPicturePhrase(_ folded: String) -> Bool {
        // Every phrase opens with a comma: a line without one is looked at no further.
        guard folded.utf8.contains(UInt8(ascii: ",")) else { return false }
        for phrase in picturePhrases {
            guard let range = folded.characterRange(of: phrase, backwards: true) else { continue }
            let rest = folded[range.upperBound...]
            if !rest.contains(","), rest.split(separator: " ").count <= 4 { return true }
        }
        return false
    }

    /// A picture of someone, after a comma: what a caption says of its photograph.
    private static let picturePhrases = [
        ", in a photo", ", in this photo", ", in a file photo", ", pictured in ", ", pictured on ", ", pictured at ",
        ", auf einem foto", ", auf einem bild", ", auf dem foto", ", auf dem bild", ", auf einem archivbild",
        ", sur une photo", ", sur cette photo", ", sur une image", ", en una imagen", ", en una foto", ", en esta imagen",
        ", en esta foto", ", en imagen de archivo", ", in una foto", ", in un'immagine", ", in questa foto", ", in una immagine",
    ]
    private static let cookieContext: PhraseSet = ["accept", "consent", "privacy", "browsing", "experience", "policy", "settings", "we use",
                                        "einstellungen", "einwilligung", "zustimmung", "akzeptieren", "datenschutz",
                                        "consentement", "accepter", "parametres", "confidentialite",
                                        "consenso", "accetta", "impostazioni", "aceptar", "consentimiento", "configuracion", "privacidad"]

    /// A consent widget that stands in for an embedded post or player until the reader agrees, in the
    /// five languages: `Wir benötigen Ihre Zustimmung um X anzuzeigen` (consent to show it), `… sammelt
    /// personenbezogene Daten … Datenschutzniveau` (what it does with personal data and how it is protected).
    static func isConsentNotice(_ folded: String, count: Int) -> Bool {
        guard count <= 40 else { return false }
        let consent = consentNouns.occurs(in: folded)
        if consent, count <= 15, displayVerbs.occurs(in: folded) { return true }
        return personalData.occurs(in: folded) && (consent || dataProtection.occurs(in: folded))
    }

    private static let consentNouns: PhraseSet = ["zustimmung", "einwilligung", "consent", "consentement", "consenso", "consentimiento"]
    private static let displayVerbs: PhraseSet = ["anzuzeigen", "anzeigen zu", "zu laden", "to display", "to show", "to load", "to view",
                                       "pour afficher", "d'afficher", "per visualizzare", "di visualizzare", "para mostrar", "para ver"]
    private static let personalData: PhraseSet = ["personenbezogene daten", "personal data", "donnees personnelles", "dati personali", "datos personales"]
    private static let dataProtection: PhraseSet = ["datenschutz", "privacy", "data protection", "protection des donnees", "protezione dei dati",
                                         "proteccion de datos", "privacidad", "confidentialite"]
    private static let advertLabels = [
        "advertisement", "advert", "ad", "sponsored", "promoted", "story continues below", "article continues below",
        "continue reading below", "scroll to continue",
    ]
    private static let bareAdvertLabels: Set<String> = [
        "anzeige", "werbung", "publicite", "annonce", "publicidad", "anuncio", "pubblicita", "annuncio",
    ]
    /// What a picture's caption says of it in brackets at its end: a file or archive picture, an illustration.
    private static let pictureLabels: Set<String> = [
        "file", "file photo", "file image", "file pic", "file picture", "archive", "archive photo", "archive image",
        "representational image", "representational photo", "representative image", "representational picture",
        "illustrative image", "illustration", "photo illustration",
        "archivbild", "archivfoto", "symbolbild", "archiv",
        "photo d'archives", "image d'archives", "archives", "photo d'illustration", "image d'illustration",
        "archivo", "foto de archivo", "imagen de archivo", "foto archivo", "imagen ilustrativa",
        "archivio", "foto d'archivio", "foto archivio", "immagine d'archivio", "foto di repertorio", "repertorio",
    ]

    /// The text from its first letter or digit on: marks and symbols (`ⓘ`, `»`, `-`) before it go.
    static func withoutLeadingSymbols(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first.value >= 0x80 || !first.isWordScalar else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.drop { scalar in
            switch scalar.properties.generalCategory {
            case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter, .decimalNumber: return false
            default: return true
            }
        }))
    }

    /// The words before a line's closing bracket and the label inside it (`… over Twitter` and `File`),
    /// when the line ends with one.
    static func bracketedEnding(_ text: String) -> (before: Substring, label: String)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return nil }
        return (text[..<open], text[text.index(after: open)..<text.index(before: text.endIndex)].trimmedSpaces)
    }

    /// A line of a few words that ends with a picture's label in brackets (`… over Twitter (File)`).
    static func endsWithPictureLabel(_ text: String) -> Bool {
        // Captions write the label with a capital (`(File)`, `(Archivbild)`); `the indictment (file)` is a link's.
        guard let (before, label) = bracketedEnding(text), label.first?.isUppercase == true else { return false }
        return pictureLabels.contains(label.folded) && String(before).wordCount >= 2
    }

    /// Whether the line opens as an agency's caption does (`In this image released by NASA, …`,
    /// `This photo provided by …`, `Nella foto …`): the phrase, then a word or a comma.
    static func opensLikeCaption(_ text: String) -> Bool {
        guard let first = text.utf8.first, captionOpeningBytes.contains(first | 0x20) else { return false }
        let opening = String(text.prefix(32)).folded
        return captionOpenings.contains { phrase in
            opening.startsWithBytes(of: phrase + " ") || opening.startsWithBytes(of: phrase + ",")
        }
    }

    /// The heading of an author box under a story, in the languages a site may name.
    private static let authorBoxHeadings: Set<String> = [
        "about the author", "about the authors", "about the writer", "sobre el autor", "sobre la autora", "sobre los autores",
        "a propos de l'auteur", "a propos de l'autrice", "a propos de l'auteure", "uber den autor", "uber die autorin",
        "zum autor", "zur autorin", "sull'autore", "sull'autrice", "l'autore", "l'autrice", "chi e l'autore",
    ]

    /// `About the author`, `Sobre el autor:`, `Über den Autor`: the heading, alone on its line.
    static func isAuthorBoxHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        return authorBoxHeadings.contains(text.folded.trimmed(labelMarks))
    }

    /// `File photo dated …`, perhaps after a name of up to three capitalised words, opens the line.
    static func opensWithFilePhotoDate(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 7).prefix(7).map { $0.lowercased() }
        guard let file = words.firstIndex(where: { $0 == "file" || $0 == "archive" }), file <= 3, file + 2 < words.count,
              ["photo", "picture"].contains(words[file + 1]), words[file + 2] == "dated" else { return false }
        return text.split(separator: " ").prefix(file).allSatisfy { $0.first?.isUppercase == true }
    }

    /// The first letters of `captionOpenings`, lower-cased: a line that opens otherwise is folded no further.
    private static let captionOpeningBytes = Set(captionOpenings.compactMap(\.utf8.first))

    /// A byline's label, in the languages a site may name, folded.
    private static let bylineLabels: Set<String> = ["by", "von", "par", "por", "di", "de"]

    /// The agencies a picture is credited to after `via` (`(NASA via AP)`, `(Courtesy of the family via Reuters)`).
    private static let creditAgencies: Set<String> = [
        "ap", "reuters", "afp", "getty", "getty images", "epa", "dpa", "ansa", "efe", "anp", "pa", "aap", "sipa", "xinhua", "imago",
    ]

    /// Whether the line ends with a picture's credit in brackets that names an agency after `via`:
    /// `(NASA via AP)`, `(Handout via Reuters)`, `(Courtesy of John Smith via Getty Images)`.
    static func endsWithViaCredit(_ text: String) -> Bool {
        guard let open = text.lastIndex(of: "("), open > text.startIndex else { return false }
        let credit = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard let via = credit.range(of: " via ") else { return false }
        let giver = credit[..<via.lowerBound].split(separator: " "), agency = String(credit[via.upperBound...]).folded
        guard (1...5).contains(giver.count), creditAgencies.contains(agency) else { return false }
        return giver.allSatisfy { $0.first?.isUppercase == true || ["of", "the", "de", "la", "du", "der", "del", "di"].contains($0.lowercased()) }
    }

    /// Whether the line's last words credit a picture to an agency after a sentence (`… airport. Source:
    /// Associated Press`, `… Quelle: dpa`): the label, then the agency's name and nothing else. A
    /// source that is no agency (`Quelle: Destatis` after a figure) may be the story's.
    static func endsWithSourceCredit(_ text: String) -> Bool {
        for label in [". Source: ", ". Sources: ", ". Quelle: ", ". Fuente: ", ". Fonte: ", ". Source : ", ". Crédit : "] {
            guard let range = text.characterRange(of: label, backwards: true) else { continue }
            let credit = String(text[range.upperBound...]).trimmedSpaces.folded
            let agencies = credit.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            if !agencies.isEmpty, agencies.allSatisfy(isAgency) { return true }
        }
        return false
    }

    /// Agencies' names written out, folded, as a credit gives them.
    private static let agencyNames: Set<String> = [
        "associated press", "the associated press", "agence france-presse", "agence france presse", "afp photo", "ap photo",
        "getty images", "epa-efe", "europa press", "reuters pictures", "keystone", "belga", "anadolu", "anadolu agency",
        "pa media", "pa wire",
    ]

    /// Words that name a line where to find help: a helpline, a crisis line, the Samaritans.
    private static let helplineWords: PhraseSet = ["helpline", "crisis line", "crisis text line", "samaritans", "116 123", "call or text 988"]

    /// `If you have experienced a bereavement …, contact … via their national helpline on …`,
    /// `If you or someone you know is struggling, call or text 988`: an address to the reader, in
    /// English, that names a helpline. (A story's own sentence about a helpline is no address to the reader.)
    static func isHelplineNotice(_ text: String) -> Bool {
        guard text.hasPrefix("If you") || text.hasPrefix("if you") || text.hasPrefix("For confidential support") else { return false }
        let folded = text.folded
        // An address to the reader who is affected: what the story's subject did to them, then who to call.
        guard ["affected", "struggling", "bereavement", "suicidal", "distress", "in crisis", "need support", "need help"]
            .contains(where: { folded.includes($0) }) else { return false }
        return helplineWords.occurs(in: folded)
    }

    /// An appeal for money in words no story writes: `Independent journalism costs money.`,
    /// `… for the price of a coffee`, `Your donation allows us …`.
    private static let donationPhrases: PhraseSet = [
        "if you've read this far", "if you have read this far", "if you've made it this far", "si has llegado hasta aqui",
        "si vous etes arrive jusqu'ici", "se sei arrivato fin qui", "wenn sie bis hierhin gelesen haben",
        "journalism costs money", "your donation allows us", "your donation helps us", "buy us a coffee",
        "support us with a donation", "le journalisme a un cout", "journalismus kostet geld", "el periodismo cuesta",
        "il giornalismo costa",
    ]

    /// Not in a quotation: `“Your donation will save lives,” the Red Cross said` is the story's.
    /// Pieces of words one of which every appeal holds as written: a line without any is looked at no further.
    private static let donationHints: PhraseSet = ["ourna", "iornal", "eriodismo", "offee", "onation", "this far", "hasta aqu", "jusqu", "fin qui", "bis hierhin"]

    static func isDonationAppeal(_ text: String) -> Bool {
        guard donationHints.occurs(in: text) else { return false }
        guard !text.unicodeScalars.contains(where: { "\u{201C}\u{201D}\u{00AB}\u{00BB}\u{201E}\"".unicodeScalars.contains($0) }) else { return false }
        let folded = text.folded
        return donationPhrases.occurs(in: folded)
    }

    /// Whether the line's last sentence, after one before it, asks the reader to sign up for a
    /// newsletter (`… Sign up for the weekly Chicago Catch-Up newsletter here.`).
    static func lastSentenceIsNewsletterPrompt(_ text: String) -> Bool {
        guard let stop = text.dropLast().lastIndex(where: { ".?!".contains($0) }) else { return false }
        let last = String(text[text.index(after: stop)...]).folded
        let words = last.split(separator: " ")
        guard (3...15).contains(words.count), let first = words.first,
              ["sign", "subscribe", "join", "register"].contains(String(first)) else { return false }
        return words.contains { $0.hasPrefix("newsletter") }
    }

    /// A duration label and a length in minutes and seconds (`dauer 2:48`, `duration 1:05`, `duree 3:10`).
    static func hasVideoDuration(_ folded: String) -> Bool {
        // Every length holds a colon: a line without one is looked at no further.
        guard folded.utf8.contains(UInt8(ascii: ":")) else { return false }
        for label in ["dauer ", "duration ", "duree ", "duracion ", "durata "] {
            guard let range = folded.characterRange(of: label) else { continue }
            let rest = folded[range.upperBound...].prefix(6)
            let digits = rest.prefix { $0.isNumber }
            if (1...2).contains(digits.count), rest.dropFirst(digits.count).first == ":" { return true }
        }
        return false
    }

    /// `(Official Music Video)`, `(Official Audio)`, `(Lyric Video)`: the title of an embedded video or song.
    static func endsWithVideoLabel(_ folded: String) -> Bool {
        guard let (_, label) = bracketedEnding(folded) else { return false }
        let words = label.split(separator: " ")
        guard (2...4).contains(words.count), let last = words.last, ["video", "audio", "visualizer", "clip"].contains(last) else { return false }
        return words.dropLast().allSatisfy { ["official", "music", "lyric", "lyrics", "live", "hd", "4k", "remastered"].contains($0) }
    }
    private static let shareNetworks: Set<String> = [
        "share", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail", "print", "tweet",
        "pinterest", "reddit", "messenger", "viber", "flipboard", "bluesky", "copy",
    ]
    private static let shareVocabulary: Set<String> = shareNetworks.union([
        "this", "article", "story", "page", "on", "via", "by", "mail", "link", "url", "save", "bookmark",
        "comments", "comment", "gift", "threads", "and", "or",
        // A call to action (`like share and follow for more`).
        "like", "follow", "for", "more", "us", "please", "subscribe",
        // The other languages' verbs and prepositions (`Auf Facebook teilen`, `Partager sur X`, `Compartir en WhatsApp`,
        // `Condividi su Facebook`).
        "teilen", "auf", "per", "partager", "partagez", "sur", "par", "compartir", "comparte", "en", "por", "condividi",
        "condividere", "su", "con",
    ])
    /// Prompts to share the page, folded, in the languages a site may name.
    private static let sharePrompts: PhraseSet = [
        "share this post", "share this article", "share this story", "share this page", "share on facebook",
        "partager cet article", "partagez cet article", "partager sur facebook", "comparte esta noticia", "compartir en facebook",
        "comparte este articulo", "condividi questo articolo", "condividi su facebook", "artikel teilen", "diesen artikel teilen",
        "beitrag teilen", "condividi l'articolo", "condividi l\u{2019}articolo", "condividi la notizia", "partager l'article",
        "partager l\u{2019}article", "compartir el articulo", "compartir la noticia", "share the article", "share article",
    ]
    private static let subscribePhrases: PhraseSet = [
        "subscribe", "sign up", "sign in", "log in", "newsletter", "follow us", "download our app", "download the app",
        "get the app", "our app", "your inbox", "notifications", "create an account", "create a free account",
        "register for free", "already a subscriber",
    ]
    private static let promptVerbs: Set<String> = [
        "subscribe", "sign", "join", "follow", "download", "register", "log", "get", "click", "tap", "enter", "install",
        "unlock", "already", "want",
    ]
    /// `relatedHeadings` filed by their first byte, each list in the order of the headings.
    private static let relatedHeadingsByFirstByte: [[String]] = {
        var lists = [[String]](repeating: [], count: 256)
        for heading in relatedHeadings { if let first = heading.utf8.first { lists[Int(first)].append(heading) } }
        return lists
    }()

    private static let relatedHeadings = [
        "related", "related stories", "related articles", "related news", "related content", "related topics",
        "related story", "related article", "related video", "related videos", "related link", "related links",
        "related coverage", "related reading",
        "read more", "read also", "also read", "see also", "more on this story", "more on this", "more from",
        "more stories", "more news", "you may also like", "you might also like", "recommended", "recommended for you",
        "most read", "most popular", "most viewed", "trending", "trending now", "latest news", "latest stories",
        "top stories", "editor's picks", "don't miss", "what to read next", "read next", "up next", "reference(s)",
        "references", "sources", "more in", "articles you may like", "recommended stories", "further reading",
        "check also", "also check", "related posts", "similar articles", "similar stories", "more like this",
        "you may have missed", "more from this section", "go deeper", "dig deeper",
        // de
        "lesen sie auch", "auch interessant", "mehr zum thema", "das konnte sie auch interessieren", "weitere artikel",
        "meistgelesen", "zum thema", "empfehlungen", "mehr dazu", "ahnliche artikel", "weitere nachrichten", "empfohlen", "unsere empfehlungen",
        // fr
        "lire aussi", "a lire aussi", "a lire egalement", "voir aussi", "sur le meme sujet", "les plus lus", "a voir aussi",
        "lire egalement", "nos articles", "dans la meme rubrique", "en savoir plus", "a lire", "articles similaires",
        "autres articles", "a voir egalement", "recommandes", "nos recommandations", "a decouvrir", "pour aller plus loin",
        // es
        "lee tambien", "lea tambien", "leer mas", "lea mas", "lee mas", "ver mas", "vea mas", "vea tambien", "mira tambien", "te puede interesar", "noticias relacionadas", "mas informacion",
        "le puede interesar", "tambien te puede interesar", "lo mas leido", "relacionado", "relacionadas",
        "tema relacionado", "temas relacionados", "noticia relacionada", "nota relacionada", "articulo relacionado", "contenido relacionado",
        "noticias similares", "otras noticias", "mas noticias", "recomendados", "te recomendamos", "no te pierdas", "para saber mas",
        // it
        "leggi anche", "leggi pure", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
        "correlati", "piu letti", "altri articoli", "vedi anche", "approfondimenti", "leggi di piu", "leggi anche:",
        "notizie correlate", "altre notizie", "articoli simili", "consigliati", "ti consigliamo", "da non perdere", "per approfondire",
    ]
    private static let authorPictureLabels = [
        "profile picture", "profile photo", "profile image", "foto de perfil", "photo de profil", "profilbild",
        "immagine del profilo", "foto del profilo",
    ]
    private static let commentWords: Set<String> = [
        "comments", "comment", "kommentare", "kommentar", "commentaires", "commentaire", "comentarios", "comentario",
        "commenti", "commento",
    ]
    /// Headings and form lines of a comment section: WordPress's and other publishing systems' own
    /// words, as they ship them in English, German, French, Spanish and Italian.
    private static let commentSectionOpenings = [
        // A comment section with none in it yet.
        "no comments yet", "there are no comments", "be the first to comment", "no hay comentarios", "se el primero en comentar",
        "aucun commentaire", "soyez le premier a commenter", "noch keine kommentare", "keine kommentare vorhanden",
        "sei il primo a commentare", "nessun commento",
        "leave a reply", "leave a comment", "post a comment", "add a comment", "write a comment", "top comments",
        "reader comments", "readers' comments", "comments are closed", "commenting for this story is now closed",
        "commenting is closed", "your email address will not be published",
        "required fields are marked", "please enter your comment", "please enter your name here",
        "you have entered an incorrect email address", "save my name, email, and website", "cancel reply",
        "this site uses akismet",
        "schreibe einen kommentar", "kommentar schreiben", "kommentar verfassen", "kommentar abgeben",
        "deine e-mail-adresse wird nicht veroffentlicht", "ihre e-mail-adresse wird nicht veroffentlicht",
        "erforderliche felder sind mit", "diese website verwendet akismet", "antworten abbrechen",
        "laisser un commentaire", "laissez un commentaire", "laisser une reponse", "ajouter un commentaire",
        "votre adresse e-mail ne sera pas publiee", "votre adresse de messagerie ne sera pas publiee",
        "les champs obligatoires sont indiques", "ce site utilise akismet", "annuler la reponse", "reagir a cet article",
        "deja una respuesta", "deja un comentario", "dejar un comentario", "deja tu comentario", "escribe un comentario",
        "tu direccion de correo electronico no sera publicada", "los campos obligatorios estan marcados",
        "este sitio usa akismet", "cancelar respuesta",
        "lascia un commento", "lascia una risposta", "scrivi un commento", "aggiungi un commento",
        "il tuo indirizzo email non sara pubblicato", "i campi obbligatori sono contrassegnati", "questo sito usa akismet",
        "moderazione dei commenti", "annulla risposta",
        // A form that asks the reader to log in first.
        "you must be logged in to post a comment", "log in to comment", "login to comment", "sign in to comment",
        "sie mussen sich einloggen", "sie mussen angemeldet sein", "melden sie sich an, um zu kommentieren",
        "vous devez etre connecte pour", "connectez-vous pour commenter", "debes iniciar sesion para", "debe iniciar sesion para",
        "inicia sesion para comentar", "devi essere connesso per", "devi effettuare il login per", "accedi per commentare",
    ]
    /// Links to a comment section, which may stand between the story's paragraphs: dropped, and
    /// opening no section.
    private static let commentLinks = [
        "view comments", "show comments", "comment rules", "join the discussion", "kommentare anzeigen",
        "voir les commentaires", "ver comentarios", "mostra commenti", "leggi i commenti",
    ]
    /// Prompts to a page's own poll or site, in the five languages: only on a short line without a closing mark.
    private static let sitePrompts: PhraseSet = [
        "take part in our poll", "vote in our poll", "go to our website", "visit our website", "an unserer umfrage",
        "zur umfrage", "participez a notre sondage", "votez dans notre sondage", "partecipa al sondaggio", "vota nel sondaggio",
        "participa en nuestra encuesta", "vota en nuestra encuesta",
    ]

    /// What pages say about themselves, not about the story: paywalls, live-update notices, app alerts.
    private static let pageNotices: PhraseSet = [
        "refresh the page", "breaking news alerts", "this breaking news story", "this is a developing story",

        "this story is developing", "more details will be published", "reserve aux abonnes", "reservee aux abonnes",
        "abonnez-vous", "lire la suite", "deja abonne", "je me connecte", "ya eres suscriptor", "sei gia abbonato", "bereits abonnent", "nur fur abonnenten", "jetzt abonnieren", "abo abschliessen", "exclusivo para suscriptores",
        "suscribete", "riservato agli abbonati", "abbonati ora", "sign up to our newsletter", "subscribe to our newsletter",
        "enable javascript", "requires javascript", "javascript is required", "javascript aktivieren", "activer javascript",
        "activez javascript", "attivare javascript", "abilitare javascript", "habilitar javascript", "activar javascript", "ad blocker", "adblocker", "follow our whatsapp channel", "join our whatsapp",
        "follow us on", "siguenos en", "seguici su", "folgen sie uns", "folgt ihr uns", "folgt uns auf", "suivez-nous", "the comments you share",
        "comments are moderated", "leave a comment", "post a comment", "comment policy", "join the conversation",
        "deja tu comentario", "lascia un commento", "laissez un commentaire", "kommentar schreiben",
        "wird fortlaufend aktualisiert", "wird laufend aktualisiert", "this article will be updated", "this story will be updated",
        "cet article sera mis a jour", "cet article est mis a jour", "esta noticia se esta actualizando", "articolo in aggiornamento",
        "notizia in aggiornamento", "this is developing news", "check back for updates", "check back later for updates",
    ]

    /// A page widget's notices that it failed to load, folded, in the languages a site may name.
    /// Words one of which every widget notice holds: a line without any is not searched for them all.
    static let widgetNoticeWords: PhraseSet = [" tard", "later", "unavailable", "spater"]

    /// Only a widget's own wording: a story may quote someone saying that something went wrong.
    static let widgetNotices: PhraseSet = [
        "please try again later", "this feature is currently unavailable", "this content is currently unavailable",
        "this video is currently unavailable", "veuillez reessayer plus tard", "intentelo de nuevo mas tarde",
        "vuelva a intentarlo mas tarde", "riprova piu tardi", "bitte versuchen sie es spater",
    ]

    /// Notices that the story is still being written, folded, in the languages a site may name.
    private static let developingNotices = [
        // An editor's note on the story's changes (`Editor's note: This article has been updated …`).
        "editor's note", "note de la redaction", "nota del editor", "nota de la redaccion", "nota della redazione", "anmerkung der redaktion",
        "more to follow", "more details to follow", "more details soon", "this is a developing story", "this story is developing",
        "this story will be updated", "this article will be updated", "breaking news, more to follow",
        "plus d'informations a suivre", "plus d'informations a venir", "plus de details a suivre", "plus de details a venir",
        "article en cours d'actualisation", "cet article sera mis a jour", "informacion en desarrollo", "noticia en desarrollo", "nota en desarrollo",
        "mas informacion en breve", "mas detalles en breve", "ampliaremos informacion", "weitere informationen folgen",
        "this is a breaking news story", "this is a breaking story", "more as we get it", "mehr in kurze", "dieser artikel wird aktualisiert", "die meldung wird aktualisiert", "notizia in aggiornamento",
        "seguiranno aggiornamenti", "articolo in aggiornamento", "in aggiornamento",
        "we'll update", "we will update", "we'll bring you more", "we will bring you more", "wir berichten weiter",
        "nous mettrons cet article a jour",
    ]

    /// Openings of a line that sends the reader to the story elsewhere, in the languages a site may name.
    private static let readOnPhrases = [
        "read the full story", "read full story", "read the full article", "read full article", "read more at",
        "continue reading", "click here", "leer noticia completa", "leer la noticia completa", "lire la suite",
        "weiterlesen", "hier weiterlesen", "continua a leggere", "leggi l'articolo completo", "seguir leyendo",
        "(with inputs from", "with inputs from", "(with agency inputs", "(this story has not been edited",
        "this story has not been edited", "(except for the headline", "sourse:", "source:",
        // `Read the article in The Sydney Morning Herald (AP,Reuters).`: where the story was published first.
        "read the article", "read this article", "read the original article", "read the original story",
        "lire l'article", "lisez l'article", "leggi l'articolo", "lee el articulo", "lea el articulo", "leer el articulo",
    ]
    /// A paywall's notice over the rest of the story: `Dieser Inhalt ist nur mit einem Digital-Abo
    /// sichtbar.` A short line only: in a sentence of the story these words report, not notify.
    private static let paywallNotices: PhraseSet = [
        "nur mit einem digital-abo", "nur mit einem abo", "only available to subscribers", "is for subscribers only",
        "this content is for subscribers", "contenido exclusivo para suscriptores",
        // Reserved for subscribers (`contenu réservé aux abonnés`), the noun in the inclusive form too (`réservée aux abonné·es`).
        "reservee aux abonne", "reserve aux abonne", "reservado a suscriptores", "riservato agli abbonati", "nur fur abonnenten",
    ]
    /// Appeals for readers' money or support, in the languages a site may name.
    private static let supportAppeals: PhraseSet = [
        "your support helps", "your support makes", "support our journalism", "support independent journalism",
        "make a contribution", "donate now", "unterstutzen sie unseren journalismus", "soutenez notre journalisme",
        "apoya nuestro periodismo", "sostieni il nostro giornalismo",
    ]

    /// Titles of the people who write a page: on a short line with a name, a byline.
    private static let journalistTitles: Set<String> = [
        "reporter", "correspondent", "editor", "journalist", "columnist", "redakteur", "redakteurin", "korrespondent",
        "korrespondentin", "journalistin", "journaliste", "redacteur", "redactrice", "correspondant", "correspondante",
        "periodista", "redactor", "redactora", "corresponsal", "giornalista", "redattore", "redattrice", "corrispondente",
    ]

    /// Calls to open a gallery or a video, at the end of a line, in the languages a site may name.
    private static let galleryPrompts = [
        "view gallery", "view the gallery", "see the gallery", "view photos", "see photos", "open gallery",
        "fotostrecke ansehen", "bildergalerie ansehen", "galerie ansehen", "zur bildergalerie", "zur fotostrecke", "bilder ansehen",
        "voir la galerie", "voir le diaporama", "voir les photos", "ver galeria", "ver la galeria", "ver fotos",
        "vedi la gallery", "guarda la gallery", "sfoglia la gallery", "guarda le foto", "vedi le foto",
    ]
    /// Labels of a video or a gallery before a colon (`WATCH:`, `VIDEO:`, `Fotos:`).
    private static let mediaLabels = [
        "watch", "watch live", "video", "videos", "listen", "podcast", "gallery", "photos", "in pictures", "live video",
        "fotostrecke", "bildergalerie", "galerie", "diaporama", "mira", "galeria", "fotogallery", "guarda",
    ]
    /// How a credit for help with the story ends, in English, where the formula is fixed.
    private static let contributionEndings = [
        "contributed to this report", "contributed to this story", "contributed to this article", "contributed reporting",
        "contributed to this report)", "contributed reporting)",
    ]
    private static let creditPrefixes = [
        "a cura di", "redaccion:", "redazione:", "redaktion:",
        "reporting by", "additional reporting by", "editing by", "writing by", "written by", "edited by",
        "compiled by", "with reporting by",
    ]
    private static let tagListLabels = [
        "tags:", "topics:", "filed under:", "related topics:", "keywords:", "archivado en:", "archive dans:", "classe dans:",
        "abgelegt unter:", "archiviato in:", "schlagworte:", "temas:", "argomenti:",
    ]
}
