import Foundation

/// Stable URL slugs: lower case ASCII letters, digits and `-`.
///
/// `Jean-Noël Barrot` becomes `jean-noel-barrot`; `U.S.` becomes `us`.
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 80) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if (v >= 48 && v <= 57) || (v >= 97 && v <= 122) {
                    if pendingDash && !result.isEmpty { result.append("-") }
                    pendingDash = false
                    result.unicodeScalars.append(scalar)
                } else if v >= 65 && v <= 90 {
                    if pendingDash && !result.isEmpty { result.append("-") }
                    pendingDash = false
                    result.unicodeScalars.append(Unicode.Scalar(v + 32)!)
                } else if scalar == "'" || scalar == "." {
                    continue // "U.S." → "us", "don't" → "dont"
                } else {
                    pendingDash = true
                }
            } else if scalar == "\u{2019}" || scalar == "\u{02BB}" {
                continue // typographic apostrophe, ʻokina
            } else {
                let ascii = TextFolding.asciiLetters(for: scalar)
                if ascii.isEmpty {
                    pendingDash = true
                } else {
                    if pendingDash && !result.isEmpty { result.append("-") }
                    pendingDash = false
                    result += ascii
                }
            }
        }
        if result.count > maxLength {
            var cut = String(result.prefix(maxLength))
            if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) > maxLength / 2 {
                cut = String(cut[..<dash])
            }
            result = cut
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// Whether `text` is already a valid slug.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
