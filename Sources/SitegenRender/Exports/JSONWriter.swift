import SitegenOutput

/// Writes JSON straight to bytes, for the exports: compact, slashes unescaped, other characters
/// escaped as Foundation's `JSONSerialization` escapes them, and one final newline.
///
/// Foundation's `JSONEncoder` was measured on the 10,000-article benchmark: a quarter of a
/// one-article rebuild (0.24 s for the 9 MB `briefing.json`, 0.09 s for the 4 MB `timeline.json`),
/// spent building a tree of boxed values, sorting its keys as Unicode strings and escaping
/// scalar by scalar. The exports' shapes are fixed, so each writes its keys in sorted order itself
/// and this writer only adds bytes; `ExportTests` checks every export against Foundation's own
/// sorted serialization of the same data, byte for byte.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// For each open object or array, whether it already holds a member.
    private var hasMember: [Bool] = []
    /// A key was just written: the value that follows takes no comma.
    private var afterKey = false

    init(reservingCapacity capacity: Int = 1 << 12) {
        bytes.reserveCapacity(capacity)
    }

    /// The document, with its final newline.
    consuming func finished() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    // MARK: Structure

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        hasMember.append(false)
    }

    mutating func endObject() {
        hasMember.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        hasMember.append(false)
    }

    mutating func endArray() {
        hasMember.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// An object's key: the caller writes keys in sorted order, and a value after each.
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        afterKey = true
    }

    // MARK: Values

    mutating func string(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { appendEscaped($0) }
    }

    mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A value written before, as JSON (a member of an array), copied as it is.
    mutating func raw(_ json: TextPiece) {
        separate()
        json.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // MARK: Members

    /// A member with a string value, left out when the value is nil (as `Encodable` leaves out a nil optional).
    mutating func member(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func member(_ name: StaticString, _ values: [String]) {
        key(name)
        strings(values)
    }

    /// A member whose value is an array of `items`, each written by `write`.
    mutating func member<Item>(_ name: StaticString, _ items: [Item], _ write: (inout JSONWriter, Item) -> Void) {
        key(name)
        beginArray()
        for item in items { write(&self, item) }
        endArray()
    }

    /// A member whose value is an object written by `write`.
    mutating func object(_ name: StaticString, _ write: (inout JSONWriter) -> Void) {
        key(name)
        beginObject()
        write(&self)
        endObject()
    }

    // MARK: Bytes

    /// The comma before a member of an object or an array, unless it is the first or follows its key.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = hasMember.indices.last else { return }
        if hasMember[last] { bytes.append(UInt8(ascii: ",")) } else { hasMember[last] = true }
    }

    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var start = 0
        for index in 0..<text.count {
            let byte = text[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if start < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index])) }
            start = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            default:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
        if start < text.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...])) }
        bytes.append(UInt8(ascii: "\""))
    }
}
