import Foundation
import SitegenModel

/// Where a link in the built site leads: a file of the site (with an optional `#fragment`),
/// somewhere outside it, or nowhere valid.
enum LinkTarget: Equatable {
    /// A path relative to the output folder, without `?query`; the fragment, if any.
    case internalPath(String, fragment: String?)
    /// Another site, or a scheme such as `mailto:`: not followed.
    case external
    case invalid(String)
}

/// Resolves the links of a built site the way a browser would, from the page they are on
/// and the site's `base_url`.
struct SiteAddress {
    let baseURL: BaseURL

    /// `page` is the file the link is on, relative to the output folder (`articles/x/index.html`).
    func resolve(_ link: String, on page: String) -> LinkTarget {
        let link = link.trimmingCharacters(in: .whitespaces)
        let (withoutFragment, fragment) = Self.split(link, at: "#")
        let (path, _) = Self.split(withoutFragment, at: "?")
        if let scheme = Self.scheme(of: path) {
            if scheme == "javascript" { return .invalid("a javascript: link") }
            guard scheme == "http" || scheme == "https" else { return .external }
            guard path.lowercased().hasPrefix(baseURL.absolute.lowercased()) else {
                return sameOrigin(path) ? .invalid("an absolute link outside the site's base_url \(baseURL.absolute)") : .external
            }
            return sitePath(String(path.dropFirst(baseURL.absolute.count)), fragment: fragment, from: "")
        }
        if path.hasPrefix("//") { return .external }
        if path.hasPrefix("/") {
            guard path.hasPrefix(baseURL.path) else {
                return .invalid("a root-relative link outside the site's path \(baseURL.path): it breaks when the site is published there")
            }
            return sitePath(String(path.dropFirst(baseURL.path.count)), fragment: fragment, from: "")
        }
        if path.isEmpty { return .internalPath(page, fragment: fragment) }
        let folder = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return sitePath(path, fragment: fragment, from: folder)
    }

    /// The page a folder address is served from: `articles/x/` → `articles/x/index.html`.
    static func file(for sitePath: String) -> String {
        sitePath.isEmpty || sitePath.hasSuffix("/") ? sitePath + "index.html" : sitePath
    }

    /// The address a file is served at under `base_url`: `articles/x/index.html` → `…/articles/x/`.
    func url(of file: String) -> String {
        baseURL.absolute + (file == "index.html" ? "" : file.hasSuffix("/index.html") ? String(file.dropLast("index.html".count)) : file)
    }

    private func sitePath(_ relative: String, fragment: String?, from folder: String) -> LinkTarget {
        guard let decoded = relative.removingPercentEncoding else { return .invalid("a link with bad percent-encoding") }
        var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false)
        for segment in segments {
            if segment == ".." {
                guard !parts.isEmpty else { return .invalid("a link that leads above the site's root") }
                parts.removeLast()
            } else if segment != "." && !segment.isEmpty {
                parts.append(String(segment))
            }
        }
        var path = parts.joined(separator: "/")
        // `x/`, `.`, `..` and an empty path name a folder.
        let last = segments.last ?? ""
        if (last.isEmpty || last == "." || last == "..") && !path.isEmpty { path += "/" }
        return .internalPath(path, fragment: fragment?.removingPercentEncoding ?? fragment)
    }

    private func sameOrigin(_ url: String) -> Bool {
        guard let ours = URLComponents(string: baseURL.absolute), let theirs = URLComponents(string: url) else { return false }
        return ours.host?.lowercased() == theirs.host?.lowercased() && ours.scheme == theirs.scheme?.lowercased() && ours.port == theirs.port
    }

    static func split(_ text: String, at separator: Character) -> (String, String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }

    /// The URL's scheme, lower case, when it has one (`https`, `mailto`).
    static func scheme(of link: String) -> String? {
        guard let colon = link.firstIndex(of: ":") else { return nil }
        let scheme = link[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return scheme.lowercased()
    }
}
