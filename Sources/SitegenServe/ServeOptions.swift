import Foundation
import SitegenCore
import SitegenModel

/// What `sitegen serve` was asked to do.
public struct ServeOptions: Sendable {
    /// The site folder: holds `content/` and, optionally, `templates/`.
    public var siteDirectory: URL
    /// The address to listen on; loopback unless the user asks otherwise.
    public var host: String
    /// The port to listen on; 0 picks a free one.
    public var port: Int
    /// Overrides `base_url` from `site.yml`. Only its path is used: the site is served under it.
    public var baseURL: BaseURL?
    public var includeDrafts: Bool
    /// Where preview builds are written. `nil`: the site's kept preview folder in the user's
    /// cache when `keepsPreview` (see `PreviewFolder`), else a new temporary folder, removed on exit.
    /// Never the site's `public/`, so previewing leaves it exactly as `sitegen build` wrote it.
    public var outputDirectory: URL?
    /// Whether the preview is kept between runs, so that the next start serves it at once.
    public var keepsPreview: Bool
    /// How often the watched folders are scanned for changes.
    public var pollInterval: Duration
    /// How long the files must stay unchanged before a rebuild starts.
    public var debounce: Duration

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8000

    public init(
        siteDirectory: URL,
        host: String = ServeOptions.defaultHost,
        port: Int = ServeOptions.defaultPort,
        baseURL: BaseURL? = nil,
        includeDrafts: Bool = false,
        outputDirectory: URL? = nil,
        keepsPreview: Bool = false,
        pollInterval: Duration = .milliseconds(400),
        debounce: Duration = .milliseconds(200)
    ) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.host = host
        self.port = port
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.outputDirectory = outputDirectory?.standardizedFileURL
        self.keepsPreview = keepsPreview
        self.pollInterval = pollInterval
        self.debounce = debounce
    }

    /// Whether `host` only accepts connections from this machine.
    public var isLoopback: Bool {
        let host = host.lowercased()
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// The folders and files whose changes trigger a rebuild: the content (with `site.yml`) and the theme.
    public var watchedPaths: [URL] {
        [SiteLayout(siteDirectory: siteDirectory).content, SiteLayout(siteDirectory: siteDirectory).templates]
    }
}
