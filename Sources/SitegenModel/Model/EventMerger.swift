/// What two reports of one event share: the names they give (capitalised words after the first)
/// and their distinctive words (five letters or more), folded and hashed, sorted. Computed once
/// per event, so that merging and checking tens of thousands of them compares integers.
public struct EventSignature: Sendable, Equatable {
    public var names: [UInt64]
    public var words: [UInt64]

    /// A signature as worked out before (the build cache keeps each event's): `names` and `words` sorted.
    /// (A change to how `init(_:)` works one out must bump the build cache's format.)
    public init(names: [UInt64], words: [UInt64]) {
        self.names = names
        self.words = words
    }

    /// Read on the text's UTF-8 bytes: a word is a run of letters, digits, `-` and `'`; an ASCII
    /// word is lower-cased and hashed as it is read, and only a word with other letters is folded.
    public init(_ text: String) {
        var names = Set<UInt64>()
        var words = Set<UInt64>()
        var text = text
        text.withUTF8 { bytes in
            var hash = FNV1a()
            var length = 0
            var start = 0
            var ascii = true
            var isFirst = true
            func finish(_ end: Int) {
                defer { hash = FNV1a(); length = 0; ascii = true }
                guard length > 0 else { return }
                var value = hash.value
                var folded: String?
                if !ascii {
                    folded = TextFolding.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                    value = FNV1a.hash(folded!.utf8)
                }
                let capitalised = (0x41...0x5A).contains(bytes[start]) || (!ascii && bytes[start] >= 0xC3 && String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).first?.isUppercase == true)
                let characters = ascii ? length : (folded?.count ?? length)
                if characters >= 5 { words.insert(value) }
                if !isFirst, capitalised, characters >= 3 {
                    let word = folded ?? String(decoding: bytes[start..<end].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
                    if DateWords.fullMonth(word, language: nil) == nil, DateWords.weekday(word, language: nil) == nil { names.insert(value) }
                }
                isFirst = false
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x27, 0x80...:
                    if length == 0 { start = index }
                    hash.add((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                    length += 1
                    if byte >= 0x80 { ascii = false }
                default:
                    finish(index)
                }
            }
            finish(bytes.count)
        }
        self.names = names.sorted()
        self.words = words.sorted()
    }

    /// How many values two sorted lists share.
    static func shared(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// The share of distinctive words two signatures have in common, over all they hold.
    func wordOverlap(_ other: EventSignature) -> Double {
        let common = Self.shared(words, other.words)
        let union = words.count + other.words.count - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    func sharedNames(_ other: EventSignature) -> Int { Self.shared(names, other.names) }
}

struct EventMerger {
    /// The share of distinctive words two texts must share, when they share fewer than two names.
    static let sharedWords = 0.3

    /// `chronological`: article indices, oldest first (the order reports are counted in).
    func merge(_ articles: [Article], chronological: [Int]) -> [Briefing.Event] {
        var merged: [Briefing.Event] = []
        // Each merged event is compared by its first report's words, and knows its articles.
        var signatures: [EventSignature] = []
        var reporting: [Set<Int>] = []
        var byDate: [ContentDate: [Int]] = [:]
        for index in chronological {
            for (position, event) in articles[index].events.enumerated() {
                let signature = event.signature
                let report = Briefing.Event.Report(article: index, event: position)
                let date = event.date.dateOnly
                if let same = byDate[date]?.first(where: { !reporting[$0].contains(index) && Self.same(signatures[$0], signature) }) {
                    merged[same].reports.append(report)
                    merged[same].planned = merged[same].planned && event.planned
                    reporting[same].insert(index)
                } else {
                    reporting.append([index])
                    byDate[date, default: []].append(merged.count)
                    merged.append(Briefing.Event(date: date, text: event.text, planned: event.planned, reports: [report]))
                    signatures.append(signature)
                }
            }
        }
        // By date; on one day, in the order first reported.
        return merged.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
        }.map(\.element)
    }

    static func same(_ a: EventSignature, _ b: EventSignature) -> Bool {
        a.sharedNames(b) >= 2 || a.wordOverlap(b) >= sharedWords
    }
}
