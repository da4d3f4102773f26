import SitegenModel
import Foundation

/// Plain text from a fragment of HTML, for ids and descriptions.
public enum HTMLText {
    /// The text of `html` with its tags left out and entities unescaped. It walks UTF-8
    /// bytes (`<` and `>` are never part of a multi-byte character): it runs on the first
    /// paragraph of every article.
    public static func plain(_ html: String) -> String {
        var html = html
        let text = html.withUTF8 { bytes -> String in
            var text: [UInt8] = []
            text.reserveCapacity(bytes.count)
            var inTag = false
            for byte in bytes {
                if byte == UInt8(ascii: "<") { inTag = true; continue }
                if byte == UInt8(ascii: ">") { inTag = false; continue }
                if !inTag { text.append(byte) }
            }
            return String(decoding: text, as: UTF8.self)
        }
        return unescape(text)
    }

    /// Undoes `escape`: the five entities it writes, in one pass over the UTF-8 bytes
    /// (`&amp;lt;` becomes `&lt;`, not `<`). Other entities are left as they are.
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var text = text
        return text.withUTF8 { bytes -> String in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var index = 0
            next: while index < bytes.count {
                if bytes[index] == UInt8(ascii: "&") {
                    for (entity, character) in entities where bytes.count - index >= entity.count
                        && entity.indices.allSatisfy({ bytes[index + $0] == entity[$0] }) {
                        result.append(character)
                        index += entity.count
                        continue next
                    }
                }
                result.append(bytes[index])
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static let entities: [([UInt8], UInt8)] = [
        (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
        (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&#39;".utf8), UInt8(ascii: "'")),
        (Array("&amp;".utf8), UInt8(ascii: "&")),
    ]

    /// Escapes text for HTML or XML content and attribute values: `< > & " '`. It scans the
    /// UTF-8 bytes and returns text with nothing to escape as it is (it runs on every value of
    /// every page, the sitemap and the feed).
    public static func escape(_ text: String) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes -> String in
            guard let first = bytes.firstIndex(where: needsEscape) else { return text }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            output.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
