import Foundation

/// What the previous build of a site into one output folder left behind, so that the next
/// build can re-read only the articles that changed and re-render only the pages they touch.
///
/// It is kept beside the output folder (`.public.sitegen-cache` for `public/`), never inside it.
struct BuildCache: Sendable {
    static let formatVersion = 6

    /// One article as last built: its file's stamp, its front matter (the body left out),
    /// its length and its section of the combined briefing, rendered.
    struct Entry: Sendable {
        var fileName: String
        var stamp: FileStamp
        var article: Article
        var render: ArticleRender
    }

    var fingerprint: String
    /// Whether the site named any people (the people index and its navigation link exist).
    var hasPeople: Bool
    /// What the build reported, to report it again when nothing changed.
    var counts: Counts

    struct Counts: Sendable, Equatable {
        var articles = 0, drafts = 0, tags = 0, people = 0
    }
    var entries: [Entry]
    /// Every file of the output with its size, to notice files changed or removed by hand.
    var outputs: [String: Int]

    static func location(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).sitegen-cache")
    }

    /// The cache beside `output`, or nil when there is none or it cannot be read.
    static func load(for output: URL) -> BuildCache? {
        guard let data = try? Data(contentsOf: location(for: output), options: .alwaysMapped) else { return nil }
        var reader = BinaryReader(data)
        do {
            return try decode(&reader, data: data)
        } catch {
            return nil
        }
    }

    /// Writes the cache beside `output`, replacing the old one at once (written beside it, then renamed).
    func save(for output: URL) throws {
        try AtomicFile.write(to: BuildCache.location(for: output)) { fd in
            var writer = BinaryWriter(fd: fd)
            try encode(&writer)
            try writer.flush()
        }
    }

    /// Removes the cache, after a full build that could not write one.
    static func remove(for output: URL) {
        try? FileManager.default.removeItem(at: location(for: output))
    }

    /// Whether every file the cache records is in the output with the size it had.
    func outputIsIntact(_ output: URL) -> Bool {
        Summary(fingerprint: fingerprint, hasPeople: hasPeople, counts: counts, outputs: outputs, stamps: []).outputIsIntact(output)
    }

    // MARK: encoding

    private func encode(_ w: inout BinaryWriter) throws {
        w.int(Self.formatVersion)
        try w.string(fingerprint)
        w.bool(hasPeople)
        for count in [counts.articles, counts.drafts, counts.tags, counts.people] { w.int(count) }
        w.int(outputs.count)
        for (path, size) in outputs.sorted(by: { $0.key < $1.key }) {
            try w.string(path)
            w.int(size)
        }
        // The stamps come first, so that a build with nothing to do reads only this part.
        w.int(entries.count)
        for entry in entries {
            try w.string(entry.fileName)
            w.int(entry.stamp.size)
            w.int(entry.stamp.modifiedNanoseconds)
        }
        // Each entry's offset goes into a table at the end, so that entries decode in parallel.
        var offsets: [Int] = []
        offsets.reserveCapacity(entries.count)
        for entry in entries {
            offsets.append(w.offset)
            let a = entry.article
            try w.string(a.slug)
            try w.string(a.path)
            try w.string(a.title)
            try w.string(a.date.description)
            try w.optional(a.source)
            try w.optional(a.sourceURL)
            try w.optional(a.section)
            try w.strings(a.tags)
            try w.strings(a.people)
            try w.optional(a.summary)
            w.int(a.quotes.count)
            for quote in a.quotes {
                try w.optional(quote.speaker)
                try w.string(quote.text)
            }
            w.int(a.events.count)
            for event in a.events {
                try w.string(event.date.description)
                try w.string(event.text)
            }
            w.bool(a.draft)
            w.int(a.bodyFirstLine)
            let extra = a.extra.sorted { $0.key < $1.key }
            try w.strings(extra.map(\.key))
            try w.strings(extra.map(\.value))
            w.int(entry.render.wordCount)
            try w.strings(entry.render.briefingFragments)
        }
        let table = w.offset
        for offset in offsets { w.int(offset) }
        w.int(table)
    }

    /// The start of the cache: enough to tell whether anything changed since the last build.
    struct Summary: Sendable {
        var fingerprint: String
        var hasPeople: Bool
        var counts: Counts
        var outputs: [String: Int]
        var stamps: [(fileName: String, stamp: FileStamp)]

        /// Whether the article files are exactly the ones of the last build, unchanged.
        func matches(files: [URL], stamps current: [FileStamp?]) -> Bool {
            guard files.count == stamps.count else { return false }
            let byName = Dictionary(stamps.map { ($0.fileName, $0.stamp) }, uniquingKeysWith: { a, _ in a })
            return zip(files, current).allSatisfy { url, stamp in stamp != nil && byName[url.lastPathComponent] == stamp }
        }

        /// Whether every file the cache records is in the output with the size it had.
        func outputIsIntact(_ output: URL) -> Bool {
            let outputs = self.outputs
            return !ParallelMap.map(Array(outputs.keys)) { path in
                FileStamp(path: output.appendingPathComponent(path).path)?.size == outputs[path]
            }.contains(false)
        }
    }

    /// The summary of the cache beside `output`, reading only the start of the file.
    static func loadSummary(for output: URL) -> Summary? {
        guard let data = try? Data(contentsOf: location(for: output), options: .alwaysMapped) else { return nil }
        var reader = BinaryReader(data)
        return try? decodeSummary(&reader)
    }

    private static func decodeSummary(_ r: inout BinaryReader) throws -> Summary {
        guard try r.int() == formatVersion else { throw BinaryReader.Corrupt() }
        let fingerprint = try r.string()
        let hasPeople = try r.bool()
        let counts = Counts(articles: try r.int(), drafts: try r.int(), tags: try r.int(), people: try r.int())
        var outputs: [String: Int] = [:]
        for _ in 0..<(try r.int()) {
            outputs[try r.string()] = try r.int()
        }
        var stamps: [(String, FileStamp)] = []
        for _ in 0..<(try r.int()) {
            stamps.append((try r.string(), FileStamp(size: try r.int(), modifiedNanoseconds: try r.int())))
        }
        return Summary(fingerprint: fingerprint, hasPeople: hasPeople, counts: counts, outputs: outputs, stamps: stamps)
    }

    private static func decode(_ r: inout BinaryReader, data: Data) throws -> BuildCache {
        let summary = try decodeSummary(&r)
        let count = summary.stamps.count
        // The offset table at the end: one offset per entry, then the table's own offset.
        var trailer = BinaryReader(data, at: data.count - 8)
        let table = try trailer.int()
        guard table >= r.position, table + 8 * count + 8 == data.count else { throw BinaryReader.Corrupt() }
        var tableReader = BinaryReader(data, at: table)
        var offsets: [Int] = []
        for _ in 0..<count { offsets.append(try tableReader.int()) }
        guard offsets.first.map({ $0 == r.position }) ?? (table == r.position) else { throw BinaryReader.Corrupt() }
        let stamps = summary.stamps
        let entryOffsets = offsets
        let decoded = ParallelMap.map(Array(0..<count)) { index -> Entry? in
            var reader = BinaryReader(data, at: entryOffsets[index])
            let end = index + 1 < count ? entryOffsets[index + 1] : table
            guard let entry = try? decodeEntry(&reader, fileName: stamps[index].fileName, stamp: stamps[index].stamp),
                  reader.position == end else { return nil }
            return entry
        }
        let entries = decoded.compactMap { $0 }
        guard entries.count == count else { throw BinaryReader.Corrupt() }
        return BuildCache(fingerprint: summary.fingerprint, hasPeople: summary.hasPeople, counts: summary.counts,
                          entries: entries, outputs: summary.outputs)
    }

    private static func decodeEntry(_ r: inout BinaryReader, fileName: String, stamp: FileStamp) throws -> Entry {
        let slug = try r.string(), path = try r.string(), title = try r.string()
        guard let date = ContentDate(try r.string()) else { throw BinaryReader.Corrupt() }
        let source = try r.optional(), sourceURL = try r.optional(), section = try r.optional()
        let tags = try r.strings(), people = try r.strings()
        let summary = try r.optional()
        var quotes: [Article.Quote] = []
        for _ in 0..<(try r.int()) {
            quotes.append(.init(speaker: try r.optional(), text: try r.string()))
        }
        var events: [Article.Event] = []
        for _ in 0..<(try r.int()) {
            guard let eventDate = ContentDate(try r.string()) else { throw BinaryReader.Corrupt() }
            events.append(.init(date: eventDate, text: try r.string()))
        }
        let draft = try r.bool()
        let bodyFirstLine = try r.int()
        let keys = try r.strings(), values = try r.strings()
        guard keys.count == values.count else { throw BinaryReader.Corrupt() }
        let wordCount = try r.int()
        let fragments = try r.strings()
        let article = Article(slug: slug, path: path, title: title, date: date, source: source, sourceURL: sourceURL,
                              section: section, tags: tags, people: people, summary: summary, quotes: quotes,
                              events: events, draft: draft, body: "", bodyFirstLine: bodyFirstLine,
                              extra: Dictionary(uniqueKeysWithValues: zip(keys, values)))
        return Entry(fileName: fileName, stamp: stamp, article: article,
                     render: ArticleRender(wordCount: wordCount, briefingFragments: fragments))
    }
}
