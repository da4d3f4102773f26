import Foundation

/// A full date written in text — `November 30, 2023`, `Nov. 30, 2023`, `30 November 2023`,
/// `2023-11-30` — with the line it is on.
public struct StatedDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// As written.
    public var text: String
    /// 1-based, within the text searched.
    public var line: Int

    static let months: [String: Int] = {
        var result: [String: Int] = [:]
        for (index, name) in ContentDate.monthNames.map({ $0.lowercased() }).enumerated() {
            result[name] = index + 1
            result[String(name.prefix(3))] = index + 1
        }
        result["sept"] = 9
        return result
    }()

    /// Every full date in `text`, in order of lines. It looks for four-digit years first, on
    /// UTF-8 bytes, and reads the words before each (or the `-MM-DD` after it): it runs on every
    /// article's body, where Swift's regular expressions cost seconds at 10,000 articles.
    public static func all(in text: String) -> [StatedDate] {
        var text = text
        return text.withUTF8 { bytes in
            var found: [StatedDate] = []
            var lineNumber = 1
            var at = 0
            while at < bytes.count {
                let byte = bytes[at]
                if byte == 0x0A { lineNumber += 1; at += 1; continue }
                guard isDigit(byte), at + 4 <= bytes.count, at == 0 || !isWordByte(bytes[at - 1]),
                      isDigit(bytes[at + 1]), isDigit(bytes[at + 2]), isDigit(bytes[at + 3]),
                      at + 4 == bytes.count || !isDigit(bytes[at + 4]) else { at += 1; continue }
                let year = number(bytes[at..<at + 4])
                if (1000...2999).contains(year),
                   let date = iso(bytes, at: at, year: year, line: lineNumber) ?? written(bytes, yearAt: at, year: year, line: lineNumber) {
                    found.append(date)
                }
                at += 4
            }
            return found
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isWordByte(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) || byte >= 0x80 }
    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int { digits.reduce(0) { $0 * 10 + Int($1 - 0x30) } }

    /// `2023-11-30`.
    private static func iso(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, year: Int, line: Int) -> StatedDate? {
        guard at + 10 <= bytes.count, bytes[at + 4] == 0x2D, bytes[at + 7] == 0x2D,
              bytes[at + 5...at + 6].allSatisfy(isDigit), bytes[at + 8...at + 9].allSatisfy(isDigit),
              at + 10 == bytes.count || !isDigit(bytes[at + 10]) else { return nil }
        return make(year, number(bytes[at + 5...at + 6]), number(bytes[at + 8...at + 9]), bytes[at..<at + 10], line)
    }

    /// `November 30, 2023`, `Nov. 30th 2023`, `30 November 2023`, `30th of Nov. 2023`.
    private static func written(_ bytes: UnsafeBufferPointer<UInt8>, yearAt: Int, year: Int, line: Int) -> StatedDate? {
        // The two or three words before the year, read backwards, punctuation aside.
        var words: [(start: Int, text: String)] = []
        var at = yearAt - 1
        while words.count < 3 && at >= 0 {
            while at >= 0, bytes[at] == 0x20 || bytes[at] == 0x2C || bytes[at] == 0x2E { at -= 1 }
            let end = at + 1
            while at >= 0, isDigit(bytes[at]) || isLetter(bytes[at]) { at -= 1 }
            guard end > at + 1 else { break }
            words.append((at + 1, String(decoding: bytes[(at + 1)..<end], as: UTF8.self).lowercased()))
        }
        func day(_ word: String) -> Int? {
            let digits = word.prefix { $0.isNumber }
            let suffix = word.dropFirst(digits.count)
            guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix) else { return nil }
            return Int(digits)
        }
        guard words.count >= 2 else { return nil }
        if let day = day(words[0].text), let month = months[words[1].text] {
            return make(year, month, day, bytes[words[1].start..<yearAt + 4], line)
        }
        if let month = months[words[0].text] {
            if let day = day(words[1].text) { return make(year, month, day, bytes[words[1].start..<yearAt + 4], line) }
            if words.count == 3, words[1].text == "of", let day = day(words[2].text) {
                return make(year, month, day, bytes[words[2].start..<yearAt + 4], line)
            }
        }
        return nil
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int, _ text: Slice<UnsafeBufferPointer<UInt8>>, _ line: Int) -> StatedDate? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return StatedDate(year: year, month: month, day: day, text: String(decoding: text, as: UTF8.self), line: line)
    }
}
