import Foundation

/// Reads an input file as UTF-8 text, strictly: a file that is not UTF-8 is an error, not a guess.
public enum TextFile {
    public static func read(_ url: URL, displayPath: String) throws(Diagnostic) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .error("cannot read file: \(SystemErrorText.describe(error))", at: SourceLocation(path: displayPath))
        }
        return try decode(data, displayPath: displayPath)
    }

    /// Decodes UTF-8, dropping a byte-order mark and normalising CRLF and CR line ends to LF.
    public static func decode(_ data: Data, displayPath: String) throws(Diagnostic) -> String {
        let bytes = withoutByteOrderMark(data[...])
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidLine(in: bytes)
            throw .error("file is not valid UTF-8 text (save it as UTF-8)", at: SourceLocation(path: displayPath, line: line))
        }
        return normalizingLineEnds(text)
    }

    /// The bytes without a leading UTF-8 byte-order mark.
    public static func withoutByteOrderMark(_ bytes: Data.SubSequence) -> Data.SubSequence {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes
    }

    /// CRLF and CR line ends turned into LF.
    public static func normalizingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The 1-based line of the first byte sequence that is not UTF-8.
    static func firstInvalidLine(in bytes: Data.SubSequence) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 10 {
                if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
                line += 1
                lineStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        return line
    }
}
