import Yams

/// Writes front matter as YAML through Yams, so that every title, summary and quotation is quoted
/// correctly whatever it holds (colons, quote marks, `#`, leading dashes). What it writes,
/// `FrontMatterReader` reads back as the same `FrontMatter` (but for the review comments).
public struct FrontMatterWriter: Sendable {
    public init() {}

    public func yaml(_ frontMatter: FrontMatter) -> String {
        var pairs: [(Node, Node)] = [(Self.plain("title"), Self.text(frontMatter.title))]
        if let date = frontMatter.date { pairs.append((Self.plain("date"), Self.plain(date.description))) }
        if let source = frontMatter.source { pairs.append((Self.plain("source"), Self.text(source))) }
        if let url = frontMatter.url { pairs.append((Self.plain("url"), Self.text(url))) }
        if let section = frontMatter.section { pairs.append((Self.plain("section"), Self.text(section))) }
        pairs.append((Self.plain("tags"), Self.list(frontMatter.tags)))
        pairs.append((Self.plain("people"), Self.list(frontMatter.people)))
        if let summary = frontMatter.summary { pairs.append((Self.plain("summary"), Self.text(summary))) }
        if !frontMatter.quotes.isEmpty {
            let quotes = frontMatter.quotes.map { quote -> Node in
                var entry: [(Node, Node)] = []
                if let speaker = quote.speaker { entry.append((Self.plain("speaker"), Self.text(speaker))) }
                entry.append((Self.plain("text"), Self.text(quote.text)))
                return Node.mapping(Node.Mapping(entry, .implicit, .block))
            }
            pairs.append((Self.plain("quotes"), Node.sequence(Node.Sequence(quotes, .implicit, .block))))
        }
        if let events = frontMatter.events {
            let events = events.map { event -> Node in
                var entry: [(Node, Node)] = [(Self.plain("date"), Self.plain(event.date.isoDate)), (Self.plain("text"), Self.text(event.text))]
                if event.planned { entry.append((Self.plain("planned"), Self.plain("true"))) }
                if let sentence = event.sentence, sentence != event.text { entry.append((Self.plain("sentence"), Self.text(sentence))) }
                return Node.mapping(Node.Mapping(entry, .implicit, .block))
            }
            pairs.append((Self.plain("events"), Node.sequence(Node.Sequence(events, .implicit, .block))))
        }
        pairs.append((Self.plain("draft"), Self.plain(frontMatter.draft ? "true" : "false")))
        if !frontMatter.missing.isEmpty { pairs.append((Self.plain("missing"), Self.list(frontMatter.missing))) }
        if let slug = frontMatter.slug { pairs.append((Self.plain("slug"), Self.text(slug))) }
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

    /// A key, a date or a flag written as it stands. The scalar is emitted with an implicit tag
    /// whatever its node's tag, so tagging it `str` only spares Yams resolving a tag for it with
    /// regular expressions; what is written, and read back, is the same.
    static func plain(_ value: String) -> Node {
        Node.scalar(Node.Scalar(value, Tag(.str), .any))
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
