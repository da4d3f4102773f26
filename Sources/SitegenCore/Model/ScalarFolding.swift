import Foundation

/// The ASCII letters a non-ASCII character folds to (`ë` → `e`, `ß` → `ss`, `Ł` → ``),
/// remembered per character: folding goes through ICU, which is slow to call for every name.
final class ScalarFolding: @unchecked Sendable {
    static let shared = ScalarFolding()

    private let lock = NSLock()
    private var folded: [UInt32: String] = [:]

    func asciiLetters(for scalar: Unicode.Scalar) -> String {
        lock.lock()
        if let known = folded[scalar.value] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let text = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var ascii = ""
        for s in text.unicodeScalars where s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s)) {
            ascii.unicodeScalars.append(s.value >= 65 && s.value <= 90 ? Unicode.Scalar(s.value + 32)! : s)
        }
        lock.lock()
        folded[scalar.value] = ascii
        lock.unlock()
        return ascii
    }
}
