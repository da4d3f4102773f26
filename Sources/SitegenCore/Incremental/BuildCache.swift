import Foundation

/// What the previous build of a site into one output folder left behind, so that the next
/// build can re-read only the articles that changed and re-render only the pages they touch.
///
/// It is kept beside the output folder (`.public.sitegen-cache` for `public/`), never inside it.
struct BuildCache: Sendable {
    static let formatVersion = 4

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
            return try decode(&reader)
        } catch {
            return nil
        }
    }

    func save(for output: URL) throws {
        var writer = BinaryWriter()
        encode(&writer)
        try AtomicFile.write(writer.data, to: BuildCache.location(for: output))
    }

    /// Removes the cache, after a full build that could not write one.
    static func remove(for output: URL) {
        try? FileManager.default.removeItem(at: location(for: output))
    }

    /// Whether every file the cache records is in the output with the size it had.
    func outputIsIntact(_ output: URL) -> Bool {
        let outputs = self.outputs
        return !ParallelMap.map(Array(outputs.keys)) { path in
            FileStamp(path: output.appendingPathComponent(path).path)?.size == outputs[path]
        }.contains(false)
    }

    /// Whether the article files are exactly the ones the cache has, unchanged.
    func matches(files: [URL], stamps: [FileStamp?]) -> Bool {
        guard files.count == entries.count else { return false }
        let byName = Dictionary(entries.map { ($0.fileName, $0.stamp) }, uniquingKeysWith: { a, _ in a })
        return zip(files, stamps).allSatisfy { url, stamp in stamp != nil && byName[url.lastPathComponent] == stamp }
    }

    // MARK: encoding

    private func encode(_ w: inout BinaryWriter) {
        w.int(Self.formatVersion)
        w.string(fingerprint)
        w.bool(hasPeople)
        for count in [counts.articles, counts.drafts, counts.tags, counts.people] { w.int(count) }
        w.int(outputs.count)
        for (path, size) in outputs.sorted(by: { $0.key < $1.key }) {
            w.string(path)
            w.int(size)
        }
        w.int(entries.count)
        for entry in entries {
            w.string(entry.fileName)
            w.int(entry.stamp.size)
            w.int(entry.stamp.modifiedNanoseconds)
            let a = entry.article
            w.string(a.slug)
            w.string(a.path)
            w.string(a.title)
            w.string(a.date.description)
            w.optional(a.source)
            w.optional(a.sourceURL)
            w.optional(a.section)
            w.strings(a.tags)
            w.strings(a.people)
            w.optional(a.summary)
            w.int(a.quotes.count)
            for quote in a.quotes {
                w.optional(quote.speaker)
                w.string(quote.text)
            }
            w.int(a.events.count)
            for event in a.events {
                w.string(event.date.description)
                w.string(event.text)
            }
            w.bool(a.draft)
            w.int(a.bodyFirstLine)
            let extra = a.extra.sorted { $0.key < $1.key }
            w.strings(extra.map(\.key))
            w.strings(extra.map(\.value))
            w.int(entry.render.wordCount)
            w.strings(entry.render.briefingFragments)
        }
    }

    private static func decode(_ r: inout BinaryReader) throws -> BuildCache {
        guard try r.int() == formatVersion else { throw BinaryReader.Corrupt() }
        let fingerprint = try r.string()
        let hasPeople = try r.bool()
        let counts = Counts(articles: try r.int(), drafts: try r.int(), tags: try r.int(), people: try r.int())
        var outputs: [String: Int] = [:]
        for _ in 0..<(try r.int()) {
            outputs[try r.string()] = try r.int()
        }
        let count = try r.int()
        var entries: [Entry] = []
        entries.reserveCapacity(max(0, count))
        for _ in 0..<count {
            let fileName = try r.string()
            let stamp = FileStamp(size: try r.int(), modifiedNanoseconds: try r.int())
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
            entries.append(Entry(fileName: fileName, stamp: stamp, article: article,
                                 render: ArticleRender(wordCount: wordCount, briefingFragments: fragments)))
        }
        guard r.isAtEnd else { throw BinaryReader.Corrupt() }
        return BuildCache(fingerprint: fingerprint, hasPeople: hasPeople, counts: counts, entries: entries, outputs: outputs)
    }
}
