import Foundation
import SitegenModel

/// Decodes the bytes of a raw article: UTF-8 with or without a byte-order mark, CRLF, CR or LF line ends.
/// Bytes that are not UTF-8 are read as Windows-1252, with a warning; empty and binary files are refused.
public struct RawTextDecoder: Sendable {
    public enum Encoding: String, Sendable, Equatable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with byte-order mark"
        case windows1252 = "Windows-1252"
    }

    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var encoding: Encoding
        public var warnings: [Diagnostic]
    }

    public init() {}

    public func decode(_ data: Data) throws(Diagnostic) -> Decoded {
        let withoutMark = TextFile.withoutByteOrderMark(data[...])
        let bytes = [UInt8](withoutMark)
        var encoding = withoutMark.count == data.count ? Encoding.utf8 : .utf8WithBOM
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Diagnostic.error("the file is UTF-16 text; save it as UTF-8 and import it again")
        }
        if bytes.contains(0) || controlByteShare(bytes) > 0.05 {
            throw Diagnostic.error("not a text file (it holds binary data); import the article's text, saved as UTF-8")
        }
        var warnings: [Diagnostic] = []
        var text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else {
            text = String(String.UnicodeScalarView(bytes.map(Self.windows1252Scalar)))
            encoding = .windows1252
            warnings.append(.warning("the text is not UTF-8: read it as Windows-1252; check its accented letters and quotation marks"))
        }
        text = TextFile.normalizingLineEnds(text)
        if !text.contains(where: { $0.isLetter || $0.isNumber }) {
            throw Diagnostic.error("the file is empty: it holds no text")
        }
        return Decoded(text: text, encoding: encoding, warnings: warnings)
    }

    /// The share of bytes that are control characters other than tab, line feed, carriage return and form feed.
    private func controlByteShare(_ bytes: [UInt8]) -> Double {
        guard !bytes.isEmpty else { return 0 }
        let controls = bytes.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) || $0 == 0x7F }.count
        return Double(controls) / Double(bytes.count)
    }

    /// Windows-1252: Latin-1 except for 0x80–0x9F, which hold typographic punctuation and a few letters.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let value = windows1252High[Int(byte) - 0x80]
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
