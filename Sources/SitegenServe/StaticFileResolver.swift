/// Maps a request path to a file inside the served folder, and never to one outside it.
///
/// The path is decoded and checked by `RequestPath` first (no `..`, no encoded slashes, no
/// backslashes or NUL). Then the candidate's real path, with every symlink resolved, must lie
/// inside the root's real path: a symlink in the output that points elsewhere is refused.
/// Folders are served by their `index.html`; a folder asked for without its trailing `/` is
/// redirected to it, so that the page's relative links work.
struct StaticFileResolver: Sendable {
    /// The served folder as configured (it may be replaced by a rebuild at any time).
    let root: String
    /// The root's real path, resolved once: later rebuilds swap a new folder in at the same path.
    private let realRoot: String
    /// The sub-path the site is served under, as segments (`/briefings/ukraine/` → two).
    let basePath: [String]

    enum Resolution: Sendable, Equatable {
        /// Serve this file (a real path inside the root).
        case file(path: String)
        /// Redirect permanently to this location (a path, possibly with a query).
        case redirect(location: String)
        /// No such file in the site.
        case notFound
        /// A path that would lead outside the site, through a symlink.
        case outsideRoot
        /// A malformed or dangerous path.
        case badRequest(String)
        /// The root folder does not exist right now (a rebuild is swapping it in).
        case rootMissing
    }

    init(root: String, basePath: String = "/") {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.realRoot = Self.realRoot(of: root)
        // `BaseURL.path` is percent-encoded; request paths are compared decoded.
        self.basePath = (try? RequestPath(parsing: basePath))?.segments ?? []
    }

    /// What a path names in the site, before any redirect or index lookup.
    enum Location: Sendable, Equatable {
        /// A regular file (its real path, inside the root).
        case file(path: String)
        /// A folder (its real path, inside the root).
        case folder(path: String)
        /// Nothing, or something that is neither a file nor a folder (never served).
        case missing
        /// A symlink that leads outside the site.
        case outsideRoot
        /// The root folder does not exist right now.
        case rootMissing
    }

    /// Resolves the path part of a request target (`/a/b/`, percent-encoded, no query): what the
    /// preview answers, redirects included.
    func resolve(_ rawPath: String, query: String? = nil) -> Resolution {
        let path: RequestPath
        do {
            path = try RequestPath(parsing: rawPath)
        } catch {
            return .badRequest(error.description)
        }
        let suffix = query.map { "?" + $0 } ?? ""
        guard path.hasPrefix(basePath) else {
            // `/` or any folder above the sub-path leads to the site's home page.
            if basePath.starts(with: path.segments) { return .redirect(location: basePathString + suffix) }
            return .notFound
        }
        switch locate(path) {
        case .file(let real):
            // `realpath` accepts `file/` on some systems; a file is never a folder.
            return path.hasTrailingSlash ? .notFound : .file(path: real)
        case .folder(let real):
            guard path.hasTrailingSlash || path.segments.isEmpty else {
                var folder = path
                folder.hasTrailingSlash = true
                return .redirect(location: folder.encoded + suffix)
            }
            return index(in: real)
        case .missing: return .notFound
        case .outsideRoot: return .outsideRoot
        case .rootMissing: return .rootMissing
        }
    }

    /// What an already decoded path (`/briefings/ukraine/articles/x/`, as the file middleware
    /// passes it) names, checked as strictly as a request path: the file provider's look-up.
    func locate(decodedPath: String) -> Location {
        guard let path = RequestPath(decoded: decodedPath), path.hasPrefix(basePath) else { return .missing }
        return locate(path)
    }

    /// What a checked path names: every symlink resolved, and refused when it leaves the root.
    func locate(_ path: RequestPath) -> Location {
        let relative = path.segments.dropFirst(basePath.count)
        let candidate = relative.reduce(realRoot) { $0 + "/" + $1 }
        guard let real = FileInfo.realPath(candidate) else {
            return FileInfo.of(realRoot) == nil ? .rootMissing : .missing
        }
        guard isInsideRoot(real) else { return .outsideRoot }
        guard let info = FileInfo.of(real) else { return FileInfo.of(realRoot) == nil ? .rootMissing : .missing }
        switch info.kind {
        case .file: return .file(path: real)
        case .directory: return .folder(path: real)
        case .other: return .missing
        }
    }

    /// The site's own not-found page, if the build wrote one.
    func notFoundPage() -> Resolution {
        guard let real = FileInfo.realPath(realRoot + "/404.html") else { return .notFound }
        guard isInsideRoot(real), FileInfo.of(real)?.kind == .file else { return .notFound }
        return .file(path: real)
    }

    private func index(in folder: String) -> Resolution {
        guard let real = FileInfo.realPath(folder + "/index.html") else { return .notFound }
        guard isInsideRoot(real) else { return .outsideRoot }
        guard FileInfo.of(real)?.kind == .file else { return .notFound }
        return .file(path: real)
    }

    /// The root's real path; when it does not exist yet, its parent's real path and its name.
    private static func realRoot(of root: String) -> String {
        if let real = FileInfo.realPath(root) { return real }
        var components = root.split(separator: "/").map(String.init)
        let name = components.popLast() ?? ""
        let parent = "/" + components.joined(separator: "/")
        let realParent = FileInfo.realPath(parent) ?? parent
        return (realParent == "/" ? "" : realParent) + "/" + name
    }

    private func isInsideRoot(_ real: String) -> Bool {
        real == realRoot || real.hasPrefix(realRoot + "/")
    }

    /// The sub-path as a URL path: `/` or `/briefings/ukraine/`.
    /// The real path of a file of the site (`articles/x/index.html`), as `resolve` gives it.
    func realPath(ofSiteFile path: String) -> String {
        realRoot + "/" + path
    }

    /// The address a file of the site is asked for at (`articles/x/index.html` → `/articles/x/`).
    func urlPath(ofSiteFile path: String) -> String {
        var page = path
        if page == "index.html" { page = "" } else if page.hasSuffix("/index.html") { page.removeLast("index.html".count) }
        let base = basePathString
        return (base.hasSuffix("/") ? base : base + "/") + page
    }

    var basePathString: String {
        RequestPath(segments: basePath, hasTrailingSlash: !basePath.isEmpty).encoded
    }
}
