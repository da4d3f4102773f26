import SitegenModel
import SitegenMarkdown

/// Text shaping for page data: one-line descriptions, and whether a body opens with its summary.
enum PageText {
    /// Text on one line with single spaces, cut to 300 characters for descriptions.
    static func oneLine(_ text: String) -> String {
        var result = collapsingSpaces(text)
        if result.count > 300 { result = String(result.prefix(297)) + "…" }
        return result
    }

    /// `text` with each run of white space (Unicode's White_Space characters) made one space,
    /// and none at either end. It walks UTF-8 bytes: it runs on every article.
    static func collapsingSpaces(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let length = whiteSpaceLength(bytes, at: index)
                if length > 0 {
                    pendingSpace = !result.isEmpty
                    index += length
                    continue
                }
                if pendingSpace { result.append(UInt8(ascii: " ")) }
                pendingSpace = false
                result.append(bytes[index])
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The length in bytes of the White_Space character at `index`, or 0: tab to carriage
    /// return, space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
    /// and U+3000.
    private static func whiteSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        func next(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        switch byte {
        case 0xC2: return next(1) == 0x85 || next(1) == 0xA0 ? 2 : 0
        case 0xE1: return next(1) == 0x9A && next(2) == 0x80 ? 3 : 0
        case 0xE2:
            guard let second = next(1), let third = next(2) else { return 0 }
            if second == 0x80 { return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3: return next(1) == 0x80 && next(2) == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// Whether the first paragraph of `html` starts with `text`, spacing aside.
    static func opens(_ html: String, with text: String) -> Bool {
        guard let first = UTF8Search.between("<p>", "</p>", in: html) else { return false }
        let paragraph = collapsingSpaces(HTMLText.plain(first))
        let summary = collapsingSpaces(text)
        return !summary.isEmpty && paragraph.hasPrefix(summary)
    }

    /// Only http(s) links to sources are shown; anything else (`javascript:`…) is dropped.
    static func safeExternalURL(_ url: String) -> String? {
        let lower = url.trimmed.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url.trimmed : nil
    }
}
