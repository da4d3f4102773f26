import SitegenModel
import SitegenOutput
import SitegenRender
import Foundation

/// A compact, versioned binary encoding for the build cache: fast to write and read,
/// with no reflection. Integers are little-endian; strings are length-prefixed UTF-8.
///
/// It streams to a file through a `BufferedWriter`: the cache of a large site is megabytes,
/// which are never gathered in memory.
struct BinaryWriter {
    private var file: BufferedWriter
    /// Of every byte written so far, when asked for.
    private(set) var checksum: Checksum?
    /// The offset in the file of the next byte written.
    package var offset: Int { file.offset }

    init(fd: Int32, checksummed: Bool = false) {
        file = BufferedWriter(fd: fd)
        checksum = checksummed ? Checksum() : nil
    }

    mutating func int(_ value: Int) throws {
        try withUnsafeBytes(of: Int64(value).littleEndian) { try raw($0) }
    }

    mutating func bool(_ value: Bool) throws {
        try withUnsafeBytes(of: UInt8(value ? 1 : 0)) { try raw($0) }
    }

    mutating func string(_ value: String) throws {
        var value = value
        try value.withUTF8 { bytes in
            try int(bytes.count)
            try raw(UnsafeRawBufferPointer(bytes))
        }
    }

    mutating func optional(_ value: String?) throws {
        try bool(value != nil)
        if let value { try string(value) }
    }

    mutating func strings(_ values: [String]) throws {
        try int(values.count)
        for value in values { try string(value) }
    }

    /// Bytes as they are, with no length before them.
    mutating func raw(_ bytes: UnsafeRawBufferPointer) throws {
        checksum?.add(bytes)
        try file.write(bytes)
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
    package mutating func flush() throws {
        try file.flush()
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

/// A 64-bit checksum of a stream of bytes, taken eight bytes at a time: it tells a cache file
/// that was damaged or cut short from the one that was written. It is not a cryptographic
/// hash. Bytes may be added in pieces of any size; the result depends only on the bytes.
struct Checksum {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    /// Bytes not yet making up a whole word, little-endian.
    private var pending: UInt64 = 0
    private var pendingCount = 0
    private var length: UInt64 = 0

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        var hash = (hash ^ word) &* 0x0000_0100_0000_01b3
        hash ^= hash >> 29
        return hash
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        length &+= UInt64(bytes.count)
        var offset = 0
        while pendingCount > 0, offset < bytes.count {
            takeByte(bytes[offset])
            offset += 1
        }
        while bytes.count - offset >= 8 {
            hash = Self.mix(hash, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        while offset < bytes.count {
            takeByte(bytes[offset])
            offset += 1
        }
    }

    private mutating func takeByte(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * UInt64(pendingCount))
        pendingCount += 1
        if pendingCount == 8 {
            hash = Self.mix(hash, pending)
            pending = 0
            pendingCount = 0
        }
    }

    var value: UInt64 {
        Self.mix(pendingCount > 0 ? Self.mix(hash, pending) : hash, length)
    }

    package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var checksum = Checksum()
        checksum.add(bytes)
        return checksum.value
    }
}
