/// Whether two quotes are one statement as different outlets printed it: outlets trim a quote,
/// cut it at another place or change a word. Quotes are compared by their words, folded (case,
/// accents and punctuation aside): one is the same as the other when its words run unbroken
/// inside the other's, or when most of their words are shared. Short quotes ("No.", "We
/// will see.") must match exactly, or too many would.
public struct QuoteMatcher: Sendable {
    /// Fewer words than this must match word for word.
    public static let shortest = 5
    /// The share of words two longer quotes must have in common (of the smaller set).
    public static let overlap = 0.8

    public init() {}

    /// The quote's words, folded.
    public func words(_ text: String) -> [String] {
        TextFolding.fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    public func same(_ a: [String], _ b: [String]) -> Bool {
        if a == b { return !a.isEmpty }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= Self.shortest else { return false }
        if Self.contains(long, short) { return true }
        let common = Set(short).intersection(Set(long)).count
        return Double(common) >= Self.overlap * Double(Set(short).count)
            && Double(short.count) >= 0.5 * Double(long.count)
    }

    static func contains(_ long: [String], _ short: [String]) -> Bool {
        guard short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where long[start] == short[0] {
            if Array(long[start..<start + short.count]) == short { return true }
        }
        return false
    }
}
