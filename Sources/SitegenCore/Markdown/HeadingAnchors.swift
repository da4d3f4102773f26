import Foundation

/// Gives headings in rendered HTML stable ids, and nests them for the combined briefing.
enum HeadingAnchors {
    /// `<h2>Peace talks</h2>` → `<h2 id="peace-talks">Peace talks</h2>`; repeated ids get `-2`, `-3`.
    static func addIDs(to html: String) -> String {
        guard html.contains("<h") else { return html }
        var used: [String: Int] = [:]
        var result = ""
        result.reserveCapacity(html.utf8.count + 64)
        var rest = html[...]
        while let start = rest.range(of: "<h") {
            let afterH = start.upperBound
            guard afterH < rest.endIndex, let level = rest[afterH].wholeNumberValue, (1...6).contains(level),
                  rest.index(after: afterH) < rest.endIndex, rest[rest.index(after: afterH)] == ">",
                  let close = rest.range(of: "</h\(level)>", range: afterH..<rest.endIndex)
            else {
                result += rest[..<afterH]
                rest = rest[afterH...]
                continue
            }
            let innerStart = rest.index(afterH, offsetBy: 2)
            let inner = rest[innerStart..<close.lowerBound]
            var id = Slug.make(HTMLText.plain(String(inner)))
            if id.isEmpty { id = "section" }
            if let count = used[id] {
                used[id] = count + 1
                id += "-\(count + 1)"
            } else {
                used[id] = 1
            }
            result += rest[..<start.lowerBound]
            result += "<h\(level) id=\"\(id)\">"
            result += inner
            result += "</h\(level)>"
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }

    /// Moves every heading `levels` levels down (never past h6) and prefixes its id.
    static func nest(_ html: String, idPrefix: String, levels: Int = 1) -> String {
        guard html.contains("<h") || html.contains("</h") else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + 64)
        var rest = html[...]
        while let start = rest.range(of: "<") {
            result += rest[..<start.lowerBound]
            var cursor = start.upperBound
            var closing = false
            if cursor < rest.endIndex, rest[cursor] == "/" {
                closing = true
                cursor = rest.index(after: cursor)
            }
            guard cursor < rest.endIndex, rest[cursor] == "h",
                  rest.index(after: cursor) < rest.endIndex,
                  let level = rest[rest.index(after: cursor)].wholeNumberValue, (1...6).contains(level)
            else {
                result += "<"
                rest = rest[start.upperBound...]
                continue
            }
            let newLevel = min(level + levels, 6)
            result += closing ? "</h\(newLevel)" : "<h\(newLevel)"
            rest = rest[rest.index(cursor, offsetBy: 2)...]
            if !closing, rest.hasPrefix(" id=\"") {
                result += " id=\"\(idPrefix)"
                rest = rest.dropFirst(5)
            }
        }
        result += rest
        return result
    }
}

/// Plain text from a fragment of HTML, for ids and descriptions.
public enum HTMLText {
    public static func plain(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; continue }
            if character == ">" { inTag = false; continue }
            if !inTag { text.append(character) }
        }
        return unescape(text)
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Escapes text for HTML or XML content and attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
