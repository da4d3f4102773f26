import Foundation
import SitegenCore
import SitegenModel
@testable import SitegenServe

/// A preview server on a free port for one test, with its fixture site; `stop()` ends both.
final class RunningServer: @unchecked Sendable {
    let fixture: FixtureSite
    let server: PreviewServer
    let task: Task<Void, any Error>
    /// The address the server printed: `http://127.0.0.1:PORT/sub/path/`.
    let url: String
    let port: Int
    private let events: Recorder

    /// Records what the server reports, for tests to wait on.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [PreviewEvent] = []
        private var error: (any Error)?
        func append(_ event: PreviewEvent) { lock.lock(); items.append(event); lock.unlock() }
        func fail(_ error: any Error) { lock.lock(); self.error = error; lock.unlock() }
        var all: [PreviewEvent] { lock.lock(); defer { lock.unlock() }; return items }
        var failure: (any Error)? { lock.lock(); defer { lock.unlock() }; return error }
    }

    /// Runs `body` against a server for a new fixture site, then stops the server and removes
    /// the fixture, whether `body` passed or not.
    static func with(baseURL: String = "https://example.org/", prepare: (FixtureSite) throws -> Void = { _ in },
                     _ body: (RunningServer) async throws -> Void) async throws {
        let fixture = try FixtureSite(baseURL: baseURL)
        defer { fixture.remove() }
        try prepare(fixture)
        let server = try await start(fixture: fixture)
        do {
            try await body(server)
        } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
    }

    /// Starts a server on a free port and waits (at most 30 s) until it serves.
    private static func start(fixture: FixtureSite) async throws -> RunningServer {
        let options = ServeOptions(siteDirectory: fixture.site, host: "127.0.0.1", port: 0,
                                   outputDirectory: fixture.output,
                                   pollInterval: .milliseconds(100), debounce: .milliseconds(100))
        let recorder = Recorder()
        let server = PreviewServer(options: options) { recorder.append($0) }
        let task = Task {
            do { try await server.run(handlingSignals: false) } catch { recorder.fail(error); throw error }
        }
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let url = recorder.all.lazy.compactMap({ event -> String? in
                if case .serving(let url, _) = event { return url }
                return nil
            }).first {
                let port = Int(url.split(separator: ":")[2].prefix { $0.isNumber })!
                return RunningServer(fixture: fixture, server: server, task: task, url: url, port: port, events: recorder)
            }
            if let error = recorder.failure { throw error }
            try await Task.sleep(for: .milliseconds(20))
        }
        task.cancel()
        throw RawHTTP.Failure.malformed("the server did not start within 30 s")
    }

    private init(fixture: FixtureSite, server: PreviewServer, task: Task<Void, any Error>, url: String, port: Int, events: Recorder) {
        self.fixture = fixture
        self.server = server
        self.task = task
        self.url = url
        self.port = port
        self.events = events
    }

    var http: RawHTTP { RawHTTP(port: port) }
    var reported: [PreviewEvent] { events.all }

    /// Stops the server as Ctrl-C does and waits for it to return.
    func stop() async throws {
        await server.stop()
        try await task.value
    }
}
