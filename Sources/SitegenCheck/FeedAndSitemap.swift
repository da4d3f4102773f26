import Foundation
import SitegenModel

/// Checks the machine-read files of a built site: the Atom feed (`feed.xml`), the sitemap
/// (`sitemap.xml`) and `robots.txt`. Their addresses must be absolute, under `base_url`, and
/// name files that exist; every page but the not-found page must be in the sitemap.
struct FeedAndSitemap {
    let address: SiteAddress
    let files: Set<String>
    let pages: [String]

    static let atomNamespace = "http://www.w3.org/2005/Atom"
    static let sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    init(address: SiteAddress, files: Set<String>, pages: [String]) {
        self.address = address
        self.files = files
        self.pages = pages
    }

    func problems(read: (String) -> Data?) -> [(file: String, line: Int?, message: String)] {
        var problems: [(String, Int?, String)] = []
        if files.contains("feed.xml"), let data = read("feed.xml") {
            problems += feed(data).map { ("feed.xml", $0.0, $0.1) }
        }
        if files.contains("sitemap.xml"), let data = read("sitemap.xml") {
            problems += sitemap(data).map { ("sitemap.xml", $0.0, $0.1) }
        }
        if files.contains("robots.txt"), let data = read("robots.txt") {
            let text = String(decoding: data, as: UTF8.self)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.lowercased().hasPrefix("sitemap:") {
                let url = line.dropFirst("sitemap:".count).trimmingCharacters(in: .whitespaces)
                if let problem = addressProblem(url) { problems.append(("robots.txt", index + 1, "sitemap \(url) \(problem)")) }
            }
        }
        return problems
    }

    /// Why an absolute address in the feed or sitemap is wrong, or nil when it names a file of the site.
    func addressProblem(_ url: String) -> String? {
        guard url.lowercased().hasPrefix(address.baseURL.absolute.lowercased()) else {
            return "is not under base_url \(address.baseURL.absolute)"
        }
        guard case let .internalPath(path, _) = address.resolve(url, on: "") else { return "is not a valid address" }
        let file = SiteAddress.file(for: path)
        return files.contains(file) || files.contains(file + "/index.html") ? nil : "names \(file), which does not exist"
    }

    /// The root element, when the file is well-formed XML with the root `name` in `namespace`; else the problem.
    func root(_ data: Data, _ name: String, _ namespace: String, what: String) -> Result<XMLOutline.Element, XMLOutline.XMLError> {
        XMLOutline.parse(data)
            .mapError { XMLOutline.XMLError(line: $0.line, message: "not well-formed XML: \($0.message)") }
            .flatMap { root in
                root.name == name && root.attributes["xmlns"] == namespace ? .success(root)
                    : .failure(XMLOutline.XMLError(line: root.line, message: "not \(what): the root element must be <\(name) xmlns=\"\(namespace)\">"))
            }
    }

    func feed(_ data: Data) -> [(Int?, String)] {
        let root: XMLOutline.Element
        switch self.root(data, "feed", Self.atomNamespace, what: "an Atom feed") {
        case let .failure(error): return [(error.line, error.message)]
        case let .success(element): root = element
        }
        var problems: [(Int?, String)] = []
        for name in ["id", "title", "updated"] where root.child(name) == nil {
            problems.append((root.line, "the feed has no <\(name)>"))
        }
        for entry in root.children(named: "entry") {
            for name in ["id", "title", "updated"] where entry.child(name) == nil {
                problems.append((entry.line, "an entry has no <\(name)>"))
            }
            if entry.child("link") == nil { problems.append((entry.line, "an entry has no <link>")) }
        }
        for link in root.children(named: "link") + root.children(named: "entry").flatMap({ $0.children(named: "link") }) {
            guard let href = link.attributes["href"] else {
                problems.append((link.line, "a <link> without href"))
                continue
            }
            if let problem = addressProblem(href) { problems.append((link.line, "link \(href) \(problem)")) }
        }
        return problems
    }

    func sitemap(_ data: Data) -> [(Int?, String)] {
        let root: XMLOutline.Element
        switch self.root(data, "urlset", Self.sitemapNamespace, what: "a sitemap") {
        case let .failure(error): return [(error.line, error.message)]
        case let .success(element): root = element
        }
        var problems: [(Int?, String)] = []
        var listed = Set<String>()
        for url in root.children(named: "url") {
            guard let loc = url.child("loc") else {
                problems.append((url.line, "a <url> without <loc>"))
                continue
            }
            let text = loc.text.trimmingCharacters(in: .whitespacesAndNewlines)
            listed.insert(text)
            if let problem = addressProblem(text) { problems.append((loc.line, "\(text) \(problem)")) }
        }
        for page in pages where page != "404.html" && !listed.contains(address.url(of: page)) {
            problems.append((nil, "\(page) is not listed"))
        }
        return problems
    }
}
