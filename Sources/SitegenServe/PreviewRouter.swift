import Hummingbird
import NIOCore

/// The preview server's routes: the live-reload script and event stream under `/__sitegen/`,
/// and the built site for everything else, through Hummingbird's `FileMiddleware` behind
/// `SiteRequestMiddleware`.
enum PreviewRouter {
    static func make(resolver: Locked<StaticFileResolver>, broadcaster: ReloadBroadcaster,
                     overlay: PreviewOverlay = PreviewOverlay()) -> Router<PreviewRequestContext> {
        let router = Router(context: PreviewRequestContext.self)
        router.add(middleware: SiteRequestMiddleware(resolver: resolver, broadcaster: broadcaster))
        router.add(middleware: FileMiddleware(
            fileProvider: SiteFileProvider(resolver: resolver, overlay: overlay),
            // `Cache-Control: no-cache` on every answer is set by `SiteRequestMiddleware`.
            searchForIndexHtml: true
        ).withAdditionalMediaTypes(forFileExtensions: ContentTypes.textWithCharset))

        let script = SiteRequestMiddleware.response(.ok, Array(LiveReloadScript.source.utf8),
                                                    contentType: ContentTypes.forPath(LiveReloadScript.scriptPath) ?? "text/javascript",
                                                    isHead: false)
        router.get(RouterPath(LiveReloadScript.scriptPath)) { _, _ in script }
        router.head(RouterPath(LiveReloadScript.scriptPath)) { _, _ in
            Response(status: .ok, headers: script.headers)
        }
        router.get(RouterPath(LiveReloadScript.eventsPath)) { _, context in
            events(broadcaster: broadcaster, isHead: false, connection: context.channel)
        }
        router.head(RouterPath(LiveReloadScript.eventsPath)) { _, context in
            events(broadcaster: broadcaster, isHead: true, connection: context.channel)
        }
        return router
    }

    /// One page's event stream: the current status at once, then every build as it happens.
    private static func events(broadcaster: ReloadBroadcaster, isHead: Bool, connection: any Channel) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        guard !isHead else { return Response(status: .ok, headers: headers) }
        let (stream, end) = broadcaster.subscribe()
        // A page that goes away closes its connection: stop counting it at once.
        connection.pipeline.addHandler(HangupDetector(onHangup: end), position: .first).whenFailure { _ in end() }
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // Reconnect quickly when the server restarts.
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            for await event in stream {
                try await writer.write(ByteBuffer(string: event.serverSentEvent))
            }
            try await writer.finish(nil)
        })
    }
}
