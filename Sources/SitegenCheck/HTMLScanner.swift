/// A start tag of an HTML page: its name, its attributes and the line it starts on.
struct HTMLTag: Sendable, Equatable {
    /// Lower case.
    var name: String
    /// Names in lower case, values with character references decoded; nil for an attribute
    /// without a value (`<input disabled>`).
    var attributes: [(name: String, value: String?)]
    var line: Int

    func attribute(_ name: String) -> String?? {
        attributes.first { $0.name == name }.map(\.value)
    }

    func value(_ name: String) -> String? {
        attribute(name) ?? nil
    }

    static func == (lhs: HTMLTag, rhs: HTMLTag) -> Bool {
        lhs.name == rhs.name && lhs.line == rhs.line
            && lhs.attributes.map(\.name) == rhs.attributes.map(\.name) && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }
}

/// Finds the start tags of an HTML document, following HTML's tokenizer as far as a link
/// checker needs: comments, doctypes and end tags are skipped, the text of `script`, `style`,
/// `textarea` and `title` is not read as markup, attribute values may be quoted either way or
/// not at all, and character references in them are decoded.
///
/// No HTML parser is among the Swift packages this project can use (SwiftSoup is not), and
/// checking links needs only the start tags; this scanner reads UTF-8 bytes once.
enum HTMLScanner {
    static func tags(in text: String) -> [HTMLTag] {
        var text = text
        return text.withUTF8 { tags(in: $0) }
    }

    static func tags(in bytes: UnsafeBufferPointer<UInt8>) -> [HTMLTag] {
        var scanner = Cursor(bytes: bytes)
        var result: [HTMLTag] = []
        while let start = scanner.next(UInt8(ascii: "<")) {
            scanner.index = start + 1
            guard let byte = scanner.peek() else { break }
            if byte == UInt8(ascii: "!") {
                if scanner.hasPrefix("!--") {
                    scanner.index = scanner.find("-->").map { $0 + 3 } ?? bytes.count
                } else {
                    scanner.index = scanner.next(UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
                }
            } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") {
                scanner.index = scanner.next(UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
            } else if Cursor.isLetter(byte) {
                let line = scanner.line(at: start)
                let tag = scanner.startTag(line: line)
                result.append(tag)
                if ["script", "style", "textarea", "title"].contains(tag.name) {
                    scanner.skipRawText(until: tag.name)
                }
            }
        }
        return result
    }

    /// A position in the bytes, with the line count kept up to date as it moves forward.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        private var countedTo = 0
        private var linesBefore = 1

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        func next(_ byte: UInt8) -> Int? {
            var position = index
            while position < bytes.count {
                if bytes[position] == byte { return position }
                position += 1
            }
            return nil
        }

        func hasPrefix(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { return false }
            return true
        }

        func find(_ text: StaticString) -> Int? {
            var probe = self
            while probe.index < bytes.count {
                if probe.hasPrefix(text) { return probe.index }
                probe.index += 1
            }
            return nil
        }

        /// The line `position` is on; positions must be asked for in increasing order.
        mutating func line(at position: Int) -> Int {
            while countedTo < position {
                if bytes[countedTo] == UInt8(ascii: "\n") { linesBefore += 1 }
                countedTo += 1
            }
            return linesBefore
        }

        static func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        }

        static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }

        mutating func skipSpaces() {
            while let byte = peek(), Self.isSpace(byte) { index += 1 }
        }

        /// Reads a name up to white space, `/`, `>` or (for attributes) `=`.
        mutating func name() -> String {
            let start = index
            while let byte = peek(), !Self.isSpace(byte), byte != UInt8(ascii: "/"), byte != UInt8(ascii: ">"),
                  index == start || byte != UInt8(ascii: "=") {
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        }

        /// The tag whose name starts at `index`; leaves `index` after its `>`.
        mutating func startTag(line: Int) -> HTMLTag {
            var tag = HTMLTag(name: name(), attributes: [], line: line)
            while true {
                skipSpaces()
                guard let byte = peek() else { return tag }
                if byte == UInt8(ascii: ">") { index += 1; return tag }
                if byte == UInt8(ascii: "/") { index += 1; continue }
                let attribute = name()
                skipSpaces()
                guard peek() == UInt8(ascii: "=") else {
                    tag.attributes.append((attribute, nil))
                    continue
                }
                index += 1
                skipSpaces()
                tag.attributes.append((attribute, CharacterReferences.decode(value())))
            }
        }

        /// An attribute value: quoted with `"` or `'`, or up to white space or `>`.
        mutating func value() -> String {
            guard let first = peek() else { return "" }
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                index += 1
                let start = index
                let end = next(first) ?? bytes.count
                index = min(end + 1, bytes.count)
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            let start = index
            while let byte = peek(), !Self.isSpace(byte), byte != UInt8(ascii: ">") { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// Moves past the end tag `</name>`, matched without regard to case.
        mutating func skipRawText(until name: String) {
            let closing = Array("</\(name)".utf8)
            while let start = next(UInt8(ascii: "<")) {
                index = start
                if start + closing.count <= bytes.count,
                   zip(bytes[start..<start + closing.count], closing).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                    index = next(UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
                    return
                }
                index += 1
            }
            index = bytes.count
        }
    }
}

/// HTML's character references in attribute values: numeric ones, and the named ones a
/// generator or an editor writes in URLs and ids (`&amp;`, `&quot;`…). Others are kept as written.
enum CharacterReferences {
    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";"), let character = character(for: after[..<semicolon]) {
                result += character
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func character(for reference: Substring) -> String? {
        if reference.hasPrefix("#") {
            let digits = reference.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[String(reference)]
    }
}
