import SitegenModel

/// What the checker needs of one HTML page: the ids it defines, the links it makes, and the
/// problems visible on the page alone.
struct PageScan: Sendable {
    struct Link: Sendable {
        var url: String
        var line: Int
        /// `a href`, `img src`…: for messages.
        var attribute: String
    }

    var ids: Set<String> = []
    var links: [Link] = []
    /// The page's `<link rel="canonical">` and `og:url`, with their lines.
    var addresses: [(url: String, line: Int, what: String)] = []
    var problems: [(line: Int, message: String)] = []

    /// The attributes that hold a URL to check, by element.
    static let linkAttributes: [String: [String]] = [
        "a": ["href"], "area": ["href"], "link": ["href"], "img": ["src", "srcset"], "script": ["src"],
        "source": ["src", "srcset"], "iframe": ["src"], "video": ["src", "poster"], "audio": ["src"],
        "track": ["src"], "embed": ["src"], "object": ["data"], "form": ["action"], "blockquote": ["cite"],
        "q": ["cite"], "ins": ["cite"], "del": ["cite"],
    ]

    init(html: String) {
        var firstLine: [String: Int] = [:]
        for tag in HTMLScanner.tags(in: html) {
            for name in ["id"] + (tag.name == "a" ? ["name"] : []) {
                guard let id = tag.value(name) else { continue }
                if id.isEmpty {
                    if name == "id" { problems.append((tag.line, "empty id attribute on <\(tag.name)>")) }
                    continue
                }
                if let first = firstLine[id], name == "id" {
                    problems.append((tag.line, "duplicate id \"\(id)\" (first on line \(first))"))
                } else if name == "id" {
                    firstLine[id] = tag.line
                }
                ids.insert(id)
            }
            if tag.name == "img", tag.attribute("alt") == nil {
                problems.append((tag.line, "image without alt text: \(tag.value("src") ?? "(no src)")"))
            }
            if tag.name == "link", let rel = tag.value("rel"),
               rel.lowercased().split(separator: " ").contains("canonical"), let href = tag.value("href") {
                addresses.append((href, tag.line, "canonical link"))
            }
            if tag.name == "meta", tag.value("property") == "og:url", let content = tag.value("content") {
                addresses.append((content, tag.line, "og:url"))
            }
            for attribute in Self.linkAttributes[tag.name] ?? [] {
                guard let value = tag.value(attribute) else { continue }
                let urls = attribute == "srcset" ? Self.srcsetURLs(value) : [value]
                for url in urls {
                    links.append(Link(url: url, line: tag.line, attribute: "\(tag.name) \(attribute)"))
                }
            }
        }
    }

    /// The URLs of a `srcset`: each comma-separated candidate's first word.
    static func srcsetURLs(_ value: String) -> [String] {
        value.split(separator: ",").compactMap { $0.split(separator: " ").first.map(String.init) }
    }
}
