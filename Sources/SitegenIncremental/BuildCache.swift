import SitegenModel
import SitegenOutput
import SitegenRender
import Foundation

/// What the previous build of a site into one output folder left behind, so that the next
/// build can re-read only the articles that changed and re-render only the pages they touch.
///
/// It is kept beside the output folder (`.public.sitegen-cache` for `public/`), never inside it.
///
/// The file, in order: a summary (enough to tell that nothing changed: the fingerprint, the
/// output's files and the article files' stamps); the generation of the `PieceStore` it
/// refers to; the display name of every tag and person; the briefing's timeline entries, rendered;
/// each article's front matter and where its rendered pieces of the briefing lie in that store;
/// a table of where each article's part starts; that table's own offset; and a checksum of all
/// that came before it.
/// The pieces are never decoded: they are written into the briefing straight from the
/// mapped store.
package struct BuildCache: Sendable {
    static let formatVersion = 22

    /// One article as last built: its file's stamp, its front matter (the body left out),
    /// its length and its sections of the combined briefing, rendered.
    struct Entry: Sendable {
        var fileName: String
        var stamp: FileStamp
        var article: Article
        var render: ArticleRender
        /// For an entry read from a cache file: its bytes there and where its pieces lay in the piece store.
        private(set) var readFrom: Encoded?
        /// Set by `carrying` only: the bytes of an older entry with the same article and word count. If
        /// its pieces stay where they were, this entry is those bytes, copied instead of encoded anew.
        private(set) var unchanged: Encoded?

        struct Encoded: Sendable {
            var bytes: MappedBytes
            var pieceRanges: [Range<Int>]
        }

        init(fileName: String, stamp: FileStamp, article: Article, render: ArticleRender) {
            self.fileName = fileName
            self.stamp = stamp
            self.article = article
            self.render = render
        }

        /// This entry, with `previous`'s bytes when `previous` (read from the last cache) is the same article
        /// file, unchanged, with the same front matter and word count.
        func carrying(_ previous: Entry?) -> Entry {
            guard let previous, let encoded = previous.readFrom, previous.fileName == fileName, previous.stamp == stamp,
                  previous.render.wordCount == render.wordCount, previous.article == article else { return self }
            var entry = self
            entry.unchanged = encoded
            return entry
        }

        fileprivate mutating func setReadFrom(_ encoded: Encoded) { readFrom = encoded }
    }

    var fingerprint: String
    /// Whether the site named any people (the people index and its navigation link exist).
    var hasPeople: Bool
    /// What the build reported, to report it again when nothing changed.
    package var counts: Counts

    package struct Counts: Sendable, Equatable {
        package var articles = 0, drafts = 0, tags = 0, people = 0
    }
    var entries: [Entry]
    /// Every file of the output with its size, to notice files changed or removed by hand.
    package var outputs: [String: Int]
    /// The name each tag and person was shown with (by `TermKey`): a term shows the spelling
    /// most of its articles use, so an edit can rename it on pages of articles that did not change.
    var termNames: [String: String] = [:]
    /// The briefing's timeline entries as rendered, by `PageData.eventCacheKey`: an event's entry
    /// depends on every article that reports it, so it is kept apart from the articles' pieces.
    var eventEntries: [String: String] = [:]
    /// The build's warnings, to report them again when nothing changed.
    var warnings: [Diagnostic] = []
    /// The warnings found in articles' bodies, to report them again for articles a later build
    /// takes from the cache without reading their bodies.
    var bodyWarnings: [Diagnostic] = []
    /// The warnings that compare articles with each other (`ConsistencyCheck.crossArticleWarnings`): the
    /// same while no article's front matter changes, so a build that edits bodies only takes them from here.
    var crossArticleWarnings: [Diagnostic] = []

    /// How a term is keyed in `termNames`.
    static func termKey(_ slug: String, person: Bool) -> String { (person ? "person/" : "tag/") + slug }

    static func location(for output: URL) -> URL {
        OutputSiblings(output: output).url(.cache)
    }

    /// Writes the cache beside `output`: the pieces into the store (`previous`, the store the
    /// build read, is appended to when it can be), then the rest, replacing the old cache at
    /// once (written beside it, then renamed).
    package func save(for output: URL, previous: PieceStore?) throws {
        let stored = try PieceStore.store(entries.flatMap(\.render.storedPieces), for: output, previous: previous,
                                          invalidating: BuildCache.location(for: output))
        try AtomicFile.write(to: BuildCache.location(for: output).path) { fd in
            var writer = BinaryWriter(fd: fd, checksummed: true)
            try encode(&writer, pieces: stored, previousGeneration: previous?.generation)
            try writer.flush()
        }
    }

    /// Makes the cache unusable without touching its piece store: the next build finds no index
    /// and builds in full, while this build can still append to the pieces and write a new index.
    static func invalidate(for output: URL) {
        unlink(location(for: output).path)
    }

    /// Removes the cache, after a full build that could not write one.
    static func remove(for output: URL) {
        try? FileManager.default.removeItem(at: location(for: output))
        try? FileManager.default.removeItem(at: PieceStore.location(for: output))
    }

    /// Whether every file the cache records is in the output with the size it had.
    func outputIsIntact(_ output: URL) -> Bool {
        Summary.outputIsIntact(outputs, in: output)
    }

    // MARK: encoding

    private func encode(_ w: inout BinaryWriter, pieces: (generation: Int, ranges: [Range<Int>]), previousGeneration: Int?) throws {
        try w.int(Self.formatVersion)
        try w.string(fingerprint)
        try w.bool(hasPeople)
        for count in [counts.articles, counts.drafts, counts.tags, counts.people] { try w.int(count) }
        try w.int(outputs.count)
        for (path, size) in outputs.sorted(by: { $0.key < $1.key }) {
            try w.string(path)
            try w.int(size)
        }
        for var list in [warnings, bodyWarnings] { try w.code(&list) }
        // The stamps come first, so that a build with nothing to do reads only this part.
        try w.int(entries.count)
        for entry in entries {
            try w.string(entry.fileName)
            try w.int(entry.stamp.size)
            try w.int(entry.stamp.modifiedNanoseconds)
        }
        try w.int(pieces.generation)
        try w.int(termNames.count)
        for (key, name) in termNames.sorted(by: { $0.key < $1.key }) {
            try w.string(key)
            try w.string(name)
        }
        try w.int(eventEntries.count)
        for (key, entry) in eventEntries.sorted(by: { $0.key < $1.key }) {
            try w.string(key)
            try w.string(entry)
        }
        var cross = crossArticleWarnings
        try w.code(&cross)
        // Each entry's offset goes into a table at the end, so that entries decode in parallel.
        var offsets: [Int] = []
        offsets.reserveCapacity(entries.count)
        var next = 0
        for entry in entries {
            offsets.append(w.offset)
            // Where each of this entry's pieces lies in the store.
            let pieceCount = entry.render.storedPieces.count
            guard next + pieceCount <= pieces.ranges.count else { throw BinaryReader.Corrupt() }
            let ranges = pieces.ranges[next..<next + pieceCount]
            next += pieceCount
            // An unchanged entry whose pieces are where they were (the store was appended to) is its old bytes.
            if let encoded = entry.unchanged, pieces.generation == previousGeneration, ranges.elementsEqual(encoded.pieceRanges) {
                try w.raw(encoded.bytes.buffer)
                continue
            }
            var article = entry.article
            try article.code(&w)
            try w.int(entry.render.wordCount)
            try w.int(pieceCount)
            for range in ranges {
                try w.int(range.lowerBound)
                try w.int(range.count)
            }
        }
        guard next == pieces.ranges.count else { throw BinaryReader.Corrupt() }
        let table = w.offset
        for offset in offsets { try w.int(offset) }
        try w.int(table)
        guard let checksum = w.checksum?.value else { throw BinaryReader.Corrupt() }
        try w.int(Int(bitPattern: UInt(checksum)))
    }

    // MARK: decoding

    /// The start of the cache: enough to tell whether anything changed since the last build.
    package struct Summary: Sendable {
        var fingerprint: String
        var hasPeople: Bool
        package var counts: Counts
        package var outputs: [String: Int]
        var stamps: [(fileName: String, stamp: FileStamp)]
        package var warnings: [Diagnostic] = []
        package var bodyWarnings: [Diagnostic] = []

        /// Whether the article files are exactly the ones of the last build, unchanged.
        func matches(_ files: ArticleFiles) -> Bool {
            guard files.names.count == stamps.count, files.stamps.count == stamps.count else { return false }
            return zip(stamps, zip(files.names, files.stamps)).allSatisfy { cached, current in
                cached.fileName == current.0 && current.1 == cached.stamp
            }
        }

        /// Whether every file the cache records is in the output with the size it had.
        func outputIsIntact(_ output: URL) -> Bool {
            Self.outputIsIntact(outputs, in: output)
        }

        static func outputIsIntact(_ outputs: [String: Int], in output: URL) -> Bool {
            let root = output.path + "/"
            return !ParallelMap.map(Array(outputs)) { path, size in
                FileStamp(path: root + path)?.size == size
            }.contains(false)
        }
    }

    /// The cache file beside an output folder, mapped, with its summary read.
    struct Stored: Sendable {
        let file: MappedFile
        let summary: Summary
        /// Where the summary ends.
        let summaryEnd: Int
        let output: URL

        /// The cache's entries and the piece store they refer to; nil when they cannot be read.
        /// The entries' briefing pieces point into the mapped store.
        func load() -> (cache: BuildCache, pieces: PieceStore)? {
            guard let pieces = PieceStore.open(for: output), let cache = try? decode(pieces: pieces) else { return nil }
            return (cache, pieces)
        }

        private func decode(pieces: PieceStore) throws -> BuildCache {
            let bytes = file.bytes
            let count = summary.stamps.count
            var header = BinaryReader(bytes, at: summaryEnd)
            guard try header.int() == pieces.generation else { throw BinaryReader.Corrupt() }
            var termNames: [String: String] = [:]
            for _ in 0..<(try header.count()) {
                termNames[try header.string()] = try header.string()
            }
            var eventEntries: [String: String] = [:]
            for _ in 0..<(try header.count()) {
                eventEntries[try header.string()] = try header.string()
            }
            var crossArticleWarnings: [Diagnostic] = []
            try header.code(&crossArticleWarnings)
            let entriesStart = header.position
            // The trailer: the table's offset (the checksum after it was checked on opening);
            // the table: each entry's offset.
            var trailer = BinaryReader(bytes, at: bytes.count - 16)
            let table = try trailer.int()
            let tableSize = bytes.count &- 16 &- table
            guard table >= entriesStart, tableSize >= 0, tableSize % 8 == 0, tableSize / 8 == count else { throw BinaryReader.Corrupt() }
            var tableReader = BinaryReader(bytes, at: table)
            var offsets: [Int] = []
            offsets.reserveCapacity(count + 1)
            for _ in 0..<count { offsets.append(try tableReader.int()) }
            offsets.append(table)
            guard offsets.first == entriesStart, zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                throw BinaryReader.Corrupt()
            }
            let stamps = summary.stamps
            let file = self.file
            let entryOffsets = offsets
            let decoded = ParallelMap.map(Array(0..<count)) { index -> Entry? in
                var reader = BinaryReader(file.bytes, at: entryOffsets[index])
                guard var entry = try? Self.decodeEntry(&reader, pieces: pieces,
                                                        fileName: stamps[index].fileName, stamp: stamps[index].stamp),
                      reader.position == entryOffsets[index + 1] else { return nil }
                entry.setReadFrom(Entry.Encoded(bytes: MappedBytes(file: file, range: entryOffsets[index]..<entryOffsets[index + 1]),
                                                pieceRanges: entry.render.storedPieces.compactMap { $0.mapped?.range }))
                return entry
            }
            let entries = decoded.compactMap { $0 }
            guard entries.count == count else { throw BinaryReader.Corrupt() }
            return BuildCache(fingerprint: summary.fingerprint, hasPeople: summary.hasPeople, counts: summary.counts,
                              entries: entries, outputs: summary.outputs, termNames: termNames, eventEntries: eventEntries,
                              warnings: summary.warnings,
                              bodyWarnings: summary.bodyWarnings, crossArticleWarnings: crossArticleWarnings)
        }

        private static func decodeEntry(_ r: inout BinaryReader, pieces: PieceStore,
                                        fileName: String, stamp: FileStamp) throws -> Entry {
            var article = Article()
            try article.code(&r)
            let wordCount = try r.int()
            guard (0...Int(Int32.max)).contains(wordCount) else { throw BinaryReader.Corrupt() }
            // Every piece of the briefing, or none for a draft left out of the site.
            let pieceCount = try r.count()
            guard pieceCount >= BriefingPieces.count || (article.draft && pieceCount == 0) else { throw BinaryReader.Corrupt() }
            var fragments: [TextPiece] = []
            fragments.reserveCapacity(pieceCount)
            for _ in 0..<pieceCount {
                let start = try r.int(), length = try r.int()
                guard length >= 0, start <= Int.max - length, pieces.contains(start..<start + length) else { throw BinaryReader.Corrupt() }
                fragments.append(TextPiece(MappedBytes(file: pieces.file, range: start..<start + length)))
            }
            guard let render = ArticleRender(wordCount: wordCount, storedPieces: fragments) else { throw BinaryReader.Corrupt() }
            return Entry(fileName: fileName, stamp: stamp, article: article,
                         render: render)
        }
    }

    /// The cache beside `output`, mapped, with its summary read; nil when there is none or it cannot be read.
    static func open(for output: URL) -> Stored? {
        guard let file = MappedFile(path: location(for: output).path), file.bytes.count >= 16 else { return nil }
        // The last eight bytes are the checksum of all before them.
        let body = UnsafeRawBufferPointer(rebasing: file.bytes[..<(file.bytes.count - 8)])
        let recorded = UInt64(littleEndian: file.bytes.loadUnaligned(fromByteOffset: file.bytes.count - 8, as: UInt64.self))
        guard Checksum.of(body) == recorded else { return nil }
        var reader = BinaryReader(file.bytes)
        guard let summary = try? decodeSummary(&reader) else { return nil }
        return Stored(file: file, summary: summary, summaryEnd: reader.position, output: output)
    }

    private static func decodeSummary(_ r: inout BinaryReader) throws -> Summary {
        guard try r.int() == formatVersion else { throw BinaryReader.Corrupt() }
        let fingerprint = try r.string()
        let hasPeople = try r.bool()
        let counts = Counts(articles: try r.int(), drafts: try r.int(), tags: try r.int(), people: try r.int())
        let outputCount = try r.count()
        var outputs: [String: Int] = [:]
        outputs.reserveCapacity(outputCount)
        for _ in 0..<outputCount {
            outputs[try r.string()] = try r.int()
        }
        var warnings: [Diagnostic] = [], bodyWarnings: [Diagnostic] = []
        try r.code(&warnings)
        try r.code(&bodyWarnings)
        let stampCount = try r.count()
        var stamps: [(String, FileStamp)] = []
        stamps.reserveCapacity(stampCount)
        for _ in 0..<stampCount {
            stamps.append((try r.string(), FileStamp(size: try r.int(), modifiedNanoseconds: try r.int())))
        }
        return Summary(fingerprint: fingerprint, hasPeople: hasPeople, counts: counts, outputs: outputs, stamps: stamps, warnings: warnings,
                       bodyWarnings: bodyWarnings)
    }
}
