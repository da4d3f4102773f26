import Foundation
import SitegenModel

/// Checks a built site in-process, like `zola check`: every internal link and `#anchor`
/// leads somewhere, images have alt text, the feed and the sitemap are well-formed and name
/// pages that exist, and every absolute address agrees with `base_url`. External links are
/// not fetched.
public struct SiteCheck: Sendable {
    /// The built site.
    public let output: URL
    public let baseURL: BaseURL
    /// How messages name the output folder (`public`).
    public let displayPath: String

    public init(output: URL, baseURL: BaseURL, displayPath: String) {
        self.output = output
        self.baseURL = baseURL
        self.displayPath = displayPath
    }

    public struct Result: Sendable {
        public var problems: [Diagnostic]
        public var pages: Int
        public var files: Int
        /// Internal links followed, anchors included.
        public var links: Int
    }

    public func run() throws -> Result {
        let files = try Self.files(in: output)
        let fileSet = Set(files)
        let pages = files.filter { $0.hasSuffix(".html") }
        let root = output
        let scans = ParallelMap.map(pages) { page -> PageScan in
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(page).path) else {
                var scan = PageScan(html: "")
                scan.problems.append((1, "cannot be read"))
                return scan
            }
            return PageScan(html: String(decoding: data, as: UTF8.self))
        }
        var ids: [String: Set<String>] = [:]
        for (page, scan) in zip(pages, scans) { ids[page] = scan.ids }

        let address = SiteAddress(baseURL: baseURL)
        var problems: [Diagnostic] = []
        var followed = 0
        func report(_ file: String, _ line: Int?, _ message: String) {
            problems.append(.error(message, at: SourceLocation(path: "\(displayPath)/\(file)", line: line)))
        }
        /// Checks that an internal target exists; returns whether it does.
        func follow(_ target: LinkTarget, _ link: String, from file: String, line: Int?, what: String) {
            switch target {
            case .external:
                return
            case let .invalid(reason):
                report(file, line, "\(what) \(link) is \(reason)")
            case let .internalPath(path, fragment):
                followed += 1
                var target = SiteAddress.file(for: path)
                if !fileSet.contains(target), fileSet.contains(target + "/index.html") { target += "/index.html" }
                guard fileSet.contains(target) else {
                    report(file, line, "broken \(what) \(link): \(target) does not exist")
                    return
                }
                if let fragment, !fragment.isEmpty, fragment != "top", let targetIDs = ids[target], !targetIDs.contains(fragment) {
                    report(file, line, "broken \(what) \(link): \(target) has no element with id \"\(fragment)\"")
                }
            }
        }

        for (page, scan) in zip(pages, scans) {
            for (line, message) in scan.problems { report(page, line, message) }
            for link in scan.links {
                follow(address.resolve(link.url, on: page), link.url, from: page, line: link.line, what: "link (\(link.attribute))")
            }
            for (url, line, what) in scan.addresses where url != address.url(of: page) {
                report(page, line, "\(what) \(url) is not this page's address under base_url (\(address.url(of: page)))")
            }
        }

        let feeds = FeedAndSitemap(address: address, files: fileSet, pages: pages)
        for (file, line, message) in feeds.problems(read: { try? Data(contentsOf: root.appendingPathComponent($0)) }) {
            report(file, line, message)
        }
        problems.sort { ($0.location?.path ?? "", $0.location?.line ?? 0) < ($1.location?.path ?? "", $1.location?.line ?? 0) }
        return Result(problems: problems, pages: pages.count, files: files.count, links: followed)
    }

    /// Every file under `folder`, relative to it, sorted.
    static func files(in folder: URL) throws -> [String] {
        let base = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard FileManager.default.fileExists(atPath: base.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
        }
        return FolderFiles.regular(in: base, hidden: true)
    }
}
