import Dispatch
import Foundation
import ServiceLifecycle
import SitegenCore
import SitegenModel
import SitegenOutput

/// The preview's main loop: once the server listens, build the site, then rebuild it whenever
/// its sources change, and tell open pages. A failed build leaves the last good site in place.
final class RebuildService: Service {
    private let options: ServeOptions
    private let outputDirectory: URL
    private let resolver: Locked<StaticFileResolver>
    private let broadcaster: ReloadBroadcaster
    private let boundPort: AsyncStream<Int>
    private let heartbeat: Duration
    private let onEvent: @Sendable (PreviewEvent) -> Void
    /// Unique to this run, so that a page that outlives a server restart reloads.
    private let runID: String
    private let builds = Locked(0)
    /// Pages rendered ahead of the build, served in place of their files.
    private let overlay: PreviewOverlay
    /// What the last build made of the site; nil before the first good one and after a failed one.
    private let builtSite = Locked<BuiltSite?>(nil)
    /// Whether the preview folder holds the site as an earlier run built it: then it is served at
    /// once, before the first build brings it up to date.
    private let servesEarlierBuild: Bool

    init(options: ServeOptions, outputDirectory: URL, resolver: Locked<StaticFileResolver>, broadcaster: ReloadBroadcaster,
         boundPort: AsyncStream<Int>, runID: String, servesEarlierBuild: Bool = false, overlay: PreviewOverlay = PreviewOverlay(),
         heartbeat: Duration, onEvent: @escaping @Sendable (PreviewEvent) -> Void) {
        self.overlay = overlay
        self.options = options
        self.outputDirectory = outputDirectory
        self.resolver = resolver
        self.broadcaster = broadcaster
        self.boundPort = boundPort
        self.runID = runID
        self.servesEarlierBuild = servesEarlierBuild
        self.heartbeat = heartbeat
        self.onEvent = onEvent
    }

    func run() async throws {
        defer { broadcaster.finishAll() }
        // The first build waits for the server to listen: its canonical links need the port.
        var ports = boundPort.makeAsyncIterator()
        guard let port = await ports.next() else { return }
        let origin = "http://\(Self.urlHost(options.host)):\(port)"
        let builder = PreviewBuilder(options: options, outputDirectory: outputDirectory, origin: origin)
        let watcher = ChangeWatcher(paths: options.watchedPaths.map(\.path), pollInterval: options.pollInterval,
                                    debounce: options.debounce)
        // Taken before the first build, so that an edit made while it runs is not missed.
        let baseline = watcher.snapshot()

        if servesEarlierBuild { onEvent(.serving(url: origin + resolver.current.basePathString, directory: outputDirectory)) }
        await rebuild(with: builder, changed: [])
        if !servesEarlierBuild { onEvent(.serving(url: origin + resolver.current.basePathString, directory: outputDirectory)) }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { [broadcaster, heartbeat] in
                while (try? await Task.sleep(for: heartbeat)) != nil {
                    broadcaster.heartbeat()
                }
            }
            for await changed in watcher.changes(since: baseline).cancelOnGracefulShutdown() {
                await renderAhead(changed)
                await rebuild(with: builder, changed: changed.map { DisplayPath.relative(URL(fileURLWithPath: $0), to: options.siteDirectory) })
            }
            group.cancelAll()
        }
        onEvent(.stopping)
    }

    /// An edit to article bodies alone: their pages, rendered from the last build's site in
    /// milliseconds, are shown at once and the pages open at their addresses reload; the build
    /// that follows brings the rest of the site up to date.
    private func renderAhead(_ changed: [String]) async {
        guard let site = builtSite.current else { return }
        // Off the threads that answer requests, as the builds are.
        let rendered = await withCheckedContinuation { (continuation: CheckedContinuation<[OutputFile]?, Never>) in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: site.articlePages(changed: changed)) }
        }
        guard let pages = rendered else { return }
        let resolver = resolver.current, now = Date()
        let shown = pages.map { page in
            (resolver.realPath(ofSiteFile: page.path),
             PreviewOverlay.Page(bytes: [UInt8](page.contents), modified: now, address: resolver.urlPath(ofSiteFile: page.path)))
        }
        overlay.show(Dictionary(shown, uniquingKeysWith: { a, _ in a }))
        broadcaster.pagesRendered(shown.map(\.1.address).sorted())
        onEvent(.renderedAhead(pages: pages.map(\.path).sorted()))
    }

    private func rebuild(with builder: PreviewBuilder, changed: [String]) async {
        onEvent(.building(changed: changed))
        let result = await builder.build(previousBasePath: resolver.current.basePathString)
        // The pages rendered ahead give way to the build's files: those that match them need no reload.
        let ahead = overlay.clear()
        builtSite.update { $0 = result.site }
        switch result.outcome {
        case .success(let report):
            let movedTo: String? = resolver.update { current in
                let updated = StaticFileResolver(root: current.root, basePath: result.basePath)
                guard updated.basePath != current.basePath else { return nil }
                current = updated
                return updated.basePathString
            }
            let count = builds.update { $0 += 1; return $0 }
            let pages = broadcaster.subscriberCount
            let unchanged = ahead.filter { path, page in FileManager.default.contents(atPath: path).map { [UInt8]($0) == page.bytes } == true }
                .values.map(\.address).sorted()
            broadcaster.buildSucceeded(generation: "\(runID)-\(count)", warnings: report.warnings.map(\.description), unchanged: unchanged)
            onEvent(.built(report, changed: changed, pages: pages))
            // `base_url` changed its sub-path: the site has moved.
            if let movedTo, count > 1 { onEvent(.serving(url: builder.origin + movedTo, directory: outputDirectory)) }
        case .failure(let failure):
            let pages = broadcaster.subscriberCount
            broadcaster.buildFailed(message: failure.description)
            onEvent(.failed(failure, changed: changed, pages: pages, servingLastGood: builds.current > 0))
        }
    }

    /// The host as it goes in a URL: a wildcard address is reached through loopback, and an
    /// IPv6 address through `localhost`.
    static func urlHost(_ host: String) -> String {
        if host == "0.0.0.0" || host.isEmpty { return "127.0.0.1" }
        return host.contains(":") ? "localhost" : host
    }
}
