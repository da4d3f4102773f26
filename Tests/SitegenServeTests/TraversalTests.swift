import Foundation
import Testing
@testable import SitegenServe

/// Every way of naming a file outside the served folder must fail, over a real socket.
@Suite("Never outside the root", .timeLimit(.minutes(2)))
struct TraversalTests {
    /// The output is `<fixture>/preview/site`, so the secret is two folders up.
    static let attempts = [
        "/../../secret.txt",
        "/articles/../../../secret.txt",
        "/%2e%2e/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/secret.txt",
        "/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/..%2f..%2fsecret.txt",
        "/.%2e/.%2e/secret.txt",
        "/%252e%252e/%252e%252e/secret.txt",
        "/..%5c..%5csecret.txt",
        "/..\\..\\secret.txt",
        "/articles\\..\\..\\..\\secret.txt",
        "/secret.txt%00.html",
        "/%00/../../secret.txt",
        "/./../../secret.txt",
        "../../secret.txt",
        "secret.txt",
    ]

    @Test func refusesEveryTraversalAttempt() async throws {
        try await RunningServer.with { server in
            for attempt in Self.attempts {
                let response = try await server.http.send(attempt)
                #expect([400, 404].contains(response.status), "\(attempt) gave \(response.status)")
                #expect(!response.text.contains(FixtureSite.secretText), "\(attempt) leaked the file")
            }
        }
    }

    @Test func refusesAbsolutePaths() async throws {
        try await RunningServer.with { server in
            let secret = server.fixture.secret.path
            let encoded = secret.replacingOccurrences(of: "/", with: "%2f")
            for attempt in [secret, "/" + secret, encoded, "/" + encoded, "http://127.0.0.1\(secret)",
                            "http://127.0.0.1/../..\(secret)", "/etc/passwd", "//etc/passwd", "file://\(secret)"] {
                let response = try await server.http.send(attempt)
                #expect([400, 404].contains(response.status), "\(attempt) gave \(response.status)")
                #expect(!response.text.contains(FixtureSite.secretText), "\(attempt) leaked the file")
                #expect(!response.text.contains("root:x:0:0"), "\(attempt) leaked /etc/passwd")
            }
        }
    }

    @Test func refusesARawNulByte() async throws {
        try await RunningServer.with { server in
            let request = Array("GET /secret.txt".utf8) + [0] + Array(".html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8)
            let response = try await server.http.sendRaw(request)
            #expect(response.status == 400)
            #expect(!response.text.contains(FixtureSite.secretText))
        }
    }

    @Test func refusesSymlinksThatLeaveTheRoot() async throws {
        try await RunningServer.with { server in
            let root = server.fixture.output
            let manager = FileManager.default
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("leak.txt").path,
                                           withDestinationPath: server.fixture.secret.path)
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("leak-dir").path,
                                           withDestinationPath: server.fixture.folder.path)
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("relative-leak.txt").path,
                                           withDestinationPath: "../../secret.txt")
            try manager.createDirectory(at: root.appendingPathComponent("leaky-index"), withIntermediateDirectories: true)
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("leaky-index/index.html").path,
                                           withDestinationPath: server.fixture.secret.path)
            // A link that stays inside the site is fine.
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("home.html").path,
                                           withDestinationPath: "index.html")

            for path in ["/leak.txt", "/leak-dir/secret.txt", "/leak-dir/", "/leak-dir", "/relative-leak.txt", "/leaky-index/"] {
                let response = try await server.http.send(path)
                #expect(response.status == 403, "\(path) gave \(response.status)")
                #expect(!response.text.contains(FixtureSite.secretText), "\(path) leaked the file")
            }
            let inside = try await server.http.send("/home.html")
            #expect(inside.status == 200)
            #expect(inside.text.contains("First story"))
        }
    }

    @Test func resolverRefusesBeforeTouchingTheFileSystem() throws {
        let resolver = StaticFileResolver(root: "/nonexistent-root/site")
        for attempt in ["/../x", "/%2e%2e/x", "/a%2fb", "/a%5cb", "/a\\b", "/a%00b", "/a%0ab", "/%", "/%zz", "/%c3%28", "x"] {
            guard case .badRequest = resolver.resolve(attempt) else {
                Issue.record("\(attempt) was not refused: \(resolver.resolve(attempt))")
                continue
            }
        }
    }
}
