import Hummingbird
import NIOCore

/// Answers every request: the live-reload script and event stream under `/__sitegen/`, and the
/// built site for everything else.
struct PreviewResponder: HTTPResponder {
    typealias Context = PreviewRequestContext

    /// Replaced when a rebuild changes the site's sub-path.
    let resolver: Locked<StaticFileResolver>
    let broadcaster: ReloadBroadcaster

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var response = StaticFileResponder.text(.methodNotAllowed, "405 Method Not Allowed\n", isHead: false)
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let isHead = request.method == .head
        switch request.uri.path {
        case LiveReloadScript.eventsPath:
            return events(isHead: isHead, connection: context.channel)
        case LiveReloadScript.scriptPath:
            return StaticFileResponder.response(.ok, Array(LiveReloadScript.source.utf8),
                                                contentType: ContentTypes.forPath(LiveReloadScript.scriptPath), isHead: isHead)
        default:
            return await StaticFileResponder(resolver: resolver.current, broadcaster: broadcaster).respond(to: request)
        }
    }

    /// One page's event stream: the current status at once, then every build as it happens.
    private func events(isHead: Bool, connection: any Channel) -> Response {
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
