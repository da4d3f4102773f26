#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Listens on `/__sitegen/events` as a page does, and hands back the events one at a time.
final class EventStreamClient: @unchecked Sendable {
    struct Event: Equatable, Sendable {
        var name: String
        var data: String
    }

    private let socket: Int32
    private var pending: [UInt8] = []
    /// Decoded body bytes not yet parsed into events.
    private var body: [UInt8] = []
    private var headersRead = false

    init(port: Int) throws {
        socket = try RawHTTP.connect(port: port)
        try RawHTTP.writeAll(socket, Array("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".utf8))
    }

    deinit { close(socket) }

    /// The next named event, skipping comments and `retry:`; `nil` when the server ended the stream.
    func next(timeout: Double = 15) async throws -> Event? {
        try await RawHTTP.offThePool { try self.nextBlocking(timeout: timeout) }
    }

    /// Waits for an event with this name, skipping others.
    func waitFor(_ name: String, timeout: Double = 15) async throws -> Event {
        try await RawHTTP.offThePool { try self.waitForBlocking(name, timeout: timeout) }
    }

    private func nextBlocking(timeout: Double) throws -> Event? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let event = parseEvent() { return event }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw RawHTTP.Failure.timeout }
            var buffer = [UInt8](repeating: 0, count: 16384)
            let count = try RawHTTP.read(socket, into: &buffer, timeout: remaining)
            if count == 0 { return nil }
            pending += buffer[..<count]
            try decode()
        }
    }

    private func waitForBlocking(_ name: String, timeout: Double) throws -> Event {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            guard let event = try nextBlocking(timeout: max(0.1, deadline.timeIntervalSinceNow)) else {
                throw RawHTTP.Failure.malformed("the stream ended before a \(name) event")
            }
            if event.name == name { return event }
        }
    }

    /// Moves the status line and headers out of the way, then un-chunks the body.
    private func decode() throws {
        let crlf = Array("\r\n".utf8)
        if !headersRead {
            guard let end = pending.firstRange(of: Array("\r\n\r\n".utf8)) else { return }
            let head = String(decoding: pending[..<end.lowerBound], as: UTF8.self)
            guard head.hasPrefix("HTTP/1.1 200"), head.lowercased().contains("content-type: text/event-stream") else {
                throw RawHTTP.Failure.malformed(head)
            }
            pending.removeSubrange(..<end.upperBound)
            headersRead = true
        }
        while let line = pending.firstRange(of: crlf) {
            guard let size = Int(String(decoding: pending[..<line.lowerBound], as: UTF8.self), radix: 16) else {
                throw RawHTTP.Failure.malformed("bad chunk size")
            }
            guard pending.count >= line.upperBound + size + 2 else { return }
            body += pending[line.upperBound ..< line.upperBound + size]
            pending.removeSubrange(..<(line.upperBound + size + 2))
        }
    }

    private func parseEvent() -> Event? {
        while let end = body.firstRange(of: Array("\n\n".utf8)) {
            let block = String(decoding: body[..<end.lowerBound], as: UTF8.self)
            body.removeSubrange(..<end.upperBound)
            var name: String?
            var data: [String] = []
            for line in block.split(separator: "\n") {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
            }
            if let name { return Event(name: name, data: data.joined(separator: "\n")) }
        }
        return nil
    }
}
