import NIOCore

/// Notices that a page closed its event-stream connection.
///
/// The server lets clients half-close a connection, so a browser that leaves the page does not
/// close the channel: it only ends its input. Nothing reads that input while the stream is
/// being written, so this handler, added to the stream's connection, watches for it.
final class HangupDetector: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    typealias InboundIn = ByteBuffer

    private let onHangup: @Sendable () -> Void

    init(onHangup: @escaping @Sendable () -> Void) {
        self.onHangup = onHangup
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case ChannelEvent.inputClosed = event { onHangup() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        onHangup()
        context.fireChannelInactive()
    }
}
