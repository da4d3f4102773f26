import SitegenModel
import Yams

/// The provenance of one imported article, kept beside its raw text as `content/raw/<slug>.yml`:
/// the raw text's name and hash, the facts the editor supplied, and the hash of the article file
/// as the importer last wrote it — so a re-import gives the same article, and an article the editor
/// has changed since is not overwritten without `--force`.
public struct ImportRecord: Sendable, Equatable {
    public var slug: String
    /// The raw file's name when it was first imported.
    public var original: String
    public var rawSHA256: String
    public var articleSHA256: String
    public var supplied: EditorFacts

    public init(slug: String, original: String, rawSHA256: String, articleSHA256: String, supplied: EditorFacts) {
        self.slug = slug
        self.original = original
        self.rawSHA256 = rawSHA256
        self.articleSHA256 = articleSHA256
        self.supplied = supplied
    }

    public var yaml: String {
        var facts: [(Node, Node)] = []
        if let date = supplied.date { facts.append(("date", Node(date.description))) }
        if let source = supplied.source { facts.append(("source", FrontMatterWriter.text(source))) }
        if let url = supplied.url { facts.append(("url", FrontMatterWriter.text(url))) }
        if let section = supplied.section { facts.append(("section", FrontMatterWriter.text(section))) }
        if let title = supplied.title { facts.append(("title", FrontMatterWriter.text(title))) }
        let pairs: [(Node, Node)] = [
            ("slug", FrontMatterWriter.text(slug)),
            ("original", FrontMatterWriter.text(original)),
            ("raw_sha256", Node(rawSHA256)),
            ("article", FrontMatterWriter.text("articles/\(slug).md")),
            ("article_sha256", Node(articleSHA256)),
            ("supplied", Node.mapping(Node.Mapping(facts, .implicit, facts.isEmpty ? .flow : .block))),
        ]
        return """
        # Written by `sitegen import`: the provenance of content/articles/\(slug).md.
        # The raw text is \(slug).txt beside this file, byte for byte as imported.
        # `supplied` holds the facts the editor gave on the command line; importing
        # the raw text again uses them, and gives the same article.

        """ + FrontMatterWriter.serialize(Node.mapping(Node.Mapping(pairs, .implicit, .block)))
    }

    public static func parse(_ text: String, path: String) throws(Diagnostic) -> ImportRecord {
        let yaml = try YAMLMapping.parse(text, path: path)
        func required(_ key: String) throws(Diagnostic) -> String {
            guard let value = try yaml.string(key), !value.isEmpty else {
                throw .error("import record is missing `\(key)`; delete the file to import its raw text afresh", at: SourceLocation(path: path))
            }
            return value
        }
        var supplied = EditorFacts()
        if let facts = try yaml.mapping("supplied") {
            if let date = try facts.string("date") {
                guard let parsed = ContentDate(date) else {
                    throw .error("`supplied.date` must be a date like 2025-11-20, found `\(date)`", at: facts.location(of: facts.value("date")))
                }
                supplied.date = parsed
            }
            supplied.source = try facts.string("source")
            supplied.url = try facts.string("url")
            supplied.section = try facts.string("section")
            supplied.title = try facts.string("title")
        }
        return ImportRecord(slug: try required("slug"), original: try required("original"), rawSHA256: try required("raw_sha256"),
                            articleSHA256: try required("article_sha256"), supplied: supplied)
    }
}
