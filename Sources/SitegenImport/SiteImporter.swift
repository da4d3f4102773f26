import Foundation
import SitegenCore

/// Imports raw texts into a site folder: writes `content/articles/<slug>.md`, keeps the raw text as
/// `content/raw/<slug>.txt` and its provenance as `content/raw/<slug>.yml`.
///
/// A raw text seen before (same bytes) keeps its slug and the facts the editor supplied then, so that
/// importing it again changes nothing. An article whose file differs from what the importer last
/// wrote has been edited: it is left alone unless `force` is set.
public struct SiteImporter: Sendable {
    public struct Options: Sendable {
        public var siteDirectory: URL
        public var facts: EditorFacts
        public var force: Bool
        public var dryRun: Bool

        public init(siteDirectory: URL, facts: EditorFacts = EditorFacts(), force: Bool = false, dryRun: Bool = false) {
            self.siteDirectory = siteDirectory
            self.facts = facts
            self.force = force
            self.dryRun = dryRun
        }
    }

    public static let rawFolder = "raw"

    private let options: Options
    private let importer: ArticleImporter
    private var records: [ImportRecord]
    private var slugsThisRun: Set<String> = []

    private var contentDirectory: URL { options.siteDirectory.appendingPathComponent("content") }
    private var articlesDirectory: URL { contentDirectory.appendingPathComponent(ContentLoader.articlesFolder) }
    private var rawDirectory: URL { contentDirectory.appendingPathComponent(Self.rawFolder) }

    /// Reads the records of earlier imports. Fails if the site has no `content/` folder or a record cannot be read.
    public init(options: Options, gazetteer: Gazetteer) throws(ImportFailure) {
        self.options = options
        importer = ArticleImporter(gazetteer: gazetteer)
        records = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ImportFailure(.notASite, "\(options.siteDirectory.path) has no content/ folder: run sitegen import in the site folder, or pass --source DIR")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rawDirectory.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".yml") && !name.hasPrefix(".") {
            let url = rawDirectory.appendingPathComponent(name)
            let path = DisplayPath.relative(url, to: options.siteDirectory)
            do throws(Diagnostic) {
                records.append(try ImportRecord.parse(try TextFile.read(url, displayPath: path), path: path))
            } catch {
                throw ImportFailure(.invalidRecord, error.description)
            }
        }
    }

    /// Imports one raw file; `displayName` is how the report names it.
    public mutating func importFile(_ url: URL, displayName: String) -> ImportOutcome {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return ImportOutcome(input: displayName, status: .failed, failure: ImportFailure(.unreadable, "cannot read the file: \(error.localizedDescription)"))
        }
        let rawHash = SHA256.hex(data)
        let record = records.first { $0.rawSHA256 == rawHash }
        let facts = options.facts.over(record?.supplied ?? EditorFacts())
        let article: ImportedArticle
        do throws(ImportFailure) {
            article = try importer.importArticle(data, facts: facts)
        } catch {
            return ImportOutcome(input: displayName, status: .failed, failure: error, dryRun: options.dryRun)
        }
        guard let text = article.fileText else {
            return ImportOutcome(input: displayName, status: .failed, article: article,
                                 failure: ImportFailure(.noDate, "the text states no publication date: supply it with --date YYYY-MM-DD"),
                                 dryRun: options.dryRun)
        }
        var warnings: [String] = []
        let slug: String
        if let record {
            slug = record.slug
        } else {
            let wanted = ArticleSlug.make(article.title)
            slug = ArticleSlug.unique(wanted, isTaken: isTaken)
            if slug != wanted { warnings.append("the slug \(wanted) is taken by another article: imported as \(slug)") }
        }
        slugsThisRun.insert(slug)
        let articleURL = articlesDirectory.appendingPathComponent("\(slug).md")
        let articlePath = DisplayPath.relative(articleURL, to: options.siteDirectory)
        let textData = Data(text.utf8)
        let status: ImportOutcome.Status
        if let existing = try? Data(contentsOf: articleURL) {
            if existing == textData {
                status = .unchanged
            } else if let record, SHA256.hex(existing) == record.articleSHA256 {
                status = .updated
            } else if options.force {
                status = .updated
                warnings.append("\(articlePath) had been edited since its import: overwrote the edits (--force)")
            } else {
                return ImportOutcome(input: displayName, status: .failed, articlePath: articlePath, article: article,
                                     failure: ImportFailure(.editedByEditor, "\(articlePath) has been edited since it was imported: left as it is; re-run with --force to overwrite the edits"),
                                     warnings: warnings, dryRun: options.dryRun)
            }
        } else {
            status = .created
        }
        let newRecord = ImportRecord(slug: slug, original: record?.original ?? url.lastPathComponent, rawSHA256: rawHash,
                                     articleSHA256: SHA256.hex(textData), supplied: facts)
        records.removeAll { $0.slug == slug }
        records.append(newRecord)
        if !options.dryRun {
            do throws(ImportFailure) {
                try write(data, to: rawDirectory.appendingPathComponent("\(slug).txt"))
                try write(Data(newRecord.yaml.utf8), to: rawDirectory.appendingPathComponent("\(slug).yml"))
                try write(textData, to: articleURL)
            } catch {
                return ImportOutcome(input: displayName, status: .failed, articlePath: articlePath, article: article,
                                     failure: error, warnings: warnings)
            }
        }
        return ImportOutcome(input: displayName, status: status, articlePath: articlePath, article: article,
                             warnings: warnings, dryRun: options.dryRun)
    }

    private func isTaken(_ slug: String) -> Bool {
        slugsThisRun.contains(slug) || records.contains { $0.slug == slug }
            || FileManager.default.fileExists(atPath: articlesDirectory.appendingPathComponent("\(slug).md").path)
            || FileManager.default.fileExists(atPath: rawDirectory.appendingPathComponent("\(slug).txt").path)
    }

    /// Writes `data` unless the file already holds it, atomically.
    private func write(_ data: Data, to url: URL) throws(ImportFailure) {
        if let existing = try? Data(contentsOf: url), existing == data { return }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(data, to: url)
        } catch {
            throw ImportFailure(.cannotWrite, "cannot write \(DisplayPath.relative(url, to: options.siteDirectory)): \(error.localizedDescription)")
        }
    }
}
