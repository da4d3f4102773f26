/// Tells every open page what happened to the build, over one event stream per page.
///
/// It keeps the current status, so that a page opened (or reconnecting) after a failed build
/// is told about the failure at once.
final class ReloadBroadcaster: Sendable {
    struct Status: Sendable, Equatable {
        /// Changes on every successful build; unique to this server run.
        var generation: String
        /// The failed build's errors, while the last build failed.
        var failure: String?
        /// The last good build's warnings, one per line.
        var warnings: String?
    }

    private struct State: Sendable {
        var status: Status
        var subscribers: [Int: AsyncStream<LiveEvent>.Continuation] = [:]
        var nextID = 0
        var finished = false
    }

    private let state: Locked<State>

    init(status: Status) {
        state = Locked(State(status: status))
    }

    var status: Status { state.current.status }

    /// How many pages are listening.
    var subscriberCount: Int { state.current.subscribers.count }

    /// A stream of events for one page, starting with the current status, and a function that
    /// ends it (when the page's connection closes).
    func subscribe() -> (events: AsyncStream<LiveEvent>, end: @Sendable () -> Void) {
        let (stream, continuation) = AsyncStream<LiveEvent>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id: Int? = state.update { state in
            guard !state.finished else { return nil }
            continuation.yield(.hello(generation: state.status.generation))
            if let failure = state.status.failure { continuation.yield(.buildFailed(message: failure)) }
            if state.status.failure == nil, let warnings = state.status.warnings { continuation.yield(.buildWarnings(message: warnings)) }
            let id = state.nextID
            state.nextID += 1
            state.subscribers[id] = continuation
            return id
        }
        guard let id else {
            continuation.finish()
            return (stream, {})
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.update { _ = $0.subscribers.removeValue(forKey: id) }
        }
        return (stream, { continuation.finish() })
    }

    /// Records a successful build and tells every page to reload; the pages show its warnings,
    /// one per line, when it had any, as they load again.
    /// `unchanged`: addresses of pages that show what the build made already (rendered ahead of
    /// it), which do not reload.
    func buildSucceeded(generation: String, warnings: [String] = [], unchanged: [String] = []) {
        broadcast { status in
            status = Status(generation: generation, failure: nil, warnings: warnings.isEmpty ? nil : warnings.joined(separator: "\n"))
            return .reload(generation: generation, except: unchanged)
        }
    }

    /// Tells the pages at these addresses to reload (rendered ahead of the build); the status,
    /// and so every other page, stays as it is until the build ends.
    func pagesRendered(_ addresses: [String]) {
        broadcast { status in .reload(generation: status.generation, only: addresses) }
    }

    /// Records a failed build and shows its errors on every page.
    func buildFailed(message: String) {
        broadcast { status in
            status.failure = message
            return .buildFailed(message: message)
        }
    }

    func heartbeat() {
        broadcast { _ in .heartbeat }
    }

    /// Ends every stream, so that the server can close its connections and stop.
    func finishAll() {
        let subscribers = state.update { state in
            state.finished = true
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        for subscriber in subscribers { subscriber.finish() }
    }

    private func broadcast(_ change: (inout Status) -> LiveEvent) {
        // Yield under the lock, so that a page subscribing meanwhile sees either the old status
        // and then this event, or the new status, never neither.
        state.update { state in
            let event = change(&state.status)
            for subscriber in state.subscribers.values { subscriber.yield(event) }
        }
    }
}
