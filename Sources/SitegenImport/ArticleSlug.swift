import SitegenModel

/// The slug of an imported article: the title ASCII-folded by `Slug.make`, cut at a word to at most
/// 60 characters, without a dangling `the`, `of` or `and` at the end.
public enum ArticleSlug {
    public static let maximumLength = 60

    public static func make(_ title: String) -> String {
        var words = Slug.make(title, maxLength: 400).split(separator: "-").map(String.init)
        while words.joined(separator: "-").count > maximumLength, words.count > 1 { words.removeLast() }
        while words.count > 1, let last = words.last, danglingWords.contains(last) { words.removeLast() }
        let slug = words.joined(separator: "-")
        if slug.isEmpty { return "article" }
        return String(slug.prefix(maximumLength))
    }

    /// `slug`, or `slug-2`, `slug-3`, … : the first that `isTaken` refuses.
    public static func unique(_ slug: String, isTaken: (String) -> Bool) -> String {
        guard isTaken(slug) else { return slug }
        var number = 2
        while isTaken("\(slug)-\(number)") { number += 1 }
        return "\(slug)-\(number)"
    }

    private static let danglingWords: Set<String> = [
        "a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "with", "at", "by", "from", "as", "that", "amid",
        "is", "are", "was", "its", "their", "his", "her", "but", "not",
    ]
}
