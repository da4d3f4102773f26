import Crypto
import Foundation
import SitegenModel
import SitegenOutput

/// Imports raw texts into a site folder: writes `content/articles/<slug>.md`, keeps the raw text as
/// `content/raw/<slug>.txt` and its provenance as `content/raw/<slug>.yml`, and adds the people it
/// finds, with their roles, to `content/gazetteer.yml`.
///
/// A raw text seen before (same bytes) keeps its slug and the facts the editor supplied then, so that
/// importing it again changes nothing. An article whose file differs from what the importer last
/// wrote has been edited: it is left alone unless `force` is set. People found in one article are
/// known to the next, so their spellings merge across the briefing.
public struct SiteImporter: Sendable {
    public struct Options: Sendable {
        public var siteDirectory: URL
        public var facts: EditorFacts
        public var force: Bool
        public var dryRun: Bool
        /// The site's language, from `site.yml`.
        public var language: String?
        /// The site's outlets (`outlets:` in `site.yml`): address → name, over the built-in directory.
        public var outlets: [String: String]

        public init(siteDirectory: URL, facts: EditorFacts = EditorFacts(), force: Bool = false, dryRun: Bool = false,
                    language: String? = nil, outlets: [String: String] = [:]) {
            self.siteDirectory = siteDirectory
            self.facts = facts
            self.force = force
            self.dryRun = dryRun
            self.language = language
            self.outlets = outlets
        }
    }


    private let options: Options
    /// The built-in outlet directory with the site's outlets over it.
    private let outlets: OutletDirectory
    /// The gazetteer with its look-ups, grown as articles add people.
    private var gazetteer: IndexedGazetteer
    private var gazetteerFile: GazetteerFile
    private var records: [ImportRecord]
    private var slugsThisRun: Set<String> = []

    private var layout: SiteLayout { SiteLayout(siteDirectory: options.siteDirectory) }
    private var contentDirectory: URL { layout.content }
    private var articlesDirectory: URL { layout.articles }
    private var rawDirectory: URL { layout.raw }

    /// Reads the records of earlier imports. Fails if the site has no `content/` folder or a record cannot be read.
    public init(options: Options, gazetteer: Gazetteer) throws(Diagnostic) {
        self.options = options
        outlets = OutletDirectory.builtIn.adding(options.outlets)
        self.gazetteer = IndexedGazetteer(gazetteer)
        records = []
        var isDirectory: ObjCBool = false
        let layout = SiteLayout(siteDirectory: options.siteDirectory)
        let content = layout.content
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic.error("\(options.siteDirectory.path) has no content/ folder: run sitegen import in the site folder, or pass --source DIR")
        }
        gazetteerFile = GazetteerFile(url: layout.gazetteer)
        let raw = layout.raw
        let names = (try? FileManager.default.contentsOfDirectory(atPath: raw.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".yml") && !name.hasPrefix(".") {
            let url = raw.appendingPathComponent(name)
            let path = DisplayPath.relative(url, to: options.siteDirectory)
            do throws(Diagnostic) {
                records.append(try ImportRecord.parse(try TextFile.read(url, displayPath: path), path: path))
            } catch {
                throw Diagnostic.error(error.description)
            }
        }
    }

    /// Imports one raw file; `displayName` is how the report names it.
    public mutating func importFile(_ url: URL, displayName: String) -> ImportOutcome {
        importInput(RawInputs.Input(displayName: displayName, url: url, original: url.lastPathComponent))
    }

    /// Imports one input: a file, or a record of an extractor's JSON with its own facts.
    public mutating func importInput(_ input: RawInputs.Input) -> ImportOutcome {
        complete(prepare(input))
    }

    /// Imports inputs in their order, giving each outcome to `report` as it is known. The first stage
    /// of each article (reading the file, finding its headline, story, date and source), which needs
    /// no gazetteer, runs for several inputs at once across the cores; then each in turn gets its
    /// people with those of the articles before it, is written, and adds its people for the next.
    /// The articles are the same as importing the inputs one by one.
    public mutating func importInputs(_ inputs: [RawInputs.Input], report: (_ number: Int, ImportOutcome) -> Void) {
        // Windows of a few inputs per core: the next window's first stage runs while this one's
        // second stage does, so both cores stay busy and at most two windows are held at once.
        let window = max(2, ProcessInfo.processInfo.activeProcessorCount * 4)
        let windows = stride(from: 0, to: inputs.count, by: window).map { $0..<min($0 + window, inputs.count) }
        // The first stage holds only what it reads (the options, the outlets, the records as they are
        // now), never the importer: a copy of the importer held by the next window made every article's
        // people copy the whole gazetteer (copy on write), a bulk import quadratic in its people.
        var next = windows.first.map { PreparedWindow(Array(inputs[$0]), reader: firstStage) }
        for (number, range) in windows.enumerated() {
            guard let current = next else { break }
            next = number + 1 < windows.count ? PreparedWindow(Array(inputs[windows[number + 1]]), reader: firstStage) : nil
            for (offset, item) in current.wait().enumerated() {
                report(range.lowerBound + offset, complete(item))
            }
        }
    }

    /// The first stage of a window of inputs, under way on other threads.
    private final class PreparedWindow: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var items: [PreparedInput] = []

        init(_ inputs: [RawInputs.Input], reader: FirstStage) {
            DispatchQueue.global().async {
                self.items = ParallelMap.map(inputs) { reader.prepare($0) }
                self.done.signal()
            }
        }

        /// The prepared inputs, once they all are.
        func wait() -> [PreparedInput] {
            done.wait()
            return items
        }
    }

    /// An input after the first stage: its bytes, their hash, the facts it was read with, and the
    /// article read (or why it could not be).
    struct PreparedInput: Sendable {
        var input: RawInputs.Input
        var data: Data?
        var rawHash: String = ""
        var facts = EditorFacts()
        var read: Result<ReadArticle, Diagnostic>
    }

    /// The first stage of importing `input`: reads its bytes and the article in them. Reads the
    /// file, and nothing else of the site's; changes nothing.
    func prepare(_ input: RawInputs.Input) -> PreparedInput {
        firstStage.prepare(input)
    }

    /// What the first stage reads of the importer.
    private var firstStage: FirstStage {
        FirstStage(options: options, outlets: outlets, records: records)
    }

    /// The first stage, with the importer's options, outlets and records of earlier imports.
    struct FirstStage: Sendable {
        let options: Options
        let outlets: OutletDirectory
        let records: [ImportRecord]

        func prepare(_ input: RawInputs.Input) -> PreparedInput {
            let data: Data
            if let text = input.text {
                data = Data(text.utf8)
            } else if let url = input.url {
                do {
                    data = try Data(contentsOf: url)
                } catch {
                    return PreparedInput(input: input, read: .failure(Diagnostic.error("cannot read the file: \(error.localizedDescription)")))
                }
            } else {
                return PreparedInput(input: input, read: .failure(Diagnostic.error("no text to import")))
            }
            let rawHash = SiteImporter.hex(data)
            let facts = SiteImporter.facts(options, for: input, record: records.first { $0.rawSHA256 == rawHash })
            let read = Result { () throws(Diagnostic) in try ArticleImporter.read(data, facts: facts, language: options.language, outlets: outlets) }
            return PreparedInput(input: input, data: data, rawHash: rawHash, facts: facts, read: read)
        }
    }

    /// The command line's facts, then the record's or manifest row's, then those of an earlier import.
    private func facts(for input: RawInputs.Input, record: ImportRecord?) -> EditorFacts {
        Self.facts(options, for: input, record: record)
    }

    private static func facts(_ options: Options, for input: RawInputs.Input, record: ImportRecord?) -> EditorFacts {
        options.facts.over(input.facts).over(record?.supplied ?? EditorFacts())
    }

    /// The second stage: the people, the slug, and the files written.
    private mutating func complete(_ prepared: PreparedInput) -> ImportOutcome {
        let input = prepared.input
        let displayName = input.displayName
        guard let data = prepared.data else {
            guard case let .failure(failure) = prepared.read else { preconditionFailure("an input without bytes was read") }
            return ImportOutcome(input: displayName, status: .failed, failure: failure)
        }
        let rawHash = prepared.rawHash
        let record = records.first { $0.rawSHA256 == rawHash }
        // An input imported earlier in this run with the same bytes has left a record since the first stage.
        let facts = facts(for: input, record: record)
        var read = prepared.read
        if facts != prepared.facts {
            read = Result { () throws(Diagnostic) in try ArticleImporter.read(data, facts: facts, language: options.language, outlets: outlets) }
        }
        let article: ImportedArticle
        switch read {
        case let .success(readArticle):
            article = ArticleImporter(indexed: gazetteer, language: options.language).attribute(readArticle)
        case let .failure(failure):
            return ImportOutcome(input: displayName, status: .failed, failure: failure, dryRun: options.dryRun)
        }
        let text = article.fileText
        var warnings: [Diagnostic] = []
        let slug: String
        if let record {
            slug = record.slug
        } else {
            let wanted = ArticleSlug.make(article.title)
            slug = ArticleSlug.unique(wanted) { isTaken($0, byOtherThan: data) }
            if slug != wanted { warnings.append(.warning("the slug \(wanted) is taken by another article: imported as \(slug)")) }
        }
        let articleURL = articlesDirectory.appendingPathComponent("\(slug).md")
        let articlePath = DisplayPath.relative(articleURL, to: options.siteDirectory)
        let textData = Data(text.utf8)
        let status: ImportOutcome.Status
        if let existing = try? Data(contentsOf: articleURL) {
            if existing == textData {
                status = .unchanged
            } else if let record, Self.hex(existing) == record.articleSHA256 {
                status = .updated
            } else if options.force {
                status = .updated
                warnings.append(.warning("\(articlePath) had been edited since its import: overwrote the edits (--force)"))
            } else {
                return ImportOutcome(input: displayName, status: .failed, articlePath: articlePath, article: article,
                                     failure: Diagnostic.error("\(articlePath) has been edited since it was imported: left as it is; re-run with --force to overwrite the edits"),
                                     warnings: warnings, dryRun: options.dryRun)
            }
        } else {
            status = .created
        }
        // What the editor supplied (not what the text gave) is recorded, so a re-import gives the same article.
        let newRecord = ImportRecord(slug: slug, original: record?.original ?? input.original, rawSHA256: rawHash,
                                     articleSHA256: Self.hex(textData), supplied: facts)
        // The people found become known to the next article, and are kept in content/gazetteer.yml.
        let newPeople = article.foundPeople.filter { !gazetteer.hasPerson(named: $0.name) }
        if !options.dryRun {
            // All or nothing: when one file cannot be written, those written before it get back
            // what they held (or are removed when they are new), so the content folder is as it was.
            var written: [(url: URL, previous: Data?)] = []
            // Folders this import made (`content/raw/` in a new site): removed again on failure.
            var madeFolders: [URL] = []
            do throws(Diagnostic) {
                func keep(_ data: Data, _ url: URL) throws(Diagnostic) {
                    let previous = try? Data(contentsOf: url)
                    guard previous != data else { return }
                    let folder = url.deletingLastPathComponent()
                    if !FileManager.default.fileExists(atPath: folder.path), !madeFolders.contains(folder) { madeFolders.append(folder) }
                    try write(data, to: url)
                    written.append((url, previous))
                }
                if input.url != nil || input.text != nil {
                    try keep(data, rawDirectory.appendingPathComponent("\(slug).txt"))
                }
                try keep(Data(newRecord.yaml.utf8), rawDirectory.appendingPathComponent("\(slug).yml"))
                try keep(textData, articleURL)
                if !newPeople.isEmpty {
                    let previous = try? Data(contentsOf: gazetteerFile.url)
                    try gazetteerFile.append(newPeople, siteDirectory: options.siteDirectory)
                    written.append((gazetteerFile.url, previous))
                }
            } catch {
                var failure = error
                let left = Self.putBack(written)
                // Only when empty: `rmdir` leaves a folder that holds anything.
                for folder in madeFolders.reversed() { rmdir(folder.path) }
                if !left.isEmpty {
                    failure.message += "; could not put back " + left.map { DisplayPath.relative($0, to: options.siteDirectory) }.joined(separator: ", ")
                        + ", which now hold this import's version"
                }
                return ImportOutcome(input: displayName, status: .failed, articlePath: articlePath, article: article,
                                     failure: failure, warnings: warnings)
            }
        }
        // Only now, with its files written, does this import change the importer's state: a later input
        // takes this one's slug as taken and its people as known. (Changed before the writes, the state
        // had to be copied to be put back on failure: a copy of the whole gazetteer for every input.)
        slugsThisRun.insert(slug)
        records.removeAll { $0.slug == slug }
        records.append(newRecord)
        gazetteer.add(Gazetteer(people: newPeople.map { Gazetteer.Entry(name: $0.name, role: $0.role, aliases: $0.variants) }))
        if !newPeople.isEmpty {
            warnings.append(.warning("added to content/gazetteer.yml: " + newPeople.map { person in person.role.map { "\(person.name) (\($0))" } ?? person.name }.joined(separator: ", ")))
        }
        return ImportOutcome(input: displayName, status: status, articlePath: articlePath, article: article,
                             warnings: warnings, dryRun: options.dryRun)
    }

    /// The SHA-256 of `data`, in lower-case hex.
    static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
    }

    /// Whether another article has the slug. A raw text with no record and no article beside it,
    /// holding these very bytes, is what an import of this text killed after its first write
    /// left: it is this import's, not another article's.
    private func isTaken(_ slug: String, byOtherThan raw: Data) -> Bool {
        if slugsThisRun.contains(slug) || records.contains(where: { $0.slug == slug })
            || FileManager.default.fileExists(atPath: articlesDirectory.appendingPathComponent("\(slug).md").path) {
            return true
        }
        let rawURL = rawDirectory.appendingPathComponent("\(slug).txt")
        guard FileManager.default.fileExists(atPath: rawURL.path) else { return false }
        return (try? Data(contentsOf: rawURL)) != raw
    }

    /// Gives each file back what it held before this import (removing a new one), newest first.
    /// Returns the files that could not be put back.
    static func putBack(_ written: [(url: URL, previous: Data?)]) -> [URL] {
        var left: [URL] = []
        for (url, previous) in written.reversed() {
            if let previous {
                if (try? AtomicFile.write(previous, to: url)) == nil { left.append(url) }
            } else if unlink(url.path) != 0 && errno != ENOENT {
                left.append(url)
            }
        }
        return left
    }

    /// Writes `data` atomically, making its folder when needed.
    private func write(_ data: Data, to url: URL) throws(Diagnostic) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(data, to: url)
        } catch {
            throw Diagnostic.error("cannot write \(DisplayPath.relative(url, to: options.siteDirectory)): \(error.localizedDescription)")
        }
    }
}
