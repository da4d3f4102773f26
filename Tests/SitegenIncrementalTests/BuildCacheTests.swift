import Foundation
import Testing
@testable import SitegenIncremental
@testable import SitegenRender
@testable import SitegenOutput
@testable import SitegenModel
import SitegenTestSupport

@Suite("Build cache")
struct BuildCacheTests {
    static func article(_ number: Int, draft: Bool = false) -> Article {
        Article(slug: "story-\(number)", path: "content/articles/story-\(number).md", title: "Story \(number): « é » & <b>",
                date: ContentDate("2025-11-\(10 + number)")!, source: number == 1 ? nil : "Wire \(number)",
                sourceURL: number == 2 ? "https://example.org/\(number)" : nil, section: "World",
                tags: ["Ukraine", "talks \(number)"], people: number == 3 ? [] : ["Marco Rubio"],
                summary: number == 1 ? nil : "Summary \(number).",
                quotes: [.init(speaker: "Marco Rubio", text: "We will see."), .init(speaker: nil, text: "Unattributed.")],
                events: [.init(date: ContentDate("2025-11-30")!, text: "Talks resume")], draft: draft,
                body: "", bodyFirstLine: 7 + number, extra: ["b": "2", "a": "1"])
    }

    static func cache(fragments: [[String]]) -> BuildCache {
        BuildCache(fingerprint: "f00d", hasPeople: true, counts: .init(articles: 2, drafts: 1, tags: 4, people: 1),
                   entries: fragments.enumerated().map { index, pieces in
                       BuildCache.Entry(fileName: "story-\(index + 1).md", stamp: FileStamp(size: 100 + index, modifiedNanoseconds: 5_000 + index),
                                        article: article(index + 1, draft: index == 2),
                                        render: ArticleRender(wordCount: 40 + index, briefingPieces: BriefingPieces(list: pieces.map(TextPiece.init))))
                   },
                   outputs: ["index.html": 120, "articles/story-1/index.html": 300])
    }

    static let fragments = [["<article>one é</article>", "<article>one</article>", "<li>one</li>", "", "<li>src</li>", "{\"slug\":\"one\"}"],
                            ["<article>two 東京</article>", "<article>two</article>", "<li>two</li>", "<li>t</li>", "<li>src</li>", "{\"slug\":\"two\"}"],
                            []]

    func fragmentTexts(_ cache: BuildCache) -> [[String]] {
        cache.entries.map { $0.render.briefingPieces?.list.map(\.string) ?? [] }
    }

    @Test func whatIsSavedIsReadBack() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        var saved = Self.cache(fragments: Self.fragments)
        saved.warnings = [.warning("draft lacks date", at: SourceLocation(path: "content/articles/a.md", line: 2)),
                          .warning("a warning of the whole site")]
        saved.eventEntries = ["2025-11-18\u{1F}Envoys meet.": "<li>Envoys meet.</li>", "2025-11-20\u{1F}東京 é": "<li>東京 é</li>"]
        try saved.save(for: output, previous: nil)

        let stored = try #require(BuildCache.open(for: output))
        #expect(stored.summary.fingerprint == "f00d")
        // A build with nothing to do reports the last build's warnings again, from the summary alone.
        #expect(stored.summary.warnings == saved.warnings)
        #expect(stored.summary.hasPeople)
        #expect(stored.summary.counts == saved.counts)
        #expect(stored.summary.outputs == saved.outputs)
        #expect(stored.summary.stamps.map(\.fileName) == ["story-1.md", "story-2.md", "story-3.md"])
        #expect(stored.summary.stamps.map(\.stamp) == saved.entries.map(\.stamp))

        let (loaded, pieces) = try #require(stored.load())
        #expect(loaded.entries.map(\.article) == saved.entries.map(\.article))
        #expect(loaded.entries.map(\.render.wordCount) == [40, 41, 42])
        #expect(fragmentTexts(loaded) == Self.fragments)
        #expect(loaded.eventEntries == saved.eventEntries)
        // The pieces are read in place from the store, not copied.
        #expect(loaded.entries.flatMap { $0.render.briefingPieces?.list ?? [] }.allSatisfy { $0.mapped?.file === pieces.file })
    }

    @Test func aRebuildAppendsOnlyTheChangedPieces() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        try Self.cache(fragments: Self.fragments).save(for: output, previous: nil)
        let (first, store) = try #require(BuildCache.open(for: output)?.load())
        let sizeBefore = store.file.bytes.count

        var next = first
        next.entries[1].render.briefingPieces?.section = TextPiece("<article>two, edited</article>")
        try next.save(for: output, previous: store)

        let (reloaded, newStore) = try #require(BuildCache.open(for: output)?.load())
        #expect(newStore.generation == store.generation)
        #expect(newStore.file.bytes.count == sizeBefore + "<article>two, edited</article>".utf8.count)
        var expected = Self.fragments
        expected[1][0] = "<article>two, edited</article>"
        #expect(fragmentTexts(reloaded) == expected)
        // The old cache's pieces are still where it said they were (nothing was overwritten).
        #expect(fragmentTexts(first) == Self.fragments)
    }

    /// An entry saved again with the same file, front matter, word count and pieces is its old bytes,
    /// copied: the cache written is the one encoding gives, byte for byte. An entry whose pieces moved
    /// (edited) or whose front matter changed is encoded anew.
    @Test func unchangedEntriesAreCopiedAsTheyWere() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        let index = BuildCache.location(for: output)
        try Self.cache(fragments: Self.fragments).save(for: output, previous: nil)
        let written = try Data(contentsOf: index)
        let (first, store) = try #require(BuildCache.open(for: output)?.load())
        /// The cache as a build saves it: each entry made anew, carrying the one it was read as.
        func fresh(_ cache: BuildCache) -> BuildCache {
            var next = cache
            next.entries = cache.entries.map { previous in
                BuildCache.Entry(fileName: previous.fileName, stamp: previous.stamp, article: previous.article, render: previous.render)
                    .carrying(previous)
            }
            return next
        }
        let same = fresh(first)
        #expect(same.entries.allSatisfy { $0.unchanged != nil })
        try same.save(for: output, previous: store)
        #expect(try Data(contentsOf: index) == written)

        // The copy is taken as it is: what `carrying` compared is not compared again, so an entry changed
        // after it would keep its old bytes — the proof that the copy, not an encoding, was written.
        let (second, secondStore) = try #require(BuildCache.open(for: output)?.load())
        var stale = fresh(second)
        stale.entries[0].article.title = "Changed after carrying"
        try stale.save(for: output, previous: secondStore)
        #expect(try #require(BuildCache.open(for: output)?.load()).cache.entries[0].article.title == second.entries[0].article.title)

        // Changed before it, the entry is encoded anew; so is one whose pieces moved.
        let (third, thirdStore) = try #require(BuildCache.open(for: output)?.load())
        var edited = third
        edited.entries[0].article.title = "A new title"
        edited.entries[1].render.briefingPieces?.section = TextPiece("<article>two, edited</article>")
        edited.entries = zip(edited.entries, third.entries).map { entry, previous in
            BuildCache.Entry(fileName: entry.fileName, stamp: entry.stamp, article: entry.article, render: entry.render).carrying(previous)
        }
        #expect(edited.entries[0].unchanged == nil && edited.entries[1].unchanged != nil && edited.entries[2].unchanged != nil)
        try edited.save(for: output, previous: thirdStore)
        let (reloaded, _) = try #require(BuildCache.open(for: output)?.load())
        #expect(reloaded.entries[0].article.title == "A new title")
        var expected = Self.fragments
        expected[1][0] = "<article>two, edited</article>"
        #expect(fragmentTexts(reloaded) == expected)
        #expect(reloaded.entries.map(\.article) == edited.entries.map(\.article))
    }

    @Test func aStoreMostlyOfUnusedPiecesIsWrittenAnew() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        let big = String(repeating: "x", count: 300_000)
        try Self.cache(fragments: Self.fragments).save(for: output, previous: nil)
        var generations: [Int] = []
        var sizes: [Int] = []
        for round in 0..<12 {
            let (cache, store) = try #require(BuildCache.open(for: output)?.load())
            var next = cache
            next.entries[0].render.briefingPieces?.section = TextPiece("\(round)" + big)
            try next.save(for: output, previous: store)
            let reloaded = try #require(BuildCache.open(for: output)?.load())
            #expect(reloaded.cache.entries[0].render.briefingPieces?.section.string == "\(round)" + big)
            #expect(fragmentTexts(reloaded.cache).dropFirst() == Self.fragments.dropFirst())
            generations.append(reloaded.pieces.generation)
            sizes.append(reloaded.pieces.file.bytes.count)
        }
        #expect(generations.first == 1)
        #expect(Set(generations).count > 1, "the store was never compacted: \(sizes)")
        #expect(sizes.max()! < 2 * 300_000 + (1 << 20) + 1_000, "\(sizes)")
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        let index = BuildCache.location(for: output)
        let pieces = PieceStore.location(for: output)
        try Self.cache(fragments: Self.fragments).save(for: output, previous: nil)
        let good = try Data(contentsOf: index)
        let goodPieces = try Data(contentsOf: pieces)

        // Cut short anywhere, or filled with noise: never a crash, never entries.
        for length in [0, 1, 8, 20, good.count / 2, good.count - 1] {
            try good.prefix(length).write(to: index)
            #expect(BuildCache.open(for: output)?.load() == nil, "cut at \(length)")
        }
        var noisy = good
        for offset in stride(from: 200, to: noisy.count - 8, by: 37) { noisy[offset] ^= 0x5A }
        try noisy.write(to: index)
        #expect(BuildCache.open(for: output)?.load() == nil)

        // A store of another generation, or one too short for the pieces, is of no use.
        try good.write(to: index)
        var otherGeneration = goodPieces
        otherGeneration[PieceStore.magic.count] &+= 1
        try otherGeneration.write(to: pieces)
        #expect(BuildCache.open(for: output)?.load() == nil)
        try goodPieces.prefix(goodPieces.count - 3).write(to: pieces)
        #expect(BuildCache.open(for: output)?.load() == nil)
        try FileManager.default.removeItem(at: pieces)
        #expect(BuildCache.open(for: output)?.load() == nil)

        try goodPieces.write(to: pieces)
        #expect(BuildCache.open(for: output)?.load() != nil)
    }

    /// Replaces the checksum at the end of a cache file with the one of its bytes, as if the
    /// damage had been written by sitegen itself: the checks behind the checksum must hold too.
    static func resealed(_ data: Data) -> Data {
        var data = data
        let checksum = data.prefix(data.count - 8).withUnsafeBytes { Checksum.of($0) }
        withUnsafeBytes(of: checksum.littleEndian) { data.replaceSubrange((data.count - 8)..., with: $0) }
        return data
    }

    /// `data` with the first run of `old` replaced by `new` (of the same length).
    static func patched(_ data: Data, _ old: [UInt8], _ new: [UInt8]) throws -> Data {
        var data = data
        let range = try #require(data.firstRange(of: Data(old)))
        data.replaceSubrange(range, with: new)
        return data
    }

    static func int(_ value: Int) -> [UInt8] { withUnsafeBytes(of: Int64(value).littleEndian, Array.init) }

    static func string(_ text: String) -> [UInt8] { int(text.utf8.count) + Array(text.utf8) }

    @Test func valuesThatCannotBeAreRefusedEvenWithAGoodChecksum() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        let index = BuildCache.location(for: output)
        try Self.cache(fragments: Self.fragments).save(for: output, previous: nil)
        let good = try Data(contentsOf: index)
        #expect(Self.resealed(good) == good)
        #expect(BuildCache.open(for: output)?.load() != nil)

        var damaged: [String: Data] = [:]
        // The table's offset near Int.max (an overflow once).
        var trailer = good
        trailer.replaceSubrange((good.count - 16)..<(good.count - 8), with: Self.int(Int.max - 4))
        damaged["table offset"] = trailer
        // Extra front matter keys twice ("a", "b" → "a", "a").
        damaged["repeated key"] = try Self.patched(good, Self.int(2) + Self.string("a") + Self.string("b"),
                                                   Self.int(2) + Self.string("a") + Self.string("a"))
        // A word count no article has (reading times would overflow).
        // (The second article's word count, 41, comes just before its number of pieces, 5.)
        damaged["word count"] = try Self.patched(good, Self.int(41) + Self.int(BriefingPieces.count), Self.int(Int.max - 3) + Self.int(BriefingPieces.count))
        for (what, data) in damaged {
            try Self.resealed(data).write(to: index)
            #expect(BuildCache.open(for: output) != nil, "\(what): the summary still reads")
            #expect(BuildCache.open(for: output)?.load() == nil, "\(what)")
        }

        // An article shown on the site without its pieces of the briefing.
        var short = Self.cache(fragments: Self.fragments)
        short.entries[0].render.briefingPieces = nil
        try short.save(for: output, previous: nil)
        #expect(BuildCache.open(for: output)?.load() == nil)
        // A draft left out of the site has none, and that is fine.
        var draft = Self.cache(fragments: Self.fragments)
        #expect(draft.entries[2].article.draft && draft.entries[2].render.briefingPieces == nil)
        draft.entries[2].render.wordCount = 0
        try draft.save(for: output, previous: nil)
        #expect(BuildCache.open(for: output)?.load() != nil)
    }

    @Test func anyChangedByteFailsTheChecksum() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        let index = BuildCache.location(for: output)
        try Self.cache(fragments: Self.fragments).save(for: output, previous: nil)
        let good = try Data(contentsOf: index)
        for offset in stride(from: 0, to: good.count, by: max(1, good.count / 97)) {
            var damaged = good
            damaged[offset] &+= 1
            try damaged.write(to: index)
            #expect(BuildCache.open(for: output) == nil, "byte \(offset) of \(good.count)")
        }
    }

    @Test func checksumsDoNotDependOnHowTheBytesArrive() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = bytes.withUnsafeBytes { Checksum.of($0) }
        for split in [1, 3, 7, 8, 9, 500, 999] {
            var checksum = Checksum()
            bytes[..<split].withUnsafeBytes { checksum.add($0) }
            bytes[split...].withUnsafeBytes { checksum.add($0) }
            #expect(checksum.value == whole, "split at \(split)")
        }
        #expect(bytes.dropLast().withUnsafeBytes { Checksum.of($0) } != whole)
        #expect(([0] + bytes.dropFirst()).withUnsafeBytes { Checksum.of($0) } != whole)
    }

    @Test func theSummaryTellsWhetherArticleFilesChanged() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        let saved = Self.cache(fragments: Self.fragments)
        try saved.save(for: output, previous: nil)
        let summary = try #require(BuildCache.open(for: output)).summary
        for entry in saved.entries {
            try folder.write("content/articles/\(entry.fileName)", String(repeating: "a", count: entry.stamp.size))
        }
        let directory = folder.url.appendingPathComponent("content/articles")
        // The files as written have other modification times than the cache records.
        #expect(!summary.matches(ArticleFiles(directory: directory).stamped()))
        let current = ArticleFiles(directory: directory).stamped()
        var same = summary
        same.stamps = zip(current.names, current.stamps).map { ($0, $1!) }
        #expect(same.matches(current))
        var renamed = same
        renamed.stamps[0].fileName = "other.md"
        #expect(!renamed.matches(current))
        try folder.write("content/articles/story-4.md", "new")
        #expect(!same.matches(ArticleFiles(directory: directory).stamped()))
    }
}

@Suite("File stamps")
struct FileStampTests {
    /// A modification time far in the future (past 2262, beyond nanoseconds in 64 bits) is a stamp like any other.
    @Test func farFutureTimesAreStampsToo() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("a.md", "text")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 10_400_000_000)], ofItemAtPath: file.path)
        let stamp = try #require(FileStamp(path: file.path))
        #expect(stamp.size == 4)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 10_400_000_001)], ofItemAtPath: file.path)
        #expect(FileStamp(path: file.path) != stamp)
    }
}

/// `CacheCodable`: one definition per field, read back as it was written.
@Suite("Cache coding")
struct CacheCodingTests {
    /// Writes `value` through `BinaryWriter` into a file and returns its bytes.
    static func written<Value: CacheCodable>(_ value: Value) throws -> [UInt8] {
        let folder = try TemporaryDirectory()
        let path = folder.url.appendingPathComponent("coded").path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        var writer = BinaryWriter(fd: fd)
        var copy = value
        try copy.code(&writer)
        try writer.flush()
        close(fd)
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func read<Value: CacheCodable>(_ bytes: [UInt8], as: Value.Type) throws -> Value {
        try bytes.withUnsafeBytes { buffer in
            var reader = BinaryReader(buffer)
            var value = Value()
            try value.code(&reader)
            guard reader.position == buffer.count else { throw BinaryReader.Corrupt() }
            return value
        }
    }

    @Test func everyFieldOfAnArticleComesBack() throws {
        var article = BuildCacheTests.article(2)
        article.peopleLine = 6
        article.summaryLine = 9
        article.quotes.append(.init(speaker: "Olha Stefanishyna", text: "Yes.", line: 12))
        article.events = [
            .init(date: ContentDate("2025-11-30")!, text: "Talks resume in Geneva", planned: true,
                  sentence: "Talks will resume in Geneva on Sunday.", line: 14, found: true),
            .init(date: ContentDate("2025-11-20T14:30:00Z")!, text: "Plan published"),
        ]
        let read = try Self.read(try Self.written(article), as: Article.self)
        #expect(read == article)
        // The signature that tells events apart comes back as it was written, equal to the text's own.
        #expect(read.events.map(\.signature) == article.events.map(\.signature))
        #expect(read.events.map(\.signature) == read.events.map { EventSignature($0.text) })
        #expect(!read.events[0].signature.words.isEmpty)
    }

    @Test func warningsKeepTheirSeverityAndPlace() throws {
        struct Warnings: CacheCodable {
            var list: [Diagnostic] = []
            mutating func code<Coder: CacheCoder>(_ coder: inout Coder) throws { try coder.code(&list) }
        }
        let warnings = Warnings(list: [
            .warning("no `source`", at: SourceLocation(path: "content/articles/a.md", line: 1)),
            .warning("no line", at: SourceLocation(path: "content/site.yml")),
            .error("nowhere"),
        ])
        #expect(try Self.read(try Self.written(warnings), as: Warnings.self).list == warnings.list)
    }

    @Test func aCutStreamIsCorruptNotACrash() throws {
        let bytes = try Self.written(BuildCacheTests.article(2))
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: BinaryReader.Corrupt.self) { try Self.read(Array(bytes[..<length]), as: Article.self) }
        }
    }
}
