import Foundation
import Testing
@testable import SitegenCore

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
                                        render: ArticleRender(wordCount: 40 + index, briefingFragments: pieces.map(TextPiece.init)))
                   },
                   outputs: ["index.html": 120, "articles/story-1/index.html": 300])
    }

    static let fragments = [["<article>one é</article>", "<li>one</li>", "", "<li>src</li>"],
                            ["<article>two 東京</article>", "<li>two</li>", "<li>t</li>", "<li>src</li>"],
                            []]

    func fragmentTexts(_ cache: BuildCache) -> [[String]] {
        cache.entries.map { $0.render.briefingFragments.map(\.string) }
    }

    @Test func whatIsSavedIsReadBack() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        let saved = Self.cache(fragments: Self.fragments)
        try saved.save(for: output, previous: nil)

        let stored = try #require(BuildCache.open(for: output))
        #expect(stored.summary.fingerprint == "f00d")
        #expect(stored.summary.hasPeople)
        #expect(stored.summary.counts == saved.counts)
        #expect(stored.summary.outputs == saved.outputs)
        #expect(stored.summary.stamps.map(\.fileName) == ["story-1.md", "story-2.md", "story-3.md"])
        #expect(stored.summary.stamps.map(\.stamp) == saved.entries.map(\.stamp))

        let (loaded, pieces) = try #require(stored.load())
        #expect(loaded.entries.map(\.article) == saved.entries.map(\.article))
        #expect(loaded.entries.map(\.render.wordCount) == [40, 41, 42])
        #expect(fragmentTexts(loaded) == Self.fragments)
        // The pieces are read in place from the store, not copied.
        #expect(loaded.entries.flatMap(\.render.briefingFragments).allSatisfy { $0.mapped?.file === pieces.file })
    }

    @Test func aRebuildAppendsOnlyTheChangedPieces() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        try Self.cache(fragments: Self.fragments).save(for: output, previous: nil)
        let (first, store) = try #require(BuildCache.open(for: output)?.load())
        let sizeBefore = store.file.bytes.count

        var next = first
        next.entries[1].render.briefingFragments[0] = TextPiece("<article>two, edited</article>")
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
            next.entries[0].render.briefingFragments[0] = TextPiece("\(round)" + big)
            try next.save(for: output, previous: store)
            let reloaded = try #require(BuildCache.open(for: output)?.load())
            #expect(reloaded.cache.entries[0].render.briefingFragments[0].string == "\(round)" + big)
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
