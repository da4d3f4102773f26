import Yams

/// Writes front matter as YAML through Yams, so that every title, summary and quotation is quoted
/// correctly whatever it holds (colons, quote marks, `#`, leading dashes). What it writes,
/// `FrontMatterReader` reads back as the same `FrontMatter` (but for the review comments).
public struct FrontMatterWriter: Sendable {
    public init() {}

    public func yaml(_ frontMatter: FrontMatter) -> String {
        var pairs: [(Node, Node)] = [("title", Self.text(frontMatter.title))]
        if let date = frontMatter.date { pairs.append(("date", Node(date.description))) }
        if let source = frontMatter.source { pairs.append(("source", Self.text(source))) }
        if let url = frontMatter.url { pairs.append(("url", Self.text(url))) }
        if let section = frontMatter.section { pairs.append(("section", Self.text(section))) }
        pairs.append(("tags", Self.list(frontMatter.tags)))
        pairs.append(("people", Self.list(frontMatter.people)))
        if let summary = frontMatter.summary { pairs.append(("summary", Self.text(summary))) }
        if !frontMatter.quotes.isEmpty {
            let quotes = frontMatter.quotes.map { quote -> Node in
                var entry: [(Node, Node)] = []
                if let speaker = quote.speaker { entry.append(("speaker", Self.text(speaker))) }
                entry.append(("text", Self.text(quote.text)))
                return Node.mapping(Node.Mapping(entry, .implicit, .block))
            }
            pairs.append(("quotes", Node.sequence(Node.Sequence(quotes, .implicit, .block))))
        }
        if let events = frontMatter.events {
            let events = events.map { event -> Node in
                var entry: [(Node, Node)] = [("date", Node(event.date.isoDate)), ("text", Self.text(event.text))]
                if event.planned { entry.append(("planned", Node("true"))) }
                if let sentence = event.sentence, sentence != event.text { entry.append(("sentence", Self.text(sentence))) }
                return Node.mapping(Node.Mapping(entry, .implicit, .block))
            }
            pairs.append(("events", Node.sequence(Node.Sequence(events, .implicit, .block))))
        }
        pairs.append(("draft", Node(frontMatter.draft ? "true" : "false")))
        if !frontMatter.missing.isEmpty { pairs.append(("missing", Self.list(frontMatter.missing))) }
        if let slug = frontMatter.slug { pairs.append(("slug", Self.text(slug))) }
        for (key, value) in frontMatter.extra.sorted(by: { $0.key < $1.key }) { pairs.append((Self.text(key), Self.text(value))) }
        let comments = frontMatter.review.map { "# review: " + $0.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n" }.joined()
        return comments + Self.serialize(Node.mapping(Node.Mapping(pairs, .implicit, .block)))
    }

    /// The whole article file: front matter between `---` lines, then the Markdown body.
    public func article(_ frontMatter: FrontMatter, body: String) -> String {
        "---\n" + yaml(frontMatter) + "---\n" + body
    }

    public static func serialize(_ node: Node) -> String {
        // Serialising a tree built in memory from plain strings cannot meet a parse error.
        (try? Yams.serialize(node: node, width: -1, allowUnicode: true, sortKeys: false)) ?? ""
    }

    /// A string that YAML reads back as the same string (never as a number, a date or `true`).
    public static func text(_ value: String) -> Node {
        let style: Node.Scalar.Style = Self.readsAsOtherType(value) ? .doubleQuoted : .any
        // Tagged a string outright: Yams would otherwise resolve an implicit tag with a regular
        // expression per scalar (most of a large import's YAML time), though the emitter writes no
        // tag for a scalar either way.
        return Node.scalar(Node.Scalar(value, Tag(.str), style))
    }

    private static func list(_ values: [String]) -> Node {
        Node.sequence(Node.Sequence(values.map(text), .implicit, .flow))
    }

    private static func readsAsOtherType(_ value: String) -> Bool {
        let lowered = value.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", ""].contains(lowered) { return true }
        return Double(value) != nil || ContentDate(value) != nil
    }
}
