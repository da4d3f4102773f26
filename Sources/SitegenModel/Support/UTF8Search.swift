import Foundation

/// Finds text by its UTF-8 bytes: memchr for the first byte, memcmp for the rest.
///
/// Foundation's `range(of:)` on a Swift String goes through CFString and UTF-16 offsets,
/// and `components(separatedBy:)` through Characters; on pages of megabytes, and on every
/// article body, that cost more than rendering them.
public enum UTF8Search {
    /// The offset of the first `needle` in `bytes` at or after `from`.
    public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                            from: Int = 0) -> Int? {
        guard let base = bytes.baseAddress, let pattern = needle.baseAddress, !needle.isEmpty, from >= 0 else { return nil }
        var offset = from
        while bytes.count - offset >= needle.count {
            guard let hit = memchr(base + offset, Int32(pattern.pointee), bytes.count - offset - needle.count + 1) else { return nil }
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, pattern, needle.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    /// `text` before and after `marker`, when the marker occurs exactly once.
    package static func split(_ text: String, once marker: String) -> (String, String)? {
        var text = text, marker = marker
        return text.withUTF8 { bytes -> (String, String)? in
            marker.withUTF8 { needle -> (String, String)? in
                guard let start = firstOffset(of: needle, in: bytes),
                      firstOffset(of: needle, in: bytes, from: start + needle.count) == nil else { return nil }
                let end = start + needle.count
                return (String(decoding: bytes[..<start], as: UTF8.self), String(decoding: bytes[end...], as: UTF8.self))
            }
        }
    }

    /// The text between the first `open` and the first `close` after it.
    package static func between(_ open: String, _ close: String, in text: String) -> String? {
        var text = text, open = open, close = close
        return text.withUTF8 { bytes in
            open.withUTF8 { open in
                close.withUTF8 { close in
                    guard let start = firstOffset(of: open, in: bytes),
                          let end = firstOffset(of: close, in: bytes, from: start + open.count) else { return nil }
                    return String(decoding: bytes[(start + open.count)..<end], as: UTF8.self)
                }
            }
        }
    }
}
