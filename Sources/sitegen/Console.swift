import Foundation

/// Messages for the user: progress to standard output, problems to standard error.
enum Console {
    static func info(_ message: String) {
        print(message)
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// `1 article`, `3 articles`: nouns whose plural takes an `s`.
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
