/// Finds capitalised names that the gazetteer does not know (`Yuri Ushakov`), to propose them to
/// the editor. A name is two to four capitalised words in a row (with particles such as `von`),
/// none of them a title, an institution, a calendar word or a word the text also writes in lower case.
public struct UnknownNameFinder: Sendable {
    public init() {}

    /// Unknown names in `paragraphs`, in the order they first appear; `known` marks what the gazetteer found.
    public func names(in paragraphs: [String], index: GazetteerIndex) -> [String] {
        let lowerCaseWords = Set(paragraphs.flatMap { $0.words.filter { $0.first?.isLowercase == true }.map { String($0).folded } })
        var result: [String] = []
        var seen = Set<String>()
        for paragraph in paragraphs {
            let known = index.mentions(in: paragraph)
            let characters = Array(paragraph)
            for run in capitalisedRuns(characters) {
                if known.contains(where: { $0.range.overlaps(run.range) }) { continue }
                var words = run.words
                // A sentence may open with an ordinary word in capitals: drop it if the text also uses it in lower case.
                while let first = words.first, lowerCaseWords.contains(first.folded) { words.removeFirst() }
                while let last = words.last, Self.particles.contains(last) { words.removeLast() }
                guard (2...4).contains(words.count) else { continue }
                let name = words.joined(separator: " ")
                if seen.insert(name.folded).inserted { result.append(name) }
            }
        }
        return result
    }

    private struct Run {
        var words: [String]
        var range: Range<Int>
    }

    /// Runs of name-shaped words separated by single spaces.
    private func capitalisedRuns(_ characters: [Character]) -> [Run] {
        var runs: [Run] = []
        var current: [String] = []
        var runStart = 0
        var runEnd = 0
        var index = 0
        func close() {
            if !current.isEmpty { runs.append(Run(words: current, range: runStart..<runEnd)) }
            current = []
        }
        while index < characters.count {
            guard characters[index].isLetter else {
                if characters[index] != " " || index + 1 >= characters.count || !characters[index + 1].isLetter { close() }
                index += 1
                continue
            }
            let start = index
            while index < characters.count, characters[index].isLetter || "-'\u{2019}\u{2018}.".contains(characters[index]) {
                index += 1
            }
            var word = String(characters[start..<index])
            for suffix in ["'s", "\u{2019}s", "\u{2018}s"] where word.hasSuffix(suffix) { word.removeLast(suffix.count) }
            while let last = word.last, "-'\u{2019}\u{2018}.".contains(last) { word.removeLast() }
            if isNameWord(word) || (!current.isEmpty && Self.particles.contains(word)) {
                if current.isEmpty { runStart = start }
                current.append(word)
                runEnd = start + word.count
            } else {
                close()
            }
        }
        close()
        return runs
    }

    private func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        guard word.contains(where: \.isLowercase), !word.contains(".") else { return false }
        return !Self.notNames.contains(word.folded)
    }

    private static let particles: Set<String> = ["von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "ter"]

    /// Capitalised words that are not parts of people's names: titles, institutions, geography, calendar, function words.
    static let notNames: Set<String> = [
        // titles
        "president", "vice", "prime", "minister", "secretary", "foreign", "defence", "defense", "interior", "finance",
        "chancellor", "general", "army", "navy", "state", "special", "envoy", "spokesman", "spokeswoman", "spokesperson",
        "press", "senator", "sen", "rep", "representative", "governor", "mayor", "king", "queen", "prince", "princess",
        "pope", "chief", "deputy", "ambassador", "commander", "colonel", "lieutenant", "major", "captain", "admiral",
        "marshal", "director", "chairman", "chairwoman", "chair", "mr", "ms", "mrs", "miss", "dr", "sir", "dame", "lord",
        "lady", "professor", "prof", "judge", "justice", "speaker", "leader", "head", "officer", "aide", "adviser",
        "advisor", "official", "sheikh", "saint", "chancellery", "premier", "emir", "sultan", "cardinal", "bishop",
        // institutions and places
        "house", "white", "kremlin", "pentagon", "council", "union", "ministry", "department", "party", "parliament",
        "congress", "senate", "committee", "commission", "agency", "office", "university", "college", "school", "bank",
        "fund", "forces", "force", "court", "assembly", "organization", "organisation", "nations", "united", "states",
        "republic", "kingdom", "federation", "government", "administration", "security", "affairs", "sea", "ocean",
        "river", "lake", "mountain", "mountains", "island", "islands", "street", "square", "avenue", "road", "airport",
        "station", "rue", "boulevard", "platz", "strasse", "calle", "plaza", "piazza", "hospital", "church", "cathedral", "palace", "center", "centre", "institute", "foundation", "group",
        "company", "corp", "inc", "ltd", "times", "post", "news", "journal", "daily", "service", "guard", "police",
        "border", "region", "oblast", "province", "county", "city", "central", "north", "south", "east", "west",
        "northern", "southern", "eastern", "western", "european", "international", "national", "federal", "royal",
        "democratic", "republican", "labour", "conservative", "liberal", "green", "summit", "conference", "forum",
        "games", "cup", "prize", "award", "act", "bill", "plan", "treaty", "agreement", "accord", "peace", "war", "talks",
        "ministers", "alliance", "coalition", "front", "command", "guardian", "telegraph", "express", "herald",
        // calendar
        "day", "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "christmas", "easter", "thanksgiving", "eve", "new", "year",
        // function words and sentence openers
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "you", "his", "her",
        "their", "our", "in", "on", "at", "for", "from", "with", "by", "of", "to", "and", "but", "or", "as", "if",
        "when", "while", "after", "before", "during", "since", "according", "however", "meanwhile", "both", "all",
        "some", "many", "most", "other", "another", "each", "every", "several", "top", "former", "senior", "earlier",
        "later", "also", "then", "now", "today", "yesterday", "last", "next", "over", "under", "despite", "although",
        "yet", "still", "such", "what", "who", "why", "how", "where", "there", "here", "not", "no", "yes", "so",
    ]
}
