/// The path of a request, percent-decoded one segment at a time and checked.
///
/// Anything that could name a file outside the served folder is refused here, before the
/// file system is asked: `.` and `..` segments (also when percent-encoded), encoded `/`,
/// backslashes, NUL and other control characters, and paths that do not start with `/`.
/// Empty segments (`//`) are dropped.
struct RequestPath: Sendable, Equatable {
    /// The decoded segments, none empty.
    var segments: [String]
    /// Whether the path ended in `/` (it names a folder).
    var hasTrailingSlash: Bool

    enum Problem: Error, Equatable, CustomStringConvertible {
        case notAbsolute
        case badPercentEncoding
        case forbiddenCharacter
        case dotSegment

        var description: String {
            switch self {
            case .notAbsolute: "the path must start with /"
            case .badPercentEncoding: "the path has invalid percent-encoding"
            case .forbiddenCharacter: "the path has a backslash, an encoded slash or a control character"
            case .dotSegment: "the path has a . or .. segment"
            }
        }
    }

    init(segments: [String], hasTrailingSlash: Bool) {
        self.segments = segments
        self.hasTrailingSlash = hasTrailingSlash
    }

    /// Parses the path part of a request target, such as `/articles/x/` (no query).
    init(parsing raw: String) throws(Problem) {
        guard raw.hasPrefix("/") else { throw .notAbsolute }
        var segments: [String] = []
        for rawSegment in raw.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            let bytes = try Self.percentDecode(rawSegment)
            if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }) {
                throw .forbiddenCharacter
            }
            guard let segment = String(validating: bytes, as: UTF8.self) else { throw .badPercentEncoding }
            if segment == "." || segment == ".." { throw .dotSegment }
            segments.append(segment)
        }
        self.init(segments: segments, hasTrailingSlash: raw.hasSuffix("/") && !segments.isEmpty)
    }

    /// A path already percent-decoded (as Hummingbird's file middleware passes it), held to the
    /// same rules; `nil` when it breaks one.
    init?(decoded: String) {
        guard decoded.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) { return nil }
            if segment == "." || segment == ".." { return nil }
            segments.append(String(segment))
        }
        self.init(segments: segments, hasTrailingSlash: decoded.hasSuffix("/") && !segments.isEmpty)
    }

    /// Whether this path starts with all of `prefix`'s segments.
    func hasPrefix(_ prefix: [String]) -> Bool {
        segments.count >= prefix.count && Array(segments.prefix(prefix.count)) == prefix
    }

    /// The path as it goes in a `Location` header: re-encoded, one `/` between segments.
    var encoded: String {
        var text = "/" + segments.map(Self.percentEncode).joined(separator: "/")
        if hasTrailingSlash { text += "/" }
        return text
    }

    private static func percentDecode(_ bytes: Substring.UTF8View.SubSequence) throws(Problem) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let first = bytes.index(after: index)
                guard first != bytes.endIndex else { throw .badPercentEncoding }
                let second = bytes.index(after: first)
                guard second != bytes.endIndex, let high = hexValue(bytes[first]), let low = hexValue(bytes[second]) else {
                    throw .badPercentEncoding
                }
                result.append(high << 4 | low)
                index = bytes.index(after: second)
            } else {
                result.append(byte)
                index = bytes.index(after: index)
            }
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func percentEncode(_ segment: String) -> String {
        var text = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                text.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                text += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return text
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
