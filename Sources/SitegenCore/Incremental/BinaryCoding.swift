import Foundation

/// A compact, versioned binary encoding for the build cache: fast to write and read,
/// with no reflection. Integers are little-endian; strings are length-prefixed UTF-8.
///
/// It streams to a file through a 1 MiB buffer: the cache of a large site is tens of
/// megabytes, which are never gathered in memory.
struct BinaryWriter {
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// Bytes already flushed to the file.
    private var flushed = 0
    /// The offset in the file of the next byte written.
    var offset: Int { flushed + buffer.count }
    private static let bufferSize = 1 << 20

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(Self.bufferSize)
    }

    mutating func int(_ value: Int) {
        var little = Int64(value).littleEndian
        withUnsafeBytes(of: &little) { buffer.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) { buffer.append(value ? 1 : 0) }

    mutating func string(_ value: String) throws {
        var value = value
        try value.withUTF8 { bytes in
            int(bytes.count)
            try raw(UnsafeRawBufferPointer(bytes))
        }
    }

    mutating func optional(_ value: String?) throws {
        bool(value != nil)
        if let value { try string(value) }
    }

    mutating func strings(_ values: [String]) throws {
        int(values.count)
        for value in values { try string(value) }
    }

    /// Bytes as they are, with no length before them. Large runs go straight to the file.
    mutating func raw(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.bufferSize {
            try flush()
            if bytes.count > Self.bufferSize {
                try OutputFile.write(bytes, to: fd)
                flushed += bytes.count
                return
            }
        }
        buffer.append(contentsOf: bytes)
    }

    /// Text pieces one after another. Pieces that lie next to each other in one mapped file
    /// (every piece of an unchanged article) are copied in one run.
    mutating func pieces(_ pieces: some Sequence<TextPiece>) throws {
        var run: MappedBytes?
        for piece in pieces {
            if let mapped = piece.mapped, let current = run, current.file === mapped.file,
               current.range.upperBound == mapped.range.lowerBound {
                run = MappedBytes(file: current.file, range: current.range.lowerBound..<mapped.range.upperBound)
                continue
            }
            if let current = run { try raw(current.buffer) }
            run = piece.mapped
            if run == nil { try piece.withUTF8 { try raw($0) } }
        }
        if let current = run { try raw(current.buffer) }
    }

    /// Writes out what is buffered; call once more at the end.
    mutating func flush() throws {
        try buffer.withUnsafeBytes { try OutputFile.write($0, to: fd) }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Reads what `BinaryWriter` wrote, in place in a mapped file; any inconsistency throws,
/// and the cache is then ignored.
struct BinaryReader {
    struct Corrupt: Error {}

    private let bytes: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    private(set) var position: Int

    init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    mutating func int() throws(Corrupt) -> Int {
        guard position >= 0, bytes.count - position >= 8 else { throw Corrupt() }
        let value = bytes.loadUnaligned(fromByteOffset: position, as: Int64.self)
        position += 8
        return Int(Int64(littleEndian: value))
    }

    mutating func bool() throws(Corrupt) -> Bool {
        guard position >= 0, position < bytes.count else { throw Corrupt() }
        defer { position += 1 }
        return bytes[position] != 0
    }

    /// The range of `count` bytes at the current position, which is moved past them.
    mutating func skip(_ count: Int) throws(Corrupt) -> Range<Int> {
        guard count >= 0, bytes.count - position >= count else { throw Corrupt() }
        defer { position += count }
        return position..<position + count
    }

    mutating func string() throws(Corrupt) -> String {
        let range = try skip(try int())
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    mutating func optional() throws(Corrupt) -> String? {
        try bool() ? try string() : nil
    }

    /// A count of things that follow, each at least one byte long.
    mutating func count() throws(Corrupt) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Corrupt() }
        return count
    }

    mutating func strings() throws(Corrupt) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }
}
