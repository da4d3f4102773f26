import Foundation
import Testing
@testable import SitegenSearch

@Suite("Search tokenizer")
struct SearchTokenizerTests {
    @Test(arguments: [
        ("Zelenskyy's peace-plan, 28 points!", ["zelenskyy", "peace", "plan", "28", "points"]),
        ("Jean-Noël Barrot à Genève", ["jean", "noel", "barrot", "geneve"]),
        ("ÉTATS-UNIS", ["etats", "unis"]),
        // ї is і with a diaeresis: folded like any accent, in the index and in the query alike.
        ("Київ і Москва", ["киів", "москва"]),
        ("e\u{301}te\u{301} a", ["ete"]),
        ("東京 2025", ["東京", "2025"]),
        ("a I x", []),
    ])
    func foldsAndCuts(_ text: String, _ expected: [String]) {
        #expect(SearchTokenizer.terms(in: text) == expected)
    }

    @Test func termsLongerThanFortyAreLeftOut() {
        #expect(SearchTokenizer.terms(in: String(repeating: "a", count: 41) + " ok").count == 1)
    }

    @Test(arguments: [("kyiv", 2, "ky"), ("kyiv", 1, "k"), ("kyiv", 0, "all"), ("київ", 2, "_43a_438"), ("ü", 1, "_fc"), ("2025", 2, "20")])
    func shardKeys(_ term: String, _ length: Int, _ key: String) {
        #expect(SearchTokenizer.shardKey(term, length: length) == key)
    }
}

@Suite("Search terms and index")
struct SearchIndexTests {
    @Test func titleAndFieldsWeighMoreThanTheBody() {
        let terms = SearchTerms(title: "Talks in Geneva", fields: ["Geneva"], body: "Talks went on. talks")
        let weights = Dictionary(uniqueKeysWithValues: terms.weights.map { ($0.term, $0.weight) })
        #expect(weights["talks"] == SearchTerms.titleWeight + 2)
        #expect(weights["geneva"] == SearchTerms.titleWeight + SearchTerms.fieldWeight)
        #expect(weights["in"] == SearchTerms.titleWeight)
        #expect(terms.weights.map(\.term) == terms.weights.map(\.term).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    @Test func entriesRoundTripThroughTheirText() {
        let entry = SearchEntry(snippet: "Two\nlines", terms: SearchTerms(title: "Über Kyiv", fields: [], body: "words words"))
        let read = SearchEntry(text: Substring(entry.text))
        #expect(read?.terms == entry.terms)
        #expect(read?.snippet == "Two lines")
        #expect(SearchEntry(text: "snippet\nbroken line\n") == nil)
    }

    @Test func snippetsStopAtAWord() {
        let text = String(repeating: "word ", count: 100)
        let snippet = SearchEntry.snippet(from: text)
        #expect(snippet.hasSuffix("word…") && snippet.count <= SearchEntry.snippetLength + 1)
    }

    static func index(_ bodies: [String], shardTarget: Int = 48 * 1024) -> [(path: String, text: String)] {
        let documents = bodies.indices.map { SearchIndex.Document(path: "articles/a\($0)/", title: "Article \($0)", date: "1 May 2025", source: nil) }
        let entries = bodies.enumerated().map { number, body in
            SearchEntry(snippet: "Snippet \(number)", terms: SearchTerms(title: "Article \(number)", fields: [], body: body)).text
        }
        return SearchIndex(documents: documents, shardTarget: shardTarget).files { number, body in
            var text = entries[number]
            text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }
    }

    @Test func aSmallIndexIsOneShardWithGapEncodedPostings() {
        let files = Self.index(["kyiv talks", "geneva talks", "kyiv again"])
        #expect(files.map(\.path) == ["search/index.json", "search/terms/all.json", "search/docs/0.json"])
        #expect(files[0].text == "{\"chunk\":20,\"documents\":3,\"shards\":[\"all\"],\"version\":1}\n")
        // Document numbers are gaps: kyiv is in 0 and 2, talks in 0 and 1.
        #expect(files[1].text.contains("\"kyiv\":[0,1,2,1]"))
        #expect(files[1].text.contains("\"talks\":[0,1,1,1]"))
        #expect(files[1].text.contains("\"article\":[0,8,1,8,1,8]"))
        #expect(files[2].text == "[[\"articles/a0/\",\"Article 0\",\"1 May 2025\",\"\",\"Snippet 0\"],[\"articles/a1/\",\"Article 1\",\"1 May 2025\",\"\",\"Snippet 1\"],[\"articles/a2/\",\"Article 2\",\"1 May 2025\",\"\",\"Snippet 2\"]]\n")
    }

    /// What search.js relies on: each term is in the shard of the longest listed key that starts its encoding.
    static func expectEachTermInItsLongestKeysShard(_ files: [(path: String, text: String)]) throws {
        let index = try #require(try JSONSerialization.jsonObject(with: Data(files[0].text.utf8)) as? [String: Any])
        let keys = try #require(index["shards"] as? [String])
        for key in keys where key != "all" {
            let shard = try #require(files.first { $0.path == "search/terms/\(key).json" })
            let terms = try #require(try JSONSerialization.jsonObject(with: Data(shard.text.utf8)) as? [String: [Int]])
            for term in terms.keys {
                let own = (1...4).map { SearchTokenizer.shardKey(term, length: $0) }.filter(keys.contains).max { $0.count < $1.count }
                #expect(own == key, "\(term) is in \(key)")
            }
        }
    }

    @Test func aLargerIndexIsShardedByPrefixAndANewLastDocumentLeavesOtherShardsAlone() throws {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let vocabulary = (0..<2000).map { "\(letters[$0 % 26])\(letters[($0 / 26) % 26])w\($0)" } + (0..<400).map { "rew\($0)" }
        let bodies = (0..<300).map { index in (0..<40).map { vocabulary[(index * 37 + $0 * 101) % vocabulary.count] }.joined(separator: " ") }
        #expect(Self.index(bodies, shardTarget: 1 << 30)[0].text.contains("\"shards\":[\"all\"]"))
        for target in [16 * 1024, 1024, 256] {
            let files = Self.index(bodies, shardTarget: target)
            try Self.expectEachTermInItsLongestKeysShard(files)
            // No shard is far above the target, unless it holds a single term or keys are at their longest.
            for file in files where file.path.hasPrefix("search/terms/") {
                let key = file.path.dropFirst("search/terms/".count).dropLast(".json".count)
                #expect(file.text.utf8.count < 4 * target || key.count >= 4 || !file.text.dropFirst().contains("],\""), "\(file.path)")
            }
        }
        let before = Dictionary(uniqueKeysWithValues: Self.index(bodies, shardTarget: 1024).map { ($0.path, $0.text) })
        // "zebra talks" in a new, newest document (number 300: its title adds "300" and "article").
        let after = Dictionary(uniqueKeysWithValues: Self.index(bodies + ["zebra talks"], shardTarget: 1024).map { ($0.path, $0.text) })
        let changed = after.keys.filter { after[$0] != before[$0] }.sorted()
        #expect(changed.contains("search/index.json"))
        #expect(changed.filter { $0.hasPrefix("search/docs/") } == ["search/docs/15.json"])
        // Only the shards of the new document's terms change.
        let newTermShards = Set(["zebra", "talks", "article", "300"].map { term in
            (1...4).map { SearchTokenizer.shardKey(term, length: $0) }.filter { after.keys.contains("search/terms/\($0).json") }.max { $0.count < $1.count }!
        })
        #expect(Set(changed.filter { $0.hasPrefix("search/terms/") }) == Set(newTermShards.map { "search/terms/\($0).json" }))
    }
}

@Suite("TermArena")
struct TermArenaTests {
    /// Terms that share a hash are chained and told apart by their bytes.
    @Test func termsWithTheSameHashAreToldApart() {
        var arena = TermArena()
        func index(_ term: String, hash: UInt64) -> (index: Int, added: Bool) {
            Array(term.utf8).withUnsafeBufferPointer { arena.index(of: $0, hash: hash) }
        }
        #expect(index("kyiv", hash: 7) == (0, true))
        #expect(index("kiev", hash: 7) == (1, true))
        #expect(index("odesa", hash: 9) == (2, true))
        #expect(index("kiev", hash: 7) == (1, false))
        #expect(index("kyiv", hash: 7) == (0, false))
        #expect(index("lviv", hash: 7) == (3, true))
        #expect(arena.count == 4)
        #expect(String(decoding: arena[1], as: UTF8.self) == "kiev")
    }

    /// The table grows as terms come: thousands of them, some sharing a hash across the growths,
    /// keep their numbers, and a term that is a prefix of another is another term.
    @Test func termsKeepTheirNumbersAsTheTableGrows() {
        var arena = TermArena()
        func index(_ term: String, hash: UInt64? = nil) -> (index: Int, added: Bool) {
            Array(term.utf8).withUnsafeBufferPointer { arena.index(of: $0, hash: hash) }
        }
        let terms = (0..<5000).map { "term\($0)" }
        for (number, term) in terms.enumerated() {
            let result = number % 7 == 0 ? index(term, hash: 42) : index(term)
            #expect(result.index == number && result.added)
        }
        for (number, term) in terms.enumerated().reversed() {
            let result = number % 7 == 0 ? index(term, hash: 42) : index(term)
            #expect(result.index == number && !result.added)
        }
        // `term` shares its hash with `term0`, which it opens: told apart by length.
        #expect(index("term", hash: 42) == (5000, true))
        #expect(index("term", hash: 42) == (5000, false))
        #expect(index("").added)
        #expect(index("").index == 5001)
        #expect(arena.count == 5002)
        #expect(String(decoding: arena[4999], as: UTF8.self) == "term4999")
    }

    /// Terms sort by their bytes, as `lexicographicallyPrecedes` orders them: a prefix first, then
    /// byte by byte (`é` after every ASCII letter), and no term before itself.
    @Test func termsSortByTheirBytes() {
        var arena = TermArena()
        let terms = ["kyiv", "ky", "kyivska", "éte", "ete", "z", "k", "kz", "0", "a1", "a"]
        for term in terms { _ = Array(term.utf8).withUnsafeBufferPointer { arena.index(of: $0) } }
        for a in terms.indices {
            for b in terms.indices {
                #expect(arena.precedes(a, b) == Array(terms[a].utf8).lexicographicallyPrecedes(Array(terms[b].utf8)), "\(terms[a]) \(terms[b])")
            }
        }
        #expect(terms.indices.sorted { arena.precedes($0, $1) }.map { terms[$0] } == ["0", "a", "a1", "ete", "k", "ky", "kyiv", "kyivska", "kz", "z", "éte"])
    }
}
