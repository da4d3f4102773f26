import SitegenModel
import Foundation

/// Writes to a file descriptor through a buffer, so that many small pieces (the 10,000
/// sections of a large briefing, the fields of the build cache) cost a few large `write`
/// calls instead of one each. Runs larger than the buffer go to the file directly.
package struct BufferedWriter {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// Bytes already written to the file.
    private var flushed = 0
    /// The offset in the file of the next byte written.
    package var offset: Int { flushed + buffer.count }

    package init(fd: Int32, capacity: Int = 1 << 20) {
        self.fd = fd
        self.capacity = max(capacity, 1)
        buffer.reserveCapacity(self.capacity)
    }

    package mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > capacity {
            try flush()
            if bytes.count >= capacity {
                try OutputFile.write(bytes, to: fd)
                flushed += bytes.count
                return
            }
        }
        buffer.append(contentsOf: bytes)
    }

    /// Writes out what is buffered; call once more at the end.
    package mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try OutputFile.write($0, to: fd) }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
