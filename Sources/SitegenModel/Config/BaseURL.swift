import Foundation

/// The absolute URL a site is published at, such as `https://example.org/briefings/ukraine/`.
public struct BaseURL: Sendable, Equatable, CustomStringConvertible {
    /// Always ends in `/`.
    public let absolute: String
    /// The path part, always starting and ending in `/` (`/` at a domain root).
    public let path: String

    public static let root = BaseURL(validated: "http://localhost/", path: "/")

    private init(validated absolute: String, path: String) {
        self.absolute = absolute
        self.path = path
    }

    /// Accepts an absolute http(s) URL; adds the trailing `/` when it is missing.
    public init?(_ text: String) {
        let text = text.trimmed
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil
        else { return nil }
        var path = components.percentEncodedPath
        if path.isEmpty { path = "/" }
        if !path.hasSuffix("/") { path += "/" }
        var absolute = "\(scheme)://\(host)"
        if let port = components.port { absolute += ":\(port)" }
        absolute += path
        self.init(validated: absolute, path: path)
    }

    /// The absolute URL of a site path such as `articles/x/` (no leading `/`).
    public func absolute(_ sitePath: String) -> String { absolute + sitePath }

    public var description: String { absolute }
}
