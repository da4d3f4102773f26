/// A message to open pages, sent as a server-sent event on `/__sitegen/events`.
enum LiveEvent: Sendable, Equatable {
    /// Sent first on every connection: the current build. A page that reconnects and sees a new
    /// one (the site was rebuilt, or the server restarted) reloads itself.
    case hello(generation: String)
    /// The site was rebuilt: reload. With `only`, only the pages at those addresses reload (an
    /// edited article's page, rendered ahead of the build); pages at an address in `except` do
    /// not (they show what the build made already).
    case reload(generation: String, only: [String] = [], except: [String] = [])
    /// The last build failed; the message has one diagnostic per line.
    case buildFailed(message: String)
    /// The last build succeeded with warnings, one per line (a draft that lacks its date, …).
    case buildWarnings(message: String)
    /// Keeps idle connections open and lets the server notice closed ones.
    case heartbeat

    /// The event in `text/event-stream` form.
    var serverSentEvent: String {
        switch self {
        case .hello(let generation): Self.event("hello", data: generation)
        case .reload(let generation, let only, let except):
            Self.event("reload", data: ([generation] + only.map { "only " + $0 } + except.map { "except " + $0 }).joined(separator: "\n"))
        case .buildFailed(let message): Self.event("build-error", data: message)
        case .buildWarnings(let message): Self.event("build-warnings", data: message)
        case .heartbeat: ": heartbeat\n\n"
        }
    }

    private static func event(_ name: String, data: String) -> String {
        // Each line of the data gets its own `data:` field; the client joins them with newlines.
        // (`\r\n` is one Character, and a newline.)
        let lines = data.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { "data: " + $0 }
        return "event: \(name)\n" + lines.joined(separator: "\n") + "\n\n"
    }
}
