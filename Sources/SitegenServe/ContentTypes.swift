import Hummingbird

/// The media types the preview adds to Hummingbird's table: text types that carry their charset
/// (every file sitegen writes is UTF-8), so that a browser never guesses, and two it lacks.
enum ContentTypes {
    static let html = "text/html; charset=utf-8"

    private static let utf8 = ("charset", "utf-8")

    /// File extension → media type, given to `FileMiddleware.withAdditionalMediaTypes`.
    static let textWithCharset: [String: MediaType] = [
        "html": MediaType(type: .text, subType: "html", parameter: utf8),
        "htm": MediaType(type: .text, subType: "html", parameter: utf8),
        "css": MediaType(type: .text, subType: "css", parameter: utf8),
        "js": MediaType(type: .text, subType: "javascript", parameter: utf8),
        "mjs": MediaType(type: .text, subType: "javascript", parameter: utf8),
        "xml": MediaType(type: .application, subType: "xml", parameter: utf8),
        "xsl": MediaType(type: .application, subType: "xml", parameter: utf8),
        "rss": MediaType(type: .application, subType: "rss+xml", parameter: utf8),
        "atom": MediaType(type: .application, subType: "atom+xml", parameter: utf8),
        "txt": MediaType(type: .text, subType: "plain", parameter: utf8),
        "md": MediaType(type: .text, subType: "markdown", parameter: utf8),
        "csv": MediaType(type: .text, subType: "csv", parameter: utf8),
        "webmanifest": MediaType(type: .application, subType: "manifest+json"),
        // Not in Hummingbird's table.
        "avif": MediaType(type: .image, subType: "avif"),
        "map": MediaType(type: .application, subType: "json"),
    ]

    /// The type Hummingbird's file middleware gives a path (with the additions above), for
    /// responses the preview makes itself.
    static func forPath(_ path: String) -> String? {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let fileExtension = name[name.index(after: dot)...].lowercased()
        return (textWithCharset[fileExtension] ?? MediaType.getMediaType(forExtension: fileExtension))?.description
    }
}
