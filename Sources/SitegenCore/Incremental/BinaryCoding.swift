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
            if buffer.count + bytes.count > Self.bufferSize {
                try flush()
                if bytes.count > Self.bufferSize {
                    try OutputFile.write(UnsafeRawBufferPointer(bytes), to: fd)
                    flushed += bytes.count
                    return
                }
            }
            buffer.append(contentsOf: bytes)
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

    /// Writes out what is buffered; call once more at the end.
    mutating func flush() throws {
        try buffer.withUnsafeBytes { try OutputFile.write($0, to: fd) }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, and the cache is then ignored.
struct BinaryReader {
    struct Corrupt: Error {}

    private let data: Data
    private var offset: Int

    init(_ data: Data, at offset: Int = 0) {
        self.data = data
        self.offset = data.startIndex + offset
    }

    /// The offset of the next byte to read, from the start of the data.
    var position: Int { offset - data.startIndex }

    var isAtEnd: Bool { offset == data.endIndex }

    mutating func int() throws(Corrupt) -> Int {
        guard data.endIndex - offset >= 8 else { throw Corrupt() }
        var value: Int64 = 0
        _ = withUnsafeMutableBytes(of: &value) { data.copyBytes(to: $0, from: offset..<offset + 8) }
        offset += 8
        return Int(Int64(littleEndian: value))
    }

    mutating func bool() throws(Corrupt) -> Bool {
        guard offset < data.endIndex else { throw Corrupt() }
        defer { offset += 1 }
        return data[offset] != 0
    }

    mutating func string() throws(Corrupt) -> String {
        let count = try int()
        guard count >= 0, data.endIndex - offset >= count else { throw Corrupt() }
        let text = String(decoding: data[offset..<offset + count], as: UTF8.self)
        offset += count
        return text
    }

    mutating func optional() throws(Corrupt) -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws(Corrupt) -> [String] {
        let count = try int()
        guard count >= 0, count <= data.endIndex - offset else { throw Corrupt() }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }
}
