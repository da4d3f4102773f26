import Foundation

/// One file of the built site: its path inside the output folder (`articles/x/index.html`) and its bytes.
///
/// A page's bytes stay the Strings they were rendered as, possibly in several pieces, and are
/// written from them directly: the combined briefing of a large site is tens of megabytes,
/// and joining or converting it would copy it again for nothing.
public struct OutputFile: Sendable, Equatable {
    public enum Body: Sendable, Equatable {
        case bytes(Data)
        /// UTF-8 text, in pieces written one after another.
        case text([String])
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

    public init(path: String, pieces: [String]) {
        self.path = path
        body = .text(pieces)
    }

    /// The file's size in bytes.
    public var byteCount: Int {
        switch body {
        case let .bytes(data): return data.count
        case let .text(pieces): return pieces.reduce(0) { $0 + $1.utf8.count }
        }
    }

    /// The file's bytes, joined.
    public var contents: Data {
        switch body {
        case let .bytes(data): return data
        case let .text(pieces): return pieces.reduce(into: Data()) { $0.append(contentsOf: $1.utf8) }
        }
    }

    /// Whether `data` holds exactly this file's bytes.
    func hasSameBytes(as data: Data) -> Bool {
        switch body {
        case let .bytes(own):
            return own == data
        case let .text(pieces):
            guard data.count == byteCount else { return false }
            return data.withUnsafeBytes { (old: UnsafeRawBufferPointer) -> Bool in
                var offset = 0
                for var piece in pieces {
                    let same = piece.withUTF8 { bytes in
                        bytes.isEmpty || memcmp(old.baseAddress! + offset, bytes.baseAddress!, bytes.count) == 0
                    }
                    guard same else { return false }
                    offset += piece.utf8.count
                }
                return true
            }
        }
    }

    /// Writes the bytes to an open file descriptor.
    func write(to fd: Int32) throws {
        switch body {
        case let .bytes(data):
            try data.withUnsafeBytes { try Self.write($0, to: fd) }
        case let .text(pieces):
            for var piece in pieces {
                try piece.withUTF8 { try Self.write(UnsafeRawBufferPointer($0), to: fd) }
            }
        }
    }

    static func write(_ buffer: UnsafeRawBufferPointer, to fd: Int32) throws {
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
