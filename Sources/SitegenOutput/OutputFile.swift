import SitegenModel
import Foundation

/// One file of the built site: its path inside the output folder (`articles/x/index.html`) and its bytes.
///
/// A page's bytes stay the pieces they were rendered as (Strings, or bytes from the build
/// cache) and are written from them directly: the combined briefing of a large site is tens
/// of megabytes, and joining or converting it would copy it again for nothing.
public struct OutputFile: Sendable, Equatable {
    public enum Body: Sendable, Equatable {
        case bytes(Data)
        /// UTF-8 text, in pieces written one after another.
        case text([TextPiece])
    }

    public var path: String
    public var body: Body

    public init(path: String, contents: Data) {
        self.path = path
        body = .bytes(contents)
    }

    public init(path: String, text: String) {
        self.init(path: path, pieces: [text])
    }

    public init(path: String, pieces: [TextPiece]) {
        self.path = path
        body = .text(pieces)
    }

    public init(path: String, pieces: [String]) {
        self.init(path: path, pieces: pieces.map(TextPiece.init))
    }

    /// The file's size in bytes.
    public var byteCount: Int {
        switch body {
        case let .bytes(data): return data.count
        case let .text(pieces): return pieces.reduce(0) { $0 + $1.byteCount }
        }
    }

    /// The file's bytes, joined.
    public var contents: Data {
        switch body {
        case let .bytes(data): return data
        case let .text(pieces): return pieces.reduce(into: Data()) { data, piece in piece.withUTF8 { data.append(contentsOf: $0) } }
        }
    }

    /// Whether `old` holds exactly this file's bytes.
    func hasSameBytes(as old: UnsafeRawBufferPointer) -> Bool {
        guard old.count == byteCount else { return false }
        switch body {
        case let .bytes(own):
            return own.withUnsafeBytes { Self.same($0, old, at: 0) }
        case let .text(pieces):
            var offset = 0
            for piece in pieces {
                guard piece.withUTF8({ Self.same($0, old, at: offset) }) else { return false }
                offset += piece.byteCount
            }
            return true
        }
    }

    private static func same(_ bytes: UnsafeRawBufferPointer, _ old: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        bytes.isEmpty || memcmp(old.baseAddress! + offset, bytes.baseAddress!, bytes.count) == 0
    }

    /// Writes the bytes to an open file descriptor.
    package func write(to fd: Int32) throws {
        switch body {
        case let .bytes(data):
            try data.withUnsafeBytes { try Self.write($0, to: fd) }
        case let .text(pieces) where pieces.count == 1:
            try pieces[0].withUTF8 { try Self.write($0, to: fd) }
        case let .text(pieces):
            // Many pieces (a briefing's sections) are gathered into large writes.
            var writer = BufferedWriter(fd: fd, capacity: min(byteCount, 1 << 20))
            for piece in pieces {
                try piece.withUTF8 { try writer.write($0) }
            }
            try writer.flush()
        }
    }

    package static func write(_ buffer: UnsafeRawBufferPointer, to fd: Int32) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
        }
    }
}
