import SitegenModel
import Foundation

/// Gives headings in rendered HTML stable ids, and nests them for the combined briefing.
///
/// Both work on the UTF-8 bytes of cmark-gfm's output, whose heading tags are always
/// exactly `<hN>` and `</hN>`: this runs over every article body, so it avoids String indexing.
enum HeadingAnchors {
    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), h = UInt8(ascii: "h")

    /// The heading level if `bytes[i...]` starts with `<hN` (or `</hN` when `closing`), else nil.
    private static func level(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, closing: Bool) -> Int? {
        let tag = closing ? i + 2 : i + 1
        guard tag + 1 < bytes.count, bytes[i] == lt, !closing || bytes[i + 1] == slash, bytes[tag] == h else { return nil }
        let digit = Int(bytes[tag + 1]) - 48
        return (1...6).contains(digit) ? digit : nil
    }

    /// `<h2>Peace talks</h2>` → `<h2 id="peace-talks">Peace talks</h2>`; repeated ids get `-2`, `-3`.
    static func addIDs(to html: String) -> String {
        var html = html
        return html.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 256)
            var used: [String: Int] = [:]
            var i = 0
            var copied = 0
            while i < bytes.count {
                guard bytes[i] == lt, let level = level(bytes, at: i, closing: false), i + 3 < bytes.count, bytes[i + 3] == gt else {
                    i += 1
                    continue
                }
                let innerStart = i + 4
                var j = innerStart
                while j < bytes.count, self.level(bytes, at: j, closing: true) != level { j += 1 }
                guard j < bytes.count else { break }
                let inner = String(decoding: UnsafeBufferPointer(rebasing: bytes[innerStart..<j]), as: UTF8.self)
                var id = Slug.make(HTMLText.plain(inner))
                if id.isEmpty { id = "section" }
                if let count = used[id] {
                    used[id] = count + 1
                    id += "-\(count + 1)"
                } else {
                    used[id] = 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<(i + 3)]))
                output.append(contentsOf: " id=\"\(id)\"".utf8)
                copied = i + 3
                i = j
            }
            if copied == 0 { return String(decoding: bytes, as: UTF8.self) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Moves every heading `levels` levels down (never past h6) and prefixes its id.
    static func nest(_ html: String, idPrefix: String, levels: Int = 1) -> String {
        var html = html
        let prefix = Array(idPrefix.utf8)
        let idAttribute = Array(" id=\"".utf8)
        return html.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 1024)
            var i = 0
            var copied = 0
            while i < bytes.count {
                guard bytes[i] == lt else { i += 1; continue }
                let closing = i + 1 < bytes.count && bytes[i + 1] == slash
                guard let level = level(bytes, at: i, closing: closing) else { i += 1; continue }
                let digitIndex = closing ? i + 3 : i + 2
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<digitIndex]))
                output.append(UInt8(48 + min(level + levels, 6)))
                copied = digitIndex + 1
                i = copied
                if !closing, i + idAttribute.count <= bytes.count,
                   idAttribute.indices.allSatisfy({ bytes[i + $0] == idAttribute[$0] }) {
                    output.append(contentsOf: idAttribute)
                    output.append(contentsOf: prefix)
                    i += idAttribute.count
                    copied = i
                }
            }
            if copied == 0 { return String(decoding: bytes, as: UTF8.self) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }
}
