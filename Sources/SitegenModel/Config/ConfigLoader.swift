import Foundation

/// Reads `content/site.yml` into a `SiteConfig`, with the people, places and topics of
/// `content/gazetteer.yml` (the gazetteer `sitegen import` keeps) added where `site.yml` does
/// not name them: what the editor wrote in `site.yml` always wins. A missing file gives the defaults.
public struct ConfigLoader: Sendable {
    public init() {}

    public func load(contentDirectory: URL, displayRoot: URL) throws(BuildFailure) -> SiteConfig {
        let url = contentDirectory.appendingPathComponent(SiteLayout.configFile)
        let gazetteerURL = contentDirectory.appendingPathComponent(SiteLayout.gazetteerFile)
        var problems: [Diagnostic] = []
        var config = SiteConfig()
        if FileManager.default.fileExists(atPath: url.path) {
            let path = DisplayPath.relative(url, to: displayRoot)
            do throws(Diagnostic) {
                config = try parse(try TextFile.read(url, displayPath: path), path: path)
            } catch {
                problems.append(error)
            }
        }
        if FileManager.default.fileExists(atPath: gazetteerURL.path) {
            let path = DisplayPath.relative(gazetteerURL, to: displayRoot)
            do throws(Diagnostic) {
                let found = try parseGazetteer(try TextFile.read(gazetteerURL, displayPath: path), path: path)
                config.gazetteer = config.gazetteer.adding(found)
            } catch {
                problems.append(error)
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return config
    }

    /// The people, places, topics and aliases of a gazetteer file.
    public func parseGazetteer(_ text: String, path: String) throws(Diagnostic) -> Gazetteer {
        let yaml = try YAMLMapping.parse(text, path: path)
        return Gazetteer(people: try entries(yaml, "people"), places: try entries(yaml, "places"),
                         topics: try entries(yaml, "topics"), aliases: try aliases(yaml))
    }

    public func parse(_ text: String, path: String) throws(Diagnostic) -> SiteConfig {
        let yaml = try YAMLMapping.parse(text, path: path)
        var config = SiteConfig()
        if let title = try yaml.string("title") { config.title = title }
        if let description = try yaml.string("description") { config.description = description }
        if let base = try yaml.string("base_url") {
            guard let url = BaseURL(base) else {
                throw .error("`base_url` must be an absolute http or https URL such as https://example.org/briefing/, found `\(base)`",
                             at: yaml.location(of: yaml.value("base_url")))
            }
            config.baseURL = url
        }
        if let language = try yaml.string("language") { config.language = language }
        if let author = try yaml.string("author") { config.author = author }
        if let markdown = try yaml.mapping("markdown"), let raw = try markdown.bool("unsafe_html") {
            config.allowRawHTML = raw
        }
        if let search = try yaml.bool("search") { config.searchEnabled = search }
        if let briefing = try yaml.mapping("briefing"), let count = try briefing.int("full_articles") {
            config.briefingFullArticles = max(0, count)
        }
        if let home = try yaml.mapping("home") {
            if let count = try home.int("articles") { config.homeArticleCount = max(0, count) }
            if let count = try home.int("tags") { config.homeTagCount = max(0, count) }
        }
        if let taxonomies = try yaml.mapping("taxonomies") {
            if let tags = try taxonomies.mapping("tags"), let title = try tags.string("title") { config.tagsTitle = title }
            if let people = try taxonomies.mapping("people"), let title = try people.string("title") { config.peopleTitle = title }
        }
        config.gazetteer = Gazetteer(
            people: try entries(yaml, "people"),
            places: try entries(yaml, "places"),
            topics: try entries(yaml, "topics"),
            aliases: try aliases(yaml)
        )
        config.outlets = try outlets(yaml)
        return config
    }

    private func entries(_ yaml: YAMLMapping, _ key: String) throws(Diagnostic) -> [Gazetteer.Entry] {
        var result: [Gazetteer.Entry] = []
        for item in try yaml.mappingList(key) {
            guard let name = try item.string("name")?.trimmed, !name.isEmpty else {
                throw .error("each entry of `\(key)` needs a `name`", at: item.location(of: item.node))
            }
            result.append(Gazetteer.Entry(name: name, role: try item.string("role"), aliases: try item.stringList("aliases")))
        }
        return result
    }

    /// `outlets:`: the addresses outlets publish at (a host, or a host and a path prefix), each with
    /// the outlet's name.
    private func outlets(_ yaml: YAMLMapping) throws(Diagnostic) -> [String: String] {
        guard let mapping = try yaml.mapping("outlets") else { return [:] }
        var result: [String: String] = [:]
        var firstSpelling: [String: String] = [:]
        for entry in mapping.entries {
            // Keyed as the outlet directory keys addresses, so that what loads here is what import uses.
            guard let key = OutletAddress.key(entry.key) else {
                throw .error("each key of `outlets` must be an address such as `example.com` or `news.example.com/world` "
                             + "(an internationalised host in its `xn--` form), found `\(entry.key)`",
                             at: mapping.location(of: entry.keyNode))
            }
            if let earlier = firstSpelling[key] {
                throw .error("`outlets` lists `\(entry.key)` twice: it is the same address as `\(earlier)`",
                             at: mapping.location(of: entry.keyNode))
            }
            firstSpelling[key] = entry.key
            guard let name = try mapping.scalarString(entry.value, key: entry.key)?.trimmed, !name.isEmpty else {
                throw .error("`outlets`: `\(entry.key)` needs the outlet's name, like `\(entry.key): The Example Times`",
                             at: mapping.location(of: entry.value))
            }
            result[key] = name
        }
        return result
    }

    private func aliases(_ yaml: YAMLMapping) throws(Diagnostic) -> [String: String] {
        guard let mapping = try yaml.mapping("aliases") else { return [:] }
        var result: [String: String] = [:]
        for entry in mapping.entries {
            guard let name = try mapping.scalarString(entry.value, key: entry.key) else { continue }
            result[entry.key] = name
        }
        return result
    }
}
