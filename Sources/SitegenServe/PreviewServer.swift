import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import SitegenCore
import SitegenModel
import UnixSignals

/// `sitegen serve`: builds the site into a preview folder, serves it over HTTP, rebuilds it
/// when content, templates or config change, and reloads the pages open in the browser.
///
/// `public/` is never touched: previewing leaves it exactly as `sitegen build` wrote it.
public final class PreviewServer: Sendable {
    public let options: ServeOptions
    private let onEvent: @Sendable (PreviewEvent) -> Void
    private let group = Locked<ServiceGroup?>(nil)

    /// How often idle event streams get a heartbeat.
    static let heartbeat: Duration = .seconds(15)

    public init(options: ServeOptions, onEvent: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) {
        self.options = options
        self.onEvent = onEvent
    }

    /// Serves until Ctrl-C or SIGTERM (when `handlingSignals`), `stop()`, or cancellation.
    /// Throws `ServeError` when the folder is not a site or the server cannot listen. A site
    /// that fails to build is served anyway: the browser shows the errors until they are fixed.
    public func run(handlingSignals: Bool = true) async throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: SiteLayout(siteDirectory: options.siteDirectory).content.path, isDirectory: &isFolder),
              isFolder.boolValue
        else { throw ServeError.notASite(path: options.siteDirectory.path) }
        OpenFileLimit.raiseToHardLimit()
        let folder = try options.outputDirectory.map { PreviewFolder(given: $0) }
            ?? PreviewFolder.open(for: options.siteDirectory, keep: options.keepsPreview)
        defer { folder.close() }
        let outputDirectory = folder.site

        let runID = String(UInt32.random(in: .min ... .max), radix: 36)
        let basePath = PreviewBuilder.basePath(options: options, fallback: "/")
        let resolver = Locked(StaticFileResolver(root: outputDirectory.path, basePath: basePath))
        let broadcaster = ReloadBroadcaster(status: .init(generation: "\(runID)-0"))
        let overlay = PreviewOverlay()
        let (boundPort, portContinuation) = AsyncStream<Int>.makeStream()

        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .critical
        let app = Application(
            router: PreviewRouter.make(resolver: resolver, broadcaster: broadcaster, overlay: overlay),
            // A queue of pending connections as long as nginx's (511) and more: a load test opens a
            // thousand; with Hummingbird's default of 256 the kernel drops the rest and clients
            // retry after a second or more (the kernel caps it at `net.core.somaxconn`).
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil, backlog: 1024),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? self.options.port)
                portContinuation.finish()
            },
            logger: logger
        )
        let rebuilds = RebuildService(options: options, outputDirectory: outputDirectory, resolver: resolver,
                                      broadcaster: broadcaster, boundPort: boundPort, runID: runID,
                                      servesEarlierBuild: folder.holdsEarlierBuild, overlay: overlay,
                                      heartbeat: Self.heartbeat, onEvent: onEvent)
        // Services stop in reverse order: the rebuild loop first, which ends every page's event
        // stream, so that the server's graceful shutdown does not wait for them.
        var configuration = ServiceGroupConfiguration(services: [app, rebuilds], logger: logger)
        if handlingSignals { configuration.gracefulShutdownSignals = [.sigint, .sigterm] }
        configuration.maximumGracefulShutdownDuration = .seconds(5)
        let group = ServiceGroup(configuration: configuration)
        self.group.update { $0 = group }
        defer { portContinuation.finish() }

        do {
            try await group.run()
        } catch let error as IOError {
            throw listenError(error.errnoCode)
        } catch is SocketAddressError {
            throw ServeError.cannotListen(host: options.host, port: options.port, reason: "unknown host")
        }
    }

    /// Stops the server as Ctrl-C does: open pages are disconnected and the port is released.
    public func stop() async {
        await group.current?.triggerGracefulShutdown()
    }

    private func listenError(_ code: Int32) -> ServeError {
        switch code {
        case EADDRINUSE: .portInUse(host: options.host, port: options.port)
        case EACCES: .permissionDenied(host: options.host, port: options.port)
        default: .cannotListen(host: options.host, port: options.port, reason: String(cString: strerror(code)))
        }
    }
}
