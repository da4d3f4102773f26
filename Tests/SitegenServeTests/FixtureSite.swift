import Foundation

/// A tiny site in a temporary folder, removed by `remove()`: two articles, the built-in theme.
struct FixtureSite {
    let folder: URL
    var site: URL { folder.appendingPathComponent("site") }
    /// Where the preview server writes the built site (kept apart from `site/public`).
    var output: URL { folder.appendingPathComponent("preview/site") }
    /// A file outside the served folder that traversal attempts try to reach.
    var secret: URL { folder.appendingPathComponent("secret.txt") }
    static let secretText = "TOP-SECRET-OUTSIDE-THE-ROOT"

    init(baseURL: String = "https://example.org/") throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitegen-serve-tests-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/articles"), withIntermediateDirectories: true)
        try write("content/site.yml", """
            title: Serve fixture
            description: A site for the preview server's tests.
            base_url: \(baseURL)
            """)
        try write("content/articles/first-story.md", Self.article(title: "First story", date: "2025-11-18"))
        try write("content/articles/second-story.md", Self.article(title: "Second story", date: "2025-11-19"))
        try Data(Self.secretText.utf8).write(to: secret)
    }

    static func article(title: String, date: String, body: String = "Some text about the story.") -> String {
        """
        ---
        title: \(title)
        date: \(date)
        source: Fixture Outlet
        tags: [peace plan]
        ---
        \(body)

        """
    }

    /// Writes a file of the site, by its path inside the site folder, as editors save: into a
    /// hidden file beside it, renamed over it, so that a build never reads half a file.
    /// (Foundation's `atomically: true` leaves folders behind in /tmp on Linux.)
    func write(_ path: String, _ text: String) throws {
        let url = site.appendingPathComponent(path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).saving")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
