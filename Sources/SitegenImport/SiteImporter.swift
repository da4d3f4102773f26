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

        public init(siteDirectory: URL, facts: EditorFacts = EditorFacts(), force: Bool = false, dryRun: Bool = false,
                    language: String? = nil) {
            self.siteDirectory = siteDirectory
            self.facts = facts
            self.force = force
            self.dryRun = dryRun
            self.language = language
        }
    }


    private let options: Options
    private var gazetteer: Gazetteer
    /// `gazetteer.people`, keyed for matching names, kept up to date as articles add people.
    private var knownPeople: KnownPeople
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
        self.gazetteer = gazetteer
        knownPeople = KnownPeople(gazetteer.people)
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
        let displayName = input.displayName
        let data: Data
        if let text = input.text {
            data = Data(text.utf8)
        } else if let url = input.url {
            do {
                data = try Data(contentsOf: url)
            } catch {
                return ImportOutcome(input: displayName, status: .failed, failure: Diagnostic.error("cannot read the file: \(error.localizedDescription)"))
            }
        } else {
            return ImportOutcome(input: displayName, status: .failed, failure: Diagnostic.error("no text to import"))
        }
        let rawHash = Self.hex(data)
        let record = records.first { $0.rawSHA256 == rawHash }
        // The command line's facts, then the record's or manifest row's, then those of an earlier import.
        let facts = options.facts.over(input.facts).over(record?.supplied ?? EditorFacts())
        let article: ImportedArticle
        do throws(Diagnostic) {
            article = try ArticleImporter(gazetteer: gazetteer, language: options.language, knownPeople: knownPeople).importArticle(data, facts: facts)
        } catch {
            return ImportOutcome(input: displayName, status: .failed, failure: error, dryRun: options.dryRun)
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
        slugsThisRun.insert(slug)
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
        records.removeAll { $0.slug == slug }
        records.append(newRecord)
        // The people found become known to the next article, and are kept in content/gazetteer.yml.
        let newPeople = article.foundPeople.filter { person in !gazetteer.people.contains { $0.allNames.contains(person.name) } }
        let grown = gazetteer.adding(Gazetteer(people: newPeople.map { Gazetteer.Entry(name: $0.name, role: $0.role, aliases: $0.variants) }))
        knownPeople.add(Array(grown.people.dropFirst(gazetteer.people.count)))
        gazetteer = grown
        if !options.dryRun {
            // All or nothing: when one file cannot be written, those written before it get back
            // what they held (or are removed when they are new), so the content folder is as it was.
            var written: [(url: URL, previous: Data?)] = []
            do throws(Diagnostic) {
                func keep(_ data: Data, _ url: URL) throws(Diagnostic) {
                    let previous = try? Data(contentsOf: url)
                    guard previous != data else { return }
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
                if !left.isEmpty {
                    failure.message += "; could not put back " + left.map { DisplayPath.relative($0, to: options.siteDirectory) }.joined(separator: ", ")
                        + ", which now hold this import's version"
                }
                return ImportOutcome(input: displayName, status: .failed, articlePath: articlePath, article: article,
                                     failure: failure, warnings: warnings)
            }
        }
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
