/// The text of a post embedded in the story (a tweet, a caption from another network), when it is
/// written in another language than the story. Pages give such a post as its lines, then its credit
/// (`— ISRO (@isro) August 23, 2023`, which `NoiseFilter` drops as `.embed`); the lines above the
/// credit are kept because each looks like text. Walking up from the credit, a paragraph that the
/// function words of the story's language hardly fill is the post's, and the first one they fill is
/// the story's again. At least one of the post's paragraphs must read as another language (its own
/// function words fill it), so that labels alone (`Updates:`) never make a post. A post in the
/// story's own language is left alone: nothing in its words tells it apart.
struct EmbeddedPosts: Sendable {
    /// The story's function words; nil when its language is unknown, and then no post is found.
    private let own: Set<String>?
    private let others: [Set<String>]

    /// Under this share of the story language's function words a paragraph is not in that language.
    static let foreignDensity = 0.15
    /// The longest post, in paragraphs and in words per paragraph.
    static let maxParagraphs = 6
    static let maxWords = 60

    init(language: String?) {
        let code = Stopwords.code(of: language)
        own = Stopwords.byLanguage[code]
        others = Stopwords.byLanguage.filter { $0.key != code }.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The indices of `paragraphs` (texts, with their line numbers, in order) that are embedded posts'
    /// text, given the line numbers of the posts' credit lines.
    func posts(_ paragraphs: [(line: Int, text: String)], credits: [Int]) -> Set<Int> {
        guard let own else { return [] }
        var result: Set<Int> = []
        // A post whose credit the page lost (a stored copy cut after it): a paragraph in another
        // language that names an account (`… from @InterMiamiCF keeps extending his record …`).
        for (index, paragraph) in paragraphs.enumerated().dropFirst() where Self.namesAccount(paragraph.text) {
            let words = PageAddress.foldedWords(paragraph.text)
            // A post's shape in any language: an account and a hashtag on one short line
            // (`Complimenti per l’#AO2024 @janniksin, il primo Slam non si scorda mai`).
            // A sentence that cites an account in brackets (`Die Polizei Berlin (@polizeiberlin) rief …`) is the story's.
            if words.count <= 25, Self.holdsHashtag(paragraph.text), !paragraph.text.contains("(@") {
                result.insert(index)
                continue
            }
            if words.count >= 4, words.count <= Self.maxWords, Stopwords.density(of: words, in: own) < Self.foreignDensity,
               others.contains(where: { Stopwords.density(of: words, in: $0) >= BlockClassifier.stopwordsHigh }) {
                result.insert(index)
            }
        }
        guard !credits.isEmpty else { return result }
        var floor = 0
        for credit in credits.sorted() {
            defer { floor = credit }
            guard var index = paragraphs.lastIndex(where: { $0.line < credit }) else { continue }
            // A post's text ends with the post's own short link (`… Stiamo con voi. https://t.co/s8sZezlO3t`,
            // `pic.twitter.com/…`): that paragraph, right above its credit, is the post's in any language.
            if index > 0, paragraphs[index].line > floor, Self.endsWithPostLink(paragraphs[index].text) { result.insert(index) }
            var block: [Int] = []
            var readsForeign = false
            // Never the lede: a post opens no story.
            while index > 0, paragraphs[index].line > floor, block.count < Self.maxParagraphs {
                let words = PageAddress.foldedWords(paragraphs[index].text)
                guard !words.isEmpty, words.count <= Self.maxWords, Stopwords.density(of: words, in: own) < Self.foreignDensity else { break }
                if words.count >= 4, others.contains(where: { Stopwords.density(of: words, in: $0) >= BlockClassifier.stopwordsHigh }) { readsForeign = true }
                block.append(index)
                index -= 1
            }
            if readsForeign { result.formUnion(block) }
        }
        return result
    }

    /// The page's last paragraphs when they are written in another language than the story (a reader's
    /// comment under an English story, `Finalement qu’est ce qui s’est passé … je souhaite mes sincères
    /// condoléances …`): walking up from the end, each of eight words or more that the story's function
    /// words hardly fill and another language's fill as prose. Never the lede.
    func foreignTail(_ paragraphs: [String]) -> Set<Int> {
        guard let own else { return [] }
        var result: Set<Int> = []
        var index = paragraphs.count - 1
        while index > 0, result.count < Self.maxParagraphs {
            let words = PageAddress.foldedWords(paragraphs[index])
            guard words.count >= 8, Stopwords.density(of: words, in: own) < Self.foreignDensity,
                  others.contains(where: { Stopwords.density(of: words, in: $0) >= BlockClassifier.stopwordsHigh }) else { break }
            result.insert(index)
            index -= 1
        }
        return result
    }

    /// Whether the text's last word is a post's short link or picture link (`https://t.co/…`, `pic.twitter.com/…`).
    static func endsWithPostLink(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last?.lowercased() else { return false }
        return ["https://t.co/", "http://t.co/", "pic.twitter.com/", "https://pic.twitter.com/", "pic.x.com/"].contains { last.hasPrefix($0) }
    }

    /// Whether the text holds a hashtag: `#` then a letter or a digit, not after a letter (`l’#AO2024`).
    static func holdsHashtag(_ text: String) -> Bool {
        var previous: Character = " "
        var hash = false
        for character in text {
            if hash, character.isLetter || character.isNumber { return true }
            hash = character == "#" && !previous.isLetter && !previous.isNumber
            previous = character
        }
        return false
    }

    /// Whether the text names a social account: `@` at a word's start, then a letter.
    static func namesAccount(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        var atSign = false
        for byte in text.utf8 {
            if atSign, (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { return true }
            atSign = byte == UInt8(ascii: "@") && (previous == 0x20 || previous == UInt8(ascii: "("))
            previous = byte
        }
        return false
    }
}
