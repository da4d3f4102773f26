import SitegenModel
import Foundation

/// A run of UTF-8 text in a page: a String rendered in this build, or bytes kept in a mapped
/// file (a piece of the briefing taken from the build cache), written out as they are.
public struct TextPiece: Sendable, Equatable {
    private enum Storage: Sendable {
        case string(String)
        case mapped(MappedBytes)
    }

    private let storage: Storage

    public init(_ string: String) {
        storage = .string(string)
    }

    /// Bytes of a mapped file, trusted to be UTF-8 (they were written from a String).
    package init(_ bytes: MappedBytes) {
        storage = .mapped(bytes)
    }

    public var byteCount: Int {
        switch storage {
        case let .string(string): return string.utf8.count
        case let .mapped(bytes): return bytes.range.count
        }
    }

    /// Calls `body` with the piece's UTF-8 bytes, without copying them.
    public func withUTF8<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch storage {
        case var .string(string): return try string.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case let .mapped(bytes): return try body(bytes.buffer)
        }
    }

    /// The piece as a String.
    public var string: String {
        switch storage {
        case let .string(string): return string
        case let .mapped(bytes): return String(decoding: bytes.buffer, as: UTF8.self)
        }
    }

    /// Where the bytes lie in a mapped file, when they come from one.
    package var mapped: MappedBytes? {
        if case let .mapped(bytes) = storage { return bytes }
        return nil
    }

    /// The pieces one after another, as one String (the text is checked as UTF-8 once).
    public static func joined(_ pieces: some Collection<TextPiece>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.byteCount })
        for piece in pieces { piece.withUTF8 { bytes.append(contentsOf: $0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func == (a: TextPiece, b: TextPiece) -> Bool {
        a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }
}
