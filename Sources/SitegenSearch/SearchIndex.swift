import Foundation
import SitegenModel

/// The site's search index, written as static files that the browser fetches as a query needs
/// them (`templates/assets/search.js`):
///
/// ```
/// search/index.json          the number of documents, the chunk size, the shards
/// search/terms/<key>.json    every term whose first characters are <key> (and no longer listed
///                            key's), with its postings
/// search/docs/<n>.json       what a result shows of documents n×chunk ..< (n+1)×chunk
/// ```
///
/// A query fetches `index.json`, one shard per word, and the chunks its top results are in.
/// Documents are numbered oldest first, so that a new article takes the next number and the
/// files of the others keep their bytes.
///
/// The index is merged anew at every build from each article's `SearchEntry` text, most of them
/// kept in the build cache: it works on their UTF-8 bytes, with no `String` per term, so that
/// merging 10,000 articles takes a small part of a rebuild.
public struct SearchIndex: Sendable {
    public struct Document: Sendable {
        /// Relative to the site root: `articles/x/`.
        public var path: String
        public var title: String
        public var date: String
        public var source: String?

        public init(path: String, title: String, date: String, source: String?) {
            self.path = path
            self.title = title
            self.date = date
            self.source = source
        }
    }

    public static let folder = "search"
    public static let chunkSize = 20
    public static let version = 1

    public let documents: [Document]
    /// The size shards aim at: a query fetches one per word.
    public let shardTarget: Int

    public init(documents: [Document], shardTarget: Int = 48 * 1024) {
        self.documents = documents
        self.shardTarget = shardTarget
    }

    /// Every file of the index, by path under the site root, in order. `entry(n, body)` calls
    /// `body` with the bytes of document n's `SearchEntry.text`.
    public func files(entry: @Sendable (Int, (UnsafeRawBufferPointer) -> Void) -> Void) -> [(path: String, bytes: [UInt8])] {
        // The entries are read in a few runs of documents across the cores, then merged in order.
        let runs = documents.count < 2000 ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8)
        let size = (documents.count + runs - 1) / max(runs, 1)
        let ranges = stride(from: 0, to: documents.count, by: max(size, 1)).map { $0..<min($0 + size, documents.count) }
        let parts = ParallelMap.map(ranges) { range -> TermTable in
            var table = TermTable()
            for number in range { entry(number) { table.add(entry: $0, document: Int32(number)) } }
            return table
        }
        var terms = parts.first ?? TermTable()
        for part in parts.dropFirst() { terms.append(part) }
        let snippets = terms.snippets
        let keyLength = Self.keyLength(terms, target: shardTarget)
        var shards: [[UInt8]: [Int]] = [:]
        for index in 0..<terms.count { shards[terms.shardKey(of: index, length: keyLength), default: []].append(index) }
        // A shard much larger than the target (the terms of a common first two letters) is cut
        // again by one more character, up to four.
        var length = keyLength
        while length > 0, length < 4 {
            let large = shards.filter { $0.value.count > 1 && Self.size(of: $0.value, in: terms) > 2 * shardTarget }
            if large.isEmpty { break }
            length += 1
            for (key, members) in large {
                shards[key] = nil
                for member in members { shards[terms.shardKey(of: member, length: length), default: []].append(member) }
            }
        }
        let keys = shards.keys.sorted { $0.lexicographicallyPrecedes($1) }

        var files: [(String, [UInt8])] = []
        var index = JSONBytes()
        index.append("{\"chunk\":\(Self.chunkSize),\"documents\":\(documents.count),\"shards\":[")
        for (position, key) in keys.enumerated() {
            if position > 0 { index.append(",") }
            index.append("\""); index.bytes += key; index.append("\"")
        }
        index.append("],\"version\":\(Self.version)}\n")
        files.append(("\(Self.folder)/index.json", index.bytes))
        let table = terms, members = shards
        let shardFiles = ParallelMap.map(keys) { key -> (String, [UInt8]) in
            let terms = table
            var shard = JSONBytes()
            shard.append("{")
            let sorted = members[key]!.sorted { terms.precedes($0, $1) }
            for (position, term) in sorted.enumerated() {
                if position > 0 { shard.append(",") }
                // Terms are letters and digits only: nothing in them needs escaping in JSON.
                shard.append("\""); shard.bytes += terms.term(term); shard.append("\":[")
                var previous: Int32 = 0
                let postings = terms.postings[term]
                for at in stride(from: 0, to: postings.count, by: 2) {
                    if at > 0 { shard.append(",") }
                    // Document numbers as gaps from the previous one: shorter, and a new
                    // document changes only the tail.
                    shard.append(Int(postings[at] - previous)); shard.append(","); shard.append(Int(postings[at + 1]))
                    previous = postings[at]
                }
                shard.append("]")
            }
            shard.append("}\n")
            return ("\(Self.folder)/terms/\(String(decoding: key, as: UTF8.self)).json", shard.bytes)
        }
        files += shardFiles
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        for start in stride(from: 0, to: documents.count, by: Self.chunkSize) {
            let range = start..<min(start + Self.chunkSize, documents.count)
            let chunk = range.map { [documents[$0].path, documents[$0].title, documents[$0].date, documents[$0].source ?? "", snippets[$0]] }
            let data = (try? encoder.encode(chunk)) ?? Data("[]".utf8)
            files.append(("\(Self.folder)/docs/\(start / Self.chunkSize).json", Array(data) + [0x0A]))
        }
        return files
    }
}

extension SearchIndex {
    /// How many leading characters name a term's shard: 0 (one shard) for a small index, 1 or 2
    /// as it grows, so that a small site is not cut into hundreds of tiny files and a large one
    /// is not fetched whole.
    /// About how many bytes these terms take in a shard: their text and about three bytes for each posting's two numbers.
    static func size(of members: some Sequence<Int>, in terms: TermTable) -> Int {
        members.reduce(0) { $0 + terms.term($1).count + 4 + terms.postings[$1].count * 3 }
    }

    static func keyLength(_ terms: TermTable, target shardTarget: Int) -> Int {
        let bytes = size(of: 0..<terms.count, in: terms)
        var firsts = Set<UInt8>()
        for index in 0..<terms.count { firsts.insert(terms.term(index).first ?? 0) }
        if bytes <= shardTarget { return 0 }
        // (Shards that are still too large are cut further in `files`.)
        if bytes / max(firsts.count, 1) <= shardTarget { return 1 }
        return 2
    }
}

/// JSON written straight as bytes.
struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes += $0 }
    }

    mutating func append(_ text: String) {
        bytes += text.utf8
    }

    mutating func append(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")); append(-number); return }
        if number >= 10 { append(number / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }
}

/// Every distinct term of the documents, with its postings, keyed by the bytes of the term.
struct TermTable: Sendable {
    private var arena = TermArena()
    private(set) var postings: [[Int32]] = []
    /// Each document's snippet (the first line of its entry), in the order added.
    private(set) var snippets: [String] = []

    var count: Int { arena.count }

    func term(_ index: Int) -> ArraySlice<UInt8> { arena[index] }

    /// Whether term `a` sorts before term `b`, by their bytes.
    func precedes(_ a: Int, _ b: Int) -> Bool { arena.precedes(a, b) }

    /// Adds another table's terms and snippets after this one's: its documents must come after these.
    mutating func append(_ other: TermTable) {
        snippets += other.snippets
        for index in 0..<other.count {
            let mine = other.term(index).withUnsafeBufferPointer { lookup($0, hash: nil) }
            postings[mine] += other.postings[index]
        }
    }

    /// Adds the terms and the snippet (the first line) of one `SearchEntry.text`.
    mutating func add(entry: UnsafeRawBufferPointer, document: Int32) {
        let bytes = entry.bindMemory(to: UInt8.self)
        var at = 0
        while at < bytes.count, bytes[at] != 0x0A { at += 1 }
        snippets.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<at]), as: UTF8.self))
        at += 1
        while at < bytes.count {
            let start = at
            while at < bytes.count, bytes[at] != 0x09 { at += 1 }
            let end = at
            at += 1
            var weight: Int32 = 0
            while at < bytes.count, bytes[at] != 0x0A {
                weight = weight * 10 + Int32(bytes[at] &- 0x30)
                at += 1
            }
            at += 1
            guard end > start, weight > 0 else { continue }
            let index = lookup(UnsafeBufferPointer(rebasing: bytes[start..<end]), hash: nil)
            postings[index].append(document)
            postings[index].append(weight)
        }
    }

    private mutating func lookup(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64?) -> Int {
        let (index, added) = arena.index(of: term, hash: hash)
        if added { postings.append([]) }
        return index
    }

    /// The term's shard: `SearchTokenizer.shardKey` of it, as bytes.
    func shardKey(of index: Int, length: Int) -> [UInt8] {
        let bytes = term(index)
        if length > 0, bytes.count >= length, bytes.prefix(length).allSatisfy(Self.isPlain) {
            return Array(bytes.prefix(length))
        }
        return Array(SearchTokenizer.shardKey(String(decoding: bytes, as: UTF8.self), length: length).utf8)
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
    }
}
