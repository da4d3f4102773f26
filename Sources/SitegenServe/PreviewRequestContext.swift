import Hummingbird
import NIOCore

/// The request context of the preview server: Hummingbird's basic one, plus the connection,
/// so that an event stream can end as soon as its page goes away.
struct PreviewRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
